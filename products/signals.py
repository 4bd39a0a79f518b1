"""Signals the catalogue sends for other apps; the catalogue itself depends on none of them."""

from django.dispatch import Signal

# Sent once the transaction has committed, with ``product_ids``: products whose category or brand
# changed (edited one by one or by an import). Reports keyed by category or brand listen to it.
products_regrouped = Signal()
