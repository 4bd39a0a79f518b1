"""Which words made a sentiment model decide as it did: occlusion, one batched pass.

``explain_prediction(classifier_or_folder, text)`` scores the text once as it is and once for each
word with that word removed, all in one ``classify`` call. A word's weight is the score of the whole
text minus the score without the word: positive weights pushed the score up (towards positive, or
towards ``target``), negative weights pulled it down.

The classifier interface relied on (what ``ml.sentiment.TransformerSentiment`` and
``LexiconSentiment`` provide)::

    classifier.classify(texts: Sequence[str], *, batch_size: int | None = None) -> list[result]

where each ``result`` has ``label: str``, ``score: float`` (for the project's models
P(positive) - P(negative), in [-1, 1]) and ``probabilities: dict[str, float]`` keyed by
negative/neutral/positive. A folder or model id is loaded through ``ml.sentiment.load_sentiment_model``
(cached per process), so pass an already loaded classifier when explaining many texts.

Occlusion is approximate: removing a word can leave ungrammatical text, and words that only work
together ("not ... good") share their effect unevenly. It costs one forward pass over n+1 short
texts, a few tens of milliseconds for a review sentence on a CPU.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Letters, digits and inner apostrophes/hyphens: "doesn't" and "well-made" are one word each;
# punctuation is never occluded on its own.
_WORD = re.compile(r"\w+(?:['’-]\w+)*")

# One pass for ordinary reviews; very long texts are split into batches of this size.
_MAX_BATCH = 64
TOP_WORDS = 3


@dataclass(frozen=True)
class WordContribution:
    """A word of the text (with its character span) and how much it moved the score."""

    word: str
    start: int
    end: int
    weight: float


@dataclass(frozen=True)
class Explanation:
    """Per-word contributions to one prediction.

    ``base_score`` is the explained score for the whole text (the classifier's ``score``, or
    P(target) when a target label was given); ``label`` the classifier's label for the text.
    ``top_words`` are up to three words that pushed hardest towards the decision: towards the sign
    of ``base_score`` when no target was given, towards ``target`` otherwise; words that pushed the
    other way are never listed there.
    """

    text: str
    target: str | None
    label: str
    base_score: float
    words: list[WordContribution]
    top_words: list[str]


def _without(text: str, start: int, end: int) -> str:
    return " ".join((text[:start] + " " + text[end:]).split())


def _score(result: Any, target: str | None) -> float:
    if target is None:
        return float(result.score)
    return float(result.probabilities[target])


def _as_classifier(classifier_or_folder: Any) -> Any:
    if isinstance(classifier_or_folder, (str, Path)):
        from ml.sentiment import load_sentiment_model

        return load_sentiment_model(str(classifier_or_folder))
    if not callable(getattr(classifier_or_folder, "classify", None)):
        raise TypeError("expected a classifier with classify(texts), a model folder or a model id")
    return classifier_or_folder


def explain_prediction(classifier_or_folder: Any, text: str, *, target: str | None = None) -> Explanation:
    """Explain one text's sentiment by removing each word in turn and re-scoring, in one batch.

    ``target`` (negative/neutral/positive) explains that label's probability instead of the
    positive-minus-negative score. Returns every word with its weight (score with the word minus
    score without it), the base score, the predicted label and the decisive words.
    """
    classifier = _as_classifier(classifier_or_folder)
    spans = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    variants = [text] + [_without(text, start, end) for _, start, end in spans]
    results = classifier.classify(variants, batch_size=min(len(variants), _MAX_BATCH))
    if target is not None and target not in results[0].probabilities:
        raise ValueError(f"unknown target {target!r}; expected one of {sorted(results[0].probabilities)}")
    base = _score(results[0], target)
    words = [
        WordContribution(word=word, start=start, end=end, weight=base - _score(result, target))
        for (word, start, end), result in zip(spans, results[1:], strict=True)
    ]
    # Without a target the decision is the score's sign; a target is always explained "towards".
    direction = 1.0 if target is not None or base >= 0 else -1.0
    supporting = sorted((w for w in words if w.weight * direction > 0), key=lambda w: -w.weight * direction)
    return Explanation(
        text=text,
        target=target,
        label=results[0].label,
        base_score=base,
        words=words,
        top_words=[w.word for w in supporting[:TOP_WORDS]],
    )
