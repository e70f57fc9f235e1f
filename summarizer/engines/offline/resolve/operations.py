"""Sides of operations a force reports or carries out: press releases, arrests, ships.

Rules (called by :mod:`.actors`):

- a state force's press release about its own operation: the force is the doer, the armed
  groups the text names are the target (however the release's clauses read); but when its
  clauses read an armed group acting on a force, the issuer was attacked and they stand;
- arrests are a state force's act (ACLED): a force the clauses name is the doer; when the
  only doers read are armed groups, they are who was arrested, by the force the text names,
  else by the word for it ("police"); an arrest told with no force at all ("X was arrested
  before dawn", "was taken into custody") is by the implied force (``implied_arrester``), and
  the person read is who was held; a post or a building is never arrested;
- a ship is named by its name ("the MV Aster Bay") rather than "ship".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import NON_STATE, Work, crowds
from summarizer.engines.offline.scan import roles
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, ActorKind, SubEventType

if TYPE_CHECKING:
    from summarizer.engines.offline.resolve.actors import ResolveRules

__all__ = ["arrests", "issuer_acts", "named_vessel"]

_K = ActorKind
_Pair = tuple[Actor, Sentence]
_OPERATIONS = frozenset(
    {
        SubEventType.air_drone_strike,
        SubEventType.shelling_artillery_missile_attack,
        SubEventType.armed_clash,
        SubEventType.arrests,
        SubEventType.disrupted_weapons_use,
        SubEventType.government_regains_territory,
    }
)


def issuer_acts(
    work: Work, sub_event_type: SubEventType, perpetrators: list[_Pair], targets: list[_Pair]
) -> tuple[list[_Pair], list[_Pair]]:
    """A state force's press release about its own operation: the force is the doer, the
    armed groups the text names are the target (however the release's clauses read); but
    when its clauses read an armed group acting on a force, the issuer was attacked and
    they stand ("terrorists attacked the troops' location")."""
    doc = work.doc
    if doc.genre is None or doc.genre.policy != "release" or doc.issuer is None:
        return perpetrators, targets
    name, force = doc.issuer
    if not force or sub_event_type not in _OPERATIONS:
        return perpetrators, targets
    if any(a.kind == _K.state_forces for a, _ in perpetrators):
        return perpetrators, targets
    if any(a.kind in NON_STATE for a, _ in perpetrators) and any(
        a.kind == _K.state_forces for a, _ in targets
    ):
        return perpetrators, targets
    lead = work.main[0] if work.main else work.sentences[0]
    hit = [p for p in perpetrators + targets if p[0].kind in NON_STATE] or targets
    return [(Actor(name=name, kind=_K.state_forces), lead)], hit[:1]


def arrests(
    work: Work,
    perpetrators: list[_Pair],
    targets: list[_Pair],
    armed_named: list[_Pair],
    rules: ResolveRules,
) -> tuple[list[_Pair], list[_Pair]]:
    """Arrests are a state force's act (ACLED): a force the clauses name is the doer; when
    the only doers read are armed groups ("JAD planned attacks"), they are who was arrested,
    by the force the text names, else by the word for it ("police")."""
    state = [p for p in perpetrators + targets if p[0].kind == _K.state_forces]
    groups_only = bool(perpetrators) and all(a.kind in NON_STATE for a, _ in perpetrators)
    if not state and groups_only:
        named = [p for p in armed_named if p[0].kind == _K.state_forces]
        state = named or crowds.force_met(work, rules)
    no_force = False
    if not (state or any(rules.force_word.search(s.text) for s in work.sentences)) and all(
        roles.is_person_name(a.name) for a, _ in perpetrators
    ):  # "X was arrested before dawn", no force anywhere in the text: the implied one
        implied = str(work.lexicon.section("actors")["resolve"]["implied_arrester"])
        state = [(Actor(name=implied, kind=_K.state_forces), work.sentences[0])]
        no_force = True
    if not state:
        return perpetrators, targets
    doers = [p for p in perpetrators if p[0].kind == _K.state_forces] or state[:1]
    held = [  # a post or a building is never arrested
        t
        for t in targets
        if t[0].kind != _K.state_forces and not roles.is_facility(t[0].name, work.lexicon)
    ]
    if not held:  # the armed group read, else (no force in the text) the person read
        held = [
            p
            for p in perpetrators
            if p[0].kind in NON_STATE or (no_force and roles.is_person_name(p[0].name))
        ][:1]
    return doers, held


def named_vessel(work: Work, actor: Actor, sentence: Sentence, rules: ResolveRules) -> _Pair:
    """A ship the article names ("the MV Aster Bay") rather than "ship"."""
    words = fold(actor.name).split()
    if not words or words[-1] not in rules.vessel_heads:
        return actor, sentence
    for candidate in work.main:
        match = rules.vessel.search(candidate.text)
        if match:
            return Actor(name=match.group(0), kind=actor.kind), candidate
    for candidate in work.main:
        named = rules.vessel_named.search(candidate.text)
        if named:
            return Actor(name=named.group(1), kind=actor.kind), candidate
    return actor, sentence
