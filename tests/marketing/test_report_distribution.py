"""The overview's distribution and averages are exact counts of what the model (or a person) said."""

from datetime import timedelta

import pytest

from marketing.selectors_reports import sentiment_overview
from marketing.services.reports import correct_sentiment
from tests.factories import ProductFactory
from tests.marketing.report_data import classified, monday, refresh, report_filters

pytestmark = pytest.mark.django_db


def test_distribution_and_averages_count_each_label():
    product = ProductFactory()
    week = monday(weeks_ago=2)
    for _ in range(3):
        classified(product, label="positive", day=week, rating=5)
    classified(product, label="neutral", day=week + timedelta(days=1), rating=3)
    classified(product, label="negative", day=week + timedelta(days=2), rating=1)
    refresh()

    report = sentiment_overview(report_filters(week, week + timedelta(days=6)))

    totals = report["totals"]
    assert (totals["reviews"], totals["positive"], totals["neutral"], totals["negative"]) == (5, 3, 1, 1)
    assert totals["shares"]["positive"] == pytest.approx(60.0)
    assert totals["net"] == 40.0  # 60 % positive − 20 % negative
    assert totals["rating_avg"] == pytest.approx((5 * 3 + 3 + 1) / 5)
    assert totals["sentiment_avg"] == pytest.approx(round((0.8 * 3 + 0.0 - 0.6) / 5, 2))


def test_a_correction_replaces_the_model_label_in_the_counts(marketer):
    product = ProductFactory()
    week = monday(weeks_ago=1)
    misread = classified(product, label="negative", day=week, rating=5, score=-0.3)
    classified(product, label="positive", day=week, rating=5)
    refresh()

    correct_sentiment(review=misread, label="positive", corrected_by=marketer)
    report = sentiment_overview(report_filters(week, week + timedelta(days=6)))

    totals = report["totals"]
    assert (totals["positive"], totals["negative"], totals["corrected"]) == (2, 0, 1)
    assert totals["sentiment_avg"] == pytest.approx(round((1.0 + 0.8) / 2, 2))  # a corrected review counts as +1


def test_reviews_outside_the_filters_are_not_counted():
    headphones = ProductFactory(brand="Northwind")
    bottle = ProductFactory(brand="Kestrel")
    week = monday(weeks_ago=3)
    classified(headphones, label="positive", day=week)
    classified(bottle, label="negative", day=week)
    classified(bottle, label="negative", day=week, language="de")
    classified(bottle, label="positive", day=week - timedelta(days=1))  # the week before
    refresh()

    kestrel = sentiment_overview(report_filters(week, week + timedelta(days=6), brand="Kestrel"))
    german = sentiment_overview(report_filters(week, week + timedelta(days=6), language="de"))

    assert (kestrel["totals"]["reviews"], kestrel["totals"]["negative"]) == (2, 2)
    assert german["totals"]["reviews"] == 1
