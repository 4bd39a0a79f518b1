"""Rendering model-written copy safely: highlighted claims in the editor, sanitised HTML for the storefront."""

from __future__ import annotations

import html
import re
from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from marketing.models import CopyVersion

register = template.Library()


def _fact_check(version: CopyVersion) -> Any:
    """The version's stored fact check as `ml.guardrails` objects (what `highlight_claims` expects)."""
    from ml.guardrails import Claim, FactCheck

    claims = [Claim(**claim) for claim in version.claims]
    unsupported = [claim for claim in claims if not claim.supported]
    return FactCheck(claims=claims, unsupported=unsupported, unsupported_count=len(unsupported))


@register.filter
def highlighted(version: CopyVersion | None) -> SafeString:
    """The version's text, HTML-escaped, with unsupported claims marked (the editor's view of it)."""
    if version is None:
        return mark_safe("")
    from ml.guardrails import highlight_claims

    # highlight_claims escapes the text itself; its output is safe to render.
    return mark_safe(highlight_claims(version.text, _fact_check(version)))  # noqa: S308


def text_to_html(text: str) -> str:
    """Paragraphs for blank-line-separated text and <br> for single newlines; not escaped (sanitise after)."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)


@register.filter
def storefront_html(version: CopyVersion | None) -> SafeString:
    """The HTML the storefront gets for a version: the model's text through the nh3 allow-list."""
    if version is None:
        return mark_safe("")
    from ml.guardrails import sanitize_html

    return mark_safe(sanitize_html(text_to_html(version.text)))  # noqa: S308


@register.filter
def escaped_lines(text: str) -> SafeString:
    """Escaped text with line breaks kept (a streamed partial text)."""
    return mark_safe(html.escape(text).replace("\n", "<br>"))  # noqa: S308
