"""The product lists show copy status per channel, read in one query for the whole page."""

import pytest
from django.urls import reverse

from marketing.models import GeneratedCopy
from marketing.selectors_copy import copy_status_by_product
from tests.factories import GeneratedCopyFactory, ProductFactory

pytestmark = pytest.mark.django_db
Status = GeneratedCopy.Status


def test_the_furthest_along_variant_sets_the_channel_status():
    product = ProductFactory()
    GeneratedCopyFactory(product=product, variant=1, status=Status.DRAFT)
    GeneratedCopyFactory(product=product, variant=2, status=Status.APPROVED)
    GeneratedCopyFactory(product=product, channel="seo", status=Status.PUBLISHED)

    summary = copy_status_by_product(product_ids=[product.pk])[product.pk]

    assert summary["product_description"] == {"status": "approved", "label": "Approved", "variants": 2, "live": False}
    assert summary["seo"]["status"] == "published" and summary["seo"]["live"] is True
    assert "social_post" not in summary


def test_the_copy_studio_list_costs_the_same_queries_for_many_products(client, marketer, django_assert_max_num_queries):
    for _ in range(20):
        GeneratedCopyFactory(status=Status.IN_REVIEW)
    client.force_login(marketer)

    with django_assert_max_num_queries(12):
        page = client.get(reverse("dashboard:copy-studio"))

    assert page.status_code == 200
    assert page.content.decode().count('class="copy-pill in_review"') == 20


def test_the_studio_filters_products_by_copy_status(client, marketer):
    in_review = GeneratedCopyFactory(status=Status.IN_REVIEW).product
    without = ProductFactory()
    client.force_login(marketer)

    reviewing = client.get(reverse("dashboard:copy-studio"), {"status": "in_review"}).content.decode()
    empty = client.get(reverse("dashboard:copy-studio"), {"status": "none"}).content.decode()

    assert in_review.sku in reviewing and without.sku not in reviewing
    assert without.sku in empty and in_review.sku not in empty


def test_the_catalogue_product_list_and_page_show_copy_status(client, marketer):
    copy = GeneratedCopyFactory(status=Status.PUBLISHED)
    client.force_login(marketer)

    listing = client.get(reverse("catalog:products")).content.decode()
    detail = client.get(reverse("catalog:product", args=[copy.product.sku])).content.decode()

    assert 'class="copy-pill published"' in listing
    assert reverse("dashboard:copy-product", args=[copy.product.sku]) in detail
