from django.contrib import admin, messages

from marketing.models import Job, ReviewSentiment
from marketing.services.jobs import cancel_job
from products.exceptions import ApplicationError


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["id", "kind", "status", "progress_done", "progress_total", "message", "created_by", "created_at", "finished_at"]
    list_filter = ["kind", "status", "created_at"]
    search_fields = ["id", "message", "error", "celery_task_id"]
    readonly_fields = [f.name for f in Job._meta.fields]
    actions = ["cancel_selected"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    @admin.action(description="Cancel selected jobs")
    def cancel_selected(self, request, queryset):  # type: ignore[no-untyped-def]
        for job in queryset:
            try:
                cancel_job(job=job)
            except ApplicationError as exc:
                self.message_user(request, exc.message, messages.WARNING)


@admin.register(ReviewSentiment)
class ReviewSentimentAdmin(admin.ModelAdmin):
    list_display = ["review", "label", "score", "model_version", "updated_at"]
    list_filter = ["label", "model_version"]
    search_fields = ["review__body", "review__product__sku"]
    raw_id_fields = ["review", "job"]
    readonly_fields = ["created_at", "updated_at"]
