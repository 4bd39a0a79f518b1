"""Writes to the catalogue. An import is validated whole first and then written in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.utils import timezone

from .catalog_file import CatalogData, RowError, parse_catalog_file, slugify_category
from .models import CatalogImport, Category, Product, Review
from .signals import products_regrouped

BULK_BATCH = 500
PRODUCT_FIELDS = ("title", "brand", "category_id", "price", "currency", "attributes")
REVIEW_FIELDS = ("product_id", "rating", "title", "body", "author_name", "created_at", "language")


@dataclass
class ImportOutcome:
    """What an import did: counts per kind, or the errors that made it write nothing."""

    catalog_import: CatalogImport
    errors: list[RowError] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    changed_review_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def import_catalog(
    *,
    content: bytes,
    filename: str,
    created_by: User | AnonymousUser | None = None,
    after_commit: Callable[[list[int]], object] | None = None,
) -> ImportOutcome:
    """Import a CSV/JSON catalogue file all-or-nothing, upserting on SKU and on (source, external_id).

    Nothing is written unless every row is valid. `after_commit` receives the ids of new or changed reviews
    once the transaction has committed (the caller uses it to schedule sentiment classification).
    """
    user = created_by if isinstance(created_by, User) else None
    if len(content) > settings.CATALOG_IMPORT_MAX_BYTES:
        limit_mb = settings.CATALOG_IMPORT_MAX_BYTES / 1024 / 1024
        data = CatalogData(errors=[RowError("file", 0, "", f"the file is larger than {limit_mb:.0f} MB; split it")])
    else:
        data = parse_catalog_file(content, filename)
        if not data.errors:
            _check_references(data)
    if data.errors:
        record = CatalogImport.objects.create(
            filename=filename[:255],
            status=CatalogImport.Status.REJECTED,
            created_by=user,
            errors=[e.as_dict() for e in data.errors[:1000]],
            counts={"errors": len(data.errors)},
        )
        return ImportOutcome(catalog_import=record, errors=data.errors)

    with transaction.atomic():
        categories = _upsert_categories(data)
        products, product_ids = _upsert_products(data, categories)
        reviews, changed_ids = _upsert_reviews(data, product_ids)
        counts = {"categories": categories["counts"], "products": products, "reviews": reviews}
        record = CatalogImport.objects.create(
            filename=filename[:255], status=CatalogImport.Status.IMPORTED, created_by=user, counts=counts
        )
        if after_commit is not None and changed_ids:
            transaction.on_commit(lambda: after_commit(changed_ids))
    return ImportOutcome(catalog_import=record, counts=counts, changed_review_ids=changed_ids)


def _check_references(data: CatalogData) -> None:
    """Reviews must name a product that exists or is in the same file; categories' parents likewise."""
    skus_in_file = {p.sku for p in data.products}
    needed = {r.sku for r in data.reviews} - skus_in_file
    known = set(Product.objects.filter(sku__in=needed).values_list("sku", flat=True)) if needed else set()
    for review in data.reviews:
        if review.sku not in skus_in_file and review.sku not in known:
            data.errors.append(RowError("reviews", review.row, "sku", f"no product with SKU {review.sku!r}"))
    slugs_in_file = {c.slug for c in data.categories}
    parents = {c.parent for c in data.categories if c.parent} - slugs_in_file
    existing = set(Category.objects.filter(slug__in=parents).values_list("slug", flat=True)) if parents else set()
    for position, category in enumerate(data.categories, start=1):
        if category.parent and category.parent not in slugs_in_file and category.parent not in existing:
            data.errors.append(RowError("categories", position, "parent", f"no category {category.parent!r}"))


def _upsert_categories(data: CatalogData) -> dict[str, Any]:
    by_key: dict[str, Category] = {}
    for category in Category.objects.all():
        by_key[category.slug] = category
        by_key.setdefault(category.name.lower(), category)
    created = updated = 0
    for row in data.categories:  # files list parents before children
        parent = by_key.get(row.parent) if row.parent else None
        category = by_key.get(row.slug)
        if category is None:
            category = Category.objects.create(slug=row.slug, name=row.name, parent=parent)
            created += 1
        elif category.name != row.name or category.parent_id != (parent.pk if parent else None):
            category.name, category.parent = row.name, parent
            category.save(update_fields=["name", "parent"])
            updated += 1
        by_key[category.slug] = by_key[category.name.lower()] = category
    for product in data.products:  # a product may name a category the file does not define
        if product.category and product.category not in by_key and product.category.lower() not in by_key:
            slug = slugify_category(product.category)
            category = by_key.get(slug)
            if category is None:
                category = Category.objects.create(slug=slug, name=product.category)
                created += 1
            by_key[slug] = by_key[product.category.lower()] = by_key[product.category] = category
    return {"by_key": by_key, "counts": {"created": created, "updated": updated}}


def _upsert_products(data: CatalogData, categories: dict[str, Any]) -> tuple[dict[str, int], dict[str, int]]:
    by_key: dict[str, Category] = categories["by_key"]
    existing = {p.sku: p for p in Product.objects.filter(sku__in=[row.sku for row in data.products])}
    to_create, to_update, now = [], [], timezone.now()
    regrouped: list[int] = []
    for row in data.products:
        category = (by_key.get(row.category) or by_key.get(row.category.lower())) if row.category else None
        values = {
            "title": row.title,
            "brand": row.brand,
            "category_id": category.pk if category else None,
            "price": row.price,
            "currency": row.currency,
            "attributes": row.attributes,
        }
        product = existing.get(row.sku)
        if product is None:
            to_create.append(Product(sku=row.sku, **values))
        elif any(getattr(product, name) != value for name, value in values.items()):
            if (product.category_id, product.brand) != (values["category_id"], values["brand"]):
                regrouped.append(product.pk)
            for name, value in values.items():
                setattr(product, name, value)
            product.updated_at = now
            to_update.append(product)
    Product.objects.bulk_create(to_create, batch_size=BULK_BATCH)
    Product.objects.bulk_update(to_update, [*PRODUCT_FIELDS, "updated_at"], batch_size=BULK_BATCH)
    skus = {row.sku for row in data.products} | {row.sku for row in data.reviews}
    product_ids = dict(Product.objects.filter(sku__in=skus).values_list("sku", "id"))
    unchanged = len(data.products) - len(to_create) - len(to_update)
    if regrouped:
        # Reports keyed by category or brand recount these products once the import has committed.
        transaction.on_commit(lambda: products_regrouped.send(sender=Product, product_ids=regrouped))
    return {"created": len(to_create), "updated": len(to_update), "unchanged": unchanged}, product_ids


def _upsert_reviews(data: CatalogData, product_ids: dict[str, int]) -> tuple[dict[str, int], list[int]]:
    keys = {(row.source, row.external_id) for row in data.reviews}
    existing: dict[tuple[str, str], Review] = {}
    for source in {source for source, _ in keys}:
        ids = [external_id for s, external_id in keys if s == source]
        for start in range(0, len(ids), BULK_BATCH):
            for review in Review.objects.filter(source=source, external_id__in=ids[start : start + BULK_BATCH]):
                existing[(review.source, review.external_id)] = review
    to_create, to_update, now = [], [], timezone.now()
    for row in data.reviews:
        values = {
            "product_id": product_ids[row.sku],
            "rating": row.rating,
            "title": row.title,
            "body": row.body,
            "author_name": row.author_name,
            "created_at": row.created_at,
            "language": row.language,
        }
        review = existing.get((row.source, row.external_id))
        if review is None:
            to_create.append(Review(source=row.source, external_id=row.external_id, **values))
        elif any(getattr(review, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(review, name, value)
            review.updated_at = now
            to_update.append(review)
    Review.objects.bulk_create(to_create, batch_size=BULK_BATCH)
    Review.objects.bulk_update(to_update, [*REVIEW_FIELDS, "updated_at"], batch_size=BULK_BATCH)
    created_keys = [(r.source, r.external_id) for r in to_create]
    created_ids = _review_ids(created_keys)
    changed = sorted(set(created_ids) | {r.pk for r in to_update})
    unchanged = len(data.reviews) - len(to_create) - len(to_update)
    return {"created": len(to_create), "updated": len(to_update), "unchanged": unchanged}, changed


def _review_ids(keys: list[tuple[str, str]]) -> list[int]:
    # bulk_create does not return primary keys on every backend, so look them up by natural key.
    ids: list[int] = []
    for source in {source for source, _ in keys}:
        external_ids = [external_id for s, external_id in keys if s == source]
        for start in range(0, len(external_ids), BULK_BATCH):
            ids.extend(
                Review.objects.filter(source=source, external_id__in=external_ids[start : start + BULK_BATCH])
                .values_list("id", flat=True)
            )
    return ids
