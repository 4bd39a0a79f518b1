from django.urls import path

from marketing import views, views_copy, views_reports

app_name = "dashboard"
urlpatterns = [
    path("", views.home, name="home"),
    path("jobs/", views.job_list, name="jobs"),
    path("jobs/<int:job_id>/row/", views.job_row, name="job-row"),
    path("jobs/<int:job_id>/cancel/", views.cancel, name="job-cancel"),
    path("sentiment/run/", views.start_sentiment_pass, name="sentiment-run"),
    # Copy studio
    path("copy/", views_copy.copy_studio, name="copy-studio"),
    path("copy/generate/", views_copy.generate, name="copy-generate"),
    path("copy/published/", views_copy.published_copy, name="copy-published"),
    path("copy/products/<str:sku>/", views_copy.product_copy, name="copy-product"),
    path("copy/jobs/<int:job_id>/live/", views_copy.live_job, name="copy-live-job"),
    path("copy/variants/<int:pk>/", views_copy.variant_card, name="copy-variant"),
    path("copy/variants/<int:pk>/edit/", views_copy.edit_variant, name="copy-edit"),
    path("copy/variants/<int:pk>/history/", views_copy.variant_history, name="copy-history"),
    path("copy/variants/<int:pk>/revert/", views_copy.revert_variant, name="copy-revert"),
    path("copy/variants/<int:pk>/submit/", views_copy.submit_variant, name="copy-submit"),
    path("copy/variants/<int:pk>/approve/", views_copy.approve_variant, name="copy-approve"),
    path("copy/variants/<int:pk>/reject/", views_copy.reject_variant, name="copy-reject"),
    path("copy/variants/<int:pk>/request-changes/", views_copy.request_changes, name="copy-request-changes"),
    path("copy/variants/<int:pk>/publish/", views_copy.publish_variant, name="copy-publish"),
    path("copy/variants/<int:pk>/archive/", views_copy.archive_variant, name="copy-archive"),
    path("copy/variants/<int:pk>/regenerate/", views_copy.regenerate_variant, name="copy-regenerate"),
    # Sentiment reports
    path("reports/", views_reports.overview, name="reports"),
    path("reports/export/", views_reports.export, name="report-export"),
    path("reports/mismatches/", views_reports.mismatches, name="report-mismatches"),
    path("reports/products/<str:sku>/", views_reports.product_report, name="report-product"),
    path("reports/corrections/", views_reports.corrections, name="report-corrections"),
    path("reports/corrections/export/", views_reports.corrections_export, name="report-corrections-export"),
    path("reports/reviews/<int:pk>/correct/", views_reports.correct, name="review-correct"),
    path("reports/reviews/<int:pk>/undo-correction/", views_reports.undo_correction, name="review-undo-correction"),
    path("reports/rerun/", views_reports.rerun, name="report-rerun"),
    path("reports/publish/", views_reports.publish, name="report-publish"),
    path("reports/published/", views_reports.published_list, name="reports-published"),
    path("reports/published/<int:pk>/", views_reports.published_detail, name="report-published"),
]
