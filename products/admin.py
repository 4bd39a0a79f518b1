from django.contrib import admin
from django.db.models import Avg, Count

from products.models import CatalogImport, Category, Product, Review


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "parent", "product_count"]
    list_filter = ["parent"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return super().get_queryset(request).annotate(n_products=Count("products"))

    @admin.display(ordering="n_products", description="products")
    def product_count(self, obj):  # type: ignore[no-untyped-def]
        return obj.n_products


class ReviewInline(admin.TabularInline):
    model = Review
    extra = 0
    fields = ["rating", "title", "author_name", "created_at", "source"]
    readonly_fields = fields
    show_change_link = True
    max_num = 0
    can_delete = False


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ["sku", "title", "brand", "category", "price", "currency", "review_count", "average_rating", "updated_at"]
    list_filter = ["category", "brand", "currency"]
    search_fields = ["sku", "title", "brand"]
    readonly_fields = ["created_at", "updated_at"]
    list_select_related = ["category"]
    inlines = [ReviewInline]

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return super().get_queryset(request).annotate(n_reviews=Count("reviews"), avg_rating=Avg("reviews__rating"))

    @admin.display(ordering="n_reviews", description="reviews")
    def review_count(self, obj):  # type: ignore[no-untyped-def]
        return obj.n_reviews

    @admin.display(ordering="avg_rating", description="avg ★")
    def average_rating(self, obj):  # type: ignore[no-untyped-def]
        return f"{obj.avg_rating:.1f}" if obj.avg_rating is not None else "–"


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["id", "product", "rating", "title", "author_name", "created_at", "source", "language"]
    list_filter = ["rating", "source", "language", "product__category", ("created_at", admin.DateFieldListFilter)]
    search_fields = ["title", "body", "author_name", "external_id", "product__sku", "product__title"]
    list_select_related = ["product"]
    date_hierarchy = "created_at"
    raw_id_fields = ["product"]
    readonly_fields = ["imported_at", "updated_at"]


@admin.register(CatalogImport)
class CatalogImportAdmin(admin.ModelAdmin):
    list_display = ["filename", "status", "created_by", "created_at", "counts"]
    list_filter = ["status", "created_at"]
    search_fields = ["filename"]
    readonly_fields = ["filename", "status", "created_by", "created_at", "counts", "errors"]

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False
