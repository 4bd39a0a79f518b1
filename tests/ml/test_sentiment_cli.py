"""`python -m ml.sentiment` scores a labelled TSV file and exits 2 with a message on bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "ml.sentiment", *args],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def write_tsv(path: Path, rows: list[tuple[str, str]], header: str = "text\tlabel") -> Path:
    path.write_text(header + "\n" + "".join(f"{text}\t{label}\n" for text, label in rows), encoding="utf-8")
    return path


def test_binary_file_prints_accuracy_and_confusion(tmp_path: Path) -> None:
    data = write_tsv(
        tmp_path / "reviews.tsv",
        [
            ("I love this kettle, it is excellent.", "positive"),
            ("Great sound and a wonderful fit.", "positive"),
            ("Awful. It broke and I hate it.", "negative"),
            ("The worst purchase I have made, terrible.", "negative"),
        ],
    )
    result = run_cli("--model", "lexicon", "--data", str(data))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "n: 4" in lines
    assert "accuracy: 1.0000" in lines
    assert "macro_f1: 1.0000" in lines
    assert any(line.startswith("task: binary") for line in lines)
    assert any(line.startswith("throughput:") and "reviews/s" in line for line in lines)
    # Confusion rows: true negative predicted negative twice, true positive predicted positive twice.
    assert [line.split() for line in lines if line.startswith(("negative", "positive"))] == [
        ["negative", "2", "0"],
        ["positive", "0", "2"],
    ]


def test_three_way_file_is_scored_three_way(tmp_path: Path) -> None:
    data = write_tsv(
        tmp_path / "three.tsv",
        [("I love it.", "positive"), ("I hate it.", "negative"), ("It is blue.", "neutral")],
    )
    result = run_cli("--model", "lexicon", "--data", str(data))
    assert result.returncode == 0, result.stderr
    assert "task: 3-class" in result.stdout
    assert "accuracy: 1.0000" in result.stdout.splitlines()


def test_missing_file_exits_2_with_a_message(tmp_path: Path) -> None:
    result = run_cli("--model", "lexicon", "--data", str(tmp_path / "absent.tsv"))
    assert result.returncode == 2
    assert "data file not found" in result.stderr
    assert result.stdout == ""


def test_missing_label_column_exits_2_with_a_message(tmp_path: Path) -> None:
    data = write_tsv(tmp_path / "nolabel.tsv", [("Love it.", "5")], header="text\tstars")
    result = run_cli("--model", "lexicon", "--data", str(data))
    assert result.returncode == 2
    assert "'label'" in result.stderr and "text<TAB>label" in result.stderr
