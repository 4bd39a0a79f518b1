from django.urls import path

from products import views

app_name = "catalog"
urlpatterns = [
    path("", views.product_list, name="products"),
    path("import/", views.catalog_import, name="import"),
    path("<str:sku>/", views.product_detail, name="product"),
]
