"""Template filters for the sentiment reports: masked review text, signed changes, stored SVG charts."""

from typing import Any

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

from marketing.selectors_reports import mask_pii as _mask_pii

register = template.Library()


@register.filter
def mask_pii(text: str) -> str:
    """Review text with e-mail addresses and phone numbers replaced by [email] / [phone]."""
    return _mask_pii(text or "")


@register.filter
def signed(value: Any, digits: int = 0) -> str:
    """A change with its sign ("+4", "−1.2"), or "–" when there is nothing to compare with."""
    if value is None or value == "":
        return "–"
    number = float(value)
    text = f"{abs(number):.{int(digits)}f}"
    if float(text) == 0:
        return f"±{text}"
    return f"+{text}" if number > 0 else f"−{text}"


@register.filter
def trend(value: Any) -> str:
    """CSS class for a change: up, down or flat."""
    if value is None or value == "":
        return "flat"
    return "up" if float(value) > 0 else "down" if float(value) < 0 else "flat"


@register.filter
def chart(svg: str) -> SafeString:
    """A chart rendered by marketing.report_charts (its text is escaped when it is drawn) as markup."""
    return mark_safe(svg)  # built by report_charts, which escapes every piece of text


@register.filter
def highlighted(example: dict[str, Any]) -> SafeString:
    """An example review's text with its decisive words in <mark> and the aspect's words in <strong>.

    Built here rather than in a template loop: a product page shows a few dozen examples of many segments.
    """
    tone = conditional_escape(example.get("tone", ""))
    parts = []
    for segment in example.get("segments", []):
        text = conditional_escape(segment["text"])
        if segment["mark"] == "decisive":
            parts.append(f'<mark class="decisive {tone}" title="A word that pushed the model towards {tone}">{text}</mark>')
        elif segment["mark"] == "aspect":
            parts.append(f'<strong class="aspect-term">{text}</strong>')
        else:
            parts.append(str(text))
    return mark_safe("".join(parts))  # every piece of text above is escaped


@register.filter
def stars(rating: Any) -> str:
    """A 1–5 rating as five stars, filled up to the rating: "★★★☆☆"."""
    filled = max(0, min(5, int(rating or 0)))
    return "★" * filled + "☆" * (5 - filled)
