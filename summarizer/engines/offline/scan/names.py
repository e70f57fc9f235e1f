"""Runs of capitalised words looked up as names (towns, regions): what the place finders
share. A possessive "'s" is not part of a name ("Kabul's" is Kabul)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from summarizer.engines.offline.text import fold

__all__ = ["NAME_WORD", "name_spans"]

T = TypeVar("T")

# a capitalised word: its capital, then the rest
_REST = r"(?:[\w-]|['’](?![sS]\b))+"
NAME_WORD = r"[A-Z]" + _REST
# "\b" before a capital, written as a look back after it ("(?<!\w[A-Z])": no word character
# before the capital), so the pattern starts with a character class and re scans for a
# capital in C instead of trying every position (some 40% less time, same matches)
#: The lower-case words inside a name ("Bir al-Abed", "Dar es Salaam", "Ciudad del Este").
PARTICLES = "al|el|es|de|del|da|do|dos|das|di"
_CAPITALISED = re.compile(rf"[A-Z](?<!\w[A-Z]){_REST}(?:[ -](?:{NAME_WORD}|(?:{PARTICLES})\b))*")


def name_spans(
    text: str,
    lookup: Callable[[str], T | None],
    max_words: int = 6,
    known_words: frozenset[str] | None = None,
) -> list[tuple[T, int, int]]:
    """Runs of capitalised words that ``lookup`` knows, longest first, never overlapping.

    With ``known_words`` (every word of every folded name ``lookup`` knows), a run of words
    is only looked up when all their folded words are among them: a name's folded words are
    its words' folded words, so the others cannot be found."""
    found: list[tuple[T, int, int]] = []
    for match in _CAPITALISED.finditer(text):
        phrase = match.group(0)
        words = phrase.split()
        if len(words) == 1 and max_words > 0:  # most runs: one word, looked up as it is
            if known_words is not None and any(w not in known_words for w in fold(phrase).split()):
                continue
            value = lookup(phrase)
            if value is not None:
                found.append((value, match.start(), match.end()))
            continue
        if known_words is None:
            unknown = [False] * len(words)
        else:
            unknown = [any(w not in known_words for w in fold(word).split()) for word in words]
            if all(unknown):
                continue
        taken = [False] * len(words)  # the words of a name found already
        for size in range(min(len(words), max_words), 0, -1):
            for first in range(0, len(words) - size + 1):
                if any(taken[first : first + size]) or any(unknown[first : first + size]):
                    continue
                if _particle(words, first - 1) or _particle(words, first + size):
                    continue  # "Bir" of "Bir al-Abed": a part of a longer name
                candidate = " ".join(words[first : first + size])
                value = lookup(candidate)
                if value is not None:
                    start = match.start() + phrase.find(candidate)
                    found.append((value, start, start + len(candidate)))
                    taken[first : first + size] = [True] * size
    return sorted(found, key=lambda hit: hit[1])


def _particle(words: list[str], at: int) -> bool:
    """True when the word at ``at`` joins a longer name ("al-Abed", "del", "de")."""
    return 0 <= at < len(words) and words[at][0].islower()
