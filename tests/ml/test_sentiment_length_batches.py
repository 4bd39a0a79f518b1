"""Without a batch size, texts are grouped by length so that padded batches stay within a token budget."""

from __future__ import annotations

import random

from ml.sentiment import length_batches


def test_token_budget_batches_cover_every_text_once_and_respect_the_budget() -> None:
    rng = random.Random(3)
    lengths = [rng.choice([4, 9, 30, 120, 512]) for _ in range(500)]
    batches = length_batches(lengths, batch_size=None, token_budget=2048, max_rows=64)

    assert sorted(i for batch in batches for i in batch) == list(range(len(lengths)))
    for batch in batches:
        padded = len(batch) * max(lengths[i] for i in batch)
        assert padded <= 2048 or len(batch) == 1
        assert len(batch) <= 64
    # Shortest first, and short texts share big batches while long ones get small ones.
    flat = [lengths[i] for batch in batches for i in batch]
    assert flat == sorted(flat)
    assert len(batches[0]) == 64
    assert max(len(batch) for batch in batches if lengths[batch[0]] == 512) == 4


def test_a_text_longer_than_the_budget_gets_a_batch_of_its_own() -> None:
    assert length_batches([600, 3, 3], batch_size=None, token_budget=512, max_rows=8) == [[1, 2], [0]]


def test_a_fixed_batch_size_is_honoured() -> None:
    batches = length_batches([5, 1, 4, 2, 3], batch_size=2, token_budget=1, max_rows=1)
    assert batches == [[1, 3], [4, 2], [0]]
