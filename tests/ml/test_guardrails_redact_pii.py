"""redact_pii: e-mail addresses and phone numbers go; prices, dates, sizes, SKUs and model numbers stay."""

from __future__ import annotations

import pytest

from ml.guardrails import redact_pii


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail jane.doe+shop@example.co.uk today", "Mail [email] today"),
        ("ops@store.example", "[email]"),
        ("Call +44 20 7946 0958 now", "Call [phone] now"),
        ("Call (555) 123-4567.", "Call [phone]."),
        ("Call 555-123-4567.", "Call [phone]."),
        ("Call +1 (555) 123-4567.", "Call [phone]."),
        ("Ring 0151 496 0000, thanks", "Ring [phone], thanks"),
        ("Appelez le 06 12 34 56 78 !", "Appelez le [phone] !"),
        ("Appelez le 06.12.34.56.78", "Appelez le [phone]"),
        ("Ruf an: +49 30 1234567", "Ruf an: [phone]"),
        ("Ruf an: 0049 30 1234567", "Ruf an: [phone]"),
        ("+4930123456", "[phone]"),
        ("Tel 020 7946 0958 or jane@example.com", "Tel [phone] or [email]"),
    ],
)
def test_redacts(text: str, expected: str) -> None:
    assert redact_pii(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Only €179.00, was $1,299.99 or £59.99.",
        "Delivered on 2026-03-14 at 10:30, reviewed 14.03.2026 and 03/14/2026.",
        "Measures 20 x 30 cm, 18 x 7 x 7 cm, 200 x 200 cm.",
        "SKU AUD-HP-001 and KIT-AP-003.",
        "Since 1998; the 2024 and 2025 models.",
        "Better than my WH-1000XM4 and the QC45.",
        "A 20,000 mAh power bank with 65 W and 3.5 mm jack.",
        "EAN 4006381333931, order 123456789.",
        "Sizes 36 38 40 42 44 46.",
        "Years 2019 2020 2021 2022.",
        "ISBN 978-3-16-148410-0",
        "Rated 4.5 out of 5 by 1,234 customers.",
    ],
)
def test_leaves_non_pii_alone(text: str) -> None:
    assert redact_pii(text) == text
