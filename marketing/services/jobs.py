"""The job lifecycle: create and enqueue after commit, claim by compare-and-swap, report progress, finish.

Any worker may receive a task twice (acks_late + re-delivery after a lost worker), so claiming is an atomic
UPDATE and every handler writes its results idempotently.
"""

from __future__ import annotations

import logging
import socket
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from marketing.models import Job
from products.exceptions import ApplicationError

logger = logging.getLogger(__name__)

# Which Celery queue runs each kind of job: model work goes to the (GPU) `models` workers.
MODEL_JOB_KINDS = {Job.Kind.SENTIMENT, Job.Kind.GENERATION}


class JobCancelled(Exception):
    """Raised inside a handler when someone cancelled the job; the runner records it as cancelled."""


class ProgressReporter:
    """Handed to a job handler: records progress and heartbeat, and stops the work when cancel was asked."""

    def __init__(self, job: Job) -> None:
        self.job = job

    def set_total(self, total: int, message: str = "") -> None:
        self.job.progress_total = total
        Job.objects.filter(pk=self.job.pk).update(progress_total=total, message=message[:255], heartbeat_at=timezone.now())

    def advance(self, done: int, message: str = "") -> None:
        """Record `done` items finished so far; raises JobCancelled when the job was cancelled meanwhile."""
        self.job.progress_done = done
        updates: dict[str, Any] = {"progress_done": done, "heartbeat_at": timezone.now()}
        if message:
            updates["message"] = message[:255]
        Job.objects.filter(pk=self.job.pk).update(**updates)
        if Job.objects.filter(pk=self.job.pk, cancel_requested=True).exists():
            raise JobCancelled


JobHandler = Callable[[Job, ProgressReporter], dict[str, Any]]


def _handlers() -> dict[str, JobHandler]:
    # Imported here so that the job runner does not import every feature at module load.
    # Sentiment jobs also find review aspects and rebuild the weekly report summary (marketing.services.reports).
    from marketing.services.reports import run_report_summary_job, run_sentiment_job_with_reports

    handlers: dict[str, JobHandler] = {
        Job.Kind.SENTIMENT: run_sentiment_job_with_reports,
        Job.Kind.REPORT_SUMMARY: run_report_summary_job,
    }
    try:
        from marketing.services.copy_generation import run_generation_job

        handlers[Job.Kind.GENERATION] = run_generation_job
    except ImportError:
        pass
    return handlers


def create_job(
    *,
    kind: str,
    params: dict[str, Any],
    total: int = 0,
    created_by: User | AnonymousUser | None = None,
    message: str = "",
    enqueue: bool = True,
) -> Job:
    """Create a queued job and enqueue it once the surrounding transaction commits.

    `enqueue=False` leaves it for the caller to run in-process (the CLI's `--here`).
    """
    if kind not in Job.Kind.values:
        raise ApplicationError(f"unknown job kind {kind!r}")
    user = created_by if isinstance(created_by, User) else None
    job = Job.objects.create(
        kind=kind,
        params=params,
        progress_total=total,
        created_by=user,
        celery_task_id=str(uuid.uuid4()),
        message=message or "Waiting for a worker",
    )
    if enqueue:
        transaction.on_commit(lambda: enqueue_job(job))
    return job


def enqueue_job(job: Job) -> None:
    """Send the job to its queue. Called after commit so a worker never sees a row that is not there."""
    from marketing import tasks

    task = tasks.run_model_job if job.kind in MODEL_JOB_KINDS else tasks.run_default_job
    task.apply_async(args=[job.pk], task_id=job.celery_task_id)


def claim_job(job_id: int, *, worker: str = "") -> Job | None:
    """Atomically move a job from queued to running (or take over an orphaned running job).

    Returns the job when this caller owns it now, None when another worker has it or it is finished.
    """
    now = timezone.now()
    stale_before = now - timedelta(seconds=settings.JOB_STALE_AFTER_S)
    claimable = Q(status=Job.Status.QUEUED) | Q(status=Job.Status.RUNNING, heartbeat_at__lt=stale_before)
    claimed = (
        Job.objects.filter(claimable, pk=job_id, cancel_requested=False)
        .update(
            status=Job.Status.RUNNING,
            started_at=now,
            heartbeat_at=now,
            worker=(worker or socket.gethostname())[:255],
            attempts=F("attempts") + 1,
            message="Running",
        )
    )
    if not claimed:
        return None
    return Job.objects.get(pk=job_id)


def execute_job(job_id: int, *, worker: str = "") -> str:
    """Claim and run one job, recording success, failure or cancellation. Safe to call twice for one job."""
    job = claim_job(job_id, worker=worker)
    if job is None:
        current = Job.objects.filter(pk=job_id).values_list("status", flat=True).first()
        logger.info("job %s not claimed (status %s)", job_id, current)
        return current or "missing"
    handler = _handlers().get(job.kind)
    reporter = ProgressReporter(job)
    try:
        if handler is None:
            raise ApplicationError(f"this worker cannot run {job.kind} jobs")
        result = handler(job, reporter)
    except JobCancelled:
        _finish(job, Job.Status.CANCELLED, message="Cancelled")
        return Job.Status.CANCELLED
    except Exception as exc:
        logger.exception("job %s failed", job_id)
        text = exc.message if isinstance(exc, ApplicationError) else f"{type(exc).__name__}: {exc}"
        _finish(job, Job.Status.FAILED, message="Failed", error=text)
        return Job.Status.FAILED
    _finish(job, Job.Status.SUCCEEDED, message="Done", result=result)
    return Job.Status.SUCCEEDED


def _finish(job: Job, status: str, *, message: str, error: str = "", result: dict[str, Any] | None = None) -> None:
    updates: dict[str, Any] = {"status": status, "finished_at": timezone.now(), "message": message, "error": error}
    if result is not None:
        updates["result"] = result
    if status == Job.Status.SUCCEEDED:
        updates["progress_done"] = F("progress_total")
    Job.objects.filter(pk=job.pk, status=Job.Status.RUNNING).update(**updates)


def cancel_job(*, job: Job) -> Job:
    """Cancel a queued job at once; ask a running job to stop at its next progress report."""
    if job.is_finished:
        raise ApplicationError(f"job #{job.pk} has already finished ({job.get_status_display().lower()})")
    now = timezone.now()
    stopped = Job.objects.filter(pk=job.pk, status=Job.Status.QUEUED).update(
        status=Job.Status.CANCELLED, cancel_requested=True, finished_at=now, message="Cancelled"
    )
    if not stopped:
        Job.objects.filter(pk=job.pk, status=Job.Status.RUNNING).update(cancel_requested=True, message="Cancelling…")
    job.refresh_from_db()
    return job
