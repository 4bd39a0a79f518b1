"""Reads for the sentiment reports: overview, product report, mismatches, exports and corrections.

Numbers come from the database, never from a Python loop over reviews. Reports add up
`WeeklySentimentSummary` rows (at the coarsest grain that can answer the filters) for the whole weeks
of the period and aggregate reviews live only for the days at its edges that do not fill a week.

A person's correction overrides the model's label everywhere in these reports; a corrected review
counts as sentiment +1, 0 or -1 in averages (the model's score no longer applies).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from django.conf import settings
from django.db.models import Case, Count, F, FloatField, Q, QuerySet, Sum, Value, When, Window
from django.db.models.functions import Abs, Coalesce, RowNumber, TruncWeek
from django.utils import timezone

from marketing.models import (
    ReviewAspect,
    ReviewSentiment,
    SentimentCorrection,
    SentimentReportVersion,
    WeeklySentimentSummary,
)
from products.models import Category, Product

LABELS = ("positive", "neutral", "negative")
SUM_FIELDS = ("reviews", "positive", "neutral", "negative", "corrected", "mismatches", "rating_sum", "sentiment_sum")
MISMATCH_KINDS = {
    "high-rating-negative": "High rating, negative text",
    "low-rating-positive": "Low rating, positive text",
}
PERIODS = {"4w": 4, "13w": 13, "26w": 26, "52w": 52}
DEFAULT_PERIOD = "26w"
TOP_ASPECTS = 5
EXAMPLES_PER_ASPECT = 2
DECISIVE_WORDS = 3

_configured_versions: dict[str, str] = {}


# --------------------------------------------------------------------------------------------
# Which model version, which period, which filters
# --------------------------------------------------------------------------------------------


def configured_model_version() -> str:
    """The version the configured sentiment model (settings.SENTIMENT_MODEL) writes; "" if it cannot load.

    Loading a model only to learn its version is costly, so the answer is kept for the process's life.
    """
    from marketing.services.model_access import sentiment_classifier

    spec = settings.SENTIMENT_MODEL
    if spec not in _configured_versions:
        try:
            _configured_versions[spec] = sentiment_classifier().model_version
        except Exception:  # noqa: BLE001 - a missing model must not take the reports down; use the newest data
            _configured_versions[spec] = ""
    return _configured_versions[spec]


def report_model_versions() -> list[str]:
    """Model versions whose results the reports can show, most recently refreshed first."""
    return list(SentimentReportVersion.objects.values_list("model_version", flat=True))


def resolve_model_version(requested: str = "") -> str:
    """The version a report shows: the requested one if present, else the configured model's, else the newest.

    Returns "" when no review has been classified yet.
    """
    present = report_model_versions()
    if requested and requested in present:
        return requested
    configured = configured_model_version()
    if configured in present:
        return configured
    return present[0] if present else ""


def week_start(day: date) -> date:
    """Monday of the week holding `day` (weeks start on Monday, as in TruncWeek)."""
    return day - timedelta(days=day.weekday())


def as_date(value: date | datetime) -> date:
    """A TruncWeek result as a local date (backends return aware datetimes, naive ones or dates)."""
    if isinstance(value, datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def period_for(name: str, *, today: date | None = None) -> tuple[date, date]:
    """Start and end (inclusive) of a named period: the last N whole weeks up to today, or all time."""
    today = today or timezone.localdate()
    if name == "all":
        first = SentimentReportVersion.objects.exclude(first_week=None).order_by("first_week")
        first_week = first.values_list("first_week", flat=True).first()
        return (first_week or week_start(today)), today
    weeks = PERIODS.get(name, PERIODS[DEFAULT_PERIOD])
    return week_start(today) - timedelta(weeks=weeks - 1), today


@dataclass(frozen=True)
class ReportFilters:
    """What a report covers: one model version, a period (inclusive dates) and optional narrowing filters."""

    model_version: str
    start: date
    end: date
    category: str = ""
    brand: str = ""
    product: str = ""
    source: str = ""
    language: str = ""

    def previous(self) -> ReportFilters:
        """The period of the same length just before this one, with the same filters."""
        length = (self.end - self.start).days + 1
        return replace(self, start=self.start - timedelta(days=length), end=self.start - timedelta(days=1))

    def as_params(self) -> dict[str, str]:
        """The filters as query parameters (empty ones left out), for links and published snapshots."""
        values = asdict(self)
        values["model"] = values.pop("model_version")
        values["start"], values["end"] = self.start.isoformat(), self.end.isoformat()
        return {key: str(value) for key, value in values.items() if value}

    def described(self) -> list[str]:
        """The narrowing filters in words, for headings and snapshots."""
        names = {"category": "Category", "brand": "Brand", "product": "Product", "source": "Source",
                 "language": "Language"}
        return [f"{names[key]}: {getattr(self, key)}" for key in names if getattr(self, key)]


def day_bounds(start: date, end_exclusive: date) -> tuple[datetime, datetime]:
    """Midnight (current time zone) at the start of both days, for created_at >= low and < high filters."""
    zone = timezone.get_current_timezone()
    return (
        timezone.make_aware(datetime.combine(start, time.min), zone),
        timezone.make_aware(datetime.combine(end_exclusive, time.min), zone),
    )


def product_id(sku: str) -> int | None:
    """The id of the product with this SKU (None if there is none).

    Reports filter by id rather than joining on SKU: with the id known when the query is planned,
    PostgreSQL walks the (product, date) indexes in order and stops at a page's worth of rows.
    """
    return Product.objects.filter(sku=sku).values_list("pk", flat=True).first()


def category_ids(slug: str) -> list[int]:
    """The category with this slug and all categories below it."""
    rows = list(Category.objects.values_list("id", "parent_id", "slug"))
    wanted = {pk for pk, _, s in rows if s == slug}
    grew = True
    while grew:
        children = {pk for pk, parent, _ in rows if parent in wanted} - wanted
        wanted |= children
        grew = bool(children)
    return sorted(wanted)


def filter_options(model_version: str) -> dict[str, Any]:
    """Choices for the filter form: categories (children indented), brands, sources and languages."""
    categories: list[dict[str, Any]] = [dict(c) for c in Category.objects.values("id", "slug", "name", "parent_id")]
    by_parent: dict[int | None, list[dict[str, Any]]] = {}
    for category in sorted(categories, key=lambda c: c["name"]):
        by_parent.setdefault(category["parent_id"], []).append(category)
    ordered: list[dict[str, Any]] = []

    def walk(parent: int | None, depth: int) -> None:
        for category in by_parent.get(parent, []):
            ordered.append({"slug": category["slug"], "name": ("— " * depth) + category["name"]})
            walk(category["id"], depth + 1)

    walk(None, 0)
    versions = list(SentimentReportVersion.objects.values_list("model_version", "sources", "languages"))
    present = {version: (sources, languages) for version, sources, languages in versions}
    sources, languages = present.get(model_version, ([], []))
    return {
        "categories": ordered,
        "brands": list(Product.objects.exclude(brand="").values_list("brand", flat=True).distinct().order_by("brand")),
        "sources": sources,
        "languages": languages,
        "versions": [version for version, _, _ in versions],
    }


# --------------------------------------------------------------------------------------------
# Aggregation: live over reviews, or from the weekly summary
# --------------------------------------------------------------------------------------------


def effective_label() -> Coalesce:
    """A person's correction if there is one, else the model's label."""
    return Coalesce(F("review__sentiment_correction__label"), F("label"))


def effective_score() -> Case:
    """The model's score, or +1 / 0 / -1 when a person corrected the label."""
    corrected = "review__sentiment_correction__label"
    return Case(
        When(**{corrected: "positive"}, then=Value(1.0)),
        When(**{corrected: "negative"}, then=Value(-1.0)),
        When(**{corrected: "neutral"}, then=Value(0.0)),
        default=F("score"),
        output_field=FloatField(),
    )


MISMATCH = Q(effective_label="negative", review__rating__gte=4) | Q(effective_label="positive", review__rating__lte=2)


def summary_aggregates() -> dict[str, Any]:
    """The sums a summary row holds, computed over annotated ReviewSentiment rows."""
    return {
        "reviews": Count("id"),
        "positive": Count("id", filter=Q(effective_label="positive")),
        "neutral": Count("id", filter=Q(effective_label="neutral")),
        "negative": Count("id", filter=Q(effective_label="negative")),
        "corrected": Count("review__sentiment_correction"),
        "mismatches": Count("id", filter=MISMATCH),
        "rating_sum": Sum("review__rating"),
        "sentiment_sum": Sum("effective_score"),
    }


# Where each report filter is found: on a ReviewSentiment row (through its review) and on a weekly
# summary row, which copies the review's dimensions.
REVIEW_DIMENSIONS = {
    "category": "review__product__category_id__in",
    "brand": "review__product__brand",
    "product": "review__product_id",
    "source": "review__source",
    "language": "review__language",
}
SUMMARY_DIMENSIONS = {
    "category": "category_id__in",
    "brand": "brand",
    "product": "product_id",
    "source": "source",
    "language": "language",
}


def dimension_lookups(filters: ReportFilters, fields: dict[str, str]) -> dict[str, Any]:
    """The ``filter()`` keyword arguments for the filters' category, brand, product, source and language."""
    values: dict[str, Any] = {}
    if filters.category:
        values["category"] = category_ids(filters.category)
    if filters.brand:
        values["brand"] = filters.brand
    if filters.product:
        values["product"] = product_id(filters.product)
    if filters.source:
        values["source"] = filters.source
    if filters.language:
        values["language"] = filters.language
    return {fields[name]: value for name, value in values.items()}


def classified_reviews(filters: ReportFilters, start: date, end_exclusive: date) -> QuerySet[ReviewSentiment]:
    """ReviewSentiment rows of the filters' model version for reviews written in [start, end_exclusive)."""
    low, high = day_bounds(start, end_exclusive)
    rows = ReviewSentiment.objects.filter(
        model_version=filters.model_version, review__created_at__gte=low, review__created_at__lt=high
    )
    rows = rows.filter(**dimension_lookups(filters, REVIEW_DIMENSIONS))
    return rows.annotate(effective_label=effective_label(), effective_score=effective_score())


def _live_sums(filters: ReportFilters, start: date, end_exclusive: date, group: str) -> dict[Any, dict[str, Any]]:
    rows = classified_reviews(filters, start, end_exclusive)
    if group == "week":
        rows = rows.annotate(key=TruncWeek("review__created_at"))
    elif group == "category":
        rows = rows.annotate(key=F("review__product__category_id"))
    else:
        rows = rows.annotate(key=Value(0))
    sums: dict[Any, dict[str, Any]] = {}
    for values in rows.values("key").annotate(**summary_aggregates()).order_by():
        row: dict[str, Any] = dict(values)
        key = row.pop("key")
        sums[as_date(key) if group == "week" else key] = row
    return sums


def _summary_sums(filters: ReportFilters, first_week: date, end_week: date, group: str) -> dict[Any, dict[str, Any]]:
    # The coarsest grain that can answer: a product needs per-product rows, a brand the detail rows,
    # a category the per-category rows.
    if filters.product:
        grain = WeeklySentimentSummary.Grain.PRODUCT
    elif filters.brand:
        grain = WeeklySentimentSummary.Grain.DETAIL
    elif filters.category or group == "category":
        grain = WeeklySentimentSummary.Grain.CATEGORY
    else:
        grain = WeeklySentimentSummary.Grain.TOTAL
    rows = WeeklySentimentSummary.objects.filter(
        model_version=filters.model_version, grain=grain, week__gte=first_week, week__lt=end_week
    )
    rows = rows.filter(**dimension_lookups(filters, SUMMARY_DIMENSIONS))
    key = {"week": F("week"), "category": F("category_id")}.get(group, Value(0))
    totals = {name: Sum(name) for name in SUM_FIELDS}
    sums: dict[Any, dict[str, Any]] = {}
    for values in rows.annotate(key=key).values("key").annotate(**totals).order_by():
        row: dict[str, Any] = dict(values)
        sums[row.pop("key")] = row
    return sums


def _merge(into: dict[Any, dict[str, Any]], more: dict[Any, dict[str, Any]]) -> None:
    for key, sums in more.items():
        current = into.setdefault(key, dict.fromkeys(SUM_FIELDS, 0))
        for name in SUM_FIELDS:
            current[name] = (current[name] or 0) + (sums.get(name) or 0)


def report_sums(filters: ReportFilters, group: str = "total") -> dict[Any, dict[str, Any]]:
    """Summed counts over the filters' period, keyed by week (Monday), by category id, or one total (key 0).

    Whole weeks come from the weekly summary; the days at the period's edges that do not fill a week are
    aggregated live. REPORTS_FROM_SUMMARY = False makes everything live (used to compare in benchmarks).
    """
    end_exclusive = filters.end + timedelta(days=1)
    use_summary = getattr(settings, "REPORTS_FROM_SUMMARY", True)
    sums: dict[Any, dict[str, Any]] = {}
    if not use_summary:
        _merge(sums, _live_sums(filters, filters.start, end_exclusive, group))
        return sums
    first_week = filters.start if filters.start.weekday() == 0 else week_start(filters.start) + timedelta(weeks=1)
    end_week = week_start(end_exclusive)
    if filters.end >= timezone.localdate():
        # A period up to today covers the current week up to now: its summary row holds exactly that.
        end_week = week_start(filters.end) + timedelta(weeks=1)
        end_exclusive = end_week
    if first_week >= end_week:
        _merge(sums, _live_sums(filters, filters.start, end_exclusive, group))
        return sums
    _merge(sums, _summary_sums(filters, first_week, end_week, group))
    if filters.start < first_week:
        _merge(sums, _live_sums(filters, filters.start, first_week, group))
    if end_week < end_exclusive:
        _merge(sums, _live_sums(filters, end_week, end_exclusive, group))
    return sums


def _rounded(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def describe_sums(sums: dict[str, Any] | None) -> dict[str, Any]:
    """Counts turned into what a marketer reads: shares, net sentiment, average rating and sentiment."""
    sums = {name: (sums or {}).get(name) or 0 for name in SUM_FIELDS}
    reviews = sums["reviews"]
    described: dict[str, Any] = {name: sums[name] for name in SUM_FIELDS if name not in ("rating_sum", "sentiment_sum")}
    described["shares"] = {label: (100.0 * sums[label] / reviews if reviews else 0.0) for label in LABELS}
    # Net sentiment: share of positive minus share of negative reviews, in points from -100 to +100.
    described["net"] = _rounded(100.0 * (sums["positive"] - sums["negative"]) / reviews, 1) if reviews else None
    described["rating_avg"] = _rounded(sums["rating_sum"] / reviews) if reviews else None
    described["sentiment_avg"] = _rounded(sums["sentiment_sum"] / reviews) if reviews else None
    return described


def _change(current: dict[str, Any], previous: dict[str, Any]) -> dict[str, Any]:
    def diff(name: str, digits: int) -> float | None:
        if current[name] is None or previous[name] is None:
            return None
        return round(current[name] - previous[name], digits)

    reviews_pct = None
    if previous["reviews"]:
        reviews_pct = round(100.0 * (current["reviews"] - previous["reviews"]) / previous["reviews"], 1)
    return {"reviews_pct": reviews_pct, "net_points": diff("net", 1), "rating": diff("rating_avg", 2),
            "sentiment": diff("sentiment_avg", 2)}


def _total(groups: dict[Any, dict[str, Any]]) -> dict[str, Any]:
    total = dict.fromkeys(SUM_FIELDS, 0)
    for sums in groups.values():
        for name in SUM_FIELDS:
            total[name] += sums.get(name) or 0
    return total


def weekly_rows(filters: ReportFilters, by_week: dict[Any, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per week of the period (weeks without reviews included), each with its change on the week before."""
    rows: list[dict[str, Any]] = []
    previous: dict[str, Any] | None = None
    week = week_start(filters.start)
    while week <= filters.end:
        row = describe_sums(by_week.get(week))
        row["week"] = week.isoformat()
        row["label"] = f"{week:%b} {week.day}"
        row["partial"] = week < filters.start or week + timedelta(days=6) > filters.end
        row["change"] = _change(row, previous) if previous is not None else None
        rows.append(row)
        previous = row
        week += timedelta(weeks=1)
    return rows


def _period(filters: ReportFilters) -> dict[str, Any]:
    previous = filters.previous()
    return {
        "start": filters.start.isoformat(),
        "end": filters.end.isoformat(),
        "label": f"{filters.start:%b} {filters.start.day}, {filters.start.year} – {filters.end:%b} {filters.end.day}, {filters.end.year}",
        "previous_start": previous.start.isoformat(),
        "previous_end": previous.end.isoformat(),
        "days": (filters.end - filters.start).days + 1,
    }


def sentiment_overview(filters: ReportFilters) -> dict[str, Any]:
    """The overview: distribution, averages, weekly volume and net sentiment, change on the previous period.

    Everything in the result is plain JSON (dates as ISO strings), so it can be frozen in a snapshot.
    """
    by_week = report_sums(filters, "week")
    totals = describe_sums(_total(by_week))
    previous = describe_sums(report_sums(filters.previous()).get(0))
    names = dict(Category.objects.values_list("id", "name"))
    categories = [
        {"name": names.get(pk, "Uncategorised"), **describe_sums(sums)}
        for pk, sums in report_sums(filters, "category").items()
        if sums["reviews"]
    ]
    categories.sort(key=lambda c: (-c["reviews"], c["name"]))
    return {
        "model_version": filters.model_version,
        "filters": filters.as_params(),
        "filters_described": filters.described(),
        "period": _period(filters),
        "totals": totals,
        "previous": previous,
        "change": _change(totals, previous),
        "weeks": weekly_rows(filters, by_week),
        "categories": categories,
    }


# --------------------------------------------------------------------------------------------
# Product report: trend, distribution, aspects with examples
# --------------------------------------------------------------------------------------------


def product_aspects(product: Product, filters: ReportFilters) -> dict[str, list[dict[str, Any]]]:
    """Top praise and top complaints as aspects with their counts; each aspect's sentences are model-labelled."""
    low, high = day_bounds(filters.start, filters.end + timedelta(days=1))
    rows = ReviewAspect.objects.filter(
        product=product, model_version=filters.model_version, created_at__gte=low, created_at__lt=high
    )
    if filters.source:
        rows = rows.filter(review__source=filters.source)
    if filters.language:
        rows = rows.filter(review__language=filters.language)
    counts: list[dict[str, Any]] = [
        dict(row)
        for row in rows.values("aspect")
        .annotate(
            mentions=Count("id"),
            positive=Count("id", filter=Q(label="positive")),
            neutral=Count("id", filter=Q(label="neutral")),
            negative=Count("id", filter=Q(label="negative")),
        )
        .order_by()
    ]
    for aspect in counts:
        aspect["net"] = round(100.0 * (aspect["positive"] - aspect["negative"]) / aspect["mentions"], 1)
    # Copies: an aspect can be both praised and complained about, each list with its own examples.
    praise = [dict(a) for a in sorted((a for a in counts if a["positive"]), key=lambda a: (-a["positive"], a["aspect"]))]
    complaints = [dict(a) for a in sorted((a for a in counts if a["negative"]), key=lambda a: (-a["negative"], a["aspect"]))]
    praise, complaints = praise[:TOP_ASPECTS], complaints[:TOP_ASPECTS]
    # Examples for every listed aspect in one query: the most clear-cut sentences per (aspect, tone).
    wanted = Q(pk__in=[])
    for tone, aspects in (("positive", praise), ("negative", complaints)):
        if aspects:
            wanted |= Q(aspect__in=[a["aspect"] for a in aspects], label=tone)
    ranked = (
        rows.filter(wanted)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("aspect"), F("label")],
                order_by=[Abs("score").desc(), F("created_at").desc(), F("id").desc()],
            )
        )
        .filter(rank__lte=EXAMPLES_PER_ASPECT)
        .values_list("id", "rank")
    )
    # Ranked on the index's columns only; then the few winning rows are read whole.
    ranks = dict(ranked)
    examples: dict[tuple[str, str], list[ReviewAspect]] = {}
    chosen = ReviewAspect.objects.filter(pk__in=list(ranks)).select_related("review")
    for row in sorted(chosen, key=lambda r: (ranks[r.pk], r.pk)):
        examples.setdefault((row.aspect, row.label), []).append(row)
    for tone, aspects in (("positive", praise), ("negative", complaints)):
        for aspect in aspects:
            aspect["examples"] = [
                {"review_id": a.review_id, "term": a.term, "sentence": a.sentence, "score": round(a.score, 2),
                 "rating": a.review.rating, "created_at": timezone.localtime(a.created_at).date().isoformat(),
                 "tone": tone}
                for a in examples.get((aspect["aspect"], tone), [])
            ]
    return {"praise": praise, "complaints": complaints, "all": sorted(counts, key=lambda a: -a["mentions"])}


def product_sentiment_report(product: Product, filters: ReportFilters) -> dict[str, Any]:
    """A product's report: weekly trend, distribution, change on the previous period, praise and complaints.

    Example reviews per aspect are listed without their decisive words; the reports service adds those.
    """
    filters = replace(filters, product=product.sku, category="", brand="")
    by_week = report_sums(filters, "week")
    totals = describe_sums(_total(by_week))
    previous = describe_sums(report_sums(filters.previous()).get(0))
    return {
        "model_version": filters.model_version,
        "product": {"sku": product.sku, "title": product.title, "brand": product.brand,
                    "category": product.category.name if product.category else ""},
        "filters": filters.as_params(),
        "filters_described": filters.described(),
        "period": _period(filters),
        "totals": totals,
        "previous": previous,
        "change": _change(totals, previous),
        "weeks": weekly_rows(filters, by_week),
        "aspects": product_aspects(product, filters),
    }


def sentiments_for_reviews(model_version: str, review_ids: Iterable[int]) -> dict[int, ReviewSentiment]:
    """The given reviews' results from one model version, by review id, with review and product loaded."""
    rows = ReviewSentiment.objects.filter(model_version=model_version, review_id__in=list(review_ids))
    return {row.review_id: row for row in rows.select_related("review__product")}


# --------------------------------------------------------------------------------------------
# Reviews: lists, mismatches, exports
# --------------------------------------------------------------------------------------------


def report_reviews(filters: ReportFilters) -> QuerySet[ReviewSentiment]:
    """Classified reviews in the filters, newest first, with product, correction and effective label."""
    rows = classified_reviews(filters, filters.start, filters.end + timedelta(days=1))
    return rows.select_related("review__product__category", "review__sentiment_correction").order_by(
        "-review__created_at", "-review_id"
    )


def sentiment_mismatches(filters: ReportFilters, kind: str = "") -> QuerySet[ReviewSentiment]:
    """Reviews whose text and stars disagree: 4-5 stars with negative text, or 1-2 stars with positive text.

    Strongest disagreement first (most extreme sentiment score), then newest.
    """
    rows = classified_reviews(filters, filters.start, filters.end + timedelta(days=1))
    if kind == "high-rating-negative":
        rows = rows.filter(Q(effective_label="negative", review__rating__gte=4))
    elif kind == "low-rating-positive":
        rows = rows.filter(Q(effective_label="positive", review__rating__lte=2))
    else:
        rows = rows.filter(MISMATCH)
    return rows.select_related("review__product", "review__sentiment_correction").order_by(
        Abs("effective_score").desc(), "-review__created_at", "-review_id"
    )


def sentiment_corrections() -> QuerySet[SentimentCorrection]:
    """People's corrections, newest first, with the review and product."""
    return SentimentCorrection.objects.select_related("review__product", "corrected_by").order_by("-updated_at", "-id")


def mask_pii(text: str) -> str:
    """Review text as reports show it: e-mail addresses and phone numbers replaced by placeholders."""
    from ml.guardrails import redact_pii

    return redact_pii(text)


REVIEW_EXPORT_COLUMNS = [
    "review_id", "created_at", "product_sku", "product_title", "brand", "category", "source", "language", "rating",
    "model_version", "model_label", "model_score", "corrected_label", "label", "mismatch", "title", "text",
]


def review_export_rows(rows: QuerySet[ReviewSentiment]) -> Iterator[list[Any]]:
    """CSV rows (after a header) for classified reviews; review text has personal data masked."""
    yield REVIEW_EXPORT_COLUMNS
    for sentiment in rows.iterator(chunk_size=2000):
        review = sentiment.review
        correction = getattr(review, "sentiment_correction", None)
        label = correction.label if correction else sentiment.label
        mismatch = (label == "negative" and review.rating >= 4) or (label == "positive" and review.rating <= 2)
        yield [
            review.pk, timezone.localtime(review.created_at).isoformat(timespec="seconds"), review.product.sku,
            review.product.title, review.product.brand,
            review.product.category.name if review.product.category else "", review.source, review.language,
            review.rating, sentiment.model_version, sentiment.label, f"{sentiment.score:.4f}",
            correction.label if correction else "", label, "yes" if mismatch else "no", mask_pii(review.title),
            mask_pii(review.body),
        ]


WEEKLY_EXPORT_COLUMNS = ["week", "reviews", "positive", "neutral", "negative", "net_sentiment", "average_rating",
                         "average_sentiment", "corrected", "mismatches"]


def weekly_export_rows(report: dict[str, Any]) -> Iterator[list[Any]]:
    """CSV rows (after a header) for a report's weekly numbers."""
    yield WEEKLY_EXPORT_COLUMNS
    for week in report["weeks"]:
        yield [week["week"], week["reviews"], week["positive"], week["neutral"], week["negative"],
               "" if week["net"] is None else week["net"],
               "" if week["rating_avg"] is None else week["rating_avg"],
               "" if week["sentiment_avg"] is None else week["sentiment_avg"], week["corrected"], week["mismatches"]]


CORRECTION_EXPORT_COLUMNS = ["text", "label", "model_label", "model_version", "review_id", "product_sku", "rating",
                             "corrected_at"]


def correction_export_rows() -> Iterator[list[Any]]:
    """Corrections as labelled data: a `text<TAB>label` file that `python -m ml.sentiment --data` can score.

    The text is what the classifier reads (title and body), with personal data masked.
    """
    from marketing.services.sentiment import review_text_for_model

    yield CORRECTION_EXPORT_COLUMNS
    for correction in sentiment_corrections().iterator(chunk_size=2000):
        review = correction.review
        text = " ".join(mask_pii(review_text_for_model(review)).split())
        yield [text, correction.label, correction.model_label, correction.model_version, review.pk,
               review.product.sku, review.rating, timezone.localtime(correction.updated_at).isoformat(timespec="seconds")]


# --------------------------------------------------------------------------------------------
# Highlighting the decisive words of an example review
# --------------------------------------------------------------------------------------------


def decisive_words(explanation: dict[str, Any] | None, tone: str, limit: int = DECISIVE_WORDS) -> list[str]:
    """The words that pushed a review's score hardest towards `tone` (positive or negative)."""
    if not explanation:
        return []
    direction = 1.0 if tone == "positive" else -1.0
    pushing = [(word, weight) for word, weight in explanation.get("words", []) if weight * direction > 0]
    pushing.sort(key=lambda item: -item[1] * direction)
    return list(dict.fromkeys(word for word, _ in pushing))[:limit]


def highlight_segments(text: str, *, decisive: Iterable[str] = (), terms: Iterable[str] = ()) -> list[dict[str, str]]:
    """Split text into segments marked "decisive" (a decisive word), "aspect" (the aspect's words) or ""."""
    decisive = [w for w in decisive if w.strip()]
    terms = [t for t in terms if t.strip()]
    if not decisive and not terms:
        return [{"text": text, "mark": ""}]
    kinds = {w.lower(): "decisive" for w in decisive}
    for term in terms:
        kinds.setdefault(" ".join(term.lower().split()), "aspect")
    body = "|".join(r"\s+".join(re.escape(p) for p in k.split()) for k in sorted(kinds, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])", re.IGNORECASE)
    segments: list[dict[str, str]] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            segments.append({"text": text[position : match.start()], "mark": ""})
        segments.append({"text": match.group(0), "mark": kinds.get(" ".join(match.group(0).lower().split()), "")})
        position = match.end()
    if position < len(text):
        segments.append({"text": text[position:], "mark": ""})
    return segments
