"""Weapons used in the main incident.

Rule: every weapon the main sentences name (not in a clause about an earlier incident:
"..., a day after a knife attack", nor from where the related-incidents resolver found
another incident told: "a suicide bomber killed 63 worshippers here last March"), in the
order of the weapon table (``data/weapons.toml``), each once; a generic word is dropped when a more specific weapon
is named ("bomb" beside "roadside bomb") and that one is kept; at most ``[weapons].max``.
A weapon is named as the kind the article makes it with the word before its noun
("[weapons.kinds]": "assault rifles", "a pipe bomb", "a long gun"): the kind replaces its
head and what its head is a kind of ("rifle", "gun"), as a specific weapon does.
A weapon the table names as the text writes it (a vehicle: "van", "lorry") is named once,
as first written ("a small boat ... the skiff": "boat").
Left out: a weapon only likened to or mistaken for ("mistook the bursts for fireworks") or
part of a name; one found or seized when others were used ("19 guns were found at his
home"); and, in an attack or a blast with a doer that is no state's force, the weapons of
the police or troops who answered ("armed officers shot all three dead"), and their kit
(``[weapons].kit``: an officer's baton, when no doer is a state's force); and one of another
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
    armed = bool(perpetrators) and all(a.kind != ActorKind.state_forces for a in perpetrators)
    named: list[tuple[WeaponMention, int]] = []  # each mention, with its sentence's place
    for place, sentence in enumerate(work.main):
        elsewhere = work.told_elsewhere(sentence)  # "..., a day after a knife attack"
        for m in sentence.weapons:
            told = elsewhere is None or m.start < elsewhere
            others = answered and (m.responder or (armed and m.name in rules.kit))
            if told and not m.aside and not m.other_act and not others:
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
    kept = _specific(found, _with_kinds(found, rules))
    return [w for w in found if w in kept][: rules.max]


def _with_kinds(found: list[str], rules: WeaponRules) -> dict[str, frozenset[str]]:
    """The generic table with each kind found under its head and under what its head is
        a kind of ("assault rifle" makes "rifle" and "gun" redundant); a kind goes where its head goes
    ("homemade bomb" beside "ied", as "bomb" does)."""
    generic = {k: set(v) for k, v in rules.generic.items()}
    for name in found:
        head = rules.head_of(name)
        if head is not None:
            generic[name] = set(generic.get(head, ())) - {name}  # what makes its head redundant
            generic.setdefault(head, set()).add(name)
            for more in list(generic.values()):
                if head in more:
                    more.add(name)
    return {k: frozenset(v) for k, v in generic.items()}


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
