"""check_facts: plain marketing prose holds no checkable claims, so nothing in it is flagged."""

from __future__ import annotations

import pytest

from ml.guardrails import check_facts

PROSE = [
    "A great, comfortable everyday companion that feels amazing and looks stylish.",
    "Perfect for any occasion, with a timeless design you will love for years to come.",
    "Lightweight, durable and easy to clean, it makes every morning a little brighter.",
    "Elevate your routine with premium quality and thoughtful details.",
    "Whether you are at home, at work or on the go, it is ready when you are.",
    "Experience superior comfort and sleek, modern style in one versatile package.",
    "Designed with care for people who appreciate the little things.",
    "Our customers love how simple it is: just plug it in and enjoy.",
    "A smart gift for friends and family, and a treat for yourself.",
    "Soft to the touch, easy on the eyes and built to last.",
]


@pytest.mark.parametrize("text", PROSE)
def test_plain_prose_gives_no_claims(text: str) -> None:
    assert check_facts(text, {"material": "steel"}).claims == []


def test_empty_text_and_empty_facts() -> None:
    check = check_facts("", {})
    assert check.claims == [] and check.unsupported == [] and check.unsupported_count == 0
    assert check.as_dict() == {"claims": [], "unsupported_count": 0}
