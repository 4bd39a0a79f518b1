"""Copy studio pages: the product list with copy status, a product's variants and editor, history, published copy.

Every action is a plain form POST that works without JavaScript (it redirects back); with htmx the same
endpoints answer with the updated variant card, and a running regeneration streams into its card.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from marketing import selectors_copy
from marketing.forms_copy import ApproveForm, CommentForm, EditCopyForm, GenerationRequestForm
from marketing.models import CopyChannel, CopyVersion, GeneratedCopy, Job
from marketing.services import copy_workflow as workflow
from marketing.services.copy_generation import regenerate_copy, request_copy_changes, request_copy_generation
from marketing.services.copy_prompts import COPY_LANGUAGES, product_facts
from marketing.services.copy_workflow import (
    APPROVE_COPY_PERMISSION,
    EDIT_COPY_PERMISSION,
    GENERATE_COPY_PERMISSION,
    PUBLISH_COPY_PERMISSION,
    version_diff_html,
)
from products import selectors as product_selectors
from products.exceptions import ApplicationError
from products.models import Product


def _is_htmx(request: HttpRequest) -> bool:
    # Set by django_htmx's middleware; its truthiness says whether htmx sent the request.
    return bool(getattr(request, "htmx", False))


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _language(request: HttpRequest) -> str:
    language = request.GET.get("language", "en")
    return language if language in COPY_LANGUAGES else "en"


@login_required
def copy_studio(request: HttpRequest) -> HttpResponse:
    """Products with their copy status per channel, filters, and the bulk "generate" form."""
    filters = {
        "search": request.GET.get("q", "").strip(),
        "category_slug": request.GET.get("category", ""),
        "channel": request.GET.get("channel", ""),
        "status": request.GET.get("status", ""),
        "language": _language(request),
    }
    products = selectors_copy.copy_studio_products(**filters)
    page = Paginator(products, 25).get_page(request.GET.get("page"))
    statuses = selectors_copy.copy_status_by_product(product_ids=[p.pk for p in page], language=filters["language"])
    rows = [(p, selectors_copy.channel_statuses(statuses.get(p.pk, {}))) for p in page]
    job_id = _int(request.GET.get("job"))
    job = Job.objects.filter(pk=job_id, kind=Job.Kind.GENERATION).first() if job_id else None
    context = {
        "page": page,
        "rows": rows,
        "filters": filters,
        "channels": CopyChannel.choices,
        "statuses": GeneratedCopy.Status.choices,
        "languages": COPY_LANGUAGES.items(),
        "categories": product_selectors.categories_with_counts(),
        "form": GenerationRequestForm(initial={"language": filters["language"], "channel": filters["channel"] or None}),
        "job": job,
    }
    return render(request, "marketing/copy/studio.html", context)


@login_required
@permission_required(GENERATE_COPY_PERMISSION, raise_exception=True)
@require_POST
def generate(request: HttpRequest) -> HttpResponse:
    """Queue a generation request; back to the product page (one product) or the studio list, with progress."""
    form = GenerationRequestForm(request.POST)
    back = request.POST.get("next") or reverse("dashboard:copy-studio")
    if not form.is_valid():
        for field, errors in form.errors.items():
            messages.error(request, f"{field.replace('_', ' ').capitalize()}: {' '.join(str(e) for e in errors)}")
        return redirect(back)
    try:
        job = request_copy_generation(user=request.user, **form.service_kwargs())
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect(back)
    messages.success(request, f"Generation job #{job.pk} queued: {job.message.removeprefix('Queued: ')}.")
    separator = "&" if "?" in back else "?"
    return redirect(f"{back}{separator}job={job.pk}")


def _variant_context(request: HttpRequest, copy: GeneratedCopy, *, error: str = "", editing: bool = False) -> dict[str, Any]:
    live_job = (
        Job.objects.filter(kind=Job.Kind.GENERATION, params__copy_id=copy.pk, status__in=[Job.Status.QUEUED, Job.Status.RUNNING])
        .order_by("-pk")
        .first()
    )
    return {
        "copy": copy,
        "version": copy.current_version,
        "error": error,
        "editing": editing,
        "edit_form": EditCopyForm(initial={"text": copy.current_version.text if copy.current_version else ""}),
        "live_job": live_job,
    }


@login_required
def product_copy(request: HttpRequest, sku: str) -> HttpResponse:
    """A product's facts and its variants for one channel side by side, with the generate form."""
    product = get_object_or_404(Product.objects.select_related("category"), sku=sku)
    channel = request.GET.get("channel", CopyChannel.PRODUCT_DESCRIPTION)
    if channel not in CopyChannel.values:
        channel = CopyChannel.PRODUCT_DESCRIPTION
    language = _language(request)
    variants = selectors_copy.variants_for_product(product=product, channel=channel, language=language)
    statuses = selectors_copy.copy_status_by_product(product_ids=[product.pk], language=language).get(product.pk, {})
    job_id = _int(request.GET.get("job"))
    job = Job.objects.filter(pk=job_id, kind=Job.Kind.GENERATION).first() if job_id else None
    context = {
        "product": product,
        "facts": product_facts(product),
        "channel": channel,
        "channel_label": CopyChannel(channel).label,
        "language": language,
        "languages": COPY_LANGUAGES.items(),
        "tabs": selectors_copy.channel_statuses(statuses),
        "cards": [_variant_context(request, copy) for copy in variants],
        "form": GenerationRequestForm(initial={"channel": channel, "language": language, "products": [product.pk]}),
        "published": selectors_copy.published_copy(product=product, channel=channel, language=language),
        "job": job,
        "here": f"{reverse('dashboard:copy-product', args=[product.sku])}?channel={channel}&language={language}",
    }
    return render(request, "marketing/copy/product.html", context)


def _product_page(copy: GeneratedCopy) -> str:
    url = reverse("dashboard:copy-product", args=[copy.product.sku])
    return f"{url}?channel={copy.channel}&language={copy.language}#variant-{copy.pk}"


def _card(request: HttpRequest, copy: GeneratedCopy, *, error: str = "", editing: bool = False, status: int = 200) -> HttpResponse:
    copy = GeneratedCopy.objects.select_related("product", "current_version__author", "published_version").get(pk=copy.pk)
    return render(
        request, "marketing/copy/_variant_card.html", _variant_context(request, copy, error=error, editing=editing),
        status=status,
    )


def _act(request: HttpRequest, pk: int, action: Callable[[GeneratedCopy], Any], done: str, *, refresh: bool = False) -> HttpResponse:
    """Run one workflow action; answer htmx with the card (or a page refresh), plain POSTs with a redirect."""
    copy = get_object_or_404(GeneratedCopy.objects.select_related("product"), pk=pk)
    try:
        action(copy)
    except ApplicationError as exc:
        if _is_htmx(request):
            return _card(request, copy, error=exc.message)
        messages.error(request, exc.message)
        return redirect(_product_page(copy))
    if _is_htmx(request):
        if refresh:
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
        return _card(request, copy)
    messages.success(request, done)
    return redirect(_product_page(copy))


@login_required
@permission_required(EDIT_COPY_PERMISSION, raise_exception=True)
def edit_variant(request: HttpRequest, pk: int) -> HttpResponse:
    """The editor: saving creates a new version (the model's text is never overwritten)."""
    copy = get_object_or_404(GeneratedCopy.objects.select_related("product", "current_version"), pk=pk)
    if request.method == "POST":
        form = EditCopyForm(request.POST)
        if form.is_valid():
            return _act(
                request, pk,
                lambda c: workflow.edit_copy(copy=c, text=form.cleaned_data["text"], user=request.user,
                                             note=form.cleaned_data["note"]),
                "Saved as a new version.",
            )
    else:
        form = EditCopyForm(initial={"text": copy.current_version.text if copy.current_version else ""})
    if _is_htmx(request):
        error = "Write some text (at most 20,000 characters)." if form.is_bound else ""
        return _card(request, copy, editing=True, error=error)
    return render(request, "marketing/copy/edit.html", {"copy": copy, "form": form, "back": _product_page(copy)})


@login_required
def variant_card(request: HttpRequest, pk: int) -> HttpResponse:
    """One variant's card (htmx: cancel an edit)."""
    copy = get_object_or_404(GeneratedCopy, pk=pk)
    if not _is_htmx(request):
        return redirect(_product_page(copy))
    return _card(request, copy)


@login_required
def variant_history(request: HttpRequest, pk: int) -> HttpResponse:
    """Every version of a variant, a diff between any two, restore buttons, and the audit log."""
    try:
        copy = selectors_copy.copy_with_history(copy_id=pk)
    except GeneratedCopy.DoesNotExist as exc:
        raise Http404("No such copy") from exc
    versions = list(copy.versions.all())
    by_number = {v.number: v for v in versions}
    diff = None
    if len(versions) >= 2:
        new = by_number.get(_int(request.GET.get("b")) or 0, versions[0])
        old = by_number.get(_int(request.GET.get("a")) or 0, versions[1] if new is versions[0] else versions[0])
        diff = {"old": old, "new": new, "html": version_diff_html(old.text, new.text)}
    context = {"copy": copy, "versions": versions, "diff": diff, "audit": list(copy.audit_entries.all()),
               "back": _product_page(copy)}
    return render(request, "marketing/copy/history.html", context)


@login_required
@permission_required(EDIT_COPY_PERMISSION, raise_exception=True)
@require_POST
def revert_variant(request: HttpRequest, pk: int) -> HttpResponse:
    version = get_object_or_404(CopyVersion, pk=_int(request.POST.get("version")) or 0, copy_id=pk)
    return _act(request, pk, lambda c: workflow.revert_copy(copy=c, version=version, user=request.user),
                f"Version {version.number} restored as a new version.")


@login_required
@permission_required(EDIT_COPY_PERMISSION, raise_exception=True)
@require_POST
def submit_variant(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda c: workflow.submit_copy_for_review(copy=c, user=request.user), "Sent for review.")


@login_required
@permission_required(APPROVE_COPY_PERMISSION, raise_exception=True)
@require_POST
def approve_variant(request: HttpRequest, pk: int) -> HttpResponse:
    form = ApproveForm(request.POST)
    form.is_valid()
    data = form.cleaned_data
    return _act(
        request, pk,
        lambda c: workflow.approve_copy(copy=c, user=request.user, override=data.get("override", False),
                                        reason=data.get("reason", "")),
        "Approved.",
    )


@login_required
@permission_required(APPROVE_COPY_PERMISSION, raise_exception=True)
@require_POST
def reject_variant(request: HttpRequest, pk: int) -> HttpResponse:
    form = CommentForm(request.POST)
    form.is_valid()
    comment = form.cleaned_data.get("comment", "")
    return _act(request, pk, lambda c: workflow.reject_copy(copy=c, user=request.user, comment=comment), "Rejected.")


@login_required
@permission_required(APPROVE_COPY_PERMISSION, raise_exception=True)
@require_POST
def request_changes(request: HttpRequest, pk: int) -> HttpResponse:
    form = CommentForm(request.POST)
    form.is_valid()
    comment = form.cleaned_data.get("comment", "")
    return _act(request, pk, lambda c: request_copy_changes(copy=c, user=request.user, comment=comment),
                "Changes requested: the variant is being rewritten.")


@login_required
@permission_required(PUBLISH_COPY_PERMISSION, raise_exception=True)
@require_POST
def publish_variant(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda c: workflow.publish_copy(copy=c, user=request.user), "Published.", refresh=True)


@login_required
@permission_required(EDIT_COPY_PERMISSION, raise_exception=True)
@require_POST
def archive_variant(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, lambda c: workflow.archive_copy(copy=c, user=request.user), "Archived.", refresh=True)


@login_required
@permission_required(EDIT_COPY_PERMISSION, raise_exception=True)
@require_POST
def regenerate_variant(request: HttpRequest, pk: int) -> HttpResponse:
    fresh = request.POST.get("fresh", "1") == "1"
    return _act(request, pk, lambda c: regenerate_copy(copy=c, user=request.user, fresh=fresh),
                "Regenerating: the new text appears when the job is done.")


@login_required
def live_job(request: HttpRequest, job_id: int) -> HttpResponse:
    """Polled by htmx: a regeneration's partial text, or a bulk job's progress. When the job is done the
    variant card (or the page) is swapped in."""
    job = get_object_or_404(Job, pk=job_id, kind=Job.Kind.GENERATION)
    copy_id = job.params.get("copy_id")
    if job.is_finished and _is_htmx(request):
        if copy_id and GeneratedCopy.objects.filter(pk=copy_id).exists():
            response = _card(request, GeneratedCopy(pk=copy_id))
            response["HX-Retarget"] = f"#variant-{copy_id}"
            response["HX-Reswap"] = "outerHTML"
            return response
        if request.GET.get("refresh") == "1":
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
    context = {"job": job, "partial": (job.result or {}).get("partial_text", ""), "refresh": request.GET.get("refresh") == "1"}
    return render(request, "marketing/copy/_live_job.html", context)


@login_required
def published_copy(request: HttpRequest) -> HttpResponse:
    """What the storefront gets: every published version, rendered as sanitised HTML."""
    language = _language(request)
    channel = request.GET.get("channel", "")
    search = request.GET.get("q", "").strip()
    copies = selectors_copy.published_copies(language=language, channel=channel, search=search)
    page = Paginator(copies, 30).get_page(request.GET.get("page"))
    context = {"page": page, "language": language, "channel": channel, "search": search,
               "channels": CopyChannel.choices, "languages": COPY_LANGUAGES.items()}
    return render(request, "marketing/copy/published.html", context)
