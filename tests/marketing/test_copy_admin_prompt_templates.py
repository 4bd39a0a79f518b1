"""Prompt templates are edited in the admin as new versions, and the preview renders the exact prompt."""

import pytest
from django.contrib.auth.models import User

from marketing.models import PromptTemplate
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):  # type: ignore[no-untyped-def]
    client.force_login(User.objects.create_superuser("root", "root@example.com", "pw"))
    return client


def test_saving_an_edit_adds_a_version_and_keeps_the_old_one(admin_client):
    v1 = PromptTemplate.objects.get(channel="seo", is_active=True)
    form = {f: getattr(v1, f) for f in ("system_prompt", "user_template", "review_count", "target_words",
                                        "max_new_tokens")}
    form.update(min_words=v1.min_words or "", max_words=v1.max_words or "", notes="Shorter titles",
                user_template=v1.user_template.replace("60 characters", "50 characters"))

    response = admin_client.post(f"/admin/marketing/prompttemplate/{v1.pk}/change/", form)

    assert response.status_code == 302
    v1.refresh_from_db()
    v2 = PromptTemplate.objects.get(channel="seo", is_active=True)
    assert (v2.version, v2.notes) == (v1.version + 1, "Shorter titles")
    assert "50 characters" in v2.user_template and "60 characters" in v1.user_template
    assert not v1.is_active


def test_the_preview_renders_the_exact_prompt_for_a_product(admin_client):
    product = ProductFactory(title="Trail bottle", attributes={"capacity": "750 ml"})
    template = PromptTemplate.objects.get(channel="product_description", is_active=True)

    page = admin_client.get(f"/admin/marketing/prompttemplate/{template.pk}/preview/",
                            {"product": product.sku, "language": "en"})

    assert page.status_code == 200
    text = page.content.decode()
    assert "Product: Trail bottle" in text and "- Capacity: 750 ml" in text
    assert "You are a careful copywriter" in text
