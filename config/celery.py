"""The Celery application. Workers: `celery -A config worker -Q models` (GPU/model work) and `-Q default`."""

import os

from celery import Celery
from celery.signals import worker_process_init, worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("storefront")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_ready.connect
def _warm_models_on_start(sender=None, **_kwargs) -> None:  # type: ignore[no-untyped-def]
    """Optionally preload models so the first job after a worker start does not pay the load."""
    from django.conf import settings

    if getattr(settings, "WARM_MODELS_ON_WORKER_START", False):
        from marketing.services.model_access import warm_models

        warm_models()


@worker_process_init.connect
def _close_inherited_db_connections(**_kwargs) -> None:  # type: ignore[no-untyped-def]
    # A forked pool process must not reuse the parent's database connection.
    from django.db import connections

    for connection in connections.all():
        connection.close_if_unusable_or_obsolete()
