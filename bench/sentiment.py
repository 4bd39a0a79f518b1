"""Benchmark: review sentiment one text at a time through a transformers pipeline vs ml.sentiment's batches.

    python -m bench.sentiment [--model SPEC] [--device D] [--batch-size N] [--quick] [--variants]
                              [--eval-data FILE.tsv] [--no-write]

Both paths run the same weights on the same 2,000 generated reviews of mixed length (from "Love it."
to multi-sentence paragraphs, built reproducibly from the fragments below):

(a) ``transformers.pipeline("text-classification")`` called once per review, the way a first
    version of a Celery task would do it;
(b) ``TransformerSentiment.classify`` on all of them, as ``load_sentiment_model`` configures it by
    default: each distinct text once, length-sorted batches sized by a token budget,
    ``inference_mode``, and on CPUs with bf16 instructions (AVX512-BF16, AMX) bf16 autocast.

The model is the project's trained default when it exists; otherwise the packaged MiniLM encoder with a
randomly initialised 3-class head, which is fine for speed (same architecture and shapes) but not for
accuracy, and the output says so. ``--quick`` times the loop on 300 reviews (a random sample, so the
length mix is the same) and extrapolates its rate; the batched path always classifies all 2,000.
``--variants`` also times what else was tried, one change at a time (arrival order vs length-sorted,
fixed batch vs token budget, fp32 vs int8 vs bf16 autocast, each distinct text once, optionally torch.compile) and, with
``--eval-data``, scores each on a labelled file when the model is a trained one.

Every rate is given per wall-clock second and per CPU-second of this process (``time.process_time``,
all threads), with the load average at start and end: on a shared machine other jobs stretch wall
time, and the CPU-time rate is the steadier figure. ``STOREFRONT_TORCH_THREADS`` sets torch's
threads, as in the workers. A full run writes its
results into docs/benchmarks.md (section ``sentiment``; ``--quick`` only with ``--write``); the last
line printed is ``ratio N.NN``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a file (python bench/sentiment.py): make the project importable.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import _common
from ml.loading import THREADS_ENV, cpu_bf16_autocast, resolve_model_spec
from ml.sentiment import (
    DEFAULT_MODEL_NAME,
    DEFAULT_QUANTIZE_ON_CPU,
    TransformerSentiment,
    default_model_folder,
    read_labelled_tsv,
    score_dataset,
)

SECTION = "sentiment"
REVIEW_COUNT = 2000
QUICK_LOOP_COUNT = 300
SEED = 20261129

PRODUCTS = [
    "blender",
    "backpack",
    "phone case",
    "desk lamp",
    "kettle",
    "pair of running shoes",
    "pair of headphones",
    "air fryer",
    "yoga mat",
    "water bottle",
    "office chair",
    "electric toothbrush",
]
SHORT = [
    "Love it.",
    "Works great.",
    "Meh.",
    "Broke in a week.",
    "Five stars!",
    "Not worth it.",
    "Does the job.",
    "Perfect fit.",
    "Returned it.",
    "Fine for the price.",
    "Arrived on time.",
    "Would not buy again.",
    "Exactly as described.",
    "Cheap plastic.",
    "My kids love it!",
]
OPENERS = [
    "I bought this {product} for my daughter's birthday.",
    "Ordered the {product} after reading a lot of reviews.",
    "This is my second {product} from this brand.",
    "I was skeptical about buying a {product} online.",
    "Been using this {product} daily for about three weeks now.",
    "We needed a new {product} after the old one died.",
    "Got this {product} on sale last month.",
    "I replaced a much more expensive {product} with this one.",
]
POSITIVE = [
    "It feels solid and well made, much better than I expected for the price.",
    "Setup took two minutes and it has worked perfectly ever since.",
    "The quality is excellent and it looks even nicer in person.",
    "Honestly you forget it's there, which is exactly what I wanted.",
    "Customer service answered within an hour and sorted out my question.",
    "Battery life easily lasts the whole week.",
    "It couldn't have been simpler to clean.",
    "My partner liked it so much that we ordered a second one.",
]
NEGATIVE = [
    "The zipper snapped after a few days of normal use.",
    "It stopped charging after two weeks and support never replied.",
    "For this price I expected far better materials.",
    "The instructions were useless and one screw was missing.",
    "It is much louder than the listing suggests.",
    "The colour looks nothing like the photos.",
    "Save your money; my old five dollar one works better.",
    "It doesn't last, and the replacement had the same problem.",
]
NEUTRAL = [
    "It comes in a cardboard box with a short manual.",
    "The {product} is about the size of a shoebox.",
    "Delivery took five days.",
    "It is available in three colours; I picked the grey one.",
    "I mostly use it in the mornings.",
    "It needs two AA batteries, which are not included.",
]
CLOSERS = [
    "Overall, highly recommended.",
    "All in all, I'm returning it.",
    "Would buy again.",
    "Three stars, it is okay for now.",
    "Hard to say if it's worth it yet, I'll update this review.",
    "Last time buying from this seller.",
    "Great value if you can get it on sale.",
]


def generate_reviews(count: int = REVIEW_COUNT, seed: int = SEED) -> list[str]:
    """Return ``count`` reproducible reviews: ~20% one-liners, ~35% 2-3 sentences, ~30% 4-7, ~15% 10-14."""
    rng = random.Random(seed)
    reviews = []
    for _ in range(count):
        product = rng.choice(PRODUCTS)
        kind = rng.random()
        if kind < 0.20:
            reviews.append(rng.choice(SHORT))
            continue
        sentences = (
            2 + rng.randint(0, 1)
            if kind < 0.55
            else rng.randint(4, 7)
            if kind < 0.85
            else rng.randint(10, 14)
        )
        tone = rng.random()
        opinions = POSITIVE if tone < 0.45 else NEGATIVE if tone < 0.85 else POSITIVE + NEGATIVE
        body = rng.sample(opinions + NEUTRAL, k=min(sentences - 2, len(opinions) + len(NEUTRAL)))
        parts = [rng.choice(OPENERS), *body, rng.choice(CLOSERS)]
        reviews.append(" ".join(part.format(product=product) for part in parts))
    return reviews


# ------------------------------------------------------------------------------------- models


def bench_model_folder(spec: str | None, scratch: Path) -> tuple[str, str | None, bool]:
    """Return (model folder or id, display name, whether it is trained).

    Without a spec: the project default, else a MiniLM with a random head built in ``scratch``.
    """
    if spec:
        return spec, None, True
    folder = default_model_folder()
    if folder is not None:
        return str(folder), DEFAULT_MODEL_NAME, True
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    encoder = resolve_model_spec("all-minilm-l6-v2").source
    torch.manual_seed(0)
    labels = {0: "negative", 1: "neutral", 2: "positive"}
    model = AutoModelForSequenceClassification.from_pretrained(
        encoder, id2label=labels, label2id={v: k for k, v in labels.items()}
    )
    target = scratch / "minilm-random-head"
    model.save_pretrained(target)
    AutoTokenizer.from_pretrained(encoder).save_pretrained(target)
    return str(target), None, False


@dataclass(frozen=True)
class Rate:
    """How long classifying ``texts`` reviews took, in wall-clock and in this process's CPU seconds."""

    texts: int
    wall_s: float
    cpu_s: float

    @property
    def per_s(self) -> float:
        return self.texts / self.wall_s

    @property
    def per_cpu_s(self) -> float:
        return self.texts / self.cpu_s


def measure(run: Callable[[], object], texts: int) -> Rate:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return Rate(texts, time.perf_counter() - wall, time.process_time() - cpu)


def pipeline_rate(folder: str, device: str, texts: Sequence[str]) -> Rate:
    """Time a text-classification pipeline called once per review (fp32 weights, bf16 on CUDA)."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline

    tokenizer = AutoTokenizer.from_pretrained(folder)
    dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
    model = AutoModelForSequenceClassification.from_pretrained(folder, dtype=dtype)
    classify = pipeline("text-classification", model=model, tokenizer=tokenizer, device=device)
    for text in texts[:3]:
        classify(text, truncation=True)

    def loop() -> None:
        for text in texts:
            classify(text, truncation=True)

    return measure(loop, len(texts))


@dataclass
class Variant:
    name: str
    rate: Rate
    accuracy: float | None = None


def timed(classify: Callable[[Sequence[str]], Any], texts: Sequence[str]) -> Rate:
    classify(texts[:32])  # warm-up: allocator, oneDNN kernels
    return measure(lambda: classify(texts), len(texts))


def unsorted_batches(classifier: TransformerSentiment, batch_size: int) -> Callable[[Sequence[str]], Any]:
    # Chunks in arrival order, each one batch: padding to the longest text of each chunk, as a plain
    # DataLoader-style loop would do.
    def classify(texts: Sequence[str]) -> list[Any]:
        out = []
        for start in range(0, len(texts), batch_size):
            out += classifier.classify(texts[start : start + batch_size], batch_size=batch_size)
        return out

    return classify


@dataclass(frozen=True)
class VariantConfig:
    name: str
    quantize: bool
    length_sorted: bool = True
    batch_size: int | None = None  # None: the classifier's token budget
    deduplicate: bool = False
    compiled: bool = False
    # False: fp32 forward passes; None: the loader's default (bf16 autocast where the CPU has bf16)
    cpu_bf16: bool | None = False


def variant_configs(device: str, batch_size: int, try_compile: bool) -> list[VariantConfig]:
    """What was tried, one change at a time, from plain batching to the default configuration."""
    configs = [
        VariantConfig(
            f"batch {batch_size}, fp32, arrival order", False, length_sorted=False, batch_size=batch_size
        ),
        VariantConfig(f"batch {batch_size}, fp32, length-sorted", False, batch_size=batch_size),
        VariantConfig("token budget, fp32, length-sorted", False),
    ]
    if device == "cpu":
        configs.append(VariantConfig("token budget, int8 dynamic (per-channel), length-sorted", True))
        configs.append(VariantConfig("token budget, bf16 autocast, length-sorted", False, cpu_bf16=True))
    if try_compile:
        configs.append(
            VariantConfig("token budget, fp32, length-sorted, torch.compile", False, compiled=True)
        )
    quantize = DEFAULT_QUANTIZE_ON_CPU and device == "cpu"
    bf16 = device == "cpu" and not quantize and cpu_bf16_autocast()
    configs.append(
        VariantConfig(
            "default: token budget, length-sorted, repeated texts once"
            + (", int8 dynamic" if quantize else "")
            + (", bf16 autocast" if bf16 else ""),
            quantize,
            deduplicate=True,
            cpu_bf16=None,
        )
    )
    return configs


def run_variants(
    folder: str,
    device: str,
    configs: Sequence[VariantConfig],
    texts: Sequence[str],
    eval_data: tuple[list[str], list[str]] | None,
) -> list[Variant]:
    """Time each configuration on ``texts`` and, given labelled data, score it there."""
    import torch

    variants = []
    for config in configs:
        classifier = TransformerSentiment.from_pretrained(
            folder, device=device, quantize=config.quantize, cpu_bf16=config.cpu_bf16
        )
        classifier.deduplicate = config.deduplicate
        if config.compiled:
            classifier.model = torch.compile(classifier.model, dynamic=True)
        if config.length_sorted:

            def classify(
                items: Sequence[str], c: TransformerSentiment = classifier, n: int | None = config.batch_size
            ) -> Any:
                return c.classify(items, batch_size=n)

        else:
            classify = unsorted_batches(classifier, config.batch_size or 32)
        rate = timed(classify, texts)
        accuracy: float | None = None
        if eval_data is not None:
            accuracy = score_dataset(classifier, *eval_data, batch_size=config.batch_size)["accuracy"]
        variants.append(Variant(config.name, rate, accuracy))
        print(
            f"  {config.name}: {rate.per_s:.1f} reviews/s, {rate.per_cpu_s:.1f} per CPU-s"
            + (f", accuracy {accuracy:.3f}" if accuracy is not None else "")
        )
    return variants


# ------------------------------------------------------------------------------------- report


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark, print rates and ``ratio N.NN`` last, and record the results in docs."""
    parser = argparse.ArgumentParser(prog="python -m bench.sentiment", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--model", help="model id or folder (default: project default, else random-head MiniLM)"
    )
    parser.add_argument("--device", default=None, help="cpu or cuda (default: cuda when available)")
    parser.add_argument(
        "--batch-size", type=int, default=None, help="texts per batch (default: token budget)"
    )
    parser.add_argument(
        "--quick", action="store_true", help=f"time the loop on {QUICK_LOOP_COUNT} reviews only"
    )
    parser.add_argument("--variants", action="store_true", help="also time the alternatives that were tried")
    parser.add_argument("--compile", action="store_true", help="with --variants: include torch.compile")
    parser.add_argument(
        "--threads", type=int, help=f"torch CPU threads for both paths (default: ${THREADS_ENV} or all cores)"
    )
    parser.add_argument(
        "--eval-data", type=Path, help="labelled TSV to score each variant on (trained models)"
    )
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--write", action="store_true", help="with --quick: update docs/benchmarks.md anyway")
    args = parser.parse_args(argv)

    if args.threads:
        # Read by ml.loading.configure_cpu_threads on the first model load, as in the workers.
        os.environ[THREADS_ENV] = str(args.threads)
    import torch
    import transformers

    transformers.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    device = args.device or ("cuda" if torch.cuda.is_available() else "cpu")
    texts = generate_reviews()
    loop_texts = random.Random(SEED).sample(texts, QUICK_LOOP_COUNT) if args.quick else texts
    load_start = os.getloadavg()[0]

    with tempfile.TemporaryDirectory(prefix="bench-sentiment-") as scratch:
        folder, name, trained = bench_model_folder(args.model, Path(scratch))
        batched = TransformerSentiment.from_pretrained(folder, device=device, name=name)
        batching = f"batch {args.batch_size}" if args.batch_size else f"token budget {batched.token_budget}"
        batching += ", length-sorted" + (", dynamic int8" if batched.model_version.endswith("+int8") else "")
        batching += ", bf16 autocast" if batched.cpu_bf16 else ""
        lengths = [len(ids) for ids in batched.tokenizer(texts, truncation=True)["input_ids"]]
        print(f"model: {batched.model_version}" + ("" if trained else " (random 3-class head: speed only)"))
        print(_common.machine_line(device))
        print(
            f"reviews: {len(texts)} ({len(set(texts))} distinct), tokens per review min {min(lengths)} / median "
            f"{sorted(lengths)[len(lengths) // 2]} / max {max(lengths)}"
        )

        loop = pipeline_rate(folder, device, loop_texts)
        loop_note = (
            f"{loop.texts} of {len(texts)} reviews timed; all {len(texts)} extrapolated: "
            f"{len(texts) / loop.per_s:.0f} s"
            if args.quick
            else f"all {len(texts)} reviews: {loop.wall_s:.0f} s"
        )
        print(
            f"(a) pipeline, one review per call: {loop.per_s:.1f} reviews/s, "
            f"{loop.per_cpu_s:.1f} per CPU-s ({loop_note})"
        )
        fast = timed(lambda items: batched.classify(items, batch_size=args.batch_size), texts)
        print(
            f"(b) ml.sentiment batched ({batching}): {fast.per_s:.1f} reviews/s, "
            f"{fast.per_cpu_s:.1f} per CPU-s (all {len(texts)} reviews: {fast.wall_s:.1f} s)"
        )

        variants: list[Variant] = []
        if args.variants:
            print("variants:")
            eval_data = read_labelled_tsv(args.eval_data) if args.eval_data and trained else None
            variant_texts = loop_texts if args.quick else texts
            configs = variant_configs(device, args.batch_size or 32, args.compile)
            variants = run_variants(folder, device, configs, variant_texts, eval_data)

    load = (load_start, os.getloadavg()[0])
    ratio = fast.per_s / loop.per_s
    print(
        f"load average {load[0]:.1f} at start, {load[1]:.1f} at end; "
        f"ratio per CPU-second {fast.per_cpu_s / loop.per_cpu_s:.2f}"
    )
    if not args.no_write and (args.write or not args.quick):
        markdown = render_markdown(
            model=batched.model_version,
            trained=trained,
            device=device,
            quick=args.quick,
            loop=loop,
            loop_note=loop_note,
            fast=fast,
            batching=batching,
            variants=variants,
            eval_name=args.eval_data.name if args.eval_data and trained else None,
            lengths=lengths,
            distinct=len(set(texts)),
            load=load,
        )
        print(f"results written to {_common.write_section(SECTION, markdown)}")
    print(f"ratio {ratio:.2f}")
    return 0


def render_markdown(
    *,
    model: str,
    trained: bool,
    device: str,
    quick: bool,
    loop: Rate,
    loop_note: str,
    fast: Rate,
    batching: str,
    variants: Sequence[Variant],
    eval_name: str | None,
    lengths: Sequence[int],
    distinct: int,
    load: tuple[float, float],
) -> str:
    """The docs section: what ran where, both rates, the ratio, and the variants table."""
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    # Only file names: the docs must not carry this machine's folders.
    flags = "".join(f" {Path(arg).name if os.sep in arg else arg}" for arg in sys.argv[1:])
    lines = [
        "## Review sentiment: per-review pipeline vs batched",
        "",
        f"`python -m bench.sentiment{flags}` on {when}. {_common.machine_line(device)}.",
        (
            f"Load average (1 min) {load[0]:.1f} at start, {load[1]:.1f} at end: other jobs shared the machine "
            "when this is above the core count, which stretches wall-clock times; CPU-second rates are steadier."
        ),
        "",
        f"Model `{model}`"
        + ("." if trained else ": packaged MiniLM with a random 3-class head (speed only)."),
        (
            f"{len(lengths)} generated reviews of mixed length ({distinct} distinct; tokens per review median "
            f"{sorted(lengths)[len(lengths) // 2]}, max {max(lengths)})."
        ),
        "",
        "| path | reviews/s | reviews per CPU-s | notes |",
        "|---|---|---|---|",
        (
            f'| (a) `pipeline("text-classification")`, one call per review | {loop.per_s:.1f} | '
            f"{loop.per_cpu_s:.1f} | {loop_note} |"
        ),
        f"| (b) `ml.sentiment` batched | {fast.per_s:.1f} | {fast.per_cpu_s:.1f} | {batching} |",
        "",
        (
            f"**Ratio (b)/(a): {fast.per_s / loop.per_s:.2f}x** wall-clock, "
            f"{fast.per_cpu_s / loop.per_cpu_s:.2f}x per CPU-second."
        ),
    ]
    if device == "cpu":
        lines += [
            "",
            (
                "On a CPU one review's forward pass already keeps the core busy: the pipeline loses only call "
                "overhead and per-review dispatch, so batching can win back little more than that; large "
                "batching gains need a GPU, which one review at a time leaves mostly idle. With 2 torch "
                "threads on a busy machine the per-review loop degrades far more than batches do (each "
                "small operation waits for both threads), which inflates the ratio; `--threads 1` compares "
                "the two paths on equal terms."
            ),
        ]
    if variants:
        accuracy_header = f"accuracy on {eval_name}" if eval_name else "accuracy"
        lines += [
            "",
            "What was tried for the batched path (same texts as the loop):",
            "",
            f"| variant | reviews/s | reviews per CPU-s | {accuracy_header} |",
            "|---|---|---|---|",
        ]
        for variant in variants:
            accuracy = f"{variant.accuracy:.3f}" if variant.accuracy is not None else "n/a (untrained head)"
            lines.append(
                f"| {variant.name} | {variant.rate.per_s:.1f} | {variant.rate.per_cpu_s:.1f} | {accuracy} |"
            )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
