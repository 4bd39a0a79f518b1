"""Writes behind the sentiment reports: corrections, aspects, the weekly summary, explanations, snapshots.

The sentiment job handler registered in `marketing.services.jobs._handlers()` is
`run_sentiment_job_with_reports`: it classifies (marketing.services.sentiment), then finds the aspects of
the reviews it classified and rebuilds the weekly summary the overview reads, all in one job.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db import connection, transaction
from django.db.models import DateField, F, Max, Min, Q, Sum
from django.db.models.functions import Cast, TruncWeek
from django.utils import timezone

from marketing import selectors_reports as reports
from marketing.aspect_lexicon import aspect_lexicon, find_aspects
from marketing.models import (
    Job,
    PublishedReport,
    ReviewAspect,
    ReviewSentiment,
    SentimentCorrection,
    SentimentReportVersion,
    WeeklySentimentSummary,
)
from marketing.services.jobs import JobCancelled, ProgressReporter, create_job
from marketing.services.model_access import sentiment_classifier
from marketing.services.sentiment import (
    review_text_for_model,
    run_sentiment_job,
    schedule_sentiment_classification,
)
from products.exceptions import ApplicationError
from products.models import Category, Product, Review

logger = logging.getLogger(__name__)

ASPECT_CHUNK = 256
EXPLANATION_WORDS = 12


def _summary_group() -> dict[str, Any]:
    """What a product summary row is keyed by (named after its columns), as expressions over ReviewSentiment."""
    return {
        "k_week": Cast(TruncWeek("review__created_at"), DateField()),
        "k_product_id": F("review__product_id"),
        "k_category_id": F("review__product__category_id"),
        "k_brand": F("review__product__brand"),
        "k_source": F("review__source"),
        "k_language": F("review__language"),
    }


# --------------------------------------------------------------------------------------------
# The weekly summary
# --------------------------------------------------------------------------------------------

Grain = WeeklySentimentSummary.Grain
# What each grain's rows are keyed by (besides model version); each is added up from the one before.
_GRAIN_KEYS = {
    Grain.PRODUCT: ("week", "product_id", "category_id", "brand", "source", "language"),
    Grain.DETAIL: ("week", "category_id", "brand", "source", "language"),
    Grain.CATEGORY: ("week", "category_id", "source", "language"),
    Grain.TOTAL: ("week", "source", "language"),
}
_ROLLED_FROM = {Grain.DETAIL: Grain.PRODUCT, Grain.CATEGORY: Grain.DETAIL, Grain.TOTAL: Grain.DETAIL}


def _insert_select(model_version: str, grain: str, select_sql: str, params: Any, aliases: dict[str, str]) -> int:
    """INSERT … SELECT summary rows of `grain` from a grouped query whose columns `aliases` names by column."""
    quote = connection.ops.quote_name
    columns = [*_GRAIN_KEYS[grain], *reports.SUM_FIELDS]
    picked = ", ".join(f"grouped.{quote(aliases.get(column, column))}" for column in columns)
    if "brand" not in columns:  # coarse grains leave brand blank (product and category stay NULL)
        columns.append("brand")
        picked += ", ''"
    table = quote(WeeklySentimentSummary._meta.db_table)
    names = ", ".join(quote(name) for name in ("model_version", "grain", *columns))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({names}) SELECT %s, %s, {picked} FROM ({select_sql}) grouped",
            (model_version, grain, *params),
        )
        return cursor.rowcount


def _insert_product_rows(model_version: str, sentiments: Any) -> int:
    """Add up results into per-product summary rows, in one INSERT … SELECT (no rows through Python)."""
    group = _summary_group()
    grouped = (
        sentiments.annotate(effective_label=reports.effective_label(), effective_score=reports.effective_score())
        .annotate(**group)
        .values(*group)
        .annotate(**reports.summary_aggregates())
        .order_by()
    )
    select_sql, params = grouped.query.sql_with_params()
    aliases = {key: f"k_{key}" for key in _GRAIN_KEYS[Grain.PRODUCT]}
    return _insert_select(model_version, Grain.PRODUCT, select_sql, params, aliases)


def _insert_rollup_rows(model_version: str, grain: str, scope: Q | None = None) -> int:
    """Add finer summary rows up into the rows of a coarser grain (optionally only those in `scope`)."""
    keys = _GRAIN_KEYS[grain]
    finer = WeeklySentimentSummary.objects.filter(model_version=model_version, grain=_ROLLED_FROM[grain])
    if scope is not None:
        finer = finer.filter(scope)
    grouped = finer.values(*keys).annotate(**{f"s_{name}": Sum(name) for name in reports.SUM_FIELDS}).order_by()
    select_sql, params = grouped.query.sql_with_params()
    aliases = {name: f"s_{name}" for name in reports.SUM_FIELDS}
    return _insert_select(model_version, grain, select_sql, params, aliases)


def _lock_version(model_version: str) -> SentimentReportVersion:
    SentimentReportVersion.objects.get_or_create(model_version=model_version)
    # Two jobs finishing together must not interleave their delete-and-insert of one version's rows.
    return SentimentReportVersion.objects.select_for_update().get(model_version=model_version)


@transaction.atomic
def refresh_sentiment_summary(*, model_version: str) -> int:
    """Rebuild the weekly summary of one model version from its results and people's corrections.

    Returns the number of summary rows. Also records the version as one the reports can show, with
    the sources and languages its reviews come in. All of it is set-based SQL: the reviews are read
    once (into per-product rows) and every coarser grain is added up from the grain below it.
    """
    version = _lock_version(model_version)
    WeeklySentimentSummary.objects.filter(model_version=model_version).delete()
    count = _insert_product_rows(model_version, ReviewSentiment.objects.filter(model_version=model_version))
    for grain in (Grain.DETAIL, Grain.CATEGORY, Grain.TOTAL):
        count += _insert_rollup_rows(model_version, grain)
    if connection.vendor == "postgresql":
        # Fresh statistics now, not whenever autovacuum comes by: stale ones send report queries down the
        # wrong index (a product's rows found by scanning every product's).
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(WeeklySentimentSummary._meta.db_table)}")
    totals = WeeklySentimentSummary.objects.filter(model_version=model_version, grain=Grain.TOTAL)
    bounds = totals.aggregate(first=Min("week"), last=Max("week"), reviews=Sum("reviews"))
    version.first_week, version.last_week, version.reviews = bounds["first"], bounds["last"], bounds["reviews"] or 0
    version.sources = sorted(set(totals.values_list("source", flat=True)))
    version.languages = sorted(set(totals.values_list("language", flat=True)))
    version.refreshed_at = timezone.now()
    version.save()
    return count


def _same(key: str, value: Any) -> Q:
    return Q(**{f"{key.removesuffix('_id')}__isnull": True}) if value is None else Q(**{key: value})


SummaryKey = tuple[Any, int, int | None, str, str, str]  # week, product, category, brand, source, language


@transaction.atomic
def refresh_summary_for_reviews(*, review_ids: Iterable[int]) -> None:
    """Recompute, for every model version, the summary rows that these reviews count in.

    Used after a correction: the review's product row for its week is re-added up from the reviews
    themselves and the coarser rows above it from that, which takes milliseconds, not a full rebuild.
    """
    _refresh_summary_keys(_review_summary_keys(Review.objects.filter(pk__in=list(review_ids))))


@transaction.atomic
def refresh_summary_for_products(*, product_ids: Iterable[int]) -> int:
    """Recount the summary rows of products that moved to another category or brand.

    The rows they counted in before (found in their own per-product rows, under the old category and
    brand) and the rows they count in now (found from their reviews) are both recomputed, so the old
    category loses them and the new one gains them. Returns how many (week, product...) keys were redone.
    """
    ids = list(product_ids)
    keys: set[SummaryKey] = set(
        WeeklySentimentSummary.objects.filter(grain=Grain.PRODUCT, product_id__in=ids)
        .values_list("week", "product_id", "category_id", "brand", "source", "language")
        .distinct()
    )
    keys |= _review_summary_keys(Review.objects.filter(product_id__in=ids))
    _refresh_summary_keys(keys)
    return len(keys)


def _review_summary_keys(reviews: Any) -> set[SummaryKey]:
    """The summary keys these reviews count under now, with the week as a date like the summary's."""
    rows = (
        reviews.annotate(week=TruncWeek("created_at"))
        .values_list("week", "product_id", "product__category_id", "product__brand", "source", "language")
        .distinct()
    )
    return {(reports.as_date(week), *rest) for week, *rest in rows}


def _refresh_summary_keys(keys: Iterable[SummaryKey]) -> None:
    """For every model version, recompute the product rows at these keys, then the rollups above them.

    Grain by grain: every product row first (one per week, product, source and language, whatever
    category or brand it was filed under), then each coarser grain from the finer one, so a key that
    left a category and a key that joined one are both counted right.
    """
    values = [
        {"week": reports.as_date(week), "product_id": product_id, "category_id": category_id, "brand": brand,
         "source": source, "language": language}
        for week, product_id, category_id, brand, source, language in keys
    ]
    slots = {(v["week"], v["product_id"], v["source"], v["language"]) for v in values}
    for model_version in reports.report_model_versions():
        _lock_version(model_version)
        for day, product_id, source, language in slots:
            WeeklySentimentSummary.objects.filter(
                model_version=model_version, grain=Grain.PRODUCT, week=day, product_id=product_id,
                source=source, language=language,
            ).delete()
            low, high = reports.day_bounds(day, day + timedelta(weeks=1))
            _insert_product_rows(
                model_version,
                ReviewSentiment.objects.filter(
                    model_version=model_version, review__product_id=product_id, review__created_at__gte=low,
                    review__created_at__lt=high, review__source=source, review__language=language,
                ),
            )
        for grain in (Grain.DETAIL, Grain.CATEGORY, Grain.TOTAL):
            for scope_values in {tuple(v[key] for key in _GRAIN_KEYS[grain]) for v in values}:
                scope = Q()
                for key, value in zip(_GRAIN_KEYS[grain], scope_values, strict=True):
                    scope &= _same(key, value)
                WeeklySentimentSummary.objects.filter(scope, model_version=model_version, grain=grain).delete()
                _insert_rollup_rows(model_version, grain, scope)


@transaction.atomic
def schedule_report_summary_refresh(*, product_ids: Iterable[int] = (), everything: bool = False) -> Job:
    """Queue a job (default queue, no model) that recounts report rows: of these products, or all of them.

    While such a job is still queued, later requests join it instead of queueing another, so an admin
    deleting a hundred reviews costs one job. The queued row is locked while it grows, and a worker
    claims it only with a conditional update, so a request either joins before the claim or queues anew.
    """
    ids = set(product_ids)
    queued = (
        Job.objects.select_for_update()
        .filter(kind=Job.Kind.REPORT_SUMMARY, status=Job.Status.QUEUED, cancel_requested=False)
        .order_by("pk")
        .first()
    )
    if queued is not None:
        params = queued.params
        params["everything"] = bool(params.get("everything")) or everything
        params["product_ids"] = sorted(ids | set(params.get("product_ids") or []))
        queued.params = params
        queued.progress_total = len(params["product_ids"])
        queued.message = _report_job_message(params)
        queued.save(update_fields=["params", "progress_total", "message"])
        return queued
    params = {"product_ids": sorted(ids), "everything": everything}
    return create_job(
        kind=Job.Kind.REPORT_SUMMARY, params=params, total=len(ids), message=_report_job_message(params)
    )


def _report_job_message(params: dict[str, Any]) -> str:
    if params.get("everything"):
        return "Queued: rebuild the report summary (products were deleted)"
    return f"Queued: report rows of {len(params['product_ids'])} changed product(s)"


def run_report_summary_job(job: Job, progress: ProgressReporter) -> dict[str, Any]:
    """Job handler: recount the summary rows of the job's products (or rebuild it). Safe to run twice."""
    ids = list(job.params.get("product_ids") or [])
    if job.params.get("everything"):
        versions = reports.report_model_versions()
        progress.set_total(len(versions), message="Rebuilding the report summary")
        rows = sum(refresh_sentiment_summary(model_version=version) for version in versions)
        progress.advance(len(versions), message="Report summary rebuilt")
        return {"versions": len(versions), "summary_rows": rows}
    progress.set_total(len(ids), message=f"Recounting the report rows of {len(ids)} product(s)")
    keys = refresh_summary_for_products(product_ids=ids)
    progress.advance(len(ids), message="Report rows recounted")
    return {"products": len(ids), "keys": keys}


# --------------------------------------------------------------------------------------------
# Corrections
# --------------------------------------------------------------------------------------------


@transaction.atomic
def correct_sentiment(
    *, review: Review, label: str, corrected_by: User | AnonymousUser | None, note: str = ""
) -> SentimentCorrection:
    """Record a person's label for a review (replacing an earlier correction) and update the reports.

    The model's results are left as they were; reports show the correction instead, marked "corrected".
    """
    if label not in SentimentCorrection.Label.values:
        raise ApplicationError(f"{label!r} is not a sentiment; choose positive, neutral or negative")
    model_version = reports.resolve_model_version()
    model_label = (
        ReviewSentiment.objects.filter(review=review, model_version=model_version).values_list("label", flat=True).first()
    )
    user = corrected_by if isinstance(corrected_by, User) else None
    correction, _ = SentimentCorrection.objects.update_or_create(
        review=review,
        defaults={
            "label": label,
            "note": note.strip()[:255],
            "corrected_by": user,
            "model_label": model_label or "",
            "model_version": model_version if model_label else "",
        },
    )
    refresh_summary_for_reviews(review_ids=[review.pk])
    return correction


@transaction.atomic
def remove_correction(*, review: Review) -> None:
    """Drop a person's correction so the model's label counts again."""
    deleted, _ = SentimentCorrection.objects.filter(review=review).delete()
    if not deleted:
        raise ApplicationError("this review has no correction to undo")
    refresh_summary_for_reviews(review_ids=[review.pk])


# --------------------------------------------------------------------------------------------
# Aspects
# --------------------------------------------------------------------------------------------


def _category_chains() -> dict[int, list[str]]:
    """For each category id: the slugs from the top-level category down to it."""
    rows = {pk: (parent, slug) for pk, parent, slug in Category.objects.values_list("id", "parent_id", "slug")}
    chains: dict[int, list[str]] = {}
    for pk in rows:
        chain, current, seen = [], pk, set()
        while current is not None and current in rows and current not in seen:
            seen.add(current)
            parent, slug = rows[current]
            chain.append(slug)
            current = parent
        chains[pk] = list(reversed(chain))
    return chains


def find_review_aspects(*, reviews: list[Review], classifier: Any) -> list[ReviewAspect]:
    """The aspects each review names, each labelled by how the model reads the sentence naming it.

    Reviews must have their product loaded. When an aspect is named in several sentences of one review,
    the most clear-cut sentence (largest absolute score) speaks for it.
    """
    chains = _category_chains()
    mentions_by_review = []
    sentences: dict[str, int] = {}
    for review in reviews:
        product = review.product
        lexicon = aspect_lexicon(chains.get(product.category_id, []) if product.category_id else [],
                                 (product.attributes or {}).keys())
        mentions = find_aspects(review_text_for_model(review), lexicon)
        mentions_by_review.append(mentions)
        for mention in mentions:
            sentences.setdefault(mention.sentence, len(sentences))
    if not sentences:
        return []
    results = classifier.classify(list(sentences), batch_size=settings.SENTIMENT_BATCH_SIZE)
    rows = []
    for review, mentions in zip(reviews, mentions_by_review, strict=True):
        best: dict[str, tuple[Any, Any]] = {}
        for mention in mentions:
            result = results[sentences[mention.sentence]]
            if mention.aspect not in best or abs(result.score) > abs(best[mention.aspect][1].score):
                best[mention.aspect] = (mention, result)
        for aspect, (mention, result) in best.items():
            rows.append(
                ReviewAspect(
                    review=review,
                    product_id=review.product_id,
                    created_at=review.created_at,
                    model_version=result.model_version,
                    aspect=aspect[:80],
                    term=mention.term[:80],
                    sentence=mention.sentence,
                    label=result.label,
                    score=float(result.score),
                )
            )
    return rows


@transaction.atomic
def save_review_aspects(*, reviews: list[Review], model_version: str, aspects: list[ReviewAspect]) -> None:
    """Replace these reviews' aspects for one model version (a re-run or changed text leaves no stale ones)."""
    ReviewAspect.objects.filter(review__in=reviews, model_version=model_version).delete()
    ReviewAspect.objects.bulk_create(aspects, batch_size=1000)


def refresh_review_aspects(*, review_ids: list[int], classifier: Any, progress: ProgressReporter | None = None) -> int:
    """Find and store the aspects of these reviews with this classifier; returns how many were stored."""
    stored = 0
    if progress is not None:
        progress.set_total(len(review_ids), message=f"Finding aspects in {len(review_ids)} review(s)")
    for start in range(0, len(review_ids), ASPECT_CHUNK):
        chunk = list(
            Review.objects.filter(pk__in=review_ids[start : start + ASPECT_CHUNK]).select_related("product").order_by("pk")
        )
        aspects = find_review_aspects(reviews=chunk, classifier=classifier)
        save_review_aspects(reviews=chunk, model_version=classifier.model_version, aspects=aspects)
        stored += len(aspects)
        if progress is not None:
            done = min(start + ASPECT_CHUNK, len(review_ids))
            progress.advance(done, message=f"Aspects: {done} of {len(review_ids)} reviews")
    return stored


# --------------------------------------------------------------------------------------------
# The sentiment job, with aspects and summary
# --------------------------------------------------------------------------------------------


def run_sentiment_job_with_reports(job: Job, progress: ProgressReporter) -> dict[str, Any]:
    """Job handler: classify reviews, find the aspects of those it classified, rebuild the weekly summary.

    A cancelled job still rebuilds the summary, so reports count what was classified before it stopped.
    The first job of a model version since reports existed also finds the aspects of its older results.
    """
    classifier = sentiment_classifier(job.params.get("model"))
    # Results written before reports existed have no aspects yet: the first run for a version finds them all.
    first_report = not SentimentReportVersion.objects.filter(model_version=classifier.model_version).exists()
    try:
        result = run_sentiment_job(job, progress)
    except JobCancelled:
        refresh_sentiment_summary(model_version=classifier.model_version)
        raise
    results = ReviewSentiment.objects.filter(model_version=classifier.model_version)
    if not first_report:
        results = results.filter(job=job)
    classified = list(results.order_by("review_id").values_list("review_id", flat=True))
    try:
        result["aspects"] = refresh_review_aspects(review_ids=classified, classifier=classifier, progress=progress)
    finally:
        Job.objects.filter(pk=job.pk).update(message="Refreshing the sentiment reports")
        result["summary_rows"] = refresh_sentiment_summary(model_version=classifier.model_version)
    return result


def schedule_reclassification(*, model_spec: str, created_by: User | AnonymousUser | None = None) -> Job:
    """"Re-run with model X": one job that re-classifies every review with that model, with progress."""
    spec = model_spec.strip()
    if not spec:
        raise ApplicationError("name a model: 'lexicon', 'default', a Hugging Face id or a local folder")
    if len(spec) > 200:
        raise ApplicationError("a model name is at most 200 characters")
    return schedule_sentiment_classification(review_ids=None, model_spec=spec, reclassify=True, created_by=created_by)


# --------------------------------------------------------------------------------------------
# Explanations and the product report
# --------------------------------------------------------------------------------------------

_classifiers: dict[str, Any] = {}


def classifier_for_version(model_version: str) -> Any | None:
    """A loaded classifier that writes `model_version`, or None when none can be found on this machine.

    Tried in order: the configured model, the lexicon, the model a past job used for that version.
    """
    if model_version in _classifiers:
        return _classifiers[model_version]
    specs = [None, "lexicon"] if model_version.startswith("lexicon-") else [None]
    specs += list(
        Job.objects.filter(kind=Job.Kind.SENTIMENT, result__model_version=model_version)
        .order_by("-created_at")
        .values_list("params__model", flat=True)[:3]
    )
    found = None
    for spec in dict.fromkeys(specs):
        try:
            candidate = sentiment_classifier(spec)
        except Exception:  # noqa: BLE001 - a model that is gone only costs the highlighting, not the report
            logger.info("model %r cannot be loaded to explain %s", spec, model_version)
            continue
        if candidate.model_version == model_version:
            found = candidate
            break
    _classifiers[model_version] = found
    return found


def _text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def explain_review_sentiments(*, sentiments: Iterable[ReviewSentiment]) -> dict[int, dict[str, Any]]:
    """Which words decided each result, keyed by ReviewSentiment id; computed once and cached on the row.

    A cached explanation is reused while the review text is unchanged. Results whose model cannot be
    loaded here get no explanation (their reviews are shown without highlighted words).
    """
    from ml.explain import explain_prediction

    explained: dict[int, dict[str, Any]] = {}
    for sentiment in sentiments:
        text = review_text_for_model(sentiment.review)
        digest = _text_digest(text)
        cached = sentiment.explanation
        if cached and cached.get("text_sha1") == digest:
            explained[sentiment.pk] = cached
            continue
        classifier = classifier_for_version(sentiment.model_version)
        if classifier is None:
            continue
        explanation = explain_prediction(classifier, text)
        weighted = sorted((w for w in explanation.words if w.weight), key=lambda w: -abs(w.weight))
        data = {
            "method": "occlusion",
            "text_sha1": digest,
            "label": explanation.label,
            "base_score": round(explanation.base_score, 4),
            "top_words": explanation.top_words,
            "words": [[w.word, round(w.weight, 4)] for w in weighted[:EXPLANATION_WORDS]],
        }
        # update(), not save(): updated_at says when the model classified the review, not when it was explained.
        ReviewSentiment.objects.filter(pk=sentiment.pk).update(explanation=data)
        sentiment.explanation = data
        explained[sentiment.pk] = data
    return explained


def product_report(*, product: Product, filters: reports.ReportFilters) -> dict[str, Any]:
    """The product page's report, with example reviews per aspect and their decisive words highlighted.

    Example texts have personal data masked. Explanations are computed for the examples only.
    """
    report = reports.product_sentiment_report(product, filters)
    examples = [
        example
        for group in ("praise", "complaints")
        for aspect in report["aspects"][group]
        for example in aspect["examples"]
    ]
    sentiments = reports.sentiments_for_reviews(filters.model_version, {e["review_id"] for e in examples})
    explanations = explain_review_sentiments(sentiments=sentiments.values())
    for example in examples:
        sentiment = sentiments.get(example["review_id"])
        if sentiment is None:
            example["segments"] = reports.highlight_segments(reports.mask_pii(example["sentence"]), terms=[example["term"]])
            example["decisive"] = []
            continue
        words = reports.decisive_words(explanations.get(sentiment.pk), example["tone"])
        text = reports.mask_pii(review_text_for_model(sentiment.review))
        example["decisive"] = words
        example["segments"] = reports.highlight_segments(text, decisive=words, terms=[example["term"]])
    return report


# --------------------------------------------------------------------------------------------
# Published snapshots
# --------------------------------------------------------------------------------------------


@transaction.atomic
def publish_report(
    *,
    filters: reports.ReportFilters,
    product: Product | None = None,
    title: str = "",
    created_by: User | AnonymousUser | None = None,
) -> PublishedReport:
    """Freeze a report as it is now (numbers, charts, period, filters, model version) under its own URL.

    Nothing changes a published report afterwards: later reviews, corrections or model runs only change
    the live reports.
    """
    from marketing import report_charts

    if not filters.model_version:
        raise ApplicationError("there is nothing to publish yet: no review has been classified")
    if product is not None:
        data = product_report(product=product, filters=filters)
        kind = PublishedReport.Kind.PRODUCT
        charts = report_charts.product_charts(data)
        default_title = f"{product.title}: sentiment, {data['period']['label']}"
    else:
        data = reports.sentiment_overview(filters)
        kind = PublishedReport.Kind.OVERVIEW
        charts = report_charts.overview_charts(data)
        default_title = f"Sentiment overview, {data['period']['label']}"
    user = created_by if isinstance(created_by, User) else None
    return PublishedReport.objects.create(
        kind=kind,
        title=(title.strip() or default_title)[:200],
        filters=filters.as_params(),
        period_start=filters.start,
        period_end=filters.end,
        model_version=filters.model_version,
        data=data,
        charts=charts,
        created_by=user,
    )
