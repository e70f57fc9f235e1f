"""Countries, first-level regions and named places.

Data: ISO 3166-1 and ISO 3166-2 from ``pycountry`` (countries, codes, and every top-level
subdivision: state, province, governorate, oblast), plus a short table of the everyday
English names and demonyms that ISO's formal names miss ("Syria", "Iranian", "DR Congo").
Subdivision names are compared accent-folded and without generic words ("Al Ḩasakah
Governorate" matches "Hasakah").

Named places below the region come from the text's own structure: "the Mashtal
neighborhood", "the village of Kukawa", "a market in Quetta".
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

import pycountry

from summarizer.engines.offline._memo import memo_list
from summarizer.engines.offline._regex import case_folded, fold_case, trie_pattern

__all__ = [
    "CountryHit",
    "PlaceHit",
    "country_name",
    "find_countries",
    "find_places",
    "find_regions",
    "fold",
]

# Everyday English short names where ISO's differ (display name first).
_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("United States", "U.S.", "US", "U.S.A.", "USA", "America", "United States of America"),
    "GB": (
        "United Kingdom",
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "England",
        "Scotland",
        "Wales",
    ),
    "RU": ("Russia",),
    "IR": ("Iran",),
    "SY": ("Syria",),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "TR": ("Turkey", "Türkiye"),
    "PS": ("Palestine", "West Bank", "Gaza", "Gaza Strip"),
    "TZ": ("Tanzania",),
    "VE": ("Venezuela",),
    "BO": ("Bolivia",),
    "MD": ("Moldova",),
    "LA": ("Laos",),
    "VN": ("Vietnam",),
    "TW": ("Taiwan",),
    "CZ": ("Czechia", "Czech Republic"),
    "CD": (
        "Democratic Republic of the Congo",
        "DR Congo",
        "DRC",
        "Democratic Republic of Congo",
        "Congo-Kinshasa",
    ),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "CI": ("Ivory Coast", "Côte d'Ivoire"),
    "MM": ("Myanmar", "Burma"),
    "SS": ("South Sudan",),
    "CF": ("Central African Republic", "CAR"),
    "BN": ("Brunei",),
    "SZ": ("Eswatini", "Swaziland"),
    "MK": ("North Macedonia",),
    "CV": ("Cape Verde",),
}
_DEMONYMS: dict[str, tuple[str, ...]] = {
    "US": ("American",),
    "GB": ("British",),
    "RU": ("Russian",),
    "IR": ("Iranian",),
    "SY": ("Syrian",),
    "IQ": ("Iraqi",),
    "AF": ("Afghan",),
    "PK": ("Pakistani",),
    "IN": ("Indian",),
    "UA": ("Ukrainian",),
    "IL": ("Israeli",),
    "PS": ("Palestinian",),
    "LB": ("Lebanese",),
    "YE": ("Yemeni",),
    "SA": ("Saudi",),
    "EG": ("Egyptian",),
    "LY": ("Libyan",),
    "SD": ("Sudanese",),
    "SO": ("Somali",),
    "ET": ("Ethiopian",),
    "KE": ("Kenyan",),
    "NG": ("Nigerian",),
    "NE": ("Nigerien",),
    "ML": ("Malian",),
    "BF": ("Burkinabe",),
    "CD": ("Congolese",),
    "MX": ("Mexican",),
    "CO": ("Colombian",),
    "BR": ("Brazilian",),
    "HT": ("Haitian",),
    "FR": ("French",),
    "DE": ("German",),
    "TR": ("Turkish",),
    "PH": ("Filipino", "Philippine"),
    "MM": ("Burmese",),
    "CN": ("Chinese",),
    "MZ": ("Mozambican",),
    "CM": ("Cameroonian",),
    "TD": ("Chadian",),
    "SS": ("South Sudanese",),
    "JO": ("Jordanian",),
    "BD": ("Bangladeshi",),
}
_GENERIC = re.compile(
    r"\b(governorate|province|state|region|oblast|district|department|county|prefecture|federal"
    r"|territory|autonomous|republic|municipality|city|capital|division|muhafazat|wilayah)\b"
)
_ARTICLES = ("al", "an", "ar", "as", "ash", "at", "az", "ad", "el")
_ARTICLE_PREFIX = re.compile(rf"^({'|'.join(_ARTICLES)})[ -]")


# Region names that are also everyday words ("Northern" Territory, "Centre" region).
_COMMON_WORDS = frozenset(
    """northern southern eastern western central north south east west capital coast coastal
    island islands centre center upper lower national federal border lakes highlands plateau
    sea river valley mountain mountains greater littoral maritime interior atlantic pacific
    north east north west south east south west far north far west midlands oriental
    occidental middle""".split()
) | {"north east", "north west", "south east", "south west", "far north", "far west"}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe-free, single-spaced: for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"['’‘`ʻʼ]", "", plain.lower())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def _core(name: str) -> str:
    core = _GENERIC.sub(" ", fold(name))
    core = " ".join(core.split())
    return _ARTICLE_PREFIX.sub("", core)


def country_name(code: str) -> str:
    """Everyday English short name of an ISO alpha-2 code."""
    if code in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[code][0]
    country = pycountry.countries.get(alpha_2=code)
    return str(getattr(country, "common_name", None) or country.name) if country else code


@cache
def _country_patterns() -> list[tuple[re.Pattern[str], dict[str, tuple[str, float]]]]:
    """Three combined patterns (case-sensitive names, other names, demonyms) and their lookups."""
    names: dict[str, tuple[str, float]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.setdefault(value, (country.alpha_2, 1.0))
    for code, aliases in _COUNTRY_NAMES.items():
        for alias in aliases:
            names[alias] = (code, 1.0)
    for code, demonyms in _DEMONYMS.items():
        for demonym in demonyms:
            names[demonym] = (code, 0.4)
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
        body = trie_pattern(lookup)
        # A demonym glued to "-backed"/"-led" names a sponsor, not the place.
        tail = r"(?![-\w])" if group == "demonyms" else r"(?!\w)"
        flags = 0 if group == "exact" else re.IGNORECASE
        patterns.append((re.compile(rf"(?<![\w.-])(?:{body}){tail}", flags), lookup))
    return patterns


@dataclass(frozen=True)
class CountryHit:
    """A country named (or implied by a demonym) at an offset."""

    code: str
    start: int
    end: int
    weight: float


@cache
def _country_twins() -> list[re.Pattern[str] | None]:
    """The country patterns that ignore case, as case-sensitive twins for the case-folded
    text (the same spans, found faster)."""
    return [case_folded(pattern) for pattern, _ in _country_patterns()]


@memo_list
def find_countries(text: str) -> list[CountryHit]:
    """Every country mention in ``text``; overlapping shorter names are dropped."""
    candidates: list[CountryHit] = []
    folded = fold_case(text)
    for (pattern, lookup), twin in zip(_country_patterns(), _country_twins(), strict=True):
        matches = twin.finditer(folded) if twin is not None else pattern.finditer(text)
        for match in matches:
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


@dataclass(frozen=True)
class Region:
    """A first-level subdivision (ISO 3166-2 with no parent)."""

    code: str
    country: str
    name: str
    core: str


@cache
def _country_words() -> frozenset[str]:
    """Folded names of countries and their peoples ("niger", "somali", "yemeni")."""
    words = {
        fold(name) for names in (*_DEMONYMS.values(), *_COUNTRY_NAMES.values()) for name in names
    }
    return frozenset(words | {fold(c.name) for c in pycountry.countries})


@cache
def _regions() -> dict[str, list[Region]]:
    index: dict[str, list[Region]] = {}
    # A region called like a people or a country ("Somali", "Niger") would read every
    # "Somali army" as a place; such names are left to the country matcher.
    clashing = _country_words()
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        core = _core(sub.name)
        if len(core) < 4 or core in clashing or core in _COMMON_WORDS:
            continue
        region = Region(sub.code, sub.country_code, sub.name, core)
        index.setdefault(core, []).append(region)
    return index


@dataclass(frozen=True)
class PlaceHit:
    """A named place at an offset, with what kind of place the text calls it."""

    name: str
    start: int
    end: int
    kind: str


_CAP = r"[A-Z][\w'’-]*(?:\s+(?:al-|el-|de\s+|du\s+|of\s+)?[A-Z][\w'’-]*){0,3}"
_PLACE_NOUNS = (
    r"neighbou?rhood|district|village|town|city|camp|market|suburb|area|settlement|county"
    r"|municipality|locality|quarter|township|hamlet|commune|base|airport|port"
)
_PLACE_PATTERNS = [
    # "the Mashtal neighborhood", "the Zamzam camp"
    re.compile(rf"\b(?:the\s+)(?P<name>{_CAP})\s+(?P<kind>{_PLACE_NOUNS})\b"),
    # "the village of Kukawa", "the town of Bakhmut"
    re.compile(rf"\b(?P<kind>{_PLACE_NOUNS})\s+of\s+(?P<name>{_CAP})"),
]
_NOT_PLACES = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})


@memo_list
def find_places(text: str) -> list[PlaceHit]:
    """Named places the text marks as such ("the X neighborhood", "the village of X")."""
    hits: list[PlaceHit] = []
    for pattern in _PLACE_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group("name").strip()
            if fold(name) in _NOT_PLACES or name.split()[0].lower() in _NOT_PLACES:
                continue
            if fold(name) in _country_words():  # "the Yemeni port of X": X is the place
                continue
            hits.append(
                PlaceHit(name, match.start("name"), match.end("name"), match.group("kind").lower())
            )
    return sorted(hits, key=lambda h: h.start)


T = TypeVar("T")

_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|al|el|de))*")


_DATELINE = re.compile(
    r"^\s*(?:\(?[\w.]+\)?\s*[-–—]\s*)?(?-i:[A-Z][A-Z .'’-]{2,})(?:,\s*[A-Z][\w .'’-]*?)?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s*"
)


def strip_dateline(text: str) -> str:
    """``text`` without a leading wire dateline ("KUNDUZ, Afghanistan —", "MOGADISHU, Feb 15 -"):
    a dateline says where the reporter filed from, not where the incident happened."""
    match = _DATELINE.match(text)
    return text[match.end() :] if match else text


def _name_spans(
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
        words = match.group(0).split()
        if known_words is None:
            unknown = [False] * len(words)
        else:
            unknown = [any(w not in known_words for w in fold(word).split()) for word in words]
            if all(unknown):
                continue
        taken: list[tuple[int, int]] = []
        for size in range(min(len(words), max_words), 0, -1):
            for first in range(0, len(words) - size + 1):
                if any(first < e and s < first + size for s, e in taken):
                    continue
                if any(unknown[first : first + size]):
                    continue
                candidate = " ".join(words[first : first + size])
                value = lookup(candidate)
                if value is not None:
                    start = match.start() + match.group(0).find(candidate)
                    found.append((value, start, start + len(candidate)))
                    taken.append((first, first + size))
    return sorted(found, key=lambda hit: hit[1])


@memo_list
def find_regions(
    text: str, countries: Iterable[str] | None = None
) -> list[tuple[Region, int, int]]:
    """First-level regions named in ``text`` (optionally only those of ``countries``)."""
    allowed = set(countries) if countries is not None else None
    index = _regions()

    def lookup(candidate: str) -> Region | None:
        regions = index.get(_ARTICLE_PREFIX.sub("", fold(candidate)), [])
        return next((r for r in regions if allowed is None or r.country in allowed), None)

    return _name_spans(text, lookup, known_words=_region_words())


@cache
def _region_words() -> frozenset[str]:
    """Every word of every region's folded name, and the articles a name may lead with."""
    words = {word for core in _regions() for word in core.split()}
    return frozenset(words | set(_ARTICLES))


# -- cities -------------------------------------------------------------------------------

_CITIES_FILE = Path(__file__).resolve().parent / "data" / "cities.tsv.gz"
# Capitalised words that are also names of towns somewhere ("Police" in Poland, "Hit" in
# Iraq): a town is only taken from these with a place-like context.
_CITY_STOPWORDS = frozenset(
    """the a an and but police army news city mayor said state will may june july march august
    president minister general colonel governor captain victoria hit bar nice mobile split
    union independence liberty victory progress concord march hope providence federal central
    national bay from northern southern eastern western royal grand great""".split()
)


@dataclass(frozen=True)
class City:
    """A GeoNames city of at least 15,000 people."""

    name: str
    country: str
    population: int


@cache
def _cities() -> dict[str, list[City]]:
    index: dict[str, list[City]] = {}
    clashing = _country_words()
    with gzip.open(_CITIES_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            name, country, population, keys = line.rstrip("\n").split("\t")
            city = City(name, country, int(population))
            for key in keys.split("|"):  # folded at build time (scripts/build_gazetteer.py)
                # a town called like a country or people ("Palestine", Texas; "India" as
                # another name of Inđija) is left to the country matcher
                if len(key) >= 3 and key not in _CITY_STOPWORDS and key not in clashing:
                    index.setdefault(key, []).append(city)
    for cities in index.values():
        cities.sort(key=lambda c: -c.population)
    return index


@memo_list
def find_cities(text: str) -> list[tuple[City, int, int]]:
    """Cities named in ``text`` (the most populous of a name), longest names first per span."""
    index = _cities()
    return _name_spans(text, lambda candidate: next(iter(index.get(fold(candidate), [])), None), 4)
