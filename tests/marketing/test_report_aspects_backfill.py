"""Results classified before reports existed get their aspects and summary on the version's first job."""

import pytest

from marketing.models import Job, ReviewAspect, ReviewSentiment, SentimentReportVersion
from marketing.services.jobs import execute_job
from marketing.services.model_access import sentiment_classifier
from marketing.services.sentiment import schedule_sentiment_classification
from tests.factories import CategoryFactory, ProductFactory, ReviewFactory

pytestmark = pytest.mark.django_db


def test_the_first_job_of_a_version_finds_aspects_of_its_older_results():
    version = sentiment_classifier("lexicon").model_version
    product = ProductFactory(category=CategoryFactory(slug="footwear", name="Footwear"))
    review = ReviewFactory(product=product, title="", body="The grip is terrible on icy pavement.")
    ReviewSentiment.objects.create(review=review, model_version=version, label="negative", score=-0.5)

    job = schedule_sentiment_classification(model_spec="lexicon", enqueue=False)
    assert execute_job(job.pk) == Job.Status.SUCCEEDED
    job.refresh_from_db()

    assert job.result["classified"] == 0  # the result was up to date
    assert list(ReviewAspect.objects.values_list("review_id", "aspect", "label")) == [
        (review.pk, "grip", "negative")]
    assert SentimentReportVersion.objects.get(model_version=version).reviews == 1
