"""check_facts: warranty periods, country of manufacture, counts and prices."""

from __future__ import annotations

import pytest

from ml.guardrails import check_facts

FACTS = {
    "warranty": "2 years",
    "country_of_manufacture": "Portugal",
    "speeds": "3",
    "colours": "Black, White, Sage",
    "jars_included": "1 x 900 ml, 2 x 600 ml to-go cups",
    "players": "2-5",
    "language": "English",
    "price": "59.99 EUR",
}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Backed by a 2-year warranty.", "warranty"),
        ("Comes with a 24-month warranty.", "warranty"),
        ("A two-year guarantee.", "warranty"),
        ("Warranty of 2 years.", "warranty"),
        ("Made in Portugal.", "origin"),
        ("Proudly made in Portugal.", "origin"),
        ("Crafted in Europe.", "origin"),
        ("Three speeds.", "count"),
        ("With 3 speeds.", "count"),
        ("With 3 settings.", "count"),
        ("A 3-speed motor.", "count"),
        ("Available in 3 colours.", "count"),
        ("Two to-go cups included.", "count"),
        ("For 2-5 players.", "count"),
        ("Only €59.99.", "price"),
        ("Only 59,99 EUR.", "price"),
    ],
)
def test_supported(text: str, kind: str) -> None:
    check = check_facts(text, FACTS)
    assert [c.kind for c in check.claims] == [kind], check.claims
    assert check.unsupported_count == 0, check.unsupported


@pytest.mark.parametrize(
    ("text", "kind", "claim"),
    [
        ("Backed by a 5-year warranty.", "warranty", "5-year warranty"),
        ("A lifetime warranty.", "warranty", "lifetime warranty"),
        ("Made in China.", "origin", "Made in China"),
        ("Made in the UK.", "origin", "Made in the UK"),
        ("German-made quality.", "origin", "German-made"),
        ("With 5 speeds.", "count", "5 speeds"),  # 5 is in the facts, but as players
        ("Four to-go cups.", "count", "Four to-go cups"),
        ("Two layers of protection.", "count", "Two layers"),  # no fact is about layers at all
        ("Available in 10 colours.", "count", "10 colours"),
        ("For up to 8 players.", "count", "8 players"),
        ("Only €49.99.", "price", "€49.99"),
    ],
)
def test_unsupported(text: str, kind: str, claim: str) -> None:
    check = check_facts(text, FACTS)
    assert [(c.kind, c.text) for c in check.unsupported] == [(kind, claim)]


def test_no_warranty_in_the_facts() -> None:
    check = check_facts("A 2-year warranty and made in Portugal.", {"material": "steel"})
    assert [c.reason for c in check.unsupported] == [
        "no warranty in the facts",
        "no country of manufacture in the facts",
    ]


def test_a_language_is_no_country_of_manufacture() -> None:
    # "English" in the facts is a language; it does not back "made in England".
    check = check_facts("Made in England.", {"language": "English"})
    assert check.unsupported_count == 1


def test_one_as_a_word_is_no_claim() -> None:
    assert check_facts("One day you will love it; one of the best.", FACTS).claims == []
