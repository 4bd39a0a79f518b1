"""Every kind of bad file is rejected whole, with row numbers and field names, and writes nothing."""

import json

import pytest

from products.models import CatalogImport, Category, Product, Review
from products.services import import_catalog
from tests.products.catalog_files import PRODUCTS_CSV, catalog_json

pytestmark = pytest.mark.django_db


def reject(content: bytes, filename: str):  # type: ignore[no-untyped-def]
    outcome = import_catalog(content=content, filename=filename)
    assert not outcome.ok
    assert Product.objects.count() == 0 and Review.objects.count() == 0 and Category.objects.count() == 0
    assert CatalogImport.objects.get().status == CatalogImport.Status.REJECTED
    return outcome.errors


def test_non_utf8_file_names_the_line_of_the_bad_byte():
    content = PRODUCTS_CSV.encode().replace(b"Travel mug", "Tasse à café".encode("latin-1"))
    [error] = reject(content, "products.csv")
    assert "not UTF-8" in error.message and error.row == 3


def test_missing_columns_are_named():
    [error] = reject(b"sku,title\nA,B\n", "products.csv")
    assert error.field == "price" and "missing column" in error.message


def test_wrong_types_are_reported_per_row_and_field_and_good_rows_are_not_written():
    content = (
        b"sku,title,price,currency\n"
        b"OK-1,Fine product,10.00,EUR\n"
        b"BAD-1,Bad price,ten euros,EUR\n"
        b"BAD-2,,5.00,EURO\n"
    )
    errors = reject(content, "products.csv")
    found = {(e.row, e.field) for e in errors}
    assert found == {(3, "price"), (4, "title"), (4, "currency")}


def test_review_rows_with_bad_rating_date_and_unknown_sku():
    content = (
        b"sku,rating,body,created_at\n"
        b"NOPE,5,Great,2026-01-01\n"
        b"NOPE,6,Great,2026-01-01\n"
        b"NOPE,4,Great,yesterday\n"
    )
    errors = reject(content, "reviews.csv")
    fields = {(e.row, e.field) for e in errors}
    assert (3, "rating") in fields and (4, "created_at") in fields
    assert all(e.row != 2 or e.field == "sku" for e in errors)


def test_unknown_sku_is_reported_when_rows_are_otherwise_valid():
    content = b"sku,rating,body,created_at\nNOPE,5,Great,2026-01-01\n"
    [error] = reject(content, "reviews.csv")
    assert (error.row, error.field) == (2, "sku") and "NOPE" in error.message


def test_a_ten_megabyte_field_is_a_clear_error_not_a_crash():
    huge = "x" * (10 * 1024 * 1024)
    content = f'sku,title,price\nBIG-1,"{huge}",1.00\n'.encode()
    [error] = reject(content, "products.csv")
    assert error.row == 2 and ("limit" in error.message or "field larger" in error.message)


def test_a_ten_megabyte_json_field_is_reported_with_its_length():
    data = json.loads(catalog_json())
    data["reviews"][0]["body"] = "y" * (10 * 1024 * 1024)
    errors = reject(json.dumps(data).encode(), "big.json")
    assert [(e.section, e.row, e.field) for e in errors] == [("reviews", 1, "body")]
    assert "10,485,760 characters" in errors[0].message


def test_duplicate_skus_within_a_file_point_at_the_first_row():
    content = b"sku,title,price\nA-1,One,1.00\nA-1,Again,2.00\n"
    [error] = reject(content, "products.csv")
    assert (error.row, error.field) == (3, "sku") and "row 2" in error.message


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (b'{"products": [', "invalid JSON at line 1"),
        (b'{"products": "nope"}', "must be a list"),
        (b'{"products": [], "reviews": []}', "nothing to import"),
        (b'"just a string"', "expected an object"),
    ],
)
def test_malformed_json_files(content: bytes, fragment: str):
    errors = reject(content, "broken.json")
    assert any(fragment in e.message for e in errors), errors


def test_a_review_dated_in_the_future_is_rejected():
    data = json.loads(catalog_json())
    data["reviews"][0]["created_at"] = "2999-01-01T00:00:00Z"
    [error] = reject(json.dumps(data).encode(), "future.json")
    assert error.field == "created_at" and "future" in error.message
