"""The offline engine's steps, in order, from article to :class:`BriefDraft`.

1. Split into sentences; mark *background* sentences (other incidents: "since", "follows",
   "last year", or a date other than the main one) so they do not feed the main incident.
2. Decide incident or not, and classify (headline and lead first).
3. Date, location, actors, casualties, weapons, named casualties, claims from the main
   sentences; related incidents from the background ones.
4. Compose headline and summary; attach one evidence quote (the sentence) per filled field.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from summarizer.article import Article
from summarizer.engines.offline import actors, casualties, claims, classify, dates, places, roles
from summarizer.engines.offline import domain as domain_rules
from summarizer.engines.offline.compose import (
    compose_headline,
    compose_summary,
    describe_non_incident,
)
from summarizer.engines.offline.text import Sentence, split_sentences
from summarizer.schema import (
    Actor,
    ActorKind,
    BriefDraft,
    CasualtyRange,
    CasualtyStatus,
    Claim,
    EventType,
    Evidence,
    Location,
    NamedCasualty,
    RelatedIncident,
    SubEventType,
)

__all__ = ["draft_brief"]

_BACKGROUND = re.compile(
    r"\b(?:since|follows|followed|following the|(?:comes|came) (?:\w+ ){0,2}?after|in retaliation for|retaliation for|"
    r"last year|last month|previous(?:ly)?|earlier this year|a year ago|months ago|weeks ago|in the past|"
    r"history of|anniversary|recent (?:weeks|months)|dozens of attacks|series of)\b",
    re.IGNORECASE,
)
_LEAD_SENTENCES = 3
# Tallies over a period, not this incident; only trusted as background beyond the lead.
_CUMULATIVE = re.compile(
    r"\b(?:so far this year|this year|since (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|the start|the beginning)|over the past|in the past|"
    r"in (?:19|20)\d\d|during (?:19|20)\d\d|across the country|nationwide|"
    r"a total of|in recent (?:years|months|weeks))\b",
    re.IGNORECASE,
)

_WEAPONS: tuple[tuple[str, str], ...] = (
    (
        "car bomb",
        r"car bomb|vehicle-borne|VBIED|(?:car|vehicle|truck|pickup)[^.]{0,20}(?:packed|laden|loaded|rigged) with explosives",
    ),
    ("suicide vest", r"suicide vest|explosive vest|explosives?[- ]laden vest"),
    ("rocket-propelled grenade", r"rocket-propelled grenades?|\bRPGs?\b"),
    ("petrol bomb", r"petrol bombs?|molotov cocktails?|fire ?bombs?"),
    ("barrel bomb", r"barrel bombs?"),
    ("drone", r"drones?\b"),
    ("missile", r"missiles?\b"),
    ("rocket", r"rockets?\b"),
    ("artillery", r"artillery"),
    ("mortar", r"mortars?\b"),
    ("ied", r"\bIEDs?\b|improvised explosive"),
    ("roadside bomb", r"roadside bomb"),
    ("landmine", r"land ?mines?"),
    ("grenade", r"grenades?"),
    ("machine gun", r"machine ?guns?"),
    ("rifle", r"rifles?\b|AK-47|Kalashnikov"),
    ("pistol", r"pistols?"),
    ("handgun", r"handguns?"),
    ("gun", r"\bguns?\b|gunfire|firearms?"),
    ("machete", r"machetes?"),
    ("knife", r"\bknife|\bknives|stabbed"),
    ("stick", r"\bsticks\b|\bclubs\b|cudgels?"),
    ("stones", r"\bstones\b|\brocks\b"),
    ("petrol", r"petrol|gasoline|molotov"),
    ("tear gas", r"tear ?gas"),
    ("pepper spray", r"pepper spray"),
    ("dynamite", r"dynamite"),
    ("water cannon", r"water cannons?"),
    ("fighter jet", r"fighter jets?|warplanes?|war planes?"),
    ("helicopter", r"helicopter gunships?|attack helicopters?|helicopters?"),
    ("chlorine", r"chlorine"),
    ("explosives", r"explosives\b|explosive device"),
    ("bomb", r"\bbombs?\b(?! disposal)"),
)
# A specific weapon makes the generic word redundant ("roadside bomb" and "bomb").
_GENERIC_WEAPONS: dict[str, frozenset[str]] = {
    "bomb": frozenset(
        {
            "car bomb",
            "roadside bomb",
            "barrel bomb",
            "petrol bomb",
            "ied",
            "landmine",
            "suicide vest",
            "grenade",
        }
    ),
    "explosives": frozenset(
        {
            "car bomb",
            "roadside bomb",
            "barrel bomb",
            "ied",
            "landmine",
            "suicide vest",
            "grenade",
            "dynamite",
        }
    ),
    "gun": frozenset({"rifle", "pistol", "handgun", "machine gun"}),
    "rocket": frozenset({"rocket-propelled grenade"}),
    "grenade": frozenset({"rocket-propelled grenade"}),
    "petrol": frozenset({"petrol bomb"}),
}


@dataclass
class _Brief:
    """Working state: fields and their evidence sentences."""

    sentences: list[Sentence]
    main: list[Sentence]
    evidence: dict[str, list[Sentence]] = field(default_factory=dict)

    def cite(self, name: str, sentence: Sentence) -> None:
        cited = self.evidence.setdefault(name, [])
        if sentence not in cited:
            cited.append(sentence)


def _is_background(sentence: Sentence, main_date: str | None, anchor: Article) -> bool:
    if sentence.index == 0:
        return False
    if _BACKGROUND.search(sentence.text):
        return True
    if sentence.index >= 2 and _CUMULATIVE.search(sentence.text):
        return True
    if main_date and _other_period(sentence.text, main_date):
        return True
    if main_date:
        # the day something was said ("said on Monday") does not date what was said
        mentioned = [
            m.value
            for m in dates.find_dates(
                sentence.text, anchor.published, dates.article_year(anchor.text)
            )
            if m.value and not _SPEECH_BEFORE.search(sentence.text[max(0, m.start - 40) : m.start])
        ]
        # background is history: a date before the incident's; dates after it (statements,
        # funerals, "a week later") are the incident's aftermath
        if mentioned and not any(
            main_date.startswith(v)
            or v.startswith(main_date)
            or v > main_date
            or _days_apart(v, main_date) <= _SAME_EPISODE_DAYS
            for v in mentioned
        ):
            return True
    return False


# A date a day or two before the incident's ("overnight", "on Friday evening" when the
# siege ended on Saturday) is the same episode, not history.
_SAME_EPISODE_DAYS = 2


def _days_apart(first: str, second: str) -> int:
    """Days between two full ISO dates; a large number when either is only a month or year."""
    if len(first) != 10 or len(second) != 10:
        return 1 << 30
    return abs((date.fromisoformat(first) - date.fromisoformat(second)).days)


_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
# "In December, ...", "In early 2024, ...": a sentence set in a month or year of its own
_PERIOD_OPENING = re.compile(
    r"^(?:In|By|Until|Through|During)\s+(?:early|late|mid-?|the spring of|the summer of)?\s*"
    r"(?:(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?!\s+\d{1,2}\b)|(?P<year>(?:19|20)\d\d)\b)",
)


def _other_period(text: str, main_date: str) -> bool:
    """True when ``text`` opens in a month or year that is not the incident's."""
    match = _PERIOD_OPENING.match(text)
    if match is None:
        return False
    if match.group("year"):
        return match.group("year") != main_date[:4]
    month = _MONTH_NAMES.index(match.group("month").lower()) + 1
    return len(main_date) >= 7 and int(main_date[5:7]) != month


def _main_date(sentences: list[Sentence], article: Article) -> tuple[str | None, Sentence | None]:
    """The incident's date: the first date in the opening sentences that is not a wire
    dateline's filing date ("BAMAKO, May 14 —") or the day a statement was made ("said on
    Sunday"); those only when nothing else dates the incident."""
    fallback_year = dates.article_year(article.text)
    weak: tuple[str, Sentence] | None = None
    for sentence in sentences[:6]:
        if _BACKGROUND.search(sentence.text) and sentence.index:
            continue
        dateline_end = len(sentence.text) - len(places.strip_dateline(sentence.text))
        for mention in dates.find_dates(sentence.text, article.published, fallback_year):
            if not mention.value:
                continue
            reported = _SPEECH_BEFORE.search(
                sentence.text[max(0, mention.start - 40) : mention.start]
            )
            if (sentence.index == 0 and mention.start < dateline_end) or reported:
                weak = weak or (mention.value, sentence)
                continue
            return mention.value, sentence
    return weak if weak else (None, None)


_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told (?:\w+ )?\w+|announced|reported|stated|confirmed|claimed|denied|"
    r"added|statement|statements)\s+(?:late |early )?(?:on |in |)$",
    re.IGNORECASE,
)


def draft_brief(article: Article, domain: domain_rules.DomainLexicon | None = None) -> BriefDraft:
    """Run every step on ``article`` and return a draft (valid against the article).

    ``domain``: a lexicon for one kind of text (:mod:`.domain`), whose finds are added to
    the actors, weapons and named casualties."""
    sentences = split_sentences(article.text)
    lead_text = " ".join([article.title or "", *(s.text for s in sentences[:_LEAD_SENTENCES])])
    cue = classify.classify(lead_text) or classify.classify(article.text)
    if cue is None and domain is not None:
        cue = domain_rules.incident_cue(article.text)
    if domain is None:
        score = classify.incident_score(article.text)
    else:
        score = domain_rules.incident_score(domain, article.text)
    if cue is None or score < 0.5 or not sentences:
        return _non_incident(article, sentences)

    main_date, date_sentence = _main_date(sentences, article)
    main = [s for s in sentences if not _is_background(s, main_date, article)]
    work = _Brief(sentences, main)

    event_type, sub_event_type = _classification(work, article, cue)
    if date_sentence is not None:
        work.cite("date", date_sentence)
    location = _location(work)
    perpetrators, targets = _actors(work, sub_event_type)
    killed, injured = _casualties(work)
    weapons = _weapons(work)
    named = _named_casualties(work, perpetrators + targets)
    if domain is not None:
        perpetrators, targets, weapons, named = domain_rules.extend(
            domain, work.main, work.cite, perpetrators, targets, weapons, named
        )
    found_claims = _claims(work)
    related = _related(sentences, main, article)

    headline = compose_headline(sub_event_type, perpetrators, location, killed, article)
    fact_sentences = frozenset(
        s.index
        for name in ("killed", "injured", "perpetrators", "targets")
        for s in work.evidence.get(name, [])
    )
    summary = compose_summary(
        work.main, found_claims, killed, injured, main_date, location, cited=fact_sentences
    )
    evidence = [
        Evidence(field=name, quote=s.text) for name, cited in work.evidence.items() for s in cited
    ]
    return BriefDraft(
        incident=True,
        headline=headline,
        summary=summary,
        claims=found_claims,
        related_incidents=related,
        evidence=evidence,
        event_type=event_type,
        sub_event_type=sub_event_type,
        date=main_date,
        location=location,
        perpetrators=perpetrators,
        targets=targets,
        weapons=weapons,
        killed=killed,
        injured=injured,
        named_casualties=named,
    )


def _non_incident(article: Article, sentences: list[Sentence]) -> BriefDraft:
    headline, summary = describe_non_incident(article, sentences)
    return BriefDraft(incident=False, headline=headline, summary=summary)


_GENERIC_VOTE = 0.25
# The catch-all of their event type: what a sentence cues when it says nothing of how
# (an attack that names no weapon, a protest that names no intervention).
_GENERIC_TYPES = frozenset({SubEventType.attack, SubEventType.peaceful_protest})


def _vote(sub: SubEventType, weight: float) -> float:
    """A sentence's (or title's) vote: "attack" is what a sentence cues when it names no
    method ("killed 11 people"), so it weighs less than one that says how (a drone strike)."""
    return weight * _GENERIC_VOTE if sub in _GENERIC_TYPES else weight


def _classification(
    work: _Brief, article: Article, fallback: classify.EventCue
) -> tuple[EventType, SubEventType]:
    """Each main sentence votes for the first sub-event type (in precedence order) it cues;
    the title and lead weigh most. Precedence settles a sentence ("a suicide car bomb"), the
    vote settles the article (one stray "protest" does not make a massacre a protest)."""
    votes: dict[SubEventType, float] = defaultdict(float)
    first: dict[SubEventType, Sentence] = {}
    if article.title:
        title_cue = classify.classify(article.title)
        if title_cue is not None:
            votes[title_cue.sub_event_type] += _vote(title_cue.sub_event_type, 3.0)
    for rank, sentence in enumerate(work.main[:12]):
        cue = classify.classify(sentence.text)
        if cue is None:
            continue
        weight = 3.0 if rank == 0 else 2.0 if rank < _LEAD_SENTENCES else 1.0
        votes[cue.sub_event_type] += _vote(cue.sub_event_type, weight)
        first.setdefault(cue.sub_event_type, sentence)
    if not votes:
        cue = classify.classify(article.text) or fallback  # the article's cue, or a domain's
        work.cite("event_type", work.sentences[0])
        return cue.event_type, cue.sub_event_type
    order = {sub: i for i, sub in enumerate(classify.PRECEDENCE)}
    best = max(votes, key=lambda sub: (votes[sub], -order[sub]))
    work.cite("event_type", first.get(best, work.sentences[0]))
    return classify.event_of(best), best


def _location(work: _Brief) -> Location:
    scores: dict[str, float] = defaultdict(float)
    first_seen: dict[str, Sentence] = {}
    for rank, sentence in enumerate(work.main):
        weight = 3.0 if rank < _LEAD_SENTENCES else 1.0
        for hit in places.find_countries(sentence.text):
            scores[hit.code] += (
                weight * hit.weight * _locative_weight(sentence.text, hit.start, hit.end)
            )
            first_seen.setdefault(hit.code, sentence)
    region_hits: list[tuple[places.Region, Sentence]] = []
    dateline_hits: list[tuple[places.Region, Sentence]] = []
    for rank, sentence in enumerate(work.main):
        text = places.strip_dateline(sentence.text) if sentence.index == 0 else sentence.text
        offset = len(sentence.text) - len(text)
        for region, start, end in places.find_regions(sentence.text):
            if start < offset:  # the dateline: where the reporter filed, a weak hint only
                dateline_hits.append((region, sentence))
                scores[region.country] += 1.0
                continue
            region_hits.append((region, sentence))
            weight = 3.0 if rank < _LEAD_SENTENCES else 1.0
            scores[region.country] += weight * _locative_weight(sentence.text, start, end)
    region_hits += dateline_hits
    city_hits = _city_hits(work, scores)
    if not scores:
        return _dateline_location(work)
    code = max(scores, key=lambda c: scores[c])
    support = first_seen.get(code) or next(
        (sentence for r, sentence in region_hits if r.country == code),
        next((sentence for c, sentence in city_hits if c.country == code), None),
    )
    if support is not None:
        work.cite("location", support)
    admin1 = None
    best = _best_region(work, code)
    if best is not None:
        region, sentence = best
        admin1 = _region_display(region, sentence.text)
        if admin1.isupper():
            admin1 = admin1.title()
        work.cite("location", sentence)
    place = None
    for sentence in work.main:
        hits = places.find_places(sentence.text)
        if hits:
            place = hits[0].name
            work.cite("location", sentence)
            break
    if place is None:
        for city, sentence in city_hits:
            if city.country == code:
                place = city.name
                work.cite("location", sentence)
                break
    return Location(
        country=places.country_name(code), country_code=code, admin1=admin1, place=place
    )


def _dateline_location(work: _Brief) -> Location:
    """Where the reporter filed from, when nothing else in the text places the incident:
    local reports ("GAZIPUR, Sept 19 —") name the town and nothing more."""
    lead = work.main[0] if work.main else None
    if lead is None or lead.index != 0:
        return Location()
    body = places.strip_dateline(lead.text)
    dateline = lead.text[: len(lead.text) - len(body)]
    cities = places.find_cities(dateline)
    if not cities:
        return Location()
    city = cities[0][0]
    work.cite("location", lead)
    return Location(
        country=places.country_name(city.country), country_code=city.country, place=city.name
    )


_REGION_NOUN = re.compile(
    r"^\s+(?:province|region|state|governorate|department|district|county|oblast|prefecture)\b",
    re.IGNORECASE,
)


def _best_region(work: _Brief, code: str) -> tuple[places.Region, Sentence] | None:
    """The first-level region of ``code`` the article places the incident in: named after
    "in"/"near" or before "province", in the lead, rather than a capital named for its
    government ("officials in Addis Ababa") or the reporter's dateline."""
    scores: dict[str, float] = defaultdict(float)
    seen: dict[str, tuple[places.Region, Sentence]] = {}
    for rank, sentence in enumerate(work.main):
        text = places.strip_dateline(sentence.text) if sentence.index == 0 else sentence.text
        offset = len(sentence.text) - len(text)
        for region, start, end in places.find_regions(sentence.text):
            if region.country != code:
                continue
            weight = 0.3 if start < offset else 3.0 if rank < _LEAD_SENTENCES else 1.0
            weight *= _locative_weight(sentence.text, start, end)
            if _REGION_NOUN.match(sentence.text[end : end + 20]):
                weight *= 2.0
            scores[region.code] += weight
            seen.setdefault(region.code, (region, sentence))
    if not scores:
        return None
    return seen[max(scores, key=lambda c: scores[c])]


def _city_hits(work: _Brief, scores: dict[str, float]) -> list[tuple[places.City, Sentence]]:
    """Towns named in a place-like context (or big enough to be unambiguous); each adds to
    its country's score. Dateline towns are left out: they say where the reporter was."""
    hits: list[tuple[places.City, Sentence]] = []
    unplaced: list[tuple[places.City, Sentence]] = []
    for rank, sentence in enumerate(work.main):
        text = places.strip_dateline(sentence.text) if sentence.index == 0 else sentence.text
        for city, start, end in places.find_cities(text):
            locative = _locative_weight(text, start, end)
            if locative < 2.0 and city.population < 1_000_000:
                continue
            weight = 3.0 if rank < _LEAD_SENTENCES else 1.0
            scores[city.country] += weight * min(locative, 2.0)
            # a big city named without "in"/"near" (its officials, its hospitals) counts
            # for its country but is the place only when no town is named as one
            (hits if locative >= 2.0 else unplaced).append((city, sentence))
    return hits + unplaced


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|outside|across|at|from|inside|into|of|northern|southern|eastern|western|"
    r"central|north|south|east|west|northeast|northwest|southeast|southwest)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AGENT_AFTER = re.compile(
    r"^(?:'s)?\s*(?:-backed|-led)?\s*(?:officials?|forces|military|troops|soldiers|army|government|"
    r"drones?|strikes?|air ?strikes?|jets|warplanes|navy|embassy|president|minister|authorities|"
    r"spokes\w+|envoy|intelligence|service members|command|defen[cs]e|police)\b",
    re.IGNORECASE,
)


def _locative_weight(text: str, start: int, end: int) -> float:
    """Names after "in"/"near" say where; names before "forces"/"officials" say who."""
    if _LOCATIVE_BEFORE.search(text[max(0, start - 25) : start]):
        return 2.0
    if _AGENT_AFTER.match(text[end : end + 30]):
        return 0.2
    return 1.0


def _region_display(region: places.Region, text: str) -> str:
    """The article's own spelling of ``region`` ("Baghdad", not ISO's "Baghdād")."""
    for match in re.finditer(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*", text):
        words = match.group(0).split()
        for first in range(len(words)):
            for last in range(len(words), first, -1):
                candidate = " ".join(words[first:last])
                if re.sub(r"^(?:al|an|ar|as|el) ", "", places.fold(candidate)) == region.core:
                    return candidate
    return region.name


_GENERIC_KINDS = frozenset({ActorKind.unknown})
_UNKNOWN_DOER = re.compile(r"^(?:unidentified|unknown|unnamed|masked|armed men\b)", re.IGNORECASE)
# Articles name one or two sides; further phrases are mostly the same side again.
_MAX_ACTORS = 2
_CROWD_EVENTS = frozenset({EventType.protests, EventType.riots})


def _actors(work: _Brief, sub_event_type: SubEventType) -> tuple[list[Actor], list[Actor]]:
    """Perpetrators and targets from clause roles in the main sentences, lead first."""
    found: dict[str, dict[str, tuple[Actor, Sentence, bool]]] = {"perpetrator": {}, "target": {}}
    for sentence in work.main:
        for mention in roles.find_roles(sentence.text):
            key = places.fold(mention.name)
            other = "target" if mention.role == "perpetrator" else "perpetrator"
            if key in found[other]:
                continue
            named = actors.is_lexicon_actor(mention.name)
            actor = Actor(name=mention.name, kind=mention.kind)
            found[mention.role].setdefault(key, (actor, sentence, named))
    if not found["perpetrator"]:
        for sentence in work.main:  # a lexicon actor whose context marks it as the doer
            for lexical in actors.find_actors(sentence.text):
                if (
                    lexical.role == "perpetrator"
                    and places.fold(lexical.name) not in found["target"]
                ):
                    actor = Actor(name=lexical.name, kind=lexical.kind)
                    found["perpetrator"].setdefault(
                        places.fold(lexical.name), (actor, sentence, True)
                    )
    # "unidentified attackers", "unknown gunmen": the doer is unknown and stays so
    perpetrators = _pick(
        [c for c in found["perpetrator"].values() if not _UNKNOWN_DOER.match(c[0].name)]
    )
    # Targets in order of preference: people, forces and named groups; then a unit or
    # building; an unnamed armed band ("attackers") only when nothing else was hit.
    candidates = list(found["target"].values())
    people = [
        c
        for c in candidates
        if not roles.is_facility(c[0].name) and (c[2] or c[0].kind != ActorKind.unknown)
    ]
    sites = [c for c in candidates if roles.is_facility(c[0].name)]
    targets = _pick(people or sites or candidates)
    event_type = classify.event_of(sub_event_type)
    if (
        event_type in _CROWD_EVENTS
        and sub_event_type != SubEventType.excessive_force_against_protesters
    ):
        # ACLED's order for protests and riots: the crowd acts, the force it meets is second
        everyone = perpetrators + targets
        crowd = [p for p in everyone if p[0].kind == ActorKind.civilians][:1]
        forces = [p for p in everyone if p[0].kind != ActorKind.civilians][:1]
        if not any(p[0].kind == ActorKind.civilians for p in perpetrators):
            crowd = []  # no crowd acts in the text: it is implied below
        hit = [p for p in targets if p not in crowd and p[0].kind == ActorKind.civilians]
        perpetrators = [_crowd_name(actor, event_type, sentence) for actor, sentence in crowd]
        if not perpetrators:
            perpetrators = _implied_crowd(work, event_type)
        # a mob that set on residents or suspects: they are the target, not the police
        targets = hit[:1] if event_type == EventType.riots and hit else forces
        if not targets:
            targets = _force_met(work)
    elif sub_event_type == SubEventType.excessive_force_against_protesters:
        targets = [
            _crowd_name(actor, event_type, sentence)
            if actor.kind == ActorKind.civilians
            else (actor, sentence)
            for actor, sentence in targets
        ]
    else:
        perpetrators, targets = _sides(work, sub_event_type, perpetrators, targets)
    targets = [_named_vessel(work, actor, sentence) for actor, sentence in targets]
    for _, sentence in perpetrators:
        work.cite("perpetrators", sentence)
    for _, sentence in targets:
        work.cite("targets", sentence)
    return [a for a, _ in perpetrators], [a for a, _ in targets]


_NON_STATE = frozenset(
    {ActorKind.rebel_group, ActorKind.militia, ActorKind.terrorist_group, ActorKind.criminal_group}
)
_Pair = tuple[Actor, Sentence]


def _named_armed(work: _Brief) -> list[_Pair]:
    """Armed actors of the lexicon in the main sentences, first mention first."""
    seen: dict[str, _Pair] = {}
    for sentence in work.main:
        for mention in actors.find_actors(sentence.text):
            if mention.kind in _NON_STATE or mention.kind == ActorKind.state_forces:
                seen.setdefault(
                    mention.name, (Actor(name=mention.name, kind=mention.kind), sentence)
                )
    return list(seen.values())


def _same(first: Actor, second: Actor) -> bool:
    a, b = places.fold(first.name), places.fold(second.name)
    return a == b or a in b or b in a


def _sides(
    work: _Brief, sub_event_type: SubEventType, perpetrators: list[_Pair], targets: list[_Pair]
) -> tuple[list[_Pair], list[_Pair]]:
    """Who acted and who was acted on, once the article's named armed groups are weighed.

    - An unnamed doer ("gunmen", "jihadists") gives way to the one non-state armed group the
      article names that is not a target (a claim of responsibility, a suspect).
    - In a battle both sides are armed: a side taking territory is the doer (the non-state
      side for ``non_state_actor_overtakes_territory``, the state for
      ``government_regains_territory``), and the other side is the target, never bystanders.
    """
    armed_named = _named_armed(work)
    named = [p for p in armed_named if not any(_same(p[0], t[0]) for t in targets)]
    if not any(actors.is_lexicon_actor(a.name) for a, _ in perpetrators):
        groups = [p for p in named if p[0].kind in _NON_STATE]
        if groups and (
            not perpetrators or all(a.kind != ActorKind.state_forces for a, _ in perpetrators)
        ):
            perpetrators = groups[:1]
    if classify.event_of(sub_event_type) != EventType.battles:
        return perpetrators, targets
    everyone: list[_Pair] = []
    for pair in perpetrators + targets + armed_named:
        armed = pair[0].kind in _NON_STATE or pair[0].kind == ActorKind.state_forces
        if armed and not any(_same(pair[0], other[0]) for other in everyone):
            everyone.append(pair)
    state = [p for p in everyone if p[0].kind == ActorKind.state_forces]
    non_state = [p for p in everyone if p[0].kind in _NON_STATE]
    if sub_event_type == SubEventType.non_state_actor_overtakes_territory and non_state:
        return non_state[:1], state[:1] or targets
    if sub_event_type == SubEventType.government_regains_territory and state:
        return state[:1], non_state[:1] or targets
    armed_targets = [t for t in targets if t[0].kind != ActorKind.civilians]
    if perpetrators and not armed_targets:
        doer = perpetrators[0][0]
        other_side = [
            p
            for p in everyone
            if (p[0].kind == ActorKind.state_forces) != (doer.kind == ActorKind.state_forces)
        ]
        if other_side:
            return perpetrators, other_side[:1]
    return perpetrators, targets


_VAGUE_CROWD = frozenset({"civilians", "people", "crowd", "crowds", "residents", "youths", "men"})
_CROWD_WORD = re.compile(
    r"\b(?:protest|demonstrat|(?-i:march)|rall(?:y|ied|ies)|riot|mob|strike)\w*", re.IGNORECASE
)


def _crowd_name(actor: Actor, event_type: EventType, sentence: Sentence) -> tuple[Actor, Sentence]:
    """A vague crowd ("people", "civilians") named for what it did: protesters or rioters."""
    if places.fold(actor.name) in _VAGUE_CROWD:
        name = "rioters" if event_type == EventType.riots else "protesters"
        return Actor(name=name, kind=ActorKind.civilians), sentence
    return actor, sentence


_FORCE_WORD = re.compile(
    r"\b(?:riot police|police|security forces|gendarmes|soldiers|troops)\b", re.IGNORECASE
)
_VESSEL = re.compile(r"\b(?:MV|MT|M/V|M/T|SS|RV)\s+(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*){0,2}")


def _force_met(work: _Brief) -> list[tuple[Actor, Sentence]]:
    """The force a crowd met ("clashed with police"), second in ACLED's actor order."""
    for sentence in work.main:
        match = _FORCE_WORD.search(sentence.text)
        if match:
            name = match.group(0).lower()
            name = "police" if "police" in name else name
            return [(Actor(name=name, kind=ActorKind.state_forces), sentence)]
    return []


def _named_vessel(work: _Brief, actor: Actor, sentence: Sentence) -> tuple[Actor, Sentence]:
    """A ship the article names ("the MV Aster Bay") rather than "ship"."""
    if places.fold(actor.name).split()[-1:] not in (["ship"], ["vessel"], ["tanker"], ["carrier"]):
        return actor, sentence
    for candidate in work.main:
        match = _VESSEL.search(candidate.text)
        if match:
            return Actor(name=match.group(0), kind=actor.kind), candidate
    return actor, sentence


def _implied_crowd(work: _Brief, event_type: EventType) -> list[tuple[Actor, Sentence]]:
    """A protest or riot always has its crowd, even when no clause names it as the doer."""
    for sentence in work.main:
        if _CROWD_WORD.search(sentence.text):
            name = "rioters" if event_type == EventType.riots else "protesters"
            return [(Actor(name=name, kind=ActorKind.civilians), sentence)]
    return []


def _pick(candidates: list[tuple[Actor, Sentence, bool]]) -> list[tuple[Actor, Sentence]]:
    """Named actors first (two at most: accusations may differ), else the first generic one
    of each kind ("police" and "officers" are one side), in its most specific wording
    ("Shia worshippers" over "worshippers")."""
    named = [(a, s) for a, s, is_named in candidates if is_named]
    if named:
        return named[:_MAX_ACTORS]
    fullest: dict[str, tuple[Actor, Sentence, bool]] = {}
    for candidate in candidates:
        head = roles.head_word(candidate[0].name)
        if head not in fullest or len(candidate[0].name) > len(fullest[head][0].name):
            fullest[head] = candidate
    ordered: list[tuple[Actor, Sentence, bool]] = []
    for candidate in candidates:
        chosen = fullest[roles.head_word(candidate[0].name)]
        if all(chosen is not other for other in ordered):
            ordered.append(chosen)
    candidates = ordered
    picked: list[tuple[Actor, Sentence]] = []
    for actor, sentence, _ in candidates:
        if all(actor.kind != other.kind for other, _ in picked):
            picked.append((actor, sentence))
    return picked[:_MAX_ACTORS]


def _casualties(work: _Brief) -> tuple[CasualtyRange | None, CasualtyRange | None]:
    found: dict[str, list[tuple[int, Sentence]]] = {"killed": [], "injured": []}
    for sentence in work.main:
        for figure in casualties.find_casualties(sentence.text):
            found[figure.kind].append((figure.count, sentence))
    ranges: dict[str, CasualtyRange | None] = {}
    for kind, figures in found.items():
        if not figures:
            ranges[kind] = None
            continue
        counts = sorted({count for count, _ in figures})
        nonzero = [c for c in counts if c > 0]
        counts = nonzero or counts
        ranges[kind] = CasualtyRange(min=counts[0], max=counts[-1])
        for count, sentence in figures:
            if count in counts:
                work.cite(kind, sentence)
    if ranges["killed"] is None:
        # "no one was hurt" means no one was killed either; "no reports of deaths"
        for sentence in work.main:
            if _NO_DEATHS.search(sentence.text) or (
                ranges["injured"] is not None
                and ranges["injured"].max == 0
                and _NO_ONE_HURT.search(sentence.text)
            ):
                ranges["killed"] = CasualtyRange(min=0, max=0)
                work.cite("killed", sentence)
                break
    return ranges["killed"], ranges["injured"]


_NO_DEATHS = re.compile(
    r"\bno (?:reports? of|reported) (?:deaths|fatalities|casualties|dead)\b"
    r"|\bno (?:deaths|fatalities) (?:were|have been|had been) reported\b",
    re.IGNORECASE,
)
_NO_ONE_HURT = re.compile(r"\b(?:no one|nobody) (?:was|were|has been|had been) hurt\b", re.I)


# All weapon patterns in one pass; the named group says which noun matched.
_WEAPON_PATTERN = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"(?P<w{i}>{pattern})" for i, (_, pattern) in enumerate(_WEAPONS))
    + ")",
    re.IGNORECASE,
)


def _weapons(work: _Brief) -> list[str]:
    found: list[str] = []
    for sentence in work.main:
        hits = {
            _WEAPONS[int(str(m.lastgroup)[1:])][0] for m in _WEAPON_PATTERN.finditer(sentence.text)
        }
        for noun, _ in _WEAPONS:  # the table's order, as before
            if noun in hits and noun not in found:
                found.append(noun)
                work.cite("weapons", sentence)
    found = [w for w in found if not (_GENERIC_WEAPONS.get(w, frozenset()) & set(found))]
    return found[:4]


# A capitalised name of two to five words; letters may carry accents ("Rose-Marie Estimé").
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = r"(?:[^\W\d_A-ZÀ-ÖØ-Þ]|['’])+"
_NAME = re.compile(
    rf"\b(?:[{_UP}]{_LOW}|al-|Al-|el-|bin|ibn)(?:[ -](?:[{_UP}]{_LOW}|al-[{_UP}]{_LOW}|"
    rf"Al-[{_UP}]{_LOW}|bin|ibn|al|Al)){{1,4}}(?!\w)"
)
# What shows a capitalised name is a person the incident befell, not a speaker or a place:
# a title before it ("Pastor X", "Mr X"), an age or description after it ("X, 34,",
# "X, a tailor"), or a victim's frame ("among the dead was X", "identified as X").
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Pastor|Father|Rev|Reverend|Imam|Sheikh|Hajiya|Alhaji|Chief|"
    r"Sergeant|Sgt|Corporal|Cpl|Private|Pte|Lieutenant|Lt|Captain|Capt|Major|Colonel|Col|"
    r"teacher|student|farmer|trader|journalist|reporter|activist|pastor|priest|nurse|doctor|"
    r"driver|officer|soldier|policeman|constable|resident|villager|son|daughter|wife|husband|"
    r"brother|sister|mother|father)\.?"
    r"|\b(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,6}?(?:commander|leader|chief|head|official|"
    r"member|fighter|officer|soldier|journalist|activist|student|teacher|farmer|trader|son|"
    r"daughter|wife|husband|brother|sister|mother|father|pastor|imam|priest|resident)\b"
    r"[^.;]{0,60},"
    r"|\b(?:identified as|named (?:\w+ ){0,5}?as|names? (?:was|were|is|as)|among (?:the dead|those killed|"
    r"the victims|the injured|the wounded|them) (?:was|were)|killed (?:was|were)|"
    r"victims? (?:was|were|included|includes)|including|body of))\s+$",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(
    r"^(?:\s*,\s*(?:\d{1,3}\b|aged\b|an?\s|the\s|who\s)|\s*\(\d{1,3}\)|\s+\d{1,3},"
    r"|\s+(?:was|were|had been)\s+(?:killed|shot|wounded|injured|abducted|kidnapped|arrested|"
    r"detained|among|found|buried|taken))",
)
_SPOKE_AFTER = re.compile(
    r"^(?:\s*,[^,.;]{1,80},)?\s+(?:said|says|told|added|explained|stated|wrote|confirmed)\b"
)


def _is_person(text: str, start: int, end: int) -> bool:
    """True when the name at ``text[start:end]`` reads as a person the incident befell."""
    if _SPOKE_AFTER.match(text[end : end + 100]):
        return False
    return bool(
        _PERSON_BEFORE.search(text[max(0, start - 140) : start])
        or _PERSON_AFTER.match(text[end : end + 40])
    )


_STATUS_CUES = (
    (CasualtyStatus.killed, re.compile(r"\b(?:killed|dead|died|slain|body of|funeral)\b", re.I)),
    (CasualtyStatus.injured, re.compile(r"\b(?:injured|wounded|hurt|shot in the)\b", re.I)),
    (CasualtyStatus.abducted, re.compile(r"\b(?:abducted|kidnapped|taken hostage)\b", re.I)),
    (CasualtyStatus.arrested, re.compile(r"\b(?:arrested|detained|in custody)\b", re.I)),
)
_NOT_NAME_WORDS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "With",
        "President",
        "Prime",
        "Minister",
        "General",
        "Police",
        "Army",
        "Ministry",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Iranian",
        "Revolutionary",
        "Guard",
        "Islamic",
        "State",
        "Central",
        "Command",
        "Defense",
        "Defence",
        "Forces",
        "Government",
        "Officials",
        "United",
        "Nations",
        "Red",
        "Cross",
        "Crescent",
        "Human",
        "Rights",
        "Watch",
        "Amnesty",
        "International",
        "Hospital",
        "University",
        "School",
        "Street",
        "Road",
        "Province",
        "Governorate",
        "District",
        "Region",
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "New",
        "However",
        "But",
        "And",
        "Since",
        "After",
        "Before",
        "During",
        "While",
        "When",
    ]
)


def _named_casualties(work: _Brief, known: list[Actor]) -> list[NamedCasualty]:
    named: dict[str, NamedCasualty] = {}
    known_folded = {places.fold(a.name) for a in known}
    for sentence in work.main:
        status = next((s for s, cue in _STATUS_CUES if cue.search(sentence.text)), None)
        if status is None:
            continue
        for match in _NAME.finditer(sentence.text):
            name = match.group(0)
            words = re.split(r"[ -]", name)
            if (
                any(w in _NOT_NAME_WORDS for w in words)
                or len([w for w in words if w[:1].isupper()]) < 2
            ):
                continue
            if (
                places.fold(name) in known_folded
                or places.find_countries(name)
                or places.find_regions(name)
            ):
                continue
            if actors.find_actors(name):
                continue
            if not _is_person(sentence.text, match.start(), match.end()):
                continue
            named.setdefault(name, NamedCasualty(name=name, status=status))
            work.cite("named_casualties", sentence)
    return list(named.values())[:5]


_CLAIM_SUBSTANCE = re.compile(
    r"\d|\b(?:killed|dead|died|wounded|injured|responsib|denied|denies|blamed|accused|attack|"
    r"struck|fired|seized|captured|abducted|arrested|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|dozen)\b",
    re.IGNORECASE,
)
_MAX_CLAIMS = 4
_DOCUMENT_NOUN = re.compile(r"\b(statement|report|communiqu[eé]|message|post)\b", re.I)
_DOC_KEY = {"communiqué": "communique"}
# "the statement said": whoever the article said issued the statement (or report)
_DOCUMENT = re.compile(
    r"^(?:the|that|this|its|their)\s+(?P<doc>statement|report|communiqu[eé]|message|post)$", re.I
)


# Speakers that are institutions or office holders, whose statements a brief reports first.
_INSTITUTIONAL = re.compile(
    r"\b(?:officials?|spokes\w+|ministry|minister|police|army|military|office|department|"
    r"command|agency|group|commission|mission|governor|mayor|president|commander|director|"
    r"organi[sz]ation|association|service|forces|authorit\w+|government|prosecutor\w*|"
    r"staff|division|brigade|administrator|chief|head|coalition|movement|network|monitor)\b"
    r"|\b[A-Z]{2,}\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|"
    r"hundreds|thousands)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")


def _claim_weight(source: str, says: str) -> int:
    """How much a brief wants this claim: figures, blame and denial, from an institution,
    not a bystander's first-person colour quote nor an unnamed crowd ("residents said")."""
    weight = 2 if _CLAIM_SUBSTANCE.search(says) else 0
    if _INSTITUTIONAL.search(source):
        weight += 1
    if _FIRST_PERSON.search(says):
        weight -= 2
    if _VAGUE_SPEAKERS.match(source):
        weight -= 2
    return weight


_VAGUE_SPEAKERS = re.compile(
    r"^(?:(?:two|three|several|some|many|other|local)\s+)?(?:residents|neighbou?rs|colleagues|"
    r"witnesses|survivors|relatives|villagers|locals|people|eyewitnesses|families|aid workers)\b",
    re.IGNORECASE,
)
# "the group said", "the company said": a speaker named earlier, by a generic noun
_ANAPHOR = re.compile(
    r"^the\s+(?:\w+\s+)?(?P<noun>group|organi[sz]ation|company|ministry|movement|militia|"
    r"rebels|agency|charity|officer|official)$",
    re.IGNORECASE,
)
_ARMED_NOUNS = frozenset({"group", "movement", "militia", "rebels"})


def _antecedent(
    noun: str,
    groups: list[tuple[str, list[tuple[int, int, claims.FoundClaim]]]],
    work: _Brief,
    sentence: Sentence,
) -> str | None:
    """Who "the <noun>" is: the latest speaker so far whose name has the noun (or, for an
    armed group, the latest non-state group of the lexicon named before the sentence)."""
    noun = noun.removesuffix("s") if noun == "rebels" else noun
    for name, _ in reversed(groups):
        if re.search(rf"\b{noun}", name, re.IGNORECASE):
            return name
    if noun in _ARMED_NOUNS or noun == "rebel":
        for earlier in reversed([s for s in work.main if s.index <= sentence.index]):
            named = [m for m in actors.find_actors(earlier.text) if m.kind in _NON_STATE]
            if named:
                return named[-1].name
    return None


def _claims(work: _Brief) -> list[Claim]:
    """Attributed statements, one per speaker (with a second figure-bearing statement of
    theirs folded in), those about figures, blame or denial first, at most four."""
    groups: list[tuple[str, list[tuple[int, int, claims.FoundClaim]]]] = []
    speaker: str | None = None
    owners: dict[str, str] = {}  # "statement" -> the speaker whose statement it is
    last_index = -10
    for order, sentence in enumerate(work.main):
        # "he said" two sentences on is still the last named speaker
        previous = speaker if sentence.index - last_index <= 2 else None
        found = claims.find_claim(sentence, previous)
        if found is None:
            continue
        source = found.source
        anaphor = _ANAPHOR.match(source)
        if anaphor:  # "the group said": the group the article last named, or no claim
            resolved = _antecedent(anaphor.group("noun").lower(), groups, work, sentence)
            if resolved is None:
                continue
            source = resolved
        document = _DOCUMENT.match(source)
        if document:
            doc = document.group("doc").lower()
            owner = owners.get(_DOC_KEY.get(doc, doc))
            if owner is None:
                continue
            source = owner
        if not document:  # the statement (report, communiqué...) this speaker issued
            for noun in _DOCUMENT_NOUN.findall(sentence.text):
                owners[_DOC_KEY.get(noun.lower(), noun.lower())] = source
        speaker, last_index = source, sentence.index
        item = (-_claim_weight(source, found.says), order, found)
        for name, items in groups:
            if claims.same_speaker(name, source):
                items.append(item)
                break
        else:
            groups.append((source, [item]))
    best: list[tuple[int, int, Claim]] = []
    for name, items in groups:
        ranked = sorted(items, key=lambda item: (item[0], item[1]))
        says = ranked[0][2].says
        more = [i for i in ranked[1:] if _NUMBER.search(i[2].says)]
        if more and _NUMBER.search(says):
            says = f"{says.rstrip('…')}; {more[0][2].says}"
        claim = Claim(source=name, says=says, quote=ranked[0][2].sentence.text)
        best.append((ranked[0][0], ranked[0][1], claim))
    best.sort(key=lambda item: (item[0], item[1]))
    chosen = sorted(best[:_MAX_CLAIMS], key=lambda item: item[1])
    return [claim for _, _, claim in chosen]


def _related(
    sentences: list[Sentence], main: list[Sentence], article: Article
) -> list[RelatedIncident]:
    related: list[RelatedIncident] = []
    fallback_year = dates.article_year(article.text)
    for sentence in sentences:
        if sentence in main:
            continue
        cue = classify.classify(sentence.text)
        mentions = [
            m for m in dates.find_dates(sentence.text, article.published, fallback_year) if m.value
        ]
        if cue is None or not mentions:
            continue
        words = sentence.text.split()
        description = " ".join(words[:30]) + ("…" if len(words) > 30 else "")
        related.append(
            RelatedIncident(
                date=mentions[0].value, event_type=cue.event_type, description=description
            )
        )
    return related[:4]
