"""Who may do what on the sentiment reports: anonymous, Viewer, Marketer, and a user without a role."""

import pytest
from django.urls import reverse

from marketing.models import PublishedReport, SentimentCorrection
from tests.factories import ProductFactory, UserFactory
from tests.marketing.report_data import classified, monday, refresh

pytestmark = pytest.mark.django_db


@pytest.fixture
def review():
    product = ProductFactory(sku="SKU-1")
    made = classified(product, label="negative", rating=5, day=monday(weeks_ago=1))
    refresh()
    return made


def _pages(review):
    return [
        reverse("dashboard:reports"),
        reverse("dashboard:report-product", kwargs={"sku": review.product.sku}),
        reverse("dashboard:report-mismatches"),
        reverse("dashboard:report-corrections"),
        reverse("dashboard:reports-published"),
        reverse("dashboard:report-export") + "?what=reviews",
        reverse("dashboard:report-corrections-export"),
    ]


def test_anonymous_visitors_are_sent_to_login(client, review):
    for url in _pages(review):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("login")), url


def test_a_viewer_reads_every_report_but_cannot_change_anything(client, viewer, review):
    client.force_login(viewer)
    for url in _pages(review):
        assert client.get(url).status_code == 200, url

    page = client.get(reverse("dashboard:report-product", kwargs={"sku": review.product.sku})).content.decode()
    assert "Correct</button>" not in page and "Publish report" not in page
    assert client.post(reverse("dashboard:review-correct", kwargs={"pk": review.pk}), {"label": "positive"}).status_code == 403
    assert client.post(reverse("dashboard:report-publish")).status_code == 403
    assert client.post(reverse("dashboard:report-rerun"), {"model": "lexicon"}).status_code == 403
    assert not SentimentCorrection.objects.exists() and not PublishedReport.objects.exists()


def test_a_marketer_sees_the_correct_and_publish_controls(client, marketer, review):
    client.force_login(marketer)

    page = client.get(reverse("dashboard:report-product", kwargs={"sku": review.product.sku})).content.decode()

    assert "Correct</button>" in page and "Publish report" in page


def test_a_signed_in_user_without_a_role_is_refused(client, review):
    client.force_login(UserFactory(username="nobody"))

    assert client.get(reverse("dashboard:reports")).status_code == 403
    assert client.get(reverse("dashboard:report-export") + "?what=reviews").status_code == 403
