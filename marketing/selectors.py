"""Reads for the dashboard: headline numbers and job lists."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, QuerySet

from marketing.models import Job, ReviewSentiment
from products.models import Category, Product, Review


def dashboard_summary() -> dict[str, Any]:
    """Headline counts for the dashboard home page."""
    latest = ReviewSentiment.objects.order_by("-updated_at").values_list("model_version", flat=True).first()
    labels: dict[str, int] = {}
    if latest:
        labels = dict(
            ReviewSentiment.objects.filter(model_version=latest)
            .values_list("label")
            .annotate(n=Count("id"))
            .values_list("label", "n")
        )
    return {
        "products": Product.objects.count(),
        "categories": Category.objects.count(),
        "reviews": Review.objects.count(),
        "sentiment_model": latest,
        "sentiment_labels": labels,
        "classified": sum(labels.values()),
    }


def job_list(*, kind: str = "", status: str = "") -> QuerySet[Job]:
    jobs = Job.objects.select_related("created_by")
    if kind:
        jobs = jobs.filter(kind=kind)
    if status:
        jobs = jobs.filter(status=status)
    return jobs
