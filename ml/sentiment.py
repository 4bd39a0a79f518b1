"""Review sentiment behind one interface: a VADER lexicon baseline or any Hugging Face classifier.

``load_sentiment_model(spec)`` returns an object with ``classify(texts)`` that yields one
``SentimentResult`` per text, in input order, whatever the backend:

- ``"lexicon"``: VADER rules (``LexiconSentiment``), no model weights, ~0.1 ms a sentence.
- ``"default"``: the project's trained classifier when it is available, else the lexicon with a
  logged warning (the returned ``model_version`` says which one answered).
- anything else: a Hugging Face model id or a local folder holding a sequence-classification
  model and its tokenizer (``TransformerSentiment``). Its class names are mapped onto
  negative/neutral/positive (see ``label_mapping``).

Run ``python -m ml.sentiment --model SPEC --data FILE.tsv`` to score a labelled TSV file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.metadata
import logging
import re
import sys
import threading
import time
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ml.loading import (
    ModelError,
    ModelNotFoundError,
    ResolvedModel,
    choose_device,
    choose_dtype,
    configure_cpu_threads,
    cpu_bf16_autocast,
    model_source,
    resolve_model_spec,
)
from ml.metrics import accuracy, confusion_matrix, macro_f1

logger = logging.getLogger(__name__)

LABELS = ("negative", "neutral", "positive")
NEGATIVE, NEUTRAL, POSITIVE = range(3)

# Positional embeddings beyond this are rare and attention cost is quadratic; reviews longer than
# ~400 words are judged on their first 512 tokens.
MAX_TOKENS = 512

# Padded tokens per batch when no batch size is given, and a cap on rows (see length_batches).
# On the benchmark's mixed reviews (1 thread, CPU time, fp32 and int8) budgets 2048-4096 ran as fast
# as the best fixed size (32 texts), 8192 was ~20% slower; a budget also keeps batches of 512-token
# reviews small.
CPU_TOKEN_BUDGET = 4096
CPU_MAX_ROWS = 256
# Not measured (no GPU was available): large enough to keep a GPU busy, small enough for the
# activations of a base-size encoder in bf16 to fit in a few GB.
GPU_TOKEN_BUDGET = 65536
GPU_MAX_ROWS = 1024

# VADER's own recommended cut-offs on the compound score (Hutto & Gilbert 2014, README).
VADER_THRESHOLD = 0.05

ProgressCallback = Callable[[int, int], None]


class SentimentModelError(ModelError):
    """A model was found but cannot serve as a sentiment classifier (e.g. unknown class names)."""


@dataclass(frozen=True)
class SentimentResult:
    """One text's verdict.

    ``score`` is in [-1, 1]: P(positive) - P(negative) for class-probability models, the expected
    star rating mapped linearly onto [-1, 1] for star-rating models, and VADER's compound score for
    the lexicon. ``probabilities`` covers every name in ``LABELS`` and sums to 1.
    """

    label: str
    score: float
    probabilities: dict[str, float]
    model_version: str


class SentimentClassifier(Protocol):
    """What callers (Celery tasks, the CLI, benchmarks) rely on."""

    model_version: str

    def classify(
        self,
        texts: Sequence[str],
        *,
        batch_size: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> list[SentimentResult]: ...


def _check_texts(texts: Sequence[str]) -> list[str]:
    if isinstance(texts, str):
        # A bare string is a Sequence[str] of characters; classifying each letter is never meant.
        raise TypeError("classify() takes a sequence of texts, not a single string")
    items = list(texts)
    for i, text in enumerate(items):
        if not isinstance(text, str):
            raise TypeError(f"texts[{i}] is {type(text).__name__}, expected str")
    return items


# --------------------------------------------------------------------------------------------
# Lexicon backend
# --------------------------------------------------------------------------------------------


class LexiconSentiment:
    """VADER behind the classifier interface.

    VADER has no class probabilities. ``probabilities`` are VADER's ``neg``/``neu``/``pos``
    proportions (the share of the text's sentiment-bearing weight that falls in each polarity),
    renormalised to sum to 1; they describe the text's mix, they are not calibrated confidences.
    ``label`` comes from the compound score with VADER's ±0.05 cut-offs, and ``score`` is the
    compound score itself, so label and score always agree, while the largest proportion may be
    neutral for a mildly positive text.
    """

    def __init__(self) -> None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self._analyzer = SentimentIntensityAnalyzer()
        self.model_version = f"lexicon-vader-{importlib.metadata.version('vaderSentiment')}"

    def classify(
        self,
        texts: Sequence[str],
        *,
        batch_size: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> list[SentimentResult]:
        """Score each text with VADER; ``batch_size`` only sets how often ``progress`` is called."""
        items = _check_texts(texts)
        step = batch_size or 256
        results = []
        for i, text in enumerate(items, start=1):
            results.append(self._classify_one(text))
            if progress is not None and (i % step == 0 or i == len(items)):
                progress(i, len(items))
        return results

    def _classify_one(self, text: str) -> SentimentResult:
        polarity = self._analyzer.polarity_scores(text)
        compound = float(polarity["compound"])
        if compound >= VADER_THRESHOLD:
            label = "positive"
        elif compound <= -VADER_THRESHOLD:
            label = "negative"
        else:
            label = "neutral"
        shares = {"negative": polarity["neg"], "neutral": polarity["neu"], "positive": polarity["pos"]}
        total = sum(shares.values())
        if total > 0:
            probabilities = {name: float(value) / total for name, value in shares.items()}
        else:
            # Empty or punctuation-only text: VADER returns all zeros.
            probabilities = {"negative": 0.0, "neutral": 1.0, "positive": 0.0}
        return SentimentResult(label, compound, probabilities, self.model_version)


# --------------------------------------------------------------------------------------------
# Mapping a model's classes onto ours
# --------------------------------------------------------------------------------------------

_NAMED = {
    "negative": NEGATIVE,
    "neg": NEGATIVE,
    "neutral": NEUTRAL,
    "neu": NEUTRAL,
    "mixed": NEUTRAL,
    "positive": POSITIVE,
    "pos": POSITIVE,
}
_GENERIC = re.compile(r"label_(\d+)")
_STARS = re.compile(r"([1-5])\s*stars?")


@dataclass(frozen=True)
class LabelMapping:
    """How a model's classes fold into ``LABELS``.

    ``targets[i]`` is the index in ``LABELS`` that model class ``i`` counts towards. ``stars`` is
    set for star-rating models: the star value of each model class, from which the score is the
    expected rating mapped onto [-1, 1].
    """

    targets: tuple[int, ...]
    stars: tuple[int, ...] | None = None


def label_mapping(id2label: Mapping[int, str]) -> LabelMapping:
    """Map a Hugging Face ``config.id2label`` onto negative/neutral/positive.

    Understood: names (negative/neg, neutral/neu/mixed, positive/pos, any case, so SST-2's
    NEGATIVE/POSITIVE too); generic ``LABEL_k`` names for 2 classes (negative, positive) or
    3 classes (negative, neutral, positive), the usual convention; ``"1 star"``..``"5 stars"``
    (1-2 negative, 3 neutral, 4-5 positive). Raises ``SentimentModelError`` for anything else, or
    when the model cannot tell negative from positive.
    """
    ids = sorted(int(i) for i in id2label)
    if ids != list(range(len(ids))):
        raise SentimentModelError(f"class ids must be 0..n-1, got {ids}")
    names = [str(id2label[i]).strip().lower() for i in ids]

    if all(_GENERIC.fullmatch(name) for name in names):
        if len(names) == 2:
            targets: tuple[int, ...] = (NEGATIVE, POSITIVE)
        elif len(names) == 3:
            targets = (NEGATIVE, NEUTRAL, POSITIVE)
        else:
            raise SentimentModelError(
                f"{len(names)} generic classes {names}: only 2 (negative, positive) or 3 (negative, "
                "neutral, positive) LABEL_k classes have a conventional meaning; set id2label in the "
                "model's config.json"
            )
        # LABEL_k must be class k for the convention to hold.
        if [int(_GENERIC.fullmatch(name).group(1)) for name in names] != ids:  # type: ignore[union-attr]
            raise SentimentModelError(f"generic class names out of order: {names}")
        return LabelMapping(targets)

    star_matches = [_STARS.fullmatch(name) for name in names]
    if all(star_matches):
        stars = tuple(int(m.group(1)) for m in star_matches)  # type: ignore[union-attr]
        targets = tuple(NEGATIVE if s <= 2 else NEUTRAL if s == 3 else POSITIVE for s in stars)
        if NEGATIVE not in targets or POSITIVE not in targets:
            raise SentimentModelError(f"star classes {names} do not span negative to positive")
        return LabelMapping(targets, stars)

    unknown = [name for name in names if name not in _NAMED]
    if unknown:
        raise SentimentModelError(
            f"unknown class names {unknown} in id2label {dict(zip(ids, names, strict=True))}; expected "
            "negative/neutral/positive (or neg/neu/pos, mixed), LABEL_0..LABEL_2, or '1 star'..'5 stars'"
        )
    targets = tuple(_NAMED[name] for name in names)
    if NEGATIVE not in targets or POSITIVE not in targets:
        raise SentimentModelError(f"classes {names} cannot tell negative from positive")
    return LabelMapping(targets)


# --------------------------------------------------------------------------------------------
# Transformer backend
# --------------------------------------------------------------------------------------------


def _quantize_int8(model: Any) -> Any:
    import torch

    with warnings.catch_warnings():
        # torch.ao.quantization is deprecated in favour of torchao, which is not a dependency;
        # the eager dynamic path still works in torch 2.13 and is what was measured.
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", UserWarning)
        from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

        # Per-channel weight scales changed half as many labels as per-tensor ones, for ~10% speed.
        return quantize_dynamic(model, {torch.nn.Linear: per_channel_dynamic_qconfig}, dtype=torch.qint8)


class TransformerSentiment:
    """A Hugging Face sequence-classification model behind the classifier interface.

    Identical texts are classified once. Texts are tokenised once, sorted by token length and run in
    batches of similar length (little padding), then results are put back in input order. Input
    longer than the model's limit (at most 512 tokens) is truncated.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        model_version: str,
        device: str = "cpu",
        max_length: int | None = None,
        batch_size: int | None = None,
        token_budget: int | None = None,
        cpu_bf16: bool = False,
    ) -> None:
        import torch

        self.model = model.eval()
        self.tokenizer = tokenizer
        self.model_version = model_version
        self.device = device
        self.mapping = label_mapping(model.config.id2label)
        self.max_length = max_length or _max_length(model, tokenizer)
        on_gpu = device.startswith("cuda")
        # None: batches sized by token_budget (rows x longest row), see length_batches.
        self.batch_size = batch_size
        self.token_budget = token_budget or (GPU_TOKEN_BUDGET if on_gpu else CPU_TOKEN_BUDGET)
        self.max_rows = GPU_MAX_ROWS if on_gpu else CPU_MAX_ROWS
        self.deduplicate = True
        # bf16 autocast of the forward pass on CPUs with bf16 instructions (fp32 weights).
        self.cpu_bf16 = cpu_bf16 and device == "cpu"
        # Folding matrix: model class probabilities @ fold -> probabilities over LABELS.
        fold = torch.zeros(len(self.mapping.targets), len(LABELS))
        for i, target in enumerate(self.mapping.targets):
            fold[i, target] = 1.0
        self._fold = fold
        self._stars = torch.tensor(self.mapping.stars, dtype=torch.float32) if self.mapping.stars else None

    @classmethod
    def from_pretrained(
        cls,
        spec: str,
        *,
        device: str | None = None,
        cache_dir: str | None = None,
        quantize: bool | None = None,
        name: str | None = None,
        cpu_bf16: bool | None = None,
    ) -> TransformerSentiment:
        """Load a model id or folder with its tokenizer, ready to classify.

        ``device`` defaults to CUDA (bf16) when present, else CPU (fp32). ``quantize`` (CPU only)
        applies dynamic int8 to the Linear layers: ~1.45x faster, about a point less accurate; None
        means ``DEFAULT_QUANTIZE_ON_CPU`` (off). ``cpu_bf16`` runs CPU batches under bf16 autocast;
        None means on where the CPU has bf16 instructions (see ``ml.loading.cpu_bf16_autocast``),
        never together with int8.
        Raises ``ModelNotFoundError`` when there is no such model here, ``SentimentModelError`` when
        it is not a usable sentiment classifier (untrained head, unknown class names). ``name``
        replaces the folder name or id at the front of ``model_version``.
        """
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        resolved = resolve_model_spec(spec, cache_dir)
        if resolved.gguf_file:
            raise SentimentModelError(
                f"{spec!r} is a GGUF file; sentiment needs a sequence-classification model"
            )
        chosen = choose_device(device)
        if quantize is None:
            quantize = DEFAULT_QUANTIZE_ON_CPU and chosen.type == "cpu"
        if quantize and chosen.type != "cpu":
            raise ValueError("int8 dynamic quantisation only runs on the CPU")
        if chosen.type == "cpu":
            configure_cpu_threads()
        source = model_source(resolved)
        try:
            tokenizer = AutoTokenizer.from_pretrained(source, cache_dir=cache_dir)
            model, info = AutoModelForSequenceClassification.from_pretrained(
                source,
                cache_dir=cache_dir,
                dtype=choose_dtype(None, chosen),
                output_loading_info=True,
            )
        except OSError as exc:
            raise ModelNotFoundError(
                f"Sentiment model {spec!r} could not be loaded from {source}: {exc}. Fix: give a "
                "folder with config.json, weights and tokenizer files, or a Hugging Face id that is in the "
                "local cache (nothing is downloaded when HF_HUB_OFFLINE=1)."
            ) from exc
        except (ValueError, KeyError) as exc:
            raise SentimentModelError(
                f"{spec!r} cannot be loaded as a sequence-classification model: {exc}"
            ) from exc
        parameters = {name for name, _ in model.named_parameters()}
        untrained = sorted(set(info.get("missing_keys", ())) & parameters)
        if untrained:
            # Typical for a bare encoder such as all-minilm-l6-v2: transformers would add a
            # randomly initialised head and every prediction would be noise.
            raise SentimentModelError(
                f"{spec!r} has no trained classification head (missing weights: {', '.join(untrained[:4])}); "
                "fine-tune it first (python -m ml.train_sentiment) or pick a sentiment model"
            )
        label_mapping(model.config.id2label)  # fail before moving weights around
        if tokenizer.pad_token is None and tokenizer.eos_token is not None:
            # GPT-style classifiers ship without a pad token; batching needs one, and the model
            # needs its id to find each row's last real token.
            tokenizer.pad_token = tokenizer.eos_token
            model.config.pad_token_id = tokenizer.eos_token_id
        model.to(chosen)
        if quantize:
            model = _quantize_int8(model)
        use_bf16 = chosen.type == "cpu" and not quantize and cpu_bf16_autocast(cpu_bf16)
        version = _model_version(resolved, model, name) + ("+int8" if quantize else "")
        version += "+bf16" if use_bf16 else ""
        return cls(model, tokenizer, model_version=version, device=str(chosen), cpu_bf16=use_bf16)

    def classify(
        self,
        texts: Sequence[str],
        *,
        batch_size: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> list[SentimentResult]:
        """Classify ``texts``; results are in input order, ``progress(done, total)`` after each batch.

        ``batch_size`` fixes the texts per batch; None sizes batches by the token budget, so short
        reviews go in large batches and long ones in small batches.
        """
        import torch

        items = _check_texts(texts)
        if not items:
            return []
        if batch_size is not None and batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if self.deduplicate:
            # Short reviews repeat ("Love it.", "Great product"): each distinct text runs once.
            slots: dict[str, int] = {}
            slot_of = [slots.setdefault(text, len(slots)) for text in items]
            distinct = list(slots)
        else:
            slot_of = list(range(len(items)))
            distinct = items
        copies = [0] * len(distinct)
        for slot in slot_of:
            copies[slot] += 1

        encoded = self.tokenizer(distinct, truncation=True, max_length=self.max_length)
        columns = list(encoded.keys())
        batches = length_batches(
            [len(ids) for ids in encoded["input_ids"]],
            batch_size=batch_size or self.batch_size,
            token_budget=self.token_budget,
            max_rows=self.max_rows,
        )
        probabilities = torch.empty(len(distinct), len(LABELS))
        scores = torch.empty(len(distinct))
        done = 0
        with torch.inference_mode():
            for rows in batches:
                batch = self.tokenizer.pad(
                    {column: [encoded[column][i] for i in rows] for column in columns}, return_tensors="pt"
                )
                batch = {key: value.to(self.device) for key, value in batch.items()}
                with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.cpu_bf16):
                    logits = self.model(**batch).logits.float().cpu()
                folded, batch_scores = self._fold_logits(logits)
                index = torch.tensor(rows)
                probabilities[index] = folded
                scores[index] = batch_scores
                done += sum(copies[i] for i in rows)
                if progress is not None:
                    progress(done, len(items))
        labels = probabilities.argmax(dim=1).tolist()
        unique_results = [
            SentimentResult(
                label=LABELS[label],
                score=float(score),
                probabilities=dict(zip(LABELS, (float(p) for p in row), strict=True)),
                model_version=self.model_version,
            )
            for label, score, row in zip(labels, scores.tolist(), probabilities.tolist(), strict=True)
        ]
        return [unique_results[slot] for slot in slot_of]

    def _fold_logits(self, logits: Any) -> tuple[Any, Any]:
        class_probabilities = logits.softmax(dim=-1)
        folded = class_probabilities @ self._fold
        if self._stars is not None:
            expected = class_probabilities @ self._stars
            scores = (expected - 3.0) / 2.0
        else:
            scores = folded[:, POSITIVE] - folded[:, NEGATIVE]
        return folded, scores.clamp(-1.0, 1.0)


def length_batches(
    lengths: Sequence[int], *, batch_size: int | None, token_budget: int, max_rows: int
) -> list[list[int]]:
    """Group positions ``0..len(lengths)-1`` into batches of similar length, shortest first.

    With ``batch_size`` every batch but the last has exactly that many rows. Without it a batch grows
    while rows x its longest length (the padded size the model computes on) stays within
    ``token_budget`` and it has at most ``max_rows`` rows; a single row longer than the budget still
    forms its own batch. Every position appears in exactly one batch.
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    if batch_size is not None:
        return [order[start : start + batch_size] for start in range(0, len(order), batch_size)]
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        # Ascending order: lengths[i] is the longest row the batch would hold.
        if current and ((len(current) + 1) * lengths[i] > token_budget or len(current) >= max_rows):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


_OFFSET_POSITION_MODELS = {"roberta", "xlm-roberta", "camembert", "longformer"}


def _max_length(model: Any, tokenizer: Any) -> int:
    limits = [MAX_TOKENS]
    tokenizer_limit = getattr(tokenizer, "model_max_length", None)
    # Tokenizers without a configured limit report a huge sentinel (int(1e30)).
    if isinstance(tokenizer_limit, int) and 0 < tokenizer_limit < 100_000:
        limits.append(tokenizer_limit)
    positions = getattr(model.config, "max_position_embeddings", None)
    if isinstance(positions, int) and positions > 0:
        if model.config.model_type in _OFFSET_POSITION_MODELS:
            # These number positions from padding_idx + 1, so two table rows are never used.
            positions -= (getattr(model.config, "pad_token_id", None) or 0) + 1
        limits.append(positions)
    return min(limits)


_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".gguf")
_SAMPLE_BYTES = 1 << 20


def model_fingerprint(folder: Path) -> str:
    """Return a 12-hex-digit digest of a model folder that changes when its config or weights change.

    It hashes config.json (the same weights under another id2label answer differently) and, for
    each weights file, its name, size and three 1 MiB samples (start, middle, end) rather than the
    whole file: cheap for multi-GB checkpoints, unchanged when a folder is copied (unlike mtimes),
    and any fine-tuning rewrites the sampled regions.
    """
    digest = hashlib.sha256()
    config = folder / "config.json"
    if config.is_file():
        digest.update(config.read_bytes())
    for path in sorted(folder.iterdir()):
        if not path.is_file() or not path.name.endswith(_WEIGHT_SUFFIXES):
            continue
        size = path.stat().st_size
        digest.update(f"{path.name}:{size}".encode())
        with path.open("rb") as handle:
            for offset in (0, max(0, size // 2 - _SAMPLE_BYTES // 2), max(0, size - _SAMPLE_BYTES)):
                handle.seek(offset)
                digest.update(handle.read(_SAMPLE_BYTES))
    return digest.hexdigest()[:12]


def _model_version(resolved: ResolvedModel, model: Any, name: str | None = None) -> str:
    name = name or resolved.display_name
    if resolved.is_local:
        return f"{name}@{model_fingerprint(Path(resolved.source))}"
    # Loaded from the hub without a local snapshot folder: the resolver's version plus the config.
    digest = hashlib.sha256(resolved.version.encode())
    digest.update(model.config.to_json_string().encode())
    return f"{name}@{digest.hexdigest()[:12]}"


# --------------------------------------------------------------------------------------------
# Resolution of specs, process-wide cache
# --------------------------------------------------------------------------------------------

# bf16 autocast (on by default where the CPU has AVX512-BF16 or AMX, see ml.loading.cpu_bf16_autocast)
# runs the batched path ~1.65x faster than fp32 with the same yelp accuracy (docs/benchmarks.md).
# Dynamic int8 (per-channel weights, all Linear layers) runs the batched path ~1.45x faster on this
# CPU (AVX-512 VNNI) but changes ~4% of the trained default's labels on its own held-out sentences
# (accuracy 0.891 -> 0.881; per-tensor weights: 7% changed, 0.873) and costs about a point on the
# evaluation sets (docs/benchmarks.md, section sentiment). It hurts accuracy, so it is opt-in.
# Also tried and not kept: ONNX Runtime 1.32 (plain and with its BERT fusions, fp32 and int8) was
# slower than torch here; torch.compile gained ~15% on fp32 after minutes of compiling and
# recompiles for new shapes; eager attention was no faster than SDPA.
DEFAULT_QUANTIZE_ON_CPU = False


DEFAULT_MODEL_NAME = "storefront-sentiment"

_loaded: dict[tuple[str, str, bool, str | None], SentimentClassifier] = {}
_loaded_lock = threading.Lock()


def default_model_folder(cache_dir: str | None = None) -> Path | None:
    """Return the folder of the project's trained sentiment model, or None when there is none.

    Delegates to ``ml.train_sentiment.ensure_default_model`` (the shipped model, materialised into
    ``cache_dir`` when it ships in compact form). Kept as the one place that decides what "default"
    means, so the policy is easy to change.
    """
    try:
        from ml.train_sentiment import ensure_default_model
    except ImportError:
        return None
    try:
        folder = Path(ensure_default_model(cache_dir))
    except FileNotFoundError:
        return None
    except Exception:  # any other failure still has a fallback, but deserves a trace in the log
        logger.warning("the trained default sentiment model could not be prepared", exc_info=True)
        return None
    return folder if (folder / "config.json").is_file() else None


def load_sentiment_model(
    spec: str = "default",
    *,
    device: str | None = None,
    cache_dir: str | None = None,
    quantize: bool | None = None,
) -> SentimentClassifier:
    """Return a sentiment classifier for ``spec``, loading it at most once per process.

    ``"lexicon"`` gives VADER; ``"default"`` the project's trained model, or VADER with a warning when
    it is missing; anything else a Hugging Face id or local folder. ``device`` defaults to CUDA when
    available, else CPU. ``quantize=True`` (CPU only) trades about a point of accuracy for ~1.45x
    speed with dynamic int8; the default is off. Raises
    ``ModelNotFoundError`` when the model cannot be found and ``SentimentModelError`` when its classes
    cannot be mapped to negative/neutral/positive.
    """
    # None and the value it defaults to must share one loaded copy.
    key = (
        spec.strip(),
        device or "auto",
        DEFAULT_QUANTIZE_ON_CPU if quantize is None else quantize,
        cache_dir,
    )
    with _loaded_lock:
        cached = _loaded.get(key)
        if cached is not None:
            return cached
        classifier = _load_uncached(spec.strip(), device=device, cache_dir=cache_dir, quantize=quantize)
        _loaded[key] = classifier
        return classifier


def _load_uncached(
    spec: str, *, device: str | None, cache_dir: str | None, quantize: bool | None
) -> SentimentClassifier:
    if spec == "lexicon":
        return LexiconSentiment()
    if spec == "default":
        folder = default_model_folder(cache_dir)
        if folder is None:
            lexicon = LexiconSentiment()
            logger.warning(
                "no trained default sentiment model is available; falling back to the VADER lexicon "
                "(results carry model_version %r)",
                lexicon.model_version,
            )
            return lexicon
        # The folder may be a cache copy named after its hash; the version carries the hash anyway.
        return TransformerSentiment.from_pretrained(
            str(folder), device=device, cache_dir=cache_dir, quantize=quantize, name=DEFAULT_MODEL_NAME
        )
    return TransformerSentiment.from_pretrained(spec, device=device, cache_dir=cache_dir, quantize=quantize)


# --------------------------------------------------------------------------------------------
# Scoring labelled data
# --------------------------------------------------------------------------------------------

BINARY_LABELS = ("negative", "positive")


def predicted_labels(results: Sequence[SentimentResult], *, binary: bool) -> list[str]:
    """Turn results into labels to compare with gold ones.

    For binary (negative/positive) data the prediction is positive exactly when ``score > 0``, i.e.
    P(positive) > P(negative); for three-way data it is the result's own label.
    """
    if binary:
        return ["positive" if result.score > 0 else "negative" for result in results]
    return [result.label for result in results]


def score_dataset(
    classifier: SentimentClassifier,
    texts: Sequence[str],
    labels: Sequence[str],
    *,
    batch_size: int | None = None,
) -> dict[str, Any]:
    """Classify ``texts`` and compare with gold ``labels`` (negative/neutral/positive).

    Data whose labels are only negative/positive is scored as binary (see ``predicted_labels``),
    otherwise three-way. Returns ``n``, ``binary``, ``labels`` (the classes scored), ``accuracy``,
    ``macro_f1``, ``confusion`` (rows true, columns predicted, in ``labels`` order), ``seconds`` and
    ``reviews_per_s`` (classification only), and ``model_version``.
    """
    if len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    unknown = sorted(set(labels) - set(LABELS))
    if unknown:
        raise ValueError(f"unknown gold labels {unknown}; expected some of {list(LABELS)}")
    binary = set(labels) <= set(BINARY_LABELS)
    classes = BINARY_LABELS if binary else LABELS
    started = time.perf_counter()
    results = classifier.classify(texts, batch_size=batch_size)
    seconds = time.perf_counter() - started
    predicted = predicted_labels(results, binary=binary)
    return {
        "n": len(texts),
        "binary": binary,
        "labels": list(classes),
        "accuracy": accuracy(labels, predicted),
        "macro_f1": macro_f1(labels, predicted, classes),
        "confusion": confusion_matrix(labels, predicted, classes),
        "seconds": seconds,
        "reviews_per_s": len(texts) / seconds if seconds > 0 else float("inf"),
        "model_version": classifier.model_version,
    }


def read_labelled_tsv(path: Path) -> tuple[list[str], list[str]]:
    """Read a UTF-8 TSV with a ``text<TAB>label`` header; raises ``ValueError`` on a bad header."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = [column for column in ("text", "label") if column not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(
                f"{path} has no {' or '.join(repr(c) for c in missing)} column; "
                f"the header must be text<TAB>label, found {reader.fieldnames}"
            )
        texts, labels = [], []
        for row in reader:
            texts.append(row["text"] or "")
            labels.append((row["label"] or "").strip().lower())
    return texts, labels


def format_report(report: Mapping[str, Any]) -> str:
    """Render a ``score_dataset`` report as the CLI prints it."""
    classes = report["labels"]
    width = max(len(c) for c in classes) + 2
    lines = [
        f"model: {report['model_version']}",
        f"n: {report['n']}",
        f"task: {'binary (positive when score > 0)' if report['binary'] else '3-class'}",
        f"accuracy: {report['accuracy']:.4f}",
        f"macro_f1: {report['macro_f1']:.4f}",
        "confusion (rows = true, columns = predicted):",
        " " * width + "".join(f"{c:>{width}}" for c in classes),
    ]
    for name, row in zip(classes, report["confusion"], strict=True):
        lines.append(f"{name:<{width}}" + "".join(f"{count:>{width}}" for count in row))
    lines.append(f"throughput: {report['reviews_per_s']:.1f} reviews/s ({report['seconds']:.2f} s)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: score a labelled TSV file with a sentiment model; exit 2 on bad input."""
    parser = argparse.ArgumentParser(
        prog="python -m ml.sentiment", description="Score a sentiment model on a text<TAB>label file."
    )
    parser.add_argument("--model", default="default", help="'default', 'lexicon', a model id or a folder")
    parser.add_argument("--data", required=True, type=Path, help="TSV file with header text<TAB>label")
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--device", default=None, help="cpu, cuda, cuda:1 ... (default: auto)")
    quantize = parser.add_mutually_exclusive_group()
    quantize.add_argument(
        "--quantize",
        dest="quantize",
        action="store_true",
        default=None,
        help="dynamic int8 on CPU (faster, less accurate)",
    )
    quantize.add_argument("--no-quantize", dest="quantize", action="store_false", help="fp32 (the default)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    if not args.data.is_file():
        parser.error(f"data file not found: {args.data}")
    try:
        texts, labels = read_labelled_tsv(args.data)
    except (ValueError, UnicodeDecodeError) as exc:
        parser.error(str(exc))
    if not texts:
        parser.error(f"{args.data} has no rows")
    unknown = sorted(set(labels) - set(LABELS))
    if unknown:
        parser.error(f"{args.data}: unknown labels {unknown}; use negative, neutral, positive")
    if args.batch_size is not None and args.batch_size < 1:
        parser.error("--batch-size must be at least 1")
    try:
        classifier = load_sentiment_model(args.model, device=args.device, quantize=args.quantize)
    except (ModelError, ValueError) as exc:
        parser.error(str(exc))
    report = score_dataset(classifier, texts, labels, batch_size=args.batch_size)
    print(f"data: {args.data}")
    print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
