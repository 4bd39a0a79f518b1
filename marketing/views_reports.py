"""Sentiment report pages: overview, product report, mismatches, corrections, exports, published snapshots."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseBase, QueryDict, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.http import require_POST

from marketing import report_charts
from marketing import selectors_reports as reports
from marketing.models import PublishedReport, ReviewSentiment, SentimentCorrection
from marketing.roles import RUN_JOBS_PERMISSION
from marketing.services import reports as report_services
from products.exceptions import ApplicationError
from products.models import Product, Review

VIEW_REPORTS_PERMISSION = "marketing.view_reviewsentiment"
CORRECT_SENTIMENT_PERMISSION = "marketing.add_sentimentcorrection"
PUBLISH_REPORT_PERMISSION = "marketing.add_publishedreport"
VIEW_PUBLISHED_PERMISSION = "marketing.view_publishedreport"

# Products offered as suggestions in the filter form; more would make every report page heavy.
PRODUCT_CHOICES = 500

PERIOD_CHOICES = [
    ("4w", "Last 4 weeks"),
    ("13w", "Last 13 weeks"),
    ("26w", "Last 26 weeks"),
    ("52w", "Last 52 weeks"),
    ("all", "All time"),
    ("custom", "Dates below"),
]


class ReportFilterForm(forms.Form):
    period = forms.ChoiceField(choices=PERIOD_CHOICES, required=False)
    start = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    category = forms.CharField(required=False, max_length=120)
    brand = forms.CharField(required=False, max_length=120)
    product = forms.CharField(required=False, max_length=64)
    source = forms.CharField(required=False, max_length=64)
    language = forms.CharField(required=False, max_length=8)
    model = forms.CharField(required=False, max_length=200)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise forms.ValidationError("The period must start before it ends.")
        return data


def _filters(params: QueryDict, *, product: Product | None = None) -> tuple[reports.ReportFilters, ReportFilterForm]:
    """Report filters from query parameters; invalid values fall back to defaults and show their errors."""
    form = ReportFilterForm(params or None)
    data: dict[str, Any] = dict(form.cleaned_data) if form.is_valid() else {}
    model_version = reports.resolve_model_version(data.get("model", ""))
    start, end = data.get("start"), data.get("end")
    if start or end:
        end = end or timezone.localdate()
        start = start or end - timedelta(weeks=reports.PERIODS[reports.DEFAULT_PERIOD])
    else:
        start, end = reports.period_for(data.get("period") or reports.DEFAULT_PERIOD)
    filters = reports.ReportFilters(
        model_version=model_version,
        start=start,
        end=end,
        category="" if product else data.get("category", ""),
        brand="" if product else data.get("brand", ""),
        product=product.sku if product else data.get("product", ""),
        source=data.get("source", ""),
        language=data.get("language", ""),
    )
    return filters, form


def _abilities(request: HttpRequest) -> dict[str, bool]:
    user = request.user
    return {
        "correct": user.has_perm(CORRECT_SENTIMENT_PERMISSION),
        "publish": user.has_perm(PUBLISH_REPORT_PERMISSION),
        "rerun": user.has_perm(RUN_JOBS_PERMISSION),
    }


def _page_context(request: HttpRequest, filters: reports.ReportFilters, form: ReportFilterForm) -> dict[str, Any]:
    query = filters.as_params()
    return {
        "filters": filters,
        "form": form,
        "products": Product.objects.order_by("title").values_list("sku", "title")[:PRODUCT_CHOICES],
        "unreported": not filters.model_version and ReviewSentiment.objects.exists(),
        "period_name": request.GET.get("period", "") if not (request.GET.get("start") or request.GET.get("end")) else "custom",
        "options": reports.filter_options(filters.model_version),
        "query": urlencode(query),
        "may": _abilities(request),
        "label_choices": SentimentCorrection.Label.choices,
    }


@login_required
@permission_required(VIEW_REPORTS_PERMISSION, raise_exception=True)
def overview(request: HttpRequest) -> HttpResponse:
    filters, form = _filters(request.GET)
    context = _page_context(request, filters, form)
    if filters.model_version:
        report = reports.sentiment_overview(filters)
        context.update(report=report, charts=report_charts.overview_charts(report))
        if filters.product and Product.objects.filter(sku=filters.product).exists():
            url = reverse("dashboard:report-product", kwargs={"sku": filters.product})
            context["product_report_url"] = f"{url}?{urlencode(filters.as_params())}"
    context["configured_model"] = settings.SENTIMENT_MODEL
    return render(request, "marketing/reports/overview.html", context, status=200 if not form.errors else 400)


@login_required
@permission_required(VIEW_REPORTS_PERMISSION, raise_exception=True)
def product_report(request: HttpRequest, sku: str) -> HttpResponse:
    product = get_object_or_404(Product.objects.select_related("category"), sku=sku)
    filters, form = _filters(request.GET, product=product)
    context = _page_context(request, filters, form)
    context["product"] = product
    if filters.model_version:
        report = report_services.product_report(product=product, filters=filters)
        context.update(report=report, charts=report_charts.product_charts(report))
        paginator = Paginator(reports.report_reviews(filters), 10)
        # The report has counted these reviews already; counting them again is a join over all of them.
        paginator.count = report["totals"]["reviews"]
        context["reviews"] = paginator.get_page(request.GET.get("page"))
    return render(request, "marketing/reports/product.html", context, status=200 if not form.errors else 400)


@login_required
@permission_required(VIEW_REPORTS_PERMISSION, raise_exception=True)
def mismatches(request: HttpRequest) -> HttpResponse:
    filters, form = _filters(request.GET)
    kind = request.GET.get("kind", "")
    context = _page_context(request, filters, form)
    context.update(kind=kind, kinds=reports.MISMATCH_KINDS)
    if filters.model_version:
        paginator = Paginator(reports.sentiment_mismatches(filters, kind), 20)
        if kind not in reports.MISMATCH_KINDS:
            # The weekly summary counts mismatches already; counting them live joins every review of the period.
            paginator.count = reports.describe_sums(reports.report_sums(filters).get(0))["mismatches"]
        context["reviews"] = paginator.get_page(request.GET.get("page"))
    return render(request, "marketing/reports/mismatches.html", context)


class _Echo:
    def write(self, value: str) -> str:
        return value


def _csv_cell(value: Any) -> Any:
    # A spreadsheet runs a cell that starts with = + - @ as a formula: customer text must not.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv_response(rows: Iterable[list[Any]], filename: str, *, delimiter: str = ",") -> StreamingHttpResponse:
    writer = csv.writer(_Echo(), delimiter=delimiter)
    content_type = "text/tab-separated-values" if delimiter == "\t" else "text/csv"
    response = StreamingHttpResponse(
        (writer.writerow([_csv_cell(v) for v in row]) for row in rows), content_type=f"{content_type}; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@permission_required(VIEW_REPORTS_PERMISSION, raise_exception=True)
def export(request: HttpRequest) -> HttpResponseBase:
    """CSV of what a report page shows: ?what=weekly (numbers), reviews or mismatches, with the page's filters."""
    what = request.GET.get("what", "reviews")
    product = None
    if request.GET.get("product"):
        product = get_object_or_404(Product, sku=request.GET["product"])
    filters, form = _filters(request.GET, product=product)
    if form.errors:
        return HttpResponse("; ".join(str(m) for errors in form.errors.values() for m in errors), status=400)
    if not filters.model_version:
        return HttpResponse("No review has been classified yet.", status=404)
    stamp = f"{filters.start:%Y%m%d}-{filters.end:%Y%m%d}"
    scope = f"-{product.sku}" if product else ""
    if what == "weekly":
        report = reports.sentiment_overview(filters)
        return _csv_response(reports.weekly_export_rows(report), f"sentiment-weekly{scope}-{stamp}.csv")
    if what == "mismatches":
        rows = reports.sentiment_mismatches(filters, request.GET.get("kind", ""))
        return _csv_response(reports.review_export_rows(rows), f"sentiment-mismatches{scope}-{stamp}.csv")
    if what == "reviews":
        return _csv_response(reports.review_export_rows(reports.report_reviews(filters)), f"sentiment-reviews{scope}-{stamp}.csv")
    return HttpResponse("Export what? Use what=weekly, reviews or mismatches.", status=400)


@login_required
@permission_required(VIEW_REPORTS_PERMISSION, raise_exception=True)
def corrections(request: HttpRequest) -> HttpResponse:
    page = Paginator(reports.sentiment_corrections(), 25).get_page(request.GET.get("page"))
    return render(request, "marketing/reports/corrections.html", {"page": page, "may": _abilities(request)})


@login_required
@permission_required(VIEW_REPORTS_PERMISSION, raise_exception=True)
def corrections_export(request: HttpRequest) -> HttpResponseBase:
    """People's corrections as labelled data: TSV (text<TAB>label…) by default, CSV with ?format=csv."""
    stamp = timezone.localdate().strftime("%Y%m%d")
    if request.GET.get("format") == "csv":
        return _csv_response(reports.correction_export_rows(), f"sentiment-corrections-{stamp}.csv")
    return _csv_response(reports.correction_export_rows(), f"sentiment-corrections-{stamp}.tsv", delimiter="\t")


def _htmx(request: HttpRequest) -> bool:
    # Set by django_htmx's middleware.
    return bool(getattr(request, "htmx", False))


def _back(request: HttpRequest, fallback: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return fallback


def _label_fragment(request: HttpRequest, review: Review, status: int = 200) -> HttpResponse:
    sentiment = reports.sentiments_for_reviews(reports.resolve_model_version(request.POST.get("model", "")), [review.pk])
    row = sentiment.get(review.pk)
    correction = SentimentCorrection.objects.filter(review=review).first()
    context = {
        "review": review,
        "sentiment": row,
        "correction": correction,
        "may": _abilities(request),
        "label_choices": SentimentCorrection.Label.choices,
        "next": request.POST.get("next", ""),
    }
    return render(request, "marketing/reports/_review_label.html", context, status=status)


@login_required
@permission_required(CORRECT_SENTIMENT_PERMISSION, raise_exception=True)
@require_POST
def correct(request: HttpRequest, pk: int) -> HttpResponse:
    """Record a person's sentiment label for a review; htmx gets the label fragment back, others a redirect."""
    review = get_object_or_404(Review, pk=pk)
    status = 200
    try:
        report_services.correct_sentiment(
            review=review, label=request.POST.get("label", ""), corrected_by=request.user, note=request.POST.get("note", "")
        )
        if not _htmx(request):
            messages.success(request, "Correction saved; the reports count it from now on.")
    except ApplicationError as exc:
        status = 400
        messages.error(request, exc.message)
    if _htmx(request):
        return _label_fragment(request, review, status=status)
    return redirect(_back(request, "dashboard:report-corrections"))


@login_required
@permission_required(CORRECT_SENTIMENT_PERMISSION, raise_exception=True)
@require_POST
def undo_correction(request: HttpRequest, pk: int) -> HttpResponse:
    review = get_object_or_404(Review, pk=pk)
    try:
        report_services.remove_correction(review=review)
        if not _htmx(request):
            messages.success(request, "Correction removed; the model's label counts again.")
    except ApplicationError as exc:
        messages.error(request, exc.message)
    if _htmx(request):
        return _label_fragment(request, review)
    return redirect(_back(request, "dashboard:report-corrections"))


@login_required
@permission_required(PUBLISH_REPORT_PERMISSION, raise_exception=True)
@require_POST
def publish(request: HttpRequest) -> HttpResponse:
    """Freeze the report the marketer is looking at (same filters) as a snapshot with its own page."""
    product = get_object_or_404(Product, sku=request.POST["product"]) if request.POST.get("product") else None
    filters, form = _filters(request.POST, product=product)  # the publish form carries the report's filters
    if form.errors:
        messages.error(request, "The report's filters are not valid; nothing was published.")
        return redirect("dashboard:reports")
    try:
        snapshot = report_services.publish_report(
            filters=filters, product=product, title=request.POST.get("title", ""), created_by=request.user
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect("dashboard:reports")
    messages.success(request, "Report published. Its numbers and charts will not change.")
    return redirect("dashboard:report-published", pk=snapshot.pk)


@login_required
@permission_required(VIEW_PUBLISHED_PERMISSION, raise_exception=True)
def published_list(request: HttpRequest) -> HttpResponse:
    snapshots = PublishedReport.objects.select_related("created_by").defer("data", "charts")
    page = Paginator(snapshots, 25).get_page(request.GET.get("page"))
    return render(request, "marketing/reports/published_list.html", {"page": page})


@login_required
@permission_required(VIEW_PUBLISHED_PERMISSION, raise_exception=True)
def published_detail(request: HttpRequest, pk: int) -> HttpResponse:
    snapshot = get_object_or_404(PublishedReport.objects.select_related("created_by"), pk=pk)
    context = {"snapshot": snapshot, "report": snapshot.data, "charts": snapshot.charts}
    return render(request, "marketing/reports/published_detail.html", context)


@login_required
@permission_required(RUN_JOBS_PERMISSION, raise_exception=True)
@require_POST
def rerun(request: HttpRequest) -> HttpResponse:
    """"Re-run with model X": re-classify every review with the named model, as one job with progress."""
    try:
        job = report_services.schedule_reclassification(model_spec=request.POST.get("model", ""), created_by=request.user)
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect("dashboard:reports")
    messages.success(request, f"Job #{job.pk} re-classifies every review with {job.params['model']!r}.")
    return redirect("dashboard:jobs")
