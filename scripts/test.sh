#!/usr/bin/env bash
# Run the whole test suite. Uses DATABASE_URL / REDIS_URL when set, else SQLite and an embedded Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export HF_HUB_OFFLINE=${HF_HUB_OFFLINE:-1}
exec .venv/bin/python -m pytest "$@"
