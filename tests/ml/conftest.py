"""Plain-Python fixtures for the model tests: no Django, nothing downloaded.

The packaged SmolLM2 model is converted once per test session into a temporary cache folder and
shared; a tiny randomly initialised GPT-2 with a tokenizer trained here stands in for GPT-2.
A scripted local HTTP server stands in for an OpenAI-compatible model server.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

# Set before transformers / huggingface_hub are imported by anything, so no test can reach the hub.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

SMOLLM2 = "smollm2-135m-instruct"
SYSTEM = {"role": "system", "content": "You write short, factual product descriptions for an online shop."}


@pytest.fixture(autouse=True)
def _hub_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    # Another conftest may have imported huggingface_hub before the environment was set.
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)


@pytest.fixture(scope="session")
def model_cache_dir() -> Iterator[Path]:
    """One conversion cache for the session, outside pytest's basetemp (which other pytest runs may prune)."""
    folder = Path(tempfile.mkdtemp(prefix="storefront-model-cache-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def smollm2(model_cache_dir: Path) -> Any:
    """The packaged default generator on the CPU (converted from GGUF on first use)."""
    from ml.generation import load_generator

    return load_generator(SMOLLM2, device="cpu", cache_dir=str(model_cache_dir))


@pytest.fixture(scope="session")
def product_request() -> Any:
    """Build a chat request asking for a description of a product with ``facts``."""
    from ml.generation import GenerationParams, GenerationRequest

    def build(facts: str, **params: Any) -> GenerationRequest:
        messages = [SYSTEM, {"role": "user", "content": f"Write one sentence about this product: {facts}"}]
        return GenerationRequest(messages=messages, params=GenerationParams(**params))

    return build


TINY_CORPUS = [
    "I enjoy walking with my cute dog in the park every morning.",
    "My dog likes long walks, short naps and a bowl of fresh water.",
    "We walk before breakfast when the park is green and quiet.",
    "The leash is red, the collar is blue and the dog is happy.",
]


@pytest.fixture(scope="session")
def tiny_gpt2_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a randomly initialised 2-layer GPT-2 and a byte-level BPE tokenizer."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    folder = tmp_path_factory.mktemp("tiny-gpt2")
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400,
        special_tokens=["<|endoftext|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator(TINY_CORPUS, trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe, eos_token="<|endoftext|>", bos_token="<|endoftext|>"
    )
    config = GPT2Config(
        vocab_size=len(tokenizer),
        n_positions=128,
        n_embd=32,
        n_layer=2,
        n_head=2,
        bos_token_id=tokenizer.eos_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    torch.manual_seed(0)
    GPT2LMHeadModel(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


@dataclass
class ScriptedReply:
    """One reply of the fake server: status, JSON body (or raw SSE text), headers, delay."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    sse: str | None = None


@dataclass
class FakeOpenAIServer:
    """A local chat-completions server that answers with scripted replies, in order."""

    base_url: str
    replies: list[ScriptedReply]
    received: list[dict[str, Any]]
    headers_seen: list[dict[str, str]]

    def reply(self, status: int = 200, body: Any = None, **options: Any) -> None:
        """Queue the next reply."""
        self.replies.append(ScriptedReply(status, body, **options))

    @staticmethod
    def completion(
        texts: list[str], finish: str = "stop", prompt_tokens: int = 12, completion_tokens: int = 8
    ) -> dict[str, Any]:
        """A chat.completion body as OpenAI, vLLM and TGI send it."""
        return {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "model": "test-model",
            "choices": [
                {"index": i, "message": {"role": "assistant", "content": t}, "finish_reason": finish}
                for i, t in enumerate(texts)
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }


@pytest.fixture
def openai_server() -> Iterator[FakeOpenAIServer]:
    """Start the fake server on 127.0.0.1 with a free port; stop it after the test."""
    replies: list[ScriptedReply] = []
    received: list[dict[str, Any]] = []
    headers_seen: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # the name http.server calls
            length = int(self.headers.get("Content-Length") or 0)
            received.append(json.loads(self.rfile.read(length) or b"{}"))
            headers_seen.append(dict(self.headers))
            reply = (
                replies.pop(0) if replies else ScriptedReply(500, {"error": {"message": "no reply scripted"}})
            )
            if reply.delay_s:
                time.sleep(reply.delay_s)
            payload = (reply.sse if reply.sse is not None else json.dumps(reply.body)).encode()
            try:
                self.send_response(reply.status)
                content_type = "text/event-stream" if reply.sse is not None else "application/json"
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(payload)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test)

        def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield FakeOpenAIServer(f"http://{host}:{port}/v1", replies, received, headers_seen)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
