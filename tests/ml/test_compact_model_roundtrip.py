"""A classifier with only its top layer fine-tuned ships as that layer and its head, and comes back whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from ml.compact_model import BASE_MANIFEST, COMPACT_WEIGHTS, is_compact, materialise, write_compact
from ml.loading import ModelError, model_source, resolve_model_spec
from ml.train_sentiment import LABELS, frozen_parameter_names

BASE = "all-minilm-l6-v2"


@pytest.fixture
def fine_tuned(tmp_path: Path) -> tuple[Path, set[str]]:
    """The packaged encoder with a 3-label head whose top layer and head were changed, as training would."""
    source = model_source(resolve_model_spec(BASE))
    model = AutoModelForSequenceClassification.from_pretrained(
        source, num_labels=3, id2label=dict(enumerate(LABELS)), label2id={v: i for i, v in enumerate(LABELS)}
    )
    frozen = frozen_parameter_names(model, 1)
    generator = torch.Generator().manual_seed(0)
    changed = set()
    with torch.no_grad():
        for name, param in model.named_parameters():
            if name not in frozen and "pooler" not in name:
                param.add_(torch.randn(param.shape, generator=generator) * 0.01)
                changed.add(name)
    folder = tmp_path / "fine-tuned"
    model.save_pretrained(folder)
    AutoTokenizer.from_pretrained(source).save_pretrained(folder)
    return folder, changed


def _logits(folder: Path, text: str) -> torch.Tensor:
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForSequenceClassification.from_pretrained(folder, dtype=torch.float32).eval()
    with torch.no_grad():
        return model(**tokenizer(text, return_tensors="pt")).logits


def test_only_changed_tensors_are_stored_and_the_model_comes_back_identical(
    fine_tuned: tuple[Path, set[str]], tmp_path: Path
) -> None:
    folder, changed = fine_tuned

    summary = write_compact(folder, BASE, tmp_path / "compact", fp16=False)

    compact = tmp_path / "compact"
    assert is_compact(compact) and not (compact / "model.safetensors").exists()
    from safetensors.torch import load_file

    assert set(load_file(str(compact / COMPACT_WEIGHTS))) == changed
    assert summary.trained_tensors == len(changed) and summary.base_tensors > 50
    restored = tmp_path / "restored"
    materialise(compact, restored)
    text = "The zip broke on the second day."
    assert torch.equal(_logits(restored, text), _logits(folder, text))


def test_a_different_base_version_is_refused(fine_tuned: tuple[Path, set[str]], tmp_path: Path) -> None:
    folder, _ = fine_tuned
    write_compact(folder, BASE, tmp_path / "compact")
    manifest_path = tmp_path / "compact" / BASE_MANIFEST
    manifest = json.loads(manifest_path.read_text())
    manifest["base_version"] = f"{BASE}@000000000000"
    manifest_path.write_text(json.dumps(manifest))

    with pytest.raises(ModelError, match="fine-tuned from all-minilm-l6-v2@000000000000"):
        materialise(tmp_path / "compact", tmp_path / "restored")
    assert not (tmp_path / "restored" / "config.json").exists()


def test_a_model_not_made_from_the_base_is_refused(tmp_path: Path) -> None:
    from transformers import BertConfig, BertForSequenceClassification

    source = model_source(resolve_model_spec(BASE))
    config = BertConfig.from_pretrained(source, num_labels=3)
    stranger = BertForSequenceClassification(config)  # same shapes, random weights
    stranger.save_pretrained(tmp_path / "stranger")
    AutoTokenizer.from_pretrained(source).save_pretrained(tmp_path / "stranger")

    with pytest.raises(ValueError, match="was not fine-tuned from"):
        write_compact(tmp_path / "stranger", BASE, tmp_path / "compact")
