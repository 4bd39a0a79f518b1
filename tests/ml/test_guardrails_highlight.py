"""highlight_claims: escaped HTML with unsupported claims marked, safe to render as is."""

from __future__ import annotations

from ml.guardrails import Claim, FactCheck, check_facts, highlight_claims

FACTS = {"capacity": "750 ml", "material": "stainless steel"}


def test_unsupported_claims_are_marked_with_their_reason() -> None:
    text = "A 750 ml stainless steel bottle with a 2 l reserve & a leather strap."
    out = highlight_claims(text, check_facts(text, FACTS))
    assert out == (
        'A 750 ml stainless steel bottle with a <mark class="unsupported" title="no fact gives 2000 ml '
        '(facts: capacity: 750 ml)">2 l</mark> reserve &amp; a '
        '<mark class="unsupported" title="no fact mentions leather">leather</mark> strap.'
    )


def test_supported_claims_can_be_marked_too() -> None:
    text = "A 750 ml bottle."
    out = highlight_claims(text, check_facts(text, FACTS), mark_supported=True)
    assert out == 'A <mark class="supported" title="matches capacity: 750 ml">750 ml</mark> bottle.'


def test_markup_in_the_copy_stays_escaped() -> None:
    text = '<script>alert("x")</script> A 2 l <b onmouseover="x">jug</b>.'
    out = highlight_claims(text, check_facts(text, FACTS))
    assert "<script>" not in out and "<b " not in out
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    assert '<mark class="unsupported"' in out


def test_reasons_are_escaped_inside_the_attribute() -> None:
    claim = Claim("jug", 2, 5, "material", False, 'facts say "x" <b>&')
    out = highlight_claims("a jug", FactCheck([claim], [claim], 1))
    assert out == 'a <mark class="unsupported" title="facts say &quot;x&quot; &lt;b&gt;&amp;">jug</mark>'


def test_claims_that_do_not_fit_the_text_are_ignored() -> None:
    stale = Claim("leather", 0, 7, "material", False, "no fact mentions leather")
    out = highlight_claims("<i>cotton</i>", FactCheck([stale], [stale], 1))
    assert out == "&lt;i&gt;cotton&lt;/i&gt;"
