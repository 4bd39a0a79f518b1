from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from marketing.services.sentiment import schedule_sentiment_classification
from products.services import import_catalog


class Command(BaseCommand):
    help = "Import a CSV or JSON catalogue file, all or nothing. Prints a per-row report when the file is rejected."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--no-sentiment", action="store_true", help="Do not queue sentiment classification.")

    def handle(self, *args, file: Path, no_sentiment: bool, **options) -> None:  # type: ignore[no-untyped-def]
        if not file.is_file():
            raise CommandError(f"{file} does not exist or is not a file")
        schedule = None if no_sentiment else (lambda ids: schedule_sentiment_classification(review_ids=ids))
        outcome = import_catalog(content=file.read_bytes(), filename=file.name, after_commit=schedule)
        if not outcome.ok:
            for error in outcome.errors:
                self.stderr.write(str(error))
            raise CommandError(f"{file.name} was not imported: {len(outcome.errors)} problem(s); nothing was written")
        for kind, counts in outcome.counts.items():
            summary = ", ".join(f"{n} {what}" for what, n in counts.items())
            self.stdout.write(f"{kind}: {summary}")
        if outcome.changed_review_ids and not no_sentiment:
            self.stdout.write(f"queued sentiment classification of {len(outcome.changed_review_ids)} review(s)")
        self.stdout.write(self.style.SUCCESS(f"imported {file.name}"))
