"""Towns: the GeoNames gazetteer in ``data/cities.tsv.gz`` and the towns an overlay adds.

The gazetteer lists every city of at least 15,000 people with its country, population and
folded names (``scripts/build_gazetteer.py``); a name shared by several cities means the
most populous. Towns listed in an overlay (``[[places.towns]]``) take their name from it.
Names that are also everyday capitalised words ("Police", "Hit") or a country's or people's
name ("Palestine", Texas) are left out.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache

from summarizer.engines.offline.lexicon import DATA_DIR, Lexicon
from summarizer.engines.offline.scan.places import PlaceRules, name_spans
from summarizer.engines.offline.text import fold

__all__ = ["City", "CityRules", "find_cities"]

_CITIES_FILE = DATA_DIR / "cities.tsv.gz"


@dataclass(frozen=True)
class City:
    """A town: its name, ISO country code and population (0 when not known)."""

    name: str
    country: str
    population: int


# A city as stored: (name, country, population), a plain tuple of strings and a number,
# which the garbage collector stops tracking (tens of thousands of objects it would
# otherwise walk on every full collection).
_Row = tuple[str, str, int]


@cache
def _gazetteer() -> tuple[tuple[_Row, tuple[str, ...]], ...]:
    """Every city of the file with its folded names, read once per process."""
    rows = []
    with gzip.open(_CITIES_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            name, country, population, keys = line.rstrip("\n").split("\t")
            rows.append(((name, country, int(population)), tuple(keys.split("|"))))
    return tuple(rows)


class CityRules:
    """The towns one lexicon knows: folded name to the town it means."""

    def __init__(self, lexicon: Lexicon) -> None:
        places = lexicon.rules(PlaceRules)
        skip = places.city_stopwords | places.country_words
        index: dict[str, _Row] = {}
        for city, keys in _gazetteer():
            for key in keys:
                if len(key) < 3 or key in skip:
                    continue
                known = index.get(key)
                if known is None or city[2] > known[2]:
                    index[key] = city
        for town in lexicon.section("places").get("towns", []):
            row = (str(town["name"]), str(town["country"]), int(town.get("population", 0)))
            for name in [town["name"], *town.get("aliases", [])]:
                index[fold(name)] = row
        self.index = index


def find_cities(text: str, lexicon: Lexicon) -> list[tuple[City, int, int]]:
    """Towns named in ``text``, longest names first per span."""
    index = lexicon.rules(CityRules).index

    def lookup(candidate: str) -> City | None:
        row = index.get(fold(candidate))
        return City(*row) if row is not None else None

    return name_spans(text, lookup, 4)
