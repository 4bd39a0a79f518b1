"""The same seed gives the same model; another seed gives a different one."""

from __future__ import annotations

from pathlib import Path

import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from ml.train_sentiment import train
from tests.ml.training import tiny_config

PROBE = ["The zip broke on the first day.", "Fits perfectly and looks great."]


def _logits(tmp_path: Path, name: str, seed: int) -> torch.Tensor:
    config = tiny_config(tmp_path / name, max_train_examples=32, holdout_fraction=0.05, seed=seed)
    folder = train(config).output_dir
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForSequenceClassification.from_pretrained(folder).eval()
    with torch.inference_mode():
        return model(**tokenizer(PROBE, padding=True, return_tensors="pt")).logits


def test_same_seed_same_logits_other_seed_differs(tmp_path: Path) -> None:
    first = _logits(tmp_path, "a", seed=7)
    again = _logits(tmp_path, "b", seed=7)
    other = _logits(tmp_path, "c", seed=8)

    assert torch.equal(first, again)
    assert not torch.allclose(first, other, atol=1e-4)
