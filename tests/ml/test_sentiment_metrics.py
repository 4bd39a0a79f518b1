"""score_dataset scores binary data by the sign of the score and three-way data by the label."""

from __future__ import annotations

import pytest

from ml.metrics import accuracy, confusion_matrix, macro_f1
from ml.sentiment import load_sentiment_model, score_dataset


def test_metric_functions_on_a_hand_checked_example() -> None:
    true = ["negative", "negative", "neutral", "positive", "positive", "positive"]
    pred = ["negative", "positive", "neutral", "positive", "positive", "neutral"]
    labels = ("negative", "neutral", "positive")
    assert confusion_matrix(true, pred, labels) == [[1, 0, 1], [0, 1, 0], [0, 1, 2]]
    assert accuracy(true, pred) == pytest.approx(4 / 6)
    # F1 per class: negative 2*1/(1+2) = 0.667, neutral 2*1/(2+1) = 0.667, positive 2*2/(3+3) = 0.667
    assert macro_f1(true, pred, labels) == pytest.approx(2 / 3)
    with pytest.raises(ValueError):
        confusion_matrix(["negative"], ["happy"], labels)


def test_binary_data_is_scored_by_the_sign_of_the_score() -> None:
    lexicon = load_sentiment_model("lexicon")
    texts = ["I love it, wonderful!", "Horrible, I hate it.", "The box has a charger."]
    # The neutral-sounding fact has score 0, which binary scoring counts as negative.
    report = score_dataset(lexicon, texts, ["positive", "negative", "negative"])
    assert report["binary"] is True
    assert report["labels"] == ["negative", "positive"]
    assert report["accuracy"] == 1.0
    assert report["confusion"] == [[2, 0], [0, 1]]


def test_three_way_data_is_scored_by_the_label() -> None:
    lexicon = load_sentiment_model("lexicon")
    texts = ["I love it, wonderful!", "Horrible, I hate it.", "The box has a charger.", "Great!"]
    report = score_dataset(lexicon, texts, ["positive", "negative", "neutral", "negative"])
    assert report["binary"] is False
    assert report["accuracy"] == pytest.approx(3 / 4)
    assert report["confusion"] == [[1, 0, 1], [0, 1, 0], [0, 0, 1]]
    assert report["n"] == 4 and report["reviews_per_s"] > 0
