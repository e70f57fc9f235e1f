"""``event_type`` and ``sub_event_type``: exact match.

1 when the produced value equals the label, or one of the label's values when the label is
a list of acceptable values; 0 otherwise (including a missing value).
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from summarizer.evals.scorers._base import FieldScore, choices


def score_exact(expected: Any, produced: Enum | str | None) -> FieldScore:
    """1.0 when ``produced`` is one of the acceptable values."""
    value = produced.value if isinstance(produced, Enum) else produced
    return FieldScore(float(value in choices(expected)), expected, value)
