"""Settings for the test suite: a real Redis (REDIS_URL, or an embedded one) and the database in DATABASE_URL."""

import os

from config.embedded_redis import ensure_redis_url

from .base import *  # noqa: F403
from .base import VAR_DIR

# Real broker, real worker: an embedded server when the environment names none.
REDIS_URL = ensure_redis_url(data_dir=VAR_DIR / "test-redis")
os.environ["REDIS_URL"] = REDIS_URL
CELERY_BROKER_URL = REDIS_URL

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
JOB_STALE_AFTER_S = 2

# Workers run in a thread of the test process: a file database is visible to every connection.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # One file per test process, so two test runs on one machine never share it (removed after the run).
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-db-{os.getpid()}.sqlite3")}  # noqa: F405
# The lexicon backend is instant; tests of the transformer default ask for it by name.
SENTIMENT_MODEL = "lexicon"
MODEL_CACHE_DIR = os.environ.get("STOREFRONT_MODEL_CACHE", str(VAR_DIR / "models"))
