"""An identical request (model, prompt, params) reuses the text it got before instead of paying the model again,
unless the marketer asks for fresh variants. Runs the real default model with a few tokens."""

import pytest

from marketing.models import CopyVersion, GeneratedCopy
from marketing.services.copy_generation import request_copy_generation
from marketing.services.jobs import execute_job
from tests.factories import ProductFactory

pytestmark = pytest.mark.django_db
# Sampling without a seed: two real model calls would almost never write the same two texts.
SAMPLING = {"temperature": 1.0, "max_new_tokens": 6}


def generate(user, product, *, fresh=False):  # type: ignore[no-untyped-def]
    job = request_copy_generation(channel="short_description", product_ids=[product.pk], variants=2, user=user,
                                  sampling=SAMPLING, fresh=fresh, enqueue=False)
    assert execute_job(job.pk) == "succeeded", job
    job.refresh_from_db()
    return job


def texts(product):  # type: ignore[no-untyped-def]
    return [c.current_version for c in GeneratedCopy.objects.filter(product=product).order_by("variant")]


def test_an_identical_request_reuses_the_earlier_text(marketer):
    product = ProductFactory()
    first_job = generate(marketer, product)
    first = texts(product)

    second_job = generate(marketer, product)
    second = texts(product)

    assert first_job.result["cached"] == 0 and all(v.completion_tokens > 0 for v in first)
    assert second_job.result["cached"] == 2
    assert [v.text for v in second] == [v.text for v in first]
    assert [v.cached_from for v in second] == first
    assert all(v.completion_tokens == 0 and v.prompt_hash == first[0].prompt_hash for v in second)


def test_fresh_variants_call_the_model_again(marketer):
    product = ProductFactory()
    generate(marketer, product)

    fresh_job = generate(marketer, product, fresh=True)

    assert fresh_job.result["cached"] == 0
    latest = texts(product)
    assert all(v.cached_from is None and v.completion_tokens > 0 for v in latest)
    assert CopyVersion.objects.filter(copy__product=product).count() == 4
