"""The shipped default model is ready without training and gets obvious reviews right."""

from __future__ import annotations

from pathlib import Path

from ml.sentiment import load_sentiment_model
from ml.train_sentiment import LABELS, ensure_default_model


def test_ensure_default_model_gives_a_working_classifier(tmp_path: Path) -> None:
    folder = ensure_default_model(tmp_path)

    assert ensure_default_model(tmp_path) == folder  # second call reuses the materialised folder
    assert not list(tmp_path.glob(".*staging*"))
    classifier = load_sentiment_model(str(folder), device="cpu")
    results = classifier.classify(
        ["I love it, works perfectly", "It broke after two days, total waste of money"]
    )

    assert [set(r.probabilities) for r in results] == [set(LABELS)] * 2
    assert [r.label for r in results] == ["positive", "negative"]
    assert results[0].score > 0.5 and results[1].score < -0.5


def test_the_built_default_is_a_plain_folder_that_transformers_pipeline_loads(tmp_path: Path) -> None:
    from transformers import pipeline

    folder = ensure_default_model(tmp_path)

    assert (folder / "model.safetensors").is_file()  # the full model, not the compact shipped form
    classify = pipeline("text-classification", model=str(folder), device="cpu")
    assert classify("Great value, I would buy it again.")[0]["label"] == "positive"
    assert classify("The seam ripped the first time I wore it.")[0]["label"] == "negative"
