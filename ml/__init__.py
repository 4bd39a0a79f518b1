"""Language-model code for Storefront Studio: plain Python, no Django (Django code calls it)."""
