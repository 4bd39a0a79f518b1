"""The catalogue: categories, products with their facts, and customer reviews."""

from decimal import Decimal
from typing import Any

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction

from products.signals import products_regrouped


class Category(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    parent = models.ForeignKey("self", null=True, blank=True, related_name="children", on_delete=models.PROTECT)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name


class Product(models.Model):
    sku = models.CharField("SKU", max_length=64, unique=True)
    title = models.CharField(max_length=255)
    brand = models.CharField(max_length=120, blank=True, db_index=True)
    category = models.ForeignKey(Category, null=True, blank=True, related_name="products", on_delete=models.PROTECT)
    price = models.DecimalField(max_digits=12, decimal_places=2, validators=[MinValueValidator(Decimal("0"))])
    currency = models.CharField(max_length=3, default="EUR")
    attributes = models.JSONField(default=dict, blank=True, help_text="Facts a copywriter may use: material, capacity…")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return f"{self.title} ({self.sku})"

    def save(self, *args: Any, **kwargs: Any) -> None:
        before = getattr(self, "_grouping_when_loaded", None)
        super().save(*args, **kwargs)
        after = self._grouping()
        if before is not None and after is not None and before != after:
            product_ids = [self.pk]
            transaction.on_commit(lambda: products_regrouped.send(sender=Product, product_ids=product_ids))
        self._grouping_when_loaded = after

    @classmethod
    def from_db(cls, db: str | None, field_names: Any, values: Any) -> "Product":
        instance = super().from_db(db, field_names, values)
        instance._grouping_when_loaded = instance._grouping()
        return instance

    def _grouping(self) -> tuple[Any, Any] | None:
        """(category id, brand) as loaded, or None when either was deferred."""
        loaded = self.__dict__
        if "category_id" not in loaded or "brand" not in loaded:
            return None
        return loaded["category_id"], loaded["brand"]


class Review(models.Model):
    product = models.ForeignKey(Product, related_name="reviews", on_delete=models.CASCADE)
    rating = models.PositiveSmallIntegerField(validators=[MinValueValidator(1), MaxValueValidator(5)])
    title = models.CharField(max_length=255, blank=True)
    body = models.TextField()
    author_name = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField(db_index=True)
    source = models.CharField(max_length=64, default="storefront")
    external_id = models.CharField(max_length=128)
    language = models.CharField(max_length=8, default="en")
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["source", "external_id"], name="review_unique_per_source"),
            models.CheckConstraint(condition=models.Q(rating__gte=1, rating__lte=5), name="review_rating_1_to_5"),
        ]
        indexes = [models.Index(fields=["product", "created_at"])]

    def __str__(self) -> str:
        return f"{self.rating}★ {self.title or self.body[:40]}"


class CatalogImport(models.Model):
    """One attempt to import a file: what it held, what it changed, or why it was rejected."""

    class Status(models.TextChoices):
        IMPORTED = "imported", "Imported"
        REJECTED = "rejected", "Rejected"

    filename = models.CharField(max_length=255)
    status = models.CharField(max_length=16, choices=Status.choices)
    created_by = models.ForeignKey("auth.User", null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    counts = models.JSONField(default=dict, blank=True)
    errors = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_status_display()})"
