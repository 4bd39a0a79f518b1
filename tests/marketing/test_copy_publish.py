"""Publishing an approved variant is one step: the storefront gets it, the audit log says who and when, and
another variant that was live for the same product, channel and language is taken off."""

import pytest
from django.urls import reverse

from marketing.models import GeneratedCopy
from marketing.services import copy_workflow as workflow
from tests.factories import GeneratedCopyFactory, ProductFactory

pytestmark = pytest.mark.django_db
Status = GeneratedCopy.Status


def test_publishing_records_who_published_which_version(approver):
    copy = GeneratedCopyFactory(status=Status.APPROVED)

    workflow.publish_copy(copy=copy, user=approver)

    copy.refresh_from_db()
    entry = copy.audit_entries.get(action="published")
    assert (entry.actor, entry.version) == (approver, copy.current_version)
    assert copy.published_version == copy.current_version and copy.published_at is not None


def test_publishing_another_variant_replaces_the_live_one(approver):
    product = ProductFactory()
    first = GeneratedCopyFactory(product=product, variant=1, status=Status.PUBLISHED)
    second = GeneratedCopyFactory(product=product, variant=2, text="The second variant.", status=Status.APPROVED)

    workflow.publish_copy(copy=second, user=approver)

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.published_version) == (Status.ARCHIVED, None)
    assert second.status == Status.PUBLISHED
    assert GeneratedCopy.objects.filter(product=product, published_version__isnull=False).get() == second


def test_editing_published_copy_keeps_the_storefront_text_until_the_next_publish(marketer):
    copy = GeneratedCopyFactory(text="Live text.", status=Status.PUBLISHED)
    live = copy.published_version

    workflow.edit_copy(copy=copy, text="Draft text, not live yet.", user=marketer)

    copy.refresh_from_db()
    assert copy.status == Status.DRAFT
    assert copy.published_version == live


def test_the_published_view_shows_sanitised_storefront_html(client, viewer):
    copy = GeneratedCopyFactory(text="Cold for hours.<script>alert(1)</script>\n\n<b onclick=x()>Steel</b> body.",
                                status=Status.PUBLISHED)
    client.force_login(viewer)

    page = client.get(reverse("dashboard:copy-published")).content.decode()

    assert copy.product.title in page
    assert "<p>Cold for hours.</p>" in page
    assert "alert(1)" not in page and "onclick" not in page


def test_archiving_live_copy_needs_the_publish_permission(marketer, approver):
    copy = GeneratedCopyFactory(status=Status.PUBLISHED)

    with pytest.raises(workflow.PermissionDenied):
        workflow.archive_copy(copy=copy, user=marketer)
    workflow.archive_copy(copy=copy, user=approver)

    copy.refresh_from_db()
    assert (copy.status, copy.published_version) == (Status.ARCHIVED, None)
