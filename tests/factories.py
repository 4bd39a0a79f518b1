"""factory_boy factories for test data."""

from datetime import timedelta
from decimal import Decimal

import factory
from django.contrib.auth.models import Group, User
from django.utils import timezone

from marketing.models import Job
from products.models import Category, Product, Review


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "pw")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):  # type: ignore[no-untyped-def]
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=extracted))
        self.save()


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    sku = factory.Sequence(lambda n: f"SKU-{n:05d}")
    title = factory.Sequence(lambda n: f"Insulated steel bottle {n}")
    brand = "Kestrel"
    category = factory.SubFactory(CategoryFactory)
    price = Decimal("24.90")
    currency = "EUR"
    attributes = factory.LazyFunction(lambda: {"material": "stainless steel", "capacity": "750 ml"})


class ReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Review

    product = factory.SubFactory(ProductFactory)
    rating = 5
    title = "Great"
    body = "Keeps my coffee hot all morning. Love it."
    author_name = "Mia K."
    created_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=3))
    source = "storefront"
    external_id = factory.Sequence(lambda n: f"sf-{n:06d}")


class JobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Job

    kind = Job.Kind.SENTIMENT
    params = factory.LazyFunction(lambda: {"review_ids": None, "model": "lexicon", "reclassify": False})


class GeneratedCopyFactory(factory.django.DjangoModelFactory):
    """A copy variant whose first version is `text` (as the model wrote it), in `status`."""

    class Meta:
        model = "marketing.GeneratedCopy"
        skip_postgeneration_save = True

    product = factory.SubFactory(ProductFactory)
    channel = "product_description"
    language = "en"
    variant = 1

    @factory.post_generation
    def text(self, create, extracted, **kwargs):  # type: ignore[no-untyped-def]
        from django.db import transaction

        from marketing.services.copy_workflow import record_version

        if create:
            with transaction.atomic():
                record_version(
                    copy=self, text=extracted or "A bottle that keeps your drinks cold on long days.",
                    author_kind="model", model_spec="test-fixture",
                )

    @factory.post_generation
    def status(self, create, extracted, **kwargs):  # type: ignore[no-untyped-def]
        if create and extracted:
            self.status = extracted
            if extracted in ("approved", "published"):
                self.approved_version = self.current_version
            if extracted == "published":
                self.published_version = self.current_version
            self.save()
