"""strip_prompt_echo: lines that only repeat the prompt's fact list are dropped, prose stays."""

from __future__ import annotations

from ml.guardrails import strip_prompt_echo

FACTS = {"battery_life": "30 h", "weight": "254 g", "colours": ["Black", "Sand"]}


def test_echoed_fact_lines_are_removed() -> None:
    output = "- Battery life: 30 h\n* weight: 254 g.\n1. Colours: Black, Sand\nEnjoy 30 h of music on a 254 g headset."
    assert strip_prompt_echo(output, FACTS) == "Enjoy 30 h of music on a 254 g headset."


def test_prose_and_changed_facts_are_kept() -> None:
    output = "Battery life: 40 h\nLight at 254 g."
    assert strip_prompt_echo(output, FACTS) == output


def test_fact_lines_can_be_given_directly() -> None:
    assert strip_prompt_echo("- Foldable: yes\nFolds flat.", ["- Foldable: yes"]) == "Folds flat."


def test_all_echo_gives_empty_text() -> None:
    assert strip_prompt_echo("- Weight: 254 g", FACTS) == ""
