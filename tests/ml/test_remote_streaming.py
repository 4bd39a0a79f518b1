"""Streaming from an OpenAI-compatible server reads its server-sent events chunk by chunk."""

from __future__ import annotations

import json
from typing import Any

from ml.generation import GenerationParams, GenerationRequest
from ml.remote import OpenAICompatibleGenerator


def sse(*pieces: str) -> str:
    events = [
        {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]} for piece in pieces
    ]
    return "".join(f"data: {json.dumps(event)}\n\n" for event in events) + "data: [DONE]\n\n"


def test_stream_yields_server_chunks(openai_server: Any) -> None:
    openai_server.reply(sse=sse(" Keeps", " drinks", " cold", " for 24 hours.", "\n"))
    generator = OpenAICompatibleGenerator(openai_server.base_url, None, "m")
    request = GenerationRequest(prompt="Describe", params=GenerationParams(stop=("END",)))

    chunks = list(generator.stream(request))

    assert "".join(chunks) == "Keeps drinks cold for 24 hours."
    assert len(chunks) >= 3
    assert openai_server.received[0]["stream"] is True
