"""Named places below the region, from the text's own structure: "the Mashtal
neighborhood", "the village of Kukawa", "Tripoli's X district", "X, a farming village in...",
"in X, in the Y region", "in the Red Sea" (the patterns are :mod:`.placepatterns`')."""

from __future__ import annotations

import re

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.scan.places import PlaceHit, PlaceRules
from summarizer.engines.offline.text import fold

__all__ = ["find_places"]


def find_places(text: str, lexicon: Lexicon, folded: str | None = None) -> list[PlaceHit]:
    """Named places the text marks as such: "the X neighborhood", "the village of X",
    "Tripoli's X district", "X, a farming village in...", "in X, in the Y region", "in the
    Red Sea". A span named by several patterns takes the first pattern's kind."""
    rules = lexicon.rules(PlaceRules)
    folded = lexicon.fold(text) if folded is None else folded
    hits: dict[int, PlaceHit] = {}
    holders: set[int] = set()  # where a region or country that holds a named place starts
    for pattern, kind in rules.place_patterns:
        for match in pattern.finditer(text, folded):
            name = match.group("name").strip()
            if kind != "sea" and not _is_place_name(name, rules):
                continue
            start, end = match.span("name")
            if kind in ("held", "spot_held"):
                if not rules.holds_places(match.group("holder")):
                    continue
                holders.add(match.start("holder"))
                kind = None if kind == "held" else "spot_named"
            if start in hits or start in holders:
                continue
            as_written = match.groupdict().get("kind") or ""
            written = as_written.lower()
            noun = kind or written.replace("neighborhood", "neighbourhood")
            named = written in rules.named_with_noun or as_written[:1].isupper()
            if named and match.start("kind") > end:
                # "Kenyatta Avenue", "Bagram Airfield", "the Monday Market": the noun is part
                # of the name
                name, end = text[start : match.end("kind")], match.end("kind")
            hits[start] = PlaceHit(name, start, end, noun)
            if noun in rules.holding_nouns and rules.on_holder.search(
                text, max(0, match.start() - 40), match.start()
            ):
                holders.add(start)
    # "the town of Jolo on the southern island of Sulu", "in Jolo on the island of Sulu": the
    # island holds the place named before it
    for start in holders & hits.keys():
        if any(start - rules.holder_reach <= other < start for other in hits) or any(
            rules.held_before.search(text, 0, name.start())
            for name in _CAPITALISED.finditer(text, max(0, start - rules.holder_reach), start)
        ):
            del hits[start]
    return sorted(hits.values(), key=lambda h: h.start)


#: A capitalised word: a name, perhaps.
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def _is_place_name(name: str, rules: PlaceRules) -> bool:
    """False for what opens no place name ("the", "this"), a country or people, a name
    ending in a region noun ("Plateau State" is admin1, not the place) or a force's name."""
    key = fold(name)
    words = key.split()
    if key in rules.not_places or words[0] in rules.not_places or words[-1] in rules.region_nouns:
        return False
    if words[-1] in rules.force_last:  # "the Indian Air Force base": a force's, not a place
        return False
    if "'s " in name or "’s " in name:  # "Tripoli's Abu Salim": the possessive pattern's
        return False
    return key not in rules.country_words  # "the Yemeni port of X": X is the place
