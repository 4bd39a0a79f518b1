"""Training with bf16 autocast keeps fp32 weights, learns, and says so in the model card."""

from __future__ import annotations

import math
from pathlib import Path

import torch
from safetensors.torch import load_file

from ml.loading import cpu_has_native_bf16
from ml.train_sentiment import train
from tests.ml.training import tiny_config


def test_a_bf16_autocast_run_trains_fp32_weights_and_records_the_recipe(tmp_path: Path) -> None:
    losses: list[float] = []
    config = tiny_config(tmp_path / "model", bf16_autocast=True)

    report = train(config, progress=lambda event: losses.append(event.loss))

    assert losses and all(math.isfinite(loss) for loss in losses)
    weights = load_file(str(report.output_dir / "model.safetensors"))
    assert {tensor.dtype for tensor in weights.values()} == {torch.float32}
    assert "bf16 autocast forward passes" in (report.output_dir / "MODEL_CARD.md").read_text()


def test_by_default_the_cpu_decides_and_the_report_says_what_was_used(tmp_path: Path) -> None:
    config = tiny_config(tmp_path / "model", max_train_examples=32)

    report = train(config)

    assert config.bf16_autocast is None
    assert report.config.bf16_autocast is cpu_has_native_bf16()
