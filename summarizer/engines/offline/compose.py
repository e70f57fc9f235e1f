"""Headline and summary, composed from the article's own content within the contract's limits.

- Headline (≤ 120 characters): "<perpetrator> <event> kills N in <place>, <country>" from the
  extracted fields, so it is neutral whatever the article's own title says.
- Summary (≤ 100 words): the lead sentence, then the sentences that carry attributed
  casualty figures (so contested numbers stay attributed to their sources), then further
  main-incident sentences while they fit.
"""

from __future__ import annotations

import re

from summarizer.article import Article
from summarizer.engines.offline.text import Sentence
from summarizer.schema import Actor, CasualtyRange, Claim, Location, SubEventType

__all__ = ["compose_headline", "compose_summary", "describe_non_incident"]

MAX_HEADLINE = 120
MAX_WORDS = 100

_NOUNS: dict[SubEventType, str] = {
    SubEventType.armed_clash: "Clash",
    SubEventType.government_regains_territory: "Government forces retake territory",
    SubEventType.non_state_actor_overtakes_territory: "Armed group seizes territory",
    SubEventType.chemical_weapon: "Chemical attack",
    SubEventType.air_drone_strike: "Air or drone strike",
    SubEventType.suicide_bomb: "Suicide bombing",
    SubEventType.shelling_artillery_missile_attack: "Missile or shelling attack",
    SubEventType.remote_explosive_landmine_ied: "Explosive attack",
    SubEventType.grenade: "Grenade attack",
    SubEventType.sexual_violence: "Sexual violence",
    SubEventType.attack: "Attack on civilians",
    SubEventType.abduction_forced_disappearance: "Abduction",
    SubEventType.peaceful_protest: "Peaceful protest",
    SubEventType.protest_with_intervention: "Protest dispersed",
    SubEventType.excessive_force_against_protesters: "Force used against protesters",
    SubEventType.violent_demonstration: "Violent demonstration",
    SubEventType.mob_violence: "Mob violence",
    SubEventType.agreement: "Agreement",
    SubEventType.arrests: "Arrests",
    SubEventType.change_to_group_activity: "Change in armed group activity",
    SubEventType.disrupted_weapons_use: "Attack thwarted",
    SubEventType.headquarters_or_base_established: "Base established",
    SubEventType.looting_property_destruction: "Looting and destruction",
    SubEventType.non_violent_transfer_of_territory: "Territory changes hands",
    SubEventType.other: "Security development",
}


def _where(location: Location) -> str:
    parts = [p for p in (location.place, location.admin1, location.country) if p]
    unique: list[str] = []
    for part in parts:
        if part not in unique:
            unique.append(part)
    return ", ".join(unique)


def _clip_chars(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def compose_headline(
    sub_event_type: SubEventType,
    perpetrators: list[Actor],
    location: Location,
    killed: CasualtyRange | None,
    article: Article,
) -> str:
    """One neutral line from the extracted fields."""
    noun = _NOUNS[sub_event_type]
    line = noun
    if perpetrators and noun[0].isupper():
        line = f"{noun} by {perpetrators[0].name}"
    where = _where(location)
    if where:
        line += f" in {where}"
    if killed is not None and killed.max > 0:
        figure = str(killed.min) if killed.min == killed.max else f"{killed.min}-{killed.max}"
        line += f"; {figure} reported killed"
    return _clip_chars(line, MAX_HEADLINE)


def _words(text: str) -> list[str]:
    return text.split()


def compose_summary(
    main: list[Sentence],
    claims: list[Claim],
    killed: CasualtyRange | None,
    injured: CasualtyRange | None,
) -> str:
    """Lead sentence, attributed casualty sentences, then more lead sentences, ≤ 100 words."""
    chosen: list[Sentence] = []
    candidates: list[Sentence] = main[:1]
    numeric = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", re.I)
    claim_quotes = {c.quote for c in claims}
    candidates += [s for s in main if s.text in claim_quotes and numeric.search(s.text)]
    candidates += main[1:4]
    total = 0
    for sentence in candidates:
        if sentence in chosen:
            continue
        size = len(_words(sentence.text))
        if total + size > MAX_WORDS:
            continue
        chosen.append(sentence)
        total += size
    if not chosen and main:
        return " ".join(_words(main[0].text)[: MAX_WORDS - 1]) + "…"
    chosen.sort(key=lambda s: s.start)
    return " ".join(s.text for s in chosen)


def describe_non_incident(article: Article, sentences: list[Sentence]) -> tuple[str, str]:
    """Headline and summary for an article that reports no incident."""
    subject = article.title or (sentences[0].text if sentences else "the article")
    headline = _clip_chars(f"No incident reported: {subject}", MAX_HEADLINE)
    lead = " ".join(s.text for s in sentences[:2])
    words = _words(lead)
    budget = MAX_WORDS - 12
    body = " ".join(words[:budget]) + ("…" if len(words) > budget else "")
    summary = f"The article reports no violent or security incident. It reads: {body}"
    return headline, summary
