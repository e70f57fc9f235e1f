"""The strings a pattern's matches need, read from its parsed form.

:func:`required_clauses` reads a regular expression's parse tree (``re._parser``) and
returns sets of lower-case strings such that every match contains one string of every set
("was" or "were", and a violent verb). :mod:`.prefilter` gates a pattern on them: a text
that holds no string of a set cannot match, so the pattern need not run. A node the reader
does not know (a back reference, a class of non-ASCII letters) requires nothing, so the
sets are never more than a match really needs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# re's parser and its constants, imported once (shared with the twin checker)
from summarizer.engines.offline.casefold import _constants, _parser

__all__ = ["first_chars", "gate_clauses", "parse", "required_clauses", "required_literals"]

_Strings = frozenset[str]
_Clauses = tuple[_Strings, ...]
# The most strings a node's exact set (every string it can match) may hold before it is
# treated as open-ended.
_LIMIT = 64
# Literals shorter than this ("at", "a") are in nearly every sentence: a clause of them is
# kept only when the pattern has no better one.
_SHORT = 3


class _Unreadable(Exception):
    """The parsed pattern holds something the reader does not know: no gate."""


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which the case-folded text contains wherever ``pattern``
    matches, or None when the pattern's form gives none worth checking."""
    clauses = required_clauses(pattern) or ()
    long = [c for c in clauses if min(len(s) for s in c) >= _SHORT]
    best: _Strings | None = None
    for clause in long or clauses:
        best = _better(best, clause)
    return best


def parse(source: str, flags: int) -> Any:
    """The parsed form of ``re.compile(source, flags)``, or None when it cannot be read
    (a pattern that does not compile raises :class:`re.error`)."""
    try:
        return _parser().parse(source, flags)
    except re.error:
        raise
    except (RecursionError, AttributeError, TypeError, ValueError):
        return None


def gate_clauses(parsed: Any) -> _Clauses:
    """The clauses a gate checks for a parsed pattern, the one with fewest strings first
    (most texts fail it soonest). Clauses of short strings ("at", "by") are in nearly every
    sentence: they are kept only when the pattern has nothing better, and then the best."""
    clauses = (_clauses(parsed) if parsed is not None else None) or ()
    long = [c for c in clauses if min(len(s) for s in c) >= _SHORT]
    if not long and clauses:
        best: _Strings | None = None
        for clause in clauses:
            best = _better(best, clause)
        long = [best] if best else []
    return tuple(sorted(long, key=len))


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


def first_chars(source: str, flags: int) -> frozenset[str] | None:
    """Every character, lower-cased, that a match of ``re.compile(source, flags)`` can
    begin with; None when the parsed form does not say (a class of non-ASCII letters, a
    category such as ``\\w``, a back reference) or when a match may be empty."""
    parsed = parse(source, flags)
    if parsed is None:
        return None
    try:
        chars, empty = _first(list(parsed.data))
    except (_Unreadable, RecursionError, AttributeError, TypeError, ValueError):
        return None
    return None if empty else frozenset(chars)


def _first(items: Sequence[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """(first characters, may be empty) of a parsed sequence; raises :class:`_Unreadable`
    on a node whose first characters are not known."""
    c = _constants()
    chars: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the next node decides
            continue
        empty = False
        if op is c.LITERAL or op is c.IN:
            found, _ = _node(op, av)  # an ASCII character or a class of them
            if found is None:
                raise _Unreadable(op)
            chars |= found
        elif op is c.SUBPATTERN:
            found_chars, empty = _first(list(av[-1]))
            chars |= found_chars
        elif op is c.BRANCH:
            for branch in av[1]:
                found_chars, may = _first(list(branch))
                chars |= found_chars
                empty = empty or may
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found_chars, empty = _first(list(av[2]))
            chars |= found_chars
            empty = empty or av[0] == 0
        else:
            raise _Unreadable(op)
        if not empty:
            return chars, False
    return chars, True
