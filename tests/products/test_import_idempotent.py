import json

import pytest

from products.models import Product, Review
from products.services import import_catalog
from tests.products.catalog_files import catalog_json

pytestmark = pytest.mark.django_db


def test_importing_the_same_file_twice_changes_nothing():
    import_catalog(content=catalog_json(), filename="c.json")
    before = list(Product.objects.values_list("id", "updated_at"))

    outcome = import_catalog(content=catalog_json(), filename="c.json")

    assert outcome.ok
    assert outcome.counts["products"] == {"created": 0, "updated": 0, "unchanged": 1}
    assert outcome.counts["reviews"] == {"created": 0, "updated": 0, "unchanged": 1}
    assert outcome.changed_review_ids == []
    assert list(Product.objects.values_list("id", "updated_at")) == before
    assert Review.objects.count() == 1


def test_changed_rows_are_updated_in_place_on_sku_and_source_external_id():
    import_catalog(content=catalog_json(), filename="c.json")
    data = json.loads(catalog_json())
    data["products"][0]["price"] = "35.00"
    data["reviews"][0]["body"] = "Boils fast. The lid sticks a little."

    outcome = import_catalog(content=json.dumps(data).encode(), filename="c2.json")

    assert outcome.counts["products"]["updated"] == 1
    assert outcome.counts["reviews"]["updated"] == 1
    assert str(Product.objects.get(sku="KET-001").price) == "35.00"
    review = Review.objects.get()
    assert review.body.endswith("sticks a little.")
    assert outcome.changed_review_ids == [review.pk]
