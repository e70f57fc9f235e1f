"""Aligning a quote to the article: the character span it came from.

Every evidence and claim quote of a brief validated against its article carries ``start`` and
``end``: offsets into the article text as the engine saw it (:attr:`Article.text
<summarizer.article.Article.text>`, after HTML extraction and normalisation), as Python
slices them (code points), so that ``article[start:end] == quote``. How the span was found
is recorded as ``alignment``:

- ``exact``: the quote is a literal substring of the article (its first occurrence, or the
  first that holds the phrase the engine pointed at);
- ``fuzzy``: the quote differs from one span of the article only in spacing, quote marks,
  dashes, case or an ellipsis. Both sides are compared as a *skeleton*: the typography of
  :mod:`summarizer.grounding` made plain, case folded, whitespace and quote marks dropped
  (but a space kept between two digits, so "12 3" never becomes "123"), runs of dashes made
  one. A quote with an ellipsis ("..." or "…", bracketed or not) matches when its pieces
  occur in order, each at most :data:`MAX_ELLIPSIS_GAP` characters after the one before;
  its span runs from the first piece to the last, the elided words included.

A fuzzy quote is then replaced by the article's own text of its span, so what a brief quotes
is always the article, character for character. A quote that aligns nowhere is not a span
of the article: :func:`closest_passage` (rapidfuzz's ``partial_ratio_alignment``) names the
passage it came nearest to, for the validation error that an LLM's re-ask shows the model.

Nothing else is forgiven: a changed word, number or a dropped word does not align.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from summarizer.grounding import TYPOGRAPHY

__all__ = [
    "MAX_ELLIPSIS_GAP",
    "Alignment",
    "Span",
    "align_quote",
    "closest_passage",
    "locate_phrase",
    "same_text",
]

MAX_ELLIPSIS_GAP = 300
"""Most article characters an ellipsis in a quote may stand for, between two of its pieces."""

_QUOTE_MARKS = frozenset("'\"")
_ELLIPSIS = re.compile(r"\s*\[?\s*(?:\.\s*\.\s*\.|…)\s*\]?\s*")


class Alignment(StrEnum):
    """How a quote's span was found in the article."""

    exact = "exact"
    fuzzy = "fuzzy"


@dataclass(frozen=True)
class Span:
    """Where a quote sits in the article: ``article[start:end]``, and how it was found."""

    start: int
    end: int
    alignment: Alignment


def _skeleton(text: str) -> tuple[str, tuple[int, ...]]:
    """``text``'s skeleton and, for each of its characters, the index it came from."""
    chars: list[str] = []
    origin: list[int] = []
    space = False
    for index, char in enumerate(text):
        for part in char.translate(TYPOGRAPHY).casefold():
            if part.isspace():
                space = True
                continue
            if part in _QUOTE_MARKS or (part == "-" and chars and chars[-1] == "-"):
                continue
            if space and part.isdigit() and chars and chars[-1].isdigit():
                chars.append(" ")
                origin.append(index)
            space = False
            chars.append(part)
            origin.append(index)
    return "".join(chars), tuple(origin)


@lru_cache(maxsize=256)
def _article_skeleton(article: str) -> tuple[str, tuple[int, ...]]:
    # Built only when a quote is not a literal substring, once per article (a batch
    # validates up to its concurrency's worth of articles at once, hence the size).
    return _skeleton(article)


def same_text(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ at most in spacing, quote marks, dashes and case."""
    return bool(a.strip()) and _skeleton(a)[0] == _skeleton(b)[0]


def _exact(quote: str, article: str, near: tuple[int, int] | None) -> int:
    first = article.find(quote)
    if near is None or first == -1:
        return first
    position = first
    while position != -1:
        if position <= near[0] and position + len(quote) >= near[1]:
            return position
        position = article.find(quote, position + 1)
    return first


def _fuzzy(quote: str, article: str) -> tuple[int, int] | None:
    bones, origin = _article_skeleton(article)
    whole = _skeleton(quote)[0]
    if whole:
        found = bones.find(whole)
        if found != -1:
            return origin[found], origin[found + len(whole) - 1] + 1
    pieces = [p for p in (_skeleton(piece)[0] for piece in _ELLIPSIS.split(quote)) if p]
    if not pieces or pieces == [whole]:  # no ellipsis: the whole quote was tried
        return None
    return _pieces_in_order(pieces, bones, origin)


def _pieces_in_order(
    pieces: list[str], bones: str, origin: tuple[int, ...]
) -> tuple[int, int] | None:
    first = bones.find(pieces[0])
    while first != -1:
        end = first + len(pieces[0])
        for piece in pieces[1:]:
            found = bones.find(piece, end)
            if found == -1 or origin[found] - origin[end - 1] - 1 > MAX_ELLIPSIS_GAP:
                break
            end = found + len(piece)
        else:
            return origin[first], origin[end - 1] + 1
        first = bones.find(pieces[0], first + 1)
    return None


def align_quote(quote: str, article: str, *, near: tuple[int, int] | None = None) -> Span | None:
    """The span of ``article`` that ``quote`` came from, or None when it aligns nowhere.

    ``near``: a (start, end) the span should contain when the quote occurs more than once
    (the phrase an engine pointed at).
    """
    if not quote.strip():
        return None
    position = _exact(quote, article, near)
    if position != -1:
        return Span(position, position + len(quote), Alignment.exact)
    found = _fuzzy(quote, article)
    if found is None:
        return None
    return Span(found[0], found[1], Alignment.fuzzy)


def locate_phrase(phrase: str, article: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of ``phrase`` inside ``article[start:end]`` (exact, then fuzzy), or None."""
    inside = align_quote(phrase, article[start:end])
    if inside is None:
        return None
    return start + inside.start, start + inside.end


def closest_passage(quote: str, article: str, *, min_score: float = 60.0) -> str | None:
    """The article's passage nearest to ``quote`` (rapidfuzz, case folded), if close enough.

    For error messages only: the span rapidfuzz finds is not an alignment, since it
    forgives changed words.
    """
    from rapidfuzz import fuzz

    needle, haystack = quote.strip().casefold(), article.casefold()
    if not needle or not haystack:
        return None
    found = fuzz.partial_ratio_alignment(needle, haystack, score_cutoff=min_score)
    if found is None:
        return None
    # casefold keeps the length of almost every text; when it does, quote the article itself
    source = article if len(haystack) == len(article) else haystack
    start, end = found.dest_start, found.dest_end
    while start > 0 and source[start - 1].isalnum():  # whole words only
        start -= 1
    while end < len(source) and source[end].isalnum():
        end += 1
    return source[start:end].strip()
