"""sanitize_html: only a small allow-list of tags survives; scripts, handlers and unsafe URLs go."""

from __future__ import annotations

import pytest

from ml.guardrails import sanitize_html


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Hi <strong>there</strong> <em>you</em></p>", "<p>Hi <strong>there</strong> <em>you</em></p>"),
        (
            "<h2>A</h2><h3>B</h3><ul><li>x</li></ul><ol><li>y</li></ol>",
            "<h2>A</h2><h3>B</h3><ul><li>x</li></ul><ol><li>y</li></ol>",
        ),
        ("line<br>break", "line<br>break"),
        ("<script>alert(1)</script>safe", "safe"),
        ("<style>p{color:red}</style>safe", "safe"),
        ('<img src="x" onerror="alert(1)">', ""),
        ('<p onclick="alert(1)">x</p>', "<p>x</p>"),
        ('<a href="javascript:alert(1)">x</a>', '<a rel="noopener nofollow">x</a>'),
        ('<a href="/relative">x</a>', '<a rel="noopener nofollow">x</a>'),
        ('<a href="data:text/html,hi">x</a>', '<a rel="noopener nofollow">x</a>'),
        (
            '<a href="https://example.com/p" target="_blank">x</a>',
            '<a href="https://example.com/p" rel="noopener nofollow">x</a>',
        ),
        (
            '<a href="http://example.com" rel="opener">x</a>',
            '<a href="http://example.com" rel="noopener nofollow">x</a>',
        ),
        (
            '<mark class="unsupported" title="why">2 l</mark>',
            '<mark class="unsupported" title="why">2 l</mark>',
        ),
        ('<mark class="evil supported" style="x" onclick="y">a</mark>', '<mark class="supported">a</mark>'),
        ("<div><span>kept text</span></div>", "kept text"),
        ("<iframe src='https://x'></iframe>ok", "ok"),
        ("<!-- comment -->ok", "ok"),
    ],
)
def test_sanitize(dirty: str, clean: str) -> None:
    assert sanitize_html(dirty) == clean
