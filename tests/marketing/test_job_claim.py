"""Claiming is a compare-and-swap: one owner per job, and a re-delivered task does no harm."""

from datetime import timedelta

import pytest
from django.utils import timezone

from marketing.models import Job, ReviewSentiment
from marketing.services.jobs import claim_job, execute_job
from tests.factories import JobFactory, ReviewFactory

pytestmark = pytest.mark.django_db


def test_only_the_first_claim_wins():
    job = JobFactory()

    first = claim_job(job.pk, worker="w1")
    second = claim_job(job.pk, worker="w2")

    assert first is not None and first.status == Job.Status.RUNNING and first.worker == "w1"
    assert second is None


def test_a_running_job_with_a_stale_heartbeat_can_be_taken_over():
    job = JobFactory(status=Job.Status.RUNNING, heartbeat_at=timezone.now() - timedelta(hours=1), attempts=1)

    taken = claim_job(job.pk, worker="w2")

    assert taken is not None and taken.worker == "w2" and taken.attempts == 2


def test_executing_a_job_twice_writes_results_once():
    ReviewFactory.create_batch(2)
    job = JobFactory(progress_total=2)

    assert execute_job(job.pk) == Job.Status.SUCCEEDED
    assert execute_job(job.pk) == Job.Status.SUCCEEDED  # already finished: not claimed, nothing rewritten

    job.refresh_from_db()
    assert job.attempts == 1
    assert ReviewSentiment.objects.count() == 2


def test_a_failing_job_records_a_readable_error():
    job = JobFactory(params={"review_ids": None, "model": "/no/such/model/folder", "reclassify": False})

    assert execute_job(job.pk) == Job.Status.FAILED

    job.refresh_from_db()
    assert job.status == Job.Status.FAILED
    assert "/no/such/model/folder" in job.error
    assert job.finished_at is not None
