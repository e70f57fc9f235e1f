"""The victims the lead names, as targets.

Rule: with no target read from the clauses, the first person named as killed, wounded or
abducted is the target (with every other one the lead names so: "X and his fiancee Y were
found shot dead"), cited where named; when the targets read are only weak (anyone,
one of them by trade, their own place, a site named only by its kind but a vehicle, a
phrase the lead does not hold), the people the lead names as hurt replace them, except where the blow came from afar (shelling, air
strikes). In an arrest with no target read, the people named as arrested are the targets.
A group's own move, a base set up or an agreement hits no one. A thing with an owner
("X's car", "the offices of X") is its owner (:mod:`.owners`).
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.resolve.actors import ResolveRules
from summarizer.engines.offline.resolve.clauseobject import FROM_AFAR as _FROM_AFAR
from summarizer.engines.offline.resolve.owners import owned_targets
from summarizer.engines.offline.resolve.sitenames import SiteRules
from summarizer.engines.offline.resolve.suspects import Suspect
from summarizer.engines.offline.scan import roles
from summarizer.engines.offline.scan.actors import is_lexicon_actor
from summarizer.engines.offline.text import fold
from summarizer.schema import (
    Actor,
    ActorKind,
    CasualtyStatus,
    NamedCasualty,
    SubEventType,
)

__all__ = ["victims_as_targets"]

_K = ActorKind
_NO_VICTIMS = frozenset(
    {
        SubEventType.agreement,
        SubEventType.change_to_group_activity,
        SubEventType.headquarters_or_base_established,
    }
)


def victims_as_targets(
    work: Work,
    targets: list[Actor],
    named: list[NamedCasualty],
    sub_event_type: SubEventType | None = None,
    suspects: Sequence[Suspect] = (),
) -> list[Actor]:
    """The victims as targets (:func:`_victims`), each thing with an owner as its owner
    (:func:`.owners.owned_targets`: "Aldo Moro's car" is Aldo Moro)."""
    return owned_targets(work, _victims(work, targets, named, sub_event_type, suspects))


def _victims(
    work: Work,
    targets: list[Actor],
    named: list[NamedCasualty],
    sub_event_type: SubEventType | None = None,
    suspects: Sequence[Suspect] = (),
) -> list[Actor]:
    """The people the lead names as killed, wounded or abducted are the targets ("X, founder
    of a news site, was shot dead"; "X and his fiancee Y were found shot dead"), else the
    first one named so, when no target was read from the clauses, or, unless the blow came
    from afar (a shell kills whom it finds), when those read are only weak: anyone
    ("civilians", "crowd"), one of them by trade ("student" beside her name), their own place
    ("home of X"), a site by its kind alone ("shot dead at a market"; not a vehicle) or a
    phrase the lead does not hold (the police of a later gunfight). Cited where
    named. In an arrest with no target read, the people named as arrested are ("police
    detained X and Y"); a group's own move or an agreement hits no one: the dead it names
    are of another time."""
    if sub_event_type in _NO_VICTIMS:
        return targets
    rules = work.lexicon.rules(ResolveRules)
    if sub_event_type not in _FROM_AFAR:
        targets = _described(work, targets, rules)
    if sub_event_type == SubEventType.arrests and not targets:
        held = [p for p in named if p.status == CasualtyStatus.arrested]
        for sentence in work.evidence.get("named_casualties", []) if held else []:
            work.cite("targets", sentence)
        return [Actor(name=p.name, kind=_K.civilians) for p in held[: rules.max]]
    doers = {fold(m.name) for s in work.main for m in s.roles if m.role == "perpetrator"}
    doers |= {fold(s.name) for s in suspects}  # a suspect is never a target
    hurt = [p for p in named if p.status != CasualtyStatus.arrested and fold(p.name) not in doers]
    if not hurt:
        return targets
    targets = [_by_name(a, hurt) for a in targets]
    lead = fold(work.main[0].text) if work.main else ""
    in_lead = [p for p in hurt if fold(p.name) in lead]  # the people the lead names as hurt
    if targets:
        if sub_event_type is None or sub_event_type in _FROM_AFAR:
            return targets
        if not in_lead or not all(_weak(a, lead, rules, work) for a in targets):
            return targets
        people = in_lead
    else:
        people = in_lead or hurt[:1]
    for sentence in work.evidence.get("named_casualties", []):
        work.cite("targets", sentence)
    return [Actor(name=p.name, kind=_K.civilians) for p in people[: rules.max]]


def _by_name(actor: Actor, hurt: list[NamedCasualty]) -> Actor:
    """A target that is a hurt person under a title ("Representative X"), by the name."""
    name = fold(actor.name)
    person = next((p for p in hurt if name.endswith(" " + fold(p.name))), None)
    return actor if person is None else Actor(name=person.name, kind=actor.kind)


def _weak(actor: Actor, lead: str, rules: ResolveRules, work: Work) -> bool:
    """A target a person the lead names outranks (:func:`victims_as_targets`); a site
    named only by its kind ("market", "hospital"; not a vehicle, maybe the attacker's own)
    is where the person was hit."""
    name = fold(actor.name)
    head = roles.head_word(actor.name)
    return (
        name in rules.vague_victims
        or name in rules.vague_crowd
        or head in rules.owned
        or head not in lead
        or (actor.kind == _K.civilians and head in rules.one_victim)
        or (
            roles.is_facility(actor.name, work.lexicon)
            and actor.name == actor.name.lower()
            and head not in work.lexicon.rules(SiteRules).vehicles
        )
    )


def _described(work: Work, targets: list[Actor], rules: ResolveRules) -> list[Actor]:
    """Victims read only as anyone or a part of them ("killing 28 people", "many of them
    children") under the lead's own description of the people there: "a bus carrying Coptic
    Christians", "as Christian families celebrated Easter" (``[roles.victims].described``:
    a phrase headed by a word for people or a capitalised plural, no named actor, no doer)."""
    weak = rules.vague_victims | rules.vague_crowd | rules.part_of_victims
    if not targets or any(fold(a.name) not in weak for a in targets):
        return targets
    lexicon = work.lexicon
    pattern = lexicon.rules(SiteRules).described
    doers = {fold(m.name) for s in work.main for m in s.roles if m.role == "perpetrator"}
    heads = lexicon.rules(roles.RoleRules).heads  # "Marines": a force, no people
    for sentence in [s for s in work.main if s.index < work.lead_count]:
        for match in pattern.finditer(sentence.text):
            phrase = match.group(1).strip(" ,")
            words = phrase.split()
            proper = all(w[:1].isupper() for w in words) and phrase.endswith("s")
            proper = proper and roles.head_word(phrase) not in heads
            if not (proper or roles.is_people_head(phrase, lexicon)):
                continue
            if fold(phrase) in doers or fold(phrase) in weak or is_lexicon_actor(phrase, lexicon):
                continue
            work.cite("targets", sentence)
            return [Actor(name=phrase, kind=_K.civilians)]
    return targets
