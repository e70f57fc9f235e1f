"""``date``: exact, with partial credit that respects precision.

Against each acceptable label value (the best counts):

- 1.0   the same string: "2024-02-07" for "2024-02-07", "2024-02" for "2024-02";
- 0.5   the same month at another precision or day: "2024-02" for "2024-02-07",
        "2024-02-07" for "2024-02", "2024-02-09" for "2024-02-07";
- 0.25  the same year only: "2024" for "2024-02-07", "2024-05-01" for "2024-02-07";
- 0.0   anything else, or one side null and the other not (null for null scores 1.0).
"""

from __future__ import annotations

from typing import Any

from summarizer.evals.scorers._base import FieldScore, choices


def _one(expected: str | None, produced: str | None) -> float:
    if expected is None or produced is None:
        return float(expected is None and produced is None)
    if expected == produced:
        return 1.0
    if expected[:7] == produced[:7] and len(expected) >= 7 and len(produced) >= 7:
        return 0.5
    if expected[:4] == produced[:4]:
        return 0.25
    return 0.0


def score_date(expected: Any, produced: str | None) -> FieldScore:
    """Best score of ``produced`` against the acceptable label values."""
    values = [None if v is None else str(v) for v in choices(expected)]
    return FieldScore(max(_one(v, produced) for v in values), expected, produced)
