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
from summarizer.engines.offline.places import strip_dateline
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


def _clip_words(text: str, limit: int) -> str:
    words = text.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")


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


_STOP = frozenset(
    """a an the and or but of in on at to for from by with as is was were be been being are it its
    this that these those he she they them his her their there which who when where while after
    before about into over than then so such not no also has have had said says told according
    would could will may""".split()
)
_NUMERIC = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b", re.I
)
_POOL = 20
_FRAGMENT_WORDS = 6
_QUOTED = re.compile(r"^[\"“‘']")
_ATTRIBUTED = re.compile(
    r"\b(?:said|says|told|according to|claimed|reported|stated|denied)\b", re.I
)


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2}


_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC)?\s*[—–:-]?\s*", re.I)
_BANNER = re.compile(r"^(?:live(?: updates| blog)?|updated?|all times)\b", re.I)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def _clean(sentence: Sentence) -> str:
    text = strip_dateline(sentence.text) if sentence.index == 0 else sentence.text
    text = _CLOCK.sub("", text.strip())  # a live blog's "11:05 —"
    return "" if _BANNER.match(text) else text.strip()


def _human_date(iso: str | None) -> str | None:
    """ "2023-08-12" → "12 August 2023"; "2023-08" → "August 2023"; "2023" stays."""
    if not iso:
        return None
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def _setting(date: str | None, location: Location | None) -> str:
    """The when and where the summary opens with: "On 12 August 2023 in Lalibela, Ethiopia:"."""
    when = _human_date(date)
    where = ""  # the place costs words the article's sentences say better
    if not when and not where:
        return ""
    if not when:
        return f"In {where}:"
    return f"On {when} in {where}:" if where else f"On {when}:"


def compose_summary(
    main: list[Sentence],
    claims: list[Claim],
    killed: CasualtyRange | None,
    injured: CasualtyRange | None,
    date: str | None = None,
    location: Location | None = None,
    cited: frozenset[int] = frozenset(),
    opening: str | None = None,
) -> str:
    """Greedy extractive summary of the main sentences, ≤ 100 words.

    It opens with the incident's date and place as extracted ("On 12 August 2023 in
    Lalibela, Amhara, Ethiopia:"), since articles say "on Sunday". Then each step takes the
    sentence that adds the most new content per word, favouring the lead, figures and
    attributed statements (so contested numbers keep their source) and the sentences the
    brief cites as evidence for its casualty and actor fields (``cited``: sentence indexes);
    direct quotes and fragments weigh less. It goes on until nothing more fits; sentences
    keep the article's order. Wire datelines and live-blog clock times are dropped.
    ``opening`` replaces the date-and-place opening.
    """
    setting = _setting(date, location) if opening is None else opening
    pool = [(s, _clean(s)) for s in main[:_POOL]]
    covered: set[str] = _content(setting)
    chosen: list[tuple[Sentence, str]] = []
    total = len(setting.split())
    while True:
        best, best_score = None, 0.0
        for rank, (sentence, text) in enumerate(pool):
            size = len(text.split())
            if not text or total + size > MAX_WORDS or (sentence, text) in chosen:
                continue
            gain = len(_content(text) - covered)
            weight = 1.0 / (1.0 + 0.2 * rank)
            weight *= 2.0 if _NUMERIC.search(text) else 1.0
            weight *= 1.3 if _ATTRIBUTED.search(text) else 1.0
            weight *= 1.5 if rank == 0 else 1.0
            weight *= 1.8 if sentence.index in cited else 1.0
            weight *= 0.4 if _QUOTED.match(text) and not _NUMERIC.search(text) else 1.0
            weight *= 0.3 if size < _FRAGMENT_WORDS else 1.0
            score = gain * weight / size**0.7
            if score > best_score:
                best, best_score = (sentence, text), score
        if best is None:
            break
        chosen.append(best)
        covered |= _content(best[1])
        total += len(best[1].split())
    if not chosen and pool:
        lead = next((text for _, text in pool if text), pool[0][0].text)
        budget = MAX_WORDS - 1 - len(setting.split())
        return f"{setting} {' '.join(lead.split()[:budget])}…".strip()
    chosen.sort(key=lambda pair: pair[0].start)
    return " ".join([setting, *(text for _, text in chosen)]).strip()


def describe_non_incident(article: Article, sentences: list[Sentence]) -> tuple[str, str]:
    """Headline and summary for an article that reports no incident."""
    subject = article.title or (sentences[0].text if sentences else "the article")
    headline = _clip_chars(f"No incident reported: {subject}", MAX_HEADLINE)
    opening = f"The article is {_genre(article.text)} and reports no violent or security incident."
    if article.title:
        opening += f" {_clip_words(article.title.rstrip('.'), 20)}."
    summary = compose_summary(sentences, [], None, None, opening=opening)
    return headline, summary


# What kind of piece an article without an incident is, from its vocabulary (first found).
_GENRES: list[tuple[str, re.Pattern[str]]] = [
    ("a review", re.compile(r"\b(?:film|movie|novel|video game|gameplay|director|actor)\b", re.I)),
    (
        "a sports report",
        re.compile(r"\b(?:football|soccer|rugby|cricket|tennis|match|league|striker|goal)\b", re.I),
    ),
    (
        "a business and markets report",
        re.compile(r"\b(?:shares|stocks|investors|prices|barrel|crude|earnings|revenue)\b", re.I),
    ),
    (
        "an accident or disaster report",
        re.compile(
            r"\b(?:accident|crash(?:ed)?|collided|capsized|landslide|flood(?:s|ing)?|earthquake)\b",
            re.I,
        ),
    ),
    (
        "an opinion or politics piece",
        re.compile(r"\b(?:op-ed|opinion|election|campaign|voters|budget|spending)\b", re.I),
    ),
]


def _genre(text: str) -> str:
    return next((genre for genre, cue in _GENRES if cue.search(text)), "a feature")
