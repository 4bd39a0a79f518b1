"""Catalogue API for integrations: products, reviews and all-or-nothing bulk import."""

import json

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.generics import ListAPIView
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.permissions import DjangoModelPermissions, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from marketing.roles import IMPORT_PERMISSION
from marketing.services.sentiment import schedule_sentiment_classification
from products import selectors
from products.models import CatalogImport, Product, Review
from products.services import import_catalog


class ProductOutputSerializer(serializers.ModelSerializer):
    category: serializers.SlugRelatedField = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    review_count = serializers.IntegerField(read_only=True)
    average_rating = serializers.FloatField(read_only=True, allow_null=True)

    class Meta:
        model = Product
        fields = ["sku", "title", "brand", "category", "price", "currency", "attributes", "review_count",
                  "average_rating", "created_at", "updated_at"]


class ProductListApi(ListAPIView):
    """Products, filterable by ?q= (title/SKU/brand), ?category= (slug) and ?brand=."""

    serializer_class = ProductOutputSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        params = self.request.query_params
        return selectors.product_list(
            search=params.get("q", ""), category_slug=params.get("category", ""), brand=params.get("brand", "")
        )


class ProductDetailApi(APIView):
    @extend_schema(responses=ProductOutputSerializer)
    def get(self, request: Request, sku: str) -> Response:
        product = get_object_or_404(selectors.product_list(), sku=sku)
        return Response(ProductOutputSerializer(product).data)


class ReviewOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = Review
        fields = ["id", "rating", "title", "body", "author_name", "created_at", "source", "external_id", "language"]


class ProductReviewsApi(ListAPIView):
    serializer_class = ReviewOutputSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        if getattr(self, "swagger_fake_view", False):  # schema generation
            return Review.objects.none()
        product = get_object_or_404(Product, sku=self.kwargs["sku"])
        return product.reviews.order_by("-created_at")


class ImportPermission(DjangoModelPermissions):
    def has_permission(self, request, view):  # type: ignore[no-untyped-def]
        return bool(request.user and request.user.has_perm(IMPORT_PERMISSION))


class CatalogImportApi(APIView):
    """Import a catalogue: a multipart `file` (CSV or JSON), or a JSON body {"products": [...], "reviews": [...]}.

    Valid files are imported whole (201); otherwise nothing is written and the 400 response lists every
    problem with its section, row, field and message.
    """

    parser_classes = [MultiPartParser, FormParser, JSONParser]
    permission_classes = [IsAuthenticated, ImportPermission]

    class OutputSerializer(serializers.ModelSerializer):
        class Meta:
            model = CatalogImport
            fields = ["id", "filename", "status", "counts", "errors", "created_at"]

    @extend_schema(request=None, responses={201: OutputSerializer, 400: OutputSerializer})
    def post(self, request: Request) -> Response:
        upload = request.FILES.get("file")
        if upload is not None:
            content, filename = upload.read(), upload.name
        elif isinstance(request.data, dict) and request.content_type.startswith("application/json"):
            content, filename = json.dumps(request.data).encode(), "api.json"
        else:
            return Response(
                {"detail": "Invalid input.", "errors": {"file": ["upload a CSV/JSON file or send a JSON body"]}},
                status=status.HTTP_400_BAD_REQUEST,
            )
        outcome = import_catalog(
            content=content,
            filename=filename,
            created_by=request.user,
            after_commit=lambda ids: schedule_sentiment_classification(review_ids=ids, created_by=request.user),
        )
        data = self.OutputSerializer(outcome.catalog_import).data
        return Response(data, status=status.HTTP_201_CREATED if outcome.ok else status.HTTP_400_BAD_REQUEST)
