"""The patterns that find named places by the words around them ("the village of X", "X,
a farming village in...", "Tripoli's X district", "in the Red Sea"), built from
``[places]`` of the vocabulary; :func:`.placenames.find_places` runs them."""

from __future__ import annotations

from typing import Any

from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.prefilter import Gated

__all__ = ["CAP", "CAP_BARE", "place_patterns", "saint_named_longer"]

CAP = r"(?:al-|el-)?[A-Z][\w'’-]*(?:\s+(?:al-|el-|de\s+|du\s+|of\s+)?[A-Z][\w'’-]*){0,3}"
# a name whose words are all capitalised (no "of" inside): "Nyaung Pin Thar", "Abu Salim"
CAP_BARE = r"[A-Z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]*){0,3}"

# the same, not right after a word (nor after "a" or "an"): told after its first capital,
# so that ``re`` leaps between capitals (same matches: the capital is one character)
_BARE_NOT_AFTER_WORD = r"[A-Z](?<![\w'’].)" + CAP_BARE.removeprefix("[A-Z]")
_BARE_NOT_AFTER_A = r"[A-Z](?<![\w'’].)(?<!\ban\s.)(?<!\ba\s.)" + CAP_BARE.removeprefix("[A-Z]")


def place_patterns(section: dict[str, Any]) -> list[tuple[Gated, str | None]]:
    """Each pattern and the kind of place it names (None: the noun it matched), the most
    telling first: the first pattern to name a span gives its kind."""
    nouns = _any_case(section["place_nouns"])
    bare = _any_case(section["bare_place_nouns"])
    apposition = "|".join(section["apposition_nouns"])
    plurals = "|".join(section["plural_place_nouns"])
    numbered = "|".join(section["numbered_place_nouns"])
    within = _any_case(section["within_nouns"])
    of_nouns = "|".join(section["of_nouns"])
    side = r"(?:(?:north|south|east|west)\w*\s+|central\s+)?"
    spot_before = "|".join(section["spot_before"])
    spot_after = "|".join(section["spot_after"])
    then = r"(?=\s+(?:in|of|near|about|on|outside|north|south|east|west|close|some|\d)\b|\s*[,.;])"
    # "the Red Sea port city of Hodeidah": the sea names the town's coast, not the place
    sea_town = r"\s+(?:[a-z][\w-]*\s+){0,2}?" + alternation(section["locative_after"]) + r"\s+of\b"
    # the first pattern to name a span gives its kind: the most telling first
    return [
        (
            Gated(
                rf"\w[’']s\s+(?:[a-z][\w-]+\s+){{0,2}}(?P<name>{CAP_BARE})\s+(?P<kind>{nouns})\b"
            ),
            "possessive",
        ),
        # "the Dasht-e-Barchi area of western Kabul": a part of a named town
        (
            Gated(rf"\b(?:the\s+)(?P<name>{CAP})\s+(?:{within})\s+of\s+{side}[A-Z]"),
            "within",
        ),
        # "the Fulani village of X": the name is X's, the word before the noun a people's
        # ("the Red Sea port city of X": nor a place whose noun another noun and "of" follow)
        (
            Gated(
                rf"\b(?:the\s+)(?P<name>{CAP})\s+(?P<kind>{nouns})\b(?!\s+(?:[a-z][\w-]*\s+)?of\s+[A-Z])"
            ),
            None,
        ),
        # "Bannu district of Khyber Pakhtunkhwa": the district is Bannu; what follows "of"
        # is the region or country that holds it (checked in find_places)
        (
            Gated(rf"(?P<name>{_BARE_NOT_AFTER_A})\s+(?P<kind>{bare})\s+of\s+(?P<holder>{CAP})"),
            "held",
        ),
        (Gated(rf"\b(?P<kind>{nouns}|{of_nouns})\s+of\s+(?P<name>{CAP})"), None),
        (
            Gated(
                rf"(?P<name>{_BARE_NOT_AFTER_WORD}),\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{apposition}){then}"
            ),
            "apposition",
        ),
        # "in Sector 21 of Panchkula", "in Phase 7, Mohali"
        (
            Gated(
                rf"\b(?:{spot_before})\s+(?P<name>(?:{numbered})[\s-]+(?:\d+[A-Za-z]?|[A-Z])\b)(?!-)"
            ),
            "sector",
        ),
        # "Dubona and Malo Orasje, villages near X"; "the X and Y displacement camps"
        (
            Gated(
                rf"(?P<name>{_BARE_NOT_AFTER_WORD})\s+and\s+{CAP_BARE},\s+(?:[\w-]+\s+){{0,2}}?(?:{plurals}){then}"
            ),
            "villages",
        ),
        (
            Gated(
                rf"\bthe\s+(?P<name>{CAP_BARE})\s+and\s+{CAP_BARE}\s+(?:[a-z][\w-]+\s+)?(?:{plurals})\b"
            ),
            "villages",
        ),
        (
            Gated(rf"\b(?:{spot_before})\s+(?P<name>{CAP_BARE}),\s+(?:the\s+)?(?:{spot_after})\b"),
            "spot",
        ),
        (
            Gated(rf"\b(?:{spot_before})\s+(?P<name>{CAP_BARE}),\s+{CAP_BARE}(?:,|\s+(?:on|in)\b)"),
            "spot_named",
        ),
        # "in Bokkos, Plateau state": a name, then the region or country that holds it
        (
            Gated(rf"\b(?:{spot_before})\s+(?P<name>{CAP_BARE}),\s+(?P<holder>{CAP_BARE})"),
            "spot_held",
        ),
        (
            Gated(
                rf"\b(?:{spot_before})\s+(?P<name>{CAP_BARE})\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]"
            ),
            "spot_in",
        ),
        # ("a Dallas suburb" is no place named Dallas)
        (
            Gated(rf"(?P<name>{_BARE_NOT_AFTER_A})\s+(?P<kind>{bare})\b(?!\s+of\s+[A-Z])"),
            None,
        ),
        (
            Gated(
                rf"\b(?:in|on|across|into|off)\s+the\s+(?:(?:north|south|east|west)\w*\s+|central\s+)?(?P<name>{section['sea']})(?!{sea_town})"
            ),
            "sea",
        ),
    ]


def _any_case(nouns: list[str]) -> str:
    """An alternation of lower-case nouns that also takes them capitalised ("Airfield")."""
    return "|".join(f"[{n[0]}{n[0].upper()}]{n[1:]}" for n in nouns)


def saint_named_longer(text: str, start: int, end: int, rules: Any) -> bool:
    """True when a region named after a saint goes on with another capitalised word that
    is no region noun: a longer place's name ("San Salvador Atenco", ``saint_words``);
    ``rules``: the :class:`.places.PlaceRules`."""
    first = text[start:end].split(maxsplit=1)[0].lower()
    if first not in rules.saint_words:
        return False
    more = rules.name_goes_on.match(text, end)
    return more is not None and more.group(1).lower() not in rules.region_nouns
