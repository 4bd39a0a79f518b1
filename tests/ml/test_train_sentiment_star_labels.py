"""Star ratings become weak labels the same way everywhere: >=4 positive, <=2 negative, 3 neutral."""

from __future__ import annotations

from pathlib import Path

from ml.train_sentiment import label_from_stars, load_extra_tsv


def test_star_ratings_map_to_weak_labels(tmp_path: Path) -> None:
    assert [label_from_stars(s) for s in (1, 2, 3, 4, 5)] == [
        "negative",
        "negative",
        "neutral",
        "positive",
        "positive",
    ]
    extra = tmp_path / "shop.tsv"
    extra.write_text("text\tstars\nSnapped in a week.\t1\nDoes the job.\t3\nLove it.\t5\n", encoding="utf-8")

    assert load_extra_tsv(extra) == [
        ("Snapped in a week.", "negative"),
        ("Does the job.", "neutral"),
        ("Love it.", "positive"),
    ]
