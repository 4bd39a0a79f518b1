"""Training only the top layers leaves the embeddings and lower layers exactly as the base had them."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import AutoModelForSequenceClassification

from ml.loading import model_source, resolve_model_spec
from ml.train_sentiment import _build_model, frozen_parameter_names, train
from tests.ml.training import tiny_config


def test_lower_layers_keep_the_base_weights_and_the_top_layer_trains(tmp_path: Path) -> None:
    report = train(tiny_config(tmp_path / "model", base_model="all-minilm-l6-v2", train_top_layers=1))

    trained = AutoModelForSequenceClassification.from_pretrained(report.output_dir, dtype=torch.float32)
    base = AutoModelForSequenceClassification.from_pretrained(
        model_source(resolve_model_spec("all-minilm-l6-v2")), num_labels=3, dtype=torch.float32
    )
    base_state, trained_state = base.state_dict(), trained.state_dict()
    frozen = frozen_parameter_names(trained, 1)
    assert frozen and all(torch.equal(trained_state[name], base_state[name]) for name in frozen)
    top = [name for name in trained_state if ".layer.5." in name and name.endswith("weight")]
    assert top and all(not torch.equal(trained_state[name], base_state[name]) for name in top)


@pytest.mark.parametrize("layers", [0, 7])
def test_a_layer_count_the_encoder_does_not_have_is_refused(layers: int) -> None:
    _, model = _build_model("all-minilm-l6-v2")

    with pytest.raises(ValueError, match="between 1 and 6"):
        frozen_parameter_names(model, layers)
