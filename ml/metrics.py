"""Classification metrics as plain functions, so training, the CLI and benchmarks agree on them."""

from __future__ import annotations

from collections.abc import Sequence


def confusion_matrix(true: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> list[list[int]]:
    """Count pairs: row = true label, column = predicted label, both in the order of ``labels``.

    A pair whose true or predicted label is not in ``labels`` raises ``ValueError`` rather than
    being dropped, because a silently shrunk matrix would overstate accuracy.
    """
    if len(true) != len(pred):
        raise ValueError(f"{len(true)} true labels but {len(pred)} predictions")
    index = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for t, p in zip(true, pred, strict=True):
        if t not in index or p not in index:
            raise ValueError(f"label outside {list(labels)}: true={t!r} predicted={p!r}")
        matrix[index[t]][index[p]] += 1
    return matrix


def accuracy(true: Sequence[str], pred: Sequence[str]) -> float:
    """Share of positions where prediction equals truth; 0.0 for empty input."""
    if len(true) != len(pred):
        raise ValueError(f"{len(true)} true labels but {len(pred)} predictions")
    if not true:
        return 0.0
    return sum(t == p for t, p in zip(true, pred, strict=True)) / len(true)


def macro_f1(true: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> float:
    """Unweighted mean of per-class F1 over ``labels``.

    A class with no true and no predicted examples has undefined F1 and counts as 0.0 (the
    scikit-learn convention with ``zero_division=0``), so a model is not rewarded for a class
    that the data never exercises: pass only the classes the data set is about.
    """
    matrix = confusion_matrix(true, pred, labels)
    f1s = []
    for i in range(len(labels)):
        tp = matrix[i][i]
        predicted = sum(row[i] for row in matrix)
        actual = sum(matrix[i])
        denominator = predicted + actual
        f1s.append(2 * tp / denominator if denominator else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0
