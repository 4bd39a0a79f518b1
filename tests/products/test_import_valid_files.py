from decimal import Decimal

import pytest

from products.models import CatalogImport, Category, Product, Review
from products.services import import_catalog
from tests.products.catalog_files import PRODUCTS_CSV, REVIEWS_CSV, catalog_json

pytestmark = pytest.mark.django_db


def test_products_csv_creates_products_with_attribute_columns_and_categories():
    outcome = import_catalog(content=PRODUCTS_CSV.encode(), filename="products.csv")

    assert outcome.ok, outcome.errors
    bottle = Product.objects.get(sku="BTL-001")
    assert bottle.price == Decimal("24.90")
    assert bottle.attributes == {"material": "stainless steel", "capacity": "750 ml"}
    assert bottle.category == Category.objects.get(slug="drinkware")
    assert outcome.counts["products"] == {"created": 2, "updated": 0, "unchanged": 0}


def test_reviews_csv_attaches_reviews_to_existing_products_and_reports_changed_ids():
    import_catalog(content=PRODUCTS_CSV.encode(), filename="products.csv")

    outcome = import_catalog(content=REVIEWS_CSV.encode(), filename="reviews.csv")

    assert outcome.ok, outcome.errors
    assert Review.objects.filter(product__sku="BTL-001").count() == 2
    assert sorted(outcome.changed_review_ids) == sorted(Review.objects.values_list("id", flat=True))
    assert Review.objects.get(external_id="r-2").created_at.isoformat().startswith("2026-05-02")


def test_json_file_imports_categories_products_and_reviews_and_records_the_import():
    outcome = import_catalog(content=catalog_json(), filename="catalog.json")

    assert outcome.ok, outcome.errors
    assert Product.objects.get(sku="KET-001").category.name == "Kitchen"
    assert Review.objects.get(external_id="k-1").rating == 4
    record = CatalogImport.objects.get()
    assert record.status == CatalogImport.Status.IMPORTED
    assert record.counts["reviews"]["created"] == 1


def test_review_without_external_id_gets_a_stable_content_id():
    document = catalog_json()
    import json

    data = json.loads(document)
    del data["reviews"][0]["external_id"]
    content = json.dumps(data).encode()

    import_catalog(content=content, filename="a.json")
    second = import_catalog(content=content, filename="a.json")

    assert Review.objects.count() == 1
    assert Review.objects.get().external_id.startswith("sha1:")
    assert second.counts["reviews"]["unchanged"] == 1
