"""The lines above a story: letterhead, reference number, byline, update stamp, and the
headline of a plain-text article that came without a title.

Rule: from the top, a line in capitals only (an institution's letterhead, "PRESS RELEASE",
a reference number, a shouted headline), a byline ("By Jane Doe") or an update stamp
("Last updated 6:40 p.m.", a bare clock time) or where and when a release was issued
("Lima, 15 October 2023", "Geneva/Nairobi, 3 May 2021") is masthead, not story, and so is a paragraph of such lines; so
is a line the lexicon's ``[document].masthead_lines`` fit whole (a release's "Release
reference: 0813/21", "Issued: Friday 13 August 2021", a rubric: "OPINION").
When the article has no title of its own, its first paragraph after them is the title if
it is one short line (at most ``TITLE_WORDS`` words, one sentence or two: "X is now Y.
That should frighten us") that ends in no sentence punctuation but a question mark, and
has a paragraph after it that opens with a sentence of at least three words; a byline under it is masthead too. Text in capitals only has no
masthead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.patternstore import compiled
from summarizer.engines.offline.text import Sentence

__all__ = ["TITLE_WORDS", "Head", "MastheadRules", "byline", "head", "is_masthead", "is_title"]

TITLE_WORDS = 25
#: The fewest words of the sentence after a title: a paragraph that only a fragment follows
#: ("... police said. m" then "0") is the story, not its title.
_BODY_WORDS = 3
_BYLINE = re.compile(
    r"^(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|al-\w+))*\s*$"
)
_HEADER = re.compile(
    r"^(?:(?:By|BY)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van))*"
    r"|(?:last\s+)?updated\b.{0,40}?|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)\s*$",
    re.IGNORECASE,
)
# where and when a release was issued, on a line of its own: "Lima, 15 October 2023", or by
# two offices at once: "Geneva/Nairobi, 3 May 2021"
_PLACE_DATE = re.compile(
    r"^[A-Z][\w'’./ -]{1,40},\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\.?$"
)
_NO_TITLE_END = ".!…:;,\"'”’)-–—"  # a headline may ask a question


class MastheadRules:
    """A lexicon's ``[document].masthead_lines``, as one pattern fitted to a whole line."""

    def __init__(self, lexicon: Lexicon) -> None:
        found = lexicon.section("document").get("masthead_lines")
        self.lines = compiled(rf"\W*{alternation(found)}\W*", re.I) if found else None


class Head(NamedTuple):
    """What stands above the story: its masthead lines, the title found in the text (or
    None) and how many of the split sentences they take."""

    masthead: list[str]
    title: str | None
    skip: int


def is_masthead(text: str, lines: re.Pattern[str] | None = None) -> bool:
    """A line above the story (module docstring); a paragraph of several lines is one when
    each of its lines is. ``lines``: the lexicon's masthead lines, whole."""
    found = [line.strip() for line in text.splitlines() if line.strip()]
    if len(found) > 1:
        return all(is_masthead(line, lines) for line in found)
    if _HEADER.match(text.strip()) or _PLACE_DATE.match(text.strip()):
        return True
    if lines is not None and lines.fullmatch(" ".join(text.split())):
        return True
    # in capitals, but for a reference's "No." ("OFFICIAL COMMUNIQUE No. 027-2023"), or
    # figures alone ("18.09.2023")
    return sum(c.islower() for c in text) <= 2


def is_title(paragraph: Sequence[Sentence], following: Sentence) -> bool:
    """``paragraph`` (the sentences of one paragraph) is a plain-text article's headline
    (module docstring); ``following``: the sentence after it."""
    if not paragraph or following.paragraph == paragraph[-1].paragraph:
        return False
    if len(following.text.split()) < _BODY_WORDS:  # a stray "0" after it is no story
        return False
    text = " ".join(s.text for s in paragraph)
    return "\n" not in text and text[-1] not in _NO_TITLE_END and len(text.split()) <= TITLE_WORDS


def head(
    found: Sequence[Sentence], text: str, titled: bool, lines: re.Pattern[str] | None = None
) -> Head:
    """The masthead and title at the top of ``found``, the sentences of ``text``;
    ``titled``: the article has a title of its own; ``lines``: the lexicon's masthead
    lines."""
    if not any(c.islower() for c in text):
        return Head([], None, 0)
    skip, title = _past_masthead(found, 0, lines), None
    end = skip  # the first paragraph after the masthead: found[skip:end]
    while end < len(found) and found[end].paragraph == found[skip].paragraph:
        end += 1
    if not titled and end < len(found) and is_title(found[skip:end], found[end]):
        title = " ".join(s.text for s in found[skip:end])  # a headline may hold two sentences
        masthead = [s.text for s in found[:skip]]
        skip = _past_masthead(found, end, lines)
        masthead += [s.text for s in found[end:skip]]
    else:
        masthead = [s.text for s in found[:skip]]
    return Head(masthead, title, skip)


def _past_masthead(
    found: Sequence[Sentence], skip: int, lines: re.Pattern[str] | None = None
) -> int:
    while skip < len(found) - 1 and is_masthead(found[skip].text, lines):
        skip += 1
    return skip


def byline(masthead: Sequence[str]) -> str | None:
    """A "By Jane Doe" line among ``masthead``, if any."""
    return next((line for line in masthead if _BYLINE.match(line.strip())), None)
