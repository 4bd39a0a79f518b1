"""Deleting reviews or a product takes them out of the reports: one coalesced report job recounts them."""

from datetime import timedelta

import pytest
from django.test import override_settings

from marketing.models import Job
from marketing.selectors_reports import sentiment_overview
from tests.factories import CategoryFactory, ProductFactory
from tests.marketing.report_data import classified, monday, refresh, report_filters


def overviews(filters):
    summary = sentiment_overview(filters)
    with override_settings(REPORTS_FROM_SUMMARY=False):
        live = sentiment_overview(filters)
    return summary, live


@pytest.mark.usefixtures("celery_worker")
def test_deleted_reviews_and_products_leave_the_reports(wait_for_job):
    audio = CategoryFactory(slug="audio", name="Audio")
    kept, doomed = ProductFactory(category=audio), ProductFactory(category=audio)
    start = monday(weeks_ago=3)
    reviews = [
        classified(product, label=label, day=start + timedelta(weeks=week, days=1))
        for product in (kept, doomed)
        for week in range(3)
        for label in ("positive", "negative")
    ]
    refresh()
    filters = report_filters(start, start + timedelta(weeks=3, days=-1), category="audio")
    assert overviews(filters)[0]["totals"]["reviews"] == 12

    kept.reviews.filter(pk__in=[r.pk for r in reviews[:3]]).delete()  # one query, three reviews

    jobs = Job.objects.filter(kind=Job.Kind.REPORT_SUMMARY)
    job = wait_for_job(jobs.get().pk)
    assert job.status == Job.Status.SUCCEEDED, job.error
    assert job.params == {"product_ids": [kept.pk], "everything": False}
    summary, live = overviews(filters)
    assert summary == live and summary["totals"]["reviews"] == 9

    doomed.delete()

    job = wait_for_job(jobs.order_by("-pk").first().pk)
    assert job.status == Job.Status.SUCCEEDED, job.error
    assert job.params["everything"] is True
    summary, live = overviews(filters)
    assert summary == live and summary["totals"]["reviews"] == 3
