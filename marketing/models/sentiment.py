"""What sentiment models said about reviews."""

from django.db import models

from .jobs import Job


class ReviewSentiment(models.Model):
    """A model's reading of one review. One row per (review, model version): re-running is idempotent."""

    class Label(models.TextChoices):
        NEGATIVE = "negative", "Negative"
        NEUTRAL = "neutral", "Neutral"
        POSITIVE = "positive", "Positive"

    review = models.ForeignKey("products.Review", related_name="sentiments", on_delete=models.CASCADE)
    model_version = models.CharField(max_length=200)
    label = models.CharField(max_length=16, choices=Label.choices)
    score = models.FloatField(help_text="From -1 (negative) to 1 (positive)")
    probabilities = models.JSONField(default=dict)
    explanation = models.JSONField(null=True, blank=True)
    job = models.ForeignKey(Job, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["review", "model_version"], name="one_sentiment_per_review_and_model")
        ]
        indexes = [models.Index(fields=["model_version", "label"])]

    def __str__(self) -> str:
        return f"{self.label} ({self.score:+.2f}) by {self.model_version}"
