"""``incident``: accuracy. 1 when the brief's incident flag equals the label, else 0."""

from __future__ import annotations

from typing import Any

from summarizer.evals.scorers._base import FieldScore
from summarizer.schema import IncidentBrief


def score_incident(expected: Any, brief: IncidentBrief) -> FieldScore:
    """1.0 when ``brief.incident == expected``."""
    return FieldScore(float(brief.incident == bool(expected)), expected, brief.incident)
