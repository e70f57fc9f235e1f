"""A pattern of many branches rewritten so that ``re`` tries few of them at each place.

``re`` tries an alternation's branches one by one at every place it searches from; a branch
that opens with a character skips at once where the text has another, but a list of 150
cues (the genre words, the violence cues counted over a whole article) still costs 150 such
tries at each of an article's 500 words. :func:`regrouped` writes ``PREFIX(?:B1|B2|...)``
with the branches that open with the same letter or digit as one group of that character
(``t(?:he lesson of|rend|otal)``), so a place costs a try per group. A branch that opens
with a group of alternatives is first spread over them when each opens with a character
(``(?:should|must) remember``: ``should remember|must remember``).

The rule, and why it finds what the pattern finds: at a given place only branches that open
with the text's character there can match, so branches of different first characters never
both match at one place, and their order does not matter; branches of the same character
keep their order inside their group. A branch whose first characters are not one plain
character (a class, a lookbehind, ``\\d``) stays whole, in its place: the groups of any
character it may open with end before it (all of them when its first characters are not
known, or it may match empty text), and begin again after it. Only for patterns that do not
ignore case (a twin, run on the folded text; ``t`` and ``T`` would then both match ``t``),
and for sources :func:`~.branches.alternatives` can cut (no group that captures).
"""

from __future__ import annotations

import itertools
import re

from summarizer.engines.offline.branches import _class_end, alternatives
from summarizer.engines.offline.literals import first_chars
from summarizer.engines.offline.patterns import spread
from summarizer.engines.offline.patternstore import store

__all__ = ["bounded", "regroup", "regrouped"]

#: A branch that opens with one plain character, not repeated ("k", "kill", "k(?:ill|nife)").
_LEAD = re.compile(r"[a-z0-9](?![?*+{])")
#: What the store's name for a regrouped source opens with (no pattern source does).
_KEY = "\x00regrouped\x00"
_BOUNDARY = "\\b"
_BOUNDED = "\x00bounded\x00"
#: The most branches a branch is spread into.
_MOST = 32
#: How many levels down groups are grouped again.
_DEPTH = 3
_DIGITS = frozenset("0123456789")
#: A branch that opens with at least one digit ("\\d+ pages", "\\d{1,3}-\\d{1,3}").
_DIGIT_FIRST = re.compile(r"\\d(?:\+|\{[1-9]|(?![?*{]))")
#: The fewest branches worth regrouping.
FEWEST = 8


def regrouped(source: str, flags: int) -> str:
    """``source`` regrouped (:func:`regroup`), or itself when it cannot be (or gains
    nothing); the reading kept in the pattern store (it parses the branches that do not
    open with a character)."""
    if flags & (re.IGNORECASE | re.VERBOSE) or len(source) < 100:
        return source
    return store().reading(_KEY + source, flags, lambda: regroup(source, flags))


def regroup(source: str, flags: int) -> str:
    """``PREFIX(?:B1|B2|...)`` with its branches grouped by first character (module
    docstring); ``source`` itself when it is no such alternation, has fewer than
    :data:`FEWEST` branches, or ignores case."""
    found = None if flags & (re.IGNORECASE | re.VERBOSE) else alternatives(source)
    if found is None or len(found[1]) < FEWEST or "(?i" in source:
        return source
    prefix, branches = found
    out = _grouped(branches, flags, _DEPTH)
    if prefix == _BOUNDARY and all(_LEAD.match(branch) for branch in out):
        return _moved(out)
    if len(out) == len(branches):
        return source
    return f"{prefix}(?:{'|'.join(out)})"


def bounded(source: str, flags: int) -> str:
    """``\\b(?:B1|B2|...)REST`` with the boundary told after each branch's first character,
    when every branch opens with a plain one (``k(?<!\\w.)illed``); ``source`` itself
    otherwise. ``re`` leaps from one place that holds a branch's first character to the
    next only when each branch opens with a character, not behind a leading ``\\b`` (ten
    times faster over a sentence); ``\\b`` before a word character is the same test as
    no word character before it, and no group is added or moved (the same numbers). Only
    for patterns that do not ignore case."""
    if flags & (re.IGNORECASE | re.VERBOSE) or not source.startswith(_BOUNDARY + "(?:"):
        return source
    return store().reading(_BOUNDED + source, flags, lambda: _bounded(source))


def _bounded(source: str) -> str:
    branches, end = _branches(source, len(_BOUNDARY) + 3)
    if not branches or not all(_LEAD.match(b) for b in branches):
        return source
    return _moved(branches) + source[end:]


def _branches(source: str, start: int) -> tuple[list[str], int]:
    """The branches of the group whose body starts at ``start``, and where the group ends
    (after its ``)``); no branches when it does not end."""
    depth, i, edges = 1, start, [start - 1]
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i)
            continue
        depth += (char == "(") - (char == ")")
        if (depth == 1 and char == "|") or depth == 0:
            edges.append(i)
        i += 1
        if depth == 0:
            return [source[a + 1 : b] for a, b in itertools.pairwise(edges)], i
    return [], 0


def _moved(branches: list[str]) -> str:
    return "(?:" + "|".join(f"{b[0]}(?<!\\w.){b[1:]}" for b in branches) + ")"


def _grouped(branches: list[str], flags: int, depth: int) -> list[str]:
    """The alternatives of ``(?:B1|B2|...)``, grouped by first character (each group's
    alternatives again, ``depth`` levels down: a group ends its branch, as the alternation
    ends the pattern, so the same rule holds inside it)."""
    out: list[str] = []
    groups: dict[str, list[str]] = {}  # open groups: first character, their branches

    def close(keys: list[str]) -> None:
        for key in keys:
            members = [m[1:] for m in groups.pop(key)]
            if len(members) == 1:
                out.append(key + members[0])
                continue
            if depth > 1 and len(members) >= 3:
                members = _grouped(members, flags, depth - 1)
            out.append(key + "(?:" + "|".join(members) + ")")

    for branch in branches:
        parts = spread(branch)
        if len(parts) > _MOST or not all(_LEAD.match(p) for p in parts):
            parts = [branch]
        for part in parts:
            if _LEAD.match(part):
                groups.setdefault(part[0], []).append(part)
                continue
            first = _first(part, flags)
            close(list(groups) if first is None else [k for k in groups if k in first])
            out.append(part)
    close(list(groups))
    return out


def _first(branch: str, flags: int) -> frozenset[str] | None:
    """What ``branch`` may open with (:func:`~.literals.first_chars`; a digit for one that
    opens with ``\\d``); None when that is not known, or it may match empty text."""
    if _DIGIT_FIRST.match(branch):
        return _DIGITS
    return first_chars(branch, flags) if branch else None
