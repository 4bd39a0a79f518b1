"""What the marketing app does when the catalogue changes under its reports (products.signals, deletions)."""

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete

from products.models import Product, Review
from products.signals import products_regrouped


def on_products_regrouped(sender: Any, product_ids: list[int], **kwargs: Any) -> None:
    """Products moved to another category or brand: recount the report summary rows they count in."""
    from marketing.services.reports import schedule_report_summary_refresh

    schedule_report_summary_refresh(product_ids=product_ids)


@dataclass
class _RecountBatch:
    """What one transaction deleted, recounted by one job once it commits."""

    product_ids: set[int] = field(default_factory=set)
    everything: bool = False

    def flush(self) -> None:
        from marketing.services.reports import schedule_report_summary_refresh

        schedule_report_summary_refresh(product_ids=self.product_ids, everything=self.everything)


def _recount_after_commit(*, product_id: int | None = None, everything: bool = False) -> None:
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        _RecountBatch({product_id} if product_id else set(), everything).flush()
        return
    batch: _RecountBatch | None = getattr(connection, "storefront_recount_batch", None)
    # A batch belongs to the transaction whose commit callbacks still hold its flush; after a commit
    # or a rollback that list no longer does, and the next deletion starts a new batch.
    if batch is None or not any(entry[1] == batch.flush for entry in connection.run_on_commit):
        batch = _RecountBatch()
        connection.storefront_recount_batch = batch
        transaction.on_commit(batch.flush)
    if product_id:
        batch.product_ids.add(product_id)
    batch.everything |= everything


def on_review_deleted(sender: Any, instance: Review, **kwargs: Any) -> None:
    """A deleted review must leave the report counts once the deletion has committed."""
    _recount_after_commit(product_id=instance.product_id)


def on_product_deleted(sender: Any, instance: Product, **kwargs: Any) -> None:
    """A deleted product takes its own summary rows with it; the rows above them are rebuilt."""
    _recount_after_commit(everything=True)


def connect() -> None:
    products_regrouped.connect(on_products_regrouped, dispatch_uid="marketing.on_products_regrouped")
    post_delete.connect(on_review_deleted, sender=Review, dispatch_uid="marketing.on_review_deleted")
    post_delete.connect(on_product_deleted, sender=Product, dispatch_uid="marketing.on_product_deleted")
