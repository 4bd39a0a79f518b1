"""model_version names the model and changes exactly when its config or weights change, not its location."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import torch
from transformers import BertConfig, BertForSequenceClassification

from ml.sentiment import model_fingerprint


def save_tiny(folder: Path, seed: int) -> Path:
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=64,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        id2label={0: "negative", 1: "positive"},
        label2id={"negative": 0, "positive": 1},
    )
    BertForSequenceClassification(config).save_pretrained(folder)
    return folder


def test_fingerprint_follows_content_not_location(tmp_path: Path) -> None:
    original = save_tiny(tmp_path / "a", seed=0)
    copy = Path(shutil.copytree(original, tmp_path / "b"))
    retrained = save_tiny(tmp_path / "c", seed=1)
    relabelled = Path(shutil.copytree(original, tmp_path / "d"))
    config = json.loads((relabelled / "config.json").read_text())
    config["id2label"] = {"0": "positive", "1": "negative"}
    (relabelled / "config.json").write_text(json.dumps(config))

    fingerprint = model_fingerprint(original)
    assert len(fingerprint) == 12
    assert model_fingerprint(copy) == fingerprint
    assert model_fingerprint(retrained) != fingerprint
    assert model_fingerprint(relabelled) != fingerprint
