"""Catalogue pages of the dashboard: product list and detail, file import with its per-row report."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from marketing.roles import IMPORT_PERMISSION
from marketing.selectors_copy import channel_statuses, copy_status_by_product
from marketing.services.sentiment import schedule_sentiment_classification
from products import selectors
from products.forms import CatalogImportForm
from products.models import CatalogImport, Product
from products.services import import_catalog


@login_required
def product_list(request: HttpRequest) -> HttpResponse:
    search = request.GET.get("q", "").strip()
    category = request.GET.get("category", "")
    brand = request.GET.get("brand", "")
    products = selectors.product_list(search=search, category_slug=category, brand=brand)
    page = Paginator(products, 25).get_page(request.GET.get("page"))
    copy_statuses = copy_status_by_product(product_ids=[p.pk for p in page])
    for product in page:
        # Read by the template next to the product's row.
        product.copy_statuses = [  # type: ignore[attr-defined]
            s for s in channel_statuses(copy_statuses.get(product.pk, {})) if s["status"]
        ]
    context = {
        "page": page,
        "search": search,
        "category": category,
        "brand": brand,
        "categories": selectors.categories_with_counts(),
        "brands": selectors.brands(),
    }
    return render(request, "products/product_list.html", context)


@login_required
def product_detail(request: HttpRequest, sku: str) -> HttpResponse:
    product = get_object_or_404(Product.objects.select_related("category"), sku=sku)
    reviews = Paginator(selectors.reviews_for_product(product=product), 20).get_page(request.GET.get("page"))
    copy_statuses = channel_statuses(copy_status_by_product(product_ids=[product.pk]).get(product.pk, {}))
    return render(
        request,
        "products/product_detail.html",
        {"product": product, "reviews": reviews, "copy_statuses": copy_statuses},
    )


@login_required
@permission_required(IMPORT_PERMISSION, raise_exception=True)
def catalog_import(request: HttpRequest) -> HttpResponse:
    outcome = None
    status = 200
    form = CatalogImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and not form.is_valid():
        status = 400
    elif request.method == "POST":
        upload = form.cleaned_data["file"]
        outcome = import_catalog(
            content=upload.read(),
            filename=upload.name,
            created_by=request.user,
            after_commit=lambda ids: schedule_sentiment_classification(review_ids=ids, created_by=request.user),
        )
        if outcome.ok:
            messages.success(request, f"Imported {upload.name}.")
            form = CatalogImportForm()
        else:
            status = 400
            messages.error(request, f"{upload.name} was not imported: {len(outcome.errors)} problem(s), see below.")
    history = CatalogImport.objects.select_related("created_by")[:20]
    return render(
        request, "products/catalog_import.html", {"form": form, "outcome": outcome, "history": history}, status=status
    )
