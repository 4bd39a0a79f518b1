"""A tiny training run writes a normal Hugging Face folder that the usual loaders accept."""

from __future__ import annotations

from pathlib import Path

from transformers import pipeline

from ml.sentiment import load_sentiment_model
from ml.train_sentiment import LABELS, train
from tests.ml.training import tiny_config


def test_tiny_run_writes_a_loadable_three_label_model(tmp_path: Path) -> None:
    config = tiny_config(tmp_path / "model")

    report = train(config)

    folder = report.output_dir
    assert (folder / "MODEL_CARD.md").read_text().startswith("# storefront-sentiment")
    assert report.train_counts["reviews"] == 48
    assert report.holdout is not None and report.holdout.n > 0

    classify = pipeline("text-classification", model=str(folder), top_k=None, device="cpu")
    scores = classify("The strap broke after a week.")
    labels = {item["label"] for item in (scores[0] if isinstance(scores[0], list) else scores)}
    assert labels == set(LABELS)

    classifier = load_sentiment_model(str(folder), device="cpu", quantize=False)
    [result] = classifier.classify(["Lovely soft fabric."])
    assert result.label in LABELS
    assert set(result.probabilities) == set(LABELS)
    assert abs(sum(result.probabilities.values()) - 1.0) < 1e-5
