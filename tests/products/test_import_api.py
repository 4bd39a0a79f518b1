import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from products.models import Product
from tests.products.catalog_files import PRODUCTS_CSV, catalog_json

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_broker(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("marketing.services.jobs.enqueue_job", lambda job: None)


def test_json_body_import_returns_201_with_counts(client, marketer):
    client.force_login(marketer)

    response = client.post("/api/v1/imports/", data=catalog_json(), content_type="application/json")

    assert response.status_code == 201, response.json()
    assert response.json()["counts"]["products"]["created"] == 1


def test_multipart_csv_import(client, marketer):
    client.force_login(marketer)

    response = client.post("/api/v1/imports/", {"file": SimpleUploadedFile("p.csv", PRODUCTS_CSV.encode())})

    assert response.status_code == 201
    assert Product.objects.count() == 2


def test_invalid_rows_give_400_with_row_field_and_message(client, marketer):
    client.force_login(marketer)
    data = json.loads(catalog_json())
    data["products"][0]["price"] = "free"

    response = client.post("/api/v1/imports/", data=json.dumps(data), content_type="application/json")

    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert error == {"section": "products", "row": 1, "field": "price", "message": "'free' is not a number such as 19.99"}
    assert Product.objects.count() == 0


def test_an_empty_request_is_a_400_not_a_500(client, marketer):
    client.force_login(marketer)

    response = client.post("/api/v1/imports/", data="", content_type="text/plain")

    assert response.status_code in (400, 415)
