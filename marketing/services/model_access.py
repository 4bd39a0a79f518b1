"""The one place Django code reaches into `ml/`: settings pick the model, `ml` loads it once per process."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    from ml.generation import TextGenerator
    from ml.sentiment import SentimentClassifier

logger = logging.getLogger(__name__)


def sentiment_classifier(spec: str | None = None) -> SentimentClassifier:
    """The configured sentiment classifier (or `spec`), loaded once per worker process."""
    from ml.sentiment import load_sentiment_model

    return load_sentiment_model(
        spec or settings.SENTIMENT_MODEL, device=settings.SENTIMENT_DEVICE, cache_dir=settings.MODEL_CACHE_DIR
    )


def text_generator(spec: str | None = None) -> TextGenerator:
    """The configured copy-writing model (local transformers or an OpenAI-compatible server)."""
    from ml.generation import load_generator

    options: dict[str, str] = {}
    if settings.GENERATION_BACKEND == "openai":
        options = {"base_url": settings.OPENAI_BASE_URL, "api_key": settings.OPENAI_API_KEY}
    return load_generator(
        spec or settings.GENERATION_MODEL,
        backend=settings.GENERATION_BACKEND,
        device=settings.GENERATION_DEVICE,
        cache_dir=settings.MODEL_CACHE_DIR,
        **options,
    )


def warm_models() -> None:
    """Load the configured models now, so the first job after a worker starts does not pay for it."""
    for name, load in (("sentiment", sentiment_classifier), ("generation", text_generator)):
        try:
            load()
            logger.info("warmed %s model", name)
        except Exception:  # a missing model must not stop the worker; the job will report it clearly
            logger.exception("could not warm the %s model", name)
