"""Only Approvers approve and publish; Viewers cannot generate or edit; the pages and services agree."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from marketing.models import GeneratedCopy, Job
from marketing.services import copy_workflow as workflow
from marketing.services.copy_generation import request_copy_generation
from tests.factories import GeneratedCopyFactory, ProductFactory

pytestmark = pytest.mark.django_db
Status = GeneratedCopy.Status


def test_a_marketer_cannot_approve_or_publish(marketer):
    in_review = GeneratedCopyFactory(status=Status.IN_REVIEW)
    approved = GeneratedCopyFactory(status=Status.APPROVED)

    with pytest.raises(PermissionDenied):
        workflow.approve_copy(copy=in_review, user=marketer)
    with pytest.raises(PermissionDenied):
        workflow.publish_copy(copy=approved, user=marketer)


def test_the_approve_and_publish_buttons_answer_403_to_a_marketer(client, marketer):
    in_review = GeneratedCopyFactory(status=Status.IN_REVIEW)
    approved = GeneratedCopyFactory(status=Status.APPROVED)
    client.force_login(marketer)

    assert client.post(reverse("dashboard:copy-approve", args=[in_review.pk])).status_code == 403
    assert client.post(reverse("dashboard:copy-publish", args=[approved.pk])).status_code == 403
    in_review.refresh_from_db()
    approved.refresh_from_db()
    assert (in_review.status, approved.status) == (Status.IN_REVIEW, Status.APPROVED)


def test_a_viewer_cannot_generate_or_edit(client, viewer):
    product = ProductFactory()
    copy = GeneratedCopyFactory()
    client.force_login(viewer)

    with pytest.raises(PermissionDenied):
        request_copy_generation(channel="product_description", product_ids=[product.pk], user=viewer)
    response = client.post(reverse("dashboard:copy-generate"), {"scope": "selected", "products": [product.pk],
                                                                "channel": "seo", "variants": 1, "language": "en"})
    assert response.status_code == 403
    assert client.post(reverse("dashboard:copy-edit", args=[copy.pk]), {"text": "Mine now"}).status_code == 403
    assert Job.objects.count() == 0
    assert copy.versions.count() == 1


def test_a_viewer_can_read_the_copy_pages(client, viewer):
    copy = GeneratedCopyFactory(status=Status.PUBLISHED)
    client.force_login(viewer)

    assert client.get(reverse("dashboard:copy-studio")).status_code == 200
    page = client.get(reverse("dashboard:copy-product", args=[copy.product.sku]))
    assert page.status_code == 200
    assert b"Approve" not in page.content and b"Edit</a>" not in page.content
    assert client.get(reverse("dashboard:copy-history", args=[copy.pk])).status_code == 200
    assert client.get(reverse("dashboard:copy-published")).status_code == 200


def test_an_approver_sees_the_approve_button_on_copy_in_review(client, approver):
    copy = GeneratedCopyFactory(status=Status.IN_REVIEW)
    client.force_login(approver)

    page = client.get(reverse("dashboard:copy-product", args=[copy.product.sku]))

    assert b"approve-button" in page.content
