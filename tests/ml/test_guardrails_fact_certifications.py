"""check_facts: certifications and regulated claims, water ratings, features and contradictions."""

from __future__ import annotations

import pytest

from ml.guardrails import check_facts

KETTLE = {
    "certifications": "BPA-free, CE, OEKO-TEX Standard 100",
    "dishwasher_safe": "No",
    "features": "Keep-warm, boil-dry protection",
    "water_resistance": "IPX4",
    "bluetooth": "5.3, multipoint",
    "noise_cancelling": "Hybrid ANC",
}


@pytest.mark.parametrize(
    "text",
    [
        "It is BPA-free.",
        "It is BPA free.",
        "CE certified.",
        "Certified to OEKO-TEX.",
        "Oeko-Tex tested.",
        "Splash-proof for the kitchen.",
        "Sweat resistant.",
        "Water-resistant design.",
        "Rated IPX4.",
        "Rated IPX3.",
        "A keep warm function.",
        "Bluetooth 5.3 with multipoint.",
        "Active noise cancelling.",
        "ANC blocks the hum.",
    ],
)
def test_claims_in_the_facts_are_supported(text: str) -> None:
    check = check_facts(text, KETTLE)
    assert check.claims, text
    assert check.unsupported_count == 0, check.unsupported


@pytest.mark.parametrize(
    ("text", "claim", "reason_part"),
    [
        ("It is waterproof.", "waterproof", "IPX4"),
        ("Rated IP67.", "IP67", "IPX4"),
        ("Dishwasher safe.", "Dishwasher safe", "dishwasher_safe: No"),
        ("FDA approved.", "FDA approved", "FDA"),
        ("Hypoallergenic.", "Hypoallergenic", "hypoallergenic"),
        ("Certified organic.", "organic", "organic"),
        ("Vegan and proud.", "Vegan", "vegan"),
        ("Fully recyclable.", "recyclable", "recyclable"),
        ("An eco-friendly choice.", "eco-friendly", "eco"),
        ("GOTS certified.", "GOTS", "GOTS"),
        ("Dustproof.", "Dustproof", "dust"),
        ("Bluetooth 5.0 inside.", "Bluetooth 5.0", "bluetooth: 5.3"),
        ("Wireless charging built in.", "Wireless charging", "wireless charging"),
        ("Award-winning design.", "Award-winning", "award"),
        ("Rechargeable batteries inside.", "Rechargeable", "rechargeable"),
    ],
)
def test_claims_missing_from_or_contradicting_the_facts_are_flagged(
    text: str, claim: str, reason_part: str
) -> None:
    check = check_facts(text, KETTLE)
    assert [c.text for c in check.unsupported] == [claim]
    assert reason_part.lower() in check.unsupported[0].reason.lower()


def test_waterproof_is_supported_by_an_ip67_rating() -> None:
    check = check_facts("Fully waterproof, rated IP67 and IPX7.", {"water_resistance": "IP67"})
    assert check.unsupported_count == 0 and len(check.claims) == 3


def test_negated_claims_are_not_claims() -> None:
    assert check_facts("It is not dishwasher safe and not waterproof.", KETTLE).claims == []


def test_acronyms_are_case_sensitive() -> None:
    # "ce" and "fda" in lower case are not the marks; the words around them are not claims either.
    assert check_facts("Once you try it, the ce fda joke is old.", {}).claims == []
