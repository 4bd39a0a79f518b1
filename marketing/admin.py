from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from marketing.models import (
    BrandVoice,
    CopyAuditEntry,
    CopyVersion,
    GeneratedCopy,
    Job,
    PromptTemplate,
    ReviewSentiment,
)
from marketing.services.copy_generation import preview_prompt
from marketing.services.copy_prompts import COPY_LANGUAGES, CopyRequestOptions
from marketing.services.copy_workflow import (
    TEMPLATE_FIELDS,
    activate_prompt_template,
    active_prompt_template,
    default_brand_voice,
    revise_prompt_template,
)
from marketing.services.jobs import cancel_job
from products.exceptions import ApplicationError
from products.models import Product


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["id", "kind", "status", "progress_done", "progress_total", "message", "created_by", "created_at", "finished_at"]
    list_filter = ["kind", "status", "created_at"]
    search_fields = ["id", "message", "error", "celery_task_id"]
    readonly_fields = [f.name for f in Job._meta.fields]
    actions = ["cancel_selected"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    @admin.action(description="Cancel selected jobs")
    def cancel_selected(self, request, queryset):  # type: ignore[no-untyped-def]
        for job in queryset:
            try:
                cancel_job(job=job)
            except ApplicationError as exc:
                self.message_user(request, exc.message, messages.WARNING)


@admin.register(ReviewSentiment)
class ReviewSentimentAdmin(admin.ModelAdmin):
    list_display = ["review", "label", "score", "model_version", "updated_at"]
    list_filter = ["label", "model_version"]
    search_fields = ["review__body", "review__product__sku"]
    raw_id_fields = ["review", "job"]
    readonly_fields = ["created_at", "updated_at"]


# -- Copy studio -----------------------------------------------------------------------------------------


@admin.register(BrandVoice)
class BrandVoiceAdmin(admin.ModelAdmin):
    list_display = ["name", "is_default", "tone_words", "updated_at"]
    search_fields = ["name", "tone_words", "guidelines"]


class PromptPreviewForm(forms.Form):
    product = forms.ModelChoiceField(queryset=Product.objects.order_by("title"), to_field_name="sku",
                                     widget=forms.TextInput(attrs={"placeholder": "SKU"}), label="Product SKU")
    brand_voice = forms.ModelChoiceField(queryset=BrandVoice.objects.all(), required=False, empty_label="Default voice")
    language = forms.ChoiceField(choices=list(COPY_LANGUAGES.items()), initial="en")
    run_model = forms.BooleanField(required=False, label="Run the model on it (greedy)")
    max_new_tokens = forms.IntegerField(min_value=4, max_value=512, required=False)


@admin.register(PromptTemplate)
class PromptTemplateAdmin(admin.ModelAdmin):
    """Saving an edit adds a new version (the old one stays, with the copy it produced); "Preview" renders the
    exact prompt for a product and can run the model on it."""

    list_display = ["channel", "version", "is_active", "notes", "created_by", "created_at", "preview_link"]
    list_filter = ["channel", "is_active"]
    readonly_fields = ["version", "is_active", "created_by", "created_at", "preview_link"]
    fields = ["channel", "version", "is_active", "notes", "system_prompt", "user_template", "review_count",
              "target_words", "min_words", "max_words", "max_new_tokens", "created_by", "created_at", "preview_link"]
    actions = ["make_active"]

    def get_readonly_fields(self, request, obj=None):  # type: ignore[no-untyped-def]
        # A version belongs to its channel for good.
        return [*self.readonly_fields, "channel"] if obj else self.readonly_fields

    def get_urls(self):  # type: ignore[no-untyped-def]
        preview = path("<path:object_id>/preview/", self.admin_site.admin_view(self.preview_view),
                       name="marketing_prompttemplate_preview")
        return [preview, *super().get_urls()]

    @admin.display(description="Preview")
    def preview_link(self, obj):  # type: ignore[no-untyped-def]
        if not obj or not obj.pk:
            return "–"
        return format_html('<a href="{}">Preview</a>', reverse("admin:marketing_prompttemplate_preview", args=[obj.pk]))

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in TEMPLATE_FIELDS}
        notes = form.cleaned_data.get("notes", "")
        base = PromptTemplate.objects.get(pk=obj.pk) if change else active_prompt_template(obj.channel)
        if not change:
            changes = {name: form.cleaned_data[name] for name in TEMPLATE_FIELDS if name in form.cleaned_data}
        saved = revise_prompt_template(template=base, changes=changes, user=request.user, notes=notes)
        if saved.pk != base.pk:
            self.message_user(request, f"Saved as {saved}; version {base.version} is kept unchanged.")
        obj.pk, obj.version, obj.is_active = saved.pk, saved.version, saved.is_active

    @admin.action(description="Make the selected version the active one for its channel")
    def make_active(self, request, queryset):  # type: ignore[no-untyped-def]
        for template in queryset:
            activate_prompt_template(template=template)
        self.message_user(request, "Activated.")

    def preview_view(self, request, object_id):  # type: ignore[no-untyped-def]
        template = get_object_or_404(PromptTemplate, pk=object_id)
        if not self.has_view_permission(request, template):
            raise PermissionDenied
        form = PromptPreviewForm(request.GET or None)
        preview, error = None, ""
        if form.is_valid():
            data = form.cleaned_data
            try:
                preview = preview_prompt(
                    template=template, product=data["product"], brand_voice=data["brand_voice"] or default_brand_voice(),
                    options=CopyRequestOptions(language=data["language"]), run_model=data["run_model"],
                    max_new_tokens=data["max_new_tokens"],
                )
            except Exception as exc:  # the model may be missing or fail: show why instead of a 500
                error = f"{type(exc).__name__}: {exc}"
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": template,
            "title": f"Preview {template}",
            "form": form,
            "preview": preview,
            "error": error,
        }
        return TemplateResponse(request, "marketing/copy/admin_preview.html", context)


class CopyVersionInline(admin.TabularInline):
    model = CopyVersion
    fk_name = "copy"
    extra = 0
    can_delete = False
    fields = ("number", "author_kind", "author", "text", "unsupported_count", "model_version", "completion_tokens",
              "latency_ms", "cached_from", "created_at")
    readonly_fields = fields
    ordering = ["-number"]

    def has_add_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(GeneratedCopy)
class GeneratedCopyAdmin(admin.ModelAdmin):
    """Read-only: copy changes go through the copy studio's workflow (which keeps the audit log)."""

    list_display = ["product", "channel", "language", "variant", "status", "unsupported_claims", "updated_at"]
    list_filter = ["channel", "language", "status"]
    search_fields = ["product__sku", "product__title"]
    readonly_fields = [f.name for f in GeneratedCopy._meta.fields]
    inlines = [CopyVersionInline]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(CopyAuditEntry)
class CopyAuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "action", "copy", "version", "comment"]
    list_filter = ["action", "created_at"]
    search_fields = ["copy__product__sku", "comment"]
    readonly_fields = [f.name for f in CopyAuditEntry._meta.fields]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
