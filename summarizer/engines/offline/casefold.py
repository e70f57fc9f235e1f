"""Case-folded text, and patterns that ignore case run on it without ignoring case.

Python's ``re`` compares literal characters far faster without ``IGNORECASE``. A sentence is
case-folded once (:func:`fold_case`: one character for one, so offsets hold); a pattern that
ignores case gets a *twin* (:func:`twin`): the same pattern with its letters in lower case,
without the flag, which finds in the folded text exactly the spans the pattern finds in the
original. A twin is made only where the pattern's parsed form proves that: literals of plain
case and classes of them, no back references, no inline flags. A twin's match reads its
groups from the original text (:class:`FoldedMatch`), so no caller sees lower-cased words.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

__all__ = [
    "FoldedMatch",
    "fold_case",
    "make_twin",
    "sieve_source",
    "twin",
    "twin_of",
    "twin_shape",
    "twin_source",
]

# The only characters that ``re.IGNORECASE`` matches to an ASCII letter but whose
# ``str.lower()`` is not that letter: dotted and dotless I, and the long s. (The Kelvin sign
# lowers to "k" by itself.) tests/engines/offline/test_prefilter.py checks every code point.
_CASE_FIXES = {0x130: "i", 0x131: "i", 0x17F: "s"}


def fold_case(text: str) -> str:
    """``text`` lower-cased one character for one, so that wherever an ASCII character of a
    pattern matches ``text`` (case-sensitively or ignoring case), the folded text has that
    character in lower case at the same offset."""
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        text = text.translate(_CASE_FIXES)
    return text.lower()


class FoldedMatch:
    """A twin's match on folded text, read from the original: same spans, original words."""

    __slots__ = ("_match", "_text")

    def __init__(self, match: re.Match[str], text: str) -> None:
        self._match = match
        self._text = text

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._match.span(group)

    def group(self, group: int | str = 0) -> str | Any:  # None for a group that took no part
        start, end = self._match.span(group)
        return self._text[start:end] if start >= 0 else None

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(name) for name in self._match.re.groupindex}

    @property
    def lastgroup(self) -> str | None:
        return self._match.lastgroup


class _Unreadable(Exception):
    """The parsed pattern holds something the checker does not know: no twin."""


@cache
def _constants() -> Any:
    return importlib.import_module("re._constants")


@cache
def _parser() -> Any:
    return importlib.import_module("re._parser")


def twin(pattern: re.Pattern[str], parsed: Any = None) -> re.Pattern[str] | None:
    """A case-sensitive twin of ``pattern`` (which ignores case) that finds in
    ``fold_case(text)`` exactly the spans ``pattern`` finds in ``text``; None unless its
    form proves that (module docstring). ``parsed``: the pattern's parsed form, when the
    caller has it (parsing a large pattern costs more than compiling it)."""
    return twin_of(pattern.pattern, pattern.flags, parsed)


def twin_of(source: str, flags: int, parsed: Any = None) -> re.Pattern[str] | None:
    """:func:`twin` of the pattern ``re.compile(source, flags)``, without compiling it."""
    shape = twin_shape(source, flags, parsed)
    return make_twin(source, flags, shape) if shape is not None else None


def twin_shape(source: str, flags: int, parsed: Any = None) -> tuple[Any, ...] | None:
    """The first half of :func:`twin_of`, cheap: the pattern's named groups and parsed form
    with its letters lowered, which the twin's must equal; None when it can have no twin."""
    if not flags & re.IGNORECASE or flags & re.ASCII:
        return None
    try:
        original = parsed if parsed is not None else _parser().parse(source, flags)
        groups = tuple(sorted(original.state.groupdict.items()))
        return groups, _shape(list(original.data), lower=True)
    except (_Unreadable, re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None


def make_twin(source: str, flags: int, shape: tuple[Any, ...]) -> re.Pattern[str] | None:
    """The second half of :func:`twin_of`: the twin, if its form is ``shape``."""
    lowered = twin_source(source, flags, shape)
    try:
        return re.compile(lowered, flags & ~re.IGNORECASE) if lowered is not None else None
    except (re.error, RecursionError):
        return None


def twin_source(source: str, flags: int, shape: tuple[Any, ...]) -> str | None:
    """The source of :func:`make_twin`'s twin (compiled with ``flags`` less
    ``re.IGNORECASE``), or None when its form is not ``shape``."""
    try:
        lowered_source = _lower_letters(source)
        lowered = _parser().parse(lowered_source, flags & ~re.IGNORECASE)
        groups = tuple(sorted(lowered.state.groupdict.items()))
        if (groups, _shape(list(lowered.data), lower=False)) != shape:
            return None
    except (_Unreadable, re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None
    return lowered_source


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
    """A character that ``re.IGNORECASE`` matches by its lower case alone ("é", "’"): one
    character in lower case, with none of the extra case equivalences ``re`` knows (Greek
    sigma, micro sign, ...)."""
    extra = _extra_cases()
    if extra is None:
        return False
    lower = chr(code).lower()
    return len(lower) == 1 and code not in extra and ord(lower) not in extra


def _shape(
    items: Sequence[tuple[Any, Any]],
    lower: bool,
    loose: bool = False,
    exact: bool = True,
    guarded: bool = False,
) -> tuple[Any, ...]:
    """The parsed nodes as nested tuples (letters lowered if asked); raises on any node
    outside the forms :func:`twin` accepts. ``loose``: a part that keeps case
    (``(?-i:...)``) is accepted as the same part ignoring case, where that only widens what
    the whole matches (:func:`sieve_source`): within it (``exact`` False) no negation, no
    letter range but of one case, and none of it inside a negative look-around, an atomic
    group or a possessive repeat (``guarded``)."""
    c = _constants()

    def char(code: int) -> int:
        if code >= 128 and not _plain_case(code):
            raise _Unreadable(code)
        return ord(chr(code).lower()) if lower else code

    def letters(av: tuple[int, int]) -> tuple[int, int]:
        low, high = av
        if 65 <= low <= high <= 90:
            return (low + 32, high + 32) if lower else av
        if 97 <= low <= high <= 122:
            return av
        raise _Unreadable(av)

    def inner(body: Any, within: bool = exact, guard: bool = guarded) -> tuple[Any, ...]:
        return _shape(list(body), lower, loose, within, guard)

    shaped: list[Any] = []
    for op, av in items:
        if op is c.LITERAL or (op is c.NOT_LITERAL and exact):
            shaped.append((op, char(av)))
        elif op is c.IN:
            members: list[Any] = []
            for item_op, item_av in av:
                if item_op is c.LITERAL or (item_op is c.NOT_LITERAL and exact):
                    members.append((item_op, char(item_av)))
                elif (
                    item_op is c.CATEGORY
                    or (item_op is c.NEGATE and exact)
                    or _caseless(item_op, item_av)
                ):
                    members.append((item_op, item_av))
                elif item_op is c.RANGE and not exact:
                    members.append((item_op, letters(item_av)))
                else:
                    raise _Unreadable(item_op)
            shaped.append((op, tuple(members)))
        elif op is c.ANY or op is c.CATEGORY or op is c.AT:
            shaped.append((op, av))
        elif op is c.SUBPATTERN:
            group, add_flags, del_flags, body = av
            if not add_flags and not del_flags:
                shaped.append((op, group, inner(body)))
            elif loose and not add_flags and del_flags == re.IGNORECASE and not guarded:
                shaped.append((op, group, "case", inner(body, within=False)))
            else:
                raise _Unreadable(op)
        elif op is c.ASSERT:
            shaped.append((op, av[0], inner(av[1])))
        elif op is c.ASSERT_NOT and exact:
            shaped.append((op, av[0], inner(av[1], guard=True)))
        elif op is c.ATOMIC_GROUP and exact:
            shaped.append((op, inner(av, guard=True)))
        elif op is c.BRANCH:
            shaped.append((op, tuple(inner(b) for b in av[1])))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) or (op is c.POSSESSIVE_REPEAT and exact):
            guard = guarded or op is c.POSSESSIVE_REPEAT
            shaped.append((op, av[0], av[1], inner(av[2], guard=guard)))
        else:
            raise _Unreadable(op)
    return tuple(shaped)


def sieve_source(source: str, flags: int, parsed: Any = None) -> str | None:
    """For a pattern that ignores case but keeps it in parts (``(?-i:[A-Z])``), so has no
    twin: the source of a *sieve*, the pattern with its letters lowered, compiled with
    ``flags`` less ``re.IGNORECASE``, that matches ``fold_case(text)`` wherever the pattern
    matches ``text`` (and maybe elsewhere: a part that keeps case matches the folded text
    in any case). A text the sieve finds nothing in, the pattern finds nothing in. None
    when the parsed form does not prove that (see :func:`_shape`'s ``loose``)."""
    if not flags & re.IGNORECASE or flags & re.ASCII:
        return None
    try:
        original = parsed if parsed is not None else _parser().parse(source, flags)
        shape = _shape(list(original.data), lower=True, loose=True)
        lowered_source = _lower_letters(source)
        lowered = _parser().parse(lowered_source, flags & ~re.IGNORECASE)
        if _shape(list(lowered.data), lower=False, loose=True) != shape:
            return None
    except (_Unreadable, re.error, RecursionError, AttributeError, TypeError, ValueError):
        return None
    return lowered_source
