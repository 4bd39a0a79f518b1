"""Groups from the data migration decide who may import and run jobs."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from marketing.models import Job
from tests.products.catalog_files import catalog_json

pytestmark = pytest.mark.django_db


def test_the_three_roles_exist_with_permissions():
    groups = {g.name: set(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()}

    assert {"Viewer", "Marketer", "Approver"} <= set(groups)
    assert "view_product" in groups["Viewer"] and "add_catalogimport" not in groups["Viewer"]
    assert {"add_catalogimport", "add_job"} <= groups["Marketer"]


def test_a_viewer_can_read_but_not_import_or_start_jobs(client, viewer):
    client.force_login(viewer)

    assert client.get(reverse("catalog:products")).status_code == 200
    assert client.get(reverse("catalog:import")).status_code == 403
    assert client.post(reverse("dashboard:sentiment-run")).status_code == 403
    assert Job.objects.count() == 0


def test_a_marketer_can_start_a_sentiment_pass(client, marketer, django_capture_on_commit_callbacks):
    client.force_login(marketer)

    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(reverse("dashboard:sentiment-run"))

    assert response.status_code == 302
    assert Job.objects.get().created_by == marketer


def test_import_through_the_api_needs_the_import_permission(client, viewer):
    client.force_login(viewer)

    response = client.post("/api/v1/imports/", data=catalog_json(), content_type="application/json")

    assert response.status_code == 403
