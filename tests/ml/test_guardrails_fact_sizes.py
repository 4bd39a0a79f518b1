"""check_facts: sizes in a sizing system (EU 38-47, UK 8) must match the facts' range."""

from __future__ import annotations

import pytest

from ml.guardrails import check_facts

FACTS = {"sizes": "EU 38-47", "weight": "255 g (UK 8)"}


@pytest.mark.parametrize("text", ["Sizes EU 38-47.", "Sizes EU 38 – 47.", "Fits EU 42.", "Weighed in UK 8."])
def test_sizes_in_the_facts(text: str) -> None:
    check = check_facts(text, FACTS)
    assert [c.kind for c in check.claims if c.kind == "spec"] == ["spec"]
    assert check.unsupported_count == 0, check.unsupported


@pytest.mark.parametrize(
    ("text", "claim", "reason"),
    [
        ("Sizes EU 38-45.", "EU 38-45", "facts say sizes: EU 38-47"),
        ("Sizes EU 36-47.", "EU 36-47", "facts say sizes: EU 38-47"),
        ("Fits EU 49.", "EU 49", "facts say sizes: EU 38-47"),
        ("Fits US 9.", "US 9", "no US sizes in the facts"),
    ],
)
def test_sizes_outside_the_facts(text: str, claim: str, reason: str) -> None:
    check = check_facts(text, FACTS)
    assert [(c.text, c.reason) for c in check.unsupported] == [(claim, reason)]


def test_made_in_the_eu_is_no_size() -> None:
    assert [c.kind for c in check_facts("Made in the EU since 2019.", FACTS).claims] == ["origin"]
