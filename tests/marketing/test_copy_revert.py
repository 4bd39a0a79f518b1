"""Restoring a version adds a new version with its text; no version is ever changed or removed."""

import pytest

from marketing.models import CopyVersion
from marketing.services import copy_workflow as workflow
from products.exceptions import ApplicationError
from tests.factories import GeneratedCopyFactory

pytestmark = pytest.mark.django_db


def test_revert_restores_the_text_as_a_new_version(marketer):
    copy = GeneratedCopyFactory(text="First text from the model.")
    first = copy.current_version
    workflow.edit_copy(copy=copy, text="Second text, edited by a person.", user=marketer)

    restored = workflow.revert_copy(copy=copy, version=first, user=marketer)

    copy.refresh_from_db()
    assert copy.current_version == restored
    assert (restored.number, restored.text, restored.based_on) == (3, "First text from the model.", first)
    assert restored.author == marketer and restored.author_kind == CopyVersion.Author.USER
    assert list(copy.versions.order_by("number").values_list("text", flat=True)) == [
        "First text from the model.", "Second text, edited by a person.", "First text from the model.",
    ]
    assert copy.audit_entries.filter(action="reverted", details__restored_number=1).exists()


def test_reverting_to_the_current_version_is_refused(marketer):
    copy = GeneratedCopyFactory()

    with pytest.raises(ApplicationError):
        workflow.revert_copy(copy=copy, version=copy.current_version, user=marketer)


def test_a_version_of_another_copy_cannot_be_restored(marketer):
    copy, other = GeneratedCopyFactory(), GeneratedCopyFactory()

    with pytest.raises(ApplicationError):
        workflow.revert_copy(copy=copy, version=other.current_version, user=marketer)


def test_the_history_page_restores_a_version(client, marketer):
    copy = GeneratedCopyFactory(text="Original words.")
    first = copy.current_version
    workflow.edit_copy(copy=copy, text="Changed words.", user=marketer)
    client.force_login(marketer)

    response = client.post(f"/copy/variants/{copy.pk}/revert/", {"version": first.pk})

    assert response.status_code == 302
    copy.refresh_from_db()
    assert copy.current_version.text == "Original words." and copy.current_version.number == 3
