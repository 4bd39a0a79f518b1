"""The weekly summary table gives the same numbers as counting reviews live, for any filter and period."""

import random
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from marketing.selectors_reports import sentiment_overview
from marketing.services.reports import correct_sentiment
from tests.factories import CategoryFactory, ProductFactory
from tests.marketing.report_data import classified, monday, refresh, report_filters

pytestmark = pytest.mark.django_db


def test_summary_and_live_aggregation_agree(marketer):
    rng = random.Random(7)
    audio = CategoryFactory(slug="audio", name="Audio")
    headphones = CategoryFactory(slug="headphones", name="Headphones", parent=audio)
    kitchen = CategoryFactory(slug="kitchen", name="Kitchen")
    products = [ProductFactory(category=headphones, brand="Northwind"), ProductFactory(category=kitchen, brand="Kestrel"),
                ProductFactory(category=None, brand="")]
    start = monday(weeks_ago=9)
    reviews = []
    for _ in range(120):
        label = rng.choice(["positive", "positive", "neutral", "negative"])
        reviews.append(classified(
            rng.choice(products), label=label, rating=rng.randint(1, 5), score=rng.uniform(-1, 1),
            day=start + timedelta(days=rng.randrange(0, 63)), source=rng.choice(["storefront", "trustpilot"]),
            language=rng.choice(["en", "en", "de"]),
        ))
    today = timezone.localdate()
    for label in ("positive", "negative", "negative"):  # the current week, which the summary holds up to now
        reviews.append(classified(products[0], label=label, day=today, language="de"))
    refresh()
    for review in rng.sample(reviews, 10):
        correct_sentiment(review=review, label=rng.choice(["positive", "negative"]), corrected_by=marketer)
    cases = [
        report_filters(start, start + timedelta(days=62)),
        report_filters(start + timedelta(days=2), start + timedelta(days=45)),
        report_filters(start + timedelta(days=8), start + timedelta(days=11)),  # inside one week
        report_filters(start, start + timedelta(days=62), category="audio"),
        report_filters(start + timedelta(days=5), start + timedelta(days=60), brand="Kestrel", source="trustpilot"),
        report_filters(start, start + timedelta(days=62), language="de"),
        report_filters(start + timedelta(days=3), today, language="de"),
        report_filters(start, today, category="headphones"),
        report_filters(start, today, product=products[0].sku),
        report_filters(start + timedelta(days=4), start + timedelta(days=40), product=products[1].sku, source="trustpilot"),
    ]

    for filters in cases:
        summary = sentiment_overview(filters)
        with override_settings(REPORTS_FROM_SUMMARY=False):
            live = sentiment_overview(filters)
        assert summary == live, filters
        assert summary["totals"]["reviews"] > 0, filters
