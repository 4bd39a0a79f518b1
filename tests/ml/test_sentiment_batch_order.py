"""Batched classification sorts texts by length internally but returns results in input order.

Each text classified alone (no padding, no reordering) is the reference; a length-sorted batched run
must give the same numbers at the same positions, and report progress once per batch.
"""

from __future__ import annotations

import random

import pytest
import torch
from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

from ml.loading import resolve_model_spec
from ml.sentiment import TransformerSentiment

WORDS = ("the", "strap", "is", "great", "but", "battery", "dies", "fast", "and", "support", "was", "slow")


@pytest.fixture(scope="module")
def classifier(tmp_path_factory: pytest.TempPathFactory) -> TransformerSentiment:
    folder = tmp_path_factory.mktemp("tiny-sentiment")
    tokenizer = AutoTokenizer.from_pretrained(resolve_model_spec("all-minilm-l6-v2").source)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        initializer_range=0.5,
        id2label={0: "negative", 1: "neutral", 2: "positive"},
        label2id={"negative": 0, "neutral": 1, "positive": 2},
    )
    BertForSequenceClassification(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return TransformerSentiment.from_pretrained(str(folder), device="cpu", quantize=False)


def mixed_length_texts(count: int) -> list[str]:
    rng = random.Random(7)
    # Lengths from 1 word to past the 64-token limit of the tiny model, in shuffled order.
    return [" ".join(rng.choice(WORDS) for _ in range(rng.choice([1, 3, 8, 20, 90]))) for _ in range(count)]


def test_results_come_back_in_input_order(classifier: TransformerSentiment) -> None:
    texts = mixed_length_texts(23)
    alone = [classifier.classify([text])[0] for text in texts]
    batched = classifier.classify(texts, batch_size=4)

    assert len(batched) == len(texts)
    for single, together in zip(alone, batched, strict=True):
        assert together.label == single.label
        assert together.score == pytest.approx(single.score, abs=1e-4)
        for label, p in single.probabilities.items():
            assert together.probabilities[label] == pytest.approx(p, abs=1e-4)
    # The texts are not already sorted, so a passing run really exercised the reordering.
    lengths = [len(text.split()) for text in texts]
    assert lengths != sorted(lengths)


def test_progress_is_reported_after_every_batch(classifier: TransformerSentiment) -> None:
    texts = [" ".join(WORDS[: i + 1]) for i in range(10)]  # all distinct
    calls: list[tuple[int, int]] = []
    classifier.classify(texts, batch_size=4, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(4, 10), (8, 10), (10, 10)]


def test_repeated_texts_get_the_same_result_and_count_in_progress(classifier: TransformerSentiment) -> None:
    texts = ["Love it.", "Broke after a week, support never answered.", "Love it.", "Love it."]
    calls: list[tuple[int, int]] = []
    results = classifier.classify(
        texts, batch_size=1, progress=lambda done, total: calls.append((done, total))
    )
    assert results[0] == results[2] == results[3]
    assert results[1] != results[0]
    # Two distinct texts, two batches; the repeats are counted with the batch that answered them.
    assert calls == [(3, 4), (4, 4)]


def test_no_texts_give_no_results(classifier: TransformerSentiment) -> None:
    assert classifier.classify([]) == []
