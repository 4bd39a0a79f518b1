"""num_return_sequences gives that many variants, sampled or (temperature 0) by beam search."""

from __future__ import annotations

from typing import Any

FACTS = "Ceramic pour-over coffee dripper, fits size 02 filters, white"


def test_sampled_variants(smollm2: Any, product_request: Any) -> None:
    request = product_request(FACTS, max_new_tokens=8, temperature=0.9, num_return_sequences=3, seed=1)
    result = smollm2.generate([request])[0]
    assert len(result.outputs) == 3
    assert all(o.text and 0 < o.completion_tokens <= 8 for o in result.outputs)
    assert result.outputs[0].prompt_tokens == result.outputs[2].prompt_tokens > 0


def test_greedy_variants_are_distinct_beams(smollm2: Any, product_request: Any) -> None:
    request = product_request(FACTS, max_new_tokens=8, temperature=0, num_return_sequences=3)
    outputs = smollm2.generate([request])[0].outputs
    assert len(outputs) == 3
    assert len({o.token_ids for o in outputs}) == 3
