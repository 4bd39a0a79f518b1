import pytest

from marketing.models import Job
from marketing.services.jobs import ProgressReporter, cancel_job, execute_job
from products.exceptions import ApplicationError
from tests.factories import JobFactory, ReviewFactory

pytestmark = pytest.mark.django_db


def test_cancelling_a_queued_job_stops_it_before_a_worker_starts():
    job = cancel_job(job=JobFactory())

    assert job.status == Job.Status.CANCELLED
    assert execute_job(job.pk) == Job.Status.CANCELLED  # the worker finds nothing to claim


def test_a_running_job_stops_at_its_next_progress_report(monkeypatch):
    ReviewFactory.create_batch(3)
    job = JobFactory()

    def handler_that_gets_cancelled(job, progress: ProgressReporter):  # type: ignore[no-untyped-def]
        progress.set_total(3)
        cancel_job(job=Job.objects.get(pk=job.pk))
        progress.advance(1)
        raise AssertionError("the handler should have been stopped")

    monkeypatch.setattr(
        "marketing.services.jobs._handlers", lambda: {Job.Kind.SENTIMENT: handler_that_gets_cancelled}
    )

    assert execute_job(job.pk) == Job.Status.CANCELLED
    job.refresh_from_db()
    assert job.status == Job.Status.CANCELLED and job.progress_done == 1


def test_a_finished_job_cannot_be_cancelled():
    job = JobFactory(status=Job.Status.SUCCEEDED)

    with pytest.raises(ApplicationError, match="already finished"):
        cancel_job(job=job)
