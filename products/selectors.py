"""Reads for the catalogue pages and API."""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet

from marketing.models import ReviewSentiment
from products.models import Category, Product, Review


def product_list(*, search: str = "", category_slug: str = "", brand: str = "") -> QuerySet[Product]:
    """Products matching the filters, with their review count and average rating."""
    from django.db.models import Avg

    products = Product.objects.select_related("category").annotate(
        review_count=Count("reviews"), average_rating=Avg("reviews__rating")
    )
    if search:
        products = products.filter(Q(title__icontains=search) | Q(sku__icontains=search) | Q(brand__icontains=search))
    if category_slug:
        products = products.filter(Q(category__slug=category_slug) | Q(category__parent__slug=category_slug))
    if brand:
        products = products.filter(brand=brand)
    return products.order_by("title")


def categories_with_counts() -> QuerySet[Category]:
    return Category.objects.annotate(product_count=Count("products")).order_by("name")


def brands() -> list[str]:
    return list(Product.objects.exclude(brand="").values_list("brand", flat=True).distinct().order_by("brand"))


def reviews_for_product(*, product: Product) -> QuerySet[Review]:
    """A product's reviews, newest first, each with its sentiments (newest model run first)."""
    return product.reviews.prefetch_related(
        Prefetch("sentiments", queryset=ReviewSentiment.objects.order_by("-updated_at"))
    ).order_by("-created_at")


def reviews_as_weak_labels(*, limit: int | None = None) -> list[tuple[str, str]]:
    """(text, label) pairs from the shop's own reviews, labelled by stars: ≥4 positive, 3 neutral, ≤2 negative.

    Weak labels (people give 5 stars with complaints too), used to adapt the sentiment model to the shop.
    """
    from marketing.services.sentiment import review_text_for_model
    from ml.train_sentiment import label_from_stars

    reviews = Review.objects.only("title", "body", "rating").order_by("pk")
    if limit:
        reviews = reviews[:limit]
    return [(review_text_for_model(review), label_from_stars(review.rating)) for review in reviews.iterator()]
