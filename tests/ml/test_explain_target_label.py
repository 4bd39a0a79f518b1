"""With a target label, occlusion explains that label's probability; a model folder works as input."""

from __future__ import annotations

from pathlib import Path

from ml.explain import explain_prediction
from ml.sentiment import load_sentiment_model
from ml.train_sentiment import ensure_default_model


def test_target_negative_explains_the_negative_probability(tmp_path: Path) -> None:
    folder = ensure_default_model(tmp_path)
    text = "The battery life on this speaker is terrible."

    by_score = explain_prediction(folder, text)
    towards_negative = explain_prediction(str(folder), text, target="negative")

    [result] = load_sentiment_model(str(folder), device="cpu").classify([text])
    assert towards_negative.target == "negative"
    # int8 dynamic quantisation scales activations per batch, so batch-mates shift scores by ~1e-4
    assert abs(towards_negative.base_score - result.probabilities["negative"]) < 1e-3
    assert towards_negative.top_words[0] == by_score.top_words[0] == "terrible"
    # "terrible" lowers the positive-minus-negative score and raises P(negative)
    weight = {w.word: w.weight for w in by_score.words}["terrible"]
    towards = {w.word: w.weight for w in towards_negative.words}["terrible"]
    assert weight < -0.3 and towards > 0.3
