"""Occlusion finds the word a clear review turns on, and removing it moves the score the right way."""

from __future__ import annotations

from pathlib import Path

import pytest

from ml.explain import explain_prediction
from ml.sentiment import load_sentiment_model
from ml.train_sentiment import ensure_default_model


@pytest.fixture(scope="module")
def classifier(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder: Path = ensure_default_model(tmp_path_factory.mktemp("cache"))
    return load_sentiment_model(str(folder), device="cpu")


@pytest.mark.parametrize(
    ("text", "word", "sign"),
    [
        ("The battery life on this speaker is terrible.", "terrible", -1),
        ("These headphones are excellent.", "excellent", 1),
    ],
)
def test_decisive_word_is_found(classifier, text: str, word: str, sign: int) -> None:  # type: ignore[no-untyped-def]
    explanation = explain_prediction(classifier, text)

    assert explanation.top_words[0] == word
    [decisive] = [w for w in explanation.words if w.word == word]
    assert text[decisive.start : decisive.end] == word
    # weight = score with the word - score without it: removing "terrible" raises the score
    assert decisive.weight * sign > 0.3
    assert explanation.base_score * sign > 0.5
    assert [w.word for w in explanation.words] == text.rstrip(".").split()
