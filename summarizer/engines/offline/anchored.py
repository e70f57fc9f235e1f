"""Finding every match of a pattern that opens with optional words and then needs an anchor.

The role finder's actor phrase (:mod:`.scan.roles`) is ``(?<![\\w-])(?:WORD\\s+)*ANCHOR...``:
a few optional determiners and modifiers ("the", "suspected", "Iraqi"), then a head noun
or a named actor. ``re`` tries the optional words at every word of a sentence, and that
is most of what the phrase costs. :class:`Anchored` finds the same matches, in the same
order, trying the pattern only a few words before each anchor:

- every match holds an anchor: a place where ``(?<![\\w-])(?:ANCHOR)(?![\\w-])`` matches
  (the head and the words before it are whole words), so no match begins before the
  first such place the text holds after where the search stands;
- between a match's start and its anchor there are only whole optional words, each
  followed by white space. Reading back from the anchor, every run of non-space
  characters that is one of those words (or one word of a several-word one, "dozens of")
  may lie inside the match; the first that is not may hold its start, no earlier one.

So the pattern is searched from that run on: a match found there is the leftmost one,
as ``finditer`` would give it. Where the words cannot be shown never to match white space
(a word of the data that is not plain), the pattern runs as before.

A pattern may also have a branch without such an anchor (the role phrase's named groups
the lexicon lacks, "the Kuma Brigade": any capitalised words before a type word). Its
caller then names what every match of that branch holds (``unanchored``, the type words);
in a text where that is found, the pattern runs as before.

:class:`Prefixed` does the same for a pattern that cannot run on the folded text (the
casualty patterns: a word of theirs must be capitalised) but whose every match opens with
a prefix that can (``\\b``, an optional qualifier, a number): the prefix is searched on the
folded text, and the pattern is tried only where it matches.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Any

from summarizer.engines.offline.casefold import FoldedMatch, _constants
from summarizer.engines.offline.literals import parse
from summarizer.engines.offline.patternstore import store
from summarizer.engines.offline.prefilter import Gated, Match
from summarizer.engines.offline.prefilter import _read as read_pattern

__all__ = ["Anchored", "Prefixed"]

_CHUNK = re.compile(r"\S+")
_PLAIN = re.compile(r"[\w'’-]+(?: [\w'’-]+)*")


class Anchored:
    """``pattern``'s matches, searched for near its anchors only (module docstring).

    ``anchor``: the source of what every match holds after its optional words;
    ``words``: the optional words (regex sources, as the pattern's template lists them),
    or None when the pattern is not of that shape (it then runs as before);
    ``unanchored``: a pattern every match of the branches without an anchor holds (the
    search runs as before in a text where it is found)."""

    def __init__(
        self,
        pattern: Gated,
        anchor: str,
        words: Sequence[str] | None,
        flags: int,
        unanchored: re.Pattern[str] | None = None,
    ) -> None:
        self.gated = pattern
        self.words: re.Pattern[str] | None = None
        self.anchor: re.Pattern[str] | None = None
        self.unanchored = unanchored
        self._twin = False
        pieces = _pieces(words) if words is not None else None
        if pieces is None:
            return
        # read and compiled through the pattern store, as the gated patterns are: a new
        # process then parses neither (re's parser is most of its start-up)
        self.words = store().compile(f"(?:{'|'.join(pieces)})", flags)
        self.anchor, self._twin = _on_folded(rf"(?<![\w-])(?:{anchor})(?![\w-])", flags)

    def finditer(self, text: str, folded: str) -> Iterator[Match]:
        """Every match of the pattern in ``text`` (``folded``: its case-folded text), as
        :meth:`~.prefilter.Gated.finditer` gives them."""
        if (
            self.anchor is None
            or self.words is None
            or (self.unanchored is not None and self.unanchored.search(text))
        ):
            yield from self.gated.finditer(text, folded)
            return
        if not self.gated.possible(folded):
            return
        pattern = self.gated.pattern
        where = folded if self._twin else text
        chunks: list[tuple[int, int]] | None = None
        starts: list[int] = []
        position = 0
        while True:
            anchor = self.anchor.search(where, position)
            if anchor is None:
                return
            if chunks is None:
                chunks = [m.span() for m in _CHUNK.finditer(text)]
                starts = [start for start, _ in chunks]
            index = bisect_right(starts, anchor.start()) - 1  # the run the anchor is in
            begin = chunks[index][0]
            while index > 0 and begin > position:
                index -= 1
                begin = chunks[index][0]
                if not self.words.fullmatch(text, begin, chunks[index][1]):
                    break  # the match may begin inside this run, not before it
            found = pattern.search(text, max(begin, position))
            if found is None:
                return
            yield found
            position = found.end() if found.end() > found.start() else found.end() + 1


class Prefixed:
    """``pattern``'s matches, tried only where ``prefix`` matches: every match of the
    pattern must open with a match of ``prefix`` (same flags), such as ``\\b{@n}`` for the
    casualty patterns that begin with it.

    ``re`` runs a pattern that ignores case and cannot have a twin slowly at every word;
    the prefix, read on its own, usually has a twin, which runs on the folded text. Every
    place where a match of the pattern begins is a place where the prefix matches, and
    the places are tried in order from where the search stands, each as ``finditer``
    tries it (the pattern's look-behinds and ``\\b`` see the text before the place), so
    the first match found is the one ``finditer`` gives."""

    def __init__(self, pattern: Gated, prefix: str, flags: int) -> None:
        self.gated = pattern
        self.prefix, self._twin = _on_folded(prefix, flags)

    def openings(self, text: str, folded: str) -> list[int]:
        """Every place where the prefix matches, in order: patterns that share the prefix
        share them (:meth:`finditer`'s ``openings``)."""
        where = folded if self._twin else text
        starts: list[int] = []
        opening = self.prefix.search(where, 0)
        while opening is not None:
            starts.append(opening.start())
            opening = self.prefix.search(where, opening.start() + 1)
        return starts

    def finditer(
        self, text: str, folded: str, openings: list[int] | None = None
    ) -> Iterator[Match]:
        """Every match of the pattern in ``text`` (``folded``: its case-folded text), as
        :meth:`~.prefilter.Gated.finditer` gives them; ``openings``: :meth:`openings` of
        this prefix on this text, when the caller has them."""
        if not self.gated.possible(folded) or not self.gated.sifted(folded):
            return
        twin = self.gated.twin
        pattern = twin if twin is not None else self.gated.pattern
        starts = self.openings(text, folded) if openings is None else openings
        position = 0
        for start in starts:
            if start < position:
                continue
            found = pattern.match(folded if twin is not None else text, start)
            if found is None:
                continue
            yield FoldedMatch(found, text) if twin is not None else found
            position = found.end() if found.end() > start else found.end() + 1


def _on_folded(source: str, flags: int) -> tuple[re.Pattern[str], bool]:
    """``source`` compiled, as its twin when it has one (then True: it runs on the folded
    text). Read and compiled through the pattern store, as the gated patterns are: a new
    process then parses neither (re's parser is most of its start-up)."""
    flags, _, twin, _ = store().reading(source, flags, lambda: read_pattern(source, flags))
    if twin is not None:
        return store().compile(twin, flags & ~re.IGNORECASE), True
    return store().compile(source, flags), False


def _pieces(words: Sequence[str]) -> list[str] | None:
    """The optional words as single words ("dozens of": "dozens", "of"), each a source that
    cannot match white space; None when one cannot be shown so."""
    pieces: list[str] = []
    for word in words:
        if " " in word:
            if not _PLAIN.fullmatch(word):
                return None
            pieces += word.split(" ")
        elif _spaceless(word):
            pieces.append(word)
        else:
            return None
    return pieces


def _spaceless(source: str) -> bool:
    """Can no match of ``source`` hold a white-space character? (From its parsed form;
    False for any node not known here.)"""
    parsed = parse(source, 0)
    return parsed is not None and _nodes(list(parsed.data))


def _nodes(items: Sequence[tuple[Any, Any]]) -> bool:
    c = _constants()
    for op, av in items:
        if op is c.LITERAL:
            if chr(av).isspace():
                return False
        elif op is c.IN:
            for item_op, item_av in av:
                if item_op is c.LITERAL:
                    if chr(item_av).isspace():
                        return False
                elif item_op is c.RANGE:
                    if any(chr(code).isspace() for code in range(item_av[0], item_av[1] + 1)):
                        return False
                elif item_op is not c.CATEGORY or item_av not in (
                    c.CATEGORY_DIGIT,
                    c.CATEGORY_WORD,
                ):
                    return False
        elif op is c.SUBPATTERN:
            if not _nodes(list(av[-1])):
                return False
        elif op is c.BRANCH:
            if not all(_nodes(list(branch)) for branch in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _nodes(list(av[2])):
                return False
        else:  # anything else, zero-width assertions too (a run is read apart from its text)
            return False
    return True
