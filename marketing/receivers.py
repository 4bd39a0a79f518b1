"""What the marketing app does when the catalogue tells it something changed (products.signals)."""

from typing import Any

from products.signals import products_regrouped


def on_products_regrouped(sender: Any, product_ids: list[int], **kwargs: Any) -> None:
    """Products moved to another category or brand: recount the report summary rows they count in."""
    from marketing.services.reports import schedule_report_summary_refresh

    schedule_report_summary_refresh(product_ids=product_ids)


def connect() -> None:
    products_regrouped.connect(on_products_regrouped, dispatch_uid="marketing.on_products_regrouped")
