"""The words around a place's name: whether it says where the incident was ("in X", "the
Armenian town of X"), who acted ("Kenyan officials"), or where someone went, came from or
spoke ("airlifted to X", "told reporters in X"); and a region's name as the press writes it.
The vocabulary is :class:`.places.PlaceRules`' (``data/places.toml``)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.patternstore import compiled
from summarizer.engines.offline.scan.gazetteer import City, CityRules, find_cities
from summarizer.engines.offline.scan.names import NAME_WORD
from summarizer.engines.offline.scan.places import CountryHit, PlaceRules, Region, find_countries
from summarizer.engines.offline.text import fold

__all__ = [
    "before_place_noun",
    "elsewhere",
    "in_longer_name",
    "in_speakers_name",
    "locative_weight",
    "misplaced",
    "named_countries",
    "names_region",
    "nationality",
    "placed_by_country",
    "region_display",
    "region_noun_after",
    "spoken_from",
    "town_named_like",
    "town_region",
]


def elsewhere(text: str, start: int, lexicon: Lexicon) -> bool:
    """True when the name at ``start`` is where someone went or came from ("airlifted to
    X", "fled towards the town of X", "a trader from X"), not where something happened; a
    name after a town and a comma is where the town is ("taken to Arusha, Tanzania"), and
    one listed after others is read where the list opens ("drove from Phoenix and Houston")."""
    words = text[:start].split(" ")
    if (
        len(words) > 2
        and words[-1] == ""
        and (words[-2].endswith(",") or words[-2] in lexicon.section("places")["list_joiners"])
    ):
        named = len(words) - 2  # the words of the name before the comma, capitalised
        while named > 0 and words[named - 1][:1].isupper():
            named -= 1
        start = sum(len(w) + 1 for w in words[:named])
    return (
        lexicon.rules(PlaceRules).elsewhere_before.search(text[max(0, start - 40) : start])
        is not None
    )


class ContextRules:
    """The words that say a town is where someone spoke, not where the incident was
    (``[places].spoken_*``), and a demonym a person's nationality (``person_*``)."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("places")
        self.before = compiled(
            r"\b" + alternation(section["spoken_before"]) + r"(?:\s+in\s+an?\s+[\w-]+)?\s+in\s+$",
            re.IGNORECASE,
        )
        self.office = compiled(
            r"\b"
            + alternation(section["spoken_office"])
            + r"\s+in\s+(?:(?-i:[A-Z][\w.'’-]+)\s+"
            + alternation(section["list_joiners"])
            + r"\s+)?$",  # "officials in Niamey and X"
            re.IGNORECASE,
        )
        # "officials in Niamey and Washington now say": a second seat and an adverb between
        self.after = compiled(
            r"^\s*(?:,[^,]{1,40},\s*|\s+"
            + alternation(section["list_joiners"])
            + r"\s+(?-i:[A-Z][\w.'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)?"
            + r"(?:\s*\b"
            + alternation(section["spoken_adverbs"])
            + r")*\s*"
            + alternation(section["spoken_after"])
            + r"\b",
            re.IGNORECASE,
        )
        # "in Jimbaran and Kuta", "near Gao, Timbuktu and Kidal": a name listed after the one
        # a locative word opens is a place of the incident too
        self.listed = compiled(
            r"\b"
            + alternation(section["locative_before"])
            + r"\s+(?:the\s+)?(?:(?-i:[A-Z][\w'’-]+)\s*(?:,\s*)?\s+){1,3}"
            + alternation(section["list_joiners"])
            + r"\s+$",
            re.IGNORECASE,
        )
        self.facility = compiled(
            r"^\s+" + alternation(section["facility_after"]) + r"\b", re.IGNORECASE
        )
        nouns = [*section["place_nouns"], *section["region_nouns"], *section["apposition_nouns"]]
        self.name_goes_on = compiled(
            r"^ (?!" + alternation(nouns) + r"\b)(?-i:[A-Z][a-z])", re.IGNORECASE
        )
        self.person_after = compiled(r"^\s*" + alternation(section["person_after"]) + r"(?!\w)")
        self.person_noun = compiled(r"^\s+" + alternation(section["person_nouns"]) + r"\b")
        # a people's or country's name whose noun phrase ends in a person's role ("an
        # Australian aid doctor", "one of Paraguay's best-known prosecutors"): whose, not where
        people = lexicon.section("people")
        roles = [*people["roles"], *(t for t in people["titles"] if t.islower())]
        roles += section["person_nouns"]
        self.person_head = compiled(
            r"^(?:['’]s)?(?:\s+(?-i:[a-z][\w-]*)){0,2}?\s+" + alternation(roles) + r"s?\b(?![-'’])",
            re.IGNORECASE,
        )
        self.counted_before = compiled(r"\b(?:an?|one|two|three|four|five|six|\d+)\s+$", re.I)
        self.seat = compiled(
            r"\b" + alternation(section["seat_before"]) + r"\s+in\s+$", re.IGNORECASE
        )
        # "the San Martin district of Greater Buenos Aires": a part of the place named next
        self.within_of = compiled(
            r"\s+"
            + alternation(section["within_nouns"])
            + r"\s+of\s+(?:the\s+)?(?P<word>[A-Z][a-z]+\s+)?",
            re.IGNORECASE,
        )


#: A capitalised word as a given name is written: no apostrophe, no dot, no digit.
_GIVEN = re.compile(r"[A-Z][a-z]+")


def in_speakers_name(sentence: Any, start: int, lexicon: Lexicon) -> bool:
    """True when the name at ``start`` ends the name of the person the sentence quotes,
    after a capitalised word of that name ("Aid worker Sue Southern said", "Rebecca
    Jordan, a nurse, said"): a person, not Israel's Southern district or Jordan; not a
    country's people or a compass word before a region ("Pakistani Punjab", "Northern
    Rakhine"), nor a place the speaker is named after ("officials in Southern district")."""
    words = sentence.text[max(0, start - 30) : start].split(" ")
    if len(words) < 2 or words[-1] or not _GIVEN.fullmatch(words[-2]):
        return False
    rules = lexicon.rules(PlaceRules)
    given = fold(words[-2])
    if given in rules.country_words or given in rules.common_words:
        return False
    found = sentence.claim(None)
    source = found.source if found is not None else ""
    at = sentence.text.find(source) if source else -1
    if not 0 <= at < start < at + len(source):
        return False
    # the name ends the speaker's name, or an apposition follows ("Sue Southern, a nurse");
    # not "Five Syrian rebel factions ... announced", a people's name inside a group's
    rest = source[start - at :].split(",", 1)[0]
    return " " not in rest.strip()


def nationality(text: str, hit: CountryHit, lexicon: Lexicon) -> bool:
    """True when the demonym ``hit`` names a person's nationality ("a Canadian among them",
    "a Syrian refugee", "of Somali descent"), which says nothing of where it happened."""
    rules = lexicon.rules(ContextRules)
    if rules.person_head.match(text[hit.end : hit.end + 50]) and (  # "Paraguay's prosecutor"
        hit.weight < 1.0 or text.startswith(("'s", "’s"), hit.end)
    ):
        return True
    if hit.weight >= 1.0:  # a country's name: a nationality only as "a Myanmar woman"
        return rules.counted_before.search(text, max(0, hit.start - 8), hit.start) is not None and (
            rules.person_noun.match(text[hit.end : hit.end + 20]) is not None
        )
    after = text[hit.end : hit.end + 20]  # "a Syrian refugee", "a Chinese woman"
    return rules.person_after.match(after) is not None or rules.person_noun.match(after) is not None


def in_longer_name(text: str, end: int, city: City, lexicon: Lexicon) -> bool:
    """True when the town named up to ``end`` is part of a facility's or person's name:
    before a facility noun ("at Medina hospital"), or, a small town, before another
    capitalised word that is no place noun ("the Marco Fidel Suarez air base")."""
    rules = lexicon.rules(ContextRules)
    after = text[end : end + 30]
    if rules.facility.match(after):
        return True
    big = lexicon.rules(PlaceRules).weights["big_city"]
    return city.population < big and rules.name_goes_on.match(after) is not None


def spoken_from(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """True when the town named at ``text[start:end]`` is where someone spoke ("the ministry
    said in Niamey", "said in a statement in Ankara", "officials in Islamabad said"), not
    where the incident was. Only for a name the gazetteer knows as a town: "officials in
    Khyber Pakhtunkhwa said" speak for the region the incident was in."""
    rules = lexicon.rules(ContextRules)
    before = text[max(0, start - 45) : start]
    if (
        not rules.before.search(before)
        and not rules.seat.search(before)
        and not (rules.office.search(before) and rules.after.match(text[end : end + 50]))
    ):
        return False
    return lexicon.rules(CityRules).town(text[start:end]) is not None


#: A capitalised word after a people's name: the name opens an organisation's ("Red Crescent").
_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z])")


def locative_weight(
    text: str, start: int, end: int, lexicon: Lexicon, region: bool = False, demonym: bool = False
) -> float:
    """Names after "in"/"near" say where (a ``region`` also after "in Ethiopia's"); names
    before "forces"/"officials" say who, a ``demonym`` even after "in"/"outside" ("outside
    the British consulate"), as does a demonym opening a longer name ("the Palestinian Red
    Crescent said", "the Syrian Observatory": an organisation's, not where), and so do names glued to "-backed"/"-led" and a
    country before "'s embassy" even after "near" ("near Israel's embassy in Copenhagen")."""
    rules = lexicon.rules(PlaceRules)
    if rules.sponsor_after.match(text, end):
        return rules.weights["agent"]
    before = text[max(0, start - 40) : start]
    if not region and rules.agent_before.search(before):  # "the High Commission of India"
        return rules.weights["agent"]  # (a region's own government speaks for where it was)
    if not region and rules.agent_possessed.match(text, end):  # "near Israel's embassy in X"
        return rules.weights["agent"]
    if demonym and (rules.agent_after.match(text[end : end + 30]) or _NAME_AFTER.match(text, end)):
        # "outside the British consulate", "at the Chinese embassy": a people's word says
        # whose, even after a locative word, which places the consulate, not its owner
        return rules.weights["agent"]
    if (
        rules.locative_before.search(before[-25:])
        or (region and rules.locative_possessive.search(before))
        or lexicon.rules(ContextRules).listed.search(before)
    ):
        return rules.weights["locative"]
    if rules.place_after.match(text[end : end + 50]):
        return rules.weights["locative"]
    if rules.agent_after.match(text[end : end + 30]):
        return rules.weights["agent"]
    return rules.weights["other"]


def before_place_noun(text: str, end: int, lexicon: Lexicon) -> bool:
    """True when a place noun and "of" follow the name ending at ``end`` ("Iranian city
    of"): a people's name so placed says where as much as its country's would."""
    return lexicon.rules(PlaceRules).place_after.match(text[end : end + 50]) is not None


def placed_by_country(text: str, start: int, hits: list[CountryHit], lexicon: Lexicon) -> str:
    """The country a name at ``start`` is put in by the words just before it ("the Armenian
    resort town of Jermuk": AM), or "" when none is."""
    rules = lexicon.rules(PlaceRules)
    for hit in hits:
        if hit.end < start <= hit.end + 50:
            match = rules.place_after.match(text[hit.end : start])
            if match is not None and match.end() == start - hit.end:
                return hit.code
    return ""


def region_noun_after(text: str, end: int, lexicon: Lexicon) -> bool:
    """True when a region noun follows the name ending at ``end`` ("Borno state")."""
    return lexicon.rules(PlaceRules).region_noun.match(text[end : end + 20]) is not None


def town_region(admin1: str, lexicon: Lexicon) -> str:
    """A town's first-level region as the press names it: the gazetteer's (GeoNames') name
    without an administrative prefix ("Muhafazat Kirkuk"), renamed where the press spells
    it otherwise ("Ta'izz": "Taiz")."""
    rules = lexicon.rules(PlaceRules)
    for prefix in rules.admin1_prefixes:
        admin1 = admin1.removeprefix(prefix)
    return rules.admin1_names.get(admin1, admin1)


def region_display(region: Region, text: str, lexicon: Lexicon) -> str:
    """The article's own spelling of ``region`` ("Baghdad", not ISO's "Baghdād")."""
    prefix = lexicon.rules(PlaceRules).article_prefix
    for match in re.finditer(rf"{NAME_WORD}(?:\s+{NAME_WORD})*", text):
        words = match.group(0).split()
        for first in range(len(words)):
            for last in range(len(words), first, -1):
                candidate = " ".join(words[first:last])
                if prefix.sub("", fold(candidate)) == region.core:
                    return candidate
    return region.name


def town_named_like(text: str, region: Region, start: int, end: int, lexicon: Lexicon) -> bool:
    """True when the region named at ``start:end`` is rather a big town of another country
    ("Manchester": England's city, not Jamaica's parish), as no region noun says otherwise
    ("Manchester parish"); ``[places.weights].homonym_city`` people make a town big."""
    if region_noun_after(text, end, lexicon):
        return False
    town = lexicon.rules(CityRules).town(text[start:end])
    homonym = lexicon.rules(PlaceRules).weights["homonym_city"]
    return town is not None and town.country != region.country and town.population >= homonym


def named_countries(
    title: str | None, sentences: Iterable[Any], lexicon: Lexicon, title_towns: bool = False
) -> dict[str, set[str]]:
    """How an article (its title, its sentences' spans) names each country: "country",
    "region" (not where someone went: "transferred to Arusha"), or its towns' names (with
    ``title_towns`` the title's too: "Twin blasts hit UN offices in Algiers")."""
    named: dict[str, set[str]] = defaultdict(set)
    regions = lexicon.rules(PlaceRules).regions
    for hit in find_countries(title or "", lexicon):
        named[hit.code].add("country")
    for city, _, _ in find_cities(title or "", lexicon) if title_towns else ():
        named[city.country].add(city.name)
    for sentence in sentences:
        for hit in sentence.countries:
            named[hit.code].add("country")
        for region, start, end in sentence.regions:  # where it happened, not where one went
            text = sentence.text  # (nor a big town's name: "in Manchester")
            if not elsewhere(text, start, lexicon) and not town_named_like(
                text, region, start, end, lexicon
            ):  # (a name two countries' regions share, "North West", names both)
                for each in (region, *regions.get(region.core, ())):
                    named[each.country].add("region")
        for city, _, _ in sentence.cities:
            named[city.country].add(city.name)
    return named


def misplaced(
    city: City,
    named: dict[str, set[str]],
    big: float,
    towns: CityRules | None = None,
    ratio: float = 0.0,
) -> bool:
    """A small town whose country the article names by nothing else, while it names a region
    of another: another town of that name ("Solhan" in Burkina Faso's Sahel, not Turkey's);
    or (with ``towns``) a town of another country ``ratio`` times its size
    (``[places.weights].homonym_ratio``): "the Saint-Michel station" in a story from Paris
    is no Quebec town's, "the Kensington area of the city" in Liverpool no New York one's."""
    if city.population >= big or named[city.country] - {city.name}:
        return False
    if any("region" in how for code, how in named.items() if code != city.country):
        return True
    if towns is None or not city.population:  # (an overlay's town, of no size: never)
        return False
    return any(
        other is not None and other.population >= ratio * city.population
        for code, how in named.items()
        if code != city.country
        for other in map(towns.town, how - {"region", "country"})
    )


def names_region(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """True when the town's name is a region's here: "Arauca department", "the department
    of Arauca", "Lamu county"."""
    if region_noun_after(text, end, lexicon):
        return True
    nouns = lexicon.rules(PlaceRules).region_nouns
    before = text[max(0, start - 20) : start].lower().split()
    return len(before) >= 2 and before[-1] == "of" and before[-2] in nouns


def part_of_another(sentence: Any, country: str, end: int, lexicon: Lexicon) -> bool:
    """True when the region or town name ending at ``end`` names a part of a place of
    another country than ``country`` named next ("the San Martín district of Greater Buenos
    Aires" is no region or town of Peru): a region or country of another country begins
    where "<area> of" ends."""
    after = lexicon.rules(ContextRules).within_of.match(sentence.text, end)
    if after is None:
        return False
    # the place named next begins after "of the", or after a first word of its own name
    # ("of Greater Buenos Aires"); either may be it ("the Sherpur district of Kabul early")
    starts = {after.end(), after.start("word") if after.group("word") else after.end()}
    spans = [(s, r.country) for r, s, _ in sentence.regions]
    spans += [(hit.start, hit.code) for hit in sentence.countries]
    return any(s in starts and code != country for s, code in spans)
