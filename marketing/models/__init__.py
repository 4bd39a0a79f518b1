"""Marketing models, one module per area; import them from here."""

from .jobs import Job
from .sentiment import ReviewSentiment

__all__ = ["Job", "ReviewSentiment"]
