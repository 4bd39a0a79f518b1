"""Small catalogue files used by the import tests."""

import json

PRODUCTS_CSV = (
    "sku,title,brand,category,price,currency,attr_material,attr_capacity\n"
    "BTL-001,Insulated bottle,Kestrel,Drinkware,24.90,EUR,stainless steel,750 ml\n"
    "MUG-002,Travel mug,Kestrel,Drinkware,19.50,EUR,ceramic,350 ml\n"
)
REVIEWS_CSV = (
    "sku,rating,title,body,author_name,created_at,source,external_id,language\n"
    "BTL-001,5,Hot all day,Keeps coffee hot until lunch.,Mia K.,2026-05-01T10:00:00Z,storefront,r-1,en\n"
    'BTL-001,2,Leaks,"The lid leaks, sadly.",Tom,2026-05-02,storefront,r-2,en\n'
)


def catalog_json(**overrides: object) -> bytes:
    document = {
        "categories": [{"slug": "kitchen", "name": "Kitchen", "parent": None}],
        "products": [
            {"sku": "KET-001", "title": "Glass kettle", "brand": "Brio", "category": "kitchen", "price": "39.00",
             "currency": "EUR", "attributes": {"capacity": "1.7 l", "power": "2200 W"}},
        ],
        "reviews": [
            {"sku": "KET-001", "rating": 4, "title": "Quick", "body": "Boils fast and looks nice.",
             "author_name": "Ana", "created_at": "2026-06-01T08:00:00Z", "source": "storefront", "external_id": "k-1",
             "language": "en"},
        ],
    }
    document.update(overrides)
    return json.dumps(document).encode()
