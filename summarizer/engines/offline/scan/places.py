"""Countries, first-level regions, named places and wire datelines in text.

Data: ISO 3166-1 and ISO 3166-2 from ``pycountry`` (countries, codes, and every top-level
subdivision: state, province, governorate, oblast), plus the everyday English names and
demonyms ISO's formal names miss ("Syria", "Iranian", "DR Congo") from ``data/places.toml``.
Subdivision names are compared folded and without generic words ("Al Ḩasakah Governorate"
matches "Hasakah"). Towns are in :mod:`.gazetteer`.

Named places below the region come from the text's own structure: "the Mashtal
neighborhood", "the village of Kukawa". Each mention can be weighed by the words around it
(:func:`locative_weight`): a name after "in"/"near" says where, before "forces" says who.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import pycountry

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation, trie_pattern
from summarizer.engines.offline.prefilter import Gated
from summarizer.engines.offline.text import fold
from summarizer.schema import USER_ASSIGNED_CODES

__all__ = [
    "CountryHit",
    "PlaceHit",
    "PlaceRules",
    "Region",
    "country_name",
    "dateline_end",
    "find_countries",
    "find_places",
    "find_regions",
    "locative_weight",
    "name_spans",
    "strip_dateline",
]

T = TypeVar("T")


@dataclass(frozen=True)
class CountryHit:
    """A country named (or implied by a demonym) at an offset."""

    code: str
    start: int
    end: int
    weight: float


@dataclass(frozen=True)
class Region:
    """A first-level subdivision (ISO 3166-2 with no parent)."""

    code: str
    country: str
    name: str
    core: str


@dataclass(frozen=True)
class PlaceHit:
    """A named place at an offset, with what kind of place the text calls it."""

    name: str
    start: int
    end: int
    kind: str


_CAP = r"[A-Z][\w'’-]*(?:\s+(?:al-|el-|de\s+|du\s+|of\s+)?[A-Z][\w'’-]*){0,3}"
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|al|el|de))*")


class PlaceRules:
    """The place vocabulary of one lexicon, with ISO's names, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("places")
        self.names: dict[str, tuple[str, ...]] = {
            code: tuple(names) for code, names in section["countries"].items()
        }
        self.demonyms: dict[str, tuple[str, ...]] = {
            code: tuple(names) for code, names in section["demonyms"].items()
        }
        self.weights: dict[str, float] = {k: float(v) for k, v in section["weights"].items()}
        self.generic = re.compile(r"\b" + alternation(section["region_generic"]) + r"\b")
        articles = section["articles"]
        self.article_prefix = re.compile(rf"^({'|'.join(articles)})[ -]")
        self.country_words = self._country_words()
        self.common_words = frozenset(section["common_words"])
        self.region_aliases: dict[str, list[str]] = section["region_aliases"]
        self.city_stopwords = frozenset(section["city_stopwords"])
        self.countries = self._country_patterns()
        self.regions = self._regions()
        self.region_words = frozenset(
            {word for core in self.regions for word in core.split()} | set(articles)
        )
        nouns = "|".join(section["place_nouns"])
        self.place_patterns = [
            Gated(rf"\b(?:the\s+)(?P<name>{_CAP})\s+(?P<kind>{nouns})\b"),
            Gated(rf"\b(?P<kind>{nouns})\s+of\s+(?P<name>{_CAP})"),
        ]
        self.not_places = frozenset(section["not_places"])
        self.dateline = re.compile(section["dateline"])
        self.locative_before = re.compile(
            r"\b" + alternation(section["locative_before"]) + r"\s+(?:the\s+)?$", re.IGNORECASE
        )
        # "in Ethiopia's Amhara region": a region may be named after a possessive
        self.locative_possessive = re.compile(
            r"\b" + alternation(section["locative_before"]) + r"\s+(?:the\s+)?[\w-]+['’]s\s+$",
            re.IGNORECASE,
        )
        self.agent_after = re.compile(
            r"^(?:'s)?\s*(?:-backed|-led)?\s*" + alternation(section["agent_after"]) + r"\b",
            re.IGNORECASE,
        )
        self.region_noun = re.compile(
            r"^\s+" + alternation(section["region_nouns"]) + r"\b", re.IGNORECASE
        )

    def core(self, name: str) -> str:
        """A region's name folded, without generic words and a leading article."""
        core = " ".join(self.generic.sub(" ", fold(name)).split())
        return self.article_prefix.sub("", core)

    def _country_words(self) -> frozenset[str]:
        """Folded names of countries and their peoples ("niger", "somali", "yemeni")."""
        words = {
            fold(n) for names in (*self.demonyms.values(), *self.names.values()) for n in names
        }
        return frozenset(words | {fold(c.name) for c in pycountry.countries})

    def _country_patterns(self) -> list[tuple[Gated, dict[str, tuple[str, float]]]]:
        """Three patterns (names in their own case, other names, demonyms) and their lookups."""
        names: dict[str, tuple[str, float]] = {}
        for country in pycountry.countries:
            for attr in ("name", "common_name"):
                value = getattr(country, attr, None)
                if value and "," not in value:
                    names.setdefault(value, (country.alpha_2, 1.0))
        for code, aliases in self.names.items():
            for alias in aliases:
                names[alias] = (code, 1.0)
        demonym = self.weights["demonym"]
        for code, demonyms in self.demonyms.items():
            for word in demonyms:
                names[word] = (code, demonym)
        groups: dict[str, dict[str, tuple[str, float]]] = {"exact": {}, "names": {}, "demonyms": {}}
        for name, value in names.items():
            if value[1] < 1:
                groups["demonyms"][name.lower()] = value
            elif name.isupper() or "." in name:  # "US", "U.S.", "DRC": only in their own case
                groups["exact"][name] = value
            else:
                groups["names"][name.lower()] = value
        patterns = []
        for group, lookup in groups.items():
            # A demonym glued to "-backed"/"-led" names a sponsor, not the place.
            tail = r"(?![-\w])" if group == "demonyms" else r"(?!\w)"
            flags = 0 if group == "exact" else re.IGNORECASE
            body = trie_pattern(lookup)
            patterns.append((Gated(rf"(?<![\w.-])(?:{body}){tail}", flags), lookup))
        return patterns

    def _regions(self) -> dict[str, list[Region]]:
        index: dict[str, list[Region]] = {}
        # A region called like a people or a country ("Somali", "Niger") would read every
        # "Somali army" as a place; such names are left to the country matcher.
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None:
                continue
            core = self.core(sub.name)
            if len(core) < 4 or core in self.country_words or core in self.common_words:
                continue
            index.setdefault(core, []).append(Region(sub.code, sub.country_code, sub.name, core))
        # the names the press uses where ISO's differ ("Amhara" for ISO's "Amara")
        for code, names in self.region_aliases.items():
            for name in names:
                core = self.core(name)
                region = Region(code, code.split("-")[0], name, core)
                index.setdefault(core, []).insert(0, region)
        return index


def country_name(code: str, lexicon: Lexicon) -> str:
    """Everyday English short name of an ISO alpha-2 code."""
    names = lexicon.rules(PlaceRules).names
    if code in names:
        return names[code][0]
    if code in USER_ASSIGNED_CODES:
        return USER_ASSIGNED_CODES[code]
    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


def find_countries(text: str, lexicon: Lexicon, folded: str | None = None) -> list[CountryHit]:
    """Every country mention in ``text``; overlapping shorter names are dropped."""
    folded = lexicon.fold(text) if folded is None else folded
    candidates: list[CountryHit] = []
    for pattern, lookup in lexicon.rules(PlaceRules).countries:
        for match in pattern.finditer(text, folded):
            start, end = match.span()
            found = text[start:end]
            code, weight = lookup.get(found) or lookup[found.lower()]
            candidates.append(CountryHit(code, start, end, weight))
    candidates.sort(key=lambda h: (h.start, -(h.end - h.start)))
    hits: list[CountryHit] = []
    for hit in candidates:
        if not hits or hit.start >= hits[-1].end:
            hits.append(hit)
    return hits


def find_places(text: str, lexicon: Lexicon, folded: str | None = None) -> list[PlaceHit]:
    """Named places the text marks as such ("the X neighborhood", "the village of X")."""
    rules = lexicon.rules(PlaceRules)
    folded = lexicon.fold(text) if folded is None else folded
    hits: list[PlaceHit] = []
    for pattern in rules.place_patterns:
        for match in pattern.finditer(text, folded):
            name = match.group("name").strip()
            if fold(name) in rules.not_places or name.split()[0].lower() in rules.not_places:
                continue
            if fold(name) in rules.country_words:  # "the Yemeni port of X": X is the place
                continue
            start, end = match.span("name")
            hits.append(PlaceHit(name, start, end, match.group("kind").lower()))
    return sorted(hits, key=lambda h: h.start)


def dateline_end(text: str, lexicon: Lexicon) -> int:
    """Where a leading wire dateline ends in ``text`` ("KUNDUZ, Afghanistan —"); 0 if none."""
    match = lexicon.rules(PlaceRules).dateline.match(text)
    return match.end() if match else 0


def strip_dateline(text: str, lexicon: Lexicon) -> str:
    """``text`` without a leading wire dateline: it says where the reporter filed from."""
    return text[dateline_end(text, lexicon) :]


def name_spans(
    text: str,
    lookup: Callable[[str], T | None],
    max_words: int = 6,
    known_words: frozenset[str] | None = None,
) -> list[tuple[T, int, int]]:
    """Runs of capitalised words that ``lookup`` knows, longest first, never overlapping.

    With ``known_words`` (every word of every folded name ``lookup`` knows), a run of words
    is only looked up when all their folded words are among them: a name's folded words are
    its words' folded words, so the others cannot be found."""
    found: list[tuple[T, int, int]] = []
    for match in _CAPITALISED.finditer(text):
        phrase = match.group(0)
        words = phrase.split()
        if len(words) == 1 and max_words > 0:  # most runs: one word, looked up as it is
            if known_words is not None and any(w not in known_words for w in fold(phrase).split()):
                continue
            value = lookup(phrase)
            if value is not None:
                found.append((value, match.start(), match.end()))
            continue
        if known_words is None:
            unknown = [False] * len(words)
        else:
            unknown = [any(w not in known_words for w in fold(word).split()) for word in words]
            if all(unknown):
                continue
        taken = [False] * len(words)  # the words of a name found already
        for size in range(min(len(words), max_words), 0, -1):
            for first in range(0, len(words) - size + 1):
                if any(taken[first : first + size]) or any(unknown[first : first + size]):
                    continue
                candidate = " ".join(words[first : first + size])
                value = lookup(candidate)
                if value is not None:
                    start = match.start() + phrase.find(candidate)
                    found.append((value, start, start + len(candidate)))
                    taken[first : first + size] = [True] * size
    return sorted(found, key=lambda hit: hit[1])


def find_regions(text: str, lexicon: Lexicon) -> list[tuple[Region, int, int]]:
    """First-level regions named in ``text``."""
    rules = lexicon.rules(PlaceRules)
    index = rules.regions

    def lookup(candidate: str) -> Region | None:
        regions = index.get(rules.article_prefix.sub("", fold(candidate)), [])
        return regions[0] if regions else None

    return name_spans(text, lookup, known_words=rules.region_words)


def locative_weight(
    text: str, start: int, end: int, lexicon: Lexicon, region: bool = False
) -> float:
    """Names after "in"/"near" say where (a ``region`` also after "in Ethiopia's"); names
    before "forces"/"officials" say who."""
    rules = lexicon.rules(PlaceRules)
    before = text[max(0, start - 40) : start]
    if rules.locative_before.search(before[-25:]) or (
        region and rules.locative_possessive.search(before)
    ):
        return rules.weights["locative"]
    if rules.agent_after.match(text[end : end + 30]):
        return rules.weights["agent"]
    return rules.weights["other"]


def region_noun_after(text: str, end: int, lexicon: Lexicon) -> bool:
    """True when a region noun follows the name ending at ``end`` ("Borno state")."""
    return lexicon.rules(PlaceRules).region_noun.match(text[end : end + 20]) is not None


def region_display(region: Region, text: str, lexicon: Lexicon) -> str:
    """The article's own spelling of ``region`` ("Baghdad", not ISO's "Baghdād")."""
    prefix = lexicon.rules(PlaceRules).article_prefix
    for match in re.finditer(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*", text):
        words = match.group(0).split()
        for first in range(len(words)):
            for last in range(len(words), first, -1):
                candidate = " ".join(words[first:last])
                if prefix.sub("", fold(candidate)) == region.core:
                    return candidate
    return region.name
