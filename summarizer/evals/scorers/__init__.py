"""One small scorer per brief field. Each module's docstring states its matching rule.

:func:`score_brief` applies every scorer whose field the fixture labels (plus
``grounding``, which needs no label) and returns a :class:`FieldScore` per field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from summarizer.evals.scorers._base import FieldScore
from summarizer.evals.scorers.casualties import score_casualties
from summarizer.evals.scorers.claims import score_claims
from summarizer.evals.scorers.date import score_date
from summarizer.evals.scorers.entities import score_entities, score_named_casualties, score_weapons
from summarizer.evals.scorers.event import score_exact
from summarizer.evals.scorers.grounding import score_grounding
from summarizer.evals.scorers.incident import score_incident
from summarizer.evals.scorers.location import score_location
from summarizer.evals.scorers.related import score_related
from summarizer.evals.scorers.summary import score_summary
from summarizer.schema import IncidentBrief

__all__ = ["FIELDS", "FieldScore", "score_brief"]

Scorer = Callable[[Any, IncidentBrief], FieldScore]

_SCORERS: dict[str, tuple[str, Scorer]] = {
    # field in the report: (label in the fixture, scorer)
    "incident": ("incident", score_incident),
    "event_type": ("event_type", lambda e, b: score_exact(e, b.event_type)),
    "sub_event_type": ("sub_event_type", lambda e, b: score_exact(e, b.sub_event_type)),
    "date": ("date", lambda e, b: score_date(e, b.date)),
    "location": ("location", lambda e, b: score_location(e, b.location)),
    "perpetrators": (
        "perpetrators",
        lambda e, b: score_entities(e, [a.name for a in b.perpetrators]),
    ),
    "targets": ("targets", lambda e, b: score_entities(e, [a.name for a in b.targets])),
    "weapons": ("weapons", lambda e, b: score_weapons(e, b.weapons)),
    "killed": ("killed", lambda e, b: score_casualties(e, b.killed)),
    "injured": ("injured", lambda e, b: score_casualties(e, b.injured)),
    "named_casualties": (
        "named_casualties",
        lambda e, b: score_named_casualties(e, b.named_casualties),
    ),
    "claims": ("claims", lambda e, b: score_claims(e, b.claims)),
    "related_incidents": (
        "related_incidents",
        lambda e, b: score_related(e, b.related_incidents),
    ),
    "summary": ("key_facts", lambda e, b: score_summary(e, b.summary)),
}

#: Every field a report can show, in display order; ``grounding`` needs no label.
FIELDS: tuple[str, ...] = (*_SCORERS, "grounding")


def score_brief(
    expected: dict[str, Any],
    brief: IncidentBrief | None,
    article: str,
    *,
    summary_scorer: str = "lexical",
) -> dict[str, FieldScore]:
    """Score ``brief`` against the labels in ``expected``; a missing brief scores 0 everywhere.

    ``summary_scorer`` is ``"lexical"`` (default) or ``"embedding"`` (optional extra).
    """
    scorers = dict(_SCORERS)
    if summary_scorer == "embedding":
        from summarizer.evals.scorers.summary_embedding import score_summary_embedding

        scorers["summary"] = ("key_facts", lambda e, b: score_summary_embedding(e, b.summary))
    elif summary_scorer != "lexical":
        raise ValueError(f"unknown summary scorer {summary_scorer!r}; use lexical or embedding")
    scores: dict[str, FieldScore] = {}
    for field, (label, scorer) in scorers.items():
        if label not in expected:
            continue
        if brief is None:
            scores[field] = FieldScore(0.0, expected[label], None, "no brief (engine error)")
        else:
            scores[field] = scorer(expected[label], brief)
    scores["grounding"] = score_grounding(brief, article)
    return scores
