"""Jobs API: list and inspect jobs, start a sentiment pass, cancel."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.generics import ListAPIView
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from marketing import selectors
from marketing.models import Job
from marketing.roles import RUN_JOBS_PERMISSION
from marketing.services.jobs import cancel_job
from marketing.services.sentiment import schedule_sentiment_classification


class CanRunJobs(BasePermission):
    def has_permission(self, request, view):  # type: ignore[no-untyped-def]
        return request.method in ("GET", "HEAD", "OPTIONS") or request.user.has_perm(RUN_JOBS_PERMISSION)


class JobOutputSerializer(serializers.ModelSerializer):
    percent = serializers.IntegerField(read_only=True)

    class Meta:
        model = Job
        fields = ["id", "kind", "status", "params", "progress_done", "progress_total", "percent", "message", "error",
                  "result", "created_at", "started_at", "finished_at"]


class JobListApi(ListAPIView):
    serializer_class = JobOutputSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.job_list(kind=self.request.query_params.get("kind", ""),
                                  status=self.request.query_params.get("status", ""))


class JobDetailApi(APIView):
    @extend_schema(responses=JobOutputSerializer)
    def get(self, request: Request, job_id: int) -> Response:
        return Response(JobOutputSerializer(get_object_or_404(Job, pk=job_id)).data)


class JobCancelApi(APIView):
    permission_classes = [CanRunJobs]

    @extend_schema(request=None, responses=JobOutputSerializer)
    def post(self, request: Request, job_id: int) -> Response:
        job = cancel_job(job=get_object_or_404(Job, pk=job_id))
        return Response(JobOutputSerializer(job).data)


class SentimentJobCreateApi(APIView):
    """Queue a sentiment pass over some reviews (ids) or all of them, optionally with another model."""

    permission_classes = [CanRunJobs]

    class InputSerializer(serializers.Serializer):
        review_ids = serializers.ListField(child=serializers.IntegerField(min_value=1), required=False,
                                           allow_empty=False, max_length=100_000)
        model = serializers.CharField(required=False, max_length=500)
        reclassify = serializers.BooleanField(default=False)

    @extend_schema(request=InputSerializer, responses={202: JobOutputSerializer})
    def post(self, request: Request) -> Response:
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        job = schedule_sentiment_classification(
            review_ids=data.get("review_ids"), model_spec=data.get("model"), reclassify=data["reclassify"],
            created_by=request.user,
        )
        return Response(JobOutputSerializer(job).data, status=status.HTTP_202_ACCEPTED)
