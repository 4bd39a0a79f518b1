"""The copy studio end to end in real Chromium, with a real worker and the real default model:
a marketer generates two variants for a product, edits one and sends it for review; an approver approves and
publishes it; the published view shows it."""

import pytest

from marketing.models import CopyAuditEntry, GeneratedCopy, Job
from tests.factories import ProductFactory

pytestmark = [pytest.mark.browser]
EDITED = "Keeps drinks cold all day. Made of stainless steel and holds 750 ml."


@pytest.mark.usefixtures("celery_worker")
def test_generate_edit_approve_publish(page, live_server, log_in, marketer, approver, artifacts):
    product = ProductFactory(title="Trail bottle", attributes={"material": "stainless steel", "capacity": "750 ml"})

    # Marketer: ask for two variants of the product description (few tokens: the default model on a CPU).
    log_in(page, "mara")
    page.click("nav >> text=Copy studio")
    page.click(f"text={product.title}")
    assert page.locator("details:has(#id_variants)").get_attribute("open") is not None  # open: no copy yet
    page.fill("#id_variants", "2")
    page.click("text=Sampling")
    page.fill("#id_max_new_tokens", "16")
    page.fill("#id_seed", "3")
    page.screenshot(path=str(artifacts / "1-generate-form.png"), full_page=True)
    page.click("button:has-text('Generate variants')")
    page.locator(".live-job").first.wait_for()
    page.screenshot(path=str(artifacts / "2-job-running.png"), full_page=True)
    # The progress box polls the job and reloads the page when it is done.
    page.locator("article.variant").nth(1).wait_for(timeout=600_000)
    job = Job.objects.get(kind=Job.Kind.GENERATION)
    assert job.status == Job.Status.SUCCEEDED, job.error
    assert page.locator("article.variant").count() == 2
    page.screenshot(path=str(artifacts / "3-two-variants.png"), full_page=True)

    # Edit variant 1 in place (htmx swaps in the editor) and send it for review.
    first = GeneratedCopy.objects.get(product=product, variant=1)
    card = page.locator(f"#variant-{first.pk}")
    card.locator("a:has-text('Edit')").click()
    card.locator("textarea[name=text]").fill(EDITED)
    card.locator("input[name=note]").fill("Facts only")
    card.locator("button:has-text('Save as new version')").click()
    card.locator(".copy-text", has_text="Keeps drinks cold all day").wait_for()
    assert "All claims backed" in card.inner_text()
    card.locator("button:has-text('Send for review')").click()
    card.locator(".copy-pill.in_review").wait_for()
    page.screenshot(path=str(artifacts / "4-edited-in-review.png"), full_page=True)
    assert card.locator("button:has-text('Approve')").count() == 0  # a marketer cannot approve
    page.click("button:has-text('Log out')")

    # Approver: approve, then publish.
    log_in(page, "abe")
    page.goto(f"{live_server.url}/copy/products/{product.sku}/")
    card = page.locator(f"#variant-{first.pk}")
    card.locator("button:has-text('Approve')").click()
    card.locator(".copy-pill.approved").wait_for()
    page.screenshot(path=str(artifacts / "5-approved.png"), full_page=True)
    card.locator("button:has-text('Publish')").click()
    page.locator(".published-now").wait_for()  # the page reloads with what the storefront shows
    page.screenshot(path=str(artifacts / "6-published.png"), full_page=True)

    page.goto(f"{live_server.url}/copy/published/")
    item = page.locator(f"#published-{first.pk}")
    item.wait_for()
    page.screenshot(path=str(artifacts / "7-published-view.png"), full_page=True)
    assert EDITED in item.inner_text()

    page.goto(f"{live_server.url}/copy/variants/{first.pk}/history/")
    page.locator(".diff").wait_for()
    page.screenshot(path=str(artifacts / "8-history-and-diff.png"), full_page=True)
    page.goto(f"{live_server.url}/copy/")
    page.locator(".copy-pill.published").first.wait_for()
    page.screenshot(path=str(artifacts / "9-studio-list.png"), full_page=True)

    first.refresh_from_db()
    assert first.status == GeneratedCopy.Status.PUBLISHED and first.published_version.text == EDITED
    assert first.published_version.author == marketer
    actions = list(first.audit_entries.order_by("id").values_list("action", "actor__username"))
    assert actions[-4:] == [("edited", "mara"), ("submitted", "mara"), ("approved", "abe"), ("published", "abe")]
    assert CopyAuditEntry.objects.filter(copy=first, action="generated").exists()
