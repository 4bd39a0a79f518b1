"""The dashboard upload form imports a good file and shows a per-row report for a bad one (never a 500)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from marketing.models import Job
from products.models import Product
from tests.products.catalog_files import catalog_json

pytestmark = pytest.mark.django_db


def test_a_good_file_is_imported_and_a_sentiment_job_is_queued(client, marketer, django_capture_on_commit_callbacks):
    client.force_login(marketer)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        # the enqueue itself is not under test here: only the job row and the page
        from unittest import mock

        with mock.patch("marketing.services.jobs.enqueue_job"):
            response = client.post(reverse("catalog:import"), {"file": SimpleUploadedFile("c.json", catalog_json())})

    assert response.status_code == 200
    assert "Imported" in response.content.decode()
    assert Product.objects.filter(sku="KET-001").exists()
    assert Job.objects.get().params["review_ids"] is not None
    assert callbacks


def test_a_bad_file_shows_every_problem_with_its_row_and_writes_nothing(client, marketer):
    client.force_login(marketer)
    content = b"sku,title,price\nA-1,One,abc\nA-2,,2.00\n"

    response = client.post(reverse("catalog:import"), {"file": SimpleUploadedFile("p.csv", content)})

    page = response.content.decode()
    assert response.status_code == 400
    assert "Not imported: 2 problems" in page
    assert "is not a number" in page and "this field is required" in page
    assert Product.objects.count() == 0


def test_a_file_with_the_wrong_extension_is_a_form_error(client, marketer):
    client.force_login(marketer)

    response = client.post(reverse("catalog:import"), {"file": SimpleUploadedFile("c.xlsx", b"PK\x03\x04")})

    assert response.status_code == 400
    assert "Upload a .csv or .json file." in response.content.decode()
