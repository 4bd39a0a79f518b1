"""Benchmark: product descriptions one ``model.generate`` call per product vs ml.generation's batches.

    python bench/generation.py [--model SPEC] [--device D] [--dtype T] [--batch-sizes 1,4,8,16,32]
                               [--max-new-tokens N] [--quick] [--no-write]

Both paths use the same loaded weights, the same 8 product fact sheets (below), the same chat prompt
and greedy decoding of up to 64 new tokens:

(a) the transformers example's way: for each product, ``apply_chat_template`` then
    ``model.generate(input_ids, ...)`` on that one prompt;
(b) ``load_generator(...).generate(requests)``: one left-padded batch for all 8 (the default
    batch size is larger than 8).

Throughput counts the tokens each product really got (up to and including its end token, padding
excluded), divided by wall time. A batch size curve follows: for each size, that many requests
(the 8 products repeated) in one batch, with tokens/s and the process's peak resident memory (and
peak CUDA memory on a GPU). The last line printed is ``ratio N.NN`` (batched tok/s / loop tok/s).

Full mode writes its results into docs/benchmarks.md (section ``generation``, or
``generation-cuda`` for a GPU run). ``--quick`` (24 new
tokens, batch sizes 1 and 8) is a smoke run that takes under a minute on 2 cores once the model is
converted; it writes nothing unless ``--write`` is given. The first run on a machine also converts
the GGUF default into the model cache (~25-45 s, not counted).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a file (python bench/generation.py): make the project importable.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import _common
from ml.generation import (
    GenerationParams,
    GenerationRequest,
    TransformersGenerator,
    load_generator,
)
from ml.loading import get_causal_lm

SECTION = "generation"
SYSTEM_PROMPT = (
    "You are a copywriter for an online shop. Write a short, factual product description from the "
    "fact sheet. Use only the facts given; do not invent materials, sizes or claims."
)

PRODUCTS = [
    (
        "Name: Trailhead 28 daypack\nCategory: backpacks\nVolume: 28 litres\nMaterial: recycled polyester, "
        "PU coated\nWeight: 820 g\nFeatures: padded 15-inch laptop sleeve, hip belt with two zip pockets, "
        "side bottle pockets, rain cover in base pocket\nColours: moss green, slate grey\nPrice: 89 EUR"
    ),
    (
        "Name: Aurora smart desk lamp\nCategory: lighting\nLight: 5 colour temperatures from 2700 K to 6500 K, "
        "stepless dimming\nPower: 12 W LED, USB-C charging port in the base\nControl: touch panel, app\n"
        "Arm: adjustable aluminium, 45 cm reach\nPrice: 59 EUR"
    ),
    (
        "Name: Kettle Pro 1.7\nCategory: kitchen appliances\nCapacity: 1.7 litres\nBody: brushed stainless "
        "steel, BPA-free lid\nPower: 2200 W\nFeatures: 4 temperature presets (70, 80, 90, 100 C), keep-warm "
        "for 30 minutes, boil-dry protection\nPrice: 49 EUR"
    ),
    (
        "Name: StrideLite running shoe\nCategory: footwear\nUpper: engineered knit mesh\nMidsole: nitrogen-"
        "infused foam, 8 mm drop\nWeight: 245 g (size 42)\nOutsole: rubber with 4 mm lugs\nSizes: 36-47\n"
        "Price: 120 EUR"
    ),
    (
        "Name: PureBlend 600 blender\nCategory: kitchen appliances\nMotor: 600 W\nJar: 1.5 litre Tritan, "
        "dishwasher safe\nBlades: 6 stainless steel blades\nSettings: 3 speeds plus pulse, ice crush\n"
        "Warranty: 2 years\nPrice: 69 EUR"
    ),
    (
        "Name: Harbor linen shirt\nCategory: menswear\nFabric: 100% European linen, garment washed\nFit: "
        "relaxed\nDetails: mother-of-pearl buttons, chest pocket, curved hem\nColours: white, sand, navy\n"
        "Care: machine wash at 30 C\nPrice: 75 EUR"
    ),
    (
        "Name: Nimbus noise-cancelling earbuds\nCategory: audio\nBattery: 8 hours, 32 hours with the case\n"
        "Noise cancelling: adaptive, 3 modes\nWater resistance: IPX4\nConnectivity: Bluetooth 5.3, "
        "multipoint\nCharging: USB-C and Qi wireless\nPrice: 129 EUR"
    ),
    (
        "Name: Terra cast-iron skillet\nCategory: cookware\nDiameter: 26 cm\nWeight: 2.4 kg\nFinish: "
        "pre-seasoned with vegetable oil\nHobs: gas, electric, induction, oven safe to 260 C\nIncludes: "
        "silicone handle cover\nPrice: 39 EUR"
    ),
]


def product_messages(facts: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": f"Fact sheet:\n{facts}\n\nWrite the product description."},
    ]


@dataclass
class Timing:
    label: str
    sequences: int
    tokens: int
    seconds: float
    peak_rss_mb: float = 0.0
    peak_cuda_mb: float = 0.0

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds


def loop_one_by_one(loaded: Any, max_new_tokens: int) -> Timing:
    """(a): one generate call per product, as in the transformers example."""
    import torch

    model, tokenizer = loaded.model, loaded.tokenizer
    eos = tokenizer.eos_token_id
    tokens = 0
    started = time.perf_counter()
    with torch.inference_mode():
        for facts in PRODUCTS:
            input_ids = tokenizer.apply_chat_template(
                product_messages(facts), add_generation_prompt=True, return_tensors="pt", return_dict=False
            )
            if not isinstance(input_ids, torch.Tensor):  # some tokenizers return a BatchEncoding
                input_ids = input_ids["input_ids"]
            input_ids = input_ids.to(loaded.device)
            output = model.generate(
                input_ids,
                attention_mask=torch.ones_like(input_ids),
                max_new_tokens=max_new_tokens,
                do_sample=False,
                pad_token_id=eos,
            )
            new = output[0, input_ids.shape[1] :].tolist()  # .tolist() also waits for the GPU
            tokens += new.index(eos) + 1 if eos in new else len(new)
    return Timing(
        "(a) loop, one generate() per product", len(PRODUCTS), tokens, time.perf_counter() - started
    )


def batched(
    generator: TransformersGenerator, count: int, max_new_tokens: int, batch_size: int | None
) -> Timing:
    """(b) and the curve: ``count`` requests (products repeated) through ml.generation."""
    params = GenerationParams(max_new_tokens=max_new_tokens, temperature=0, repetition_penalty=1.0)
    requests = [
        GenerationRequest(messages=product_messages(PRODUCTS[i % len(PRODUCTS)]), params=params)
        for i in range(count)
    ]
    with _common.PeakMemory() as memory:
        started = time.perf_counter()
        results = generator.generate(requests, batch_size=batch_size)
        seconds = time.perf_counter() - started
    tokens = sum(o.completion_tokens for r in results for o in r.outputs)
    label = f"batch {batch_size}" if batch_size else "(b) ml.generation, batched"
    return Timing(label, count, tokens, seconds, memory.peak_rss_mb, memory.peak_cuda_mb)


def render_markdown(
    args: argparse.Namespace,
    generator: TransformersGenerator,
    loop: Timing,
    batch: Timing,
    curve: list[Timing],
    load_at_start: float,
) -> str:
    ratio = batch.tokens_per_s / loop.tokens_per_s
    rerun_options = "".join(
        option
        for option, wanted in (
            (" --quick --write", args.quick),
            (f" --device {args.device}", args.device),
            (f" --dtype {args.dtype}", args.dtype),
            (f" --batch-sizes {args.batch_sizes}", args.batch_sizes),
        )
        if wanted
    )
    lines = [
        "## Text generation: one call per product vs batched",
        "",
        (
            f"Model `{generator.model_version}` on {generator.loaded.device} ({generator.loaded.dtype}), "
            f"{len(PRODUCTS)} product fact sheets, greedy, up to {args.max_new_tokens} new tokens. "
            f"Rerun: `python bench/generation.py{rerun_options}`."
        ),
        "",
        (
            f"Machine: {_common.machine_line(str(generator.loaded.device))}. "
            f"{_common.contention_note(load_at_start, _common.load_average())}"
        ),
        "",
        "| path | sequences | tokens | seconds | tok/s |",
        "|---|---:|---:|---:|---:|",
    ]
    for timing in (loop, batch):
        lines.append(
            f"| {timing.label} | {timing.sequences} | {timing.tokens} | {timing.seconds:.1f} | {timing.tokens_per_s:.1f} |"
        )
    lines += ["", f"Batched / loop throughput: **{ratio:.2f}x**.", ""]
    cuda = str(generator.loaded.device).startswith("cuda")
    lines += [
        "Batch size curve (that many requests, products repeated, one batch):",
        "",
        "| batch size | tokens | seconds | tok/s | peak RSS MiB |" + (" peak CUDA MiB |" if cuda else ""),
        "|---:|---:|---:|---:|---:|" + ("---:|" if cuda else ""),
    ]
    for timing in curve:
        row = f"| {timing.sequences} | {timing.tokens} | {timing.seconds:.1f} | {timing.tokens_per_s:.1f} | {timing.peak_rss_mb:.0f} |"
        lines.append(row + (f" {timing.peak_cuda_mb:.0f} |" if cuda else ""))
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--model", default="smollm2-135m-instruct", help="model spec (packaged name, folder, hub id)"
    )
    parser.add_argument("--device", default=None, help="cpu, cuda, cuda:N (default: cuda if present)")
    parser.add_argument("--dtype", default=None, help="float32, bfloat16, float16 (default: by device)")
    parser.add_argument("--batch-sizes", default=None, help="comma-separated sizes for the curve")
    parser.add_argument("--max-new-tokens", type=int, default=None, help="default 64 (24 with --quick)")
    parser.add_argument("--cache-dir", default=None, help="model cache (default: $STOREFRONT_MODEL_CACHE)")
    parser.add_argument("--quick", action="store_true", help="smoke run: fewer tokens and batch sizes")
    parser.add_argument(
        "--write", dest="write", action="store_true", default=None, help="update docs/benchmarks.md"
    )
    parser.add_argument(
        "--no-write", dest="write", action="store_false", help="do not update docs/benchmarks.md"
    )
    args = parser.parse_args(argv)
    if args.max_new_tokens is None:
        args.max_new_tokens = 24 if args.quick else 64
    sizes_text = args.batch_sizes or ("1,8" if args.quick else "1,4,8,16,32")
    sizes = [int(s) for s in sizes_text.split(",") if s.strip()]
    write = (not args.quick) if args.write is None else args.write

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    started = time.perf_counter()
    loaded = get_causal_lm(args.model, args.device, args.dtype, args.cache_dir)
    generator = load_generator(args.model, device=args.device, dtype=args.dtype, cache_dir=args.cache_dir)
    assert isinstance(generator, TransformersGenerator)
    print(
        f"loaded {generator.model_version} on {loaded.device} ({loaded.dtype}) in {time.perf_counter() - started:.1f}s"
    )

    batched(generator, 2, 4, None)  # warm-up: first calls pay for lazy initialisation
    load_at_start = _common.load_average()
    loop = loop_one_by_one(loaded, args.max_new_tokens)
    print(f"{loop.label}: {loop.tokens} tokens in {loop.seconds:.1f}s = {loop.tokens_per_s:.1f} tok/s")
    batch = batched(generator, len(PRODUCTS), args.max_new_tokens, None)
    print(f"{batch.label}: {batch.tokens} tokens in {batch.seconds:.1f}s = {batch.tokens_per_s:.1f} tok/s")

    curve = []
    print("batch size | tokens | seconds | tok/s | peak RSS MiB | peak CUDA MiB")
    for size in sizes:
        timing = batched(generator, size, args.max_new_tokens, size)
        curve.append(timing)
        print(
            f"{size:10d} | {timing.tokens:6d} | {timing.seconds:7.1f} | {timing.tokens_per_s:5.1f} | "
            f"{timing.peak_rss_mb:12.0f} | {timing.peak_cuda_mb:.0f}"
        )

    markdown = render_markdown(args, generator, loop, batch, curve, load_at_start)
    print()
    print(markdown)
    if write:
        # A GPU run gets its own section, so CPU and GPU figures stand side by side.
        section = SECTION if loaded.device.type == "cpu" else f"{SECTION}-{loaded.device.type}"
        print(f"wrote {_common.write_section(section, markdown)}")
    print(f"ratio {batch.tokens_per_s / loop.tokens_per_s:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
