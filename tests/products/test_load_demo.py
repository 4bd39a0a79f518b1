"""The demo catalogue loads through the import service, with recent review dates, and loads idempotently."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db.models import Max, Min
from django.utils import timezone

from products.models import Category, Product, Review

pytestmark = pytest.mark.django_db


def test_demo_catalogue_meets_the_brief_and_reloads_without_changes(capsys):
    call_command("load_demo", "--no-sentiment", "--users")

    assert Product.objects.count() >= 40
    assert Category.objects.filter(products__isnull=False).distinct().count() >= 6
    assert Review.objects.count() >= 1500
    span = Review.objects.aggregate(first=Min("created_at"), last=Max("created_at"))
    assert span["last"] <= timezone.now() and span["last"] >= timezone.now() - timedelta(days=3)
    assert span["first"] >= timezone.now() - timedelta(days=366)
    assert Review.objects.exclude(language="en").exists()
    assert Review.objects.filter(body__contains="@").exists()
    assert all(p.attributes for p in Product.objects.all())

    call_command("load_demo", "--no-sentiment", "--users")

    out = capsys.readouterr().out
    assert "reviews: 0 created, 0 updated" in out
