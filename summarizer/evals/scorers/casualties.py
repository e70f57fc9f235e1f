"""``killed`` and ``injured``: ranges, with partial credit by overlap.

A label is null (the article gives no figure), an integer N (meaning N-N), or {min, max}.

- null vs null: 1.0; null vs a range, or a range vs null: 0.0;
- two ranges: the overlap of the integer intervals over their union (Jaccard), so an exact
  range scores 1.0, 3-5 against 3-3 scores 1/3, and disjoint ranges score 0.0.
"""

from __future__ import annotations

from typing import Any

from summarizer.evals.scorers._base import FieldScore
from summarizer.schema import CasualtyRange


def as_range(label: Any) -> tuple[int, int] | None:
    """A label (null, int or {min, max}) as an inclusive (low, high) pair."""
    if label is None:
        return None
    if isinstance(label, int):
        return label, label
    return int(label["min"]), int(label["max"])


def score_casualties(expected: Any, produced: CasualtyRange | None) -> FieldScore:
    """Jaccard overlap of the expected and produced integer ranges (nulls as above)."""
    gold = as_range(expected)
    got = None if produced is None else (produced.min, produced.max)
    shown = None if got is None else {"min": got[0], "max": got[1]}
    if gold is None or got is None:
        return FieldScore(float(gold is None and got is None), expected, shown)
    overlap = max(0, min(gold[1], got[1]) - max(gold[0], got[0]) + 1)
    union = max(gold[1], got[1]) - min(gold[0], got[0]) + 1
    return FieldScore(overlap / union, expected, shown)
