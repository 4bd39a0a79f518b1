"""Forms of the copy studio pages: a generation request, an edit, review decisions."""

from __future__ import annotations

from typing import Any

from django import forms

from marketing.models import BrandVoice, CopyChannel
from marketing.services.copy_generation import MAX_VARIANTS
from marketing.services.copy_prompts import COPY_LANGUAGES, CopyRequestOptions
from products.models import Category, Product


class GenerationRequestForm(forms.Form):
    """What to write and for which products; sampling settings sit under "Advanced"."""

    SCOPES = [
        ("selected", "Selected products"),
        ("category", "A category"),
        ("without_approved", "All products without approved copy"),
    ]

    scope = forms.ChoiceField(choices=SCOPES, initial="selected")
    products = forms.ModelMultipleChoiceField(queryset=Product.objects.all(), required=False)
    category = forms.ModelChoiceField(queryset=Category.objects.order_by("name"), required=False, to_field_name="slug")
    channel = forms.ChoiceField(choices=CopyChannel.choices, initial=CopyChannel.PRODUCT_DESCRIPTION)
    variants = forms.IntegerField(min_value=1, max_value=MAX_VARIANTS, initial=2)
    language = forms.ChoiceField(choices=list(COPY_LANGUAGES.items()), initial="en")
    brand_voice = forms.ModelChoiceField(queryset=BrandVoice.objects.all(), required=False, empty_label="Default voice")
    tone = forms.CharField(max_length=120, required=False, help_text="Overrides the brand voice's tone words")
    target_words = forms.IntegerField(min_value=5, max_value=400, required=False, label="Target length (words)")
    seo_keywords = forms.CharField(max_length=300, required=False, label="SEO keywords", help_text="Comma-separated")
    temperature = forms.FloatField(min_value=0, max_value=1.5, initial=0.4, required=False)
    top_p = forms.FloatField(min_value=0.05, max_value=1, required=False, label="Top-p")
    repetition_penalty = forms.FloatField(min_value=1, max_value=2, required=False)
    max_new_tokens = forms.IntegerField(min_value=4, max_value=1024, required=False, label="Max new tokens")
    seed = forms.IntegerField(min_value=0, required=False)
    fresh = forms.BooleanField(required=False, label="Fresh variants (don't reuse identical earlier requests)")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        scope = data.get("scope")
        if scope == "selected" and not data.get("products"):
            self.add_error("products", "Select at least one product.")
        if scope == "category" and not data.get("category"):
            self.add_error("category", "Choose a category.")
        return data

    def service_kwargs(self) -> dict[str, Any]:
        """The keyword arguments for `request_copy_generation`, from cleaned data."""
        data = self.cleaned_data
        scope = data["scope"]
        keywords = tuple(k.strip() for k in (data.get("seo_keywords") or "").split(",") if k.strip())
        return {
            "channel": data["channel"],
            "product_ids": [p.pk for p in data["products"]] if scope == "selected" else None,
            "category": data["category"] if scope == "category" else None,
            "without_approved_copy": scope == "without_approved",
            "variants": data["variants"],
            "brand_voice": data.get("brand_voice"),
            "options": CopyRequestOptions(
                language=data["language"], tone=data.get("tone") or "", target_words=data.get("target_words"),
                seo_keywords=keywords,
            ),
            "sampling": {
                name: data.get(name)
                for name in ("temperature", "top_p", "repetition_penalty", "max_new_tokens", "seed")
                if data.get(name) is not None
            },
            "fresh": data.get("fresh", False),
        }


class EditCopyForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 10}), max_length=20_000)
    note = forms.CharField(max_length=300, required=False, label="What did you change?")


class ApproveForm(forms.Form):
    override = forms.BooleanField(required=False, label="Approve despite unsupported claims")
    reason = forms.CharField(max_length=500, required=False)


class CommentForm(forms.Form):
    comment = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, required=False)
