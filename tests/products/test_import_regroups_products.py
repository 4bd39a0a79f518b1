"""An import that moves existing products to another category or brand says so once it has committed."""

import json

import pytest

from products.services import import_catalog
from products.signals import products_regrouped
from tests.factories import CategoryFactory, ProductFactory

pytestmark = pytest.mark.django_db


def catalogue(*products):
    return json.dumps({"categories": [], "products": list(products), "reviews": []}).encode()


def row(product, **changes):
    values = {"sku": product.sku, "title": product.title, "brand": product.brand,
              "category": product.category.slug, "price": str(product.price), "currency": product.currency,
              "attributes": product.attributes}
    return {**values, **changes}


def test_only_products_whose_category_or_brand_changed_are_announced(django_capture_on_commit_callbacks):
    kitchen = CategoryFactory(slug="kitchen", name="Kitchen")
    moved, rebranded, retitled = ProductFactory(), ProductFactory(), ProductFactory()
    announced: list[list[int]] = []

    def receiver(sender, product_ids, **kwargs):
        announced.append(sorted(product_ids))

    products_regrouped.connect(receiver)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            outcome = import_catalog(
                content=catalogue(row(moved, category=kitchen.slug), row(rebranded, brand="Northwind"),
                                  row(retitled, title="A new title")),
                filename="c.json",
            )
    finally:
        products_regrouped.disconnect(receiver)

    assert outcome.ok, outcome.errors
    assert outcome.counts["products"]["updated"] == 3
    assert announced == [sorted([moved.pk, rebranded.pk])]
