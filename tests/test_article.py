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


def test_built_directly_a_published_string_is_read_or_refused_in_one_line() -> None:
    article = Article(text="Gunmen killed two traders.", published="2016-04-27")  # type: ignore[arg-type]
    assert article.published == date(2016, 4, 27)
    assert Article(text="x", published=date(2016, 4, 27)).published == date(2016, 4, 27)
    with pytest.raises(InputError, match="not an ISO date"):
        Article(text="x", published="27 April")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="a date or an ISO date string, got int"):
        Article(text="x", published=2016)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="must be a str, got bytes"):
        Article(text=b"x")  # type: ignore[arg-type]


def test_empty_and_over_budget() -> None:
    with pytest.raises(InputError, match="empty"):
        Article.from_text(" \n ")
    with pytest.raises(InputError, match="input budget"):
        Article.from_text("word " * 100, max_chars=50)


def test_control_characters_go_and_every_line_break_becomes_a_newline() -> None:
    raw = "Two\x00 people\x1b[31m died\x7f.\x0cPage two\u2028line\u2029Next\x85end\x9b."
    assert normalize_text(raw) == "Two people[31m died.\nPage two\nline\n\nNext\nend."
    article = Article.from_text("A bomb\x00 exploded.\tTwo died.\r\n")
    assert article.text == "A bomb exploded.\tTwo died."


def test_long_runs_of_spaces_keep_their_place_inside_a_line() -> None:
    text = "a" + " " * 50_000 + "b  \nc\t"
    assert normalize_text(text) == "a" + " " * 50_000 + "b\nc"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # an unclosed tag, comment, quoted value or script takes the rest of the input, as
        # in a browser; what came before it is kept
        ("<p>Two died.</p>" + "<a " * 20_000, "Two died."),
        ("<p>Two died.</p><!-- " + "<p>x</p>" * 5_000, "Two died."),
        ("<p>Two died.</p>" + "<p x='" * 20_000, "Two died."),
        ("<p>Two died.</p><script>" + "<p>x</p>" * 5_000, "Two died."),
        ("<div>" * 10_000 + "<p>Two died.</p>" + "</div>" * 10_000, "Two died."),
        ("<p title='a>b' data-x=\"<p>\">Two died.</p>", "Two died."),
        ("<p>x < y and 2<3</p><P>B&amp;B &#8220;Q&#8221;</P>", "x < y and 2<3\n\nB&B “Q”"),
        ("<p>Before</p><svg/><p>after a self-closed svg</p>", "Before\n\nafter a self-closed svg"),
    ],
)
def test_hostile_html_is_read_in_one_pass(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_markup_heavy_text_is_html_and_unclosed_brackets_are_not_tags() -> None:
    assert looks_like_html("<p>Two</p><p>died</p><p>here</p>")
    assert not looks_like_html("a <b " * 20_000)


def test_a_lone_surrogate_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"lone surrogate \(U\+D800 at offset 7\)"):
        Article.from_text("A bomb \ud800 exploded.")
    with pytest.raises(InputError, match="the title holds a lone surrogate"):
        Article.from_text("A bomb exploded.", title="x\udfff")
