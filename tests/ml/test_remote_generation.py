"""The OpenAI-compatible backend maps params to a chat.completions call and reads the reply back."""

from __future__ import annotations

from typing import Any

from ml.generation import GenerationParams, GenerationRequest, load_generator


def test_request_and_reply_mapping(openai_server: Any) -> None:
    openai_server.reply(
        body=openai_server.completion(["Cold for a day. ", "Keeps cold.\nSTOP here"], finish="length")
    )
    openai_server.reply(
        body=openai_server.completion(["A plain answer"], prompt_tokens=5, completion_tokens=3)
    )
    generator = load_generator(
        "test-model", backend="openai", base_url=openai_server.base_url, api_key="sk-secret", device="cpu"
    )
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Describe a bottle."}]
    params = GenerationParams(
        max_new_tokens=40, temperature=0.3, top_p=0.8, num_return_sequences=2, seed=5, stop=("STOP",)
    )
    progress: list[tuple[int, int]] = []

    results = generator.generate(
        [GenerationRequest(messages=messages, params=params), GenerationRequest(prompt="Say hi")],
        batch_size=1,
        progress=lambda done, total: progress.append((done, total)),
    )

    first, second = openai_server.received
    assert first["model"] == "test-model" and first["messages"] == messages
    assert (first["n"], first["temperature"], first["top_p"], first["max_tokens"]) == (2, 0.3, 0.8, 40)
    assert first["stop"] == ["STOP"] and first["seed"] == 5
    assert "top_k" not in first  # OpenAI rejects parameters it does not know
    assert second["messages"] == [{"role": "user", "content": "Say hi"}] and "seed" not in second
    assert openai_server.headers_seen[0]["Authorization"] == "Bearer sk-secret"

    assert [o.text for o in results[0].outputs] == ["Cold for a day.", "Keeps cold."]
    assert [o.finish_reason for o in results[0].outputs] == ["length", "stop"]  # the second was cut at STOP
    assert [o.completion_tokens for o in results[0].outputs] == [4, 4]  # usage is for both choices
    assert results[1].outputs[0].text == "A plain answer"
    assert (results[1].outputs[0].prompt_tokens, results[1].outputs[0].completion_tokens) == (5, 3)
    assert results[0].model_version == "test-model@127.0.0.1"
    assert progress == [(1, 2), (2, 2)]
