"""A GPT-2 family model runs through the same code: the brief's example call, loaded by folder.

transformers' example is generate(input_ids, max_length=100, num_return_sequences=5,
no_repeat_ngram_size=2) with GPT-2's default greedy decoding, which cannot return 5 sequences;
temperature 0 with several sequences means beam search here.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from ml.generation import GenerationParams, GenerationRequest, load_generator
from ml.loading import clear_registry

PROMPT = "I enjoy walking with my cute dog"


def repeated_bigrams(ids: list[int]) -> set[tuple[int, int]]:
    seen: set[tuple[int, int]] = set()
    repeated: set[tuple[int, int]] = set()
    for bigram in itertools.pairwise(ids):
        (repeated if bigram in seen else seen).add(bigram)
    return repeated


@pytest.mark.parametrize("temperature", [0.0, 0.8], ids=["beam-search", "sampling"])
def test_brief_example_on_tiny_gpt2(tiny_gpt2_dir: Path, tmp_path: Path, temperature: float) -> None:
    clear_registry()
    generator = load_generator(str(tiny_gpt2_dir), device="cpu", cache_dir=str(tmp_path))
    assert generator.tokenizer.chat_template is None  # a raw prompt is the way in
    params = GenerationParams(
        max_length=100, num_return_sequences=5, no_repeat_ngram_size=2, temperature=temperature, seed=3
    )

    result = generator.generate([GenerationRequest(prompt=PROMPT, params=params)])[0]

    prompt_ids = generator.tokenizer(PROMPT)["input_ids"]
    assert len(result.outputs) == 5
    for output in result.outputs:
        assert output.prompt_tokens == len(prompt_ids)
        assert output.prompt_tokens + output.completion_tokens <= 100
        assert output.completion_tokens > 0
        # no_repeat_ngram_size covers the whole sequence, prompt included.
        assert not repeated_bigrams(list(prompt_ids) + list(output.token_ids))
    assert generator.model_version.startswith(tiny_gpt2_dir.name + "@")
