"""Turning what a user hands us (text, bytes, a file, HTML) into a clean article.

Normalisation is deliberately small and documented, because quotes are checked against
the normalised text and the LLM receives exactly that text:

- line endings (``\\r\\n``, ``\\r``, form feed, vertical tab, U+0085, U+2028) become
  ``\\n``, U+2029 a blank line; trailing spaces and tabs on each line are removed;
- other control characters (NUL, escape, the C1 range...) are removed: they are never
  part of what an article says, and they would otherwise reach headlines and summaries;
- leading and trailing blank lines are removed;
- a byte-order mark is dropped.

HTML (a document that starts with ``<!doctype html``, ``<html`` or is mostly tags) is
reduced to its visible text by :func:`html_to_text`: scripts, styles, navigation and other
non-content elements are dropped, block elements become paragraph breaks, entities are
decoded. Every step takes time linear in the input, whatever it holds: the standard
library's ``html.parser`` rescans the rest of the document at every ``<`` after an
unclosed tag or comment, so 60,000 characters of ``<a `` took it 49 s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import unescape
from pathlib import Path

from summarizer.errors import InputError

__all__ = [
    "Article",
    "html_to_text",
    "looks_like_html",
    "normalize_text",
    "one_line",
    "read_article_file",
]

# Line breaks other than \n (a form feed between pages, Unicode's line separator...).
_LINE_BREAKS = str.maketrans(
    {"\r": "\n", "\v": "\n", "\f": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
)
# C0 and C1 control characters, DEL, except the tab and the newline.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]+")


def normalize_text(text: str) -> str:
    """Apply the module's normalisation rules to ``text``."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").translate(_LINE_BREAKS)
    text = _CONTROL.sub("", text)
    # Line by line, not a multiline regex: "[ \t]+$" backtracks over every run of spaces
    # not at a line end, which made a long run of spaces quadratic.
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    return text.strip("\n")


def one_line(text: str) -> str:
    """``text`` as one line: control characters removed, every run of whitespace (line
    breaks included) one space, ends trimmed. For titles, names, headlines, summaries."""
    return " ".join(_CONTROL.sub("", text).split())


_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
# "[^<>]", not "[^>]": an unclosed "<a " must not make the search scan to the end from
# every later "<".
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


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


# One token of HTML per match, each alternative linear: a construct the input ends inside
# (an unclosed comment, tag, quoted value or script) runs to the end of the input, which
# is dropped, as a browser drops it; nothing is ever scanned again from a later "<". A
# quoted attribute value may hold ">"; an unclosed quote is an ordinary character (each
# quote is scanned past at most once). script and style hold text, never markup, up to
# their end tag.
_TOKEN = re.compile(
    r"""
    (?P<text>[^<]+)
    | (?P<comment><!--.*?(?:-->|\Z))
    | (?P<raw><(?P<raw_name>script|style)(?=[\s/>])
        (?:=\s*(?:"[^"]*"|'[^']*')|[^>])*>?.*?(?=</(?P=raw_name)[\s/>]|\Z))
    | (?P<tag><(?P<close>/?)(?P<name>[A-Za-z][^\s/>]*)
        (?P<attrs>(?:=\s*(?:"[^"]*"|'[^']*')|[^>])*)(?P<gt>>?))
    | (?P<other><[!?/][^>]*>?)
    | (?P<lt><)
    """,
    re.VERBOSE | re.DOTALL | re.IGNORECASE,
)


def html_to_text(html: str) -> str:
    """Visible text of ``html``, one paragraph per block element, in linear time."""
    parts: list[str] = []
    skip_depth = 0
    for token in _TOKEN.finditer(html):
        kind = token.lastgroup
        if kind == "text" or kind == "lt":
            if not skip_depth:
                parts.append(token.group(kind))
            continue
        if kind == "raw":  # its content is never visible; an element of _SKIP, closed later
            skip_depth += 1
            continue
        if kind != "tag" or not token.group("gt"):
            continue  # a comment, declaration, processing instruction; or the end
        name = token.group("name").lower()
        if name in _SKIP:
            if token.group("close"):
                skip_depth = max(0, skip_depth - 1)
            elif not token.group("attrs").endswith("/"):  # <svg/> opens and closes
                skip_depth += 1
        elif name in _BLOCK:
            parts.append("\n\n")
    paragraphs = []
    for block in unescape("".join(parts)).split("\n\n"):
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

    def __post_init__(self) -> None:
        # Built directly (not by from_text), a date given as text would reach the engines
        # as a str and fail deep inside; read it here, or say in one line what is wrong.
        _require_str(self.text)
        if self.published is not None and not isinstance(self.published, date):
            if not isinstance(self.published, str):
                kind = type(self.published).__name__
                raise InputError(f"published must be a date or an ISO date string, got {kind}")
            object.__setattr__(self, "published", _parse_published(self.published))

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
        _require_str(text)
        _check_unicode(text, "the article")
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
        for name, value in (("title", title), ("source", source)):
            if value is not None:
                _check_unicode(value, f"the {name}")
        return cls(
            text=text,
            published=_parse_published(published),
            title=one_line(title) or None if title else None,
            source=one_line(source) or None if source else None,
            extracted_from_html=from_html,
        )


def _require_str(text: object) -> None:
    if not isinstance(text, str):
        raise InputError(f"article text must be a str, got {type(text).__name__}")


def _check_unicode(text: str, what: str) -> None:
    # A lone surrogate ("\ud800", from a broken decode or JSON escape) is no character:
    # it cannot be encoded, so neither the LLM request nor the brief's JSON could hold it.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"{what} holds a lone surrogate (U+{ord(text[exc.start]):04X} at offset "
            f"{exc.start}), which is not valid Unicode text"
        ) from None


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
