from django.core.management.base import BaseCommand

from marketing.services.model_access import warm_models


class Command(BaseCommand):
    help = "Load (and on first use convert) the configured generation and sentiment models."

    def handle(self, *args, **options) -> None:  # type: ignore[no-untyped-def]
        warm_models()
        self.stdout.write(self.style.SUCCESS("models ready"))
