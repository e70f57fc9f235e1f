"""Incident or not, and the ACLED event and sub-event type of the main incident.

Rule, incident: an article reports an incident when its genre allows (``policy`` not
"none", none of its ``none_when`` cues in the title or lead; a genre is set aside when its
``waived_by`` names the event type the title and lead cue, or its ``waived_by_told`` the
type a cue of the lead that tells how the harm was done gives) and its title and lead (else
its whole text) cue a sub-event type, and violence cues are at least ``[events.vote].threshold`` of
violence and figurative cues together (the words of politics are figurative except when the
title and lead cue a protest or riot; a domain overlay's words count as violence too, and
in a short report of at most ``short_report`` sentences so does the sub-event cue itself:
"a chlorine cylinder was dropped on the town" names no other word of violence, and two
lines have room for few; so does the violent verb of a clause that gave the cue
(``scan/frames.py``); but a short report with a figurative word and no word of violence
besides its dead and hurt, ``[events].outcome``, is an accident: "a ferry capsized,
killing 12"), unless its cue tells how the harm was done (a non-generic rule: "dropped a
barrel of chlorine, injuring dozens").
With ``[domain].fallback_cue``, an article no cue fits is an explosion or an attack when
it has a word of violence.

Rule, type: each main sentence (the first ``max_sentences``) votes for the first
sub-event type, in precedence order, that it cues; the title and the lead weigh most, and a
generic type or rule (an attack that names no weapon, a protest that names no
intervention, a killing of soldiers read as a clash) weighs ``generic_factor`` of that. Precedence settles a sentence ("a suicide car bomb"), the vote
settles the article (one stray "protest" does not make a massacre a protest); a tie goes to
the more specific type. A type that is no event when people were killed in it (an arrest:
``not_when_killed``) gives way, when a main sentence counts dead, the title or opening
says it came after an act of violence, the title tells how one was done ("Prime
minister shot in Handlova", not "held in a raid") or the opening sentence tells of one,
to the violent type with most votes, else an attack; one that is the intervention in a protest (arrests:
``in_protest``) is a protest with intervention when the title or lead cues a protest; a
type in ``when_killed`` becomes another when a sentence of the lead counts dead (a protest
broken up with people killed met excessive force; not a toll of the month's protests told
further down). A type only generic cues voted for gives way to the type of its
``refined_by`` that a specific cue voted for (an explosion at a rally is the grenade a later
sentence says was thrown).
Without a vote, the article's own cue decides.
"""

from __future__ import annotations

from collections import defaultdict

from summarizer.engines.offline.document import Document, Sentence
from summarizer.engines.offline.resolve import VIOLENT, Work
from summarizer.engines.offline.scan import domain as domain_scan
from summarizer.engines.offline.scan.cues import (
    CueRules,
    EventCue,
    cue_counts,
    event_of,
    outcome_count,
    says_little,
)
from summarizer.schema import EventType, SubEventType

__all__ = ["classification", "incident_cue"]


def incident_cue(doc: Document, main: list[Sentence] | None = None) -> EventCue | None:
    """The cue that makes the article an incident, or None when it reports none.
    ``main``: the sentences about the main incident (default: all); a cue only in the
    others (violence of another time, remembered) makes no incident."""
    if not doc.sentences:
        return None
    kept = set(map(id, main)) if main is not None else None
    lead = [
        s
        for s in doc.lead(doc.lexicon.section("document")["lead_sentences"])
        if kept is None or id(s) in kept
    ]
    lead_text = " ".join([doc.title or "", *(s.text for s in lead)])
    lead_cue = doc.cue(lead_text)
    cue_rules = doc.lexicon.rules(CueRules)
    genre = doc.genre
    # a protest's politics are no figurative use, nor are those of a politics piece its
    # lead's blast sets aside (a bomb thrown at a candidate on the stump)
    crowd = lead_cue is not None and (
        lead_cue.event_type in _CROWD
        or (
            genre is not None
            and lead_cue.event_type.value in genre.waived_by
            and lead_cue.event_type in cue_rules.literal_politics
            and not says_little(lead_cue, cue_rules)
        )
    )
    riot = lead_cue is not None and lead_cue.event_type == EventType.riots
    waived = genre is not None and (
        (lead_cue is not None and lead_cue.event_type.value in genre.waived_by)
        or (
            bool(genre.waived_by_told)
            and any(  # the title's or a lead sentence's cue that tells how
                c is not None
                and c.event_type.value in genre.waived_by_told
                and not says_little(c, cue_rules)
                for c in (lead_cue, *(s.cue for s in lead))
            )
        )
    )
    if genre is not None and not waived:
        if genre.policy == "none":
            return None  # an opinion piece, a statistical report, sports...: no incident
        if genre.none_when is not None and genre.none_when.search(
            lead_text, doc.lexicon.fold(lead_text)
        ):
            return None  # an obituary of a death from illness: no incident
    whole = (
        doc.text
        if main is None or len(main) == len(doc.sentences)
        else " ".join(s.text for s in main)
    )
    cue = lead_cue or doc.cue(whole)
    rules = doc.lexicon.rules(domain_scan.DomainRules)
    if cue is None and rules.fallback_cue:
        cue = _fallback_cue(doc.text, rules)
    # a short report's cue counts as violence, and so does a clause's violent verb
    # (scan/frames.py: "bombed and machine-gunned the town" names no other word of it)
    short = len(doc.sentences) <= cue_rules.short_report
    cued = 1 if short or (cue is not None and cue.frame) else 0
    told = cue is not None and not says_little(cue, cue_rules)
    if cue is None or _incident_score(doc, cued, crowd, riot, told) < cue_rules.threshold:
        return None
    return cue


def _fallback_cue(text: str, rules: domain_scan.DomainRules) -> EventCue | None:
    """A word of violence ("dynamited", "the killing of"): an explosion when it is one, else
    an attack."""
    match = rules.violent.search(text)
    if match is None:
        return None
    explosion = rules.explosion.search(text)
    if explosion is not None:
        sub = SubEventType.remote_explosive_landmine_ied
        return EventCue(event_of(sub), sub, explosion.start(), explosion.end())
    sub = SubEventType.attack
    return EventCue(event_of(sub), sub, match.start(), match.end())


def _incident_score(
    doc: Document, cued: int = 0, crowd: bool = False, riot: bool = False, told: bool = False
) -> float:
    """Share of violence cues among violence and figurative cues, the domain's words
    counting as violence ("fmln", "urban guerrillas", "dynamite", "murder"); ``cued``: how
    many sub-event cues to count as violence besides; ``crowd``: the lead cues a protest or
    riot, whose politics ("election", "budget") are no figurative use; ``riot``: a riot,
    whose sports ground ("fans", "match") is none either; ``told``: the sub-event cue tells
    how (chlorine dropped, a grenade thrown), so a short report is no accident though its
    only other violence words are its hurt."""
    text, lexicon = doc.text, doc.lexicon
    violent, figurative = cue_counts(text, lexicon, doc.folded, crowd, riot)
    rules = lexicon.rules(domain_scan.DomainRules)
    violent += len(domain_scan.organisations_in(text, lexicon))
    violent += len(domain_scan.individuals_in(text, lexicon))
    violent += len(domain_scan.weapons_in(text, lexicon))
    violent += len(domain_scan.phrases(text, rules.perpetrator_heads, rules))
    if rules.violence is not None:
        violent += len(rules.violence.findall(text))
    if cued and not told and figurative and violent == outcome_count(text, lexicon, doc.folded) > 0:
        return 0.0  # a short report of an accident: only its dead and hurt are violent
    violent += cued
    return violent / (violent + figurative) if violent else 0.0


def _vote(cue: EventCue, weight: float, rules: CueRules) -> float:
    return weight * rules.generic_factor if says_little(cue, rules) else weight


_CROWD = frozenset({EventType.protests, EventType.riots})
_ATTACK = SubEventType.attack


def _deadly(work: Work, upto: int | None = None) -> bool:
    """Does a main sentence (of the first ``upto``, when given) give a figure of people
    killed?"""
    return any(
        figure.kind == "killed" and figure.count > 0
        for sentence in work.main[:upto]
        for figure in sentence.casualties
    )


def _refined(
    best: SubEventType,
    votes: dict[SubEventType, float],
    specific: set[SubEventType],
    rules: CueRules,
    order: dict[SubEventType, int],
) -> SubEventType:
    """A type only generic cues voted for (a blast that names no device) gives way to the
    one of its ``[events.vote].refined_by`` types a specific cue voted for (the grenade a
    later sentence names)."""
    if best in specific:
        return best
    told = [sub for sub in rules.refined_by.get(best, ()) if sub in specific]
    return max(told, key=lambda sub: (votes[sub], -order[sub])) if told else best


def _opens_on_violence(work: Work) -> bool:
    """Does the opening sentence tell of an act of violence ("A gunman shot and wounded the
    mayor ...; police arrested a suspect")?"""
    cue = work.main[0].cue if work.main else None
    return cue is not None and cue.event_type in VIOLENT


def _arrested_after(work: Work, rules: CueRules) -> bool:
    """Does the title or the opening sentence say the arrest came after an act of violence?"""
    texts = [work.doc.title or "", work.sentences[0].text if work.sentences else ""]
    return any(rules.arrested_after.search(text, work.lexicon.fold(text)) for text in texts)


def classification(work: Work, fallback: EventCue) -> tuple[EventType, SubEventType]:
    """The main incident's event and sub-event type (module docstring); cites the sentence
    that decided it."""
    doc = work.doc
    rules = doc.lexicon.rules(CueRules)
    weights = rules.weights
    votes: dict[SubEventType, float] = defaultdict(float)
    first: dict[SubEventType, Sentence] = {}
    opening: set[SubEventType] = set()  # what the title and the lead cue
    specific: set[SubEventType] = set()  # what a cue that tells how voted for
    title_violent = False  # the title cues an act of violence ("Prime minister shot")
    if doc.title:
        title_cue = doc.cue(doc.title)
        if title_cue is not None:
            title_violent = title_cue.event_type in VIOLENT and not says_little(title_cue, rules)
            sub = title_cue.sub_event_type
            votes[sub] += _vote(title_cue, weights["title"], rules)
            opening.add(sub)
            if not says_little(title_cue, rules):
                specific.add(sub)
    for rank, sentence in enumerate(work.main[: rules.max_sentences]):
        cue = sentence.cue
        if cue is None:
            continue
        weight = (
            weights["first"]
            if rank == 0
            else weights["lead"]
            if rank < work.lead_count
            else weights["rest"]
        )
        votes[cue.sub_event_type] += _vote(cue, weight, rules)
        if not says_little(cue, rules):
            specific.add(cue.sub_event_type)
        first.setdefault(cue.sub_event_type, sentence)
        if rank < work.lead_count:
            opening.add(cue.sub_event_type)
    if not votes:
        cue = doc.cue(doc.text) or fallback  # the article's cue, or a domain's
        work.cite("event_type", work.sentences[0])
        return cue.event_type, cue.sub_event_type
    order = {sub: i for i, sub in enumerate(rules.precedence)}
    best = _refined(
        max(votes, key=lambda sub: (votes[sub], -order[sub])), votes, specific, rules, order
    )
    if best in rules.in_protest and any(event_of(s) == EventType.protests for s in opening):
        best = SubEventType.protest_with_intervention  # arrests at a sit-in
    elif best in rules.not_when_killed and (
        _deadly(work) or _arrested_after(work, rules) or title_violent or _opens_on_violence(work)
    ):
        # the arrest after a (deadly) shooting: the shooting is the event
        violent = {s: v for s, v in votes.items() if event_of(s) in VIOLENT}
        best = max(violent, key=lambda s: (violent[s], -order[s])) if violent else _ATTACK
    if best in rules.when_killed and _deadly(work, work.lead_count):
        best = rules.when_killed[best]  # a protest broken up, people killed: excessive force
    work.cite("event_type", first.get(best, work.sentences[0]))
    return event_of(best), best
