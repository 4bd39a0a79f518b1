"""Each kind of id2label a Hugging Face classifier may carry folds correctly onto negative/neutral/positive.

The models are tiny, randomly initialised BERTs saved in tmp_path with the packaged MiniLM tokenizer,
loaded by folder exactly as a user's model would be. Expected probabilities are recomputed here from
the model's raw logits, so the test checks the folding arithmetic, not the (random) predictions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

from ml.loading import resolve_model_spec
from ml.sentiment import (
    LABELS,
    SentimentModelError,
    TransformerSentiment,
    label_mapping,
)

TEXTS = [
    "Love it.",
    "The strap broke after two days and support never answered my emails.",
    "It is a phone case.",
    "Arrived on time, fits well, and the colour is exactly as pictured; would buy again for my sister.",
]

STARS = {i: f"{i + 1} star{'s' if i else ''}" for i in range(5)}

# id2label, what each model class should count towards, and star values (None: not a star model).
CASES = {
    "names-3": ({0: "negative", 1: "neutral", 2: "positive"}, ["negative", "neutral", "positive"], None),
    "short-names": ({0: "neg", 1: "neu", 2: "pos"}, ["negative", "neutral", "positive"], None),
    "sst2": ({0: "NEGATIVE", 1: "POSITIVE"}, ["negative", "positive"], None),
    "generic-2": ({0: "LABEL_0", 1: "LABEL_1"}, ["negative", "positive"], None),
    "generic-3": ({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, ["negative", "neutral", "positive"], None),
    "stars": (STARS, ["negative", "negative", "neutral", "positive", "positive"], [1, 2, 3, 4, 5]),
    "reordered-with-mixed": (
        {0: "Positive", 1: "Negative", 2: "Mixed", 3: "Neutral"},
        ["positive", "negative", "neutral", "neutral"],
        None,
    ),
}


@pytest.fixture(scope="module")
def tokenizer_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tokenizer")
    AutoTokenizer.from_pretrained(resolve_model_spec("all-minilm-l6-v2").source).save_pretrained(folder)
    return folder


def build_classifier(folder: Path, tokenizer_folder: Path, id2label: dict[int, str]) -> Path:
    """Save a tiny random BERT classifier with ``id2label`` and a real tokenizer in ``folder``."""
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_folder)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=tokenizer.vocab_size,
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        # Large initial weights so that class probabilities differ visibly between texts.
        initializer_range=0.5,
        id2label=id2label,
        label2id={name: i for i, name in id2label.items()},
    )
    BertForSequenceClassification(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def raw_probabilities(folder: Path, texts: list[str]) -> torch.Tensor:
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = BertForSequenceClassification.from_pretrained(folder).eval()
    rows = []
    with torch.inference_mode():
        for text in texts:  # one at a time: no padding involved in the reference
            encoded = tokenizer(text, truncation=True, max_length=64, return_tensors="pt")
            rows.append(model(**encoded).logits.softmax(-1)[0])
    return torch.stack(rows)


@pytest.mark.parametrize("case", list(CASES))
def test_model_classes_fold_onto_our_labels(case: str, tmp_path: Path, tokenizer_folder: Path) -> None:
    id2label, targets, stars = CASES[case]
    folder = build_classifier(tmp_path / case, tokenizer_folder, id2label)
    classifier = TransformerSentiment.from_pretrained(str(folder), device="cpu", quantize=False)

    assert [LABELS[t] for t in classifier.mapping.targets] == targets
    results = classifier.classify(TEXTS)
    reference = raw_probabilities(folder, TEXTS)
    for result, class_probs in zip(results, reference, strict=True):
        expected = {label: 0.0 for label in LABELS}
        for target, p in zip(targets, class_probs.tolist(), strict=True):
            expected[target] += p
        for label in LABELS:
            assert result.probabilities[label] == pytest.approx(expected[label], abs=1e-5)
        assert sum(result.probabilities.values()) == pytest.approx(1.0, abs=1e-6)
        assert result.label == max(LABELS, key=lambda name: result.probabilities[name])
        if stars is None:
            assert result.score == pytest.approx(expected["positive"] - expected["negative"], abs=1e-5)
        else:
            expected_stars = sum(s * p for s, p in zip(stars, class_probs.tolist(), strict=True))
            assert result.score == pytest.approx((expected_stars - 3) / 2, abs=1e-5)
        assert -1.0 <= result.score <= 1.0
        assert result.model_version.startswith(f"{case}@")
    if "neutral" not in targets:
        assert all(result.probabilities["neutral"] == 0.0 for result in results)


@pytest.mark.parametrize(
    "id2label",
    [
        {0: "joy", 1: "anger"},
        {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2", 3: "LABEL_3", 4: "LABEL_4"},
        {0: "neutral", 1: "positive"},
        {0: "4 stars", 1: "5 stars"},
    ],
)
def test_unusable_class_names_are_refused_with_the_names_in_the_message(id2label: dict[int, str]) -> None:
    with pytest.raises(SentimentModelError) as error:
        label_mapping(id2label)
    assert any(name.lower() in str(error.value) for name in id2label.values())


def test_loading_a_model_with_unknown_classes_fails_before_classifying(
    tmp_path: Path, tokenizer_folder: Path
) -> None:
    folder = build_classifier(tmp_path / "emotions", tokenizer_folder, {0: "joy", 1: "anger", 2: "fear"})
    with pytest.raises(SentimentModelError, match="joy"):
        TransformerSentiment.from_pretrained(str(folder), device="cpu", quantize=False)
