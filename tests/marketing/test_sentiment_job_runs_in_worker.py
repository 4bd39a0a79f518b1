"""A job enqueued through the service runs in a real Celery worker on Redis and its progress lands in the DB."""

import pytest

from marketing.models import Job, ReviewSentiment
from marketing.services.sentiment import schedule_sentiment_classification
from tests.factories import ProductFactory, ReviewFactory


@pytest.mark.usefixtures("celery_worker")
def test_sentiment_job_classifies_every_review_in_the_worker(wait_for_job):
    product = ProductFactory()
    praise = ReviewFactory(product=product, body="I love it, absolutely wonderful and works great.")
    complaint = ReviewFactory(product=product, rating=1, body="Terrible. It broke, awful waste of money.")

    job = schedule_sentiment_classification(model_spec="lexicon")
    job = wait_for_job(job.pk)

    assert job.status == Job.Status.SUCCEEDED, job.error
    assert (job.progress_done, job.progress_total) == (2, 2)
    assert job.worker  # a worker claimed it
    assert job.result["classified"] == 2
    assert ReviewSentiment.objects.get(review=praise).label == "positive"
    assert ReviewSentiment.objects.get(review=complaint).label == "negative"


@pytest.mark.usefixtures("celery_worker")
def test_a_second_pass_skips_reviews_that_are_up_to_date(wait_for_job):
    ReviewFactory.create_batch(3)
    first = wait_for_job(schedule_sentiment_classification(model_spec="lexicon").pk)

    second = wait_for_job(schedule_sentiment_classification(model_spec="lexicon").pk)

    assert first.result["classified"] == 3
    assert second.status == Job.Status.SUCCEEDED and second.result["classified"] == 0
    assert ReviewSentiment.objects.count() == 3
