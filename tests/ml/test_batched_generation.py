"""Greedy output of a prompt is the same alone or left-padded in a batch, and order is kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ml.generation import GenerationParams, GenerationRequest, load_generator

FACTS = [
    "Steel water bottle, 750 ml, keeps drinks cold for 24 hours",
    "Wool socks",
    "Wireless earbuds, 30-hour battery, noise cancelling, IPX4 splash resistant, blue, USB-C charging case",
    "Cast-iron skillet, 26 cm, pre-seasoned",
]


def test_batched_greedy_equals_unbatched(smollm2: Any, product_request: Any) -> None:
    requests = [product_request(facts, max_new_tokens=8, temperature=0) for facts in FACTS]
    progress: list[tuple[int, int]] = []

    batched = smollm2.generate(
        requests, batch_size=4, progress=lambda done, total: progress.append((done, total))
    )
    alone = [smollm2.generate([request], batch_size=1)[0] for request in requests]

    # Prompts differ in length by ~25 tokens, so the batch really was padded.
    lengths = [result.outputs[0].prompt_tokens for result in batched]
    assert max(lengths) - min(lengths) > 10
    assert [r.outputs[0].text for r in batched] == [r.outputs[0].text for r in alone]
    assert [r.outputs[0].prompt_tokens for r in batched] == [r.outputs[0].prompt_tokens for r in alone]
    assert all(r.outputs[0].text for r in batched)
    assert progress == [(4, 4)]
    assert all(r.model_version == smollm2.model_version for r in batched)


def test_batches_follow_batch_size_and_keep_input_order(smollm2: Any, product_request: Any) -> None:
    requests = [product_request(facts, max_new_tokens=4, temperature=0) for facts in FACTS]
    progress: list[tuple[int, int]] = []
    results = smollm2.generate(
        requests, batch_size=3, progress=lambda done, total: progress.append((done, total))
    )
    assert progress == [(3, 4), (4, 4)]
    # Sorting by length puts the short "Wool socks" prompt first internally; it must come back second.
    prompt_tokens = [r.outputs[0].prompt_tokens for r in results]
    assert prompt_tokens[1] == min(prompt_tokens) and prompt_tokens[2] == max(prompt_tokens)
    assert all(r.outputs[0].completion_tokens <= 4 for r in results)


def test_batched_greedy_equals_unbatched_on_gpt2(tiny_gpt2_dir: Path, tmp_path: Path) -> None:
    # GPT-2 learns absolute position embeddings: wrong position ids under left padding would show.
    generator = load_generator(str(tiny_gpt2_dir), device="cpu", cache_dir=str(tmp_path))
    params = GenerationParams(max_new_tokens=12, temperature=0, repetition_penalty=1.3)
    prompts = ["My dog", "We walk every morning before breakfast when the park is quiet", "The leash is red"]
    requests = [GenerationRequest(prompt=p, params=params) for p in prompts]

    batched = generator.generate(requests, batch_size=3)
    alone = [generator.generate([r])[0] for r in requests]

    assert [r.outputs[0].token_ids for r in batched] == [r.outputs[0].token_ids for r in alone]


def test_batches_split_by_params_and_token_budget(tiny_gpt2_dir: Path, tmp_path: Path) -> None:
    short = GenerationParams(max_new_tokens=4, temperature=0)
    other = GenerationParams(max_new_tokens=4, temperature=0, repetition_penalty=1.0)
    prompts = ["My dog", "The leash is red", "We walk", "The park is green and quiet"]
    requests = [GenerationRequest(prompt=p, params=short) for p in prompts]
    requests.append(GenerationRequest(prompt="My dog likes naps", params=other))

    roomy = load_generator(str(tiny_gpt2_dir), device="cpu", cache_dir=str(tmp_path))
    calls: list[tuple[int, int]] = []
    roomy.generate(requests, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(4, 5), (5, 5)]  # different params never share a call

    # Room for about two of these prompts (+4 new tokens each) per call.
    tight = load_generator(str(tiny_gpt2_dir), device="cpu", cache_dir=str(tmp_path), token_budget=24)
    calls.clear()
    results = tight.generate(requests, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= 3 and calls[-1] == (5, 5)
    assert [r.outputs[0].prompt_tokens for r in results] == [
        r.outputs[0].prompt_tokens for r in roomy.generate(requests)
    ]
