"""Reads for the copy studio: copy status per product and channel, variants, history, the published copy."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from marketing.models import CopyAuditEntry, CopyChannel, CopyVersion, GeneratedCopy
from products.models import Product

Status = GeneratedCopy.Status

# The status that best describes a product's copy for a channel when its variants differ: the furthest along.
STATUS_RANK: dict[str, int] = {
    Status.PUBLISHED: 6,
    Status.APPROVED: 5,
    Status.IN_REVIEW: 4,
    Status.DRAFT: 3,
    Status.REJECTED: 2,
    Status.ARCHIVED: 1,
}


def copy_status_by_product(*, product_ids: Iterable[int], language: str = "en") -> dict[int, dict[str, dict[str, Any]]]:
    """For each product: {channel: {"status", "label", "variants", "live"}} in one query.

    "status" is the furthest-along status among the channel's variants; "live" says whether the storefront
    has published copy for it. Channels without copy are absent.
    """
    summary: dict[int, dict[str, dict[str, Any]]] = {}
    rows = GeneratedCopy.objects.filter(product_id__in=list(product_ids), language=language).values_list(
        "product_id", "channel", "status", "published_version_id"
    )
    for product_id, channel, status, published_id in rows:
        entry = summary.setdefault(product_id, {}).setdefault(
            channel, {"status": status, "label": Status(status).label, "variants": 0, "live": False}
        )
        entry["variants"] += 1
        entry["live"] = entry["live"] or published_id is not None
        if STATUS_RANK[status] > STATUS_RANK[entry["status"]]:
            entry.update(status=status, label=Status(status).label)
    return summary


CHANNEL_SHORT_NAMES: dict[str, str] = {
    CopyChannel.PRODUCT_DESCRIPTION: "Description",
    CopyChannel.SHORT_DESCRIPTION: "Short",
    CopyChannel.SEO: "SEO",
    CopyChannel.EMAIL_SUBJECTS: "E-mail",
    CopyChannel.SOCIAL_POST: "Social",
}
NO_COPY = {"status": "", "label": "", "variants": 0, "live": False}


def channel_statuses(summary: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per channel, in channel order, for a product's row (channels without copy included)."""
    return [
        {"channel": value, "channel_label": label, "short": CHANNEL_SHORT_NAMES[value], **summary.get(value, NO_COPY)}
        for value, label in CopyChannel.choices
    ]


def copy_studio_products(
    *, search: str = "", category_slug: str = "", channel: str = "", status: str = "", language: str = "en"
) -> QuerySet[Product]:
    """Products for the copy studio list. `status` filters on copy for `channel` (or any channel);
    "none" means products without copy there."""
    products = Product.objects.select_related("category")
    if search:
        products = products.filter(Q(title__icontains=search) | Q(sku__icontains=search) | Q(brand__icontains=search))
    if category_slug:
        products = products.filter(Q(category__slug=category_slug) | Q(category__parent__slug=category_slug))
    copies = GeneratedCopy.objects.filter(product=OuterRef("pk"), language=language)
    if channel:
        copies = copies.filter(channel=channel)
    if status == "none":
        products = products.exclude(Exists(copies))
    elif status == "live":
        products = products.filter(Exists(copies.filter(published_version__isnull=False)))
    elif status:
        products = products.filter(Exists(copies.filter(status=status)))
    return products.order_by("title")


def variants_for_product(*, product: Product, channel: str, language: str = "en") -> list[GeneratedCopy]:
    """The product's variants for a channel and language, each with its current version, in variant order."""
    return list(
        GeneratedCopy.objects.filter(product=product, channel=channel, language=language)
        .select_related("current_version__author", "published_version", "brand_voice")
        .order_by("variant")
    )


def copy_with_history(*, copy_id: int) -> GeneratedCopy:
    """A copy with all its versions (newest first) and its audit log, for the history page and the API."""
    return (
        GeneratedCopy.objects.select_related("product__category", "current_version", "published_version", "brand_voice")
        .prefetch_related(
            Prefetch("versions", queryset=CopyVersion.objects.select_related("author", "based_on").order_by("-number")),
            Prefetch("audit_entries", queryset=CopyAuditEntry.objects.select_related("actor", "version")),
        )
        .get(pk=copy_id)
    )


def generated_copy_list(
    *, sku: str = "", channel: str = "", language: str = "", status: str = ""
) -> QuerySet[GeneratedCopy]:
    """Copies matching the filters, each with its product and current version (the API's list)."""
    copies = GeneratedCopy.objects.select_related("product", "current_version", "published_version")
    if sku:
        copies = copies.filter(product__sku=sku)
    if channel:
        copies = copies.filter(channel=channel)
    if language:
        copies = copies.filter(language=language)
    if status:
        copies = copies.filter(status=status)
    return copies.order_by("product__sku", "channel", "language", "variant")


def published_copy(*, product: Product, channel: str, language: str = "en") -> GeneratedCopy | None:
    """The variant whose published version the storefront shows for this product, channel and language."""
    return (
        GeneratedCopy.objects.select_related("published_version", "product")
        .filter(product=product, channel=channel, language=language, published_version__isnull=False)
        .first()
    )


def published_copies(*, language: str = "en", channel: str = "", search: str = "") -> QuerySet[GeneratedCopy]:
    """Everything the storefront currently gets, by product then channel."""
    copies = GeneratedCopy.objects.select_related("product", "published_version").filter(
        published_version__isnull=False, language=language
    )
    if channel:
        copies = copies.filter(channel=channel)
    if search:
        copies = copies.filter(Q(product__title__icontains=search) | Q(product__sku__icontains=search))
    return copies.order_by("product__title", "channel")
