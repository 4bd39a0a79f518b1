"""Dashboard pages: home, jobs with live progress, starting and cancelling jobs."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from marketing import selectors
from marketing.models import Job
from marketing.roles import RUN_JOBS_PERMISSION
from marketing.services.jobs import cancel_job
from marketing.services.sentiment import schedule_sentiment_classification
from products.exceptions import ApplicationError


@login_required
def home(request: HttpRequest) -> HttpResponse:
    context = {"summary": selectors.dashboard_summary(), "jobs": selectors.job_list()[:5]}
    return render(request, "marketing/home.html", context)


@login_required
def job_list(request: HttpRequest) -> HttpResponse:
    jobs = selectors.job_list(kind=request.GET.get("kind", ""), status=request.GET.get("status", ""))
    page = Paginator(jobs, 25).get_page(request.GET.get("page"))
    return render(request, "marketing/job_list.html", {"page": page, "kinds": Job.Kind.choices, "statuses": Job.Status.choices})


@login_required
def job_row(request: HttpRequest, job_id: int) -> HttpResponse:
    """One job's row, polled by htmx while the job runs (the row stops polling once the job finishes)."""
    job = get_object_or_404(Job.objects.select_related("created_by"), pk=job_id)
    return render(request, "marketing/_job_row.html", {"job": job})


@login_required
@permission_required(RUN_JOBS_PERMISSION, raise_exception=True)
@require_POST
def cancel(request: HttpRequest, job_id: int) -> HttpResponse:
    job = get_object_or_404(Job, pk=job_id)
    try:
        job = cancel_job(job=job)
    except ApplicationError as exc:
        messages.error(request, exc.message)
    if getattr(request, "htmx", False):
        return render(request, "marketing/_job_row.html", {"job": job})
    return redirect("dashboard:jobs")


@login_required
@permission_required(RUN_JOBS_PERMISSION, raise_exception=True)
@require_POST
def start_sentiment_pass(request: HttpRequest) -> HttpResponse:
    """Classify every review that has no up-to-date result from the configured model."""
    job = schedule_sentiment_classification(
        review_ids=None, reclassify=request.POST.get("reclassify") == "1", created_by=request.user
    )
    messages.success(request, f"Sentiment job #{job.pk} queued.")
    return redirect("dashboard:jobs")
