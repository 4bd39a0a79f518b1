"""Saving a product with a new category queues a report job; a real worker recounts the weekly summary."""

from datetime import timedelta

import pytest
from django.test import override_settings

from marketing.models import Job
from marketing.selectors_reports import sentiment_overview
from tests.factories import CategoryFactory, ProductFactory
from tests.marketing.report_data import classified, monday, refresh, report_filters


@pytest.mark.usefixtures("celery_worker")
def test_category_change_is_recounted_by_a_worker(wait_for_job):
    audio = CategoryFactory(slug="audio", name="Audio")
    kitchen = CategoryFactory(slug="kitchen", name="Kitchen")
    product = ProductFactory(category=audio, brand="Northwind")
    start = monday(weeks_ago=3)
    for week in range(3):
        classified(product, label="positive", day=start + timedelta(weeks=week, days=1))
    refresh()
    product.title = "Renamed only"
    product.save()
    assert not Job.objects.filter(kind=Job.Kind.REPORT_SUMMARY).exists()  # nothing that reports group by

    product.category = kitchen
    product.save()

    job = wait_for_job(Job.objects.get(kind=Job.Kind.REPORT_SUMMARY).pk)
    assert job.status == Job.Status.SUCCEEDED, job.error
    assert job.params == {"product_ids": [product.pk], "everything": False}
    filters = report_filters(start, start + timedelta(weeks=3, days=-1), category="kitchen")
    summary = sentiment_overview(filters)
    with override_settings(REPORTS_FROM_SUMMARY=False):
        live = sentiment_overview(filters)
    assert summary == live
    assert summary["totals"]["reviews"] == 3
