"""A generation request covers a selection, a category with its subcategories, or every product without
approved copy; it becomes one queued job on the models queue."""

import pytest

from marketing.models import GeneratedCopy, Job
from marketing.services.copy_generation import products_for_request, request_copy_generation
from products.exceptions import ApplicationError
from tests.factories import CategoryFactory, GeneratedCopyFactory, ProductFactory

pytestmark = pytest.mark.django_db


def test_a_category_includes_its_subcategories():
    parent = CategoryFactory()
    child = CategoryFactory(parent=parent)
    inside = [ProductFactory(category=parent), ProductFactory(category=child)]
    ProductFactory()

    products = products_for_request(channel="seo", language="en", category=parent)

    assert list(products) == inside


def test_all_without_approved_copy_skips_approved_and_published_products():
    draft_only = GeneratedCopyFactory(status=GeneratedCopy.Status.DRAFT).product
    GeneratedCopyFactory(status=GeneratedCopy.Status.APPROVED)
    GeneratedCopyFactory(status=GeneratedCopy.Status.PUBLISHED)
    other_channel = GeneratedCopyFactory(status=GeneratedCopy.Status.PUBLISHED, channel="seo").product
    untouched = ProductFactory()

    products = products_for_request(channel="product_description", language="en", without_approved_copy=True)

    assert set(products) == {draft_only, other_channel, untouched}


def test_a_request_is_one_job_with_the_products_resolved(marketer, django_capture_on_commit_callbacks):
    products = ProductFactory.create_batch(3)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job = request_copy_generation(channel="social_post", product_ids=[p.pk for p in products], variants=3,
                                      user=marketer, sampling={"temperature": 0.3, "max_new_tokens": 40})

    assert len(callbacks) == 1  # enqueued once, after commit
    assert (job.kind, job.status, job.progress_total, job.created_by) == (Job.Kind.GENERATION, "queued", 3, marketer)
    assert job.params["product_ids"] == sorted(p.pk for p in products)
    assert job.params["sampling"]["num_return_sequences"] == 3
    assert job.params["sampling"]["temperature"] == 0.3 and job.params["sampling"]["max_new_tokens"] == 40


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"variants": 6}, "1 to 5"),
        ({"variants": 0}, "1 to 5"),
        ({"product_ids": []}, "no products"),
        ({"product_ids": None}, "choose products"),
        ({"sampling": {"temperature": -1}}, "temperature"),
        ({"channel": "billboard"}, "unknown channel"),
    ],
)
def test_a_bad_request_is_refused_with_a_message(marketer, kwargs, message):
    product = ProductFactory()
    request = {"channel": "seo", "product_ids": [product.pk], "variants": 2, **kwargs}

    with pytest.raises(ApplicationError, match=message):
        request_copy_generation(user=marketer, **request)

    assert Job.objects.count() == 0
