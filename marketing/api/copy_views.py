"""Copy API for integrators: request generation, read copy with its versions, review, publish, read what is live.

Permissions are the dashboard's: the services refuse (HTTP 403) what the caller's role may not do.
"""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer
from rest_framework import serializers, status
from rest_framework.generics import ListAPIView
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from marketing import selectors_copy
from marketing.api.views import JobOutputSerializer
from marketing.models import BrandVoice, CopyChannel, CopyVersion, GeneratedCopy
from marketing.services import copy_workflow as workflow
from marketing.services.copy_generation import MAX_VARIANTS, request_copy_generation
from marketing.services.copy_prompts import COPY_LANGUAGES, CopyRequestOptions
from marketing.templatetags.copy_studio import storefront_html
from products.models import Category, Product


class CopyVersionOutputSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.get_username", default=None, read_only=True)

    class Meta:
        model = CopyVersion
        fields = ["id", "number", "text", "author_kind", "author", "note", "model_spec", "model_version", "params",
                  "prompt", "prompt_hash", "cached_from", "prompt_tokens", "completion_tokens", "latency_ms",
                  "finish_reason", "claims", "unsupported_count", "voice_issues", "created_at"]


class GeneratedCopyOutputSerializer(serializers.ModelSerializer):
    sku = serializers.CharField(source="product.sku", read_only=True)
    # A plain string: Job also has a "status" enum and the schema would need a name override for two.
    status = serializers.CharField(read_only=True, help_text="draft, in_review, approved, published, rejected or archived")
    current_version = CopyVersionOutputSerializer(read_only=True)
    published_version_number = serializers.IntegerField(source="published_version.number", default=None, read_only=True)

    class Meta:
        model = GeneratedCopy
        fields = ["id", "sku", "channel", "language", "variant", "status", "unsupported_claims", "current_version",
                  "published_version_number", "published_at", "created_at", "updated_at"]


class GeneratedCopyDetailOutputSerializer(GeneratedCopyOutputSerializer):
    versions = CopyVersionOutputSerializer(many=True, read_only=True)

    class Meta(GeneratedCopyOutputSerializer.Meta):
        fields = [*GeneratedCopyOutputSerializer.Meta.fields, "versions"]


def _detail(copy: GeneratedCopy) -> dict[str, Any]:
    return GeneratedCopyDetailOutputSerializer(selectors_copy.copy_with_history(copy_id=copy.pk)).data


class CopyGenerationRequestApi(APIView):
    """Queue generation of copy variants for products (a list of SKUs, a category, or all without approved copy)."""

    @extend_schema_serializer(component_name="CopyGenerationRequestInput")
    class InputSerializer(serializers.Serializer):
        channel = serializers.ChoiceField(choices=CopyChannel.choices)
        skus = serializers.ListField(child=serializers.CharField(max_length=64), required=False, allow_empty=False,
                                     max_length=5000)
        category = serializers.SlugRelatedField(slug_field="slug", queryset=Category.objects.all(), required=False)
        without_approved_copy = serializers.BooleanField(default=False)
        variants = serializers.IntegerField(min_value=1, max_value=MAX_VARIANTS, default=2)
        language = serializers.ChoiceField(choices=list(COPY_LANGUAGES.items()), default="en")
        brand_voice = serializers.PrimaryKeyRelatedField(queryset=BrandVoice.objects.all(), required=False)
        tone = serializers.CharField(max_length=120, required=False, allow_blank=True)
        target_words = serializers.IntegerField(min_value=5, max_value=400, required=False)
        seo_keywords = serializers.ListField(child=serializers.CharField(max_length=60), required=False, max_length=20)
        temperature = serializers.FloatField(min_value=0, max_value=1.5, required=False)
        top_p = serializers.FloatField(min_value=0.05, max_value=1, required=False)
        repetition_penalty = serializers.FloatField(min_value=1, max_value=2, required=False)
        max_new_tokens = serializers.IntegerField(min_value=4, max_value=1024, required=False)
        seed = serializers.IntegerField(min_value=0, required=False)
        fresh = serializers.BooleanField(default=False)

        def validate_skus(self, skus: list[str]) -> list[str]:
            known = set(Product.objects.filter(sku__in=skus).values_list("sku", flat=True))
            missing = [s for s in skus if s not in known]
            if missing:
                raise serializers.ValidationError(f"unknown SKU(s): {', '.join(missing[:10])}")
            return skus

    @extend_schema(request=InputSerializer, responses={201: JobOutputSerializer})
    def post(self, request: Request) -> Response:
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        skus = data.get("skus")
        job = request_copy_generation(
            user=request.user,
            channel=data["channel"],
            product_ids=list(Product.objects.filter(sku__in=skus).values_list("pk", flat=True)) if skus else None,
            category=data.get("category"),
            without_approved_copy=data["without_approved_copy"],
            variants=data["variants"],
            brand_voice=data.get("brand_voice"),
            options=CopyRequestOptions(
                language=data["language"], tone=data.get("tone", ""), target_words=data.get("target_words"),
                seo_keywords=tuple(data.get("seo_keywords", ())),
            ),
            sampling={k: data[k] for k in ("temperature", "top_p", "repetition_penalty", "max_new_tokens", "seed")
                      if k in data},
            fresh=data["fresh"],
        )
        return Response(JobOutputSerializer(job).data, status=status.HTTP_201_CREATED)


@extend_schema(parameters=[
    OpenApiParameter("sku", str), OpenApiParameter("channel", str, enum=CopyChannel.values),
    OpenApiParameter("language", str), OpenApiParameter("status", str, enum=GeneratedCopy.Status.values),
])
class GeneratedCopyListApi(ListAPIView):
    """Copy variants with their current version."""

    serializer_class = GeneratedCopyOutputSerializer
    filter_backends: list[Any] = []

    def get_queryset(self):  # type: ignore[no-untyped-def]
        params = self.request.query_params
        return selectors_copy.generated_copy_list(
            sku=params.get("sku", ""), channel=params.get("channel", ""), language=params.get("language", ""),
            status=params.get("status", ""),
        )


class GeneratedCopyDetailApi(APIView):
    @extend_schema(responses=GeneratedCopyDetailOutputSerializer)
    def get(self, request: Request, copy_id: int) -> Response:
        return Response(_detail(get_object_or_404(GeneratedCopy, pk=copy_id)))


class CopyEditApi(APIView):
    """Save a person's text as a new version (the copy goes back to draft)."""

    @extend_schema_serializer(component_name="CopyEditInput")
    class InputSerializer(serializers.Serializer):
        text = serializers.CharField(max_length=20_000)
        note = serializers.CharField(max_length=300, required=False, allow_blank=True)

    @extend_schema(request=InputSerializer, responses={201: GeneratedCopyDetailOutputSerializer})
    def post(self, request: Request, copy_id: int) -> Response:
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        copy = get_object_or_404(GeneratedCopy, pk=copy_id)
        workflow.edit_copy(copy=copy, text=serializer.validated_data["text"], user=request.user,
                           note=serializer.validated_data.get("note", ""))
        return Response(_detail(copy), status=status.HTTP_201_CREATED)


class CopySubmitApi(APIView):
    @extend_schema(request=None, responses=GeneratedCopyDetailOutputSerializer)
    def post(self, request: Request, copy_id: int) -> Response:
        copy = workflow.submit_copy_for_review(copy=get_object_or_404(GeneratedCopy, pk=copy_id), user=request.user)
        return Response(_detail(copy))


class CopyApproveApi(APIView):
    """Approve the current version (Approvers only). Unsupported claims need `override` and a `reason`."""

    @extend_schema_serializer(component_name="CopyApproveInput")
    class InputSerializer(serializers.Serializer):
        override = serializers.BooleanField(default=False)
        reason = serializers.CharField(max_length=500, required=False, allow_blank=True)

    @extend_schema(request=InputSerializer, responses=GeneratedCopyDetailOutputSerializer)
    def post(self, request: Request, copy_id: int) -> Response:
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        copy = workflow.approve_copy(
            copy=get_object_or_404(GeneratedCopy, pk=copy_id), user=request.user,
            override=serializer.validated_data["override"], reason=serializer.validated_data.get("reason", ""),
        )
        return Response(_detail(copy))


class CopyPublishApi(APIView):
    """Publish the approved version (Approvers only); another live variant is archived."""

    @extend_schema(request=None, responses=GeneratedCopyDetailOutputSerializer)
    def post(self, request: Request, copy_id: int) -> Response:
        copy = workflow.publish_copy(copy=get_object_or_404(GeneratedCopy, pk=copy_id), user=request.user)
        return Response(_detail(copy))


class PublishedCopyApi(APIView):
    """What the storefront shows for a product, channel and language: the text and its sanitised HTML."""

    @extend_schema_serializer(component_name="PublishedCopy")
    class OutputSerializer(serializers.Serializer):
        sku = serializers.CharField()
        channel = serializers.CharField()
        language = serializers.CharField()
        variant = serializers.IntegerField()
        version = serializers.IntegerField()
        text = serializers.CharField()
        html = serializers.CharField()
        published_at = serializers.DateTimeField()

    @extend_schema(responses=OutputSerializer)
    def get(self, request: Request, sku: str, channel: str, language: str) -> Response:
        product = get_object_or_404(Product, sku=sku)
        copy = selectors_copy.published_copy(product=product, channel=channel, language=language)
        if copy is None or copy.published_version is None:
            return Response({"detail": "Nothing is published for this product, channel and language."},
                            status=status.HTTP_404_NOT_FOUND)
        version = copy.published_version
        data = {"sku": product.sku, "channel": copy.channel, "language": copy.language, "variant": copy.variant,
                "version": version.number, "text": version.text, "html": str(storefront_html(version)),
                "published_at": copy.published_at}
        return Response(self.OutputSerializer(data).data)
