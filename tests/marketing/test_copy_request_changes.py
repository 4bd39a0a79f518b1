"""A reviewer's "request changes" comment is logged and the variant is rewritten with the comment in the prompt.
Runs the real default model with a few tokens."""

import pytest
from django.urls import reverse

from marketing.models import GeneratedCopy, Job
from marketing.services.jobs import execute_job
from tests.factories import GeneratedCopyFactory

pytestmark = pytest.mark.django_db


def test_the_comment_goes_into_the_prompt_of_the_rewrite(client, approver, django_capture_on_commit_callbacks):
    copy = GeneratedCopyFactory(text="A bottle made of leather.", status=GeneratedCopy.Status.IN_REVIEW)
    client.force_login(approver)

    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(reverse("dashboard:copy-request-changes", args=[copy.pk]),
                               {"comment": "Do not mention leather; say it is stainless steel."})
    job = Job.objects.get()
    job.params["sampling"]["max_new_tokens"] = 8
    job.save()
    assert response.status_code == 302
    copy.refresh_from_db()
    assert copy.status == GeneratedCopy.Status.DRAFT
    assert copy.audit_entries.get(action="changes_requested").comment.startswith("Do not mention leather")

    assert execute_job(job.pk) == Job.Status.SUCCEEDED

    copy.refresh_from_db()
    rewrite = copy.current_version
    user_prompt = rewrite.prompt[1]["content"]
    assert rewrite.number == 2 and rewrite.author_kind == "model"
    assert "Do not mention leather; say it is stainless steel." in user_prompt
    assert "<<<PREVIOUS DRAFT" in user_prompt and "A bottle made of leather." in user_prompt
    assert rewrite.note.startswith("Reviewer asked: Do not mention leather")
    assert copy.status == GeneratedCopy.Status.DRAFT


def test_a_marketer_cannot_request_changes(client, marketer):
    copy = GeneratedCopyFactory(status=GeneratedCopy.Status.IN_REVIEW)
    client.force_login(marketer)

    response = client.post(reverse("dashboard:copy-request-changes", args=[copy.pk]), {"comment": "Shorter"})

    assert response.status_code == 403
    assert Job.objects.count() == 0
