"""Example reviews on a product report show the words that decided them; explanations are computed once."""

import pytest
from django.utils import timezone

import ml.explain
from marketing.models import Job, ReviewSentiment
from marketing.services.jobs import execute_job
from marketing.services.model_access import sentiment_classifier
from marketing.services.reports import product_report
from marketing.services.sentiment import schedule_sentiment_classification
from tests.factories import CategoryFactory, ProductFactory, ReviewFactory
from tests.marketing.report_data import monday, report_filters

pytestmark = pytest.mark.django_db


@pytest.fixture
def report_inputs():
    audio = CategoryFactory(slug="audio", name="Audio")
    product = ProductFactory(category=CategoryFactory(slug="headphones", name="Headphones", parent=audio))
    ReviewFactory(product=product, title="", body="Great sound, I love the bass. The battery is awful.")
    ReviewFactory(product=product, title="", body="Delivery was horrible. Email me at jo.smith@example.com or +44 20 7946 0958.")
    job = schedule_sentiment_classification(model_spec="lexicon", enqueue=False)
    assert execute_job(job.pk) == Job.Status.SUCCEEDED
    version = sentiment_classifier("lexicon").model_version
    return product, report_filters(monday(weeks_ago=2), timezone.localdate(), model_version=version)


def _example(report, group, aspect):
    return next(a for a in report["aspects"][group] if a["aspect"] == aspect)["examples"][0]


def test_decisive_words_and_the_aspect_are_marked_in_the_example(report_inputs):
    product, filters = report_inputs

    report = product_report(product=product, filters=filters)

    battery = _example(report, "complaints", "battery life")
    marks = {(s["text"], s["mark"]) for s in battery["segments"] if s["mark"]}
    assert ("awful", "decisive") in marks
    assert ("battery", "aspect") in marks
    assert "".join(s["text"] for s in battery["segments"]) == "Great sound, I love the bass. The battery is awful."
    praise = _example(report, "praise", "sound quality")
    assert {s["text"] for s in praise["segments"] if s["mark"] == "decisive"} >= {"love", "Great"}


def test_examples_never_show_email_addresses_or_phone_numbers(report_inputs):
    product, filters = report_inputs

    delivery = _example(product_report(product=product, filters=filters), "complaints", "delivery")

    text = "".join(s["text"] for s in delivery["segments"])
    assert "jo.smith@example.com" not in text and "7946" not in text
    assert "[email]" in text and "[phone]" in text


def test_explanations_are_cached_on_the_result_and_reused(report_inputs, monkeypatch):
    product, filters = report_inputs
    product_report(product=product, filters=filters)
    cached = ReviewSentiment.objects.exclude(explanation=None)
    assert cached.count() == 2
    assert all(row.explanation["method"] == "occlusion" and row.explanation["words"] for row in cached)

    def must_not_run(*args, **kwargs):
        raise AssertionError("explained again although the review text did not change")

    monkeypatch.setattr(ml.explain, "explain_prediction", must_not_run)
    again = product_report(product=product, filters=filters)

    assert ("awful", "decisive") in {(s["text"], s["mark"]) for s in _example(again, "complaints", "battery life")["segments"]}
