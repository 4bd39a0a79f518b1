from django import forms
from django.conf import settings


class CatalogImportForm(forms.Form):
    file = forms.FileField(help_text="A CSV (products or reviews) or JSON catalogue file, UTF-8.")

    def clean_file(self):  # type: ignore[no-untyped-def]
        upload = self.cleaned_data["file"]
        if upload.size > settings.CATALOG_IMPORT_MAX_BYTES:
            limit_mb = settings.CATALOG_IMPORT_MAX_BYTES / 1024 / 1024
            raise forms.ValidationError(f"The file is larger than {limit_mb:.0f} MB; split it into smaller files.")
        if not upload.name.lower().endswith((".csv", ".json")):
            raise forms.ValidationError("Upload a .csv or .json file.")
        return upload
