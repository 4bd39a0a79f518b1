#!/usr/bin/env bash
# Set up and run the whole app: venv, install, migrate, demo data, embedded Redis, workers and web server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-config.settings.local}
export HF_HUB_OFFLINE=${HF_HUB_OFFLINE:-1}
.venv/bin/python manage.py migrate --noinput
.venv/bin/python manage.py warm_models
exec .venv/bin/python manage.py runstack --demo "$@"
