"""Towns: the GeoNames gazetteer in ``data/cities.tsv.gz`` and the towns an overlay adds.

The gazetteer lists every folded name of a city of at least 15,000 people with the city,
its country, population and first-level region (``scripts/build_gazetteer.py``), sorted
by name, so a name is found by binary search without building an index; a name shared by
several cities means the most populous. Towns listed in an overlay (``[[places.towns]]``) take their name from it.
Names that are also everyday capitalised words ("Police", "Hit") or a country's or people's
name ("Palestine", Texas) are left out.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import cache

from summarizer.engines.offline.lexicon import DATA_DIR, Lexicon
from summarizer.engines.offline.scan.places import PlaceRules, name_spans
from summarizer.engines.offline.text import fold

__all__ = ["City", "CityRules", "find_cities"]

_CITIES_FILE = DATA_DIR / "cities.tsv.gz"


@dataclass(frozen=True)
class City:
    """A town: its name, ISO country code, population (0 when not known) and the name of
    its first-level region ("" when not known)."""

    name: str
    country: str
    population: int
    admin1: str = ""


@cache
def _gazetteer() -> bytes:
    """The file's text, UTF-8, one line per name, ``folded name<TAB>name<TAB>country<TAB>
    population<TAB>admin1``, sorted; read once per process. It is searched as it is: no line
    is split out or decoded until its town is found (a hundred thousand lines as strings
    would cost a new process a tenth of a second and some 10 MB)."""
    with gzip.open(_CITIES_FILE, "rb") as handle:
        return handle.read()


def _lookup(data: bytes, key: str) -> City | None:
    """The town whose folded name is ``key``, by binary search of the sorted lines (UTF-8
    sorts bytes as their text sorts characters, and a tab sorts before any character of a
    name, so ``key`` and its tab come before longer names that start with ``key``)."""
    probe = (key + "\t").encode()
    low, high = 0, len(data)  # the first line not below the probe starts in low..high
    while low < high:
        middle = (low + high) // 2
        start = data.rfind(b"\n", low, middle) + 1 or low
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        if data[start:end] < probe:
            low = end + 1
        else:
            high = start
    if not data.startswith(probe, low):
        return None
    end = data.find(b"\n", low)
    line = data[low : end if end >= 0 else len(data)].decode()
    _, name, country, population, admin1 = line.split("\t")
    return City(name, country, int(population), admin1)


class CityRules:
    """The towns one lexicon knows: the gazetteer's, less the names it must not take, and
    the towns an overlay adds."""

    def __init__(self, lexicon: Lexicon) -> None:
        places = lexicon.rules(PlaceRules)
        self.skip = places.city_stopwords | places.country_words
        section = lexicon.section("places")
        #: Of the names skipped, those a town's when a locative word is just before them
        #: ("in Nice", "near Hit").
        self.after_locative = frozenset(fold(n) for n in section["towns_after_locative"])
        self.locative = re.compile(
            r"\b(?:" + "|".join(section["town_locatives"]) + r")\s+$", re.IGNORECASE
        )
        self.towns: dict[str, City] = {}
        for town in lexicon.section("places").get("towns", []):
            city = City(
                town["name"],
                town["country"],
                int(town.get("population", 0)),
                str(town.get("admin1", "")),
            )
            for name in [town["name"], *town.get("aliases", [])]:
                self.towns[fold(name)] = city

    def town_or_word(self, candidate: str) -> City | None:
        """As :meth:`town`, and also the town a common word names ("Nice")."""
        key = fold(candidate)
        if key in self.after_locative and key not in self.towns:
            return _lookup(_gazetteer(), key)
        return self._town(key)

    def town(self, candidate: str) -> City | None:
        """The town ``candidate`` names, if any."""
        return self._town(fold(candidate))

    def _town(self, key: str) -> City | None:
        town = self.towns.get(key)
        if town is not None or len(key) < 3 or key in self.skip:
            return town
        return _lookup(_gazetteer(), key)


def find_cities(text: str, lexicon: Lexicon) -> list[tuple[City, int, int]]:
    """Towns named in ``text``, longest names first per span; a name that is also a common
    word ("Nice", "Split") only just after a locative word ("in Nice")."""
    rules = lexicon.rules(CityRules)
    if not rules.after_locative:
        found = name_spans(text, rules.town, 4)
    else:
        found = [
            (city, start, end)
            for city, start, end in name_spans(text, rules.town_or_word, 4)
            if fold(text[start:end]) not in rules.after_locative
            or rules.locative.search(text, max(0, start - 12), start)
        ]
    if "s " in text and ("'s " in text or "’s " in text):
        for city, start, end in _possessive_names(text, rules):
            # the longer name wins over a part of it ("Bazar", another town's alias)
            found = [h for h in found if not (h[1] < end and start < h[2])]
            found.append((city, start, end))
        found.sort(key=lambda h: h[1])
    return found


#: A name with a possessive inside it: "Cox's Bazar" (name_spans ends a name at "'s").
_POSSESSIVE_NAME = re.compile(r"\b[A-Z][\w-]*['’]s [A-Z][\w-]+")


def _possessive_names(text: str, rules: CityRules) -> list[tuple[City, int, int]]:
    """Towns whose names hold "'s" ("Cox's Bazar")."""
    more = []
    for match in _POSSESSIVE_NAME.finditer(text):
        city = rules.town(match.group(0))
        if city is not None:
            more.append((city, *match.span()))
    return more
