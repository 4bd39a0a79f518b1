"""Publishing freezes a report: its page shows the same numbers and charts after the data changes."""

from datetime import timedelta

import pytest
from django.urls import reverse

from marketing.models import PublishedReport
from marketing.services.reports import correct_sentiment, refresh_sentiment_summary
from tests.factories import ProductFactory
from tests.marketing.report_data import VERSION, classified, monday, refresh

pytestmark = pytest.mark.django_db


@pytest.fixture
def product():
    product = ProductFactory(sku="KST-1", title="Kestrel bottle")
    for label in ("positive", "positive", "negative"):
        classified(product, label=label, day=monday(weeks_ago=1), rating=4)
    refresh()
    return product


def _main(response):
    # The page around the report carries a fresh CSRF token on every request; the report itself must not change.
    html = response.content.decode()
    return html[html.index("<main>") : html.index("</main>")]


def _publish(client, **filters):
    start = monday(weeks_ago=1)
    data = {"start": start, "end": start + timedelta(days=6), "title": "Week report", **filters}
    response = client.post(reverse("dashboard:report-publish"), data)
    assert response.status_code == 302, response
    return PublishedReport.objects.get(), response["Location"]


def test_a_published_overview_keeps_its_numbers_after_reviews_and_corrections_change(client, marketer, product):
    client.force_login(marketer)
    snapshot, url = _publish(client)
    assert url == reverse("dashboard:report-published", kwargs={"pk": snapshot.pk})
    client.get(url)  # shows the one-off "published" message
    before = _main(client.get(url))

    review = product.reviews.filter(sentiments__label="negative").get()
    correct_sentiment(review=review, label="positive", corrected_by=marketer)
    classified(product, label="negative", day=monday(weeks_ago=1))
    refresh_sentiment_summary(model_version=VERSION)
    after = _main(client.get(url))

    assert after == before
    snapshot.refresh_from_db()
    assert (snapshot.data["totals"]["reviews"], snapshot.data["totals"]["negative"]) == (3, 1)
    assert snapshot.model_version == VERSION and snapshot.filters["start"] == monday(weeks_ago=1).isoformat()
    assert set(snapshot.charts) == {"distribution", "volume", "rating", "table"}
    assert "<svg" in before and "Week report" in before
    live = client.get(reverse("dashboard:reports"), snapshot.filters).context["report"]
    assert (live["totals"]["reviews"], live["totals"]["negative"]) == (4, 1)


def test_a_product_report_can_be_published_and_is_listed(client, marketer, viewer, product):
    client.force_login(marketer)
    snapshot, url = _publish(client, product="KST-1", title="")

    client.force_login(viewer)
    listing = client.get(reverse("dashboard:reports-published")).content.decode()

    assert snapshot.kind == PublishedReport.Kind.PRODUCT and snapshot.title.startswith("Kestrel bottle")
    assert url in listing and "Kestrel bottle" in listing
    page = client.get(url).content.decode()
    assert "Top complaints" in page and "Published snapshot" in page
