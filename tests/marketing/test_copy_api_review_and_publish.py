"""Through the API, copy is read with its versions, approved and published with the dashboard's permissions,
and the storefront reads the published copy per product, channel and language."""

import pytest

from marketing.models import GeneratedCopy
from tests.factories import GeneratedCopyFactory

pytestmark = pytest.mark.django_db
Status = GeneratedCopy.Status


def test_copy_is_listed_and_read_with_its_versions(client, viewer, marketer):
    copy = GeneratedCopyFactory(text="First.")
    client.force_login(marketer)
    client.post(f"/api/v1/copy/{copy.pk}/versions/", {"text": "Second."}, content_type="application/json")
    client.force_login(viewer)

    listing = client.get("/api/v1/copy/", {"sku": copy.product.sku}).json()
    detail = client.get(f"/api/v1/copy/{copy.pk}/").json()

    assert listing["count"] == 1 and listing["results"][0]["current_version"]["text"] == "Second."
    assert [v["number"] for v in detail["versions"]] == [2, 1]
    assert detail["versions"][0]["author_kind"] == "user" and detail["versions"][1]["author_kind"] == "model"


def test_a_marketer_cannot_approve_or_publish_through_the_api(client, marketer):
    in_review = GeneratedCopyFactory(status=Status.IN_REVIEW)
    approved = GeneratedCopyFactory(status=Status.APPROVED)
    client.force_login(marketer)

    assert client.post(f"/api/v1/copy/{in_review.pk}/approve/", {}, content_type="application/json").status_code == 403
    assert client.post(f"/api/v1/copy/{approved.pk}/publish/").status_code == 403


def test_an_approver_approves_and_publishes_and_the_storefront_reads_it(client, marketer, approver):
    copy = GeneratedCopyFactory(text="Keeps drinks cold.\n\n<script>x()</script>Made of stainless steel.")
    client.force_login(marketer)
    assert client.post(f"/api/v1/copy/{copy.pk}/submit/").json()["status"] == "in_review"
    client.force_login(approver)

    approved = client.post(f"/api/v1/copy/{copy.pk}/approve/", {}, content_type="application/json")
    published = client.post(f"/api/v1/copy/{copy.pk}/publish/")
    live = client.get(f"/api/v1/published-copy/{copy.product.sku}/product_description/en/")

    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    assert published.status_code == 200 and published.json()["published_version_number"] == 1
    body = live.json()
    assert (body["variant"], body["version"]) == (1, 1)
    assert body["html"] == "<p>Keeps drinks cold.</p><p>Made of stainless steel.</p>"


def test_approving_copy_that_is_not_in_review_answers_400(client, approver):
    copy = GeneratedCopyFactory()
    client.force_login(approver)

    response = client.post(f"/api/v1/copy/{copy.pk}/approve/", {}, content_type="application/json")

    assert response.status_code == 400
    assert "in review" in response.json()["errors"]["non_field_errors"][0]


def test_nothing_published_answers_404(client, viewer):
    copy = GeneratedCopyFactory(status=Status.APPROVED)
    client.force_login(viewer)

    assert client.get(f"/api/v1/published-copy/{copy.product.sku}/product_description/en/").status_code == 404
