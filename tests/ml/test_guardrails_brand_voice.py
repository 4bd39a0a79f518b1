"""check_brand_voice: avoid-words, length limits, leftover placeholders and the model talking about itself."""

from __future__ import annotations

import pytest

from ml.guardrails import VoiceIssue, check_brand_voice

GOOD = "A steel bottle that keeps coffee hot through a long morning commute and fits any bike cage."


def kinds(issues: list[VoiceIssue]) -> list[str]:
    return [i.kind for i in issues]


def test_clean_copy_has_no_issues() -> None:
    assert check_brand_voice(GOOD, avoid_words=["cheap", "game-changer"], min_words=5, max_words=40) == []


@pytest.mark.parametrize(
    ("text", "avoid"),
    [
        ("A Revolutionary bottle.", ["revolutionary"]),
        ("A real game-changer.", ["game-changer"]),
        ("A real game changer.", ["game-changer"]),
        ("The world's best bottle.", ["world's best"]),
        ("Best in class, always.", ["best-in-class"]),
    ],
)
def test_avoid_words_are_found_whole_and_case_insensitive(text: str, avoid: list[str]) -> None:
    issues = check_brand_voice(text, avoid_words=avoid)
    assert kinds(issues) == ["avoid_word"]
    assert avoid[0].split("-")[0].lower() in issues[0].message.lower()


def test_avoid_words_inside_other_words_do_not_count() -> None:
    assert check_brand_voice("Cheaply made? No: a cheapskate's dream.", avoid_words=["cheap"]) == []


def test_one_issue_per_avoid_word_with_a_count() -> None:
    issues = check_brand_voice("Cheap, cheap, CHEAP.", avoid_words=["cheap", "cheap", ""])
    assert kinds(issues) == ["avoid_word"] and "3 times" in issues[0].message


def test_length_limits() -> None:
    assert kinds(check_brand_voice("Too short.", min_words=5)) == ["too_short"]
    assert kinds(check_brand_voice(GOOD, max_words=5)) == ["too_long"]
    assert "17 words" in check_brand_voice(GOOD, max_words=5)[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Meet the [Product Name], made by [Brand].",
        "Meet the {brand} bottle.",
        "Meet the {{ product }} bottle.",
        "Meet the <Product Name> bottle.",
        "Price: TBD.",
        "Lorem ipsum dolor sit amet.",
        "Insert product benefit here.",
    ],
)
def test_placeholders_left(text: str) -> None:
    assert kinds(check_brand_voice(text)) == ["placeholder_left"]


@pytest.mark.parametrize(
    "text",
    [
        "As an AI, I cannot taste coffee, but this bottle is great.",
        "I'm SmolLM, your assistant. This bottle is great.",
        "I am a language model trained to write copy.",
        "Here is a product description for the bottle: it is great.",
        "Sure! This bottle keeps coffee hot.",
        "This bottle keeps coffee hot. I hope this helps!",
        "I can't help with that request.",
    ],
)
def test_self_reference(text: str) -> None:
    assert "self_reference" in kinds(check_brand_voice(text))


def test_markdown_links_are_not_placeholders() -> None:
    assert check_brand_voice("See [our guide](https://example.com/guide).") == []
