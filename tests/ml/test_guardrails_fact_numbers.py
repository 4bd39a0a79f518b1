"""check_facts: a number with a unit is supported when a fact gives the same amount in any unit of its family."""

from __future__ import annotations

import pytest

from ml.guardrails import check_facts

BOTTLE = {
    "capacity": "1.5 l",
    "weight": "380 g",
    "insulation": "24 h cold, 12 h hot",
    "dimensions": "20 x 30 cm",
    "power": "2200 W",
    "temperature_range": "40-100 °C",
    "material": "100% recycled polyester",
    "battery": "20,000 mAh",
    "cord_length": "75 cm",
    "screen": "15 in",
}


@pytest.mark.parametrize(
    "text",
    [
        "Holds 1.5 l of water.",
        "Holds 1500 ml of water.",
        "Holds 1,5 l of water.",
        "Holds 1.5 litres of water.",
        "Holds 1.5 liters of water.",
        "Holds 150 cl of water.",
        "Weighs only 380 g.",
        "Weighs only 0.38 kg.",
        "Weighs only 380g.",
        "Keeps drinks cold for 24 hours.",
        "Keeps drinks cold for 24 h and hot for 12 hours.",
        "A 24-hour cold bottle.",
        "Keeps drinks cold for a full day (1440 minutes).",
        "Measures 20 x 30 cm.",
        "Measures 200 x 300 mm.",
        "Measures 20 × 30 cm.",
        "A 2200 W heater.",
        "A 2.2 kW heater.",
        "Heats from 40 °C to 100 °C.",
        "Heats to 212 °F.",
        "Made of 100% recycled polyester.",
        "A 20,000 mAh battery.",
        "A 20000 mAh battery.",
        "A 75 cm cord.",
        "A 0.75 m cord.",
        "A 15-inch screen.",
        "A 15 in screen.",
        "A 20 thousand mAh battery.",
    ],
)
def test_supported_numbers(text: str) -> None:
    check = check_facts(text, BOTTLE)
    assert check.claims, f"no claim found in {text!r}"
    assert check.unsupported_count == 0, check.unsupported


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Holds 2 l of water.", "2 l"),
        ("Holds 750 ml of water.", "750 ml"),
        ("Weighs only 250 g.", "250 g"),
        ("Weighs only 1.2 kg.", "1.2 kg"),
        ("Keeps drinks cold for 48 hours.", "48 hours"),
        ("A 30-hour battery.", "30-hour"),
        ("Measures 25 x 30 cm.", "25 x 30 cm"),
        ("A 1800 W heater.", "1800 W"),
        ("Heats to 120 °C.", "120 °C"),
        ("Made of 80% recycled polyester.", "80%"),
        ("A 10,000 mAh battery.", "10,000 mAh"),
        ("A 2 m cord.", "2 m"),
        ("A 2.4 gigahertz radio.", "2.4 gigahertz"),
        ("Trusted for three decades.", "three decades"),
    ],
)
def test_unsupported_numbers(text: str, claim: str) -> None:
    check = check_facts(text, BOTTLE)
    assert [c.text for c in check.unsupported] == [claim]
    assert check.unsupported_count == 1
    assert check.unsupported[0].kind in {"quantity", "dimensions"}
    assert check.unsupported[0].reason


def test_a_number_in_another_unit_family_does_not_back_a_claim() -> None:
    # 380 is in the facts, but as grams: 380 ml is a different claim.
    check = check_facts("A 380 ml cup.", BOTTLE)
    assert [c.text for c in check.unsupported] == ["380 ml"]


def test_fluid_ounces_on_a_bottle_are_a_volume() -> None:
    check = check_facts("A 25 oz bottle.", {"capacity": "750 ml"})
    assert check.unsupported_count == 0 and [c.text for c in check.claims] == ["25 oz"]


def test_the_title_is_a_fact() -> None:
    check = check_facts("This 1.7 l kettle boils fast.", {}, title="Glass Electric Kettle 1.7 l")
    assert check.unsupported_count == 0 and check.claims[0].reason.startswith("matches title")


def test_model_numbers_dates_and_years_are_not_quantities() -> None:
    text = "The WH-1000XM4 arrived on 2026-03-14, the 2024 model of the AUD-HP-001."
    assert check_facts(text, BOTTLE).claims == []


def test_claim_offsets_point_into_the_text() -> None:
    text = "Holds 2 l, weighs 380 g and keeps drinks cold for 24 hours."
    check = check_facts(text, BOTTLE)
    assert [c.text for c in check.claims] == ["2 l", "380 g", "24 hours"]
    for claim in check.claims:
        assert text[claim.start : claim.end] == claim.text
    assert check.unsupported == [c for c in check.claims if not c.supported]


def test_claims_do_not_cross_lines() -> None:
    check = check_facts("Length: 4\nsizes of 30\ncm", {})
    assert check.claims == []
