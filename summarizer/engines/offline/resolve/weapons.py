"""Weapons used in the main incident.

Rule: every weapon the main sentences name (not in a clause about an earlier incident:
"..., a day after a knife attack"), in the order of the weapon table
(``data/weapons.toml``), each once; a generic word is dropped when a more specific weapon
is named ("bomb" beside "roadside bomb") and that one is kept; at most ``[weapons].max``.
A weapon the table names as the text writes it (a vehicle: "van", "lorry") is named once,
as first written ("a small boat ... the skiff": "boat").
Left out: a weapon only likened to or mistaken for ("mistook the bursts for fireworks") or
part of a name; one found or seized when others were used ("19 guns were found at his
home"); and, in an attack or a blast with a doer that is no state's force, the weapons of
the police or troops who answered ("armed officers shot all three dead"); and one of another
act than the incident's (``WeaponMention.other_act``: "weeks earlier its troops had killed
dozens with artillery").
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan.weapons import WeaponMention, WeaponRules
from summarizer.schema import Actor, ActorKind, EventType

__all__ = ["weapons"]

#: The event types whose weapons are the doers' alone (in a protest or a riot the police's
#: tear gas is the brief's too; in a battle both sides fire).
_DOERS_ONLY = frozenset(
    {EventType.violence_against_civilians, EventType.explosions_remote_violence}
)


def weapons(
    work: Work, event_type: EventType | None = None, perpetrators: Sequence[Actor] = ()
) -> list[str]:
    """The weapons (module docstring); cites the sentences that name them."""
    rules = work.lexicon.rules(WeaponRules)
    answered = event_type in _DOERS_ONLY and (
        not perpetrators or any(a.kind != ActorKind.state_forces for a in perpetrators)
    )
    named: list[tuple[WeaponMention, int]] = []  # each mention, with its sentence's place
    for place, sentence in enumerate(work.main):
        elsewhere = sentence.time_cues.elsewhere  # "..., a day after a knife attack"
        for m in sentence.weapons:
            told = elsewhere is None or m.start < elsewhere
            if told and not m.aside and not m.other_act and not (answered and m.responder):
                named.append((m, place))
    if any(not m.found for m, _ in named):
        named = [(m, place) for m, place in named if not m.found]
    found: list[str] = []
    written: set[int] = set()  # weapons named as written: one each ("boat", then "skiff")
    for m, place in sorted(named, key=lambda n: (n[1], n[0].rank, n[0].start)):  # table order
        if m.name not in found and m.rank not in written:
            if m.rank in rules.forms:
                written.add(m.rank)
            found.append(m.name)
            work.cite("weapons", work.main[place])
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
