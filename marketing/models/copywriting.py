"""Model-written product copy: brand voices, prompt templates, copy variants, their versions and audit log.

One `GeneratedCopy` is one variant (1-5) of the copy for a product, a channel and a language; it has its own
workflow status and keeps every text it ever had as `CopyVersion` rows. The storefront gets the
`published_version` of at most one variant per product, channel and language.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from .jobs import Job


class CopyChannel(models.TextChoices):
    PRODUCT_DESCRIPTION = "product_description", "Product description"
    SHORT_DESCRIPTION = "short_description", "Short description"
    SEO = "seo", "SEO title + meta description"
    EMAIL_SUBJECTS = "email_subjects", "E-mail subject lines"
    SOCIAL_POST = "social_post", "Social post"


class BrandVoice(models.Model):
    """How the brand sounds. Exactly one voice may be the default, used when a request names none."""

    name = models.CharField(max_length=120, unique=True)
    tone_words = models.CharField(max_length=255, blank=True, help_text="Comma-separated, e.g. warm, precise, upbeat")
    guidelines = models.TextField(blank=True, help_text="Rules a copywriter follows, one per line")
    avoid_words = models.TextField(blank=True, help_text="Words and phrases never to use, comma- or line-separated")
    example_copy = models.TextField(blank=True, help_text="A short example of copy in this voice")
    is_default = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="one_default_brand_voice",
                violation_error_message="Another brand voice is the default: untick it there first.",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} (default)" if self.is_default else self.name

    @property
    def avoid_list(self) -> list[str]:
        return [w.strip() for w in self.avoid_words.replace("\n", ",").split(",") if w.strip()]

    @property
    def tone_list(self) -> list[str]:
        return [w.strip() for w in self.tone_words.split(",") if w.strip()]


class PromptTemplate(models.Model):
    """The prompt for one channel. Editing never changes a version that produced copy: it adds a version."""

    channel = models.CharField(max_length=32, choices=CopyChannel.choices)
    version = models.PositiveIntegerField(default=1)
    is_active = models.BooleanField(default=True, help_text="The version new requests use")
    system_prompt = models.TextField()
    user_template = models.TextField(
        help_text="Placeholders: {title} {facts} {target_words} {language} {tone} {brand_voice} {brand_example} "
        "{avoid_words} {seo_keywords} {customer_reviews} {reviewer_feedback}"
    )
    review_count = models.PositiveSmallIntegerField(
        default=0,
        help_text="How many customer reviews to quote (as delimited data) in the prompt; small models copy them, "
        "so the built-in templates use none",
    )
    target_words = models.PositiveIntegerField(default=80)
    min_words = models.PositiveIntegerField(null=True, blank=True)
    max_words = models.PositiveIntegerField(null=True, blank=True)
    max_new_tokens = models.PositiveIntegerField(default=160)
    notes = models.CharField(max_length=255, blank=True, help_text="What changed in this version")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["channel", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["channel", "version"], name="one_prompt_template_version_per_channel"),
            models.UniqueConstraint(
                fields=["channel"], condition=Q(is_active=True), name="one_active_prompt_template_per_channel"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} v{self.version}"


class GeneratedCopy(models.Model):
    """One variant of a product's copy for a channel and language, with its review workflow."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        APPROVED = "approved", "Approved"
        PUBLISHED = "published", "Published"
        REJECTED = "rejected", "Rejected"
        ARCHIVED = "archived", "Archived"

    product = models.ForeignKey("products.Product", related_name="copies", on_delete=models.CASCADE)
    channel = models.CharField(max_length=32, choices=CopyChannel.choices)
    language = models.CharField(max_length=8, default="en")
    variant = models.PositiveSmallIntegerField(default=1)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    brand_voice = models.ForeignKey(BrandVoice, null=True, blank=True, on_delete=models.SET_NULL)
    # What the marketer asked for (tone, target length, keywords): a regeneration asks the same again.
    request_options = models.JSONField(default=dict, blank=True)
    current_version = models.ForeignKey(
        "CopyVersion", null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    approved_version = models.ForeignKey(
        "CopyVersion", null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    published_version = models.ForeignKey(
        "CopyVersion", null=True, blank=True, related_name="+", on_delete=models.SET_NULL
    )
    unsupported_claims = models.PositiveIntegerField(default=0, help_text="In the current version")
    published_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["product", "channel", "language", "variant"]
        verbose_name_plural = "generated copies"
        constraints = [
            models.UniqueConstraint(
                fields=["product", "channel", "language", "variant"], name="one_copy_per_product_channel_language_variant"
            ),
            models.UniqueConstraint(
                fields=["product", "channel", "language"],
                condition=Q(published_version__isnull=False),
                name="one_published_copy_per_product_channel_language",
            ),
            models.CheckConstraint(condition=Q(variant__gte=1, variant__lte=5), name="copy_variant_1_to_5"),
        ]
        indexes = [models.Index(fields=["channel", "language", "status"])]
        permissions = [
            ("approve_generatedcopy", "Can approve generated copy"),
            ("publish_generatedcopy", "Can publish generated copy"),
        ]

    def __str__(self) -> str:
        return f"{self.product.sku} {self.get_channel_display()} [{self.language}] variant {self.variant}"


class CopyVersion(models.Model):
    """One text a copy had, never changed afterwards: written by the model, edited by a person or restored."""

    class Author(models.TextChoices):
        MODEL = "model", "Model"
        USER = "user", "Person"

    copy = models.ForeignKey(GeneratedCopy, related_name="versions", on_delete=models.CASCADE)
    number = models.PositiveIntegerField()
    text = models.TextField()
    author_kind = models.CharField(max_length=8, choices=Author.choices)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    note = models.CharField(max_length=500, blank=True, help_text="Edit note, restored version, reviewer comment")
    based_on = models.ForeignKey("self", null=True, blank=True, related_name="+", on_delete=models.SET_NULL)
    # Model provenance (empty for a person's edit).
    model_spec = models.CharField(max_length=300, blank=True)
    model_version = models.CharField(max_length=300, blank=True)
    params = models.JSONField(default=dict, blank=True)
    prompt = models.JSONField(default=list, blank=True, help_text="The chat messages sent to the model")
    prompt_hash = models.CharField(max_length=64, blank=True, db_index=True)
    prompt_template = models.ForeignKey(PromptTemplate, null=True, blank=True, on_delete=models.SET_NULL)
    cached_from = models.ForeignKey(
        "self", null=True, blank=True, related_name="+", on_delete=models.SET_NULL,
        help_text="Reused text of an identical earlier request instead of calling the model",
    )
    prompt_tokens = models.PositiveIntegerField(null=True, blank=True)
    completion_tokens = models.PositiveIntegerField(null=True, blank=True)
    latency_ms = models.PositiveIntegerField(null=True, blank=True)
    finish_reason = models.CharField(max_length=16, blank=True)
    job = models.ForeignKey(Job, null=True, blank=True, on_delete=models.SET_NULL)
    # Guardrail results for this text.
    claims = models.JSONField(default=list, blank=True)
    unsupported_count = models.PositiveIntegerField(default=0)
    voice_issues = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["copy", "-number"]
        constraints = [models.UniqueConstraint(fields=["copy", "number"], name="one_copy_version_number")]

    def __str__(self) -> str:
        return f"v{self.number} of {self.copy_id} by {self.get_author_kind_display()}"


class CopyAuditEntry(models.Model):
    """Who did what to which copy, and when. Written by the workflow services, never edited."""

    class Action(models.TextChoices):
        GENERATED = "generated", "Generated"
        EDITED = "edited", "Edited"
        REVERTED = "reverted", "Restored a version"
        SUBMITTED = "submitted", "Sent for review"
        APPROVED = "approved", "Approved"
        APPROVED_WITH_OVERRIDE = "approved_override", "Approved despite unsupported claims"
        REJECTED = "rejected", "Rejected"
        CHANGES_REQUESTED = "changes_requested", "Requested changes"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived"

    copy = models.ForeignKey(GeneratedCopy, related_name="audit_entries", on_delete=models.CASCADE)
    version = models.ForeignKey(CopyVersion, null=True, blank=True, on_delete=models.SET_NULL)
    action = models.CharField(max_length=24, choices=Action.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    comment = models.TextField(blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "copy audit entries"

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.actor or 'system'} at {self.created_at:%Y-%m-%d %H:%M}"
