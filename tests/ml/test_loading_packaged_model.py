"""The packaged GGUF default is converted once into a safetensors folder and then loaded from it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ml.loading import clear_registry, get_causal_lm, load_causal_lm, resolve_model_spec

SMOLLM2 = "smollm2-135m-instruct"


def test_conversion_leaves_one_complete_folder(smollm2: Any, model_cache_dir: Path) -> None:
    # Load directly: the process registry may already hold this model from another cache folder.
    load_causal_lm(SMOLLM2, device="cpu", cache_dir=model_cache_dir)
    resolved = resolve_model_spec(SMOLLM2, model_cache_dir)
    assert resolved.gguf_file == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert re.fullmatch(r"smollm2-135m-instruct@[0-9a-f]{12}", resolved.version)
    assert smollm2.model_version == resolved.version

    folder = resolved.converted_dir
    assert folder is not None and folder.parent == model_cache_dir
    names = {p.name for p in folder.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json", ".conversion-complete"} <= names
    # The chat template travels with the tokenizer (as a file or inside tokenizer_config.json).
    assert "chat_template.jinja" in names or "chat_template" in (folder / "tokenizer_config.json").read_text()
    assert not [p for p in model_cache_dir.iterdir() if ".tmp-" in p.name], (
        "a temporary folder was left behind"
    )


def test_later_loads_take_the_converted_folder(smollm2: Any, model_cache_dir: Path, monkeypatch: Any) -> None:
    def no_second_conversion(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("the GGUF was converted again instead of reusing the converted folder")

    load_causal_lm(SMOLLM2, device="cpu", cache_dir=model_cache_dir)  # converts, unless an earlier test did
    monkeypatch.setattr("ml.loading._convert_gguf", no_second_conversion)
    loaded = load_causal_lm(SMOLLM2, device="cpu", cache_dir=model_cache_dir)
    assert loaded.tokenizer.chat_template
    assert loaded.model.config.model_type == "llama"
    assert str(loaded.device) == "cpu" and str(loaded.dtype) == "torch.float32"


def test_registry_loads_once_per_spec_device_dtype(smollm2: Any, model_cache_dir: Path) -> None:
    clear_registry()
    first = get_causal_lm(SMOLLM2, cache_dir=model_cache_dir)  # device None means CPU here
    again = get_causal_lm(SMOLLM2, device="cpu", dtype="float32", cache_dir=model_cache_dir)
    assert first is again
