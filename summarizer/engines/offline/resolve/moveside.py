"""The sides a move's own clause reads (:mod:`..scan.moveclauses`), for :mod:`.moves`.

Rule: over the parties and people the deciding sentence names (a phrase a country's word
opens read on to its head, "Syrian rebel brigades"; "French and Malian troops" as "French
troops" and "Malian troops"; "X and Y" as X and Y), the clause of a move's verb gives
the doer (its subject; a passive's "by" party) and the side acted on (its object, the
party after "from"/"out of", a passive's subject):

- ground taken or lost: the sides acted on are the armed ones, never the doer; with only
  the side pushed out read ("Russian troops were pushed out"), the doer is the other armed
  side the sentence names;
- an arrest: only a state force is its doer; a passive's subject that no party names
  ("Seventeen suspects were rounded up by police") is the one arrested, unless a place;
- a group's own move: the doer only (a coup, "other": also the leaders it detained);
- what the clause does not read stays as found before.
"""

from __future__ import annotations

import re

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import NON_STATE, Work
from summarizer.engines.offline.scan.moveclauses import move_clause, phrase_end
from summarizer.engines.offline.scan.roles import RoleRules, is_facility
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, ActorKind, SubEventType

__all__ = ["GROUND", "clause_sides", "same_actor"]

_K = ActorKind
_ARMED = NON_STATE | {_K.state_forces}
_Pair = tuple[Actor, Sentence]
_Party = tuple[int, int, Actor]
GROUND = frozenset(
    {SubEventType.government_regains_territory, SubEventType.non_state_actor_overtakes_territory}
)


def clause_sides(
    work: Work,
    sentence: Sentence,
    parties: list[_Party],
    sub_event_type: SubEventType,
    perpetrators: list[_Pair],
    targets: list[_Pair],
) -> tuple[list[_Pair], list[_Pair]]:
    """The sides the move's own clause reads (module docstring), over those found so far."""
    found: list[_Party] = []
    for role in sentence.roles:  # "Kenyan police", "activist X": as the roles name them
        end = role.start + len(role.surface)
        found.append((role.start, end, Actor(name=role.name, kind=role.kind)))
    heads = work.lexicon.rules(RoleRules).heads
    for party in parties:
        end = phrase_end(sentence.text, party[1], work.lexicon)
        head = (
            heads.get(fold(sentence.text[party[1] : end]).split()[-1]) if end > party[1] else None
        )
        phrase = sentence.text[party[0] : end]
        # a head for people or forces: "Syrian rebel fighters", not "Afghan city" or "village"
        if head not in (None, _K.civilians) and not is_facility(phrase, work.lexicon):
            party = (party[0], end, Actor(name=phrase, kind=head))
        found.append(_shared_head(sentence.text, party, heads))
    for person in sentence.people:
        if not person.speaker:
            found.append((person.start, person.end, Actor(name=person.name, kind=_K.civilians)))
    spans: list[_Party] = []
    for party in sorted(found, key=lambda p: (p[0], -p[1])):  # the longest of overlapping
        if all(party[1] <= o[0] or o[1] <= party[0] for o in spans):
            spans += _split(sentence.text, party, found)
    cue = sentence.cue
    assert cue is not None
    read = move_clause(
        sentence.text, [(p[0], p[1]) for p in spans], work.lexicon, (cue.start, cue.end)
    )
    if read is None:
        return perpetrators, targets
    doers = [(spans[i][2], sentence) for i in read.doers]
    acted = [(spans[i][2], sentence) for i in read.acted_on]
    acted = [a for a in acted if not any(same_actor(a[0], d[0]) for d in doers)]
    acted = [a for i, a in enumerate(acted) if not any(same_actor(a[0], b[0]) for b in acted[:i])]
    if sub_event_type == SubEventType.arrests:
        doers = [d for d in doers if d[0].kind == _K.state_forces]
        acted = [a for a in acted if a[0].kind != _K.state_forces]
        if not acted and read.subject is not None:  # "Seventeen suspects were rounded up"
            phrase = sentence.text[read.subject[0] : read.subject[1]].strip()
            if not is_facility(phrase, work.lexicon):  # a post or a building is never arrested
                acted = [(Actor(name=phrase, kind=_K.civilians), sentence)]
    elif sub_event_type in GROUND:
        acted = [a for a in acted if a[0].kind in _ARMED]
        if acted and not doers:  # "Russian troops were pushed out": the other side took it
            doers = [
                (p[2], sentence)
                for p in spans
                if p[2].kind in _ARMED and not any(same_actor(p[2], a[0]) for a in acted)
            ][:1]
    elif sub_event_type != SubEventType.other:
        acted = []
    return doers[: int(work.lexicon.section("actors")["resolve"]["max"])] or perpetrators, acted[
        :2
    ] or targets


def _shared_head(text: str, party: _Party, heads: dict[str, ActorKind]) -> _Party:
    """A country's word joined to another side's that shares its head ("French and Malian
    troops"): named with that head ("French troops")."""
    joined = re.match(r"\s+and\s+[A-Z][\w'’-]*\s+([a-z]+)\b", text[party[1] :])
    head = heads.get(joined.group(1)) if joined else None
    if joined is None or head is None or head == _K.unknown:
        return party
    return (
        party[0],
        party[1],
        Actor(name=f"{text[party[0] : party[1]]} {joined.group(1)}", kind=head),
    )


def _split(text: str, party: _Party, found: list[_Party]) -> list[_Party]:
    """A phrase joining two parties ("Iraqi troops and allied Shi'ite militias") as those
    two: the words before "and" (named as the text has them), the party after it."""
    joined = re.search(r"\s+and\s+", text[party[0] : party[1]])
    if joined is None:
        return [party]
    second = party[0] + joined.end()
    after = [o for o in found if o[0] == second and o[1] == party[1]]
    if not after:
        return [party]
    first_end = party[0] + joined.start()
    return [
        (party[0], first_end, Actor(name=text[party[0] : first_end], kind=party[2].kind)),
        after[0],
    ]


def same_actor(first: Actor, second: Actor) -> bool:
    """Whether two actors are one by name, the one's name inside the other's ("army",
    "Nigerian army")."""
    a, b = fold(first.name), fold(second.name)
    return a == b or a in b or b in a
