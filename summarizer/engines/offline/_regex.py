"""Regex helpers: making the engine's patterns cheaper without changing what they find.

- :func:`trie_pattern`: word lists as prefix tries, which Python's ``re`` matches far faster
  than a flat alternation of hundreds of words (each position then tries one branch per letter).
- :class:`LiteralScan`: which of several patterns *can* match a text, so the others are not
  run. A pattern's required literals (:func:`required_clauses`: for each clause, every match
  contains one of its strings) are read from its parsed form and looked for, in one shared
  pass, in the case-folded text (:func:`fold_case`). :func:`required_ending` does the same
  for what a text must end with for a pattern anchored at its end.
- :func:`case_folded`: a case-sensitive twin of a pattern that ignores case, run on the
  case-folded text: the same spans, found about twice as fast.

None of them changes a result: a prefilter only skips a pattern that cannot match, a twin is
only made where its form proves it equivalent, and a pattern they cannot read is run as is.
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import Any

from summarizer.engines.offline._memo import CACHE_SIZE, register

__all__ = [
    "LiteralScan",
    "case_folded",
    "fold_case",
    "required_clauses",
    "required_ending",
    "required_literals",
    "trie_pattern",
]


def trie_pattern(words: Iterable[str]) -> str:
    """A regex fragment matching exactly the given words, longest alternative first."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie) or "(?!)"


def _render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a word may end here or go on: try the longer match first
    return f"(?:{body})?" if ends else body


# -- prefilters ---------------------------------------------------------------------------

# The only characters that ``re.IGNORECASE`` matches to an ASCII letter but whose
# ``str.lower()`` is not that letter: dotted and dotless I, and the long s. (The Kelvin sign
# lowers to "k" by itself.) tests/engines/offline/test_regex.py checks every code point.
_CASE_FIXES = {0x130: "i", 0x131: "i", 0x17F: "s"}


def fold_case(text: str) -> str:
    """``text`` lower-cased one character for one, so that wherever an ASCII character of a
    pattern matches ``text`` (case-sensitively or with ``re.IGNORECASE``), the folded text has
    that character in lower case at the same offset."""
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        text = text.translate(_CASE_FIXES)
    return text.lower()


def case_folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive twin of ``pattern`` (which ignores case) that finds in
    ``fold_case(text)`` exactly the spans ``pattern`` finds in ``text``, and faster, as
    ``re`` compares literal characters quickest without ``IGNORECASE``.

    None unless that holds by the pattern's form: the twin must parse as the same pattern
    with its letters in lower case, and hold only literals of plain case (:func:`_plain_case`)
    and classes of them (ranges only of ASCII non-letters), no back references and no inline
    flags.
    """
    if not pattern.flags & re.IGNORECASE or pattern.flags & re.ASCII:
        return None
    flags = pattern.flags & ~re.IGNORECASE
    try:
        twin = re.compile(_lower_letters(pattern.pattern), flags)
        original = _parser().parse(pattern.pattern, pattern.flags)
        lowered = _parser().parse(twin.pattern, flags)
        same = _shape(list(original.data), lower=True) == _shape(list(lowered.data), lower=False)
    except (_Unreadable, re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None
    return twin if same and twin.groupindex == pattern.groupindex else None


def _lower_letters(source: str) -> str:
    """``source`` with its letters in lower case, except escapes and ``(?P`` group syntax."""
    out: list[str] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            out.append(source[index : index + 2])
            index += 2
        elif source.startswith("(?P<", index):
            close = source.index(">", index)
            out.append(source[index : close + 1])
            index = close + 1
        else:
            out.append(char.lower())
            index += 1
    return "".join(out)


def _caseless(op: Any, av: Any) -> bool:
    """A range of ASCII characters with no letters ("[0-3]"): nothing in it to fold."""
    return op is _constants().RANGE and not any(
        chr(code).isalpha() or code >= 128 for code in range(av[0], av[1] + 1)
    )


@cache
def _extra_cases() -> dict[int, tuple[int, ...]] | None:
    try:
        extra: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):
        return None
    return extra


def _plain_case(code: int) -> bool:
    """A character that ``re.IGNORECASE`` matches by its lower case alone ("é", "ç", "’"): one
    character in lower case, with none of the extra case equivalences ``re`` knows (Greek
    sigma, micro sign, ...). tests/engines/offline/test_regex.py checks that the folded
    text then has its lower case exactly where the pattern matches it."""
    extra = _extra_cases()
    if extra is None:
        return False
    lower = chr(code).lower()
    return len(lower) == 1 and code not in extra and ord(lower) not in extra


def _shape(items: Sequence[tuple[Any, Any]], lower: bool) -> tuple[Any, ...]:
    """The parsed nodes as nested tuples (letters lowered if asked); raises on any node
    outside the forms :func:`case_folded` accepts."""
    c = _constants()

    def char(code: int) -> int:
        if code >= 128 and not _plain_case(code):
            raise _Unreadable(code)
        return ord(chr(code).lower()) if lower else code

    shaped: list[Any] = []
    for op, av in items:
        if op is c.LITERAL or op is c.NOT_LITERAL:
            shaped.append((op, char(av)))
        elif op is c.IN:
            members: list[Any] = []
            for item_op, item_av in av:
                if item_op is c.LITERAL or item_op is c.NOT_LITERAL:
                    members.append((item_op, char(item_av)))
                elif item_op is c.CATEGORY or item_op is c.NEGATE or _caseless(item_op, item_av):
                    members.append((item_op, item_av))
                else:
                    raise _Unreadable(item_op)
            shaped.append((op, tuple(members)))
        elif op is c.ANY or op is c.CATEGORY or op is c.AT:
            shaped.append((op, av))
        elif op is c.SUBPATTERN:
            group, add_flags, del_flags, body = av
            if add_flags or del_flags:
                raise _Unreadable(op)
            shaped.append((op, group, _shape(list(body), lower)))
        elif op is c.ASSERT or op is c.ASSERT_NOT:
            shaped.append((op, av[0], _shape(list(av[1]), lower)))
        elif op is c.ATOMIC_GROUP:
            shaped.append((op, _shape(list(av), lower)))
        elif op is c.BRANCH:
            shaped.append((op, tuple(_shape(list(b), lower) for b in av[1])))
        elif op is c.MAX_REPEAT or op is c.MIN_REPEAT or op is c.POSSESSIVE_REPEAT:
            shaped.append((op, av[0], av[1], _shape(list(av[2]), lower)))
        else:
            raise _Unreadable(op)
    return tuple(shaped)


_Strings = frozenset[str]
# The most strings a node's exact set (every string it can match) may hold before it is
# treated as open-ended.
_LIMIT = 64


class _Unreadable(Exception):
    """The parsed pattern holds something the reader does not know: no prefilter."""


@cache
def _constants() -> Any:
    return importlib.import_module("re._constants")


@cache
def _parser() -> Any:
    return importlib.import_module("re._parser")


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which the case-folded text (:func:`fold_case`) contains
    wherever ``pattern`` matches, or None when the pattern's form gives none."""
    clauses = required_clauses(pattern)
    best: _Strings | None = None
    for clause in clauses or ():
        best = _better(best, clause)
    return best


def required_clauses(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """Sets of lower-case strings such that, wherever ``pattern`` matches, the case-folded
    text contains a string of *every* set ("was" or "were", and a violent verb); None (or
    no sets) when the pattern's form gives none."""
    try:
        parsed = _parser().parse(pattern.pattern, pattern.flags)
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


_Clauses = tuple[_Strings, ...]


def _shortest(clause: _Strings) -> _Strings:
    """The clause without the strings that hold another of its strings."""
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


def _best(exact: _Strings | None, clauses: _Clauses) -> _Strings | None:
    """One set that every match of a node needs a string of, or None."""
    best = exact if exact is not None and "" not in exact else None
    for clause in clauses:
        best = _better(best, clause)
    return best


def _product(a: _Strings, b: _Strings) -> _Strings | None:
    if len(a) * len(b) > _LIMIT:
        return None
    return frozenset(x + y for x in a for y in b)


def _sequence(items: Sequence[tuple[Any, Any]]) -> tuple[_Strings | None, _Clauses]:
    """(exact, clauses) of a sequence of parsed nodes: every clause holds for every match."""
    clauses: list[_Strings] = []
    run: _Strings = frozenset({""})  # exact strings of the current run of exact nodes
    whole: _Strings | None = frozenset({""})  # exact strings of the whole sequence so far

    def close(run: _Strings) -> None:
        if "" not in run:
            clauses.append(run)

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
                close(run)
                joined = exact
            run = joined
        else:
            close(run)
            clauses += needed
            run = frozenset({""})
    close(run)
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
            best = _best(exact, needed)
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


def required_ending(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """For a pattern that ends at the end of the text (``...\\s+$``): lower-case strings one of
    which the case-folded text, without its trailing whitespace, ends with wherever the pattern
    matches; None when the pattern's form gives none."""
    c = _constants()
    try:
        parsed = _parser().parse(pattern.pattern, pattern.flags)
        items = list(parsed.data)
        if pattern.flags & re.MULTILINE or not items or items[-1] != (c.AT, c.AT_END):
            return None
        ending = _ending(items)
    except (_Unreadable, RecursionError, AttributeError, TypeError, ValueError):
        return None
    if ending is None or ending[1] or not ending[0]:
        return None
    return ending[0]


# (strings, open): a match ends with one of the strings once trailing whitespace is stripped,
# or, when open, may be empty or whitespace only (what comes before then decides).
_Ending = tuple[_Strings, bool]


def _ending(items: Sequence[tuple[Any, Any]]) -> _Ending | None:
    """The ending of a match of the sequence ``items``; None when unknown."""
    c = _constants()
    for position in range(len(items) - 1, -1, -1):
        op, av = items[position]
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT) or _only_whitespace(op, av):
            continue  # zero width, or whitespace the stripping removes
        exact, _ = _node(op, av)
        if exact is not None:
            # the node's whole match: longer with the exact nodes before it
            strings = frozenset(s.rstrip() for s in exact)
            for previous in range(position - 1, -1, -1):
                before, _ = _node(*items[previous])
                if before is None or "" in strings:
                    break
                longer = _product(before, strings)
                if longer is None:
                    break
                strings = longer
            ending: _Ending | None = (strings - {""}, "" in strings)
        elif op is c.SUBPATTERN:
            ending = _ending(list(av[-1]))
        elif op is c.ATOMIC_GROUP:
            ending = _ending(list(av))
        elif op is c.BRANCH:
            ending = _union([_ending(list(branch)) for branch in av[1]])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            ending = _ending(list(av[2]))
            if ending is not None and ending[1]:
                return None  # an empty last round: an earlier round would decide
            if ending is not None and av[0] == 0:
                ending = (ending[0], True)
        else:
            return None
        if ending is None or not ending[1]:
            return ending
        rest = _ending(items[:position])
        if rest is None:
            return None
        return ending[0] | rest[0], rest[1]
    return frozenset(), True


def _union(parts: Sequence[_Ending | None]) -> _Ending | None:
    strings: set[str] = set()
    is_open = False
    for part in parts:
        if part is None:
            return None
        strings |= part[0]
        is_open = is_open or part[1]
    return frozenset(strings), is_open


def _only_whitespace(op: Any, av: Any) -> bool:
    """A node that matches whitespace only (``\\s``, ``\\s+``, ``\\s*``, a space)."""
    c = _constants()
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        body = list(av[2])
        return len(body) == 1 and _only_whitespace(*body[0])
    if op is c.CATEGORY:
        return av in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE)
    if op is c.LITERAL:
        return chr(av).isspace()
    if op is c.IN:
        return bool(av) and all(_only_whitespace(item_op, item_av) for item_op, item_av in av)
    return False


# Literals shorter than this ("at", "a") are in nearly every sentence: finding them costs
# more than it saves, so a clause of them is dropped when the pattern has a better one.
_SHORT = 3


def _worth_scanning(clauses: Sequence[_Strings]) -> tuple[_Strings, ...]:
    long = tuple(c for c in clauses if min(len(s) for s in c) >= _SHORT)
    if long:
        return long
    best: _Strings | None = None
    for clause in clauses:
        best = _better(best, clause)
    return (best,) if best is not None else ()


class _Literals:
    """Every literal any :class:`LiteralScan` looks for, as one trie: a text is scanned once
    for all of them (:func:`_found`), however many scans ask about it. Adding literals makes
    a new table; the trie is compiled on first use, once all scans are built."""

    def __init__(self, literals: frozenset[str]) -> None:
        self.literals = literals
        self._compiled: tuple[re.Pattern[str], dict[str, tuple[str, ...]]] | None = None

    def compiled(self) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
        """The trie, and the literals each hit stands for: itself and those of its prefixes
        that are literals."""
        if self._compiled is None:
            literals = self.literals
            implied = {
                literal: tuple(
                    literal[:n] for n in range(1, len(literal) + 1) if literal[:n] in literals
                )
                for literal in literals
            }
            self._compiled = re.compile(trie_pattern(literals)), implied
        return self._compiled


_ALL_LITERALS = _Literals(frozenset())


_ADDING = threading.Lock()


def _add_literals(literals: Iterable[str]) -> None:
    global _ALL_LITERALS
    with _ADDING:  # two scans built at once must not lose each other's literals
        current = _ALL_LITERALS
        if not set(literals) <= current.literals:
            _ALL_LITERALS = _Literals(current.literals | frozenset(literals))


@lru_cache(maxsize=CACHE_SIZE)
def _found(folded: str, table: _Literals) -> frozenset[str]:
    """The registered literals ``folded`` contains (``table`` is part of the cache key, so a
    text scanned before more literals were registered is scanned again)."""
    if not table.literals:
        return frozenset()
    pattern, implied = table.compiled()
    found: list[str] = []
    match = pattern.search(folded)
    while match is not None:
        found += implied[match.group(0)]
        match = pattern.search(folded, match.start() + 1)
    return frozenset(found)


register(_found.cache_clear)


class LiteralScan:
    """Which of several patterns may match a text, from one pass over the case-folded text.

    A pattern may match only when, for each of its clauses (:func:`required_clauses`), the
    text holds one of the clause's literals. Every position where a literal starts is
    visited once; the longest literal starting there also tells of its prefixes. The pass is
    shared with every other scan and cached per text (:func:`_found`).
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        always: set[int] = set()
        needs: list[tuple[int, frozenset[int]]] = []  # (pattern, its clauses' numbers)
        owners: dict[str, set[int]] = {}  # literal: numbers of the clauses it satisfies
        count = 0
        for index, pattern in enumerate(patterns):
            clauses = _worth_scanning(required_clauses(pattern) or ())
            if not clauses:
                always.add(index)
                continue
            numbers = range(count, count + len(clauses))
            for number, clause in zip(numbers, clauses, strict=True):
                for literal in clause:
                    owners.setdefault(literal, set()).add(number)
            needs.append((index, frozenset(numbers)))
            count += len(clauses)
        self._always = frozenset(always)
        self._needs = needs
        self._owners = {literal: frozenset(numbers) for literal, numbers in owners.items()}
        _add_literals(owners)

    def candidates(self, folded: str) -> frozenset[int]:
        """Indices of the patterns that may match the text ``folded`` was folded from."""
        owners = self._owners
        met: set[int] = set()
        for literal in _found(folded, _ALL_LITERALS):
            numbers = owners.get(literal)
            if numbers is not None:
                met |= numbers
        if not met:
            return self._always
        return self._always.union(index for index, numbers in self._needs if numbers <= met)
