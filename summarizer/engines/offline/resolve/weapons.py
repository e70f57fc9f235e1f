"""Weapons used in the main incident.

Rule: every weapon the main sentences name (not in a clause about an earlier incident:
"..., a day after a knife attack"), in the order of the weapon table
(``data/weapons.toml``), each once; a generic word is dropped when a more specific weapon
is named ("bomb" beside "roadside bomb") and that one is kept; at most ``[weapons].max``.
"""

from __future__ import annotations

from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan.weapons import WeaponRules

__all__ = ["weapons"]


def weapons(work: Work) -> list[str]:
    """The weapons (module docstring); cites the sentences that name them."""
    rules = work.lexicon.rules(WeaponRules)
    found: list[str] = []
    for sentence in work.main:
        elsewhere = sentence.time_cues.elsewhere  # "..., a day after a knife attack"
        ranks = sorted(
            {m.rank for m in sentence.weapons if elsewhere is None or m.start < elsewhere}
        )
        for rank in ranks:  # the table's order
            name = rules.names[rank]
            if name not in found:
                found.append(name)
                work.cite("weapons", sentence)
    kept = _specific(found, rules.generic)
    return [w for w in found if w in kept][: rules.max]


def _specific(found: list[str], generic: dict[str, frozenset[str]]) -> set[str]:
    """The weapons of ``found`` no kept one makes redundant: "petrol" goes beside "fire",
    unless "fire" itself goes beside "rifle" (then "petrol" stays)."""
    named = set(found)
    kept: dict[str, bool] = {}

    def keeps(word: str, seen: frozenset[str]) -> bool:
        if word not in kept:
            more = (generic.get(word, frozenset()) & named) - seen - {word}
            kept[word] = not any(keeps(other, seen | {word}) for other in more)
        return kept[word]

    return {w for w in found if keeps(w, frozenset())}
