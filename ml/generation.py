"""Text generation with any causal language model, batched, streamed or remote.

The Django side builds :class:`GenerationRequest` objects and calls :func:`load_generator` once per
process, then ``generate`` (a list in, a list of results out, in the same order) or ``stream``.

How a batch is run (transformers backend):

* Requests whose :class:`GenerationParams` differ cannot share a ``model.generate`` call, so requests
  are grouped by params; inside a group they are sorted by prompt length and cut into batches, so a
  batch holds prompts of similar length and little compute goes to padding. Results are put back
  in input order.
* Prompts are left-padded (decoder-only models continue from the right end) with an attention mask;
  ``generate`` derives position ids from that mask, and the repetition penalty skips the padding,
  so a prompt gets the same greedy output alone or in a batch (tested, SmolLM2 and GPT-2).
  ``no_repeat_ngram_size`` still sees padding; it can only ban n-grams that start with padding.
* ``temperature == 0`` means greedy decoding. Greedy decoding can only produce one sequence, so with
  ``num_return_sequences > 1`` and temperature 0 this module runs beam search with that many beams
  and returns the best beams: deterministic, distinct variants. Any temperature > 0 samples.
* ``GenerationResult.latency_s`` is the wall time of the ``generate`` call the request ran in (what
  the request waited for), not a share of it: summing it over a batch's requests overcounts.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from ml.loading import LoadedCausalLM, get_causal_lm

if TYPE_CHECKING:
    import torch


@dataclass(frozen=True)
class GenerationParams:
    """How to decode. Hashable: requests with equal params can share one batch."""

    max_new_tokens: int = 160
    temperature: float = 0.7  # 0 -> greedy (deterministic)
    top_p: float = 0.9
    top_k: int = 50
    repetition_penalty: float = 1.1
    no_repeat_ngram_size: int = 0
    num_return_sequences: int = 1  # variants
    seed: int | None = None
    stop: tuple[str, ...] = ()
    # Total length (prompt + completion) in tokens, as in the transformers example; when set it
    # overrides max_new_tokens. In a batch the longest prompt decides how many tokens remain.
    max_length: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "stop", tuple(self.stop))
        if self.max_new_tokens < 1:
            raise ValueError("max_new_tokens must be at least 1")
        if self.max_length is not None and self.max_length < 1:
            raise ValueError("max_length must be at least 1")
        if self.temperature < 0:
            raise ValueError("temperature must be >= 0 (0 means greedy)")
        if not 0 < self.top_p <= 1:
            raise ValueError("top_p must be in (0, 1]")
        if self.top_k < 0:
            raise ValueError("top_k must be >= 0 (0 disables it)")
        if self.repetition_penalty <= 0:
            raise ValueError("repetition_penalty must be > 0 (1 disables it)")
        if self.no_repeat_ngram_size < 0:
            raise ValueError("no_repeat_ngram_size must be >= 0 (0 disables it)")
        if self.num_return_sequences < 1:
            raise ValueError("num_return_sequences must be at least 1")
        if any(not s for s in self.stop):
            raise ValueError("stop sequences must be non-empty strings")


@dataclass(frozen=True)
class GenerationRequest:
    """One prompt: chat ``messages`` (rendered with the model's chat template) or a raw ``prompt``."""

    messages: list[dict[str, str]] | None = None
    prompt: str | None = None
    params: GenerationParams = GenerationParams()

    def __post_init__(self) -> None:
        if (self.messages is None) == (self.prompt is None):
            raise ValueError("a GenerationRequest needs exactly one of messages or prompt")


@dataclass(frozen=True)
class GeneratedText:
    """One generated sequence, without the prompt or special tokens, whitespace-trimmed.

    ``finish_reason`` is "stop" (end-of-sequence token or a stop string) or "length" (ran out of
    tokens). ``completion_tokens`` counts what the model produced, including an end token and any
    text cut off at a stop string. ``token_ids`` are the produced token ids without end token or
    padding (local backends only; remote ones leave it empty).
    """

    text: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str
    token_ids: tuple[int, ...] = field(default=(), repr=False)


@dataclass(frozen=True)
class GenerationResult:
    """All sequences for one request (``num_return_sequences`` of them) and how long it took.

    ``latency_s`` is the wall time of the batch (model call or HTTP call) the request ran in.
    """

    outputs: list[GeneratedText]
    latency_s: float
    model_version: str


class TextGenerator(Protocol):
    """What the rest of the project calls; local and remote backends both provide it."""

    model_version: str

    def generate(
        self,
        requests: Sequence[GenerationRequest],
        *,
        batch_size: int | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[GenerationResult]: ...

    def stream(self, request: GenerationRequest) -> Iterator[str]: ...


def cut_at_stop(text: str, stop: Sequence[str]) -> int | None:
    """Index of the earliest stop string in ``text``, or None."""
    found = [i for i in (text.find(s) for s in stop) if i >= 0]
    return min(found) if found else None


class TrimmedStream:
    """Turns growing raw text into chunks whose concatenation is the final trimmed, stop-cut text.

    A chunk is only released once it is certain: text that could still be the start of a stop
    string, and trailing whitespace that the final ``strip()`` might drop, are held back.
    """

    def __init__(self, stop: Sequence[str] = ()) -> None:
        self.stop = tuple(stop)
        self._hold = max((len(s) for s in self.stop), default=1) - 1
        self._raw = ""
        self._sent = 0
        self.stopped = False

    def feed(self, chunk: str) -> str:
        """Add raw text; return the newly certain text (maybe empty). Sets ``stopped`` at a stop string."""
        self._raw += chunk
        cut = cut_at_stop(self._raw, self.stop)
        if cut is not None:
            self.stopped = True
            return self._release(self._raw[:cut].strip())
        certain = self._raw[: len(self._raw) - self._hold] if self._hold else self._raw
        return self._release(certain.strip())

    def finish(self) -> str:
        """Return whatever was held back, once the raw text is complete."""
        if self.stopped:
            return ""
        return self._release(self._raw.strip())

    def _release(self, certain: str) -> str:
        new = certain[self._sent :]
        self._sent = max(self._sent, len(certain))
        return new


def render_prompt(tokenizer: Any, request: GenerationRequest) -> tuple[str, bool]:
    """The prompt text for ``request`` and whether the tokenizer should add its special tokens.

    Chat messages go through the tokenizer's chat template (which already holds the special tokens).
    A model without a template (GPT-2 family) gets the message contents one per line, which is the
    best a plain language model can do with a chat.
    """
    if request.prompt is not None:
        return request.prompt, True
    messages = list(request.messages or [])
    if getattr(tokenizer, "chat_template", None):
        text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        return text, False
    return "\n".join(m["content"] for m in messages) + "\n", True


class _StopOnStrings:
    """Marks a sequence finished once its generated text contains a stop string.

    Only the last few tokens are decoded each step: a stop string that was not there one step ago
    must end in the newest token, and spans at most about one token per character. Should a stop
    string slip through (tokens that decode to nothing), the text is still cut afterwards; only
    the early end is lost.
    """

    def __init__(self, tokenizer: Any, stop: Sequence[str], prompt_len: int) -> None:
        self.tokenizer = tokenizer
        self.stop = tuple(stop)
        self.prompt_len = prompt_len
        self.window = max(len(s) for s in self.stop) + 4

    def __call__(self, input_ids: torch.LongTensor, scores: Any, **kwargs: Any) -> torch.Tensor:
        import torch

        start = max(self.prompt_len, input_ids.shape[1] - self.window)
        tails = self.tokenizer.batch_decode(input_ids[:, start:].tolist(), skip_special_tokens=True)
        done = [any(s in tail for s in self.stop) for tail in tails]
        return torch.tensor(done, dtype=torch.bool, device=input_ids.device)


class _StopOnEvent:
    """Ends generation for every sequence once ``event`` is set (a streaming client went away)."""

    def __init__(self, event: threading.Event) -> None:
        self.event = event

    def __call__(self, input_ids: torch.LongTensor, scores: Any, **kwargs: Any) -> torch.Tensor:
        import torch

        return torch.full(
            (input_ids.shape[0],), self.event.is_set(), dtype=torch.bool, device=input_ids.device
        )


@dataclass
class _Prepared:
    index: int
    ids: list[int]


# Batch sizes and token budgets: a batch is cut where requests x sequences x (prompt + new tokens)
# would exceed the budget. On 2 CPU cores throughput still grew from 8 to 32 sequences (see
# docs/benchmarks.md) but each request then waits for the whole batch; 16 balances the two, for
# ~100 MB more memory than 8. A GPU has room for far more sequences in flight.
DEFAULT_BATCH_SIZE = {"cpu": 16, "cuda": 64}
DEFAULT_TOKEN_BUDGET = {"cpu": 16_384, "cuda": 262_144}


class TransformersGenerator:
    """A :class:`TextGenerator` over a local transformers causal LM (any ``AutoModelForCausalLM``)."""

    def __init__(
        self,
        loaded: LoadedCausalLM,
        *,
        batch_size: int | None = None,
        token_budget: int | None = None,
    ) -> None:
        self.loaded = loaded
        self.model = loaded.model
        self.tokenizer = loaded.tokenizer
        self.model_version = loaded.version
        device_type = loaded.device.type
        self.batch_size = batch_size or DEFAULT_BATCH_SIZE.get(device_type, 8)
        self.token_budget = token_budget or DEFAULT_TOKEN_BUDGET.get(device_type, 16_384)

        if self.tokenizer.pad_token_id is None and self.tokenizer.eos_token is not None:
            # GPT-2 family tokenizers have no pad token; padding is masked out, so any id will do.
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.pad_id = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        eos = self.model.generation_config.eos_token_id
        eos_ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        if self.tokenizer.eos_token_id is not None:
            eos_ids.add(self.tokenizer.eos_token_id)
        self.eos_ids = frozenset(eos_ids)

    # -- public API -------------------------------------------------------------------------

    def generate(
        self,
        requests: Sequence[GenerationRequest],
        *,
        batch_size: int | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[GenerationResult]:
        """Generate for every request, batching compatible ones; results come back in input order.

        ``batch_size`` caps requests per ``model.generate`` call (default: by device, bounded by
        the token budget). ``progress(done, total)`` is called after each batch.
        """
        prepared = [_Prepared(i, self._encode(r)) for i, r in enumerate(requests)]
        results: list[GenerationResult | None] = [None] * len(requests)
        done = 0
        for params, batch in self._plan(requests, prepared, batch_size):
            for item, result in zip(batch, self._run_batch(batch, params), strict=True):
                results[item.index] = result
            done += len(batch)
            if progress is not None:
                progress(done, len(requests))
        return [r for r in results if r is not None]

    def stream(self, request: GenerationRequest) -> Iterator[str]:
        """Yield the text of one sequence as it is generated.

        The chunks concatenate to the text ``generate`` returns for the same request (trimmed,
        cut at the first stop string). Only ``num_return_sequences == 1`` can be streamed. If the
        caller stops iterating, generation stops at the next token.
        """
        from transformers import TextIteratorStreamer

        params = request.params
        if params.num_return_sequences != 1:
            raise ValueError("stream() produces one sequence; use generate() for several variants")
        ids = self._encode(request)
        if self._new_tokens(params, len(ids)) < 1:
            return  # max_length leaves no room after the prompt, as in generate()
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True)
        cancel = threading.Event()
        errors: list[BaseException] = []
        input_ids, attention_mask = self._pad([ids])

        def run() -> None:
            try:
                self._call_generate(input_ids, attention_mask, params, streamer=streamer, cancel=cancel)
            except BaseException as exc:  # noqa: BLE001 - re-raised in the consumer's thread below
                errors.append(exc)
                streamer.end()

        thread = threading.Thread(target=run, name="storefront-generate-stream", daemon=True)
        thread.start()
        trimmer = TrimmedStream(params.stop)
        try:
            for chunk in streamer:
                text = trimmer.feed(chunk)
                if text:
                    yield text
                if trimmer.stopped:
                    break
            rest = trimmer.finish()
            if rest:
                yield rest
        finally:
            cancel.set()
            thread.join()
        if errors:
            raise errors[0]

    # -- batching ---------------------------------------------------------------------------

    def _encode(self, request: GenerationRequest) -> list[int]:
        text, add_special = render_prompt(self.tokenizer, request)
        ids = list(self.tokenizer(text, add_special_tokens=add_special)["input_ids"])
        if not ids:
            raise ValueError(
                "the prompt is empty: a causal language model needs at least one token to continue"
            )
        return ids

    def _plan(
        self,
        requests: Sequence[GenerationRequest],
        prepared: list[_Prepared],
        batch_size: int | None,
    ) -> Iterator[tuple[GenerationParams, list[_Prepared]]]:
        groups: dict[GenerationParams, list[_Prepared]] = {}
        for item in prepared:
            groups.setdefault(requests[item.index].params, []).append(item)
        limit = batch_size or self.batch_size
        for params, items in groups.items():
            items.sort(key=lambda item: len(item.ids))
            batch: list[_Prepared] = []
            for item in items:
                new_tokens = self._new_tokens(params, len(item.ids))
                # Sorted by length, so the newest item is the longest: it sets the padded width.
                cost = (len(batch) + 1) * params.num_return_sequences * (len(item.ids) + new_tokens)
                if batch and (len(batch) >= limit or (batch_size is None and cost > self.token_budget)):
                    yield params, batch
                    batch = []
                batch.append(item)
            if batch:
                yield params, batch

    @staticmethod
    def _new_tokens(params: GenerationParams, prompt_len: int) -> int:
        if params.max_length is not None:
            return max(0, params.max_length - prompt_len)
        return params.max_new_tokens

    def _pad(self, sequences: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        import torch

        width = max(len(s) for s in sequences)
        input_ids = torch.full((len(sequences), width), self.pad_id, dtype=torch.long)
        attention_mask = torch.zeros((len(sequences), width), dtype=torch.long)
        for row, ids in enumerate(sequences):
            if ids:
                input_ids[row, width - len(ids) :] = torch.tensor(ids, dtype=torch.long)
                attention_mask[row, width - len(ids) :] = 1
        device = self.loaded.device
        return input_ids.to(device), attention_mask.to(device)

    def _run_batch(self, batch: list[_Prepared], params: GenerationParams) -> list[GenerationResult]:
        import torch

        input_ids, attention_mask = self._pad([item.ids for item in batch])
        width = input_ids.shape[1]
        max_new = self._new_tokens(params, width)
        started = time.perf_counter()
        if max_new < 1:
            # max_length leaves no room after the prompt: nothing to generate, as transformers would.
            rows: list[list[int]] = [[] for _ in range(len(batch) * params.num_return_sequences)]
        else:
            try:
                output = self._call_generate(input_ids, attention_mask, params)
            except torch.cuda.OutOfMemoryError:
                if len(batch) == 1:
                    raise
                # The token budget is a guess for an unknown model; halve the batch rather than fail.
                torch.cuda.empty_cache()
                half = len(batch) // 2
                return self._run_batch(batch[:half], params) + self._run_batch(batch[half:], params)
            rows = output[:, width:].tolist()
        elapsed = time.perf_counter() - started

        n = params.num_return_sequences
        return [
            GenerationResult(
                outputs=[self._finish(rows[i * n + j], len(item.ids), max_new, params) for j in range(n)],
                latency_s=elapsed,
                model_version=self.model_version,
            )
            for i, item in enumerate(batch)
        ]

    def _call_generate(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        params: GenerationParams,
        *,
        streamer: Any = None,
        cancel: threading.Event | None = None,
    ) -> torch.Tensor:
        import torch
        from transformers import (
            LogitsProcessorList,
            RepetitionPenaltyLogitsProcessor,
            StoppingCriteriaList,
        )

        width = input_ids.shape[1]
        kwargs: dict[str, Any] = {
            "input_ids": input_ids,
            "attention_mask": attention_mask,
            "max_new_tokens": self._new_tokens(params, width),
            "pad_token_id": self.pad_id,
            "num_return_sequences": params.num_return_sequences,
            # Replaced by the processor below, so that no default one is built from the model's config.
            "repetition_penalty": 1.0,
        }
        if params.repetition_penalty != 1.0:
            # The plain penalty would also count left padding as "already generated" and so penalise
            # the pad token (often the end token) in padded rows only: batching would change output.
            # Rows are expanded n times (sequences or beams) in order, hence repeat_interleave.
            padding = (attention_mask == 0).sum(dim=1).repeat_interleave(params.num_return_sequences)
            kwargs["logits_processor"] = LogitsProcessorList(
                [
                    RepetitionPenaltyLogitsProcessor(
                        float(params.repetition_penalty), prompt_ignore_length=padding
                    )
                ]
            )
        if params.no_repeat_ngram_size:
            kwargs["no_repeat_ngram_size"] = params.no_repeat_ngram_size
        if params.temperature == 0:
            kwargs["do_sample"] = False
            if params.num_return_sequences > 1:
                kwargs["num_beams"] = params.num_return_sequences
        else:
            kwargs.update(
                do_sample=True, temperature=params.temperature, top_p=params.top_p, top_k=params.top_k
            )
        criteria: list[Any] = []
        if params.stop:
            criteria.append(_StopOnStrings(self.tokenizer, params.stop, width))
        if cancel is not None:
            criteria.append(_StopOnEvent(cancel))
        if criteria:
            kwargs["stopping_criteria"] = StoppingCriteriaList(criteria)
        if streamer is not None:
            kwargs["streamer"] = streamer

        with self.loaded.lock, torch.inference_mode():
            if params.seed is not None:
                torch.manual_seed(params.seed)
            return self.model.generate(**kwargs)

    def _finish(
        self, row: list[int], prompt_tokens: int, max_new: int, params: GenerationParams
    ) -> GeneratedText:
        end = next((i for i, token in enumerate(row) if token in self.eos_ids), None)
        if end is not None:
            content, produced, reason = row[:end], end + 1, "stop"
        else:
            content = row
            if self.pad_id not in self.eos_ids:
                # Sequences that finished early (stop string, shorter beam) are filled with padding.
                while content and content[-1] == self.pad_id:
                    content = content[:-1]
            produced = len(content)
            reason = "length" if produced >= max_new else "stop"
        text = self.tokenizer.decode(content, skip_special_tokens=True)
        cut = cut_at_stop(text, params.stop)
        if cut is not None:
            text, reason = text[:cut], "stop"
        return GeneratedText(
            text=text.strip(),
            prompt_tokens=prompt_tokens,
            completion_tokens=produced,
            finish_reason=reason,
            token_ids=tuple(content),
        )


def load_generator(
    spec: str,
    *,
    backend: str = "transformers",
    device: str | None = None,
    dtype: str | None = None,
    cache_dir: str | None = None,
    **backend_options: Any,
) -> TextGenerator:
    """Return a text generator for ``spec``.

    ``backend="transformers"`` loads the model in this process (once per process, shared with every
    generator for the same spec/device/dtype); options: ``batch_size``, ``token_budget``.
    ``backend="openai"`` talks to an OpenAI-compatible server (OpenAI, vLLM, TGI) where ``spec`` is
    the server's model name; options: ``base_url``, ``api_key`` and the rest of
    :class:`ml.remote.OpenAICompatibleGenerator`; ``device``, ``dtype`` and ``cache_dir`` are ignored.
    """
    if backend == "transformers":
        return TransformersGenerator(get_causal_lm(spec, device, dtype, cache_dir), **backend_options)
    if backend == "openai":
        # device, dtype and cache_dir describe a local model; callers may pass their settings anyway.
        from ml.remote import OpenAICompatibleGenerator

        return OpenAICompatibleGenerator(model=spec, **backend_options)
    raise ValueError(f"Unknown generation backend {backend!r}: use 'transformers' or 'openai'")
