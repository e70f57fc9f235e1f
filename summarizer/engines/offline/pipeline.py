"""The offline engine's steps, in order, from article to :class:`BriefDraft`.

1. Read the article once into a :class:`~.document.Document` (sentences, tokens, spans).
2. Date the incident and set apart the sentences about other incidents
   (:mod:`.resolve.date`); the rest are the *main* sentences every field is read from.
3. Decide incident or not from the main sentences (:mod:`.resolve.event`): violence of
   another time makes none; an article with none is described.
4. Resolve each field from the main sentences: event type, location, actors, casualties,
   weapons, named casualties, claims, related incidents, then a domain overlay's
   additions (:mod:`.resolve.domain`).
5. Compose headline and summary (:mod:`.resolve.summary`); attach the sentences each field
   cited as its evidence, each marking the phrase its value came from (:mod:`.resolve.evidence`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from summarizer.article import Article
from summarizer.engines.offline.document import Document
from summarizer.engines.offline.lexicon import Lexicon, default_lexicon
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.resolve import actors as actor_fields
from summarizer.engines.offline.resolve import casualties as casualty_fields
from summarizer.engines.offline.resolve import claims as claim_fields
from summarizer.engines.offline.resolve import date as date_fields
from summarizer.engines.offline.resolve import domain as domain_fields
from summarizer.engines.offline.resolve import event as event_fields
from summarizer.engines.offline.resolve import evidence as evidence_fields
from summarizer.engines.offline.resolve import location as location_fields
from summarizer.engines.offline.resolve import people as people_fields
from summarizer.engines.offline.resolve import related as related_fields
from summarizer.engines.offline.resolve import summary as summary_fields
from summarizer.engines.offline.resolve import suspects as suspect_fields
from summarizer.engines.offline.resolve import victims as victim_fields
from summarizer.engines.offline.resolve import weapons as weapon_fields
from summarizer.engines.offline.scan import (
    actors,
    casualties,
    cues,
    dates,
    domain,
    gazetteer,
    genre,
    people,
    places,
    quotes,
    roles,
    weapons,
)
from summarizer.schema import BriefDraft

__all__ = ["RULE_BUILDERS", "draft_brief"]

#: Every rule set a lexicon builds: an overlay is checked by building them all.
RULE_BUILDERS: tuple[Callable[[Lexicon], Any], ...] = (
    cues.CueRules,
    dates.DateRules,
    places.PlaceRules,
    gazetteer.CityRules,
    genre.GenreRules,
    actors.ActorRules,
    roles.RoleRules,
    casualties.CasualtyRules,
    weapons.WeaponRules,
    quotes.QuoteRules,
    people.PeopleRules,
    domain.DomainRules,
    actor_fields.ResolveRules,
    suspect_fields.SuspectRules,
    claim_fields.ClaimRules,
    summary_fields.SummaryRules,
)


def draft_brief(article: Article, lexicon: Lexicon | None = None) -> BriefDraft:
    """Run every step on ``article`` and return a draft (valid against the article).

    ``lexicon``: the vocabulary (default: the package's own)."""
    doc = Document(article, lexicon or default_lexicon())
    try:
        return _draft(doc)
    finally:
        doc.release()


def _draft(doc: Document) -> BriefDraft:
    main_date, date_sentence = date_fields.main_date(doc)
    main = date_fields.main_sentences(doc, main_date)
    cue = event_fields.incident_cue(doc, main)
    if cue is None:
        headline, summary = summary_fields.describe_non_incident(doc)
        return BriefDraft(incident=False, headline=headline, summary=summary)

    work = Work(doc, main)
    event_type, sub_event_type = event_fields.classification(work, cue)
    if date_sentence is not None:
        work.cite("date", date_sentence)
    location = location_fields.location(work)
    # before the people and tolls: a main sentence's other incident is none of theirs
    related = related_fields.related_incidents(work, main_date, location)
    perpetrators, targets = actor_fields.actors(work, sub_event_type, location.country)
    suspects = suspect_fields.find_suspects(work, sub_event_type)
    perpetrators, targets = suspect_fields.as_doers(work, suspects, perpetrators, targets)
    named = people_fields.named_casualties(work, perpetrators + targets, suspects)
    targets = victim_fields.victims_as_targets(work, targets, named, sub_event_type, suspects)
    killed, injured = casualty_fields.casualties(work, named)
    weapons_used = weapon_fields.weapons(work, event_type, perpetrators)
    perpetrators, targets, weapons_used, named = domain_fields.extend(
        work, perpetrators, targets, weapons_used, named
    )
    found_claims = claim_fields.claims(work)

    headline = summary_fields.headline(doc, sub_event_type, perpetrators, location, killed)
    fact_sentences = frozenset(
        s.index
        for name in ("killed", "injured", "perpetrators", "targets")
        for s in work.evidence.get(name, [])
    )
    dated = date_sentence.index if date_sentence is not None else None
    summary = summary_fields.summary(doc, work.main, main_date, fact_sentences, dated=dated)
    fields: dict[str, Any] = {
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "date": main_date,
        "location": location,
        "perpetrators": perpetrators,
        "targets": targets,
        "weapons": weapons_used,
        "killed": killed,
        "injured": injured,
        "named_casualties": named,
    }
    return BriefDraft(
        incident=True,
        headline=headline,
        summary=summary,
        claims=found_claims,
        related_incidents=related,
        evidence=evidence_fields.evidence(work, fields),
        **fields,
    )
