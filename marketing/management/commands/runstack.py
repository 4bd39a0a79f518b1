"""Run the whole app on one machine: embedded Redis (unless REDIS_URL is set), two Celery workers, web server."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from config.embedded_redis import ensure_redis_url
from products.management.commands.load_demo import DEMO_PASSWORD


class Command(BaseCommand):
    help = "Start Redis (embedded unless REDIS_URL is set), a models worker, a default worker and the web server."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--demo", action="store_true", help="Load the demo catalogue and users first.")

    def handle(self, *args, host: str, port: int, demo: bool, **options) -> None:  # type: ignore[no-untyped-def]
        redis_url = ensure_redis_url(data_dir=Path(settings.VAR_DIR) / "redis")
        env = {**os.environ, "REDIS_URL": redis_url, "DJANGO_SETTINGS_MODULE": os.environ["DJANGO_SETTINGS_MODULE"]}
        self.stdout.write(f"Redis: {redis_url}")
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        celery = [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel", "INFO"]
        processes: list[subprocess.Popen[bytes]] = [
            # One model job at a time per worker process: the model stays loaded between jobs.
            subprocess.Popen([*celery, "-Q", "models", "-n", "models@%h", "--pool", "solo"], env=env),
            subprocess.Popen([*celery, "-Q", "default", "-n", "default@%h", "--concurrency", "2"], env=env),
        ]
        if demo:
            subprocess.run([*manage, "load_demo", "--users"], env=env, check=True)
        processes.append(subprocess.Popen([*manage, "runserver", f"{host}:{port}", "--noreload"], env=env))
        url = f"http://{'localhost' if host in ('127.0.0.1', '0.0.0.0') else host}:{port}/"
        self.stdout.write(self.style.SUCCESS(f"\nStorefront Studio is running at {url}"))
        if demo:
            self.stdout.write(f"Log in as marketer, approver or viewer (admin for the Django admin), password: {DEMO_PASSWORD}")
        self.stdout.write("Press Ctrl+C to stop.\n")

        stopping = False

        def stop(*_args: object) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        try:
            while not stopping and all(p.poll() is None for p in processes):
                time.sleep(0.5)
        finally:
            for process in processes:
                if process.poll() is None:
                    process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
        failed = [p.args for p in processes if p.returncode not in (0, None, -signal.SIGTERM)]
        if failed and not stopping:
            self.stderr.write(f"a process stopped unexpectedly: {failed}")
            sys.exit(1)
