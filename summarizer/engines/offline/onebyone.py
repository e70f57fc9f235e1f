"""A :class:`~.branches.Split`'s or :class:`~.branches.Branches`' chosen branches run one
by one, their matches merged as their alternation's would be (:func:`scan`).

Where a text can hold only some branches of a pattern of many, the alternation of those
branches finds what the whole pattern finds (:mod:`.branches`); but each new set of branches
made a new alternation, read and compiled by ``re``'s Python parser and compiler (some 4 ms
for a cue list, 14 for the weapon table), and a new text often holds a new set: on one pass
over the project's 1,021 fixtures, 2,500 sets, about half the time of the pass. Each branch
runs here as its own pattern, compiled once (and kept in the pattern store).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from summarizer.engines.offline.casefold import FoldedMatch

if TYPE_CHECKING:
    from summarizer.engines.offline.branches import Split
    from summarizer.engines.offline.prefilter import Gated, Match

__all__ = ["ONE_WAY", "Named", "OneByOne", "runs_of", "scan"]


class OneByOne:
    """The chosen branches of a :class:`Split` run one by one (each compiled once, from the
    pattern store), their matches merged as their alternation's would be: at the leftmost
    place any matches, the first branch that matches there (the prefix, ``\\b`` or a
    lookbehind, matches one way only, and nothing follows the branches); the next search
    from where that match ends. A new text's set of branches cost a new alternation read
    and compiled by ``re``'s Python parser (4 ms; thousands of sets): this costs nothing.
    The alternation itself is built only for a set whose branches could match empty text
    (met in a scan), have groups, or follow a prefix of many ways."""

    __slots__ = ("_alternation", "_key", "_runs", "_split")

    def __init__(self, split: Split, key: tuple[int, ...]) -> None:
        self._split, self._key = split, key
        self._runs: list[tuple[re.Pattern[str], bool]] | None = None
        self._alternation: Gated | None = None

    def _ready(self) -> list[tuple[re.Pattern[str], bool]] | None:
        """Each branch's pattern and whether it runs on the folded text (a twin); None when
        the alternation must run instead."""
        if self._runs is None and self._alternation is None:
            runs = runs_of([self._split.parts[i] for i in self._key])
            if self._split.prefix in ONE_WAY and runs is not None:
                self._runs = runs
            else:
                self._alternation = self._split.alternation(self._key)
        return self._runs

    def _whole(self) -> Gated:
        if self._alternation is None:
            self._alternation = self._split.alternation(self._key)
        return self._alternation

    def search(self, text: str, folded: str, checked: bool = False) -> Match | None:
        runs = self._ready()
        if runs is None:
            return self._whole().search(text, folded, True)
        best, on_folded = None, False
        for compiled, twin in runs:
            found = compiled.search(folded if twin else text)
            if found is not None and (best is None or found.start() < best.start()):
                best, on_folded = found, twin
        return _wrap(best, on_folded, text)

    def match(self, text: str, folded: str, checked: bool = False) -> Match | None:
        runs = self._ready()
        if runs is None:
            return self._whole().match(text, folded, True)
        for compiled, twin in runs:
            found = compiled.match(folded if twin else text)
            if found is not None:
                return _wrap(found, twin, text)
        return None

    def finditer(self, text: str, folded: str, checked: bool = False) -> Iterator[Match]:
        runs = self._ready()
        found = self._all(runs, text, folded) if runs is not None else None
        if found is None:
            return self._whole().finditer(text, folded, True)
        return iter(found)

    def count(self, text: str, folded: str, checked: bool = False) -> int:
        runs = self._ready()
        found = self._all(runs, text, folded) if runs is not None else None
        return self._whole().count(text, folded, True) if found is None else len(found)

    def _all(
        self, runs: list[tuple[re.Pattern[str], bool]], text: str, folded: str
    ) -> list[Match] | None:
        found = scan(runs, text, folded)
        if found is None:
            return None
        return [_wrap(match, runs[i][1], text) for match, i in found]  # type: ignore[misc]


def runs_of(parts: Sequence[Gated]) -> list[tuple[re.Pattern[str], bool]] | None:
    """Each branch's compiled pattern and whether it runs on the folded text (a twin);
    None when one has a group (its match's groups would not be the alternation's)."""
    runs = []
    for part in parts:
        twin = part.twin
        compiled = twin if twin is not None else part.pattern
        if compiled.groups:
            return None
        runs.append((compiled, twin is not None))
    return runs


def scan(
    runs: list[tuple[re.Pattern[str], bool]], text: str, folded: str
) -> list[tuple[re.Match[str], int]] | None:
    """Every match of the alternation of ``runs`` (branches of a one-way prefix), as its
    scan finds them, with the number of the branch it is of: at the leftmost place any
    branch matches, the first branch there, the next search from its end. None at an empty
    match (where the scan's rules for what may follow one would be needed)."""
    out: list[tuple[re.Match[str], int]] = []
    pos = 0
    ahead: list[re.Match[str] | bool | None] = [None] * len(runs)  # each branch's next
    while True:
        best: re.Match[str] | None = None
        which = 0
        for i, (compiled, twin) in enumerate(runs):
            next_one = ahead[i]
            if next_one is None or (next_one is not False and next_one.start() < pos):  # type: ignore[union-attr]
                next_one = compiled.search(folded if twin else text, pos) or False
                ahead[i] = next_one
            if next_one is not False and (best is None or next_one.start() < best.start()):  # type: ignore[union-attr]
                best, which = next_one, i  # type: ignore[assignment]
        if best is None:
            return out
        if best.end() == best.start():
            return None
        out.append((best, which))
        pos = best.end()


class Named:
    """A match of a :class:`Branches` table found one branch at a time: its span, its words
    as the text writes them, and its branch's name (``lastgroup``)."""

    __slots__ = ("_end", "_start", "_text", "lastgroup")

    def __init__(self, match: re.Match[str], name: str, text: str) -> None:
        self._start, self._end = match.span()
        self._text, self.lastgroup = text, name

    def start(self, group: int = 0) -> int:
        return self._start

    def end(self, group: int = 0) -> int:
        return self._end

    def span(self, group: int = 0) -> tuple[int, int]:
        return self._start, self._end

    def group(self, group: int = 0) -> str:
        return self._text[self._start : self._end]


def _wrap(found: re.Match[str] | None, on_folded: bool, text: str) -> Match | None:
    if found is None or not on_folded:
        return found
    return FoldedMatch(found, text)


#: Prefixes that match one way only where they match (zero-width, no choices).
ONE_WAY = frozenset({"", "\\b", "(?<!\\w)", "(?<![\\w-])"})
