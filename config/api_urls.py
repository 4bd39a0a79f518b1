from django.urls import path

from marketing.api import copy_views as copy_api
from marketing.api import views as marketing_api
from products.api import views as products_api

urlpatterns = [
    path("products/", products_api.ProductListApi.as_view(), name="api-products"),
    path("products/<str:sku>/", products_api.ProductDetailApi.as_view(), name="api-product"),
    path("products/<str:sku>/reviews/", products_api.ProductReviewsApi.as_view(), name="api-product-reviews"),
    path("imports/", products_api.CatalogImportApi.as_view(), name="api-import"),
    path("jobs/", marketing_api.JobListApi.as_view(), name="api-jobs"),
    path("jobs/sentiment/", marketing_api.SentimentJobCreateApi.as_view(), name="api-sentiment-job"),
    path("jobs/<int:job_id>/", marketing_api.JobDetailApi.as_view(), name="api-job"),
    path("jobs/<int:job_id>/cancel/", marketing_api.JobCancelApi.as_view(), name="api-job-cancel"),
    # Copy studio
    path("copy/", copy_api.GeneratedCopyListApi.as_view(), name="api-copy-list"),
    path("copy/generation-requests/", copy_api.CopyGenerationRequestApi.as_view(), name="api-copy-generate"),
    path("copy/<int:copy_id>/", copy_api.GeneratedCopyDetailApi.as_view(), name="api-copy"),
    path("copy/<int:copy_id>/versions/", copy_api.CopyEditApi.as_view(), name="api-copy-edit"),
    path("copy/<int:copy_id>/submit/", copy_api.CopySubmitApi.as_view(), name="api-copy-submit"),
    path("copy/<int:copy_id>/approve/", copy_api.CopyApproveApi.as_view(), name="api-copy-approve"),
    path("copy/<int:copy_id>/publish/", copy_api.CopyPublishApi.as_view(), name="api-copy-publish"),
    path("published-copy/<str:sku>/<str:channel>/<str:language>/", copy_api.PublishedCopyApi.as_view(),
         name="api-published-copy"),
]
