"""Aspects: the classification job finds them per sentence, and the product report counts praise and complaints."""

import pytest
from django.utils import timezone

from marketing.models import Job, ReviewAspect
from marketing.selectors_reports import product_aspects
from marketing.services.jobs import execute_job
from marketing.services.model_access import sentiment_classifier
from marketing.services.sentiment import schedule_sentiment_classification
from tests.factories import CategoryFactory, ProductFactory, ReviewFactory
from tests.marketing.report_data import monday, report_filters

pytestmark = pytest.mark.django_db

TEXTS = [
    "The battery life is excellent and lasts all week. Delivery was terrible and late.",
    "Great sound, I love the bass. The battery is awful.",
    "Delivery was fast and wonderful.",
    "I love the battery life, great.",
]


@pytest.fixture
def headphones():
    audio = CategoryFactory(slug="audio", name="Audio")
    product = ProductFactory(category=CategoryFactory(slug="headphones", name="Headphones", parent=audio))
    reviews = [ReviewFactory(product=product, title="", body=text) for text in TEXTS]
    job = schedule_sentiment_classification(model_spec="lexicon", enqueue=False)
    assert execute_job(job.pk) == Job.Status.SUCCEEDED, Job.objects.get(pk=job.pk).error
    return product, reviews


def test_the_job_stores_one_aspect_per_review_with_its_sentence_verdict(headphones):
    _, reviews = headphones

    found = {(a.review_id, a.aspect): (a.label, a.term) for a in ReviewAspect.objects.all()}

    assert found == {
        (reviews[0].pk, "battery life"): ("positive", "battery life"),
        (reviews[0].pk, "delivery"): ("negative", "Delivery"),
        (reviews[1].pk, "sound quality"): ("positive", "sound"),
        (reviews[1].pk, "battery life"): ("negative", "battery"),
        (reviews[2].pk, "delivery"): ("positive", "Delivery"),
        (reviews[3].pk, "battery life"): ("positive", "battery life"),
    }


def test_top_praise_and_complaints_are_counted_per_aspect(headphones):
    product, reviews = headphones
    version = sentiment_classifier("lexicon").model_version

    aspects = product_aspects(product, report_filters(monday(weeks_ago=2), timezone.localdate(), model_version=version))

    praise = [(a["aspect"], a["positive"], a["mentions"]) for a in aspects["praise"]]
    complaints = [(a["aspect"], a["negative"]) for a in aspects["complaints"]]
    assert praise == [("battery life", 2, 3), ("delivery", 1, 2), ("sound quality", 1, 1)]
    assert complaints == [("battery life", 1), ("delivery", 1)]
    battery_praise = aspects["praise"][0]["examples"]
    assert {e["review_id"] for e in battery_praise} == {reviews[0].pk, reviews[3].pk}
    assert battery_praise[0]["score"] >= battery_praise[1]["score"]  # clearest praise first


def test_rerunning_the_job_replaces_aspects_instead_of_adding(headphones):
    _, reviews = headphones
    reviews[2].body = "Delivery was slow and awful."
    reviews[2].save()

    job = schedule_sentiment_classification(model_spec="lexicon", enqueue=False)
    execute_job(job.pk)

    assert ReviewAspect.objects.count() == 6
    assert ReviewAspect.objects.get(review=reviews[2], aspect="delivery").label == "negative"
