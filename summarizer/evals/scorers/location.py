"""``location``: each labeled part scored separately, the field's score is their mean.

- ``country``: matches the produced country name or ISO code: equal ISO codes once both
  sides are resolved with ISO 3166 (``pycountry``: "Palestine" = "PS" = "Palestine, State of"),
  or a fuzzy name match (:mod:`summarizer.evals.matching`).
- ``country_code``: the ISO alpha-2 code, case-insensitive.
- ``admin1`` and ``place``: a fuzzy name match (accent-, case- and transliteration-tolerant)
  after dropping generic words ("Borno State" ~ "Borno", "Al Hasakah Governorate" ~ "Hasakah").

A label may list several acceptable values. A part labeled null expects null.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import pycountry

from summarizer.evals.matching import fold, names_match
from summarizer.evals.scorers._base import FieldScore, choices
from summarizer.schema import USER_ASSIGNED_CODES, Location

_GENERIC = re.compile(
    r"\b(?:state|province|governorate|region|oblast|district|county|department|prefecture|city|"
    r"town|village|neighbou?rhood|municipality|territory|area|al|el|the)\b"
)
_COUNTRY_ALIASES = {
    "palestine": "PS",
    "czech republic": "CZ",
    "swaziland": "SZ",
    "gaza strip": "PS",
    "dr congo": "CD",
    "drc": "CD",
    "democratic republic of the congo": "CD",
    "democratic republic of congo": "CD",
    "congo kinshasa": "CD",
    "ivory coast": "CI",
    "russia": "RU",
    "iran": "IR",
    "syria": "SY",
    "turkey": "TR",
    "south korea": "KR",
    "north korea": "KP",
    "vietnam": "VN",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "uk": "GB",
    "britain": "GB",
    "us": "US",
    "usa": "US",
    "burma": "MM",
    "palestinian territories": "PS",
    "west bank": "PS",
    "gaza": "PS",
    # codes outside ISO 3166-1 the schema accepts (Kosovo's XK), by name and by code
    **{fold(n): code for code, n in USER_ASSIGNED_CODES.items()},
    **{code.lower(): code for code in USER_ASSIGNED_CODES},
}


@lru_cache(maxsize=1024)
def country_code(name: str) -> str | None:
    """ISO alpha-2 code of a country name or code, or None when ISO 3166 does not know it."""
    folded = fold(name)
    if folded in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[folded]
    try:
        return str(pycountry.countries.lookup(name.strip()).alpha_2)
    except LookupError:
        return None


def _core(name: str) -> str:
    return " ".join(_GENERIC.sub(" ", fold(name)).split()) or fold(name)


def _country_matches(label: str, produced: Location) -> bool:
    code = country_code(label)
    produced_code = produced.country_code or (
        country_code(produced.country) if produced.country else None
    )
    if code and produced_code:
        return code == produced_code
    return bool(produced.country) and names_match(label, [produced.country or ""])


def _part_score(part: str, label: Any, produced: Location) -> float:
    value = getattr(produced, part)
    best = 0.0
    for choice in choices(label):
        if choice is None:
            ok = value is None and (part != "country" or produced.country_code is None)
        elif part == "country":
            ok = _country_matches(str(choice), produced)
        elif part == "country_code":
            ok = value is not None and value.upper() == str(choice).upper()
        else:
            ok = value is not None and names_match(_core(value), [_core(str(choice))])
        best = max(best, float(ok))
    return best


def place_score(label: Any, place: str | None) -> float:
    """1.0 when ``place`` matches (one of) the place ``label`` as a location's place would."""
    return _part_score("place", label, Location(place=place))


def score_location(expected: Any, produced: Location) -> FieldScore:
    """Mean over the labeled parts of whether each matches."""
    parts = {part: _part_score(part, label, produced) for part, label in dict(expected).items()}
    score = sum(parts.values()) / len(parts) if parts else 1.0
    misses = [p for p, s in parts.items() if s < 1]
    note = f"wrong: {', '.join(misses)}" if misses else None
    return FieldScore(score, expected, produced.model_dump(), note)
