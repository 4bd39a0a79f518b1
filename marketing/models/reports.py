"""Sentiment reports: people's corrections, aspects found in reviews, weekly summaries and published snapshots."""

from django.conf import settings
from django.db import models


class SentimentCorrection(models.Model):
    """A person's verdict on a review's sentiment. Kept apart from model output; reports prefer it.

    One per review, whatever the model version: it says what the text means, not what a model read.
    `model_label` and `model_version` record what the model had said when the person corrected it, so
    corrections can be exported as evaluation data ("the model said X, a person says Y").
    """

    class Label(models.TextChoices):
        NEGATIVE = "negative", "Negative"
        NEUTRAL = "neutral", "Neutral"
        POSITIVE = "positive", "Positive"

    review = models.OneToOneField("products.Review", related_name="sentiment_correction", on_delete=models.CASCADE)
    label = models.CharField(max_length=16, choices=Label.choices)
    model_label = models.CharField(max_length=16, blank=True)
    model_version = models.CharField(max_length=200, blank=True)
    note = models.CharField(max_length=255, blank=True)
    corrected_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]

    def __str__(self) -> str:
        return f"review {self.review_id}: {self.label} (model said {self.model_label or '–'})"


class ReviewAspect(models.Model):
    """One thing a review talks about ("battery life", "delivery") and how the sentence about it reads.

    One row per (review, model version, aspect): the sentence's sentiment comes from that model. The
    product and the review's date are copied from the review so a product page aggregates aspects over a
    period without joining reviews (a changed review is re-classified, which rewrites its aspects).
    """

    review = models.ForeignKey("products.Review", related_name="aspects", on_delete=models.CASCADE)
    product = models.ForeignKey("products.Product", related_name="+", on_delete=models.CASCADE)
    created_at = models.DateTimeField(help_text="When the review was written")
    model_version = models.CharField(max_length=200)
    aspect = models.CharField(max_length=80)
    term = models.CharField(max_length=80, help_text="The words in the review that named the aspect")
    sentence = models.TextField()
    label = models.CharField(max_length=16)
    score = models.FloatField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "model_version", "aspect"], name="one_aspect_per_review_and_model")
        ]
        indexes = [
            # Covering (on PostgreSQL): counting and ranking a product's aspects never reads the table.
            models.Index(
                fields=["product", "model_version", "created_at"],
                include=["aspect", "label", "score", "id"],
                name="aspect_product_version_date",
            )
        ]

    def __str__(self) -> str:
        return f"{self.aspect}: {self.label}"


class WeeklySentimentSummary(models.Model):
    """Review counts per week and model version, at four grains, so a report adds up few rows.

    - "product": per product (with its category and brand), source and language (product reports);
    - "detail": per category, brand, source and language, product left empty (brand filters);
    - "category": per category, source and language, brand left blank (category filters, the category table);
    - "total": per source and language only, category and brand left blank (the unfiltered overview).

    Rebuilt for a model version by each classification job and patched for a review's week when a
    person corrects it.
    """

    class Grain(models.TextChoices):
        PRODUCT = "product", "Product, source, language"
        DETAIL = "detail", "Category, brand, source, language"
        CATEGORY = "category", "Category, source, language"
        TOTAL = "total", "Source, language"

    model_version = models.CharField(max_length=200)
    grain = models.CharField(max_length=8, choices=Grain.choices, default=Grain.DETAIL)
    week = models.DateField(help_text="Monday of the week")
    product = models.ForeignKey("products.Product", null=True, blank=True, related_name="+", on_delete=models.CASCADE)
    category = models.ForeignKey("products.Category", null=True, blank=True, related_name="+", on_delete=models.CASCADE)
    brand = models.CharField(max_length=120, blank=True)
    source = models.CharField(max_length=64)
    language = models.CharField(max_length=8)
    reviews = models.PositiveIntegerField(default=0)
    positive = models.PositiveIntegerField(default=0)
    neutral = models.PositiveIntegerField(default=0)
    negative = models.PositiveIntegerField(default=0)
    corrected = models.PositiveIntegerField(default=0)
    mismatches = models.PositiveIntegerField(default=0)
    rating_sum = models.PositiveIntegerField(default=0)
    sentiment_sum = models.FloatField(default=0)

    class Meta:
        indexes = [
            models.Index(fields=["model_version", "grain", "week"], name="summary_version_grain_week"),
            models.Index(fields=["product", "model_version", "week"], name="summary_product_week"),
        ]

    def __str__(self) -> str:
        return f"{self.model_version} {self.week}: {self.reviews} reviews"


class SentimentReportVersion(models.Model):
    """A model version that reports can show, and when its weekly summary was last rebuilt."""

    model_version = models.CharField(max_length=200, unique=True)
    reviews = models.PositiveIntegerField(default=0)
    first_week = models.DateField(null=True, blank=True)
    last_week = models.DateField(null=True, blank=True)
    sources = models.JSONField(default=list, blank=True)
    languages = models.JSONField(default=list, blank=True)
    refreshed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-refreshed_at", "-id"]

    def __str__(self) -> str:
        return self.model_version


class PublishedReport(models.Model):
    """A frozen snapshot of a report: its numbers, charts, period, filters and model version.

    Written once by `publish_report`; nothing updates it afterwards, so its page shows what was
    published even after reviews, corrections or models change.
    """

    class Kind(models.TextChoices):
        OVERVIEW = "overview", "Sentiment overview"
        PRODUCT = "product", "Product sentiment"

    kind = models.CharField(max_length=16, choices=Kind.choices)
    title = models.CharField(max_length=200)
    filters = models.JSONField(default=dict)
    period_start = models.DateField()
    period_end = models.DateField()
    model_version = models.CharField(max_length=200)
    data = models.JSONField(default=dict)
    charts = models.JSONField(default=dict, help_text="Rendered SVG charts, by name")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title
