"""Text is cut at the first stop string, and generation ends there instead of running on."""

from __future__ import annotations

from typing import Any

FACTS = "Bamboo cutting board, 40 x 30 cm, juice groove, dishwasher safe"


def test_stop_string_cuts_text_and_ends_generation(smollm2: Any, product_request: Any) -> None:
    free = smollm2.generate([product_request(FACTS, max_new_tokens=16, temperature=0)])[0].outputs[0]
    words = free.text.split()
    assert len(words) >= 6, free.text
    stop = " " + words[3]
    expected = free.text[: free.text.find(stop)].strip()

    stopped = smollm2.generate(
        [product_request(FACTS, max_new_tokens=16, temperature=0, stop=(stop, "\n\n"))]
    )[0]
    output = stopped.outputs[0]
    assert output.text == expected
    assert output.finish_reason == "stop"
    assert output.completion_tokens < free.completion_tokens
