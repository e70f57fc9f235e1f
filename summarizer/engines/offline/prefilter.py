"""Which patterns can match a sentence at all, from the words each one needs.

Most sentences hold none of a casualty pattern's words ("killed", "toll"), none of a month
name, none of an event cue. :class:`Gated` reads, once per pattern, the lower-case strings
one of which every match of it contains (:func:`~.literals.required_clauses`, from the
pattern's parsed form), and runs the pattern on a text only when the text, case-folded
(:func:`fold_case`), holds one of them. A gate never changes a result: it only skips a
pattern that cannot match, and a pattern whose form gives no such strings always runs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextvars import ContextVar, Token
from typing import Any

from summarizer.engines.offline.casefold import (
    FoldedMatch,
    fold_case,
    sieve_source,
    twin_shape,
    twin_source,
)
from summarizer.engines.offline.literals import gate_clauses, parse
from summarizer.engines.offline.patterns import trie_pattern
from summarizer.engines.offline.patternstore import store

__all__ = [
    "Folded",
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
        "_twin",
        "_twin_source",
        "clauses",
        "flags",
        "ids",
        "owner",
        "sets",
        "source",
    )

    def __init__(self, pattern: re.Pattern[str] | str, flags: int = 0) -> None:
        """``pattern``: compiled, or its source and ``flags``. Only the gate is read at once;
        the twin, or else the pattern, is compiled when a text first passes the gate (most
        gates of a lexicon never see one in a given article), or by :meth:`prepare`."""
        if isinstance(pattern, str):
            self.source, self._compiled = pattern, None
        else:
            self.source, flags, self._compiled = pattern.pattern, pattern.flags, pattern
        self.flags, ordered, self._twin_source, self._sieve_source = store().reading(
            self.source, flags, lambda: _read(self.source, flags)
        )
        self._twin: re.Pattern[str] | None = None
        self._sieve: re.Pattern[str] | None = None
        self._ready = False
        #: The :class:`LiteralIndex` that knows this gate's literals, once one does, and the
        #: numbers it gave this gate's clauses.
        self.owner: LiteralIndex | None = None
        self.ids: frozenset[int] = frozenset()
        collector = _COLLECTOR.get()
        if collector is not None:
            collector.append(self)
        self.sets = tuple(frozenset(c) for c in ordered)
        # for a text without a literal index: a few strings looked for one by one, many in
        # one pass, as a trie (compiled on first use)
        self.clauses: tuple[tuple[str, ...] | _Trie, ...] = tuple(
            tuple(sorted(c)) if len(c) <= _FEW else _Trie(c) for c in ordered
        )

    @property
    def pattern(self) -> re.Pattern[str]:
        """The pattern, compiled (on first use when built from its source)."""
        if self._compiled is None:
            self._compiled = store().compile(self.source, self.flags)
        return self._compiled

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
        if self._twin_source is not None:
            self._twin = store().compile(self._twin_source, self.flags & ~re.IGNORECASE)
        else:
            self.pattern  # noqa: B018 (compiled now, and errors raised now)
            if self._sieve_source is not None:
                self._sieve = store().compile(self._sieve_source, self.flags & ~re.IGNORECASE)
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
            return self.ids <= folded.satisfied
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
            if not self.ids <= folded.satisfied:
                return None
        elif not self.possible(folded):
            return None
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
        twin = self._twin if self._ready else self.twin
        if twin is None:
            if self._sieve is not None and self._sieve.match(folded) is None:
                return None
            return self.pattern.match(text)
        found = twin.match(folded)
        return FoldedMatch(found, text) if found is not None else None

    def finditer(self, text: str, folded: str) -> Iterator[Match]:
        """Every match in ``text``, leftmost first."""
        if folded.__class__ is Folded and folded.owner is self.owner:  # possible(), inline
            if not self.ids <= folded.satisfied:
                return _EMPTY
        elif not self.possible(folded):
            return _EMPTY
        twin = self._twin if self._ready else self.twin
        if twin is None:
            if self._sieve is not None and self._sieve.search(folded) is None:
                return _EMPTY
            return self.pattern.finditer(text)
        return (FoldedMatch(found, text) for found in twin.finditer(folded))

    def count(self, text: str, folded: str) -> int:
        """How many matches ``text`` has."""
        if not self.possible(folded):
            return 0
        twin = self._twin if self._ready else self.twin
        if twin is None:
            if self._sieve is not None and self._sieve.search(folded) is None:
                return 0
            return len(self.pattern.findall(text))
        return len(twin.findall(folded))


class Folded(str):
    """A case-folded text, with the clauses of one :class:`LiteralIndex` it satisfies (it
    holds one of the clause's literals)."""

    owner: LiteralIndex | None = None
    satisfied: frozenset[int] = frozenset()


class LiteralIndex:
    """Every literal the gates of one lexicon look for, found in a text in one pass over
    its words.

    A literal of word characters only ("killed") lies inside one run of word characters of
    any text that holds it, so the literals a text holds are those inside its runs; each run
    ("gunmen", "2024") is read once and remembered, and a sentence's runs are mostly known
    words. A literal with other characters ("tear gas", "self-detonat") is looked for in the
    text only when its longest run of word characters (its *key*) is inside one of the
    text's runs."""

    #: How many distinct runs are remembered before the memory starts afresh.
    MEMORY = 200_000

    def __init__(self, gates: list[Gated]) -> None:
        # kept in the pattern store, keyed by the gates' patterns (building it cost a new
        # process some 30 ms; reading it back, 4)
        key = hashlib.sha256("\n".join(f"{g.flags} {g.source}" for g in gates).encode())
        ids, self.satisfies, self._pieces, bare, self._longest = store().reading(
            f"literal index {key.hexdigest()}", _INDEX, lambda: _index(gates)
        )
        for gated, its in zip(gates, ids, strict=True):
            gated.ids, gated.owner = its, self
        #: phrases without a word character, and their clauses: looked for always
        self._bare: list[tuple[str, frozenset[int]]] = list(bare)
        self._runs: dict[str, _Known] = {}

    def fold(self, text: str) -> Folded:
        """``text`` case-folded, with the literals it holds."""
        folded = Folded(fold_case(text))
        folded.owner = self
        memory = self._runs
        found = []
        for run in set(_RUN.findall(folded)):
            known = memory.get(run)
            if known is None:
                known = self._read(run)
                if len(memory) >= self.MEMORY:
                    memory.clear()
                memory[run] = known
            if known is not _NOTHING:
                found.append(known)
        satisfied = set().union(*[ids for ids, _ in found])
        # a key inside several runs ("rate": "separate", "moderate") names its phrases once;
        # a phrase whose clauses the text already satisfies is not looked for (most phrases
        # of a whole article: the search is what costs)
        pending: dict[str, frozenset[int]] = {}
        for _, phrases in found:
            pending.update(phrases)
        for phrase, clauses in (*pending.items(), *self._bare):
            if not clauses <= satisfied and phrase in folded:
                satisfied |= clauses
        folded.satisfied = frozenset(satisfied)
        return folded

    def _read(self, run: str) -> _Known:
        """The clauses of the word literals inside ``run``, and the phrases whose key is,
        with their clauses (less those whose clauses the run's words satisfy already: where
        the run is, they are)."""
        pieces = self._pieces
        ids: set[int] = set()
        phrases: list[str] = []
        for start in range(len(run)):
            for end in range(start + 1, min(len(run), start + self._longest) + 1):
                piece = pieces.get(run[start:end])
                if piece is not None:
                    ids |= piece[0]
                    phrases += piece[1]
        if not ids and not phrases:
            return _NOTHING
        satisfies = self.satisfies
        return frozenset(ids), tuple(
            (phrase, satisfies[phrase])
            for phrase in dict.fromkeys(phrases)
            if not satisfies[phrase] <= ids
        )


def _index(gates: list[Gated]) -> tuple[Any, ...]:
    """A :class:`LiteralIndex`'s parts as plain values: each gate's clause numbers; each
    literal's clauses (``satisfies``); each piece (a word literal, or a phrase's key: its
    longest run of word characters) with the word literal's clauses and the phrases to look
    for in a text whose runs hold the piece; the phrases without a word character; the
    longest piece's length."""
    numbers: dict[frozenset[str], int] = {}
    owners: dict[str, set[int]] = {}  # literal: the clauses it satisfies
    ids = []
    for gated in gates:
        its = []
        for clause in gated.sets:
            number = numbers.setdefault(clause, len(numbers))
            its.append(number)
            for literal in sorted(clause):  # (a set's order varies from process to process)
                owners.setdefault(literal, set()).add(number)
        ids.append(frozenset(its))
    satisfies = {literal: frozenset(its) for literal, its in owners.items()}
    pieces: dict[str, tuple[frozenset[int], tuple[str, ...]]] = {}
    bare = []
    phrases: dict[str, list[str]] = {}
    for literal in owners:
        runs = _RUN.findall(literal)
        if runs == [literal]:
            pieces[literal] = (satisfies[literal], ())
        elif runs:
            phrases.setdefault(max(runs, key=len), []).append(literal)
        else:
            bare.append((literal, satisfies[literal]))
    for key, found in phrases.items():
        word_ids = pieces.get(key, _NOTHING)[0]
        pieces[key] = (word_ids, tuple(sorted(found)))
    longest = max((len(piece) for piece in pieces), default=0)
    return tuple(ids), satisfies, pieces, tuple(sorted(bare)), longest


#: The flags under which the store keeps a literal index: none a pattern compiles with.
_INDEX = -4

#: What :meth:`Gated.finditer` gives a text its gate stops (an exhausted iterator).
_EMPTY: Iterator[Match] = iter(())
#: A run of word characters.
_RUN = re.compile(r"\w+")
#: What a text's run holds: the clauses its word literals satisfy, and the phrases to look
#: for in the text (each with the clauses it satisfies).
_Known = tuple[frozenset[int], tuple[tuple[str, frozenset[int]], ...]]
#: What a run without any literal or key inside holds (most runs).
_NOTHING: _Known = (frozenset(), ())


def blanked(text: str, folded: str) -> str:
    """``text``, which is ``folded``'s text with spans blanked out, case-folded; it keeps
    ``folded``'s literal set (a superset of what it now holds: a gate may let through a
    text it would have stopped, never stop one it should pass)."""
    if folded.__class__ is not Folded:
        return fold_case(text)
    narrowed = Folded(fold_case(text))
    narrowed.owner = folded.owner
    narrowed.satisfied = folded.satisfied
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
