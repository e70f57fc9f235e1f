"""Countries, first-level regions, named places and wire datelines in text.

Data: ISO 3166-1 and ISO 3166-2 from ``pycountry`` (countries and codes via the table
:mod:`summarizer.countries`, every top-level subdivision: state, province, governorate,
oblast), plus the everyday English names and demonyms ISO's formal names miss ("Syria",
"Iranian", "DR Congo") from ``data/places.toml``. Subdivision names are compared folded and
without generic words ("Al Ḩasakah Governorate" matches "Hasakah"); towns: :mod:`.gazetteer`.

Named places below the region come from the text's own structure: "the Mashtal
neighborhood", "the village of Kukawa". Each mention can be weighed by the words around it
(:mod:`.placewords`): a name after "in"/"near" says where, before "forces" says who.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from summarizer.countries import COUNTRIES, PYCOUNTRY_VERSION
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation, trie_pattern
from summarizer.engines.offline.patternstore import compiled, store
from summarizer.engines.offline.prefilter import Gated
from summarizer.engines.offline.scan.names import name_spans
from summarizer.engines.offline.scan.placepatterns import place_patterns, saint_named_longer
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
    "find_regions",
    "name_spans",
    "saint_named_longer",
    "strip_dateline",
]


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
    #: named by one of its second-level parts ("Yatenga province"): only before a region noun
    part: bool = False


@dataclass(frozen=True)
class PlaceHit:
    """A named place at an offset, with what kind of place the text calls it."""

    name: str
    start: int
    end: int
    kind: str


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
        self.generic = compiled(r"\b" + alternation(section["region_generic"]) + r"\b")
        articles = section["articles"]
        self.article_prefix = compiled(rf"^({'|'.join(articles)})[ -]")
        self.country_words = self._country_words()
        self.common_words = frozenset(section["common_words"])
        self.region_aliases: dict[str, list[str]] = section["region_aliases"]
        self.province_countries: list[str] = section["province_countries"]
        self.admin1_prefixes: tuple[str, ...] = tuple(section["admin1_clean"]["prefixes"])
        self.admin1_names: dict[str, str] = dict(section["admin1_names"])
        #: ISO code: the capital's name ("the Libyan capital" is Tripoli)
        self.capitals: dict[str, str] = dict(section["capitals"])
        # after a country's name or people's word: "the Libyan capital", "Sudan's capital"
        self.landmark_after = compiled(
            r"(?:\s+[a-z][\w-]*){0,2}?,?\s+near\s+(?:the\s+(?:town|city)\s+of\s+)?"
        )
        self.capital_after = compiled(r"(?:['’]s)?\s+capital\b(?!\s+(?:city\s+)?of\b)")
        # the article's own country's: "fighting in the capital"
        self.the_capital = compiled(
            r"\b(?:"
            + "|".join(section["locative_before"])
            + r")\s+the\s+capital\b(?![\s,]+(?:city\s+)?of\b|,?\s+[A-Z])"
        )
        self.city_stopwords = frozenset(section["city_stopwords"])
        self.countries = self._country_patterns()
        self.regions = self._regions(section)
        self.region_words = frozenset(
            {word for core in self.regions for word in core.split()} | set(articles)
        )
        self.place_patterns = place_patterns(section)
        self.elsewhere_before = compiled(
            r"\b(?:"
            + "|".join(section["elsewhere_before"])
            # "to Kaduna near X", "withdrew from its camp at X": X is no place gone to
            + r")\s+(?:the\s+)?(?:(?!near\s|outside\s|at\s)[\w-]+\s+){0,3}$",
            re.IGNORECASE,
        )
        # "the road between Fada N'Gourma and " before a town: one end of a road
        self.route_end = compiled(
            rf"\b{alternation(section['route_nouns'])}s?\s+between"
            r"(?:\s+[\w'’-]+){0,3}?(?:\s+and)?\s+$",
            re.I,
        )
        self.named_with_noun = frozenset(section["named_with_noun"])
        self.holding_nouns = frozenset(section["holding_nouns"])
        self.holder_reach = int(section["holder_reach"])
        self.on_holder = compiled(r"\bon\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
        self.monument_of = compiled(rf"\b{alternation(section['monument_nouns'])}\s+of\s+$", re.I)
        # "the Erawan shrine": a town's name before a monument's noun may be the monument's
        self.river_after = compiled(rf"\s+{alternation(section['river_nouns'])}\b", re.I)
        self.monument_after = compiled(rf"\s+{alternation(section['monument_nouns'])}\b", re.I)
        self.force_last = frozenset(section["force_last"])
        self.held_before = compiled(
            rf"\b{alternation(section['held_before'])}\s+(?:the\s+)?$", re.I
        )
        self.kinds: dict[str, float] = {k: float(v) for k, v in section["kinds"].items()}
        self.not_places = frozenset(section["not_places"])
        self.dateline = compiled(section["dateline"])
        self.locative_before = compiled(
            r"\b" + alternation(section["locative_before"]) + r"\s+(?:the\s+)?$", re.IGNORECASE
        )
        self.waters_after = compiled(section["waters_after"], re.IGNORECASE)
        self.saint_words = frozenset(section["saint_words"])
        self.name_goes_on = compiled(r"\s+(?:de\s+|del\s+|la\s+)?([A-Z][\w'’-]+)")
        self.sea_before = compiled(
            r"\b" + alternation(section["sea_before"]) + r"\s+(?:the\s+)?(?:[a-z-]+\s+)?$"
        )
        self.offshore_before = compiled(  # "50 nautical miles off the coast of"
            r"\b" + alternation(section["offshore_before"]) + r"\s+(?:the\s+)?$", re.IGNORECASE
        )
        # "in Ethiopia's Amhara region": a region may be named after a possessive
        self.locative_possessive = compiled(
            r"\b" + alternation(section["locative_before"]) + r"\s+(?:the\s+)?[\w-]+['’]s\s+$",
            re.IGNORECASE,
        )
        # "the Armenian resort town of": a country or people before a place noun and "of"
        self.place_after = compiled(
            r"^\s+(?:[a-z][\w-]*\s+){0,2}?" + alternation(section["locative_after"]) + r"\s+of\s+"
        )
        self.agent_before = compiled(  # "the High Commission of India"
            r"\b" + alternation(section["agent_before"]) + r"\s+of\s+(?:the\s+)?$", re.IGNORECASE
        )
        # "near Israel's embassy in Copenhagen": the same words after a possessive say whose
        self.agent_possessed = compiled(
            r"['’]s\s+" + alternation(section["agent_before"]) + r"\b(?!-)", re.IGNORECASE
        )
        self.agent_after = compiled(
            # "Mexico's foreign minister", "China's interior ministry": whose, not where
            r"^(?:['’]s(?:\s+(?-i:[a-z][\w-]*)){0,2}?)?\s*(?:-backed|-led)?\s*"
            + alternation(section["agent_after"])
            + r"\b",
            re.IGNORECASE,
        )
        # "Iran-backed militias", "Saudi-led coalition": a sponsor, whatever word comes before
        self.sponsor_after = compiled(alternation(section["agent_suffixes"]) + r"\b")
        self.titled = compiled(r"\b" + alternation(section["name_titles"]) + r"\.?\s+$")
        self.region_nouns = frozenset(section["region_nouns"])
        self.region_noun_named = compiled(  # a capitalised name and its noun: "Edo state"
            r"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) ((?i:"
            + alternation(section["region_nouns"])
            + r"))\b"
        )
        self.region_noun = compiled(
            r"^\s+" + alternation(section["region_nouns"]) + r"\b", re.IGNORECASE
        )

    def holds_places(self, name: str) -> bool:
        """Is ``name`` a region or a country (what a named district can be "of")?"""
        core = self.core(name)
        return core in self.regions or core in self.noun_only or core in self.country_words

    def core(self, name: str) -> str:
        """A region's name folded, without generic words and a leading article."""
        core = " ".join(self.generic.sub(" ", fold(name)).split())
        return self.article_prefix.sub("", core)

    def _country_words(self) -> frozenset[str]:
        """Folded names of countries and their peoples ("niger", "somali", "yemeni")."""
        words = {
            fold(n) for names in (*self.demonyms.values(), *self.names.values()) for n in names
        }
        return frozenset(words | {fold(name) for _, name, _ in COUNTRIES})

    def _country_patterns(self) -> list[tuple[Gated, dict[str, tuple[str, float]]]]:
        """Three patterns (names in their own case, other names, demonyms) and their lookups."""
        names: dict[str, tuple[str, float]] = {}
        for alpha_2, *iso_names in COUNTRIES:
            for iso_name in iso_names:
                if iso_name and "," not in iso_name:
                    names.setdefault(iso_name, (alpha_2, 1.0))
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

    def _regions(self, section: dict[str, Any]) -> dict[str, list[Region]]:
        """The regions by core name, and :attr:`noun_only`: kept in the pattern store, keyed
        by pycountry's version and the lexicon's places section (a new process would read
        ISO's 5,000 subdivisions and fold every name: some 80 ms)."""
        key = json.dumps(["places.regions", PYCOUNTRY_VERSION, section], default=str)
        index, noun_only = store().reading(key, _STORED, self._read_regions)
        self.noun_only: dict[str, list[tuple[Region, str]]] = {
            core: [(Region(*region), kind) for region, kind in found] for core, found in noun_only
        }
        return {core: [Region(*region) for region in found] for core, found in index}

    def _read_regions(self) -> tuple[Any, Any]:
        """The region index and :attr:`noun_only` as plain values, from ISO's subdivisions."""
        import pycountry  # only when the store lacks the index: its import costs ~35 ms

        index: dict[str, list[Region]] = {}
        # A region called like a people or a country ("Somali", "Niger") would read every
        # "Somali army" as a place; such names are left to the country matcher.
        provinces = frozenset(self.province_countries)
        top = {sub.code: sub for sub in pycountry.subdivisions if sub.parent_code is None}
        lower: list[tuple[str, Region]] = []
        # short or common names ("Edo", "Unity", "Niger"): regions only before their noun
        noun_only: dict[str, list[tuple[Region, str]]] = {}
        for sub in pycountry.subdivisions:
            core = self.core(sub.name)
            if len(core) < 4 or core in self.country_words or core in self.common_words:
                if core and sub.parent_code is None:
                    region = Region(sub.code, sub.country_code, sub.name, core)
                    noun_only.setdefault(core, []).append((region, sub.type.lower()))
                continue
            if sub.parent_code is None or sub.country_code in provinces:
                index.setdefault(core, []).append(
                    Region(sub.code, sub.country_code, sub.name, core)
                )
                continue
            # a province of a region ("Yatenga province"): its region is the first level
            parent = top.get(sub.parent_code)
            if parent is not None:
                core_of = self.core(parent.name)
                region = Region(parent.code, sub.country_code, parent.name, core_of, part=True)
                lower.append((core, region))
        for core, region in lower:  # a first-level name of that spelling comes first
            index.setdefault(core, []).append(region)
        # the names the press uses where ISO's differ ("Amhara" for ISO's "Amara")
        for code, names in self.region_aliases.items():
            for name in names:
                core = self.core(name)
                region = Region(code, code.split("-")[0], name, core)
                index.setdefault(core, []).insert(0, region)
        return (
            tuple((core, tuple(map(_plain, found))) for core, found in index.items()),
            tuple(
                (core, tuple((_plain(r), kind) for r, kind in found))
                for core, found in noun_only.items()
            ),
        )


#: The flags under which the store keeps the region index: none a pattern compiles with.
_STORED = -2


def _plain(region: Region) -> tuple[str, str, str, str, bool]:
    return region.code, region.country, region.name, region.core, region.part


def country_name(code: str, lexicon: Lexicon) -> str:
    """Everyday English short name of an ISO alpha-2 code."""
    names = lexicon.rules(PlaceRules).names
    if code in names:
        return names[code][0]
    if code in USER_ASSIGNED_CODES:
        return USER_ASSIGNED_CODES[code]
    found = [common or name for alpha_2, name, common in COUNTRIES if alpha_2 == code.upper()]
    return found[0] if found else code


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


def dateline_end(text: str, lexicon: Lexicon) -> int:
    """Where a leading wire dateline ends in ``text`` ("KUNDUZ, Afghanistan —"); 0 if none."""
    match = lexicon.rules(PlaceRules).dateline.match(text)
    return match.end() if match else 0


def strip_dateline(text: str, lexicon: Lexicon) -> str:
    """``text`` without a leading wire dateline: it says where the reporter filed from."""
    return text[dateline_end(text, lexicon) :]


def find_regions(text: str, lexicon: Lexicon) -> list[tuple[Region, int, int]]:
    """First-level regions named in ``text``; of two countries' regions of one name, the one of
    a country the text names ("Colombia's Bolívar department")."""
    rules = lexicon.rules(PlaceRules)
    index = rules.regions
    countries: set[str] | None = None  # the countries the text names, read when first needed

    def lookup(candidate: str) -> Region | None:
        nonlocal countries
        regions = index.get(rules.article_prefix.sub("", fold(candidate)), [])
        if len(regions) > 1:  # "Bolívar": of two countries' regions, the named country's
            if countries is None:
                countries = {hit.code for hit in find_countries(text, lexicon)}
            return next((r for r in regions if r.country in countries), regions[0])
        return regions[0] if regions else None

    found = name_spans(text, lookup, known_words=rules.region_words)
    for named in rules.region_noun_named.finditer(text):  # "in Edo state"
        start, name, noun = named.start(1), named.group(1), named.group(2).lower()
        regions = rules.noun_only.get(rules.core(name))
        if regions is None and " " in name:  # "Nigeria's Plateau state"
            start = named.start(1) + name.rindex(" ") + 1
            regions = rules.noun_only.get(rules.core(name[name.rindex(" ") + 1 :]))
        if regions and not any(s <= start < e for _, s, e in found):
            # of two, the one its noun names ("Plateau state", not Benin's department)
            region = next((r for r, kind in regions if kind == noun), regions[0][0])
            found.append((region, start, named.end(1)))
    return [
        (region, start, end)
        for region, start, end in found
        # "General Santander", "President Kenyatta": a person's name, not the region's
        if not rules.titled.search(text[max(0, start - 20) : start])
        and (
            not region.part
            or rules.region_noun.match(text[end : end + 20])
            # "Sri Lankan troops overran Kilinochchi": a district's town, where the deed
            # was, in a sentence that names its country
            or (
                rules.locative_before.search(text[max(0, start - 25) : start]) is not None
                and region.country in {hit.code for hit in find_countries(text, lexicon)}
            )
        )
        and not saint_named_longer(text, start, end, rules)
    ]
