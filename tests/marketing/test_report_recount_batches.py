"""Deletions in one transaction make one report job; a rolled-back deletion makes none and blocks nothing."""

import pytest
from django.db import transaction

from marketing.models import Job
from tests.factories import ProductFactory, ReviewFactory

pytestmark = pytest.mark.django_db


def report_jobs():
    return list(Job.objects.filter(kind=Job.Kind.REPORT_SUMMARY).values_list("params", flat=True))


def test_one_job_per_transaction_and_nothing_for_a_rollback(django_capture_on_commit_callbacks):
    first, second = ProductFactory(), ProductFactory()
    rolled_back = ReviewFactory(product=first)
    deleted = [ReviewFactory(product=second) for _ in range(3)] + [ReviewFactory(product=first)]

    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            rolled_back.delete()
            raise RuntimeError("changed my mind")
    assert report_jobs() == []

    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        for review in deleted:
            review.delete()

    assert report_jobs() == [{"product_ids": sorted([first.pk, second.pk]), "everything": False}]
    assert len([c for c in callbacks if getattr(c, "__name__", "") == "flush"]) == 1
