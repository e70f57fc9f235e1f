"""Is there an incident, and which ACLED event and sub-event type is it?

Cues are searched in the main-incident sentences (headline and lead first). Sub-event types
are tried in a fixed precedence, most specific first, and the first whose cue appears wins:

 1. chemical_weapon            chlorine, sarin, "chemical attack", "toxic gas"
 2. suicide_bomb               suicide bomber/bombing/attack/vest, "blew himself up"
 3. air_drone_strike           drone strike, airstrike, air raid, warplanes, bombed from the air
 4. shelling_artillery_missile missile, rocket, shelling, artillery, mortar
 5. remote_explosive_landmine  IED, roadside bomb, landmine, car bomb, explosive device
 6. grenade                    grenade
 7. excessive_force_against_protesters   protest + (fired on / live rounds / killed) protesters
 8. protest_with_intervention  protest + tear gas, dispersed, arrested protesters
 9. violent_demonstration      protest/rioters + torched, burned, clashed, pelted stones
10. mob_violence               mob, lynched, vigilantes
11. peaceful_protest           protest, march, rally, demonstration
12. abduction_forced_disappearance  abducted, kidnapped, seized hostages
13. sexual_violence            raped, sexual violence, sexually assaulted
14. non_state_actor_overtakes_territory  rebels/militants seized/captured/took control of
15. government_regains_territory  army recaptured/retook/regained
16. armed_clash                clash, gunfight, firefight, ambush, exchange of fire, battle
17. arrests                    arrested, detained, raid ... suspects
18. agreement                  ceasefire/peace agreement signed, truce
19. disrupted_weapons_use      intercepted, shot down, defused, foiled
20. looting_property_destruction  looted, torched, set fire (without people killed)
21. attack                     killed, shot, stabbed, massacre, opened fire (on civilians)

So a suicide car bomb is ``suicide_bomb`` (rule 2 before rule 5), and an air raid that
kills civilians is ``air_drone_strike``, not ``attack``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.engines.offline import _memo
from summarizer.engines.offline._regex import LiteralScan, case_folded, fold_case
from summarizer.schema import SUB_EVENT_TYPES, EventType, SubEventType

__all__ = ["EventCue", "classify", "cue_counts", "incident_score"]

_S = SubEventType


def _rx(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")", re.IGNORECASE)


# "march" only in lower case: "March 15" is a month
_PROTEST = _rx(
    r"protest(?!ant)",
    r"demonstrat",
    r"(?-i:march(?:e[sd]|ers)?)\b",
    r"rall(?:y|ies)\b",
    r"Marchers",
)
_RULES: list[tuple[SubEventType, re.Pattern[str], re.Pattern[str] | None]] = [
    (
        _S.chemical_weapon,
        _rx(
            r"chlorine",
            r"sarin",
            r"chemical (?:weapon|attack|agent)",
            r"toxic gas",
            r"nerve agent",
            r"mustard gas",
        ),
        None,
    ),
    (
        _S.suicide_bomb,
        _rx(
            r"suicide (?:bomb|attack|car|vest|truck|blast)",
            r"blew (?:him|her|them)sel(?:f|ves) up",
            r"self-detonat",
        ),
        None,
    ),
    (
        _S.air_drone_strike,
        _rx(
            r"drone strike",
            r"drone attack",
            r"air ?strike",
            r"air raid",
            r"warplane",
            r"fighter jets?",
            r"aerial (?:bombard|attack|strike)",
            r"helicopter gunship",
            r"kamikaze drone",
            r"struck by (?:a |an )?drone",
            # "a Turkish drone struck the vehicle"; "aircraft bombed houses"
            r"drones? (?:\w+ )?(?:struck|strikes|hit|hits|targeted|fired)",
            r"(?:aircraft|jets|helicopters) (?:\w+ ){0,2}?(?:bombed|struck|hit|fired on)",
            r"bombed from the air",
        ),
        None,
    ),
    (
        _S.shelling_artillery_missile_attack,
        _rx(
            r"missile",
            r"rocket",
            r"shell(?:ing|ed|s)\b",
            r"artillery",
            r"mortar",
            r"barrage",
            r"ballistic",
        ),
        None,
    ),
    (
        _S.remote_explosive_landmine_ied,
        _rx(
            r"\bIEDs?\b",
            r"roadside bomb",
            r"land ?mine",
            r"car bomb",
            r"explosive device",
            r"bomb (?:blast|explosion|exploded|went off)",
            r"booby.trap",
            r"explosion",
            r"blast",
            r"bombing",
            r"detonat",
        ),
        None,
    ),
    (_S.grenade, _rx(r"grenade"), None),
    (
        _S.excessive_force_against_protesters,
        _rx(
            r"(?:fired|opened fire|shot) (?:live (?:rounds|ammunition) )?(?:at|on|into) (?:the )?(?:protesters|demonstrators|crowd)",
            r"live (?:rounds|ammunition|bullets)",
            r"protesters? (?:were |was )?(?:killed|shot dead)",
        ),
        _PROTEST,
    ),
    (
        _S.protest_with_intervention,
        _rx(
            r"tear ?gas",
            r"dispers",
            r"water cannon",
            r"rubber bullets",
            r"baton",
            r"(?:arrested|detained) (?:\w+ )?(?:protesters|demonstrators)",
        ),
        _PROTEST,
    ),
    (
        _S.violent_demonstration,
        _rx(
            r"torch",
            r"set (?:fire|ablaze)",
            r"burn(?:ed|ing|t) (?:tyres|tires|cars|vehicles|buses)",
            r"hurl",
            r"pelted",
            r"stones",
            r"looted",
            r"clash(?:ed|es)? with (?:riot )?(?:police|security)",
            r"rioters",
            r"riot",
        ),
        _rx(r"protest", r"demonstrat", r"supporters", r"rioters", r"riot", r"youths"),
    ),
    (
        _S.mob_violence,
        _rx(
            r"\bmobs?\b",
            r"lynch",
            r"vigilante",
            # "villagers beat two men to death"; "beaten to death by residents"
            r"(?:villagers|residents|locals|crowds?)\b[^.;]{0,30}?\b(?:beat|stoned|set upon|hacked)\b",
            r"(?:beaten|stoned|hacked) to death by (?:\w+ )?(?:villagers|residents|locals|crowds?)",
        ),
        None,
    ),
    (_S.peaceful_protest, _PROTEST, None),
    (
        _S.abduction_forced_disappearance,
        _rx(
            r"abduct",
            r"kidnap",
            r"taken hostage",
            r"held hostage",
            r"seized (?:\w+ ){0,2}(?:hostages|students|passengers|villagers|children)",
        ),
        None,
    ),
    (_S.sexual_violence, _rx(r"raped", r"\brape\b", r"sexual(?:ly)? (?:violence|assault)"), None),
    (
        _S.non_state_actor_overtakes_territory,
        _rx(
            r"(?:seized|captured|took|taken|overran|overrun|fell to)\b(?:\s+\w+){0,3}\s+(?:control|town|city|village|base|district)",
            r"took control of",
            r"fell to",
        ),
        _rx(
            r"rebels?",
            r"militants?",
            r"insurgents?",
            r"militia",
            r"jihadists?",
            r"fighters",
            r"\bRSF\b",
            r"\bM23\b",
            r"gangs?",
        ),
    ),
    (
        _S.government_regains_territory,
        _rx(
            r"recaptur",
            r"retook",
            r"retaken",
            r"regain(?:ed)? control",
            r"liberat(?:ed|ion) of",
            r"back under (?:government|army) control",
        ),
        None,
    ),
    (
        _S.armed_clash,
        _rx(
            r"clash",
            r"gun ?fight",
            r"fire ?fight",
            r"ambush",
            r"exchange of fire",
            r"exchanged fire",
            r"battle(?:d|s)?\b",
            r"fighting",
            r"gun battle",
            r"attacked (?:an? |the )?(?:army|military|police) (?:post|base|checkpoint|convoy|patrol|position)",
        ),
        None,
    ),
    (_S.arrests, _rx(r"arrest", r"detain", r"taken into custody"), None),
    (
        _S.agreement,
        _rx(
            r"ceasefire",
            r"cease-fire",
            r"truce",
            r"peace (?:deal|agreement|accord)",
            r"signed an? agreement",
        ),
        None,
    ),
    (
        _S.disrupted_weapons_use,
        _rx(r"intercept", r"shot down", r"defus", r"foiled", r"thwarted", r"bomb disposal"),
        None,
    ),
    (
        _S.looting_property_destruction,
        _rx(
            r"loot",
            r"set (?:fire|ablaze) to",
            r"torched",
            r"burn(?:ed|t) (?:down )?(?:homes|houses|shops|market)",
            r"ransack",
            r"demolish",
        ),
        None,
    ),
    (
        _S.attack,
        _rx(
            r"killed",
            r"shot dead",
            r"stabbed",
            r"massacre",
            r"opened fire",
            r"gunmen",
            r"murder",
            r"hacked",
            r"beheaded",
            r"attack(?:ed)?\b",
            r"wounded",
            r"injured",
            r"shooting",
        ),
        None,
    ),
]
_EVENT_OF = {sub: event for event, subs in SUB_EVENT_TYPES.items() for sub in subs}
#: Sub-event types from most to least specific: the order rules are tried in.
PRECEDENCE: tuple[SubEventType, ...] = tuple(dict.fromkeys(sub for sub, _, _ in _RULES))

# Words that make a sentence about concrete violence, when literal.
_VIOLENCE = _rx(
    # deaths, injuries and police alone also fill accident and disaster reports
    r"to death",
    r"lynch",
    r"stabb",
    r"hacked",
    r"opened fire",
    r"gunfire",
    r"assault",
    r"(?-i:march(?:ed|es|ers|ing))",
    r"rall(?:y|ies|ied)\b",
    r"killed",
    r"killing",
    r"wounded",
    r"attack",
    r"strike",
    r"bomb",
    r"explosion",
    r"blast",
    r"shot",
    r"gunmen",
    r"clash",
    r"fighting",
    r"ambush",
    r"abduct",
    r"kidnap",
    r"protest",
    r"demonstrat",
    r"riot",
    r"arrest",
    r"shell",
    r"missile",
    r"rocket",
    r"raid",
    r"massacre",
    r"militants?",
    r"rebels?",
    r"troops",
    r"soldiers",
    r"ceasefire",
    r"looted",
    r"torched",
    r"intercept",
    r"hostage",
    r"seized",
)
# Vocabulary of articles that use war words figuratively.
_FIGURATIVE = _rx(
    r"match",
    r"goal",
    r"football",
    r"soccer",
    r"rugby",
    r"cricket",
    r"tennis",
    r"basketball",
    r"referee",
    r"penalt(?:y|ies)",
    r"goalkeeper",
    r"keeper",
    r"defenders?\b",
    r"substitute",
    r"\d+(?:st|nd|rd|th) minute",
    r"points\b",
    r"fans\b",
    r"corner\b",
    r"free[ -]kick",
    r"offside",
    r"winger",
    r"equali[sz]er",
    r"relegation",
    r"derby",
    r"squad",
    r"pitch\b",
    r"touchline",
    r"trophy",
    r"title race",
    r"final whistle",
    r"shareholders",
    r"chief executive",
    r"CEO\b",
    r"retailers?\b",
    r"consumers",
    r"league",
    r"season",
    r"coach",
    r"striker",
    r"midfield",
    r"stadium",
    r"tournament",
    r"championship",
    r"scored",
    r"kick-?off",
    r"half-?time",
    r"innings",
    r"shares?\b",
    r"stocks?\b",
    r"investors?",
    r"earnings",
    r"quarter(?:ly)?\b",
    r"revenue",
    r"profit",
    r"takeover",
    r"acquisition",
    r"merger",
    r"market share",
    r"price war",
    r"brent",
    r"barrel",
    r"crude",
    r"futures",
    r"index",
    r"op-ed",
    r"opinion",
    r"voters",
    r"campaign",
    r"polls?\b",
    r"candidate",
    r"election",
    r"budget",
    r"spending",
    r"GDP",
    r"per cent",
    r"percent",
    r"film",
    r"movie",
    r"novel",
    r"video game",
    r"gameplay",
    r"review",
    r"player",
    # pests, disease and medicine: "the war on locusts", "the battle against malaria"
    r"locusts?\b",
    r"swarms?\b",
    r"insects?\b",
    r"pests?\b",
    r"pesticides?",
    r"crops?\b",
    r"harvest",
    r"hectares",
    r"virus",
    r"vaccin",
    r"epidemic",
    r"pandemic",
    r"disease",
    r"cancer",
    r"malaria",
    r"tumou?r",
    # games and fiction
    r"games?\b",
    r"gamers?\b",
    r"developer",
    r"fictional",
    r"genre",
    r"multiplayer",
    r"console",
    r"sequel",
    r"protagonist",
    r"soundtrack",
    # accidents and disasters: deaths without violence
    r"accident",
    r"crash(?:ed|es)?\b",
    r"collided",
    r"collision",
    r"plunged",
    r"overturned",
    r"lost control",
    r"capsized",
    r"landslides?",
    r"floods?\b",
    r"flooding",
    r"earthquake",
    r"drowned",
)


@dataclass(frozen=True)
class EventCue:
    """The classification and the text span whose cue decided it."""

    event_type: EventType
    sub_event_type: SubEventType
    start: int
    end: int


# The same cues without IGNORECASE, for the case-folded text: the same matches, faster.
_VIOLENCE_FOLDED = case_folded(_VIOLENCE)
_FIGURATIVE_FOLDED = case_folded(_FIGURATIVE)


def incident_score(text: str) -> float:
    """Share of violence cues among violence and figurative cues: below ~0.5 means no incident."""
    violent, figurative = cue_counts(text)
    if violent == 0:
        return 0.0
    return violent / (violent + figurative)


def cue_counts(text: str) -> tuple[int, int]:
    """How many violence cues and how many figurative-use cues ``text`` has."""
    folded = fold_case(text)
    violent = len(_VIOLENCE_FOLDED.findall(folded) if _VIOLENCE_FOLDED else _VIOLENCE.findall(text))
    figurative = len(
        _FIGURATIVE_FOLDED.findall(folded) if _FIGURATIVE_FOLDED else _FIGURATIVE.findall(text)
    )
    return violent, figurative


def event_of(sub_event_type: SubEventType) -> EventType:
    """The event type a sub-event type belongs to."""
    return _EVENT_OF[sub_event_type]


# Every distinct cue and context pattern, each with its index in one literal scan.
_PATTERNS = list(
    dict.fromkeys(p for _, cue, context in _RULES for p in (cue, context) if p is not None)
)
_INDEX = {pattern: index for index, pattern in enumerate(_PATTERNS)}
# Each cue's case-sensitive twin for the case-folded text, where it has one: same spans.
_TWINS = {pattern: case_folded(pattern) for pattern in _PATTERNS}


@lru_cache(maxsize=1)
def _scan() -> LiteralScan:
    return LiteralScan(_PATTERNS)


# What did not happen is no cue: "no one had been arrested", "no casualties".
_NEGATED = re.compile(
    r"\b(?:no one|no-one|nobody|none)\b(?:\s+\w+){0,3}?\s+(?:arrested|detained|killed|injured|"
    r"hurt|wounded|kidnapped|abducted)\b"
    r"|\bno (?:arrests?|casualties|injuries|deaths|fatalities)\b"
    r"|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:arrested|detained)\b",
    re.IGNORECASE,
)


def _blank_negated(text: str) -> str:
    """``text`` with negated cues blanked out, same length so spans stay valid."""
    return _NEGATED.sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=4096)
def classify(text: str) -> EventCue | None:
    """The first sub-event type, in precedence order, whose cue (and context) ``text`` has.

    Negated cues ("no one was arrested") do not count. One pass over the text finds which
    cues could match at all; only those are searched."""
    text = _blank_negated(text)
    folded = fold_case(text)
    possible = _scan().candidates(folded)
    for sub, cue, context in _RULES:
        if _INDEX[cue] not in possible:
            continue
        match = _search(cue, text, folded)
        if match is None:
            continue
        if context is not None and (
            _INDEX[context] not in possible or not _search(context, text, folded)
        ):
            continue
        return EventCue(_EVENT_OF[sub], sub, match.start(), match.end())
    return None


def _search(pattern: re.Pattern[str], text: str, folded: str) -> re.Match[str] | None:
    twin = _TWINS[pattern]
    return twin.search(folded) if twin is not None else pattern.search(text)


_memo.register(classify.cache_clear)
