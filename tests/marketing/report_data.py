"""Known review data for the sentiment report tests: reviews with a model's verdict already written."""

from datetime import date, datetime, time, timedelta

from django.utils import timezone

from marketing.models import ReviewSentiment
from marketing.selectors_reports import ReportFilters
from marketing.services.reports import refresh_sentiment_summary
from products.models import Product, Review
from tests.factories import ReviewFactory

VERSION = "test-model-v1"
SCORES = {"positive": 0.8, "neutral": 0.0, "negative": -0.6}


def at(day: date, hour: int = 12) -> datetime:
    """A moment on that day in the current time zone."""
    return timezone.make_aware(datetime.combine(day, time(hour)))


def classified(
    product: Product,
    *,
    label: str,
    day: date,
    rating: int = 5,
    score: float | None = None,
    version: str = VERSION,
    **review_fields,
) -> Review:
    """A review written on `day` that the model `version` read as `label`."""
    review = ReviewFactory(product=product, rating=rating, created_at=at(day), **review_fields)
    ReviewSentiment.objects.create(
        review=review,
        model_version=version,
        label=label,
        score=SCORES[label] if score is None else score,
        probabilities={label: 1.0},
    )
    return review


def monday(weeks_ago: int = 0) -> date:
    today = timezone.localdate()
    return today - timedelta(days=today.weekday(), weeks=weeks_ago)


def report_filters(start: date, end: date, **narrowing) -> ReportFilters:
    return ReportFilters(model_version=narrowing.pop("model_version", VERSION), start=start, end=end, **narrowing)


def refresh(version: str = VERSION) -> int:
    return refresh_sentiment_summary(model_version=version)
