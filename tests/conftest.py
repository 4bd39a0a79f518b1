"""Shared fixtures: users per role, a real Celery worker on the real Redis, waiting for jobs."""

import time
from collections.abc import Callable, Iterator

import pytest
from celery.contrib.testing.worker import start_worker

from config.celery import app as celery_app
from marketing.models import Job
from marketing.roles import APPROVER, MARKETER, VIEWER
from tests.factories import UserFactory


@pytest.fixture
def marketer(db):  # type: ignore[no-untyped-def]
    return UserFactory(username="mara", roles=[MARKETER])


@pytest.fixture
def approver(db):  # type: ignore[no-untyped-def]
    return UserFactory(username="abe", roles=[APPROVER, MARKETER])


@pytest.fixture
def viewer(db):  # type: ignore[no-untyped-def]
    return UserFactory(username="vic", roles=[VIEWER])


@pytest.fixture(scope="session")
def celery_worker_session(django_db_setup, django_db_blocker) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A real worker thread consuming both queues from the real broker (REDIS_URL or embedded)."""
    with celery_app.connection_for_write() as connection:
        for queue in ("default", "models"):
            connection.default_channel.queue_purge(queue)
    with django_db_blocker.unblock():
        with start_worker(
            celery_app, pool="solo", perform_ping_check=False, queues=["default", "models"], shutdown_timeout=30
        ) as worker:
            yield worker


@pytest.fixture
def celery_worker(celery_worker_session, transactional_db) -> object:  # type: ignore[no-untyped-def]
    """Use with tests that commit (transactional_db), so the worker thread sees the rows."""
    return celery_worker_session


@pytest.fixture
def wait_for_job() -> Callable[..., Job]:
    def wait(job_id: int, timeout: float = 120.0) -> Job:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            job = Job.objects.get(pk=job_id)
            if job.is_finished:
                return job
            time.sleep(0.1)
        raise AssertionError(f"job {job_id} did not finish in {timeout}s: {Job.objects.get(pk=job_id).status}")

    return wait
