"""Near-duplicate search between two sets of sentences (word-set Jaccard similarity), for data checks."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

WORD = re.compile(r"[a-z0-9']+")


def word_set(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(text.lower()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def near_duplicates(
    texts: Sequence[str], others: Sequence[str], threshold: float = 0.7
) -> list[tuple[str, str, float]]:
    """Return ``(text, other, similarity)`` for every pair at or above ``threshold``.

    Prefix filtering: with words ordered rarest first, two sets with Jaccard >= t must share a word
    among the first ``len - ceil(t * len) + 1`` words of each, so only those words are indexed.
    """
    sets = [word_set(t) for t in texts]
    other_sets = [word_set(t) for t in others]
    frequency = Counter(word for s in sets + other_sets for word in s)

    def prefix(words: frozenset[str]) -> list[str]:
        ordered = sorted(words, key=lambda w: (frequency[w], w))
        return ordered[: len(ordered) - math.ceil(threshold * len(ordered)) + 1]

    index: dict[str, list[int]] = defaultdict(list)
    for position, words in enumerate(other_sets):
        for word in prefix(words):
            index[word].append(position)
    found = []
    for text, words in zip(texts, sets, strict=True):
        candidates = {position for word in prefix(words) for position in index.get(word, ())}
        for position in sorted(candidates):
            similarity = jaccard(words, other_sets[position])
            if similarity >= threshold:
                found.append((text, others[position], similarity))
    return found
