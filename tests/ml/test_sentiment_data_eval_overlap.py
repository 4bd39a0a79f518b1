"""The hand-written training sentences share no near-duplicate with the evaluation-only sentences."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ml.sentiment import read_labelled_tsv
from ml.train_sentiment import default_data_files, load_labelled_tsv
from tests.ml.text_overlap import near_duplicates, word_set

REPO = Path(__file__).resolve().parents[2]
# One- and two-word reviews ("Avoid.", "Love it!") are anyone's words; longer ones must be our own.
MIN_WORDS = 3


def eval_dir() -> Path | None:
    folder = Path(os.environ.get("STOREFRONT_EVAL_DIR", REPO.parent / "shared" / "eval"))
    return folder if folder.is_dir() else None


def test_near_duplicate_search_finds_reworded_copies() -> None:
    found = near_duplicates(
        ["The battery died after two days, total junk.", "Lovely soft towels."],
        ["the battery died after two days. total junk!", "A towel."],
    )

    assert [(text, other) for text, other, _ in found] == [
        ("The battery died after two days, total junk.", "the battery died after two days. total junk!")
    ]


@pytest.mark.skipif(
    eval_dir() is None, reason="the evaluation sentences (shared/eval) are not on this machine"
)
def test_no_training_sentence_is_a_near_duplicate_of_an_evaluation_sentence() -> None:
    training = sorted({example.text for path in default_data_files() for example in load_labelled_tsv(path)})
    evaluation = [text for path in sorted(eval_dir().glob("*.tsv")) for text in read_labelled_tsv(path)[0]]

    found = near_duplicates(training, evaluation, threshold=0.7)

    assert len(training) > 8000 and len(evaluation) > 1000
    assert [pair for pair in found if len(word_set(pair[0])) >= MIN_WORDS] == []
