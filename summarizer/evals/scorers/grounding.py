"""``grounding``: the share of evidence and claim quotes that are verbatim spans of the article.

Needs no label. Quotes are compared as the brief's validator compares them (see
:mod:`summarizer.grounding`). A brief with no quotes scores 1.0 (nothing ungrounded); a
missing brief (engine error) scores 0.0. Reported on its own, not in the overall: a brief
that validated is grounded by construction, so this field guards the validator itself.
"""

from __future__ import annotations

from summarizer.evals.scorers._base import FieldScore
from summarizer.grounding import is_grounded
from summarizer.schema import IncidentBrief


def score_grounding(brief: IncidentBrief | None, article: str) -> FieldScore:
    """Share of the brief's quotes found in ``article``."""
    if brief is None:
        return FieldScore(0.0, None, None, "no brief (engine error)")
    quotes = [e.quote for e in brief.evidence] + [c.quote for c in brief.claims]
    if not quotes:
        return FieldScore(1.0, None, 0)
    found = sum(is_grounded(q, article) for q in quotes)
    missing = [q for q in quotes if not is_grounded(q, article)]
    note = f"not in article: {missing[0][:80]!r}" if missing else None
    return FieldScore(found / len(quotes), None, f"{found}/{len(quotes)}", note)
