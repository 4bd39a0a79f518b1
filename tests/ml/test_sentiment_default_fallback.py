"""Without a trained default model, "default" falls back to the lexicon, says so, and labels its results."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from ml import sentiment


def test_default_without_trained_model_is_the_lexicon_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    monkeypatch.setattr(sentiment, "default_model_folder", lambda cache_dir=None: None)
    # A cache_dir no other test uses keeps the process-wide model cache from answering.
    with caplog.at_level(logging.WARNING, logger="ml.sentiment"):
        classifier = sentiment.load_sentiment_model("default", cache_dir=str(tmp_path))

    assert isinstance(classifier, sentiment.LexiconSentiment)
    assert "lexicon" in caplog.text
    assert classifier.classify(["Love it."])[0].model_version.startswith("lexicon-vader-")
