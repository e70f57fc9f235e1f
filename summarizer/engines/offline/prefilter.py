"""Which patterns can match a sentence at all, from the words each one needs.

Most sentences hold none of a casualty pattern's words ("killed", "toll"), none of a month
name, none of an event cue. :class:`Gated` reads, once per pattern, the lower-case strings
one of which every match of it contains (:func:`~.literals.required_clauses`, from the
pattern's parsed form), and runs the pattern on a text only when the text, case-folded
(:func:`fold_case`), holds one of them. A gate never changes a result: it only skips a
pattern that cannot match, and a pattern whose form gives no such strings always runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextvars import ContextVar, Token

from summarizer.engines.offline import branches, regroup
from summarizer.engines.offline.casefold import (
    FoldedMatch,
    fold_case,
    sieve_source,
    twin_shape,
    twin_source,
)
from summarizer.engines.offline.gateset import GateSet
from summarizer.engines.offline.literalindex import Folded, LiteralIndex, _index  # noqa: F401
from summarizer.engines.offline.literals import gate_clauses, parse
from summarizer.engines.offline.patterns import trie_pattern
from summarizer.engines.offline.patternstore import store

__all__ = [
    "Folded",
    "GateSet",
    "Gated",
    "LiteralIndex",
    "Match",
    "blanked",
    "fold_case",
    "gate",
]

#: What a gated pattern's methods return: a match on the text, or a twin's on the folded text.
Match = re.Match[str] | FoldedMatch


class Gated:
    """A compiled pattern, and the clauses of literals its matches need: for each clause,
    every match contains one of its strings (:func:`~.literals.required_clauses`). Where the pattern
    ignores case and has a twin (:func:`~.casefold.twin`), the twin runs on the folded text;
    where it has none but a sieve (:func:`~.casefold.sieve_source`), the pattern runs only
    on a text whose folded text the sieve finds something in.

    Every method takes the text and its :func:`~.casefold.fold_case`."""

    __slots__ = (
        "_compiled",
        "_ready",
        "_sieve",
        "_sieve_source",
        "_split",
        "_stored",
        "_twin",
        "_twin_source",
        "clauses",
        "flags",
        "ids",
        "mask",
        "owner",
        "sets",
        "source",
    )

    def __init__(
        self,
        pattern: re.Pattern[str] | str,
        flags: int = 0,
        split: bool = True,
        stored: bool = True,
    ) -> None:
        """``pattern``: compiled, or its source and ``flags``. Only the gate is read at once;
        the twin, or else the pattern, is compiled when a text first passes the gate (most
        gates of a lexicon never see one in a given article), or by :meth:`prepare`.
        ``split``: a pattern of many branches runs as those a text can hold
        (:class:`~.branches.Split`). ``stored``: its reading and code kept in the pattern
        store (not for the many short-lived alternations of chosen branches: they would
        swell the store, which a process loads whole)."""
        if isinstance(pattern, str):
            self.source, self._compiled = pattern, None
        else:
            self.source, flags, self._compiled = pattern.pattern, pattern.flags, pattern
        self._stored = stored
        reading = (
            store().reading(self.source, flags, lambda: _read(self.source, flags))
            if stored
            else _read(self.source, flags)
        )
        self.flags, ordered, self._twin_source, self._sieve_source = reading
        self._twin: re.Pattern[str] | None = None
        self._sieve: re.Pattern[str] | None = None
        self._ready = False
        #: The :class:`LiteralIndex` that knows this gate's literals, once one does, and the
        #: numbers it gave this gate's clauses.
        self.owner: LiteralIndex | None = None
        self.ids: frozenset[int] = frozenset()
        self.mask = 0  # the same, as bits (a text's Folded.mask must hold them all)
        collector = _COLLECTOR.get()
        if collector is not None:
            collector.append(self)
        self.sets = tuple(frozenset(c) for c in ordered)
        # for a text without a literal index: a few strings looked for one by one, many in
        # one pass, as a trie (compiled on first use)
        self.clauses: tuple[tuple[str, ...] | _Trie, ...] = tuple(
            tuple(sorted(c)) if len(c) <= _FEW else _Trie(c) for c in ordered
        )
        self._split = branches.split(self.source, self.flags) if split else None

    @property
    def pattern(self) -> re.Pattern[str]:
        """The pattern, compiled (on first use when built from its source)."""
        if self._compiled is None:
            self._compiled = self._compile(self.source, self.flags)
        return self._compiled

    def _compile(self, source: str, flags: int) -> re.Pattern[str]:
        return store().compile(source, flags) if self._stored else re.compile(source, flags)

    @property
    def twin(self) -> re.Pattern[str] | None:
        """The twin that runs on the folded text, if the pattern has one."""
        if not self._ready:
            self.prepare()
        return self._twin

    def prepare(self) -> None:
        """Compile what runs: the twin, or the pattern when it has none (a pattern that does
        not compile raises :class:`re.error` here)."""
        if self._ready:
            return
        if self._twin_source is not None:  # (many branches: grouped by first character)
            flags, source = self.flags & ~re.IGNORECASE, self._twin_source
            if self._split is not None and self._stored:
                source = regroup.regrouped(source, flags)
            if self._stored:  # (read once, kept in the store)
                source = regroup.bounded(source, flags)
            self._twin = self._compile(source, flags)
        else:
            self.pattern  # noqa: B018 (compiled now, and errors raised now)
            if self._sieve_source is not None:
                self._sieve = self._compile(self._sieve_source, self.flags & ~re.IGNORECASE)
        self._ready = True

    def sifted(self, folded: str) -> bool:
        """False when the pattern's sieve, if it has one, finds nothing in ``folded`` (then
        the pattern finds nothing in its text either)."""
        if not self._ready:
            self.prepare()
        return self._sieve is None or self._sieve.search(folded) is not None

    def possible(self, folded: str) -> bool:
        """Can the pattern match the text ``folded`` was folded from?"""
        if folded.__class__ is Folded and folded.owner is self.owner:
            return (folded.mask & self.mask) == self.mask
        for clause in self.clauses:
            if isinstance(clause, tuple):
                for literal in clause:
                    if literal in folded:
                        break
                else:
                    return False
            elif clause.search(folded) is None:
                return False
        return True

    def search(self, text: str, folded: str, checked: bool = False) -> Match | None:
        """The first match in ``text``, or None (``checked``: as for :meth:`match`)."""
        if checked:
            pass
        elif folded.__class__ is Folded and folded.owner is self.owner:  # possible(), inline
            if (folded.mask & self.mask) != self.mask:
                return None
        elif not self.possible(folded):
            return None
        if self._split is not None and folded.__class__ is Folded:
            runner = self._split.runner(self, folded)
            if runner is not self:
                return None if runner is None else runner.search(text, folded, True)
        twin = self._twin if self._ready else self.twin
        if twin is None:
            if self._sieve is not None and self._sieve.search(folded) is None:
                return None
            return self.pattern.search(text)
        found = twin.search(folded)
        return FoldedMatch(found, text) if found is not None else None

    def match(self, text: str, folded: str, checked: bool = False) -> Match | None:
        """A match at the start of ``text``, or None; ``checked``: the caller already knows
        the gate lets the text through (a window of a sentence it checked)."""
        if not checked and not self.possible(folded):
            return None
        if self._split is not None and folded.__class__ is Folded:
            runner = self._split.runner(self, folded)
            if runner is not self:
                return None if runner is None else runner.match(text, folded, True)
        twin = self._twin if self._ready else self.twin
        if twin is None:
            if self._sieve is not None and self._sieve.match(folded) is None:
                return None
            return self.pattern.match(text)
        found = twin.match(folded)
        return FoldedMatch(found, text) if found is not None else None

    def finditer(self, text: str, folded: str, checked: bool = False) -> Iterator[Match]:
        """Every match in ``text``, leftmost first (``checked``: as for :meth:`match`)."""
        if checked:
            pass
        elif folded.__class__ is Folded and folded.owner is self.owner:  # possible(), inline
            if (folded.mask & self.mask) != self.mask:
                return _EMPTY
        elif not self.possible(folded):
            return _EMPTY
        if self._split is not None and folded.__class__ is Folded:
            runner = self._split.runner(self, folded)
            if runner is not self:
                return _EMPTY if runner is None else runner.finditer(text, folded, True)
        twin = self._twin if self._ready else self.twin
        if twin is None:
            if self._sieve is not None and self._sieve.search(folded) is None:
                return _EMPTY
            return self.pattern.finditer(text)
        return (FoldedMatch(found, text) for found in twin.finditer(folded))

    def count(self, text: str, folded: str, checked: bool = False) -> int:
        """How many matches ``text`` has (``checked``: as for :meth:`match`)."""
        if not checked and not self.possible(folded):
            return 0
        if self._split is not None and folded.__class__ is Folded:
            runner = self._split.runner(self, folded)
            if runner is not self:
                return 0 if runner is None else runner.count(text, folded, True)
        twin = self._twin if self._ready else self.twin
        if twin is None:
            if self._sieve is not None and self._sieve.search(folded) is None:
                return 0
            return len(self.pattern.findall(text))
        return len(twin.findall(folded))


#: What :meth:`Gated.finditer` gives a text its gate stops (an exhausted iterator).
_EMPTY: Iterator[Match] = iter(())


def blanked(text: str, folded: str) -> str:
    """``text``, which is ``folded``'s text with spans blanked out, case-folded; it keeps
    ``folded``'s literal set (a superset of what it now holds: a gate may let through a
    text it would have stopped, never stop one it should pass)."""
    if folded.__class__ is not Folded:
        return fold_case(text)
    narrowed = Folded(fold_case(text))
    narrowed.owner = folded.owner
    narrowed.mask = folded.mask
    return narrowed


#: Where gates register as they are built (set by :meth:`~.lexicon.Lexicon.rules`).
_COLLECTOR: ContextVar[list[Gated] | None] = ContextVar("gates", default=None)


def collecting(gates: list[Gated]) -> Token[list[Gated] | None]:
    """Register every gate built from now on in ``gates`` (until :func:`done`)."""
    return _COLLECTOR.set(gates)


def done(token: Token[list[Gated] | None]) -> None:
    _COLLECTOR.reset(token)


def _read(
    source: str, flags: int
) -> tuple[int, tuple[frozenset[str], ...], str | None, str | None]:
    """A pattern's reading: its flags as compiled (the given ones, inline ones and
    UNICODE), the clauses its gate checks, its twin's source (None: no twin) and, when it
    has no twin, its sieve's (None: no sieve)."""
    parsed = parse(source, flags)
    if parsed is None:
        return int(flags), (), None, None
    flags = int(parsed.state.flags)
    shape = twin_shape(source, flags, parsed)
    twin = twin_source(source, flags, shape) if shape is not None else None
    sieve = sieve_source(source, flags, parsed) if twin is None else None
    return flags, gate_clauses(parsed), twin, sieve


def gate(pattern: str, flags: int = 0) -> Gated:
    """``re.compile(pattern, flags)``, gated."""
    return Gated(pattern, flags)


# A clause of more strings than this is searched for as one pattern.
_FEW = 3


class _Trie:
    """Strings looked for in one pass: a trie pattern, compiled on first use."""

    __slots__ = ("_compiled", "strings")

    def __init__(self, strings: frozenset[str]) -> None:
        self.strings = strings
        self._compiled: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        if self._compiled is None:
            self._compiled = store().compile(trie_pattern(self.strings), 0)
        return self._compiled.search(text)
