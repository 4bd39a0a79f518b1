"""The jobs page shows a progress bar per job; a running job's row polls itself, a finished one stops."""

import pytest
from django.urls import reverse

from marketing.models import Job
from tests.factories import JobFactory

pytestmark = pytest.mark.django_db


def test_running_job_row_shows_progress_and_polls(client, marketer):
    job = JobFactory(status=Job.Status.RUNNING, progress_done=30, progress_total=120)
    client.force_login(marketer)

    page = client.get(reverse("dashboard:jobs")).content.decode()

    assert f'id="job-{job.pk}"' in page
    assert '<progress max="100" value="25"' in page
    assert 'hx-trigger="every 1s"' in page
    assert "30 / 120" in page


def test_finished_job_row_stops_polling(client, marketer):
    job = JobFactory(status=Job.Status.SUCCEEDED, progress_done=120, progress_total=120)
    client.force_login(marketer)

    row = client.get(reverse("dashboard:job-row", args=[job.pk])).content.decode()

    assert 'value="100"' in row and "hx-trigger" not in row


def test_cancel_from_the_page_with_htmx_returns_the_updated_row(client, marketer):
    job = JobFactory()
    client.force_login(marketer)

    row = client.post(reverse("dashboard:job-cancel", args=[job.pk]), HTTP_HX_REQUEST="true").content.decode()

    job.refresh_from_db()
    assert job.status == Job.Status.CANCELLED
    assert "Cancelled" in row
