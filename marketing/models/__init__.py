"""Marketing models, one module per area; import them from here."""

from .copywriting import BrandVoice, CopyAuditEntry, CopyChannel, CopyVersion, GeneratedCopy, PromptTemplate
from .jobs import Job
from .reports import (
    PublishedReport,
    ReviewAspect,
    SentimentCorrection,
    SentimentReportVersion,
    WeeklySentimentSummary,
)
from .sentiment import ReviewSentiment

__all__ = [
    "BrandVoice",
    "CopyAuditEntry",
    "CopyChannel",
    "CopyVersion",
    "GeneratedCopy",
    "PromptTemplate",
    "Job",
    "ReviewSentiment",
    "PublishedReport",
    "ReviewAspect",
    "SentimentCorrection",
    "SentimentReportVersion",
    "WeeklySentimentSummary",
]
