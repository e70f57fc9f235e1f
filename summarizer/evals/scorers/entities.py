"""``perpetrators``, ``targets``, ``weapons``, ``named_casualties``: F1 over entities.

Each label entry is an entity: a name, or a list of accepted aliases for one entity.
Produced names are aligned one-to-one with label entities by optimal assignment; a pair
matches when the name matches any alias (:mod:`summarizer.evals.matching`: token_sort_ratio ≥ 85 on
folded names, or equal consonant skeletons). Precision = matched / produced, recall =
matched / labeled; the score is F1. An empty label against an empty output scores 1.0.

Weapons are compared after a plural "s" is dropped ("drones" ~ "drone"); named casualties
by name only (status and description are not scored here).
"""

from __future__ import annotations

from typing import Any

from summarizer.evals.matching import align, prf
from summarizer.evals.scorers._base import FieldScore
from summarizer.schema import NamedCasualty


def _groups(label: Any) -> list[list[str]]:
    return [
        [str(a) for a in (entry if isinstance(entry, list) else [entry])] for entry in label or []
    ]


def _score(label: Any, names: list[str], shown: Any) -> FieldScore:
    gold = _groups(label)
    matched = align(gold, names)
    precision, recall, f1 = prf(matched, len(names), len(gold))
    note = None if f1 == 1 else f"P {precision:.2f} R {recall:.2f}"
    return FieldScore(f1, label, shown, note)


def score_entities(expected: Any, produced: list[str]) -> FieldScore:
    """F1 of produced actor names against the labeled entities."""
    return _score(expected, produced, produced)


def _singular(noun: str) -> str:
    noun = noun.strip().lower()
    return noun[:-1] if len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss") else noun


def score_weapons(expected: Any, produced: list[str]) -> FieldScore:
    """F1 of produced weapon nouns against the labeled ones, plurals folded."""
    gold = [[_singular(a) for a in group] for group in _groups(expected)]
    names = [_singular(w) for w in produced]
    matched = align(gold, names)
    precision, recall, f1 = prf(matched, len(names), len(gold))
    return FieldScore(
        f1, expected, produced, None if f1 == 1 else f"P {precision:.2f} R {recall:.2f}"
    )


def score_named_casualties(expected: Any, produced: list[NamedCasualty]) -> FieldScore:
    """F1 of produced names against the labeled people."""
    return _score(
        expected, [p.name for p in produced], [f"{p.name} ({p.status.value})" for p in produced]
    )
