import pytest
from django.core.management import CommandError, call_command

from products.models import Product

pytestmark = pytest.mark.django_db


def test_import_catalog_command_imports_a_file(tmp_path, capsys):
    path = tmp_path / "p.csv"
    path.write_text("sku,title,price\nA-1,One,1.00\n", encoding="utf-8")

    call_command("import_catalog", str(path), "--no-sentiment")

    assert Product.objects.get().sku == "A-1"
    assert "imported p.csv" in capsys.readouterr().out


def test_import_catalog_command_fails_with_the_report_and_writes_nothing(tmp_path, capsys):
    path = tmp_path / "p.csv"
    path.write_text("sku,title,price\nA-1,One,1.00\nA-2,Two,x\n", encoding="utf-8")

    with pytest.raises(CommandError, match="1 problem"):
        call_command("import_catalog", str(path))

    assert "products row 3, price" in capsys.readouterr().err
    assert Product.objects.count() == 0
