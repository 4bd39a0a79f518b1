"""A single regeneration streams: the worker writes the partial text into the job as tokens arrive and the
editor polls it (htmx every 500 ms); when the job is done the poll swaps in the new version."""

import pytest
from django.urls import reverse

from marketing.models import Job
from marketing.services.copy_generation import regenerate_copy
from marketing.services.jobs import execute_job
from tests.factories import GeneratedCopyFactory

pytestmark = pytest.mark.django_db


def test_the_job_writes_partial_text_while_generating(marketer):
    copy = GeneratedCopyFactory(text="Old text.")
    job = regenerate_copy(copy=copy, user=marketer, sampling={"max_new_tokens": 16, "temperature": 0.0},
                          enqueue=False)

    assert execute_job(job.pk) == Job.Status.SUCCEEDED

    job.refresh_from_db()
    copy.refresh_from_db()
    assert job.result["stream_updates"] >= 1
    assert job.result["version_id"] == copy.current_version_id
    assert copy.current_version.number == 2 and copy.current_version.text != "Old text."
    assert copy.current_version.completion_tokens > 0


def test_the_editor_poll_shows_partial_text_of_a_running_job(client, marketer):
    copy = GeneratedCopyFactory()
    job = regenerate_copy(copy=copy, user=marketer, enqueue=False)
    Job.objects.filter(pk=job.pk).update(status=Job.Status.RUNNING,
                                         result={"copy_id": copy.pk, "partial_text": "Keeps drinks <cold>"})
    client.force_login(marketer)

    card = client.get(reverse("dashboard:copy-product", args=[copy.product.sku])).content.decode()
    poll = client.get(reverse("dashboard:copy-live-job", args=[job.pk]), HTTP_HX_REQUEST="true").content.decode()

    assert f'hx-get="{reverse("dashboard:copy-live-job", args=[job.pk])}"' in card and "every 500ms" in card
    assert "Keeps drinks &lt;cold&gt;" in poll and "every 500ms" in poll


def test_when_the_job_is_done_the_poll_swaps_in_the_variant_card(client, marketer):
    copy = GeneratedCopyFactory(text="Final words from the model.")
    job = regenerate_copy(copy=copy, user=marketer, enqueue=False)
    Job.objects.filter(pk=job.pk).update(status=Job.Status.SUCCEEDED)
    client.force_login(marketer)

    response = client.get(reverse("dashboard:copy-live-job", args=[job.pk]), HTTP_HX_REQUEST="true")

    assert response["HX-Retarget"] == f"#variant-{copy.pk}"
    assert "Final words from the model." in response.content.decode()
