"""Integrators request copy through the API: 201 with the queued job, 400 with field messages, 403 for Viewers."""

import pytest

from marketing.models import Job
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/copy/generation-requests/"


def test_a_generation_request_answers_201_with_the_job(client, marketer, django_capture_on_commit_callbacks):
    products = ProductFactory.create_batch(2)
    client.force_login(marketer)

    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(URL, {"channel": "seo", "skus": [p.sku for p in products], "variants": 3,
                                     "seo_keywords": ["steel bottle"], "temperature": 0.3, "max_new_tokens": 48},
                               content_type="application/json")

    assert response.status_code == 201, response.json()
    body = response.json()
    job = Job.objects.get(pk=body["id"])
    assert (body["kind"], body["status"], body["progress_total"]) == ("generation", "queued", 2)
    assert job.params["options"]["seo_keywords"] == ["steel bottle"]
    assert job.params["sampling"]["num_return_sequences"] == 3


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"channel": "seo", "skus": ["NOPE-1"]}, "skus"),
        ({"channel": "radio", "skus": ["SKU"]}, "channel"),
        ({"channel": "seo", "skus": ["SKU"], "variants": 9}, "variants"),
        ({"channel": "seo", "skus": ["SKU"], "temperature": 5}, "temperature"),
    ],
)
def test_bad_input_answers_400_with_the_field(client, marketer, payload, field):
    ProductFactory(sku="SKU")
    client.force_login(marketer)

    response = client.post(URL, payload, content_type="application/json")

    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert Job.objects.count() == 0


def test_a_request_without_products_answers_400_with_a_message(client, marketer):
    client.force_login(marketer)

    response = client.post(URL, {"channel": "seo"}, content_type="application/json")

    assert response.status_code == 400
    assert "choose products" in response.json()["errors"]["non_field_errors"][0]


def test_a_viewer_gets_403(client, viewer):
    product = ProductFactory()
    client.force_login(viewer)

    response = client.post(URL, {"channel": "seo", "skus": [product.sku]}, content_type="application/json")

    assert response.status_code == 403
