"""Server errors (5xx) and rate limits (429) are retried with backoff, honouring Retry-After."""

from __future__ import annotations

from typing import Any

from ml.generation import GenerationRequest
from ml.remote import OpenAICompatibleGenerator


def test_retries_500_then_429_then_succeeds(openai_server: Any, monkeypatch: Any) -> None:
    waits: list[float] = []
    monkeypatch.setattr("ml.remote.time.sleep", waits.append)
    openai_server.reply(500, {"error": {"message": "worker crashed"}})
    openai_server.reply(429, {"error": {"message": "slow down"}}, headers={"Retry-After": "0.3"})
    openai_server.reply(body=openai_server.completion(["Third time lucky"]))
    generator = OpenAICompatibleGenerator(openai_server.base_url, None, "m", backoff_s=0.01, max_retries=3)

    result = generator.generate([GenerationRequest(prompt="hello")])[0]

    assert result.outputs[0].text == "Third time lucky"
    assert len(openai_server.received) == 3
    assert len(waits) == 2 and waits[1] >= 0.3  # waited as Retry-After asked, not just the backoff
    assert "Authorization" not in openai_server.headers_seen[0]  # no key, no header
