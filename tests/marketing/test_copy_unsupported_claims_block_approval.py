"""A variant with claims the product's facts do not back is counted, highlighted, and only approved with an
explicit, logged override."""

import pytest
from django.urls import reverse

from marketing.models import GeneratedCopy
from marketing.services import copy_workflow as workflow
from products.exceptions import ApplicationError
from tests.factories import GeneratedCopyFactory, ProductFactory

pytestmark = pytest.mark.django_db
INVENTED = "A 1 litre bottle made of leather, with 750 ml of room for coffee."


@pytest.fixture
def copy_in_review():  # type: ignore[no-untyped-def]
    product = ProductFactory(attributes={"material": "stainless steel", "capacity": "750 ml"})
    return GeneratedCopyFactory(product=product, text=INVENTED, status=GeneratedCopy.Status.IN_REVIEW)


def test_unsupported_claims_are_counted_on_the_variant(copy_in_review):
    version = copy_in_review.current_version

    assert copy_in_review.unsupported_claims == version.unsupported_count == 2
    assert sorted(c["text"] for c in version.claims if not c["supported"]) == ["1 litre", "leather"]


def test_approval_is_refused_without_an_override(approver, copy_in_review):
    with pytest.raises(ApplicationError, match="2 claim"):
        workflow.approve_copy(copy=copy_in_review, user=approver)

    copy_in_review.refresh_from_db()
    assert copy_in_review.status == GeneratedCopy.Status.IN_REVIEW


def test_an_override_needs_a_reason(approver, copy_in_review):
    with pytest.raises(ApplicationError, match="reason"):
        workflow.approve_copy(copy=copy_in_review, user=approver, override=True, reason=" ")


def test_an_override_with_a_reason_is_logged_with_the_claims(approver, copy_in_review):
    workflow.approve_copy(copy=copy_in_review, user=approver, override=True, reason="Supplier confirmed 1 l")

    copy_in_review.refresh_from_db()
    entry = copy_in_review.audit_entries.get()
    assert copy_in_review.status == GeneratedCopy.Status.APPROVED
    assert (entry.action, entry.actor, entry.comment) == ("approved_override", approver, "Supplier confirmed 1 l")
    assert sorted(entry.details["unsupported_claims"]) == ["1 litre", "leather"]


def test_the_editor_highlights_unsupported_claims(client, approver, copy_in_review):
    client.force_login(approver)

    page = client.get(reverse("dashboard:copy-product", args=[copy_in_review.product.sku])).content.decode()

    assert '<mark class="unsupported"' in page and ">leather</mark>" in page and ">1 litre</mark>" in page
    assert "2 unsupported claims" in page
    assert 'name="override"' in page  # the approve form offers the override


def test_the_approve_button_with_override_approves(client, approver, copy_in_review):
    client.force_login(approver)

    client.post(reverse("dashboard:copy-approve", args=[copy_in_review.pk]), {"override": "on", "reason": "Checked"})

    copy_in_review.refresh_from_db()
    assert copy_in_review.status == GeneratedCopy.Status.APPROVED
