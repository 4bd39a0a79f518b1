"""A run from a local base folder names the folder, not this machine's path, in its card and metrics."""

from __future__ import annotations

import json
from pathlib import Path

from ml.loading import model_source, resolve_model_spec
from ml.train_sentiment import train
from tests.ml.training import tiny_config


def test_a_local_base_folder_is_recorded_by_its_name_only(tmp_path: Path) -> None:
    base_folder = model_source(resolve_model_spec("all-minilm-l6-v2"))

    report = train(tiny_config(tmp_path / "model", base_model=base_folder))

    metrics = json.loads((report.output_dir / "metrics.json").read_text())
    card = (report.output_dir / "MODEL_CARD.md").read_text()
    assert metrics["config"]["base_model"] == Path(base_folder).name
    assert base_folder not in card and f"`{Path(base_folder).name}`" in card
