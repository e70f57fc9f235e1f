"""Perpetrators and targets of the main incident.

Rule: roles come from the clauses of the main sentences (:mod:`..scan.roles`), lead
first; a phrase that is a target anywhere is not also a perpetrator. Without a doer in any
clause, a named actor whose own surroundings make it the doer ("attack by X") is one; an
unnamed doer ("unidentified gunmen") stays unknown. Then:

- the lead holds (:mod:`.leading`): a later paragraph's doer on the other side joins only
  when a claim or an accusation names it, a force that only hit back is no doer, and a
  later paragraph's force is no victim of an attack on people;
- perpetrators: named actors and people named first (two at most: accusations may differ),
  else the first generic phrase of each kind in its fullest wording (two forces each
  accused are two); an unnamed doer ("gunmen") gives way to the one non-state armed group
  the article names that is not a target (after the lead's paragraph, only where a
  sentence reports violence);
- targets: people, forces and named groups first (the article's own word for the victims
  before "civilians"), then a unit or building, an unnamed
  armed band only when nothing else was hit; a ship by its name ("MV Aster Bay"), a site
  by the proper name beside its kind (:mod:`.sitenames`); the
  person the lead names as hurt before weak ones (:mod:`.victims`);
- disrupted weapons use: a state force read as a doer is the only one (not the group
  blamed for planting the bomb);
- arrests: a state force arrests (the force the text names, else the word for it: "police"),
  and an armed group read as a doer is who was arrested;
- battles: both sides are armed; a side taking territory is the doer (non-state for
  ``non_state_actor_overtakes_territory``, the state for ``government_regains_territory``),
  the other side the target, never bystanders;
- battles: a force's target is the band it fought, not its own dead;
- protests and riots follow ACLED's order (:mod:`.crowds`): the crowd acts, the force it met
  is second (a mob that set on residents: the residents); force against protesters: the
  force acts and the crowd is its target, never a doer;
- the title read as a clause, and a force that used deadly force on a crowd: :mod:`.clauseside`;
- a band is not the target of its own deed ("settlers burned homes after two settlers were
  shot"); a group that denied the attack is no doer the article names; two names of one
  state force ("Israeli army", "Israeli forces") are one doer;
- a lexicon group bound to its home country is named so only there (:mod:`.homes`); the
  person a definite doer word ("the man") stands for is the doer (:mod:`.anaphor`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.resolve import (
    NON_STATE,
    VIOLENT,
    Work,
    anaphor,
    clauseobject,
    clauseside,
    crowds,
    framesides,
    homes,
    leading,
    moves,
    operations,
    sitenames,
    subjects,
)
from summarizer.engines.offline.scan import roles
from summarizer.engines.offline.scan.actors import is_lexicon_actor
from summarizer.engines.offline.scan.clauses import in_perfect
from summarizer.engines.offline.scan.cues import event_of
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, ActorKind, EventType, SubEventType

__all__ = ["ResolveRules", "actors"]

_K = ActorKind
_CROWD_EVENTS = frozenset({EventType.protests, EventType.riots})
_Pair = tuple[Actor, Sentence]
_Candidate = tuple[Actor, Sentence, bool]


class ResolveRules:
    """The actor resolution vocabulary of one lexicon (``[actors.resolve]``), compiled."""

    def __init__(self, lexicon: object) -> None:
        section = lexicon.section("actors")["resolve"]  # type: ignore[attr-defined]
        self.unknown_doer = re.compile(rf"^{alternation(section['unknown_doer'])}", re.I)
        self.arrest_after = re.compile(section["arrest_after"], re.I)
        self.arrest_before = re.compile(section["arrest_before"], re.I)
        self.denied_after = re.compile(section["denied_after"], re.I)
        self.counter_accused = re.compile(section["counter_accused"], re.I)
        self.max = int(section["max"])
        self.later_act = re.compile(section["later_act"], re.I)
        self.vague_crowd = frozenset(section["vague_crowd"])
        self.vague_victims = frozenset(section["vague_victims"])
        self.part_of_victims = frozenset(section["part_of_victims"])
        self.crowd_word = re.compile(rf"\b{alternation(section['crowd_words'])}\w*", re.I)
        self.crowd_noun = re.compile(rf"\b{alternation(section['crowd_nouns'])}", re.I)
        self.force_word = re.compile(rf"\b{alternation(section['forces'])}\b", re.I)
        prefixes = "|".join(re.escape(p) for p in section["vessel_prefixes"])
        self.vessel = re.compile(rf"\b(?:{prefixes})\s+(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){{0,2}}")
        self.vessel_heads = frozenset(section["vessel_heads"])
        heads = alternation(section["vessel_heads"])
        # "the Russian cruiser Moskva": the ship by the name after its kind
        self.vessel_named = re.compile(
            rf"\b{heads}\s+(?!(?-i:{alternation(section['vessel_not_names'])})\b)"
            rf"((?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}}))\b(?!\s*[-(])",
            re.I,
        )
        self.crowd_names: dict[str, str] = dict(section["crowd_names"])
        self.owned = frozenset(section["owned"])
        self.one_victim = frozenset(section["one_victim"])

    def crowd_name(self, sub_event_type: SubEventType) -> str:
        """What a crowd is called in this kind of event ("protesters", "rioters", "mob")."""
        names = self.crowd_names
        return names.get(sub_event_type.value) or names[event_of(sub_event_type).value]


def actors(
    work: Work, sub_event_type: SubEventType, country: str | None = None
) -> tuple[list[Actor], list[Actor]]:
    """Perpetrators and targets (module docstring); cites the sentences they come from.
    ``country``: the incident's, which binds a group to its home (:mod:`.homes`)."""
    lexicon = work.lexicon
    rules = lexicon.rules(ResolveRules)
    found: dict[str, dict[str, _Candidate]] = {"perpetrator": {}, "target": {}}
    attributed: set[str] = set()  # doers by a claim or an accusation ("police blamed X")
    # in a story of violence, a force that only arrested someone did not carry it out
    violent = event_of(sub_event_type) in VIOLENT and sub_event_type != SubEventType.arrests
    for sentence in work.main:
        later = _later(sentence, rules, lexicon)
        for mention in sentence.roles:
            if later:
                continue
            key = fold(mention.name)
            other = "target" if mention.role == "perpetrator" else "perpetrator"
            if key in found[other] or (violent and _arrested(sentence, mention, rules)):
                continue
            if violent and mention.role == "perpetrator" and key in rules.vague_victims:
                continue  # "12 people wounded": anyone counted is no doer of violence
            if mention.role == "perpetrator" and rules.counter_accused.search(
                sentence.text, 0, mention.start
            ):
                continue  # "the rebels denied it and accused the army": a denial's retort
            if violent and mention.role == "target" and _held(sentence, mention, rules):
                continue  # "Police arrested a 41-year-old man": no victim of the attack
            named = (is_lexicon_actor(mention.name, lexicon) or _proper(mention)) and not (
                mention.kind == _K.civilians and roles.is_people_head(mention.name, lexicon)
            )  # "American journalists": people described by a nation, no named actor
            actor = Actor(name=mention.name, kind=mention.kind)
            found[mention.role].setdefault(key, (actor, sentence, named))
            if mention.attributed and mention.role == "perpetrator":
                attributed.add(key)
    clauseside.title_roles(work, found, rules.vague_crowd, rules.vague_victims)
    clauses = set(found["perpetrator"])  # every doer a clause read, before the lead holds
    lead = leading.lead_paragraph(found["perpetrator"])
    found["perpetrator"] = leading.lead_first(found["perpetrator"], lead, attributed)
    found["target"] = leading.lead_victims(found["target"])
    if not found["perpetrator"]:
        for sentence in work.main:  # a named actor whose context marks it as the doer
            for lexical in sentence.actors:
                if (
                    lexical.role == "perpetrator"
                    and fold(lexical.name) not in found["target"]
                    and not rules.later_act.match(sentence.text)
                ):
                    actor = Actor(name=lexical.name, kind=lexical.kind)
                    found["perpetrator"].setdefault(fold(lexical.name), (actor, sentence, True))
    acting = [c for c in found["perpetrator"].values() if not rules.unknown_doer.match(c[0].name)]
    if sub_event_type == SubEventType.disrupted_weapons_use:  # who made it safe, not who planted
        acting = [c for c in acting if c[0].kind == _K.state_forces] or acting
    perpetrators = leading.pick(
        acting,
        rules.max,
        lexicon,
        accused=frozenset(attributed),
    )
    # a crowd's sides are crowd_order's, a battle's between two named forces _sides'
    armed = event_of(sub_event_type) == EventType.battles and len(_named_armed(work)) > 1
    if perpetrators or not (event_of(sub_event_type) in _CROWD_EVENTS or armed):
        perpetrators = perpetrators or subjects.doers(work)
    doers = [(fold(c[0].name), c[1], c[0].kind) for c in found["perpetrator"].values()]
    candidates = [  # "Israeli settlers burned homes after two settlers were shot": one band
        c
        for c in found["target"].values()
        if not any(
            s is c[1] and k == c[0].kind and _one_band(fold(c[0].name), d) for d, s, k in doers
        )
    ]
    people = [
        c
        for c in candidates
        if not roles.is_facility(c[0].name, lexicon) and (c[2] or c[0].kind != _K.unknown)
    ]
    sites = [c for c in candidates if roles.is_facility(c[0].name, lexicon)]
    # the site the lead says was hit, before one a later paragraph names ("the 1999 massacre
    # at Columbine High School" in a story of another school)
    first_site = min((c[1] for c in sites), key=lambda s: s.index, default=None)
    if first_site is not None and first_site.index < work.lead_count:
        sites = [c for c in sites if c[1].paragraph == first_site.paragraph]
    first_hit = min((c[1].index for c in people), default=0)
    shot_at = sub_event_type == SubEventType.excessive_force_against_protesters
    if (  # force against protesters hits the crowd, not the building it broke into
        not shot_at
        and any(c[1].index <= min(first_hit, work.lead_count) for c in sites)
        and all(fold(c[0].name) in rules.vague_victims for c in people)
    ):
        people = []  # "destroyed the al-Quds hospital, killing 27 people": the site was hit
    event_type = event_of(sub_event_type)
    if event_type == EventType.battles and perpetrators:
        # a force fought someone: the band it fought, not its own dead ("militants and
        # soldiers exchanged fire ... two soldiers were killed")
        state = all(a.kind == _K.state_forces for a, _ in perpetrators)
        fought = [
            c
            for c in candidates
            if c not in sites
            and (c[0].kind in NON_STATE or c[0].kind == _K.unknown) == state
            and c[0].kind != _K.civilians
        ]
        people = fought or people
    vague = (rules.vague_victims, rules.part_of_victims)
    targets = leading.pick(
        people or sites or candidates, rules.max, lexicon, vague, lead=work.lead_count
    )
    crowd_event = (
        event_type in _CROWD_EVENTS
        and sub_event_type != SubEventType.excessive_force_against_protesters
    )
    if crowd_event and not clauseside.force_on_crowd(work):
        # a riot's band the lead names by any head noun ("Tamil and Sinhalese gangs")
        # (not a force, whose crowd is the other side; a band named by its people, not
        # "a crowd of men", which the crowd words name better)
        band = [
            (a, s)
            for a, s in (subjects.doers(work) if event_type == EventType.riots else [])
            if a.kind != _K.state_forces and any(w[:1].isupper() for w in a.name.split())
        ]
        perpetrators, targets = crowds.crowd_order(
            work, sub_event_type, perpetrators, targets, rules, band
        )
    elif crowd_event or sub_event_type == SubEventType.excessive_force_against_protesters:
        # the force acted; the crowd it shot or beat is the target, never a doer
        crowd = [p for p in perpetrators if p[0].kind == _K.civilians]
        perpetrators = [p for p in perpetrators if p[0].kind == _K.state_forces] or [
            p for p in perpetrators if p not in crowd
        ]
        targets = targets or crowd[:1]
        targets = [
            crowds.crowd_name(actor, sub_event_type, sentence, rules)
            if actor.kind == _K.civilians
            else (actor, sentence)
            for actor, sentence in targets
        ]
    elif sub_event_type == SubEventType.arrests:
        armed_named = _named_armed(work)
        perpetrators, targets = operations.arrests(work, perpetrators, targets, armed_named, rules)
    else:
        armed_named = _named_armed(work, lead)
        read = [(c[0], c[1]) for c in acting[:1]]  # the first doer read, named or not
        perpetrators, targets = _sides(
            work, sub_event_type, perpetrators, targets, armed_named, read, frozenset(clauses)
        )
    perpetrators, targets = moves.sides(work, sub_event_type, perpetrators, targets)
    if violent and not crowd_event:  # "civilians" yields to what the clause hit
        weak = rules.vague_victims | rules.vague_crowd
        other_act = lambda s: _later(s, rules, lexicon)  # noqa: E731
        doer_heads = frozenset(roles.head_word(a.name) for a, _ in perpetrators)
        targets = clauseobject.clause_objects(
            work, targets, weak, sub_event_type, other_act, doer_heads
        )
    targets = [operations.named_vessel(work, a, s, rules) for a, s in targets]
    targets = [sitenames.named_site(work, a, s) for a, s in targets]  # "the Chez les Amis bar"
    perpetrators, targets = operations.issuer_acts(work, sub_event_type, perpetrators, targets)
    perpetrators, targets = anaphor.named_doers(work, sub_event_type, perpetrators, targets)
    told_later = lambda s: _later(s, rules, lexicon)  # noqa: E731  (the event clause's sides:)
    sides = framesides.frame_sides(work, sub_event_type, perpetrators, targets, told_later)
    perpetrators, targets = sides
    perpetrators = subjects.regrain(perpetrators, lexicon)
    for _, sentence in perpetrators:
        work.cite("perpetrators", sentence)
    for _, sentence in targets:
        work.cite("targets", sentence)
    return [homes.at_home(work, a, country) for a, _ in perpetrators], [
        homes.at_home(work, a, country) for a, _ in targets
    ]


def _later(sentence: Sentence, rules: ResolveRules, lexicon: Lexicon) -> bool:
    """Does the sentence tell another act ("Hours after the attack, militants ...") or
    background in the perfect ("groups linked to IS have attacked churches"): not its sides?"""
    if rules.later_act.match(sentence.text) is not None:
        return True
    return sentence.index > 0 and in_perfect(sentence.text, lexicon)


def _proper(mention: roles.RoleMention) -> bool:
    """A person ("Brenton Tarrant") or an armed group the lexicon lacks ("Kuma Brigade",
    "Lakurawa") named by the text: a name, never a generic phrase."""
    if mention.kind == _K.unknown and roles.is_person_name(mention.name):
        return True
    return mention.kind in NON_STATE | {_K.unknown} and roles.is_proper_name(mention.name)


def _arrested(sentence: Sentence, mention: roles.RoleMention, rules: ResolveRules) -> bool:
    """A doer only by arresting someone ("Police arrested a suspect"): in a story of another
    incident, not the one who carried it out."""
    end = mention.start + len(mention.surface)
    return mention.role == "perpetrator" and bool(rules.arrest_after.match(sentence.text[end:]))


def _held(sentence: Sentence, mention: roles.RoleMention, rules: ResolveRules) -> bool:
    """Is the phrase whom a force arrested ("arrested a 41-year-old man")?"""
    return bool(rules.arrest_before.search(sentence.text, 0, mention.start))


def _named_armed(work: Work, lead: int | None = None) -> list[_Pair]:
    """Armed actors of the lexicon in the main sentences, first mention first; after the
    lead doer's paragraph, only where a sentence reports violence ("both groups operate in
    the area" names no one who acted); after the first sentence, not where the violence is
    in the perfect ("groups linked to IS have attacked churches in the region": what they
    have done over time, :func:`..scan.clauses.in_perfect`)."""
    seen: dict[str, _Pair] = {}
    lexicon = work.lexicon
    denied = lexicon.rules(ResolveRules).denied_after
    for sentence in work.main:
        if lead is not None and sentence.paragraph > lead and not (sentence.cue or sentence.roles):
            continue
        if lead is not None and sentence.index > 0 and in_perfect(sentence.text, lexicon):
            continue  # "groups linked to IS have attacked churches in the region": background
        for mention in sentence.actors:
            if denied.match(sentence.text[mention.end :]):
                continue  # "the Pakistani Taliban denied involvement"
            if mention.kind in NON_STATE or mention.kind == _K.state_forces:
                seen.setdefault(
                    mention.name, (Actor(name=mention.name, kind=mention.kind), sentence)
                )
    return list(seen.values())


def _one_band(first: str, second: str) -> bool:
    """Do two generic phrases name one band ("settlers", "Israeli settlers")?"""
    return first.endswith(second) or second.endswith(first)


def _sides(
    work: Work,
    sub_event_type: SubEventType,
    perpetrators: list[_Pair],
    targets: list[_Pair],
    armed_named: list[_Pair],
    read: Sequence[_Pair] = (),
    clauses: frozenset[str] = frozenset(),
) -> tuple[list[_Pair], list[_Pair]]:
    """Who acted and who was acted on, once the article's named armed groups are weighed
    (module docstring: an unnamed doer gives way; both sides of a battle are armed; the
    first doer read counts as a side taking ground even when a named one was picked)."""
    named = [p for p in armed_named if not any(moves.same_actor(p[0], t[0]) for t in targets)]
    if not any(is_lexicon_actor(a.name, work.lexicon) for a, _ in perpetrators):
        groups = [p for p in named if p[0].kind in NON_STATE]
        if any(roles.is_person_name(a.name) for a, _ in perpetrators):
            # a doer named as a person ("Omar Mateen") is not the group the article merely
            # mentions ("pledged allegiance to IS"): only a group a clause reads as the doer
            # (a claim, an accusation, "its fighters") takes over
            groups = [p for p in groups if fold(p[0].name) in clauses]
        if groups and (not perpetrators or all(a.kind != _K.state_forces for a, _ in perpetrators)):
            perpetrators = groups[:1]
    if event_of(sub_event_type) != EventType.battles:
        return perpetrators, targets
    everyone: list[_Pair] = []
    for pair in perpetrators + targets + armed_named + list(read):
        armed = pair[0].kind in NON_STATE or pair[0].kind == _K.state_forces
        if armed and not any(moves.same_actor(pair[0], other[0]) for other in everyone):
            everyone.append(pair)
    state = [p for p in everyone if p[0].kind == _K.state_forces]
    non_state = [p for p in everyone if p[0].kind in NON_STATE]
    if sub_event_type == SubEventType.non_state_actor_overtakes_territory and non_state:
        return non_state[:1], state[:1] or targets
    if sub_event_type == SubEventType.government_regains_territory and state:
        lost = [
            p for p in state[1:] if not moves.same_actor(p[0], state[0][0])
        ]  # another state's army
        return state[:1], non_state[:1] or targets or lost[:1]
    armed_targets = [t for t in targets if t[0].kind != _K.civilians]
    if perpetrators and not armed_targets:
        doer = perpetrators[0][0]
        # the lead's victims stand unless the other side is named as early
        first = min((t[1].paragraph for t in targets), default=None)
        other_side = [
            p
            for p in everyone
            if (p[0].kind == _K.state_forces) != (doer.kind == _K.state_forces)
            and (first is None or p[1].paragraph <= first)
        ]
        if other_side:
            return perpetrators, other_side[:1]
    return perpetrators, targets
