"""Mismatches: reviews whose stars and text disagree, strongest first; a person's correction counts."""

from datetime import timedelta

import pytest

from marketing.selectors_reports import sentiment_mismatches, sentiment_overview
from marketing.services.reports import correct_sentiment
from tests.factories import ProductFactory
from tests.marketing.report_data import classified, monday, refresh, report_filters

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviews():
    product = ProductFactory()
    day = monday(weeks_ago=1)
    made = {
        "five_star_rant": classified(product, label="negative", rating=5, score=-0.9, day=day),
        "four_star_grumble": classified(product, label="negative", rating=4, score=-0.2, day=day),
        "one_star_praise": classified(product, label="positive", rating=1, score=0.7, day=day),
        "agreeing_praise": classified(product, label="positive", rating=5, day=day),
        "agreeing_rant": classified(product, label="negative", rating=1, day=day),
        "three_star_negative": classified(product, label="negative", rating=3, day=day),
        "two_star_neutral": classified(product, label="neutral", rating=2, day=day),
    }
    refresh()
    return made, report_filters(day, day + timedelta(days=6))


def test_only_disagreeing_reviews_are_listed_strongest_first(reviews):
    made, filters = reviews

    listed = [row.review_id for row in sentiment_mismatches(filters)]

    assert listed == [made["five_star_rant"].pk, made["one_star_praise"].pk, made["four_star_grumble"].pk]
    assert sentiment_overview(filters)["totals"]["mismatches"] == 3


def test_mismatches_can_be_narrowed_to_one_kind(reviews):
    made, filters = reviews

    high = [row.review_id for row in sentiment_mismatches(filters, "high-rating-negative")]
    low = [row.review_id for row in sentiment_mismatches(filters, "low-rating-positive")]

    assert high == [made["five_star_rant"].pk, made["four_star_grumble"].pk]
    assert low == [made["one_star_praise"].pk]


def test_a_corrected_label_decides_whether_a_review_is_a_mismatch(reviews, marketer):
    made, filters = reviews

    correct_sentiment(review=made["five_star_rant"], label="positive", corrected_by=marketer)

    assert made["five_star_rant"].pk not in [row.review_id for row in sentiment_mismatches(filters)]
    assert sentiment_overview(filters)["totals"]["mismatches"] == 2
