"""``related_incidents``: the other incidents an article mentions, matched one-to-one.

A produced incident scores against a labeled one the mean of the parts the label gives:

- ``date``: the ``date`` scorer's rule (1.0 the same, 0.5 the same month, 0.25 the same year;
  a list gives acceptable values);
- ``event_type``: 1.0 when it is (one of) the label's;
- ``place``: the ``location`` scorer's rule for a place (fuzzy, generic words such as
  "district" dropped; a list gives aliases).

Produced and labeled incidents are aligned one-to-one by optimal assignment
(``scipy.optimize.linear_sum_assignment``); an aligned pair scoring below
:data:`MATCH_THRESHOLD` counts as no match. Precision is the matched pairs' summed score over
the produced incidents, recall the same over the labeled ones, and the field's score is their
F1 (two empty lists agree: 1.0). ``description`` is never scored.
"""

from __future__ import annotations

from typing import Any

from summarizer.evals.matching import prf
from summarizer.evals.scorers._base import FieldScore, choices
from summarizer.evals.scorers.date import score_date
from summarizer.evals.scorers.location import place_score
from summarizer.schema import RelatedIncident

__all__ = ["MATCH_THRESHOLD", "pair_score", "score_related"]

MATCH_THRESHOLD = 0.5


def pair_score(label: dict[str, Any], produced: RelatedIncident) -> float:
    """Mean over the parts ``label`` gives of how well ``produced`` matches each."""
    parts: list[float] = []
    if label.get("date") is not None:
        parts.append(score_date(label["date"], produced.date).score)
    if label.get("event_type") is not None:
        wanted = {str(e) for e in choices(label["event_type"])}
        parts.append(float(produced.event_type is not None and produced.event_type in wanted))
    if label.get("place") is not None:
        parts.append(place_score(label["place"], produced.place))
    return sum(parts) / len(parts) if parts else 0.0


def score_related(expected: Any, produced: list[RelatedIncident]) -> FieldScore:
    """F1 of ``produced`` against the labeled related incidents (see the module docstring)."""
    labels = list(expected or [])
    matched = 0.0
    if labels and produced:
        import numpy as np
        from scipy.optimize import linear_sum_assignment

        matrix = np.array([[pair_score(lab, item) for lab in labels] for item in produced])
        rows, cols = linear_sum_assignment(matrix, maximize=True)
        matched = float(sum(v for v in matrix[rows, cols] if v >= MATCH_THRESHOLD))
    precision, recall, f1 = prf(matched, len(produced), len(labels))
    shown = [item.model_dump(mode="json", exclude={"description"}) for item in produced]
    note = None if f1 == 1 else f"P {precision:.2f} R {recall:.2f}"
    return FieldScore(f1, expected, shown, note)
