"""Protests and riots in ACLED's actor order: the crowd acts, the force it met is second.

A crowd is named as the text names it ("stone-throwing youths", "opposition supporters",
and, when no clause makes it the doer, "demonstrators" or "university students" wherever
the text names it first), or, named vaguely ("people", "residents"), for what it did: protesters, rioters, a mob
(``[actors.resolve].crowd_names``). A crowd a force acted on ("police dispersed youths") is
the crowd that demonstrated or rioted; people a mob set on are its victims. A person named
("the activist Omoyele Adebayo") is no crowd. A protest's organisers the text names ("a
rally organised by the Stop the War Coalition and CND") are its doers (``organised_by``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan import phrases, roles
from summarizer.engines.offline.scan.cues import event_of
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, ActorKind, EventType, SubEventType

if TYPE_CHECKING:
    from summarizer.engines.offline.lexicon import Lexicon
    from summarizer.engines.offline.resolve.actors import ResolveRules

__all__ = ["Pair", "crowd_name", "crowd_order", "force_met"]

Pair = tuple[Actor, Sentence]


def crowd_order(
    work: Work,
    sub_event_type: SubEventType,
    perpetrators: list[Pair],
    targets: list[Pair],
    rules: ResolveRules,
    band: list[Pair] | None = None,
) -> tuple[list[Pair], list[Pair]]:
    """ACLED's order for protests and riots: the crowd acts, the force it meets is second.
    ``band``: the doers the lead's clause names (:func:`.subjects.doers`), the crowd when
    no crowd word was read, before one is implied ("a mob")."""
    everyone = perpetrators + targets
    # a person by name ("the activist Omoyele Adebayo") is no crowd
    crowd = [
        p
        for p in everyone
        if p[0].kind == ActorKind.civilians and not roles.is_person_name(p[0].name)
    ][:1]
    forces = [p for p in everyone if p[0].kind != ActorKind.civilians][:1]
    # a crowd a force acted on ("police dispersed stone-throwing youths") is the crowd
    # that demonstrated or rioted; one a mob set on is its victim
    dispersed = sub_event_type != SubEventType.mob_violence and any(
        p[0].kind == ActorKind.state_forces for p in perpetrators
    )
    if not any(p[0].kind == ActorKind.civilians for p in perpetrators) and not dispersed:
        crowd = []  # no crowd acts in the text: it is implied below
    hit = [p for p in targets if p not in crowd and p[0].kind == ActorKind.civilians]
    doers = [crowd_name(actor, sub_event_type, sentence, rules) for actor, sentence in crowd]
    if not doers:
        doers = list(band or ()) or implied_crowd(work, sub_event_type, rules)
    if event_of(sub_event_type) == EventType.protests:
        doers = organisers(work) or doers  # "a rally organised by X and Y": X and Y
    if sub_event_type == SubEventType.peaceful_protest:
        return doers, []  # a peaceful protest met no force: police who watched are no target
    # a mob that set on residents or suspects: they are the target, not the police
    mob = sub_event_type == SubEventType.mob_violence
    # else the force the crowd met ("as police answered with tear gas") before anyone hurt
    hit_first = hit[:1] if mob and hit else forces or force_met(work, rules) or hit[:1]
    return doers, hit_first


def organisers(work: Work) -> list[Pair]:
    """The named organisers of a protest ("organised by the Stop the War Coalition and the
    Muslim Association of Britain"), each a capitalised name, in the lead or the sentence
    after it; [] when none is named."""
    pattern = work.lexicon.rules(_organised_by)
    for sentence in work.main[: work.lead_count + 1]:
        match = pattern.search(sentence.text)
        if match:
            who = match.group("who").strip(" ,")
            names = re.split(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", who)
            found = [
                n.strip() for n in names if roles.is_person_name(n.strip()) or n.strip().isupper()
            ]
            if found and len(found) == len(names):
                return [(Actor(name=n, kind=ActorKind.unknown), sentence) for n in found]
    return []


def _organised_by(lexicon: Lexicon) -> re.Pattern[str]:
    """``[actors.resolve].organised_by`` compiled, once per lexicon."""
    return re.compile(str(lexicon.section("actors")["resolve"]["organised_by"]))


def crowd_name(
    actor: Actor, sub_event_type: SubEventType, sentence: Sentence, rules: ResolveRules
) -> Pair:
    """A vague crowd ("people", "civilians") named for what it did: protesters, rioters, a
    mob (``crowd_names``)."""
    if fold(actor.name) in rules.vague_crowd:
        return Actor(name=rules.crowd_name(sub_event_type), kind=ActorKind.civilians), sentence
    return actor, sentence


def force_met(work: Work, rules: ResolveRules) -> list[Pair]:
    """The force a crowd met ("clashed with police"), second in ACLED's actor order."""
    for sentence in work.main:
        match = rules.force_word.search(sentence.text)
        if match:
            name = match.group(0).lower()
            name = "police" if "police" in name else name
            return [(Actor(name=name, kind=ActorKind.state_forces), sentence)]
    return []


def implied_crowd(work: Work, sub_event_type: SubEventType, rules: ResolveRules) -> list[Pair]:
    """A protest or riot always has its crowd, even when no clause names it as the doer: by
    the text's own name for it ("demonstrators", "university students") where the sentence
    that first tells of a crowd gives one (with whom it backs: "supporters of X",
    :func:`..scan.phrases.crowd_named`), else by what it did."""
    for sentence in work.main:
        own = rules.crowd_noun.search(sentence.text)
        if own and sub_event_type != SubEventType.mob_violence:
            name = " ".join(own.group(0).lower().split())
            longer = phrases.crowd_named(sentence.text, own, work.lexicon)  # "of X"
            name = longer.name if longer else name
            return [(Actor(name=name, kind=ActorKind.civilians), sentence)]
        if rules.crowd_word.search(sentence.text):
            name = rules.crowd_name(sub_event_type)
            return [(Actor(name=name, kind=ActorKind.civilians), sentence)]
    if sub_event_type == SubEventType.mob_violence and work.main:  # read from its deed
        return [
            (Actor(name=rules.crowd_name(sub_event_type), kind=ActorKind.civilians), work.main[0])
        ]
    return []
