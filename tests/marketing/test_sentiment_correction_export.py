"""Corrections export as labelled data that the sentiment CLI reads, with personal data masked."""

import csv
import io

import pytest
from django.urls import reverse

from marketing.services.reports import correct_sentiment
from ml.sentiment import read_labelled_tsv
from tests.factories import ProductFactory
from tests.marketing.report_data import VERSION, classified, monday, refresh

pytestmark = pytest.mark.django_db


def test_the_tsv_export_is_a_labelled_dataset(client, marketer, tmp_path):
    product = ProductFactory(sku="KST-1")
    review = classified(product, label="negative", rating=4, day=monday(weeks_ago=1), title="Fine",
                        body="Does the job. Call me on 0151 496 0000 or mail kim@example.org.")
    classified(product, label="positive", day=monday(weeks_ago=1))  # not corrected: not exported
    refresh()
    correct_sentiment(review=review, label="neutral", corrected_by=marketer)
    client.force_login(marketer)

    response = client.get(reverse("dashboard:report-corrections-export"))

    body = b"".join(response.streaming_content).decode()
    assert response["Content-Type"].startswith("text/tab-separated-values")
    path = tmp_path / "corrections.tsv"
    path.write_text(body, encoding="utf-8")
    texts, labels = read_labelled_tsv(path)
    assert labels == ["neutral"]
    assert texts == ["Fine. Does the job. Call me on [phone] or mail [email]."]
    row = next(csv.DictReader(io.StringIO(body), delimiter="\t"))
    assert (row["model_label"], row["model_version"], row["product_sku"]) == ("negative", VERSION, "KST-1")
