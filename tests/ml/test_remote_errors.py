"""Failures end in a RemoteModelError that names the URL (without secrets), status and reason."""

from __future__ import annotations

from typing import Any

import pytest

from ml.generation import GenerationRequest
from ml.remote import OpenAICompatibleGenerator, RemoteModelError, redact_url


def test_client_error_is_not_retried_and_surfaces_the_server_message(openai_server: Any) -> None:
    openai_server.reply(400, {"error": {"message": "max_tokens is too large: 99999"}})
    generator = OpenAICompatibleGenerator(openai_server.base_url, "sk-secret", "m", backoff_s=0.01)
    with pytest.raises(RemoteModelError) as error:
        generator.generate([GenerationRequest(prompt="hello")])
    message = str(error.value)
    assert "HTTP 400" in message and "max_tokens is too large: 99999" in message
    assert f"{openai_server.base_url}/chat/completions" in message
    assert "sk-secret" not in message
    assert error.value.status == 400
    assert len(openai_server.received) == 1


def test_timeout_is_retried_then_reported(openai_server: Any) -> None:
    openai_server.reply(body=openai_server.completion(["too late"]), delay_s=1.0)
    openai_server.reply(body=openai_server.completion(["too late"]), delay_s=1.0)
    generator = OpenAICompatibleGenerator(
        openai_server.base_url, None, "m", timeout_s=0.2, max_retries=1, backoff_s=0.01
    )
    with pytest.raises(RemoteModelError, match=r"timed out after 0.2 s \(gave up after 2 attempts\)"):
        generator.generate([GenerationRequest(prompt="hello")])
    assert len(openai_server.received) == 2


def test_unreachable_server() -> None:
    generator = OpenAICompatibleGenerator("http://127.0.0.1:9/v1", None, "m", max_retries=0, timeout_s=2)
    with pytest.raises(RemoteModelError, match=r"http://127.0.0.1:9/v1/chat/completions could not connect"):
        generator.generate([GenerationRequest(prompt="hello")])


def test_urls_in_messages_carry_no_credentials() -> None:
    assert redact_url("https://user:pw@api.example.com:8443/v1/chat/completions?api-key=abc") == (
        "https://api.example.com:8443/v1/chat/completions"
    )
