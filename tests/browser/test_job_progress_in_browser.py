"""From the dashboard, a marketer starts a sentiment pass; a real worker runs it and the progress bar reaches done."""

import pytest

from marketing.models import Job, ReviewSentiment
from tests.factories import ProductFactory, ReviewFactory

pytestmark = [pytest.mark.browser]


@pytest.mark.usefixtures("celery_worker")
def test_sentiment_pass_from_the_dashboard_shows_progress_until_done(page, live_server, log_in, marketer, artifacts):
    product = ProductFactory()
    ReviewFactory.create_batch(300, product=product)
    log_in(page, "mara")

    page.click("text=Classify new and changed reviews")
    page.wait_for_url(f"{live_server.url}/jobs/")
    job = Job.objects.get()
    row = page.locator(f"#job-{job.pk}")
    page.screenshot(path=str(artifacts / "jobs-started.png"))
    row.locator(".status.succeeded").wait_for(timeout=120_000)  # htmx polling swaps the row in place
    page.screenshot(path=str(artifacts / "jobs-done.png"))

    assert row.locator("progress").get_attribute("value") == "100"
    assert "300 / 300" in row.inner_text()
    assert ReviewSentiment.objects.count() == 300
