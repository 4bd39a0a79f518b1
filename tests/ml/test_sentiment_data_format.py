"""Every hand-written training file is well-formed and no sentence carries two labels."""

from __future__ import annotations

from collections import defaultdict

from ml.train_sentiment import LABEL_TO_ID, _normalise, default_data_files

HEADER = ["text", "label", "category", "phenomenon"]


def test_every_row_has_text_a_known_label_a_category_and_a_phenomenon() -> None:
    problems = []
    for path in default_data_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].split("\t") == HEADER, path.name
        for number, line in enumerate(lines[1:], start=2):
            columns = line.split("\t")
            if len(columns) != 4 or not columns[0].strip() or columns[1] not in LABEL_TO_ID or not columns[2]:
                problems.append(f"{path.name}:{number}: {line!r}")

    assert len(default_data_files()) >= 6
    assert problems == []


def test_no_sentence_is_labelled_two_ways() -> None:
    labels: dict[str, set[str]] = defaultdict(set)
    for path in default_data_files():
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            text, label, *_ = line.split("\t")
            labels[_normalise(text)].add(label)

    assert {text: found for text, found in labels.items() if len(found) > 1} == {}
