"""Turning user input into an article: normalisation, HTML, bad input."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.article import Article, html_to_text, looks_like_html, normalize_text
from summarizer.errors import InputError


def test_normalisation_rules() -> None:
    assert normalize_text("\ufeff\r\nLine one  \r\n\t\r\nLine two\t\n\n") == "Line one\n\nLine two"


def test_html_is_reduced_to_visible_paragraphs() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>"
        "<nav>Menu</nav><article><h1>Blast in town</h1><p>Two people &amp; a dog "
        "were hurt.</p><p>Police said so.</p></article><footer>(c)</footer></body></html>"
    )
    assert looks_like_html(html)
    assert html_to_text(html) == "Blast in town\n\nTwo people & a dog were hurt.\n\nPolice said so."


def test_plain_text_with_a_stray_angle_bracket_is_not_html() -> None:
    assert not looks_like_html("Casualties rose to <10 in the town, officials said.")


def test_published_accepts_iso_strings_and_dates() -> None:
    assert Article.from_text("x happened", published="2024-02-08").published == date(2024, 2, 8)
    with pytest.raises(InputError, match="not an ISO date"):
        Article.from_text("x happened", published="yesterday")


def test_empty_and_over_budget() -> None:
    with pytest.raises(InputError, match="empty"):
        Article.from_text(" \n ")
    with pytest.raises(InputError, match="input budget"):
        Article.from_text("word " * 100, max_chars=50)
