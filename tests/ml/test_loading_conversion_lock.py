"""GGUF conversion runs once however many workers ask at once, and a crash leaves no half folder.

The slow conversion step itself is replaced by a quick one that writes a file: what is under test
is the locking and the atomic rename around it (the real conversion is covered by
test_loading_packaged_model.py).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from ml import loading
from ml.loading import ResolvedModel


def resolved_in(cache: Path) -> ResolvedModel:
    return ResolvedModel(
        spec="some-gguf",
        source=str(cache),
        display_name="some-gguf",
        version="some-gguf@0123456789ab",
        gguf_file="some.gguf",
        converted_dir=cache / "some-gguf-0123456789ab",
    )


def test_concurrent_callers_convert_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[Path] = []

    def convert(folder: Path, gguf_file: str, out_dir: Path) -> None:
        calls.append(out_dir)
        time.sleep(0.3)  # long enough for the other threads to arrive while it runs
        (out_dir / "config.json").write_text("{}")

    monkeypatch.setattr(loading, "_convert_gguf", convert)
    resolved = resolved_in(tmp_path)
    results: list[Path] = []
    threads = [
        threading.Thread(target=lambda: results.append(loading._ensure_converted(resolved))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(calls) == 1
    assert results == [resolved.converted_dir] * 4
    assert (resolved.converted_dir / "config.json").exists()


def test_crash_leaves_no_folder_and_next_call_converts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def crash(folder: Path, gguf_file: str, out_dir: Path) -> None:
        (out_dir / "model.safetensors").write_text("half")
        raise RuntimeError("killed mid-conversion")

    monkeypatch.setattr(loading, "_convert_gguf", crash)
    resolved = resolved_in(tmp_path)
    with pytest.raises(RuntimeError):
        loading._ensure_converted(resolved)
    assert not resolved.converted_dir.exists()
    assert not list(tmp_path.glob(".*.tmp-*"))

    monkeypatch.setattr(loading, "_convert_gguf", lambda f, g, out: (out / "config.json").write_text("{}"))
    assert loading._ensure_converted(resolved) == resolved.converted_dir
    assert (resolved.converted_dir / ".conversion-complete").exists()
