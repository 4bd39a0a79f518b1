"""A marketer opens the sentiment overview and a product report on the demo catalogue in real Chromium."""

import importlib

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db.models import Count, Q

from marketing.models import Job
from marketing.roles import ROLE_PERMISSIONS
from marketing.services.jobs import execute_job
from marketing.services.sentiment import schedule_sentiment_classification
from products.models import Product

pytestmark = [pytest.mark.browser]


@pytest.fixture(autouse=True)
def roles_restored(transactional_db):  # type: ignore[no-untyped-def]
    """An earlier transactional test flushes the database, the groups made by data migrations included:
    put back the roles this test needs before its users are created."""
    report_roles = importlib.import_module("marketing.migrations.0006_sentiment_report_roles").ROLE_REPORT_PERMISSIONS
    for role, codes in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        wanted = Q(content_type__app_label="marketing", codename__in=report_roles.get(role, []))
        for code in codes:
            app_label, codename = code.split(".")
            wanted |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.add(*Permission.objects.filter(wanted))


@pytest.fixture
def demo_catalogue(transactional_db):  # type: ignore[no-untyped-def]
    call_command("load_demo", "--no-sentiment", verbosity=0)
    job = schedule_sentiment_classification(model_spec="lexicon", enqueue=False)
    assert execute_job(job.pk) == Job.Status.SUCCEEDED
    return Product.objects.annotate(n=Count("reviews")).order_by("-n").first()


def test_overview_and_product_report_render_readable_charts(page, live_server, log_in, marketer, demo_catalogue,
                                                            artifacts):
    log_in(page, "mara")

    page.goto(f"{live_server.url}/reports/?period=52w")
    page.screenshot(path=str(artifacts / "overview.png"), full_page=True)
    charts = page.locator("svg.chart[role=img]")
    assert charts.count() == 3
    for title in ("Review volume and net sentiment per week", "Sentiment distribution",
                  "Average star rating and average sentiment per week"):
        assert page.get_by_role("img", name=title).is_visible()
    assert page.locator("#chart-volume rect").count() > 40  # a bar per week
    assert page.locator(".report-stats .stat").count() == 5
    assert page.locator(".report-stats").inner_text().count("vs previous period") == 1

    page.goto(f"{live_server.url}/reports/products/{demo_catalogue.sku}/?period=all")
    assert page.get_by_role("heading", name="Top complaints").is_visible()
    assert page.get_by_role("img", name="What reviews praise and complain about, by aspect").is_visible()
    assert page.locator("blockquote.example mark.decisive").count() > 0
    assert page.locator("blockquote.example strong.aspect-term").count() > 0
    page.screenshot(path=str(artifacts / "product-report.png"), full_page=True)
    page.locator(".report-grid").screenshot(path=str(artifacts / "product-charts.png"))
    page.locator(".aspect-columns").screenshot(path=str(artifacts / "product-aspects.png"))

    page.goto(f"{live_server.url}/reports/mismatches/?period=all")
    assert page.locator("article.review").count() > 0
    page.screenshot(path=str(artifacts / "mismatches.png"), full_page=True)
