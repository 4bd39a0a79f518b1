"""A model soup averages weights, keeps only ingredients that help on held-out data, and loads like any model."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from ml.model_soup import average_states, greedy_soup, holdout_sentences, make_soup
from ml.sentiment import load_sentiment_model
from ml.train_sentiment import LABELS, train
from tests.ml.training import tiny_config


def test_average_states_is_the_element_wise_mean() -> None:
    a = {"w": torch.tensor([1.0, 2.0]), "b": torch.tensor([0.0])}
    b = {"w": torch.tensor([3.0, 6.0]), "b": torch.tensor([1.0])}

    mean = average_states([a, b])

    assert torch.equal(mean["w"], torch.tensor([2.0, 4.0]))
    assert torch.equal(mean["b"], torch.tensor([0.5]))


def test_average_states_refuses_different_architectures() -> None:
    with pytest.raises(ValueError, match="different names"):
        average_states([{"w": torch.zeros(1)}, {"v": torch.zeros(1)}])


def test_greedy_soup_keeps_an_ingredient_only_when_the_score_holds() -> None:
    # The judge prefers weights close to 1.0: "near" (0.9) is best alone; averaging in "far" (3.0)
    # moves the soup away from 1.0, averaging in "over" (1.1) brings it to exactly 1.0.
    ingredients = {
        "near": {"w": torch.tensor([0.9])},
        "far": {"w": torch.tensor([3.0])},
        "over": {"w": torch.tensor([1.1])},
    }

    def judge(state: dict[str, torch.Tensor]) -> float:
        return -abs(float(state["w"][0]) - 1.0)

    alone, steps, chosen = greedy_soup(ingredients, judge)

    assert alone["near"] == pytest.approx(-0.1)
    assert [step.ingredient for step in steps] == ["near", "over", "far"]
    assert [step.kept for step in steps] == [True, True, False]
    assert chosen == ["near", "over"]


def test_make_soup_writes_a_loadable_model_with_its_card(tmp_path: Path) -> None:
    folders = []
    for seed in (1, 2):
        config = tiny_config(tmp_path / f"run-{seed}", seed=seed)
        folders.append(train(config).output_dir)

    report = make_soup(folders, tmp_path / "soup", holdout=holdout_sentences()[:40], max_length=32)

    assert report.chosen[0] in {"run-1", "run-2"}
    assert report.holdout.n == 40
    assert report.holdout.macro_f1 >= max(report.ingredients.values())
    card = (tmp_path / "soup" / "MODEL_CARD.md").read_text()
    assert "run-1" in card and "run-2" in card and "1 epochs" in card
    classifier = load_sentiment_model(str(tmp_path / "soup"), device="cpu", quantize=False)
    [result] = classifier.classify(["The zip broke on the first trip."])
    assert result.label in LABELS
