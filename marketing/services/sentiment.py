"""Classifying reviews: scheduling batched jobs and writing results idempotently per model version."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Exists, OuterRef, QuerySet

from marketing.models import Job, ReviewSentiment
from marketing.services.jobs import ProgressReporter, create_job
from marketing.services.model_access import sentiment_classifier
from products.models import Review

CHUNK = 256


def review_text_for_model(review: Review) -> str:
    """What the classifier reads: the title (often the verdict) and the body."""
    title = review.title.strip()
    if title and not title.endswith((".", "!", "?")):
        title += "."
    return f"{title} {review.body}".strip()


def schedule_sentiment_classification(
    *,
    review_ids: list[int] | None = None,
    model_spec: str | None = None,
    reclassify: bool = False,
    created_by: User | AnonymousUser | None = None,
    enqueue: bool = True,
) -> Job:
    """One batched job that classifies the given reviews (None: every review) with the given model.

    Unless `reclassify`, reviews that already have a result from that model version and have not changed
    since are skipped, so scheduling twice costs nothing.
    """
    total = len(review_ids) if review_ids is not None else Review.objects.count()
    params: dict[str, Any] = {
        "review_ids": review_ids,
        "model": model_spec or settings.SENTIMENT_MODEL,
        "reclassify": reclassify,
    }
    scope = "all reviews" if review_ids is None else f"{total} review(s)"
    return create_job(
        kind=Job.Kind.SENTIMENT,
        params=params,
        total=total,
        created_by=created_by,
        message=f"Queued: {scope}",
        enqueue=enqueue,
    )


def _reviews_to_classify(params: dict[str, Any], model_version: str) -> QuerySet[Review]:
    reviews = Review.objects.all()
    if params.get("review_ids") is not None:
        reviews = reviews.filter(pk__in=params["review_ids"])
    if not params.get("reclassify"):
        up_to_date = ReviewSentiment.objects.filter(
            review=OuterRef("pk"), model_version=model_version, updated_at__gte=OuterRef("updated_at")
        )
        reviews = reviews.exclude(Exists(up_to_date))
    return reviews.order_by("pk")


def run_sentiment_job(job: Job, progress: ProgressReporter) -> dict[str, Any]:
    """Job handler: classify in batches and upsert one ReviewSentiment per (review, model version)."""
    classifier = sentiment_classifier(job.params.get("model"))
    reviews = _reviews_to_classify(job.params, classifier.model_version)
    ids = list(reviews.values_list("pk", flat=True))
    progress.set_total(len(ids), message=f"Classifying {len(ids)} review(s) with {classifier.model_version}")
    counts = {"negative": 0, "neutral": 0, "positive": 0}
    done = 0
    for start in range(0, len(ids), CHUNK):
        chunk = list(Review.objects.filter(pk__in=ids[start : start + CHUNK]).order_by("pk"))
        results = classifier.classify([review_text_for_model(r) for r in chunk], batch_size=settings.SENTIMENT_BATCH_SIZE)
        save_sentiments(job=job, reviews=chunk, results=results)
        for result in results:
            counts[result.label] += 1
        done += len(chunk)
        progress.advance(done, message=f"{done} of {len(ids)} reviews classified")
    return {"model_version": classifier.model_version, "classified": done, "labels": counts}


def save_sentiments(*, job: Job | None, reviews: list[Review], results: list[Any]) -> None:
    """Upsert results on (review, model version): a re-delivered job overwrites instead of duplicating."""
    rows = [
        ReviewSentiment(
            review=review,
            model_version=result.model_version,
            label=result.label,
            score=float(result.score),
            probabilities={k: float(v) for k, v in result.probabilities.items()},
            job=job,
        )
        for review, result in zip(reviews, results, strict=True)
    ]
    ReviewSentiment.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["review", "model_version"],
        update_fields=["label", "score", "probabilities", "job", "updated_at"],
    )
