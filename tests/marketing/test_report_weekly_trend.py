"""Weekly volume and net sentiment, with the change on the week before and on the previous period."""

from datetime import timedelta

import pytest

from marketing.selectors_reports import sentiment_overview
from tests.factories import ProductFactory
from tests.marketing.report_data import classified, monday, refresh, report_filters

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_weeks():
    """Week A: 2 positive. Week B: nothing. Week C: 1 positive, 3 negative. Four weeks earlier: 1 positive."""
    product = ProductFactory()
    a, c = monday(weeks_ago=4), monday(weeks_ago=2)
    classified(product, label="positive", day=a)
    classified(product, label="positive", day=a + timedelta(days=3))
    classified(product, label="positive", day=c + timedelta(days=1))
    for offset in (2, 4, 6):
        classified(product, label="negative", day=c + timedelta(days=offset), rating=2)
    classified(product, label="positive", day=a - timedelta(weeks=3))
    refresh()
    return a, c


def test_every_week_of_the_period_has_a_row_with_volume_and_net_sentiment(three_weeks):
    a, c = three_weeks

    weeks = sentiment_overview(report_filters(a, c + timedelta(days=6)))["weeks"]

    assert [w["week"] for w in weeks] == [a.isoformat(), (a + timedelta(weeks=1)).isoformat(), c.isoformat()]
    assert [w["reviews"] for w in weeks] == [2, 0, 4]
    assert [w["net"] for w in weeks] == [100.0, None, -50.0]
    assert weeks[2]["change"]["net_points"] is None  # no reviews the week before: nothing to compare
    assert weeks[1]["change"]["reviews_pct"] == -100.0


def test_the_period_is_compared_with_the_one_before_it(three_weeks):
    a, c = three_weeks

    report = sentiment_overview(report_filters(a, c + timedelta(days=6)))

    # The previous three weeks hold one positive review (net +100) against 6 reviews now (net 0).
    assert report["previous"]["reviews"] == 1
    assert report["change"]["reviews_pct"] == 500.0
    assert report["change"]["net_points"] == -100.0


def test_a_period_that_cuts_weeks_counts_only_its_days(three_weeks):
    a, c = three_weeks

    # From Thursday of week A (drops its Monday review) to Friday of week C (drops Sunday's).
    report = sentiment_overview(report_filters(a + timedelta(days=3), c + timedelta(days=4)))

    assert [w["reviews"] for w in report["weeks"]] == [1, 0, 3]
    assert report["weeks"][0]["partial"] and report["weeks"][2]["partial"] and not report["weeks"][1]["partial"]
    assert report["totals"]["reviews"] == 4
