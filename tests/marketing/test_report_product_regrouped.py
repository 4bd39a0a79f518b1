"""A product that moves to another category or brand is recounted under its new one, and leaves its old one."""

from datetime import timedelta

import pytest
from django.test import override_settings

from marketing.selectors_reports import sentiment_overview
from marketing.services.reports import refresh_summary_for_products
from products.models import Product
from tests.factories import CategoryFactory, ProductFactory
from tests.marketing.report_data import classified, monday, refresh, report_filters

pytestmark = pytest.mark.django_db


def overviews(filters):
    summary = sentiment_overview(filters)
    with override_settings(REPORTS_FROM_SUMMARY=False):
        live = sentiment_overview(filters)
    return summary, live


def test_moved_product_is_counted_under_its_new_category_and_brand():
    audio = CategoryFactory(slug="audio", name="Audio")
    kitchen = CategoryFactory(slug="kitchen", name="Kitchen")
    moving = ProductFactory(category=audio, brand="Northwind")
    staying = ProductFactory(category=kitchen, brand="Kestrel")
    start = monday(weeks_ago=6)
    for week in range(5):
        day = start + timedelta(weeks=week, days=2)
        classified(moving, label="positive", day=day)
        classified(moving, label="negative", day=day, source="trustpilot")
        classified(staying, label="neutral", day=day)
    refresh()
    period = (start, start + timedelta(weeks=5, days=-1))
    # Edited behind the model's back (no signal), so only the service below can put the reports right.
    Product.objects.filter(pk=moving.pk).update(category=kitchen, brand="Kestrel")
    stale, live = overviews(report_filters(*period, category="audio"))
    assert stale != live and live["totals"]["reviews"] == 0

    keys = refresh_summary_for_products(product_ids=[moving.pk])

    assert keys == 20  # 5 weeks x 2 sources, under the old and the new category and brand
    for narrowing in ({"category": "audio"}, {"category": "kitchen"}, {"brand": "Northwind"},
                      {"brand": "Kestrel"}, {"product": moving.sku}, {}):
        summary, live = overviews(report_filters(*period, **narrowing))
        assert summary == live, narrowing
    summary, _ = overviews(report_filters(*period, category="kitchen"))
    assert summary["totals"]["reviews"] == 15
