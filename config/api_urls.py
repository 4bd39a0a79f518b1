from django.urls import path

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
]
