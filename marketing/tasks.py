"""Celery tasks: thin wrappers that hand a job id to the job runner (which claims it atomically)."""

from celery import shared_task

from marketing.services.jobs import execute_job


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True)
def run_model_job(self, job_id: int) -> str:  # type: ignore[no-untyped-def]
    """Run a job that needs a model (sentiment, generation) on the `models` queue."""
    return execute_job(job_id, worker=self.request.hostname or "")


@shared_task(bind=True, acks_late=True, reject_on_worker_lost=True)
def run_default_job(self, job_id: int) -> str:  # type: ignore[no-untyped-def]
    """Run a job that needs no model on the `default` queue."""
    return execute_job(job_id, worker=self.request.hostname or "")
