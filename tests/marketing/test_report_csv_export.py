"""CSV export of a filtered report: the same reviews and numbers the page shows, personal data masked."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse

from tests.factories import ProductFactory
from tests.marketing.report_data import VERSION, classified, monday, refresh

pytestmark = pytest.mark.django_db


def _rows(response):
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.fixture
def catalogue():
    week = monday(weeks_ago=2)
    kestrel = ProductFactory(sku="KST-1", brand="Kestrel")
    northwind = ProductFactory(sku="NW-1", brand="Northwind")
    classified(kestrel, label="negative", rating=5, day=week, body="=HYPERLINK(\"x\") Leaks. Mail bob@example.com")
    classified(kestrel, label="positive", rating=4, day=week + timedelta(days=1))
    classified(northwind, label="positive", rating=5, day=week)
    refresh()
    return week


def test_the_reviews_export_follows_the_filters_and_masks_personal_data(client, viewer, catalogue):
    client.force_login(viewer)
    start, end = catalogue, catalogue + timedelta(days=6)

    response = client.get(reverse("dashboard:report-export"), {"what": "reviews", "brand": "Kestrel",
                                                               "start": start, "end": end})

    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = _rows(response)
    assert sorted(r["product_sku"] for r in rows) == ["KST-1", "KST-1"]
    rant = next(r for r in rows if r["label"] == "negative")
    assert (rant["model_version"], rant["rating"], rant["mismatch"]) == (VERSION, "5", "yes")
    assert "bob@example.com" not in rant["text"] and "[email]" in rant["text"]
    assert rant["text"].startswith("'=")  # a spreadsheet must not run customer text as a formula


def test_the_weekly_export_has_the_overview_numbers(client, viewer, catalogue):
    client.force_login(viewer)
    start, end = catalogue, catalogue + timedelta(days=13)

    rows = _rows(client.get(reverse("dashboard:report-export"), {"what": "weekly", "start": start, "end": end}))

    assert [(r["week"], r["reviews"], r["positive"], r["negative"], r["net_sentiment"]) for r in rows] == [
        (start.isoformat(), "3", "2", "1", "33.3"),
        ((start + timedelta(weeks=1)).isoformat(), "0", "0", "0", ""),
    ]


def test_the_mismatch_export_lists_only_mismatches(client, viewer, catalogue):
    client.force_login(viewer)

    rows = _rows(client.get(reverse("dashboard:report-export"), {"what": "mismatches", "period": "all"}))

    assert [r["product_sku"] for r in rows] == ["KST-1"]
