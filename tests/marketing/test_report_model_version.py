"""Which model version a report shows: the configured model's, else the newest present, or the one asked for."""

import pytest
from django.urls import reverse

from marketing.selectors_reports import resolve_model_version
from marketing.services.model_access import sentiment_classifier
from tests.factories import ProductFactory
from tests.marketing.report_data import classified, monday, refresh

pytestmark = pytest.mark.django_db


def test_the_configured_model_wins_then_the_newest_then_the_requested_one(client, viewer):
    product = ProductFactory()
    configured = sentiment_classifier().model_version  # the test settings configure the lexicon
    classified(product, label="positive", day=monday(weeks_ago=1), version="old-model")
    refresh("old-model")
    assert resolve_model_version() == "old-model"  # configured model has no results yet

    classified(product, label="negative", day=monday(weeks_ago=1), version=configured)
    refresh(configured)
    classified(product, label="neutral", day=monday(weeks_ago=1), version="newer-model")
    refresh("newer-model")

    assert resolve_model_version() == configured
    assert resolve_model_version("old-model") == "old-model"
    assert resolve_model_version("never-ran") == configured
    client.force_login(viewer)
    report = client.get(reverse("dashboard:reports"), {"model": "newer-model", "period": "4w"}).context["report"]
    assert report["model_version"] == "newer-model" and report["totals"]["neutral"] == 1
