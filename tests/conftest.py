"""Shared fixtures: users per role, a real Celery worker on the real Redis, waiting for jobs."""

import os
import time
from collections.abc import Callable, Iterator

import pytest
from celery.contrib.testing.worker import start_worker

from config.celery import app as celery_app
from marketing.models import Job
from marketing.roles import APPROVER, MARKETER, VIEWER
from tests.factories import UserFactory

# Sentiment runs fp32 in tests on every CPU, so numbers do not depend on which machine runs them
# (the product turns bf16 autocast on where the CPU has bf16 instructions; its own tests ask for it).
os.environ.setdefault("STOREFRONT_CPU_BF16", "0")

# Rows the data migrations write (role groups with their permissions, built-in prompt templates...).
MIGRATED_DATA_APPS = ("marketing", "products")


@pytest.fixture(scope="session")
def _migrated_rows(django_db_setup, django_db_blocker) -> str:  # type: ignore[no-untyped-def]
    """The data migrations' rows, taken before any transactional test has flushed them."""
    from django.apps import apps
    from django.contrib.auth.models import Group
    from django.core import serializers

    with django_db_blocker.unblock():
        objects = list(Group.objects.all())
        for app_label in MIGRATED_DATA_APPS:
            for model in apps.get_app_config(app_label).get_models():
                objects.extend(model._default_manager.all())
        return serializers.serialize("json", objects, use_natural_foreign_keys=True)


@pytest.fixture(autouse=True)
def _restore_migrated_rows(request):  # type: ignore[no-untyped-def]
    """Put the data migrations' rows back for a transactional test (real worker, live server).

    A transactional test ends with a flush that deletes them too, so a later one would log in as a Marketer
    without permissions. (Serialized rollback cannot do this: with Playwright's event loop running, the
    test sees another connection object than the one that serialized the database.)
    """
    names = request.fixturenames
    if "transactional_db" not in names and "live_server" not in names:
        return
    rows = request.getfixturevalue("_migrated_rows")
    request.getfixturevalue("transactional_db")
    from django.contrib.auth.models import Group
    from django.core import serializers

    if not Group.objects.exists():
        for obj in serializers.deserialize("json", rows, handle_forward_references=True):
            obj.save()


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
            celery_app,
            pool="solo",
            perform_ping_check=False,
            queues=["default", "models"],
            shutdown_timeout=30,
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
        raise AssertionError(
            f"job {job_id} did not finish in {timeout}s: {Job.objects.get(pk=job_id).status}"
        )

    return wait
