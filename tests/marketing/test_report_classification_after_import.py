"""An import queues one batched sentiment job; a real worker classifies, finds aspects and fills the reports."""

import json

import pytest
from django.utils import timezone

from marketing.models import Job, ReviewAspect, ReviewSentiment, SentimentReportVersion
from marketing.selectors_reports import ReportFilters, resolve_model_version, sentiment_overview, week_start
from marketing.services.sentiment import schedule_sentiment_classification
from products.services import import_catalog


def _catalogue(bodies):
    now = timezone.now().isoformat()
    return json.dumps({
        "categories": [{"slug": "audio", "name": "Audio", "parent": None},
                       {"slug": "headphones", "name": "Headphones", "parent": "audio"}],
        "products": [{"sku": "HP-1", "title": "Aria headphones", "brand": "Northwind", "category": "headphones",
                      "price": "99.00", "currency": "EUR", "attributes": {"battery_life": "30 h"}}],
        "reviews": [{"sku": "HP-1", "rating": rating, "title": "", "body": body, "author_name": "A.",
                     "created_at": now, "source": "storefront", "external_id": f"sf-{i}", "language": "en"}
                    for i, (rating, body) in enumerate(bodies)],
    }).encode()


@pytest.mark.usefixtures("celery_worker")
def test_imported_reviews_are_classified_once_and_reported(wait_for_job):
    bodies = [(5, "I love these, the battery life is excellent."), (1, "Terrible. The delivery was awful."),
              (5, "Awful sound, I hate them.")]

    outcome = import_catalog(content=_catalogue(bodies), filename="c.json",
                             after_commit=lambda ids: schedule_sentiment_classification(review_ids=ids))

    assert outcome.ok
    job = wait_for_job(Job.objects.get(kind=Job.Kind.SENTIMENT).pk)
    assert job.status == Job.Status.SUCCEEDED, job.error
    assert Job.objects.filter(kind=Job.Kind.SENTIMENT).count() == 1  # one batched job, not one per review
    assert ReviewSentiment.objects.count() == 3
    assert set(ReviewAspect.objects.values_list("aspect", "label")) == {
        ("battery life", "positive"), ("delivery", "negative"), ("sound quality", "negative")}
    version = resolve_model_version()
    assert SentimentReportVersion.objects.filter(model_version=version).exists()
    today = timezone.localdate()
    totals = sentiment_overview(ReportFilters(model_version=version, start=week_start(today), end=today))["totals"]
    assert (totals["reviews"], totals["positive"], totals["negative"], totals["mismatches"]) == (3, 1, 2, 1)
