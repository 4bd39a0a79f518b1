"""Text generation over HTTP against an OpenAI-compatible chat completions server.

Works with OpenAI, vLLM and TGI (``POST {base_url}/chat/completions``). Only the standard library is
used, so this backend adds no dependency. Streaming uses the server-sent events that these servers
send for ``"stream": true``.
"""

from __future__ import annotations

import email.utils
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ml.generation import (
    GeneratedText,
    GenerationParams,
    GenerationRequest,
    GenerationResult,
    TrimmedStream,
    cut_at_stop,
)
from ml.loading import ModelError

# A server asking to wait longer than this is treated as down rather than waited for inside a task.
MAX_RETRY_AFTER_S = 60.0


class RemoteModelError(ModelError):
    """The remote model server failed or refused a request; the message says which and why."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def redact_url(url: str) -> str:
    """``url`` without user info or query string, where credentials sometimes hide."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, "", ""))


class _Retryable(Exception):
    def __init__(self, message: str, retry_after: float | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.status = status


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _server_message(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace").strip()
    try:
        payload = json.loads(text)
    except ValueError:
        return text[:500] or "(empty body)"
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict) and error.get("message"):
        return str(error["message"])
    if isinstance(error, str):
        return error
    if isinstance(payload, dict) and payload.get("message"):
        return str(payload["message"])
    return text[:500]


class OpenAICompatibleGenerator:
    """A :class:`ml.generation.TextGenerator` backed by an OpenAI-compatible HTTP server.

    Each request is one HTTP call (``n`` = ``num_return_sequences``); ``generate`` runs up to
    ``batch_size`` calls concurrently (default 4), since the server does its own batching.
    Connection errors, timeouts, HTTP 429 and 5xx are retried ``max_retries`` times with
    exponential backoff (``backoff_s``, doubling), honouring a ``Retry-After`` header; any other
    4xx fails at once. ``extra_params=True`` also sends ``top_k``, ``repetition_penalty`` and
    ``no_repeat_ngram_size``, which vLLM and TGI accept and OpenAI rejects.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        model: str,
        timeout_s: float = 60,
        max_retries: int = 3,
        backoff_s: float = 0.5,
        *,
        extra_params: bool = False,
        concurrency: int = 4,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.url = f"{self.base_url}/chat/completions"
        self.api_key = api_key
        self.model = model
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.extra_params = extra_params
        self.concurrency = concurrency
        host = urllib.parse.urlsplit(self.base_url).hostname or self.base_url
        self.model_version = f"{model}@{host}"

    # -- public API -------------------------------------------------------------------------

    def generate(
        self,
        requests: Sequence[GenerationRequest],
        *,
        batch_size: int | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[GenerationResult]:
        """One HTTP call per request, ``batch_size`` at a time; results in input order.

        Raises :class:`RemoteModelError` for the first request that fails after its retries.
        """
        results: list[GenerationResult] = []
        workers = max(1, batch_size or self.concurrency)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            # map() keeps input order; progress follows that order.
            for done, result in enumerate(pool.map(self._complete, requests), start=1):
                results.append(result)
                if progress is not None:
                    progress(done, len(requests))
        return results

    def stream(self, request: GenerationRequest) -> Iterator[str]:
        """Yield text chunks from the server's ``"stream": true`` event stream.

        Chunks concatenate to the trimmed text (cut at a stop string, as the server should
        already do). Only the connection is retried; a stream broken midway raises.
        """
        params = request.params
        if params.num_return_sequences != 1:
            raise ValueError("stream() produces one sequence; use generate() for several variants")
        payload = self._payload(request)
        payload["stream"] = True
        trimmer = TrimmedStream(params.stop)
        response = self._with_retries(lambda: self._open(payload))
        with response:
            for raw_line in response:
                line = raw_line.decode("utf-8", errors="replace").strip()
                if not line.startswith("data:"):
                    continue
                data = line[len("data:") :].strip()
                if data == "[DONE]":
                    break
                try:
                    event = json.loads(data)
                except ValueError as exc:
                    raise RemoteModelError(
                        f"POST {redact_url(self.url)}: malformed stream event {data[:200]!r}"
                    ) from exc
                if isinstance(event, dict) and event.get("error"):
                    raise RemoteModelError(
                        f"POST {redact_url(self.url)}: server error in stream: {event['error']}"
                    )
                for choice in event.get("choices") or []:
                    text = trimmer.feed((choice.get("delta") or {}).get("content") or "")
                    if text:
                        yield text
                if trimmer.stopped:
                    break
        rest = trimmer.finish()
        if rest:
            yield rest

    # -- HTTP -------------------------------------------------------------------------------

    def _payload(self, request: GenerationRequest) -> dict[str, Any]:
        params: GenerationParams = request.params
        if request.messages is not None:
            messages = [dict(m) for m in request.messages]
        else:
            messages = [{"role": "user", "content": request.prompt or ""}]
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "n": params.num_return_sequences,
            "temperature": params.temperature,
            "top_p": params.top_p,
            # The server counts the prompt itself; max_length (prompt + completion) can only be an
            # upper bound on the completion here.
            "max_tokens": params.max_length if params.max_length is not None else params.max_new_tokens,
        }
        if params.stop:
            payload["stop"] = list(params.stop)
        if params.seed is not None:
            payload["seed"] = params.seed
        if self.extra_params:
            payload["top_k"] = params.top_k
            payload["repetition_penalty"] = params.repetition_penalty
            if params.no_repeat_ngram_size:
                payload["no_repeat_ngram_size"] = params.no_repeat_ngram_size
        return payload

    def _open(self, payload: dict[str, Any]) -> Any:
        """POST ``payload``; return the open response, or raise _Retryable / RemoteModelError."""
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            self.url, data=json.dumps(payload).encode(), headers=headers, method="POST"
        )
        where = f"POST {redact_url(self.url)}"
        try:
            return urllib.request.urlopen(request, timeout=self.timeout_s)
        except urllib.error.HTTPError as exc:
            with exc:
                message = _server_message(exc.read())
            text = f"{where} failed with HTTP {exc.code}: {message}"
            if exc.code == 429 or exc.code >= 500:
                raise _Retryable(
                    text, _retry_after_seconds(exc.headers.get("Retry-After")), exc.code
                ) from exc
            raise RemoteModelError(text, exc.code) from exc
        except TimeoutError as exc:
            raise _Retryable(f"{where} timed out after {self.timeout_s:g} s") from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise _Retryable(f"{where} timed out after {self.timeout_s:g} s") from exc
            raise _Retryable(f"{where} could not connect: {exc.reason}") from exc
        except (ConnectionError, OSError) as exc:
            raise _Retryable(f"{where} failed: {exc}") from exc

    def _with_retries(self, call: Callable[[], Any]) -> Any:
        attempt = 0
        while True:
            try:
                return call()
            except _Retryable as exc:
                if attempt >= self.max_retries:
                    tries = f"{attempt + 1} attempt{'s' if attempt else ''}"
                    raise RemoteModelError(f"{exc} (gave up after {tries})", exc.status) from exc
                delay = self.backoff_s * (2**attempt)
                if exc.retry_after is not None:
                    if exc.retry_after > MAX_RETRY_AFTER_S:
                        raise RemoteModelError(
                            f"{exc}; the server asks to retry after {exc.retry_after:.0f} s", exc.status
                        ) from exc
                    delay = max(delay, exc.retry_after) if exc.retry_after > 0 else 0.0
                time.sleep(delay)
                attempt += 1

    def _complete(self, request: GenerationRequest) -> GenerationResult:
        payload = self._payload(request)
        started = time.perf_counter()

        def post() -> dict[str, Any]:
            with self._open(payload) as response:
                try:
                    body = response.read()
                except TimeoutError as exc:
                    raise _Retryable(f"POST {redact_url(self.url)} timed out reading the reply") from exc
            try:
                return json.loads(body)
            except ValueError as exc:
                raise RemoteModelError(
                    f"POST {redact_url(self.url)} returned a body that is not JSON: {body[:200]!r}"
                ) from exc

        data = self._with_retries(post)
        latency = time.perf_counter() - started
        choices = data.get("choices") if isinstance(data, dict) else None
        if not choices:
            raise RemoteModelError(f"POST {redact_url(self.url)} returned no choices: {str(data)[:300]}")
        usage = data.get("usage") or {}
        prompt_tokens = int(usage.get("prompt_tokens") or 0)
        # usage covers all n choices together; split evenly, the rest to the first ones.
        total_completion = int(usage.get("completion_tokens") or 0)
        share, extra = divmod(total_completion, len(choices))
        stop = request.params.stop
        outputs = []
        for position, choice in enumerate(sorted(choices, key=lambda c: c.get("index", 0))):
            text = (choice.get("message") or {}).get("content") or ""
            # Servers cut at stop strings themselves; this covers one that does not.
            reason = "length" if choice.get("finish_reason") == "length" else "stop"
            cut = cut_at_stop(text, stop)
            if cut is not None:
                text, reason = text[:cut], "stop"
            outputs.append(
                GeneratedText(
                    text=text.strip(),
                    prompt_tokens=prompt_tokens,
                    completion_tokens=share + (1 if position < extra else 0),
                    finish_reason=reason,
                )
            )
        return GenerationResult(outputs=outputs, latency_s=latency, model_version=self.model_version)
