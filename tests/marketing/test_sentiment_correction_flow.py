"""A marketer corrects a label: it is kept apart from the model's result, shown as corrected, counted, undoable."""

from datetime import timedelta

import pytest
from django.urls import reverse

from marketing.models import ReviewSentiment, SentimentCorrection
from marketing.selectors_reports import sentiment_overview
from tests.factories import ProductFactory
from tests.marketing.report_data import VERSION, classified, monday, refresh, report_filters

pytestmark = pytest.mark.django_db


@pytest.fixture
def misread():
    review = classified(ProductFactory(), label="negative", rating=5, score=-0.4, day=monday(weeks_ago=1),
                        body="Not bad at all, honestly.")
    refresh()
    return review


def _week():
    return report_filters(monday(weeks_ago=1), monday(weeks_ago=1) + timedelta(days=6))


def test_correcting_keeps_the_model_result_and_updates_the_reports(client, marketer, misread):
    client.force_login(marketer)

    response = client.post(
        reverse("dashboard:review-correct", kwargs={"pk": misread.pk}),
        {"label": "positive", "next": reverse("dashboard:report-mismatches")},
    )

    assert response.status_code == 302 and response["Location"] == reverse("dashboard:report-mismatches")
    correction = SentimentCorrection.objects.get(review=misread)
    assert (correction.label, correction.model_label, correction.model_version) == ("positive", "negative", VERSION)
    assert correction.corrected_by == marketer
    assert ReviewSentiment.objects.get(review=misread).label == "negative"  # the model's output is untouched
    totals = sentiment_overview(_week())["totals"]
    assert (totals["positive"], totals["negative"], totals["corrected"], totals["mismatches"]) == (1, 0, 1, 0)


def test_htmx_gets_the_label_back_marked_as_corrected(client, marketer, misread):
    client.force_login(marketer)

    response = client.post(
        reverse("dashboard:review-correct", kwargs={"pk": misread.pk}), {"label": "neutral"}, HTTP_HX_REQUEST="true"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert f'id="review-label-{misread.pk}"' in html
    assert "corrected" in html and "model said negative" in html


def test_an_unknown_label_is_refused(client, marketer, misread):
    client.force_login(marketer)

    response = client.post(
        reverse("dashboard:review-correct", kwargs={"pk": misread.pk}), {"label": "ecstatic"}, HTTP_HX_REQUEST="true"
    )

    assert response.status_code == 400
    assert not SentimentCorrection.objects.exists()


def test_undoing_a_correction_restores_the_model_label(client, marketer, misread):
    client.force_login(marketer)
    client.post(reverse("dashboard:review-correct", kwargs={"pk": misread.pk}), {"label": "positive"})

    client.post(reverse("dashboard:review-undo-correction", kwargs={"pk": misread.pk}))

    assert not SentimentCorrection.objects.exists()
    totals = sentiment_overview(_week())["totals"]
    assert (totals["negative"], totals["corrected"], totals["mismatches"]) == (1, 0, 1)


def test_the_corrections_page_lists_it_as_a_correction(client, marketer, misread):
    client.force_login(marketer)
    client.post(reverse("dashboard:review-correct", kwargs={"pk": misread.pk}), {"label": "positive"})

    page = client.get(reverse("dashboard:report-corrections")).content.decode()

    assert "Not bad at all, honestly." in page and "mara" in page
