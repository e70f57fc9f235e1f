"""Hostile inputs: text built to make a brief slow, or to break it.

Each case is a name and a function that builds the text (some are megabytes, so they are
built only when asked for). An input must end in a valid brief or a one-line
:class:`~summarizer.errors.InputError` (over the input budget, no text), in linear time:
``make bench-hostile`` times each one, and ``tests/test_hostile.py`` checks the
outcome of each.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["HOSTILE", "TWO_SENTENCES"]

#: What a page of markup is wrapped around.
TWO_SENTENCES = (
    "A car bomb exploded outside a police station in Kirkuk on Monday, killing four officers. "
    "Police said the attackers fled."
)
_BUDGET = 60_000  # the default input budget, in characters


def _fill(unit: str, size: int = _BUDGET) -> str:
    """``unit`` repeated to just under ``size`` characters."""
    return unit * max(1, (size - 1) // len(unit))


def _page(tail: str) -> str:
    """An HTML page that says :data:`TWO_SENTENCES`, then ``tail``."""
    return f"<html><body><p>{TWO_SENTENCES}</p>{tail}"


def _markup_around(sentences: str, size: int) -> str:
    wrapper = '<div class="ad-slot" data-track="x"><span></span></div>\n'
    return (
        "<!doctype html><html><head><title>t</title></head><body>"
        + _fill(wrapper, size // 2)
        + f"<article><p>{sentences}</p></article>"
        + _fill(wrapper, size // 2)
        + "</body></html>"
    )


HOSTILE: dict[str, Callable[[], str]] = {
    # the sentence splitter: periods that end no sentence
    "60,000 chars of 'Mr. '": lambda: _fill("Mr. "),
    "'U.S. ' initialisms": lambda: _fill("U.S. "),
    # no sentence end at all
    "1 MB with no sentence end": lambda: _fill("gunmen attacked the town ", 1_000_000),
    "60,000 chars with no sentence end": lambda: _fill("gunmen attacked the town "),
    "one 60,000-char word": lambda: "x" * (_BUDGET - 1),
    # lines and paragraphs
    "200,000 one-word lines": lambda: "killed\n" * 200_000,
    "8,500 one-word lines": lambda: _fill("killed\n"),
    "20,000 blank-line paragraphs": lambda: _fill("Two died.\n\n"),
    # markup
    "HTML nested 10,000 deep": lambda: (
        "<html><body>" + "<div>" * 10_000 + TWO_SENTENCES + "</div>" * 10_000 + "</body></html>"
    ),
    "10 MB of markup around two sentences": lambda: _markup_around(TWO_SENTENCES, 10_000_000),
    "unclosed tags '<a '": lambda: _page(_fill("<a ")),
    "unclosed comment": lambda: _page("<!--" + _fill("<p>x</p>")),
    "unclosed quoted attributes": lambda: _page(_fill("<p x='")),
    "unclosed script": lambda: _page("<script>" + _fill("<p>x</p>")),
    "entity flood": lambda: _page("<p>" + _fill("&amp;&#8220;&nbsp;") + "</p>"),
    # scripts and marks
    "RTL flood with bidi overrides": lambda: _fill("\u202e\u05d4\u05e4\u05d9\u05e6\u05d5\u05e5 "),
    "Arabic flood": lambda: _fill("\u0627\u0646\u0641\u062c\u0627\u0631 \u0641\u064a "),
    "combining-mark flood": lambda: "A" + "\u0301" * (_BUDGET - 2),
    "zero-width flood": lambda: _fill("killed\u200b\u200d"),
    "emoji flood": lambda: _fill("\U0001f4a5\U0001f9e8 "),
    # control characters and whitespace
    "NUL flood": lambda: TWO_SENTENCES + "\x00" * 50_000,
    "control characters in every word": lambda: _fill("Police\x00 said\x1b two\x07 died. "),
    "a run of 59,000 spaces": lambda: "Two" + " " * 59_000 + "died.",
    "CR-only line ends": lambda: _fill("Two died in Kirkuk.\r"),
    # what the rules look for, over and over
    "one sentence of repeated attacks": lambda: _fill(
        "gunmen from the Islamic State killed 12 soldiers and wounded 30 in Kirkuk, police said, "
    ),
    "repeated full sentences": lambda: _fill(TWO_SENTENCES + " "),
    "digits": lambda: _fill("1234567890"),
    "number words": lambda: _fill("twenty-three thousand four hundred and "),
    "'said' chains": lambda: _fill("said "),
    "quote marks": lambda: _fill('"\u201c\u201d '),
    "capitalised names": lambda: _fill("Al Abu Bin Mohammed "),
    "dates": lambda: _fill("On March 3, 2024, last Tuesday, "),
    "parentheses": lambda: "(" * 30_000 + ")" * 29_999,
}
