"""Speed refactors of the offline engine that must not change a result (offspeed7).

Covers :func:`summarizer.engines.offline.regroup.bounded`: a twin pattern
``\\b(?:B1|B2|...)REST`` whose branches all open with a plain character is written with the
boundary after each branch's first character, so that ``re`` can leap between the places
holding one of those characters. It must find exactly what the original finds (spans and
groups), and leave alone a pattern with a branch that opens otherwise (a digit class).
Sentences written for these tests.
"""

from __future__ import annotations

import re

from summarizer.engines.offline.regroup import bounded

_TEXT = (
    "Gunmen killed 12 villagers; a reskilled worker was unhurt. Two more were killing-"
    "fields veterans, 3 wounded. The protest, not a protestant march, drew 40 people "
    "(killed: none). Kills 4, wound| 5, 1wounded, x_killed."
)


def _found(pattern: str, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in re.finditer(pattern, text)]


def test_boundary_moved_after_first_character_finds_the_same() -> None:
    for source in (
        r"\b(?:killed|wounded|g(?:unmen|irl))",
        r"\b(?:kill(?:ed|s|ing)|wound[s|]?)\s*(?P<n>\d+)?",
        r"\b(?:protest(?!ant)(?! march))(,)?",
        r"\b(?:k(?:illed|illing))",
    ):
        moved = bounded(source, 0)
        assert not moved.startswith(r"\b"), source
        assert "(?<!\\w.)" in moved
        assert _found(moved, _TEXT) == _found(source, _TEXT), source
        assert _found(moved, _TEXT.lower()) == _found(source, _TEXT.lower()), source


def test_pattern_with_other_branches_or_ignoring_case_stays() -> None:
    # a branch opening with a digit class, a whole pattern ignoring case, no leading group
    assert bounded(r"\b(?:killed|\d+ dead)", 0) == r"\b(?:killed|\d+ dead)"
    assert bounded(r"\b(?:killed|wounded)", re.I) == r"\b(?:killed|wounded)"
    assert bounded(r"\bkilled", 0) == r"\bkilled"
    assert bounded(r"\b(?:killed", 0) == r"\b(?:killed"
