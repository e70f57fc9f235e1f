"""Which patterns can match a sentence at all, from the words each one needs.

Most sentences hold none of a casualty pattern's words ("killed", "toll"), none of a month
name, none of an event cue. :class:`Gated` reads, once per pattern, the lower-case strings
one of which every match of it contains (:func:`required_literals`, from the pattern's
parsed form), and runs the pattern on a text only when the text, case-folded
(:func:`fold_case`), holds one of them. A gate never changes a result: it only skips a
pattern that cannot match, and a pattern whose form gives no such strings always runs.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Sequence
from contextvars import ContextVar, Token
from functools import cache
from typing import Any

from summarizer.engines.offline.casefold import FoldedMatch, fold_case, make_twin, twin_shape
from summarizer.engines.offline.patterns import trie_pattern

__all__ = [
    "Folded",
    "Gated",
    "LiteralIndex",
    "Match",
    "blanked",
    "fold_case",
    "gate",
    "required_clauses",
    "required_literals",
]

#: What a gated pattern's methods return: a match on the text, or a twin's on the folded text.
Match = re.Match[str] | FoldedMatch


class Gated:
    """A compiled pattern, and the clauses of literals its matches need: for each clause,
    every match contains one of its strings (:func:`required_clauses`). Where the pattern
    ignores case and has a twin (:func:`~.casefold.twin`), the twin runs on the folded text.

    Every method takes the text and its :func:`~.casefold.fold_case`."""

    __slots__ = (
        "_compiled",
        "_ready",
        "_shape",
        "_twin",
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
        parsed = _parse(self.source, flags)
        # the flags the compiled pattern has: the given ones, inline ones and UNICODE
        self.flags = parsed.state.flags if parsed is not None else flags
        self._shape = twin_shape(self.source, self.flags, parsed) if parsed is not None else None
        self._twin: re.Pattern[str] | None = None
        self._ready = False
        #: The :class:`LiteralIndex` that knows this gate's literals, once one does, and the
        #: numbers it gave this gate's clauses.
        self.owner: LiteralIndex | None = None
        self.ids: frozenset[int] = frozenset()
        collector = _COLLECTOR.get()
        if collector is not None:
            collector.append(self)
        clauses = (_clauses(parsed) if parsed is not None else None) or ()
        long = [c for c in clauses if min(len(s) for s in c) >= _SHORT]
        if not long and clauses:  # only short words ("at", "by"): the best of them
            best: _Strings | None = None
            for clause in clauses:
                best = _better(best, clause)
            long = [best] if best else []
        # the clause with fewest strings first: most sentences fail it soonest; a clause of
        # many strings is looked for in one pass, as a trie
        ordered = sorted(long, key=len)
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
            self._compiled = re.compile(self.source, self.flags)
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
        shape = self._shape  # (read once: another thread may be preparing it too)
        if shape is not None:
            self._twin = make_twin(self.source, self.flags, shape)
        if self._twin is None:
            self.pattern  # noqa: B018 (compiled now, and errors raised now)
        self._ready = True

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
        if not checked and not self.possible(folded):
            return None
        twin = self._twin if self._ready else self.twin
        if twin is None:
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
            return self.pattern.match(text)
        found = twin.match(folded)
        return FoldedMatch(found, text) if found is not None else None

    def finditer(self, text: str, folded: str) -> Iterator[Match]:
        """Every match in ``text``, leftmost first."""
        if not self.possible(folded):
            return iter(())
        twin = self._twin if self._ready else self.twin
        if twin is None:
            return self.pattern.finditer(text)
        return (FoldedMatch(found, text) for found in twin.finditer(folded))

    def count(self, text: str, folded: str) -> int:
        """How many matches ``text`` has."""
        if not self.possible(folded):
            return 0
        twin = self._twin if self._ready else self.twin
        if twin is None:
            return len(self.pattern.findall(text))
        return len(twin.findall(folded))


class Folded(str):
    """A case-folded text, with the clauses of one :class:`LiteralIndex` it satisfies (it
    holds one of the clause's literals)."""

    owner: LiteralIndex | None = None
    satisfied: frozenset[int] = frozenset()


class LiteralIndex:
    """Every literal the gates of one lexicon look for, found in a text in one pass."""

    def __init__(self, gates: list[Gated]) -> None:
        numbers: dict[frozenset[str], int] = {}
        owners: dict[str, set[int]] = {}  # literal: the clauses it satisfies
        for gated in gates:
            ids = []
            for clause in gated.sets:
                number = numbers.setdefault(clause, len(numbers))
                ids.append(number)
                for literal in clause:
                    owners.setdefault(literal, set()).add(number)
            gated.ids = frozenset(ids)
            gated.owner = self
        # at each position, the longest literal that starts there; it satisfies the clauses
        # of the literals that are its prefixes too (a literal inside it is found at its own
        # position)
        self.pattern = re.compile(f"(?=({trie_pattern(owners)}))") if owners else None
        self.satisfies: dict[str, frozenset[int]] = {
            literal: frozenset().union(
                *(owners[literal[:n]] for n in range(1, len(literal) + 1) if literal[:n] in owners)
            )
            for literal in owners
        }

    def fold(self, text: str) -> Folded:
        """``text`` case-folded, with the literals it holds."""
        folded = Folded(fold_case(text))
        folded.owner = self
        if self.pattern is not None:
            satisfies = self.satisfies
            satisfied: set[int] = set()
            for literal in set(self.pattern.findall(folded)):
                satisfied |= satisfies[literal]
            folded.satisfied = frozenset(satisfied)
        return folded


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


def gate(pattern: str, flags: int = 0) -> Gated:
    """``re.compile(pattern, flags)``, gated."""
    return Gated(pattern, flags)


_Strings = frozenset[str]
_Clauses = tuple[_Strings, ...]
# The most strings a node's exact set (every string it can match) may hold before it is
# treated as open-ended.
_LIMIT = 64
# Literals shorter than this ("at", "a") are in nearly every sentence: a clause of them is
# kept only when the pattern has no better one.
_SHORT = 3
# A clause of more strings than this is searched for as one pattern.
_FEW = 3


class _Unreadable(Exception):
    """The parsed pattern holds something the reader does not know: no gate."""


@cache
def _constants() -> Any:
    return importlib.import_module("re._constants")


@cache
def _parser() -> Any:
    return importlib.import_module("re._parser")


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which the case-folded text contains wherever ``pattern``
    matches, or None when the pattern's form gives none worth checking."""
    clauses = required_clauses(pattern) or ()
    long = [c for c in clauses if min(len(s) for s in c) >= _SHORT]
    best: _Strings | None = None
    for clause in long or clauses:
        best = _better(best, clause)
    return best


def _parse(source: str, flags: int) -> Any:
    try:
        return _parser().parse(source, flags)
    except re.error:
        raise
    except (RecursionError, AttributeError, TypeError, ValueError):
        return None


class _Trie:
    """Strings looked for in one pass: a trie pattern, compiled on first use."""

    __slots__ = ("_compiled", "strings")

    def __init__(self, strings: frozenset[str]) -> None:
        self.strings = strings
        self._compiled: re.Pattern[str] | None = None

    def search(self, text: str) -> re.Match[str] | None:
        if self._compiled is None:
            self._compiled = re.compile(trie_pattern(self.strings))
        return self._compiled.search(text)


def required_clauses(pattern: re.Pattern[str], parsed: Any = None) -> _Clauses | None:
    """Sets of lower-case strings such that, wherever ``pattern`` matches, the case-folded
    text contains a string of *every* set ("was" or "were", and a violent verb); None (or
    no sets) when the pattern's form gives none. ``parsed``: its parsed form, if known."""
    try:
        if parsed is None:
            parsed = _parser().parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None
    return _clauses(parsed)


def _clauses(parsed: Any) -> _Clauses | None:
    """:func:`required_clauses` of a parsed pattern."""
    try:
        exact, clauses = _sequence(list(parsed.data))
    except (_Unreadable, RecursionError, AttributeError, TypeError, ValueError):
        return None
    if exact is not None and "" not in exact:
        clauses = (*clauses, exact)
    # a string holding another of its set adds nothing ("also claimed", "claimed"); nor does
    # a set holding a smaller one
    clauses = tuple(_shortest(clause) for clause in clauses if clause)
    kept = [c for c in set(clauses) if not any(o < c for o in clauses)]
    return tuple(sorted(kept, key=sorted)) or None


def _shortest(clause: _Strings) -> _Strings:
    kept: list[str] = []
    for string in sorted(clause, key=len):
        if not any(other in string for other in kept):
            kept.append(string)
    return frozenset(kept)


def _better(a: _Strings | None, b: _Strings | None) -> _Strings | None:
    """The more useful requirement: longer shortest string (up to 4), then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a

    def key(s: _Strings) -> tuple[int, int]:
        return min(min(len(x) for x in s), 4), -len(s)

    return a if key(a) >= key(b) else b


def _product(a: _Strings, b: _Strings) -> _Strings | None:
    if len(a) * len(b) > _LIMIT:
        return None
    return frozenset(x + y for x in a for y in b)


def _sequence(items: Sequence[tuple[Any, Any]]) -> tuple[_Strings | None, _Clauses]:
    """(exact, clauses) of a sequence of parsed nodes: every clause holds for every match."""
    clauses: list[_Strings] = []
    run: _Strings = frozenset({""})  # exact strings of the current run of exact nodes
    whole: _Strings | None = frozenset({""})  # exact strings of the whole sequence so far
    literal = _constants().LITERAL
    position = 0
    while position < len(items):
        op, av = items[position]
        position += 1
        if op is literal and av < 128:  # a run of ASCII characters at once
            chars = [chr(av).lower()]
            while position < len(items) and items[position][0] is literal:
                if items[position][1] >= 128:
                    break
                chars.append(chr(items[position][1]).lower())
                position += 1
            exact: _Strings | None = frozenset({"".join(chars)})
            needed: _Clauses = ()
        else:
            exact, needed = _node(op, av)
        whole = _product(whole, exact) if whole is not None and exact is not None else None
        if exact is not None:
            joined = _product(run, exact)
            if joined is None:  # too many: keep what the run has, start again from this node
                if "" not in run:
                    clauses.append(run)
                joined = exact
            run = joined
        else:
            if "" not in run:
                clauses.append(run)
            clauses += needed
            run = frozenset({""})
    if "" not in run:
        clauses.append(run)
    return whole, tuple(clauses)


def _node(op: Any, av: Any) -> tuple[_Strings | None, _Clauses]:
    """(exact, clauses) of one parsed node; exact None when open-ended or too many."""
    c = _constants()
    if op is c.LITERAL:
        return (frozenset({chr(av).lower()}), ()) if av < 128 else (None, ())
    if op is c.IN:
        chars = set()
        for item_op, item_av in av:
            if item_op is not c.LITERAL or item_av >= 128:
                return None, ()
            chars.add(chr(item_av).lower())
        return frozenset(chars), ()
    if op in (c.NOT_LITERAL, c.ANY, c.CATEGORY, c.GROUPREF, c.GROUPREF_EXISTS):
        return None, ()
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: nothing required of the text
        return frozenset({""}), ()
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is c.BRANCH:
        exacts: set[str] | None = set()
        either: set[str] | None = set()
        for branch in av[1]:
            exact, needed = _sequence(list(branch))
            if exacts is not None and exact is not None and len(exacts | exact) <= _LIMIT:
                exacts |= exact
            else:
                exacts = None
            best = _better(exact if exact is not None and "" not in exact else None, None)
            for clause in needed:
                best = _better(best, clause)
            either = either | best if either is not None and best is not None else None
        return (
            frozenset(exacts) if exacts is not None else None,
            (frozenset(either),) if either else (),
        )
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        exact, needed = _sequence(list(body))
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, ()
            return None, ()
        if low == high == 1:
            return exact, needed
        if exact is not None and "" not in exact:
            needed = (*needed, exact)
        return None, needed
    raise _Unreadable(op)
