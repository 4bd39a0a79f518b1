"""Device and dtype default to CUDA+bfloat16 or CPU+float32, and explicit choices are checked."""

from __future__ import annotations

import pytest
import torch

from ml.loading import ModelError, choose_device, choose_dtype


def test_defaults_follow_the_hardware() -> None:
    device = choose_device(None)
    if torch.cuda.is_available():
        assert device.type == "cuda" and choose_dtype(None, device) == torch.bfloat16
    else:
        assert device.type == "cpu" and choose_dtype(None, device) == torch.float32


def test_explicit_choices_win() -> None:
    cpu = torch.device("cpu")
    assert choose_device("cpu") == cpu
    assert choose_dtype("float16", cpu) == torch.float16
    assert choose_dtype("bf16", cpu) == torch.bfloat16
    assert choose_dtype("torch.float32", torch.device("cuda")) == torch.float32


def test_bad_choices_fail_clearly() -> None:
    with pytest.raises(ModelError, match="Unknown dtype 'float8'"):
        choose_dtype("float8", torch.device("cpu"))
    with pytest.raises(ModelError, match="Unknown device"):
        choose_device("tpu-please")
    if not torch.cuda.is_available():
        with pytest.raises(ModelError, match="sees no CUDA GPU"):
            choose_device("cuda:1")
