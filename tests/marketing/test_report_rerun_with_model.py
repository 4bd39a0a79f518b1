""""Re-run with model X" queues one job that re-classifies every review with that model."""

import pytest
from django.urls import reverse

from marketing.models import Job
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db


def test_a_marketer_queues_a_full_reclassification(client, marketer, django_capture_on_commit_callbacks):
    ReviewFactory.create_batch(3)
    client.force_login(marketer)

    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(reverse("dashboard:report-rerun"), {"model": " lexicon "})

    assert response.status_code == 302 and response["Location"] == reverse("dashboard:jobs")
    job = Job.objects.get()
    assert job.kind == Job.Kind.SENTIMENT
    assert job.params == {"review_ids": None, "model": "lexicon", "reclassify": True}
    assert job.progress_total == 3


def test_a_model_must_be_named(client, marketer):
    client.force_login(marketer)

    response = client.post(reverse("dashboard:report-rerun"), {"model": "  "}, follow=True)

    assert not Job.objects.exists()
    assert "name a model" in response.content.decode()
