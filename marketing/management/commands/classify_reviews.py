import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from marketing.models import Job
from marketing.services.jobs import execute_job
from marketing.services.sentiment import schedule_sentiment_classification


class Command(BaseCommand):
    help = "Classify reviews that have no up-to-date sentiment, with a progress bar."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--model", help="Model spec (default: settings).")
        parser.add_argument("--all", action="store_true", help="Re-classify every review.")
        parser.add_argument(
            "--here", action="store_true", help="Run in this process instead of waiting for a worker."
        )

    def handle(self, *args, model: str | None, all: bool, here: bool, **options) -> None:  # type: ignore[no-untyped-def]
        job = schedule_sentiment_classification(model_spec=model, reclassify=all, enqueue=not here)
        self.stdout.write(f"job #{job.pk} queued")
        if here:
            execute_job(job.pk, worker="manage.py")
        with tqdm(total=job.progress_total or None, unit="review") as bar:
            while True:
                job.refresh_from_db()
                bar.total = job.progress_total
                bar.n = job.progress_done
                bar.set_description(job.message[:40])
                bar.refresh()
                if job.is_finished:
                    break
                time.sleep(0.5)
        if job.status != Job.Status.SUCCEEDED:
            raise CommandError(f"job #{job.pk} {job.status}: {job.error}")
        self.stdout.write(self.style.SUCCESS(f"job #{job.pk} done: {job.result}"))
