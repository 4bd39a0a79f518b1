"""Benchmark: the matrix products of one SmolLM2-135M decoding step, for 1, 8 and 32 rows, on the CPU.

    python -m bench.cpu_matmul [--no-write]

Explains the generation benchmark's batched/loop ratio on a CPU: a decoding step multiplies the
activations of every sequence in the batch (M rows) by each weight matrix. With one row this is
bound by reading the weights from memory; with 8 rows the same weights are read once for 8 tokens,
so batching wins only as much as the products stay memory-bound. The shapes are SmolLM2-135M's:
576 hidden, 1536 MLP, a 49,152-token vocabulary for the output layer. Each product is timed in fp32
(what the CPU default loads), in bf16, and through oneDNN with pre-packed fp32 weights
(``torch.utils.mkldnn.MkldnnLinear``). Writes section ``cpu-matmul`` of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch
from torch.utils import mkldnn

from bench import _common

SECTION = "cpu-matmul"
# (in, out, what it is, how many per decoding step)
SHAPES = [
    (576, 1536, "MLP gate / up projection", 2 * 30),
    (1536, 576, "MLP down projection", 30),
    (576, 576, "attention query / output projection", 2 * 30),
    (576, 49152, "output layer (vocabulary)", 1),
]
ROWS = (1, 8, 32)


def milliseconds(run: Callable[[], object], repeats: int) -> float:
    for _ in range(5):
        run()
    started = time.perf_counter()
    for _ in range(repeats):
        run()
    return (time.perf_counter() - started) / repeats * 1e3


def main(argv: Sequence[str] | None = None) -> int:
    """Time each product, print a table, write it to docs/benchmarks.md."""
    parser = argparse.ArgumentParser(prog="python -m bench.cpu_matmul", description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    args = parser.parse_args(argv)
    torch.manual_seed(0)
    load_start = _common.load_average()
    rows = []
    with torch.inference_mode():
        for fan_in, fan_out, what, per_step in SHAPES:
            fp32 = torch.nn.Linear(fan_in, fan_out, bias=False)
            bf16 = torch.nn.Linear(fan_in, fan_out, bias=False).to(torch.bfloat16)
            packed = mkldnn.MkldnnLinear(fp32, torch.float32)
            repeats = 20 if fan_out > 10_000 else 200
            for m in ROWS:
                x = torch.randn(m, fan_in)
                xb = x.to(torch.bfloat16)
                times = (
                    milliseconds(lambda layer=fp32, x=x: layer(x), repeats),
                    milliseconds(lambda layer=bf16, x=xb: layer(x), repeats),
                    milliseconds(lambda layer=packed, x=x: layer(x), repeats),
                )
                rows.append((f"{fan_in}x{fan_out}", what, per_step, m, *times))
                print(f"{fan_in}x{fan_out} M={m}: " + ", ".join(f"{t:.3f} ms" for t in times))
    load_end = _common.load_average()
    step = {m: sum(n * t for _, _, n, rows_, t, _, _ in rows if rows_ == m) for m in ROWS}
    lines = [
        "## CPU matrix products of one decoding step: the ceiling on batched generation",
        "",
        f"`python -m bench.cpu_matmul`. {_common.machine_line('cpu')}. "
        + _common.contention_note(load_start, load_end),
        "",
        "| weight (in x out) | what | per step | rows | fp32 ms | bf16 ms | oneDNN pre-packed fp32 ms |",
        "|---|---|---|---|---|---|---|",
        *(
            f"| {shape} | {what} | {n} | {m} | {a:.3f} | {b:.3f} | {c:.3f} |"
            for shape, what, n, m, a, b, c in rows
        ),
        "",
        "Summed over one decoding step (each product times how often a step runs it), in fp32:",
        "",
        "| rows | matrix products per step, ms | per sequence, ms | speed-up over one row at a time |",
        "|---|---|---|---|",
        *(f"| {m} | {step[m]:.1f} | {step[m] / m:.2f} | {step[1] * m / step[m]:.1f}x |" for m in ROWS),
        "",
        "Timed alone, a product often finds its weights still in the CPU cache, so these are lower bounds;",
        "in a real step the 540 MB of fp32 weights stream from memory. The last column is the most that",
        "batching the products can give: the batch shares the reading of each weight but not the",
        "arithmetic. bf16 halves the bytes and doubles the arithmetic rate where the CPU has bf16",
        "instructions, for one row and for many alike, so it speeds up both paths of the generation",
        "benchmark rather than widening the gap between them.",
    ]
    if not args.no_write:
        _common.write_section(SECTION, "\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
