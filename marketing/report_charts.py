"""Server-rendered SVG charts for the sentiment reports: no JavaScript, readable without colour, frozen easily.

Every chart is an `<svg role="img">` with a `<title>` and a `<desc>` that says what it shows in numbers, a
legend in words, and a `<title>` on each mark for a hover tooltip; pages also offer the numbers as a
table. A published snapshot stores the SVG text itself, so its charts never change.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from typing import Any

WIDTH = 760
POSITIVE, NEUTRAL, NEGATIVE = "#1f8a4c", "#8a8f98", "#c23b3b"
VOLUME, NET, RATING, SENTIMENT = "#c5d0ea", "#2f5bd3", "#b07800", "#2f5bd3"
AXIS, GRID, TEXT = "#5b6475", "#e6e9ef", "#1d2330"
FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"'


def _e(value: Any) -> str:
    return escape(str(value), quote=True)


def _svg(chart_id: str, height: int, title: str, desc: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{_e(chart_id)}" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" aria-labelledby="{_e(chart_id)}-title {_e(chart_id)}-desc" {FONT} font-size="12">'
        f'<title id="{_e(chart_id)}-title">{_e(title)}</title><desc id="{_e(chart_id)}-desc">{_e(desc)}</desc>'
        + "".join(body)
        + "</svg>"
    )


def _nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10^n at or above value (at least 1), so axis ticks are round numbers."""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _signed(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value:+.{digits}f}"


def _legend(items: Sequence[tuple[str, str, str]], x: float, y: float) -> list[str]:
    """Legend entries (label, colour, shape) laid out left to right from (x, y)."""
    parts = []
    for label, colour, shape in items:
        if shape == "bar":
            parts.append(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="14" height="10" fill="{colour}"/>')
        elif shape == "dashed":
            parts.append(f'<line x1="{x:.1f}" y1="{y - 4:.1f}" x2="{x + 14:.1f}" y2="{y - 4:.1f}" stroke="{colour}" '
                         f'stroke-width="2.5" stroke-dasharray="4 3"/>')
        else:
            parts.append(f'<line x1="{x:.1f}" y1="{y - 4:.1f}" x2="{x + 14:.1f}" y2="{y - 4:.1f}" stroke="{colour}" '
                         f'stroke-width="2.5"/><circle cx="{x + 7:.1f}" cy="{y - 4:.1f}" r="3" fill="{colour}"/>')
        parts.append(f'<text x="{x + 19:.1f}" y="{y:.1f}" fill="{TEXT}">{_e(label)}</text>')
        x += 26 + 7.2 * len(label)
    return parts


def _line(points: Sequence[tuple[float, float | None]], colour: str, *, dashed: bool = False) -> list[str]:
    """A polyline broken where a value is missing (a week without reviews)."""
    parts: list[str] = []
    run: list[tuple[float, float]] = []
    dash = ' stroke-dasharray="6 4"' if dashed else ""
    for x, y in [*points, (0.0, None)]:
        if y is None:
            if len(run) > 1:
                coords = " ".join(f"{px:.1f},{py:.1f}" for px, py in run)
                parts.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2.5"{dash}/>')
            run = []
        else:
            run.append((x, y))
    return parts


def _x_labels(weeks: Sequence[dict[str, Any]], left: float, band: float, bottom: float) -> list[str]:
    every = max(1, math.ceil(len(weeks) / 10))
    parts = []
    for i, week in enumerate(weeks):
        if i % every == 0:
            x = left + band * (i + 0.5)
            parts.append(f'<text x="{x:.1f}" y="{bottom + 18:.1f}" text-anchor="middle" fill="{AXIS}">{_e(week["label"])}</text>')
    return parts


def volume_and_net_chart(weeks: Sequence[dict[str, Any]], chart_id: str = "chart-volume") -> str:
    """Bars: reviews per week (left axis). Line: net sentiment per week, -100 to +100 (right axis)."""
    height, left, right, top, bottom = 310, 56, 64, 56, 260
    plot_w = WIDTH - left - right
    band = plot_w / max(1, len(weeks))
    peak = _nice_ceiling(max((w["reviews"] for w in weeks), default=0))
    total = sum(w["reviews"] for w in weeks)
    nets = [w["net"] for w in weeks if w["net"] is not None]
    desc = (f"{len(weeks)} weeks, {total:,} reviews in all, at most {max((w['reviews'] for w in weeks), default=0):,} "
            f"in one week. Net sentiment ranges from {_signed(min(nets, default=None))} to "
            f"{_signed(max(nets, default=None))} points.")
    body = []
    for i in range(5):
        value = peak * i / 4
        y = bottom - (bottom - top) * i / 4
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{WIDTH - right}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" fill="{AXIS}">{_fmt(value)}</text>')
        net = -100 + 50 * i
        body.append(f'<text x="{WIDTH - right + 8}" y="{y + 4:.1f}" fill="{NET}">{net:+d}</text>')
    zero = (top + bottom) / 2
    body.append(f'<line x1="{left}" y1="{zero:.1f}" x2="{WIDTH - right}" y2="{zero:.1f}" stroke="{NET}" '
                'stroke-opacity="0.35" stroke-dasharray="3 3"/>')
    points: list[tuple[float, float | None]] = []
    for i, week in enumerate(weeks):
        x = left + band * i
        h = (bottom - top) * week["reviews"] / peak
        tip = f"Week of {week['label']}: {week['reviews']:,} reviews, net sentiment {_signed(week['net'])}"
        body.append(f'<rect x="{x + band * 0.18:.1f}" y="{bottom - h:.1f}" width="{band * 0.64:.1f}" height="{h:.1f}" '
                    f'fill="{VOLUME}"><title>{_e(tip)}</title></rect>')
        net_y = None if week["net"] is None else bottom - (bottom - top) * (week["net"] + 100) / 200
        points.append((x + band / 2, net_y))
    body += _line(points, NET)
    for (px, py), week in zip(points, weeks, strict=True):
        if py is not None:
            tip = f"Week of {week['label']}: net sentiment {_signed(week['net'])} ({week['reviews']:,} reviews)"
            body.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="{NET}"><title>{_e(tip)}</title></circle>')
    body.append(f'<line x1="{left}" y1="{bottom}" x2="{WIDTH - right}" y2="{bottom}" stroke="{AXIS}"/>')
    body += _x_labels(weeks, left, band, bottom)
    body.append(f'<text x="4" y="{top - 16}" fill="{AXIS}">Reviews</text>')
    body.append(f'<text x="{WIDTH - 4}" y="{top - 16}" text-anchor="end" fill="{NET}">Net sentiment</text>')
    body += _legend([("Reviews per week", VOLUME, "bar"), ("Net sentiment (% positive − % negative)", NET, "line")],
                    left + 4, 16)
    return _svg(chart_id, height, "Review volume and net sentiment per week", desc, body)


def rating_and_sentiment_chart(weeks: Sequence[dict[str, Any]], chart_id: str = "chart-rating") -> str:
    """Two lines per week: average star rating (1–5, left axis) and average sentiment (−1 to +1, right axis)."""
    height, left, right, top, bottom = 290, 56, 64, 56, 240
    plot_w = WIDTH - left - right
    band = plot_w / max(1, len(weeks))
    ratings = [w["rating_avg"] for w in weeks if w["rating_avg"] is not None]
    sentiments = [w["sentiment_avg"] for w in weeks if w["sentiment_avg"] is not None]
    desc = (f"Average rating per week from {min(ratings, default=0):.2f} to {max(ratings, default=0):.2f} stars; "
            f"average sentiment from {_signed(min(sentiments, default=None), 2)} to "
            f"{_signed(max(sentiments, default=None), 2)}.")
    body = []
    for i in range(5):
        y = bottom - (bottom - top) * i / 4
        body.append(f'<line x1="{left}" y1="{y:.1f}" x2="{WIDTH - right}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" fill="{RATING}">{1 + i}★</text>')
        body.append(f'<text x="{WIDTH - right + 8}" y="{y + 4:.1f}" fill="{SENTIMENT}">{-1 + 0.5 * i:+.1f}</text>')
    rating_points: list[tuple[float, float | None]] = []
    sentiment_points: list[tuple[float, float | None]] = []
    for i, week in enumerate(weeks):
        x = left + band * (i + 0.5)
        rating = week["rating_avg"]
        sentiment = week["sentiment_avg"]
        rating_points.append((x, None if rating is None else bottom - (bottom - top) * (rating - 1) / 4))
        sentiment_points.append((x, None if sentiment is None else bottom - (bottom - top) * (sentiment + 1) / 2))
    body += _line(rating_points, RATING)
    body += _line(sentiment_points, SENTIMENT, dashed=True)
    for (px, py), week in zip(rating_points, weeks, strict=True):
        if py is not None:
            tip = f"Week of {week['label']}: average rating {week['rating_avg']:.2f}★"
            body.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="{RATING}"><title>{_e(tip)}</title></circle>')
    for (px, py), week in zip(sentiment_points, weeks, strict=True):
        if py is not None:
            tip = f"Week of {week['label']}: average sentiment {week['sentiment_avg']:+.2f}"
            body.append(f'<rect x="{px - 3.5:.1f}" y="{py - 3.5:.1f}" width="7" height="7" fill="{SENTIMENT}">'
                        f'<title>{_e(tip)}</title></rect>')
    body.append(f'<line x1="{left}" y1="{bottom}" x2="{WIDTH - right}" y2="{bottom}" stroke="{AXIS}"/>')
    body += _x_labels(weeks, left, band, bottom)
    body.append(f'<text x="4" y="{top - 16}" fill="{RATING}">Rating</text>')
    body.append(f'<text x="{WIDTH - 4}" y="{top - 16}" text-anchor="end" fill="{SENTIMENT}">Sentiment</text>')
    body += _legend([("Average rating (stars, left)", RATING, "line"),
                     ("Average sentiment (−1 to +1, right)", SENTIMENT, "dashed")], left + 4, 16)
    return _svg(chart_id, height, "Average star rating and average sentiment per week", desc, body)


def distribution_chart(totals: dict[str, Any], chart_id: str = "chart-distribution") -> str:
    """One bar split into positive, neutral and negative shares, each labelled with its share and count."""
    height, top, bar_h = 92, 26, 34
    reviews = totals["reviews"]
    parts = [("Positive", totals["positive"], POSITIVE), ("Neutral", totals["neutral"], NEUTRAL),
             ("Negative", totals["negative"], NEGATIVE)]
    desc = ", ".join(f"{name} {count:,} ({100 * count / reviews if reviews else 0:.0f}%)" for name, count, _ in parts)
    body = []
    x = 0.0
    if not reviews:
        body.append(f'<rect x="0" y="{top}" width="{WIDTH}" height="{bar_h}" fill="{GRID}"/>')
        body.append(f'<text x="{WIDTH / 2}" y="{top + 22}" text-anchor="middle" fill="{AXIS}">No classified reviews</text>')
    for name, count, colour in parts:
        if not reviews or not count:
            continue
        w = WIDTH * count / reviews
        share = 100 * count / reviews
        body.append(f'<rect x="{x:.1f}" y="{top}" width="{w:.1f}" height="{bar_h}" fill="{colour}">'
                    f'<title>{_e(f"{name}: {count:,} reviews ({share:.1f}%)")}</title></rect>')
        if w > 56:
            body.append(f'<text x="{x + 8:.1f}" y="{top + 22}" fill="#fff" font-weight="600">{share:.0f}%</text>')
        x += w
    body += _legend([(f"{name} {count:,}", colour, "bar") for name, count, colour in parts], 0, 16)
    body.append(f'<text x="0" y="{top + bar_h + 24}" fill="{AXIS}">{reviews:,} classified reviews</text>')
    return _svg(chart_id, height, "Sentiment distribution", desc, body)


def aspects_chart(aspects: Sequence[dict[str, Any]], chart_id: str = "chart-aspects", limit: int = 8) -> str:
    """Diverging bars per aspect: negative mentions to the left of the centre line, positive to the right."""
    shown = list(aspects)[:limit]
    row_h, top = 30, 34
    height = top + row_h * max(1, len(shown)) + 12
    label_w = 170
    centre = label_w + (WIDTH - label_w) / 2
    half = (WIDTH - label_w) / 2 - 48
    peak = max((max(a["positive"], a["negative"]) for a in shown), default=0) or 1
    desc = "; ".join(f"{a['aspect']}: {a['positive']} positive, {a['negative']} negative, {a['neutral']} neutral"
                     for a in shown) or "No aspects found in these reviews."
    body = _legend([("Negative mentions", NEGATIVE, "bar"), ("Positive mentions", POSITIVE, "bar")], label_w, 16)
    for i, aspect in enumerate(shown):
        y = top + row_h * i
        body.append(f'<text x="{label_w - 10}" y="{y + 19}" text-anchor="end" fill="{TEXT}">{_e(aspect["aspect"])}</text>')
        neg_w = half * aspect["negative"] / peak
        pos_w = half * aspect["positive"] / peak
        tip = (f"{aspect['aspect']}: {aspect['positive']} positive, {aspect['negative']} negative, "
               f"{aspect['neutral']} neutral mentions")
        body.append(f'<rect x="{centre - neg_w:.1f}" y="{y + 5}" width="{neg_w:.1f}" height="20" fill="{NEGATIVE}">'
                    f'<title>{_e(tip)}</title></rect>')
        body.append(f'<rect x="{centre:.1f}" y="{y + 5}" width="{pos_w:.1f}" height="20" fill="{POSITIVE}">'
                    f'<title>{_e(tip)}</title></rect>')
        if aspect["negative"]:
            body.append(f'<text x="{centre - neg_w - 6:.1f}" y="{y + 19}" text-anchor="end" fill="{NEGATIVE}">'
                        f'{aspect["negative"]}</text>')
        spans = []
        if aspect["positive"]:
            spans.append(f'<tspan fill="{POSITIVE}">{aspect["positive"]}</tspan>')
        if aspect["neutral"]:
            spans.append(f'<tspan fill="{AXIS}">{" · " if spans else ""}{aspect["neutral"]} neutral</tspan>')
        if spans:
            body.append(f'<text x="{centre + pos_w + 6:.1f}" y="{y + 19}">{"".join(spans)}</text>')
    body.append(f'<line x1="{centre:.1f}" y1="{top}" x2="{centre:.1f}" y2="{height - 8}" stroke="{AXIS}"/>')
    return _svg(chart_id, height, "What reviews praise and complain about, by aspect", desc, body)


def _cell(value: float | None, digits: int = 0, *, sign: bool = False, suffix: str = "") -> str:
    if value is None:
        return "–"
    text = f"{abs(value):,.{digits}f}" if sign else f"{value:,.{digits}f}"
    if sign:
        text = ("+" if value > 0 else "−" if value < 0 else "±") + text
    return text + suffix


def weekly_table(weeks: Sequence[dict[str, Any]]) -> str:
    """The numbers behind the weekly charts as an HTML table (drawn here: a template loop over a year of
    weeks costs more than every query of the page)."""
    head = ("Week of", "Reviews", "Change", "Positive", "Neutral", "Negative", "Net", "Net change", "Avg rating",
            "Avg sentiment")
    rows = []
    for week in weeks:
        change = week["change"] or {}
        cells = [
            _cell(week["reviews"]), _cell(change.get("reviews_pct"), sign=True, suffix="%"), _cell(week["positive"]),
            _cell(week["neutral"]), _cell(week["negative"]), _cell(week["net"], sign=True),
            _cell(change.get("net_points"), sign=True), _cell(week["rating_avg"], 2),
            _cell(week["sentiment_avg"], 2, sign=True),
        ]
        part = ' <span class="muted small">(part)</span>' if week["partial"] else ""
        rows.append(f'<tr><th scope="row">{_e(week["week"])}{part}</th>'
                    + "".join(f'<td class="num">{_e(c)}</td>' for c in cells) + "</tr>")
    numeric = ' class="num"'
    header = "".join(f'<th scope="col"{numeric if i else ""}>{_e(h)}</th>' for i, h in enumerate(head))
    return ('<table><caption class="sr-only">Reviews and sentiment per week</caption>'
            f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def overview_charts(report: dict[str, Any]) -> dict[str, str]:
    """The overview's charts, by name."""
    return {
        "distribution": distribution_chart(report["totals"]),
        "volume": volume_and_net_chart(report["weeks"]),
        "rating": rating_and_sentiment_chart(report["weeks"]),
        "table": weekly_table(report["weeks"]),
    }


def product_charts(report: dict[str, Any]) -> dict[str, str]:
    """A product report's charts, by name."""
    return {
        "distribution": distribution_chart(report["totals"]),
        "volume": volume_and_net_chart(report["weeks"]),
        "rating": rating_and_sentiment_chart(report["weeks"]),
        "aspects": aspects_chart(report["aspects"]["all"]),
        "table": weekly_table(report["weeks"]),
    }
