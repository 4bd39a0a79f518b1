"""The VADER lexicon backend answers through the same interface, honestly labelled as a lexicon."""

from __future__ import annotations

import pytest

from ml.sentiment import LABELS, LexiconSentiment, load_sentiment_model


@pytest.fixture(scope="module")
def lexicon() -> LexiconSentiment:
    classifier = load_sentiment_model("lexicon")
    assert isinstance(classifier, LexiconSentiment)
    return classifier


def test_clear_sentences_get_the_obvious_label(lexicon: LexiconSentiment) -> None:
    results = lexicon.classify(
        [
            "I love this blender, it is fantastic and works perfectly!",
            "Terrible quality, it broke immediately and I hate it.",
            "The box contains one charger.",
        ]
    )
    assert [r.label for r in results] == ["positive", "negative", "neutral"]
    assert results[0].score > 0.5
    assert results[1].score < -0.5
    assert abs(results[2].score) < 0.05


def test_results_are_well_formed_and_say_lexicon(lexicon: LexiconSentiment) -> None:
    results = lexicon.classify(["Great value.", "", "Awful, awful, awful.", "It's okay I guess"])
    for result in results:
        assert -1.0 <= result.score <= 1.0
        assert set(result.probabilities) == set(LABELS)
        assert sum(result.probabilities.values()) == pytest.approx(1.0)
        assert all(0.0 <= p <= 1.0 for p in result.probabilities.values())
        assert result.model_version.startswith("lexicon-vader-")
    # Empty text carries no sentiment at all.
    assert results[1].label == "neutral"
    assert results[1].probabilities["neutral"] == 1.0


def test_a_bare_string_is_refused(lexicon: LexiconSentiment) -> None:
    with pytest.raises(TypeError):
        lexicon.classify("Love it.")
