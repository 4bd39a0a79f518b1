"""Generating copy: generation requests become one batched job on the `models` queue.

Two kinds of generation job (both `Job.Kind.GENERATION`):

* "generate": variants for many products. Prompts are built per product and sent through
  `ml.generation` in batches (one request per product, `num_return_sequences` = variants).
* "regenerate": one variant again, optionally with a reviewer's comment in the prompt. Its text is
  streamed: the worker writes the partial text into the job row (`result["partial_text"]`) a few times a
  second and the editor polls it with htmx, so the web process never loads a model.

An identical request (same model spec, rendered prompt and sampling params; see `prompt_hash`) reuses the
text it produced before instead of calling the model again, unless the marketer asks for fresh variants.
A re-delivered job skips products it already wrote versions for, so running a job twice does no harm.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet

from marketing.models import (
    BrandVoice,
    CopyAuditEntry,
    CopyChannel,
    CopyVersion,
    GeneratedCopy,
    Job,
    PromptTemplate,
)
from marketing.services.copy_prompts import (
    COPY_LANGUAGES,
    CopyRequestOptions,
    build_copy_messages,
    product_facts,
    prompt_hash,
)
from marketing.services.copy_workflow import (
    APPROVE_COPY_PERMISSION,
    EDIT_COPY_PERMISSION,
    GENERATE_COPY_PERMISSION,
    User,
    acting_user,
    active_prompt_template,
    audit_copy,
    default_brand_voice,
    guardrail_findings,
    lock_copy,
    record_version,
    require_permission,
    return_to_draft,
)
from marketing.services.jobs import ProgressReporter, create_job
from marketing.services.model_access import text_generator
from products.exceptions import ApplicationError
from products.models import Category, Product

logger = logging.getLogger(__name__)

Status = GeneratedCopy.Status
MAX_VARIANTS = 5
MAX_PRODUCTS_PER_REQUEST = 5000
CHUNK = 8  # products per model call: the CPU batch size where throughput stops growing
STREAM_WRITE_EVERY_S = 0.25
# Copy under review or approved is not overwritten by a bulk run; it needs an explicit regeneration.
PROTECTED_STATUSES = (Status.IN_REVIEW, Status.APPROVED)

# Sampling defaults that make the small default model usable: low temperature, firm repetition penalty.
DEFAULT_SAMPLING: dict[str, Any] = {"temperature": 0.4, "top_p": 0.9, "repetition_penalty": 1.15, "seed": None}


def sampling_params(*, template: PromptTemplate, variants: int, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The `GenerationParams` fields for a request, as a JSON-able dict (checked by GenerationParams itself)."""
    from ml.generation import GenerationParams

    values = {**DEFAULT_SAMPLING, "max_new_tokens": template.max_new_tokens}
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    values["num_return_sequences"] = variants
    try:
        params = GenerationParams(**values)
    except (TypeError, ValueError) as exc:
        raise ApplicationError(f"invalid sampling parameters: {exc}") from exc
    return _params_dict(params)


def _params_dict(params: Any) -> dict[str, Any]:
    data = dataclasses.asdict(params)
    data["stop"] = list(data["stop"])
    return data


def products_for_request(
    *,
    channel: str,
    language: str,
    product_ids: Sequence[int] | None = None,
    category: Category | None = None,
    without_approved_copy: bool = False,
) -> QuerySet[Product]:
    """The products a request covers: a selection, a category (with its subcategories), or every product
    without approved or published copy for the channel and language."""
    chosen = sum([product_ids is not None, category is not None, without_approved_copy])
    if chosen != 1:
        raise ApplicationError("choose products, a category, or all products without approved copy")
    products = Product.objects.all()
    if product_ids is not None:
        products = products.filter(pk__in=product_ids)
    elif category is not None:
        products = products.filter(Q(category=category) | Q(category__parent=category))
    else:
        approved = GeneratedCopy.objects.filter(product=OuterRef("pk"), channel=channel, language=language).filter(
            Q(status__in=[Status.APPROVED, Status.PUBLISHED]) | Q(published_version__isnull=False)
        )
        products = products.exclude(Exists(approved))
    return products.order_by("pk")


@transaction.atomic
def request_copy_generation(
    *,
    channel: str,
    user: User | None,
    product_ids: Sequence[int] | None = None,
    category: Category | None = None,
    without_approved_copy: bool = False,
    variants: int = 2,
    brand_voice: BrandVoice | None = None,
    options: CopyRequestOptions | None = None,
    sampling: dict[str, Any] | None = None,
    fresh: bool = False,
    enqueue: bool = True,
) -> Job:
    """One queued job that writes `variants` variants of `channel` copy for each product in the scope.

    Products are resolved now, so the job's total is known and a later catalogue change does not widen it.
    """
    require_permission(user, GENERATE_COPY_PERMISSION, "You may not generate copy.")
    options = options or CopyRequestOptions()
    if channel not in CopyChannel.values:
        raise ApplicationError(f"unknown channel {channel!r}")
    if not 1 <= variants <= MAX_VARIANTS:
        raise ApplicationError(f"ask for 1 to {MAX_VARIANTS} variants")
    if options.language not in COPY_LANGUAGES:
        raise ApplicationError(f"unsupported language {options.language!r}")
    ids = list(
        products_for_request(
            channel=channel, language=options.language, product_ids=product_ids, category=category,
            without_approved_copy=without_approved_copy,
        ).values_list("pk", flat=True)
    )
    if not ids:
        raise ApplicationError("no products match this request")
    if len(ids) > MAX_PRODUCTS_PER_REQUEST:
        raise ApplicationError(f"at most {MAX_PRODUCTS_PER_REQUEST} products per request; narrow the selection")
    template = active_prompt_template(channel)
    voice = brand_voice or default_brand_voice()
    params = {
        "mode": "generate",
        "product_ids": ids,
        "channel": channel,
        "variants": variants,
        "brand_voice_id": voice.pk,
        "template_id": template.pk,
        "options": options.as_dict(),
        "sampling": sampling_params(template=template, variants=variants, overrides=sampling),
        "fresh": fresh,
        "model": settings.GENERATION_MODEL,
    }
    label = CopyChannel(channel).label.lower()
    return create_job(
        kind=Job.Kind.GENERATION,
        params=params,
        total=len(ids),
        created_by=user,  # type: ignore[arg-type]
        message=f"Queued: {variants} {label} variant(s) for {len(ids)} product(s)",
        enqueue=enqueue,
    )


def _regeneration_running(copy: GeneratedCopy) -> bool:
    return Job.objects.filter(
        kind=Job.Kind.GENERATION, status__in=[Job.Status.QUEUED, Job.Status.RUNNING], params__copy_id=copy.pk
    ).exists()


@transaction.atomic
def regenerate_copy(
    *,
    copy: GeneratedCopy,
    user: User | None,
    feedback: str = "",
    sampling: dict[str, Any] | None = None,
    fresh: bool = True,
    enqueue: bool = True,
) -> Job:
    """Queue a streamed regeneration of one variant (the reviewer's `feedback`, if any, goes into the prompt).

    The copy goes back to draft now: whatever was approved is no longer what will be there.
    """
    require_permission(user, EDIT_COPY_PERMISSION, "You may not regenerate copy.")
    copy = lock_copy(copy)
    if _regeneration_running(copy):
        raise ApplicationError("this variant is already being regenerated")
    template = active_prompt_template(copy.channel)
    previous = copy.current_version
    base = dict(previous.params) if previous is not None and previous.author_kind == CopyVersion.Author.MODEL else {}
    base.pop("num_return_sequences", None)
    base.update(sampling or {})
    params = {
        "mode": "regenerate",
        "copy_id": copy.pk,
        "feedback": feedback.strip(),
        "template_id": template.pk,
        "sampling": sampling_params(template=template, variants=1, overrides=base),
        "fresh": fresh,
        "model": settings.GENERATION_MODEL,
    }
    return_to_draft(copy)
    return create_job(
        kind=Job.Kind.GENERATION,
        params=params,
        total=params["sampling"]["max_new_tokens"],
        created_by=user,  # type: ignore[arg-type]
        message=f"Queued: rewrite variant {copy.variant} of {copy.product.sku}",
        enqueue=enqueue,
    )


@transaction.atomic
def request_copy_changes(*, copy: GeneratedCopy, user: User | None, comment: str) -> Job:
    """A reviewer's comment on a copy in review: recorded, and the variant is rewritten with it in the prompt."""
    require_permission(user, APPROVE_COPY_PERMISSION, "Only approvers can request changes.")
    if not comment.strip():
        raise ApplicationError("say what should change")
    copy = lock_copy(copy)
    if copy.status not in (Status.IN_REVIEW, Status.APPROVED):
        raise ApplicationError(
            f"changes can be requested on copy in review or approved (this one is {copy.get_status_display().lower()})"
        )
    audit_copy(copy, CopyAuditEntry.Action.CHANGES_REQUESTED, user, version=copy.current_version, comment=comment.strip())
    return regenerate_copy(copy=copy, user=user, feedback=comment, fresh=True)


def preview_prompt(
    *,
    template: PromptTemplate,
    product: Product,
    brand_voice: BrandVoice | None,
    options: CopyRequestOptions,
    run_model: bool = False,
    max_new_tokens: int | None = None,
) -> dict[str, Any]:
    """The exact messages `template` gives for `product`, and with `run_model` one greedy answer and its checks.

    Used by the admin's template preview; running loads the model in the calling process (once per process).
    """
    from ml.generation import GenerationParams, GenerationRequest

    messages = build_copy_messages(product=product, template=template, brand_voice=brand_voice, options=options)
    preview: dict[str, Any] = {"messages": messages, "model": settings.GENERATION_MODEL}
    if not run_model:
        return preview
    params = GenerationParams(
        **{**DEFAULT_SAMPLING, "temperature": 0.0, "seed": 0, "max_new_tokens": max_new_tokens or template.max_new_tokens}
    )
    generator = text_generator()
    result = generator.generate([GenerationRequest(messages=messages, params=params)])[0]
    output = result.outputs[0]
    copy = GeneratedCopy(product=product, channel=template.channel, language=options.language, brand_voice=brand_voice)
    preview.update(
        text=output.text,
        findings=guardrail_findings(copy=copy, text=output.text or " ", template=template),
        model_version=result.model_version,
        latency_ms=round(result.latency_s * 1000),
        prompt_tokens=output.prompt_tokens,
        completion_tokens=output.completion_tokens,
    )
    return preview


# -- the job ------------------------------------------------------------------------------------------------


def run_generation_job(job: Job, progress: ProgressReporter) -> dict[str, Any]:
    """Job handler for `Job.Kind.GENERATION`: a bulk generation or a streamed regeneration."""
    if job.params.get("mode") == "regenerate":
        return _run_regeneration(job, progress)
    return _run_bulk_generation(job, progress)


def _cached_texts(digest: str, needed: int) -> list[CopyVersion]:
    """Earlier model-written versions of an identical request, one per distinct text, oldest first."""
    seen: set[str] = set()
    found: list[CopyVersion] = []
    for version in CopyVersion.objects.filter(
        prompt_hash=digest, author_kind=CopyVersion.Author.MODEL, cached_from__isnull=True
    ).order_by("created_at", "pk"):
        if version.text not in seen:
            seen.add(version.text)
            found.append(version)
        if len(found) == needed:
            break
    return found if len(found) == needed else []


EMPTY_OUTPUT = "(the model returned no text; regenerate this variant)"


_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’)\]]*)(?=\s|$)")


def clean_model_text(text: str, product: Product, *, cut_off: bool = False) -> str:
    """The model's text without lines that only echo the prompt's fact list (small models do that) and, when
    the model ran out of tokens (`cut_off`), without the unfinished last sentence if a finished one exists."""
    from ml.guardrails import strip_prompt_echo

    cleaned = strip_prompt_echo(text, product_facts(product)) or text.strip()
    if cut_off:
        ends = list(_SENTENCE_END.finditer(cleaned))
        if ends and ends[-1].end() < len(cleaned):
            cleaned = cleaned[: ends[-1].end()]
    return cleaned or EMPTY_OUTPUT


def _run_bulk_generation(job: Job, progress: ProgressReporter) -> dict[str, Any]:
    from ml.generation import GenerationParams, GenerationRequest

    p = job.params
    channel, variants, fresh, spec = p["channel"], int(p["variants"]), bool(p.get("fresh")), p["model"]
    options = CopyRequestOptions.from_dict(p.get("options") or {})
    template = PromptTemplate.objects.filter(pk=p.get("template_id")).first() or active_prompt_template(channel)
    voice = BrandVoice.objects.filter(pk=p.get("brand_voice_id")).first()
    sampling = GenerationParams(**{**p["sampling"], "stop": tuple(p["sampling"].get("stop") or ())})
    ids: list[int] = list(p["product_ids"])
    already = set(
        CopyVersion.objects.filter(job=job).values_list("copy__product_id", flat=True)
    )  # written by an earlier delivery of this job
    progress.set_total(len(ids), message=f"Writing {variants} variant(s) for {len(ids)} product(s)")
    counts = {"products": 0, "versions": 0, "cached": 0, "skipped_in_review": 0, "unsupported_claims": 0}
    generator = None
    done = 0
    for start in range(0, len(ids), CHUNK):
        chunk_ids = [i for i in ids[start : start + CHUNK] if i not in already]
        products = list(Product.objects.select_related("category").filter(pk__in=chunk_ids).order_by("pk"))
        prompts = []
        for product in products:
            messages = build_copy_messages(product=product, template=template, brand_voice=voice, options=options)
            digest = prompt_hash(model_spec=spec, messages=messages, params=p["sampling"])
            cached = [] if fresh else _cached_texts(digest, variants)
            prompts.append((product, messages, digest, cached))
        misses = [item for item in prompts if not item[3]]
        results: dict[int, Any] = {}
        if misses:
            generator = generator or text_generator(spec)
            requests = [GenerationRequest(messages=messages, params=sampling) for _, messages, _, _ in misses]
            base = done

            def report(finished: int, _total: int, base: int = base) -> None:
                progress.advance(base + finished, f"{base + finished} of {len(ids)} products written")

            generated = generator.generate(requests, progress=report)
            results = {product.pk: result for (product, _, _, _), result in zip(misses, generated, strict=True)}
        for product, messages, digest, cached in prompts:
            outcome = _store_variants(
                job=job, product=product, channel=channel, options=options, voice=voice, template=template,
                variants=variants, messages=messages, digest=digest, cached=cached, result=results.get(product.pk),
                spec=spec, params=p["sampling"],
            )
            for key, value in outcome.items():
                counts[key] += value
        done = min(start + CHUNK, len(ids))
        progress.advance(done, f"{done} of {len(ids)} products written")
    return {**counts, "model": spec, "model_version": getattr(generator, "model_version", "")}


@transaction.atomic
def _store_variants(
    *,
    job: Job,
    product: Product,
    channel: str,
    options: CopyRequestOptions,
    voice: BrandVoice | None,
    template: PromptTemplate,
    variants: int,
    messages: list[dict[str, str]],
    digest: str,
    cached: list[CopyVersion],
    result: Any,
    spec: str,
    params: dict[str, Any],
) -> dict[str, int]:
    counts = {"products": 1, "versions": 0, "cached": 0, "skipped_in_review": 0, "unsupported_claims": 0}
    for number in range(1, variants + 1):
        copy, _ = GeneratedCopy.objects.get_or_create(
            product=product, channel=channel, language=options.language, variant=number,
            defaults={"brand_voice": voice, "request_options": options.as_dict()},
        )
        copy = lock_copy(copy)
        if copy.status in PROTECTED_STATUSES:
            counts["skipped_in_review"] += 1
            continue
        copy.brand_voice, copy.request_options = voice, options.as_dict()
        copy.save(update_fields=["brand_voice", "request_options", "updated_at"])
        provenance: dict[str, Any] = {
            "model_spec": spec, "params": params, "prompt": messages, "prompt_hash": digest, "job": job,
        }
        if cached:
            source = cached[number - 1]
            text = source.text
            provenance.update(
                cached_from=source, model_version=source.model_version, prompt_tokens=0, completion_tokens=0,
                latency_ms=0, finish_reason=source.finish_reason,
            )
            counts["cached"] += 1
        else:
            out = result.outputs[number - 1]
            text = out.text
            provenance.update(
                model_version=result.model_version, prompt_tokens=out.prompt_tokens,
                completion_tokens=out.completion_tokens, latency_ms=round(result.latency_s * 1000),
                finish_reason=out.finish_reason,
            )
        text = clean_model_text(text, product, cut_off=provenance["finish_reason"] == "length")
        version = record_version(
            copy=copy, text=text, author_kind=CopyVersion.Author.MODEL, template=template, **provenance
        )
        previous = return_to_draft(copy)
        audit_copy(copy, CopyAuditEntry.Action.GENERATED, None, version=version, job=job.pk, previous_status=previous,
               cached=bool(cached))
        counts["versions"] += 1
        counts["unsupported_claims"] += version.unsupported_count
    return counts


def _run_regeneration(job: Job, progress: ProgressReporter) -> dict[str, Any]:
    from ml.generation import GenerationParams, GenerationRequest

    p = job.params
    copy = GeneratedCopy.objects.select_related("product__category", "brand_voice", "current_version").get(pk=p["copy_id"])
    done_version = CopyVersion.objects.filter(job=job, copy=copy).first()
    if done_version is not None:  # an earlier delivery of this job finished the work
        return {"copy_id": copy.pk, "version_id": done_version.pk, "text": done_version.text, "cached": False}
    template = PromptTemplate.objects.filter(pk=p.get("template_id")).first() or active_prompt_template(copy.channel)
    options = CopyRequestOptions.from_dict({**copy.request_options, "language": copy.language})
    feedback = p.get("feedback", "")
    previous_text = copy.current_version.text if copy.current_version and feedback else ""
    messages = build_copy_messages(
        product=copy.product, template=template, brand_voice=copy.brand_voice, options=options,
        reviewer_feedback=feedback, previous_text=previous_text,
    )
    spec = p["model"]
    digest = prompt_hash(model_spec=spec, messages=messages, params=p["sampling"])
    cached = [] if p.get("fresh") else _cached_texts(digest, 1)
    provenance: dict[str, Any] = {"model_spec": spec, "params": p["sampling"], "prompt": messages, "prompt_hash": digest}
    updates = 0
    if cached:
        text = cached[0].text
        provenance.update(cached_from=cached[0], model_version=cached[0].model_version, prompt_tokens=0,
                          completion_tokens=0, latency_ms=0, finish_reason=cached[0].finish_reason)
    else:
        sampling = GenerationParams(**{**p["sampling"], "stop": tuple(p["sampling"].get("stop") or ())})
        generator = text_generator(spec)
        progress.set_total(sampling.max_new_tokens, message="Writing…")
        started = time.perf_counter()
        text, pieces, last_write = "", 0, 0.0
        for piece in generator.stream(GenerationRequest(messages=messages, params=sampling)):
            text += piece
            pieces += 1
            if time.perf_counter() - last_write >= STREAM_WRITE_EVERY_S:
                last_write = time.perf_counter()
                updates += 1
                Job.objects.filter(pk=job.pk).update(result={"copy_id": copy.pk, "partial_text": text})
                progress.advance(min(pieces, sampling.max_new_tokens), "Writing…")
        latency = time.perf_counter() - started
        completion_tokens = _count_tokens(generator, text)
        provenance.update(
            model_version=generator.model_version,
            prompt_tokens=_count_tokens(generator, messages),
            completion_tokens=completion_tokens,
            latency_ms=round(latency * 1000),
            # The stream does not say why it ended; a full token budget means it was cut off.
            finish_reason="length" if (completion_tokens or 0) >= sampling.max_new_tokens else "stop",
        )
    text = clean_model_text(text, copy.product, cut_off=provenance["finish_reason"] == "length")
    with transaction.atomic():
        copy = lock_copy(copy)
        version = record_version(
            copy=copy, text=text, author_kind=CopyVersion.Author.MODEL, template=template,
            note=f"Reviewer asked: {feedback}" if feedback else "Regenerated", job=job, **provenance,
        )
        previous = return_to_draft(copy)
        audit_copy(copy, CopyAuditEntry.Action.GENERATED, acting_user(job.created_by), version=version, job=job.pk,
               previous_status=previous, cached=bool(cached), feedback=feedback)
    return {"copy_id": copy.pk, "version_id": version.pk, "text": version.text, "cached": bool(cached),
            "stream_updates": updates}


def _count_tokens(generator: Any, content: Any) -> int | None:
    """Token count with the generator's own tokenizer, where it has one (remote backends do not)."""
    tokenizer = getattr(generator, "tokenizer", None)
    if tokenizer is None:
        return None
    try:
        if isinstance(content, list):
            from ml.generation import GenerationRequest, render_prompt

            text, add_special = render_prompt(tokenizer, GenerationRequest(messages=content))
            return len(tokenizer(text, add_special_tokens=add_special)["input_ids"])
        return len(tokenizer(content, add_special_tokens=False)["input_ids"])
    except Exception:  # a count is informative only; never fail a finished generation over it
        logger.warning("could not count tokens", exc_info=True)
        return None
