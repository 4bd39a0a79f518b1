import json
from datetime import datetime, timedelta
from pathlib import Path

from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from marketing.roles import APPROVER, MARKETER, VIEWER
from marketing.services.sentiment import schedule_sentiment_classification
from products.services import import_catalog

DEMO_FILE = Path(__file__).resolve().parents[2] / "demo" / "catalog.json"
DEMO_PASSWORD = "storefront-demo"
DEMO_USERS = {"marketer": [MARKETER], "approver": [APPROVER, MARKETER], "viewer": [VIEWER]}


class Command(BaseCommand):
    help = "Load the demo catalogue (idempotent). Review dates are moved so the newest is from yesterday."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--users", action="store_true", help=f"Also create demo users (password {DEMO_PASSWORD!r}).")
        parser.add_argument("--no-sentiment", action="store_true", help="Do not queue sentiment classification.")

    def handle(self, *args, users: bool, no_sentiment: bool, **options) -> None:  # type: ignore[no-untyped-def]
        if not DEMO_FILE.is_file():
            raise CommandError(f"demo catalogue missing: {DEMO_FILE}")
        document = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
        shift_review_dates(document)
        schedule = None if no_sentiment else (lambda ids: schedule_sentiment_classification(review_ids=ids))
        outcome = import_catalog(
            content=json.dumps(document).encode(), filename="demo-catalog.json", after_commit=schedule
        )
        if not outcome.ok:
            raise CommandError("demo catalogue rejected: " + "; ".join(str(e) for e in outcome.errors[:10]))
        for kind, counts in outcome.counts.items():
            self.stdout.write(f"{kind}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
        if users:
            for username, groups in DEMO_USERS.items():
                create_demo_user(username, groups)
            create_demo_user("admin", [], superuser=True)
            self.stdout.write(f"demo users: marketer, approver, viewer, admin (password {DEMO_PASSWORD!r})")
        self.stdout.write(self.style.SUCCESS("demo catalogue loaded"))


def shift_review_dates(document: dict) -> None:
    """Move every review date by the same amount so that the newest review is from yesterday."""
    reviews = document.get("reviews", [])
    if not reviews:
        return
    dates = [datetime.fromisoformat(r["created_at"].replace("Z", "+00:00")) for r in reviews]
    # Whole days, so that re-loading on the same day yields the same dates (and the import stays a no-op).
    yesterday = (timezone.now() - timedelta(days=1)).date()
    offset = timedelta(days=(yesterday - max(dates).date()).days)
    for review, created in zip(reviews, dates, strict=True):
        review["created_at"] = (created + offset).isoformat()


def create_demo_user(username: str, groups: list[str], *, superuser: bool = False) -> None:
    user, created = User.objects.get_or_create(
        username=username, defaults={"is_staff": superuser, "is_superuser": superuser}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    user.groups.add(*Group.objects.filter(name__in=groups))
