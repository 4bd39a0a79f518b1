"""Streamed chunks arrive one by one and join to exactly the text generate() returns."""

from __future__ import annotations

from typing import Any

import pytest

FACTS = "Merino wool beanie, one size, charcoal grey, machine washable at 30 degrees"


@pytest.mark.parametrize("stop", [(), (" wool",)], ids=["no-stop", "stop-string"])
def test_stream_joins_to_greedy_text(smollm2: Any, product_request: Any, stop: tuple[str, ...]) -> None:
    request = product_request(FACTS, max_new_tokens=12, temperature=0, stop=stop)
    chunks = list(smollm2.stream(request))
    expected = smollm2.generate([request])[0].outputs[0].text
    assert len(chunks) > 1
    assert "".join(chunks) == expected


def test_stream_refuses_several_variants(smollm2: Any, product_request: Any) -> None:
    with pytest.raises(ValueError, match="one sequence"):
        next(smollm2.stream(product_request(FACTS, num_return_sequences=2)))
