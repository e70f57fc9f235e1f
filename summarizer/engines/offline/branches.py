"""Patterns of many branches, run on each text as the alternation of the branches it can hold.

A table or cue list compiled into one alternation (the weapons:
``(?<!\\w)(?:(?P<w0>...)|(?P<w1>...)|...)``, one named group a row; an event cue list:
``\\b(?:cue|cue|...)``) costs ``re`` every branch at every word of a text, although a
sentence holds the words of one or two. Here each branch is gated as well as the whole
(:class:`~.prefilter.Gated`: the literals every match of ``PREFIX(?:BRANCH)`` holds), and a
text runs the alternation of only the branches whose gates let it through, in their order.
It finds what the whole pattern finds: at any place, the whole pattern's match is its first
branch that matches there, and a branch left out matches nowhere in the text. A
:class:`Split`'s chosen branches run one by one (:class:`OneByOne`), each compiled once:
the alternation of each new set of them cost ``re``'s Python parser and compiler some 4 ms,
and a new text often holds a new set; a table's (:class:`Branches`) are compiled on first
use and kept in the process, not in the pattern store (the store, loaded whole by every
process, grew by a third with them).

- :class:`Branches`: a table of named branches, for a caller that reads only a match's
  span and ``lastgroup`` (the weapons);
- :class:`Split`: what a gated pattern does by itself when its source is an alternation of
  many branches that capture nothing (:func:`alternatives`): no caller can tell.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from summarizer.engines.offline import prefilter
from summarizer.engines.offline.gateset import GateSet
from summarizer.engines.offline.onebyone import ONE_WAY, Named, OneByOne, runs_of, scan
from summarizer.engines.offline.patternstore import store

if TYPE_CHECKING:
    from summarizer.engines.offline.prefilter import Folded, Gated, Match

__all__ = ["Branches"]

_EMPTY: Iterator[Match] = iter(())
#: Inline flags: "(?i)" (for the whole pattern) or "(?-i:" (for a group).
_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")


class Branches:
    """``PREFIX(?:(?P<NAME>BRANCH)|...)`` (``branches``: (name, source) pairs; ``flags``
    for all), searched as the alternation of the branches a text can hold (module
    docstring)."""

    #: How many alternations of chosen branches are kept before the memory starts afresh.
    MEMORY = 4096

    def __init__(self, prefix: str, branches: Sequence[tuple[str, str]], flags: int) -> None:
        self.prefix = prefix
        self.flags = flags
        self.sources = [f"(?P<{name}>{source})" for name, source in branches]
        self.names = [name for name, _ in branches]
        #: The whole alternation, gated (what :meth:`finditer` finds).
        self.whole = prefilter.Gated(self.alternation(range(len(self.sources))), flags)
        self.parts = [prefilter.Gated(f"{prefix}(?:{source})", flags) for _, source in branches]
        self._parts = GateSet(self.parts)
        self._chosen: dict[tuple[int, ...], Gated] = {}

    def alternation(self, chosen: Sequence[int] | range) -> str:
        """The source of the alternation of the ``chosen`` branches (numbers, in order)."""
        return f"{self.prefix}(?:{'|'.join(self.sources[i] for i in chosen)})"

    def finditer(self, text: str, folded: str) -> Iterator[Match | Named]:
        """Every match of the whole alternation in ``text``, leftmost first, as
        :meth:`~.prefilter.Gated.finditer` gives them (``folded``: the text case-folded)."""
        if not self.whole.possible(folded):
            return _EMPTY
        chosen = tuple(self._parts.possible(folded))
        if not chosen:
            return _EMPTY
        if len(chosen) == len(self.parts):
            return self.whole.finditer(text, folded)
        runs = runs_of([self.parts[i] for i in chosen]) if self.prefix in ONE_WAY else None
        found = scan(runs, text, folded) if runs is not None else None
        if found is not None:  # (as the chosen branches' alternation would find them)
            return iter([Named(match, self.names[chosen[i]], text) for match, i in found])
        pattern = self._chosen.get(chosen)
        if pattern is None:
            if len(self._chosen) >= self.MEMORY:
                self._chosen.clear()
            token = prefilter.collecting([])  # no lexicon's gate: its branches' gates stand for it
            try:
                pattern = prefilter.Gated(self.alternation(chosen), self.flags, stored=False)
            finally:
                prefilter.done(token)
            self._chosen[chosen] = pattern
        return pattern.finditer(text, folded, checked=True)


def alternatives(source: str) -> tuple[str, list[str]] | None:
    """``source`` as ``PREFIX(?:B1|B2|...)`` (the group closing at the end) or ``B1|B2|...``:
    its prefix and branches; None for any other shape, or for a pattern with a group that
    captures, a back reference or a conditional (leaving a branch out would renumber its
    groups, or change what a reference reads)."""
    depth, opening, bars, i = 0, -1, [], 0
    opens: list[int] = []
    last_close = -1
    while i < len(source):
        char = source[i]
        if char == "\\":
            if source[i + 1 : i + 2].isdigit():
                return None  # a back reference (or an octal escape: not worth telling apart)
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
            continue
        if char == "(":
            if not source.startswith("(?", i) or source.startswith(("(?P<", "(?P=", "(?("), i):
                return None
            flags = _FLAGS.match(source, i)
            if flags is not None and flags.group(0).endswith(")"):
                return None  # flags for the whole pattern: a branch would lose them
            opens.append(i)
            depth += 1
        elif char == ")":
            depth -= 1
            start = opens.pop()
            if depth == 0:
                last_close, opening = i, start
        elif char == "|":
            bars.append((depth, i, opens[-1] if opens else -1))
        i += 1
    if any(depth == 0 for depth, _, _ in bars):  # a bare alternation
        cuts = [i for depth, i, _ in bars if depth == 0]
        return "", _cut(source, 0, len(source), cuts)
    if last_close != len(source) - 1 or not source.startswith("(?:", opening):
        return None
    cuts = [i for depth, i, group in bars if depth == 1 and group == opening]
    if not cuts:
        return None
    return source[:opening], _cut(source, opening + 3, len(source) - 1, cuts)


def _cut(source: str, start: int, end: int, cuts: list[int]) -> list[str]:
    edges = [start - 1, *cuts, end]
    return [source[a + 1 : b] for a, b in itertools.pairwise(edges)]


def _class_end(source: str, i: int) -> int:
    """Where the character class opening at ``i`` ends (just after its "]")."""
    i += 1
    if source[i : i + 1] == "^":
        i += 1
    if source[i : i + 1] == "]":
        i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


class Split:
    """A gated pattern of many branches (:func:`alternatives`), run on a text as the
    alternation of the branches whose own gates let it through (module docstring: same
    matches, since a branch left out matches nowhere in the text). Only for a text folded
    by the literal index that knows the branches' gates; it then tells the whole pattern's
    :class:`~.prefilter.Gated` what to run (:meth:`runner`)."""

    __slots__ = ("_chosen", "_parts", "flags", "parts", "prefix", "sources")

    #: The fewest branches worth splitting a pattern into, and the most: the branches'
    #: gates are built with the lexicon's rules, and those of the actor tables (some 500
    #: branches each, 4,000 in all) cost a new process 100 ms for no gain in a brief.
    FEWEST: ClassVar[int] = 8
    MOST: ClassVar[int] = 150
    #: How many alternations of chosen branches a pattern keeps before it starts afresh
    #: (each is a few kilobytes; a pattern's sentences choose few distinct sets).
    MEMORY = 256

    def __init__(self, prefix: str, sources: list[str], flags: int) -> None:
        self.prefix, self.sources, self.flags = prefix, sources, flags
        self.parts = [
            prefilter.Gated(f"{prefix}(?:{source})", flags, split=False) for source in sources
        ]
        self._parts = GateSet(self.parts)  # which branches a text can hold, at once
        self._chosen: dict[tuple[int, ...], OneByOne] = {}

    def runner(self, whole: Gated, folded: Folded) -> Gated | OneByOne | None:
        """What to run on the text ``folded`` was folded from: ``whole`` itself, the
        alternation of the branches the text can hold, or None when it can hold none."""
        if folded.owner is None or not self._parts.knows(folded.owner):
            return whole
        chosen = self._parts.chosen(folded.mask)
        if len(chosen) == len(self.parts):
            return whole
        if not chosen:
            return None
        key = tuple(chosen)
        runner = self._chosen.get(key)
        if runner is None:
            if len(self._chosen) >= self.MEMORY:
                self._chosen.clear()
            runner = self._chosen[key] = OneByOne(self, key)
        return runner

    def alternation(self, key: tuple[int, ...]) -> Gated:
        """The alternation of the branches ``key`` numbers, as one gated pattern."""
        token = prefilter.collecting([])  # not a gate of the lexicon: the branches' stand for it
        try:
            body = "|".join(self.sources[i] for i in key)
            return prefilter.Gated(
                f"{self.prefix}(?:{body})", self.flags, split=False, stored=False
            )
        finally:
            prefilter.done(token)


def split(source: str, flags: int) -> Split | None:
    """A :class:`Split` of the pattern, when it is an alternation of at least
    :attr:`Split.FEWEST` branches (:func:`alternatives`; read once, kept in the pattern
    store) and its flags let its source be cut (not ``re.VERBOSE``)."""
    if flags & re.VERBOSE or len(source) < _SHORTEST:
        return None
    found = store().reading(source, _SPLIT, lambda: _plain(alternatives(source)))
    if not Split.FEWEST <= len(found[1]) <= Split.MOST:
        return None
    return Split(found[0], list(found[1]), flags)


def _plain(found: tuple[str, list[str]] | None) -> tuple[str, tuple[str, ...]]:
    """As the store keeps it (no branches: not an alternation; None would not be kept)."""
    return ("", ()) if found is None else (found[0], tuple(found[1]))


#: The flags under which the store keeps a pattern's branches: none a pattern compiles with.
_SPLIT = -5
#: The shortest source worth splitting.
_SHORTEST = 200
