"""The OpenAPI schema builds without errors or warnings, so integrators can generate clients from it."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_schema_validates_without_warnings(tmp_path):
    out = tmp_path / "schema.yaml"

    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(out))

    schema = out.read_text()
    assert "/api/v1/imports/" in schema and "/api/v1/jobs/{job_id}/" in schema


def test_schema_and_docs_pages_are_served(client, marketer):
    client.force_login(marketer)

    assert client.get("/api/schema/").status_code == 200
    assert client.get("/api/docs/").status_code == 200
