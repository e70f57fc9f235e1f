"""Turning what a user hands us (text, bytes, a file, HTML) into a clean article.

Normalisation is deliberately small and documented, because quotes are checked against
the normalised text and the LLM receives exactly that text:

- line endings become ``\\n``; trailing spaces and tabs on each line are removed;
- leading and trailing blank lines are removed;
- a byte-order mark is dropped.

HTML (a document that starts with ``<!doctype html``, ``<html`` or is mostly tags) is
reduced to its visible text with the standard library's :mod:`html.parser`: scripts,
styles, navigation and other non-content elements are dropped, block elements become
paragraph breaks, entities are decoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from summarizer.errors import InputError

__all__ = ["Article", "html_to_text", "looks_like_html", "normalize_text", "read_article_file"]

_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_MANY_BLANKS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """Apply the module's normalisation rules to ``text``."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _TRAILING_SPACE.sub("", text)
    return text.strip("\n")


_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def looks_like_html(text: str) -> bool:
    """True for an HTML document, or text that is mostly markup (paragraph tags and the like)."""
    if _HTML_START.match(text):
        return True
    tags = _TAG.findall(text)
    return len(tags) >= 3 and sum(map(len, tags)) > 0.1 * len(text)


_SKIP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "svg",
        "iframe",
        "head",
        "figure",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "blockquote",
        "tr",
        "table",
        "pre",
        "hr",
        "main",
        "dd",
        "dt",
        "title",
    }
)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of ``html``, one paragraph per block element (stdlib ``html.parser``)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    paragraphs = []
    for block in "".join(parser.parts).split("\n\n"):
        line = " ".join(block.split())
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


@dataclass(frozen=True)
class Article:
    """One article, normalised and ready for an engine."""

    text: str
    published: date | None = None
    title: str | None = None
    source: str | None = None
    extracted_from_html: bool = False

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        published: date | str | None = None,
        title: str | None = None,
        source: str | None = None,
        max_chars: int | None = None,
    ) -> Article:
        """Normalise ``text`` (extracting it from HTML if need be) and check it is usable."""
        if not isinstance(text, str):
            raise InputError(f"article text must be a str, got {type(text).__name__}")
        from_html = looks_like_html(text)
        if from_html:
            text = html_to_text(text)
        text = normalize_text(text)
        if not text.strip():
            what = "HTML with no visible text" if from_html else "empty or whitespace only"
            raise InputError(f"the article is {what}; give the text of a news article")
        if max_chars is not None and len(text) > max_chars:
            raise InputError(
                f"the article has {len(text):,} characters, over the input budget of "
                f"{max_chars:,}; raise SUMMARIZER_MAX_INPUT_CHARS or pass a shorter text"
            )
        return cls(
            text=text,
            published=_parse_published(published),
            title=title.strip() if title else None,
            source=source.strip() if source else None,
            extracted_from_html=from_html,
        )


def _parse_published(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"published date {value!r} is not an ISO date (YYYY-MM-DD)") from None


def decode_bytes(data: bytes, name: str) -> str:
    """Decode ``data`` as UTF-8, or raise a one-line :class:`InputError` naming ``name``."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not UTF-8 text (bad byte at offset {exc.start}); convert it to UTF-8 first"
        ) from None


def read_article_file(path: str | Path) -> str:
    """Read an article file as UTF-8 text, with one-line errors for every way that fails."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a directory; give an article file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_bytes(data, str(path))
