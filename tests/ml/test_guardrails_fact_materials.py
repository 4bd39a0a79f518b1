"""check_facts: a material in the copy is supported only when the facts or title name it."""

from __future__ import annotations

import pytest

from ml.guardrails import check_facts

FACTS = {
    "material": "18/8 stainless steel, BPA-free silicone lid",
    "cover": "bamboo viscose",
    "upper": "Cactus-based vegan leather",
    "handle": "Pakkawood",
    "fabric": "100% merino wool",
}


@pytest.mark.parametrize(
    "text",
    [
        "Made from stainless steel.",
        "A stainless-steel body.",
        "Made of steel.",
        "A metal bottle.",
        "With a silicone lid.",
        "A soft bamboo cover.",
        "A vegan leather upper.",
        "A leather upper.",
        "A wooden handle.",
        "Warm merino wool.",
        "Warm wool.",
        "Merino comfort.",
        "A woollen throw.",
    ],
)
def test_materials_in_the_facts_are_supported(text: str) -> None:
    check = check_facts(text, FACTS)
    assert [c.kind for c in check.claims] == ["material"]
    assert check.unsupported_count == 0, check.unsupported


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("A genuine leather upper.", "genuine leather"),
        ("A cast iron base.", "cast iron"),
        ("Made of aluminium.", "aluminium"),
        ("Made of aluminum.", "aluminum"),
        ("A glass body.", "glass"),
        ("A soft cotton cover.", "cotton"),
        ("An organic cotton cover.", "organic cotton"),
        ("Pure cashmere.", "cashmere"),
        ("With a plastic lid.", "plastic"),
        ("An oak handle.", "oak"),
        ("A silk lining.", "silk"),
        ("Filled with memory foam.", "memory foam"),
        ("A polycarbonate shell.", "polycarbonate"),
        ("A TPU bumper.", "TPU"),
    ],
)
def test_materials_missing_from_the_facts_are_flagged(text: str, claim: str) -> None:
    check = check_facts(text, FACTS)
    assert [c.text for c in check.unsupported] == [claim]
    assert check.unsupported[0].kind == "material"


def test_idioms_are_not_materials() -> None:
    text = "A silk-soft feel, the gold standard of bottles, a blank canvas for your day; slow down and abs of steel."
    kinds = [(c.text, c.kind) for c in check_facts(text, {}).claims]
    assert ("silk", "material") not in kinds
    assert [t for t, _ in kinds] == ["steel"]  # "abs" in lower case is not ABS plastic; steel is a claim


def test_bed_linen_is_a_product_not_a_material() -> None:
    assert check_facts("Soft bed linen for every season.", {}).claims == []
