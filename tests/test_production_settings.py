"""Production settings refuse to start without their secrets."""

import os
import subprocess
import sys

import pytest

CHECK = "import django; django.setup()"


def run_with(env_overrides: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DATABASE_URL", "REDIS_URL")}
    env.update({"DJANGO_SETTINGS_MODULE": "config.settings.production", **env_overrides})
    return subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("missing", "env"),
    [
        ("SECRET_KEY", {"DATABASE_URL": "postgres://u@h/db", "REDIS_URL": "redis://h:6379/0"}),
        ("DATABASE_URL", {"SECRET_KEY": "s" * 50, "REDIS_URL": "redis://h:6379/0"}),
        ("REDIS_URL", {"SECRET_KEY": "s" * 50, "DATABASE_URL": "postgres://u@h/db"}),
    ],
)
def test_production_settings_require(missing, env):
    result = run_with(env)

    assert result.returncode != 0
    assert f"{missing} must be set in production" in result.stderr


def test_production_settings_load_when_everything_is_given():
    result = run_with({"SECRET_KEY": "s" * 50, "DATABASE_URL": "postgres://u@h/db", "REDIS_URL": "redis://h:6379/0"})

    assert result.returncode == 0, result.stderr
