"""bf16 autocast on the CPU: chosen by CPU support or setting, labelled in model_version, same verdicts."""

from __future__ import annotations

import pytest

from ml.loading import CPU_BF16_ENV, cpu_bf16_autocast, cpu_has_native_bf16
from ml.sentiment import TransformerSentiment, default_model_folder

CLEAR_REVIEWS = [
    "Absolutely love this kettle, it boils in no time and looks great.",
    "Terrible quality, the handle snapped off after two days.",
    "Best headphones I have ever owned, the sound is amazing.",
    "Complete waste of money, it stopped working within a week.",
    "The delivery was quick and the packaging was lovely.",
    "Customer service ignored my emails and never refunded me.",
    "Comfortable shoes, I wear them every day.",
    "Do not buy this, it smells awful and leaks everywhere.",
]


@pytest.mark.parametrize(("value", "expected"), [("1", True), ("on", True), ("0", False), ("off", False)])
def test_the_setting_decides_when_given(monkeypatch: pytest.MonkeyPatch, value: str, expected: bool) -> None:
    monkeypatch.setenv(CPU_BF16_ENV, value)

    assert cpu_bf16_autocast() is expected


def test_without_a_setting_the_cpu_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CPU_BF16_ENV, raising=False)

    assert cpu_bf16_autocast() is cpu_has_native_bf16()


def test_an_explicit_request_beats_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CPU_BF16_ENV, "1")

    assert cpu_bf16_autocast(False) is False


@pytest.fixture(scope="module")
def default_folder() -> str:
    folder = default_model_folder()
    assert folder is not None, "the shipped sentiment model should always be available"
    return str(folder)


def test_bf16_gives_the_fp32_verdicts_on_clear_reviews(default_folder: str) -> None:
    fp32 = TransformerSentiment.from_pretrained(default_folder, device="cpu", quantize=False, cpu_bf16=False)
    bf16 = TransformerSentiment.from_pretrained(default_folder, device="cpu", quantize=False, cpu_bf16=True)

    exact = fp32.classify(CLEAR_REVIEWS)
    fast = bf16.classify(CLEAR_REVIEWS)

    assert bf16.model_version == fp32.model_version + "+bf16"
    assert [r.label for r in fast] == [r.label for r in exact]
    for a, b in zip(exact, fast, strict=True):
        assert b.model_version.endswith("+bf16")
        assert b.score == pytest.approx(a.score, abs=0.05)
        assert sum(b.probabilities.values()) == pytest.approx(1.0, abs=1e-5)


def test_int8_is_never_combined_with_bf16(default_folder: str) -> None:
    classifier = TransformerSentiment.from_pretrained(
        default_folder, device="cpu", quantize=True, cpu_bf16=True
    )

    assert classifier.cpu_bf16 is False
    assert classifier.model_version.endswith("+int8")
