"""Towns: the GeoNames gazetteer in ``data/cities.tsv.gz`` and the towns an overlay adds.

The gazetteer lists every folded name of a city of at least 15,000 people with the city,
its country, population and first-level region (``scripts/build_gazetteer.py``), sorted
by name, so a name is found by binary search without building an index; a name shared by
several cities means the most populous, except that a city keeps its own name against a
city that has it only as an alias and is not ten times bigger (see the build script).
Towns listed in an overlay (``[[places.towns]]``) take their name from it.
Names that are also everyday capitalised words ("Police", "Hit") or a country's or people's
name ("Palestine", Texas) are left out, as is a city's alias that names an actor the lexicon
knows ("Hamas", an old name of Hamm, is the group; a city's own name stays the city).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from summarizer.engines.offline.lexicon import DATA_DIR, Lexicon
from summarizer.engines.offline.patternstore import unpacked
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
def _gazetteer() -> _Gazetteer:
    """The file's text, read once per process (see :class:`_Gazetteer`; decompressed once
    per version of the file: :func:`~..patternstore.unpacked`)."""
    return _Gazetteer(unpacked(_CITIES_FILE))


class _Gazetteer:
    """The gazetteer's text, UTF-8, one line per name, ``folded name<TAB>name<TAB>country
    <TAB>population<TAB>admin1``, sorted, searched as it is: no line is split out or
    decoded until its town is found (a hundred thousand lines as strings would cost a new
    process a tenth of a second and some 10 MB). UTF-8 sorts bytes as its text sorts
    characters, so the lines are in order as bytes too."""

    def __init__(self, data: bytes, step: int = 4096) -> None:
        """``step``: bytes between the lines the sparse index keeps."""
        self.data = data
        #: the start of the first line at or after every STEP bytes, and that line
        self.starts: list[int] = [0]
        at = data.find(b"\n", step)
        while 0 <= at < len(data) - 1:
            self.starts.append(at + 1)
            at = data.find(b"\n", at + 1 + step)
        self.lines = [data[start : _line_end(data, start)] for start in self.starts]

    def line(self, key: str) -> str | None:
        """The first line of the town whose folded name is ``key``, if any (a tab sorts
        before any character of a name, so ``key`` and its tab come before longer names
        that start with ``key``, and the lines that start with both are the first lines
        not below them)."""
        data, probe = self.data, (key + "\t").encode()
        block = bisect_left(self.lines, probe)  # the indexed lines before it are below
        if block == 0:
            found = 0 if data.startswith(probe) else -1
        else:
            end = self.starts[block] + len(probe) if block < len(self.starts) else len(data)
            found = data.find(b"\n" + probe, self.starts[block - 1], end)
            found = found + 1 if found >= 0 else -1
        if found < 0:
            return None
        return data[found : _line_end(data, found)].decode()


def _line_end(data: bytes, start: int) -> int:
    end = data.find(b"\n", start)
    return end if end >= 0 else len(data)


def _lookup(gazetteer: _Gazetteer, key: str) -> City | None:
    """The town whose folded name is ``key`` (the most populous, if several share it)."""
    line = gazetteer.line(key)
    if line is None:
        return None
    _, name, country, population, admin1 = line.split("\t")
    return City(name, country, int(population), admin1)


@lru_cache(maxsize=1 << 15)
def _town_named(key: str) -> City | None:
    """:func:`_lookup` in the package's gazetteer, remembered by name: the same capitalised
    words ("Police", "Monday", "Kabul") are looked up in article after article."""
    return _lookup(_gazetteer(), key)


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
        self.street = re.compile(r"\s+(?:" + "|".join(section["street_nouns"]) + r")\b")
        #: Actors' names: no city's alias ("Hamas" is the group, not Hamm); an acronym ("BIR")
        #: is written in capitals, so a town's alias written as a word ("in Bir") stays.
        self.actor_names = frozenset(
            fold(name)
            for actor in lexicon.section("actors").get("lexicon", [])
            for name in [actor["name"], *actor.get("aliases", [])]
            if not name.isupper()
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
            return _town_named(key)
        return self._town(key)

    def town(self, candidate: str) -> City | None:
        """The town ``candidate`` names, if any."""
        return self._town(fold(candidate))

    def _town(self, key: str) -> City | None:
        town = self.towns.get(key)
        if town is not None or len(key) < 3 or key in self.skip:
            return town
        found = _town_named(key)
        if found is not None and key in self.actor_names and fold(found.name) != key:
            return None  # an actor's name that is only an alias of a town
        return found


def find_cities(text: str, lexicon: Lexicon) -> list[tuple[City, int, int]]:
    """Towns named in ``text``, longest names first per span; a name that is also a common
    word ("Nice", "Split") only just after a locative word ("in Nice"); none that opens a
    street's name ("Wright Road")."""
    rules = lexicon.rules(CityRules)
    if not rules.after_locative:
        found = name_spans(text, rules.town, 4)
    else:
        found = [
            (city, start, end)
            for city, start, end in name_spans(text, rules.town_or_word, 4)
            if fold(text[start:end]) not in rules.after_locative
            or rules.locative.search(text, max(0, start - 16), start)
        ]
    # "near Wright Road": a street's name, not the town's
    found = [hit for hit in found if not rules.street.match(text, hit[2])]
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
