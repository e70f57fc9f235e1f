"""The sides of a strategic move: the parties to an agreement, who handed a place to whom,
who was arrested, whose own move it was, which mob assaulted.

Rule: read from the sentence that decided the event type (the sentence its cue is in):

- a group's own move (a change of its activity, a base it set up): the armed groups its
  sentence names before the cue are the doers when the clauses read none or only a state
  force ("Hezbollah named a new leader a month after an Israeli strike killed ..."); with
  no doer at all, a party that opens the sentence (within ``[actors.moves].opening_within``
  characters: "China opened its first overseas base") is;
- agreement: the parties are the armed or state actors and the countries the sentence
  names before its cue ("Colombia's government and the ELN began a ceasefire"; "Israel
  and Hamas agreed"), each once, in order, ``[actors.resolve].max`` at most; a name after a
  preposition ("a deal brokered by Qatar", "the coalition against Islamic State") is no
  party (``[actors.moves].not_party_before``);
- non-violent transfer of territory, and a base handed over: both sides acted, as both
  parties to an agreement (the one that took control first, then the one that handed it
  over; no target). When the cue gives the place (``[actors.moves].giving``: "handed the
  district back to Azerbaijan"), a party after "to" behind it received the place
  (``receiver_before``), and the party that opens the sentence ("Armenia handed") gave it
  up; when the cue takes it ("Azerbaijani troops rolled into the district that Armenian
  forces agreed to give up"), the party nearest before it took it and the first after it
  gave it up. What is not found, the clauses decide (their doer took it, their armed
  target gave it up);
- sexual violence with no doer read from the clauses, told in a sentence that names a mob
  (``[actors.moves].mob``): the mob;
- arrests with no target read from the clauses: the person named nearest the cue, within
  ``[actors.moves].held_within`` characters of it and not one of its doers ("Rangers took
  former prime minister Imran Khan into custody"), was arrested.

Before all these, a move's own clause (:mod:`..scan.moveclauses`) is read over the parties
and people the deciding sentence names: ground taken or lost, an arrest, a coup, a group's
own move. Its subject is the doer (of an arrest, only a state force); its object or the
party after "from"/"out of" (a passive's subject) the side acted on (of ground taken, an
armed side, not the doer; of a group's own move, only in a coup).
"""

from __future__ import annotations

import re

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.resolve import NON_STATE, Work
from summarizer.engines.offline.resolve.moveside import GROUND, clause_sides, same_actor
from summarizer.engines.offline.scan.places import country_name
from summarizer.engines.offline.scan.roles import RoleRules
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, ActorKind, CasualtyStatus, SubEventType

__all__ = ["MoveRules", "same_actor", "sides"]

_K = ActorKind
_ARMED = NON_STATE | {_K.state_forces}
_Pair = tuple[Actor, Sentence]
# A group's own move: its change of activity, its new base.
_OWN = frozenset(
    {
        SubEventType.change_to_group_activity,
        SubEventType.headquarters_or_base_established,
        SubEventType.other,  # a coup: "The army seized power", "Malian colonels detained"
    }
)
_MOVES = frozenset(
    {
        SubEventType.agreement,
        SubEventType.non_violent_transfer_of_territory,
        SubEventType.arrests,
        SubEventType.sexual_violence,
    }
    | _OWN
)
_Party = tuple[int, int, Actor]
_READ = GROUND | _OWN | {SubEventType.arrests}


class MoveRules:
    """What stands before a party that is none, or one that receives (``[actors.moves]``)."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("actors")["moves"]
        self.not_party_before = re.compile(section["not_party_before"], re.I)
        self.receiver_before = re.compile(section["receiver_before"], re.I)
        self.giving = re.compile(section["giving"], re.I)
        self.force_after = re.compile(section["force_after"], re.I)
        self.held_within = int(section["held_within"])
        self.opening_within = int(section["opening_within"])
        self.mob = re.compile(section["mob"], re.I)
        self.leader_of = re.compile(section["leader_of"])
        self.generic_party = re.compile(section["generic_party"])
        self.max = int(lexicon.section("actors")["resolve"]["max"])


def sides(
    work: Work, sub_event_type: SubEventType, perpetrators: list[_Pair], targets: list[_Pair]
) -> tuple[list[_Pair], list[_Pair]]:
    """Perpetrators and targets of an agreement or a handover (module docstring); any
    other event's as they were."""
    sentence = _deciding(work)
    if sentence is None or sentence.cue is None or sub_event_type not in _MOVES | GROUND:
        return perpetrators, targets
    if sub_event_type in _READ:
        perpetrators, targets = clause_sides(
            work, sentence, _parties(sentence, work.lexicon), sub_event_type, perpetrators, targets
        )
    if sub_event_type not in _MOVES:
        return perpetrators, targets
    rules = work.lexicon.rules(MoveRules)
    if sub_event_type == SubEventType.arrests:
        return perpetrators, _described(work, sentence, targets) or _held(sentence, rules)
    if sub_event_type == SubEventType.sexual_violence:  # "a mob ... stripped a woman"
        mob = rules.mob.search(sentence.text)
        if perpetrators or mob is None:
            return perpetrators, targets
        return [(Actor(name=mob.group(0).lower(), kind=_K.civilians), sentence)], targets
    parties = _parties(sentence, work.lexicon)
    cue = sentence.cue
    text = sentence.text
    before = [p for p in parties if p[1] <= cue.start and _party(text, p, rules)]
    handed = rules.giving.search(text, cue.start, cue.end)  # "handed the base to the army"
    base = sub_event_type == SubEventType.headquarters_or_base_established
    if sub_event_type in _OWN and not (base and handed):  # "China opened a base"
        return _own(sentence, before, perpetrators, rules), targets
    if sub_event_type == SubEventType.agreement:
        if len(before) < 2:
            before = _leaders(sentence, before, rules)
        if len(before) < 2:
            before = _generic(sentence, before, rules)
        if len(before) == 1:
            before = _more_parties(work, sentence, before, rules)
        if len(before) < 2:
            return perpetrators, targets
        return [(p[2], sentence) for p in before[: rules.max]], []
    after = [p for p in parties if p[0] >= cue.start]
    if handed:  # "X handed the town (back) to Y"
        received = [p for p in after if rules.receiver_before.search(text[: p[0]])]
        receiver, giver = received[:1], before[:1]
    else:  # "Y moved into the town that X agreed to give up"
        receiver, giver = before[-1:], [p for p in after if _party(text, p, rules)][:1]
    if receiver and giver and same_actor(receiver[0][2], giver[0][2]):
        giver = []
    # both sides acted, as both parties to an agreement: who took control, who handed over
    took = [(receiver[0][2], sentence)] if receiver else perpetrators[:1]
    gave = [(giver[0][2], sentence)] if giver else [t for t in targets if t[0].kind in _ARMED]
    both = took + [g for g in gave[:1] if not any(same_actor(g[0], t[0]) for t in took)]
    return (both, []) if both else (perpetrators, targets)


def _more_parties(
    work: Work, sentence: Sentence, before: list[_Party], rules: MoveRules
) -> list[_Party]:
    """One party named before an agreement's cue: the other is the next one named after
    it, in its sentence or the next of its paragraph ("Kiir and rebel leader Machar signed a
    deal ... Machar's SPLM-IO rebels will join a unity government")."""
    cue = sentence.cue
    assert cue is not None
    later = [
        p
        for p in _parties(sentence, work.lexicon)
        if p[0] >= cue.end and _party(sentence.text, p, rules)
    ]
    following = [
        s for s in work.main if s.index == sentence.index + 1 and s.paragraph == sentence.paragraph
    ]
    for other in following:
        later += _parties(other, work.lexicon)
    found = list(before)
    for party in later:
        if not any(same_actor(party[2], o[2]) for o in found):
            found.append(party)
    return found[: rules.max]


def _leaders(sentence: Sentence, before: list[_Party], rules: MoveRules) -> list[_Party]:
    """The parties before an agreement's cue with the people named there who lead a side
    ("President Juan Manuel Santos and the FARC commander Rodrigo Londono signed"); a name
    that a party's own words lead to ("South Sudan's President Salva Kiir") is that party."""
    cue = sentence.cue
    assert cue is not None
    text = sentence.text
    found = list(before)
    for person in sentence.people:
        if person.speaker or person.end > cue.start or person.start < sentence.dateline_end:
            continue
        if not _party(
            text, (person.start, person.end, Actor(name=person.name, kind=_K.unknown)), rules
        ):
            continue  # "a deal brokered by Qatar's emir"
        owned = any(
            p[1] <= person.start and rules.leader_of.match(text[p[1] : person.start]) for p in found
        )
        if not owned and not any(p[0] < person.end and person.start < p[1] for p in found):
            found.append((person.start, person.end, Actor(name=person.name, kind=_K.unknown)))
    return sorted(found, key=lambda p: p[0])


def _generic(sentence: Sentence, before: list[_Party], rules: MoveRules) -> list[_Party]:
    """The parties before an agreement's cue with those named by a generic word ("the
    government and the rebels signed"), each once, as the text has them."""
    cue = sentence.cue
    assert cue is not None
    found = list(before)
    start = sentence.dateline_end
    for match in rules.generic_party.finditer(sentence.text, start, cue.start):
        party = (match.start(), match.end(), Actor(name=match.group(0), kind=_K.unknown))
        inside = any(p[0] < party[1] and party[0] < p[1] for p in found)
        owned = any(  # "Sudan's transitional government" is Sudan
            p[1] <= party[0] and rules.leader_of.match(sentence.text[p[1] : party[0]])
            for p in found
        )
        if not inside and not owned and _party(sentence.text, party, rules):
            found.append(party)
    return sorted(found, key=lambda p: p[0])


def _own(
    sentence: Sentence, before: list[_Party], perpetrators: list[_Pair], rules: MoveRules
) -> list[_Pair]:
    """Whose own move it was: the groups named before the cue, when the clauses read no
    doer or only a state force (the one whose strike killed the old leader); else a country
    that opens the sentence ("China opened its first overseas base")."""
    groups = [p for p in before if p[2].kind in NON_STATE]
    if groups and all(a.kind == _K.state_forces for a, _ in perpetrators):
        return [(p[2], sentence) for p in groups[: rules.max]]
    opening = [p for p in before if p[0] <= sentence.dateline_end + rules.opening_within]
    if not perpetrators and opening:
        return [(opening[0][2], sentence)]
    return perpetrators


def _held(sentence: Sentence, rules: MoveRules) -> list[_Pair]:
    """The person named nearest the arrest's cue ("took former prime minister Imran Khan
    into custody"), not one of its doers, as the one arrested."""
    cue = sentence.cue
    assert cue is not None
    doers = [(m.start, m.start + len(m.surface)) for m in sentence.roles if m.role == "perpetrator"]
    near = [
        p
        for p in sentence.people
        if cue.start - rules.held_within <= p.start <= cue.end + rules.held_within
        and p.status in (None, CasualtyStatus.arrested)
        and not any(s < p.end and p.start < e for s, e in doers)
    ]
    if not near:
        return []
    person = min(near, key=lambda p: min(abs(p.start - cue.end), abs(cue.start - p.end)))
    return [(Actor(name=person.name, kind=_K.civilians), sentence)]


def _described(work: Work, sentence: Sentence, targets: list[_Pair]) -> list[_Pair]:
    """Who was arrested, as the arrest's sentence describes one person ("arrested an
    18-year-old man"), not as the engine's word for anyone ("civilians")."""
    rules = work.lexicon.rules(RoleRules)
    vague = frozenset(work.lexicon.section("actors")["resolve"]["vague_victims"])
    if any(fold(a.name) not in vague for a, _ in targets):
        return targets
    paragraph = [s for s in work.main if s.paragraph == sentence.paragraph]
    for said in sorted(paragraph, key=lambda s: s is not sentence):
        for mention in said.roles:
            head = fold(mention.surface).split()[-1]
            described = rules.described_person.search(mention.surface)
            if mention.role == "target" and head in rules.one_person and described:
                name = rules.leading.sub("", mention.surface)
                return [(Actor(name=name, kind=_K.civilians), said)]
    return targets


def _deciding(work: Work) -> Sentence | None:
    cited = work.evidence.get("event_type") or []
    return cited[0] if cited else None


def _party(text: str, party: _Party, rules: MoveRules) -> bool:
    """A party, not a name after a preposition ("brokered by Qatar")."""
    return rules.not_party_before.search(text[: party[0]]) is None


def _parties(sentence: Sentence, lexicon: Lexicon) -> list[_Party]:
    """Armed and state actors, and countries, that the sentence names after its dateline,
    in order, each once (a country inside an actor's name, "Israeli army", is that actor; a
    country's force, "Malian soldiers", "Sudan's army", is named as the text names it)."""
    found: list[_Party] = []
    for mention in sentence.actors:
        if mention.kind in _ARMED:
            found.append((mention.start, mention.end, Actor(name=mention.name, kind=mention.kind)))
    countries = sentence.countries
    for role in sentence.roles:
        if role.kind in _ARMED:
            end = role.start + len(role.surface)
            # "Ethiopian troops" as the text names them, not the engine's "Ethiopian army"
            own = role.kind == _K.state_forces and any(
                role.start <= c.start and c.end <= end for c in countries
            )
            name = role.surface if own else role.name
            found.append((role.start, end, Actor(name=name, kind=role.kind)))
    force_after = lexicon.rules(MoveRules).force_after
    for country in countries:
        inside = any(s <= country.start and country.end <= e for s, e, _ in found)
        if inside:
            continue
        name, end = country_name(country.code, lexicon), country.end
        force = force_after.match(sentence.text, end)
        if force:
            end = force.end()  # "Malian soldiers", "Sudan's army", as the text names them
            name = sentence.text[country.start : end]
        found.append((country.start, end, Actor(name=name, kind=_K.state_forces)))
    opening = sentence.dateline_end  # "BAGRAM, Afghanistan —" names where, not who
    found = sorted((p for p in found if p[0] >= opening), key=lambda p: (p[0], -p[1]))
    out: list[_Party] = []
    for party in found:  # one name, or one span ("Turkish troops" and "Turkey"), once
        if all(
            not same_actor(party[2], o[2]) and (party[1] <= o[0] or o[1] <= party[0]) for o in out
        ):
            out.append(party)
    return out
