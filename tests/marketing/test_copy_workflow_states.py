"""Copy moves draft → in review → approved → published, and refuses any step out of order."""

import pytest

from marketing.models import CopyAuditEntry, GeneratedCopy
from marketing.services import copy_workflow as workflow
from products.exceptions import ApplicationError
from tests.factories import GeneratedCopyFactory

pytestmark = pytest.mark.django_db
Status = GeneratedCopy.Status


def test_the_happy_path_records_every_step(marketer, approver):
    copy = GeneratedCopyFactory()

    workflow.submit_copy_for_review(copy=copy, user=marketer)
    workflow.approve_copy(copy=copy, user=approver)
    workflow.publish_copy(copy=copy, user=approver)

    copy.refresh_from_db()
    assert copy.status == Status.PUBLISHED
    assert copy.published_version == copy.current_version == copy.approved_version
    actions = list(copy.audit_entries.order_by("id").values_list("action", "actor__username"))
    assert actions == [("submitted", "mara"), ("approved", "abe"), ("published", "abe")]


@pytest.mark.parametrize(
    ("status", "step"),
    [
        (Status.DRAFT, "approve"),
        (Status.DRAFT, "publish"),
        (Status.DRAFT, "reject"),
        (Status.IN_REVIEW, "publish"),
        (Status.IN_REVIEW, "submit"),
        (Status.APPROVED, "submit"),
        (Status.APPROVED, "approve"),
        (Status.PUBLISHED, "publish"),
        (Status.ARCHIVED, "approve"),
        (Status.ARCHIVED, "archive"),
    ],
)
def test_a_step_out_of_order_is_refused_and_changes_nothing(approver, status, step):
    copy = GeneratedCopyFactory(status=status)
    steps = {
        "submit": lambda: workflow.submit_copy_for_review(copy=copy, user=approver),
        "approve": lambda: workflow.approve_copy(copy=copy, user=approver),
        "reject": lambda: workflow.reject_copy(copy=copy, user=approver),
        "publish": lambda: workflow.publish_copy(copy=copy, user=approver),
        "archive": lambda: workflow.archive_copy(copy=copy, user=approver),
    }

    with pytest.raises(ApplicationError):
        steps[step]()

    copy.refresh_from_db()
    assert copy.status == status
    assert not CopyAuditEntry.objects.filter(copy=copy).exists()


def test_a_rejected_copy_can_be_sent_for_review_again(marketer, approver):
    copy = GeneratedCopyFactory(status=Status.IN_REVIEW)
    workflow.reject_copy(copy=copy, user=approver, comment="Too long")

    workflow.submit_copy_for_review(copy=copy, user=marketer)

    copy.refresh_from_db()
    assert copy.status == Status.IN_REVIEW
    assert copy.audit_entries.get(action="rejected").comment == "Too long"


def test_editing_approved_copy_withdraws_the_approval(marketer):
    copy = GeneratedCopyFactory(status=Status.APPROVED)

    workflow.edit_copy(copy=copy, text="A new text for the bottle.", user=marketer)

    copy.refresh_from_db()
    assert copy.status == Status.DRAFT
    assert copy.approved_version is None
