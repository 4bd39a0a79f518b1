"""Small helpers shared by the benchmark scripts in bench/.

* :func:`machine_info` / :func:`machine_line`: what the numbers were measured on (CPU model, cores,
  GPU, torch and transformers versions, date), for the report.
* :func:`write_section`: put one benchmark's markdown into docs/benchmarks.md between
  ``<!-- bench:NAME -->`` and ``<!-- /bench:NAME -->``, replacing that section if it is there and
  appending it otherwise, so each script owns its section and leaves the others alone.
* :func:`load_average` / :func:`contention_note`: whether other processes competed for the CPU.
* :class:`PeakMemory`: peak resident memory (and peak CUDA memory) while a block runs.
"""

from __future__ import annotations

import datetime
import os
import platform
import re
import threading
from pathlib import Path
from types import TracebackType
from typing import Self

BENCHMARKS_MD = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
_HEADER = "# Benchmarks\n\nWritten by the scripts in `bench/`; each section is replaced when its script runs again.\n"


def cpu_model() -> str:
    """The CPU's marketing name (from /proc/cpuinfo on Linux), or what platform knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def usable_cores() -> int:
    """CPU cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def load_average() -> float:
    """The 1-minute load average (0.0 where the OS does not report one)."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0


def contention_note(start: float, end: float) -> str:
    """One markdown sentence on CPU load during a run, warning when it exceeded the cores."""
    cores = usable_cores()
    note = f"Load average (1 min) {start:.1f} at the start and {end:.1f} at the end, on {cores} cores."
    if max(start, end) > cores:
        note += (
            " Other processes competed for the CPU during this run: absolute figures are lower than on an"
            " idle machine and ratios are noisy."
        )
    return note


def machine_info(device: str = "cpu") -> dict[str, str]:
    """Facts about this machine and software that a benchmark result depends on."""
    import torch
    import transformers

    info = {
        "date": datetime.date.today().isoformat(),
        "cpu": cpu_model(),
        "cores": f"{usable_cores()} usable of {os.cpu_count()}",
        "torch threads": str(torch.get_num_threads()),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "device": device,
    }
    if device.startswith("cuda") and torch.cuda.is_available():
        info["gpu"] = torch.cuda.get_device_name(torch.device(device))
    return info


def machine_line(device: str = "cpu") -> str:
    """:func:`machine_info` as one markdown line."""
    return "; ".join(f"{key}: {value}" for key, value in machine_info(device).items())


def write_section(name: str, markdown: str, path: Path = BENCHMARKS_MD) -> Path:
    """Replace (or append) the section ``name`` of ``path`` with ``markdown``; return the path."""
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{start}\n{markdown.strip()}\n{end}"
    text = path.read_text() if path.exists() else _HEADER
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".md.tmp")
    tmp.write_text(text.rstrip("\n") + "\n")
    os.replace(tmp, path)  # another script's reader never sees a half-written file
    return path


class PeakMemory:
    """Peak resident set size (and CUDA allocation) of this process while the block runs.

    RSS is sampled every ``interval_s`` by a background thread: the OS only keeps a process-lifetime
    peak, which cannot show the peak of one step among several.
    """

    def __init__(self, interval_s: float = 0.02) -> None:
        self.interval_s = interval_s
        self.peak_rss_mb = 0.0
        self.peak_cuda_mb = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _sample(self) -> None:
        import psutil

        process = psutil.Process()
        while True:
            self.peak_rss_mb = max(self.peak_rss_mb, process.memory_info().rss / 2**20)
            if self._stop.wait(self.interval_s):
                return

    def __enter__(self) -> Self:
        import torch

        if torch.cuda.is_available():
            torch.cuda.reset_peak_memory_stats()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        import torch

        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if torch.cuda.is_available():
            self.peak_cuda_mb = torch.cuda.max_memory_allocated() / 2**20
