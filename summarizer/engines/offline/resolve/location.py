"""Where the main incident happened: country, first-level region and place.

Rule: every country, region and town the main sentences name adds to its country's score:
3 in the lead, 1 later (``[places.weights]``), times 2 after a locative word ("in",
"near"), 0.2 before an agent word ("Kenyan officials", "Russian forces"); a demonym counts
0.4 of a name; a region in the wire dateline counts 1 only; a town counts only after a
locative word, or when it has a million people. The best-scored country wins. Its region is
the one scored best the same way (twice as much before "province", 0.3 in the dateline);
the place is the first named place ("the village of X", "the X neighbourhood"), else the
first town of that country named as a place, else a big city named in passing. With no
country at all, a local report's dateline town ("GAZIPUR, Sept 19 —") places it.
"""

from __future__ import annotations

from collections import defaultdict

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan import gazetteer
from summarizer.engines.offline.scan.places import (
    PlaceRules,
    Region,
    country_name,
    locative_weight,
    region_display,
    region_noun_after,
    town_region,
)
from summarizer.schema import Location

__all__ = ["location"]


def _rank_weight(rank: int, work: Work, weights: dict[str, float]) -> float:
    return weights["lead"] if rank < work.lead_count else weights["rest"]


def location(work: Work) -> Location:
    """The incident's location (module docstring); cites the sentences it comes from."""
    lexicon = work.lexicon
    weights = lexicon.rules(PlaceRules).weights
    scores: dict[str, float] = defaultdict(float)
    first_seen: dict[str, Sentence] = {}
    for rank, sentence in enumerate(work.main):
        weight = _rank_weight(rank, work, weights)
        for hit in sentence.countries:
            locative = locative_weight(sentence.text, hit.start, hit.end, lexicon)
            scores[hit.code] += weight * hit.weight * locative
            first_seen.setdefault(hit.code, sentence)
    region_hits: list[tuple[Region, Sentence]] = []
    dateline_hits: list[tuple[Region, Sentence]] = []
    for rank, sentence in enumerate(work.main):
        for region, start, end in sentence.regions:
            if start < sentence.dateline_end:  # where the reporter filed: a weak hint only
                dateline_hits.append((region, sentence))
                scores[region.country] += weights["dateline_country"]
                continue
            region_hits.append((region, sentence))
            locative = locative_weight(sentence.text, start, end, lexicon, region=True)
            scores[region.country] += _rank_weight(rank, work, weights) * locative
    region_hits += dateline_hits
    city_hits = _city_hits(work, scores)
    if not scores:
        return _dateline_location(work)
    code = max(scores, key=lambda c: scores[c])
    support = first_seen.get(code) or next(
        (sentence for r, sentence in region_hits if r.country == code),
        next((sentence for c, _, sentence in city_hits if c.country == code), None),
    )
    if support is not None:
        work.cite("location", support)
    place, town = _place(work, code, city_hits)
    admin1 = None
    best = _best_region(work, code)
    if best is not None:
        region, sentence = best
        admin1 = _as_written(region_display(region, sentence.text, lexicon))
        work.cite("location", sentence)
    elif town is not None and town.admin1:
        admin1 = town_region(town.admin1, lexicon)  # the place's, when the text names none
    return Location(
        country=country_name(code, lexicon), country_code=code, admin1=admin1, place=place
    )


def _place(
    work: Work, code: str, city_hits: list[tuple[gazetteer.City, str, Sentence]]
) -> tuple[str | None, gazetteer.City | None]:
    """The first named place ("the village of X"), else the first town of country ``code``
    named as a place; with the gazetteer's town it is, when it is one."""
    towns = work.lexicon.rules(gazetteer.CityRules)
    for sentence in work.main:
        if sentence.places:
            work.cite("location", sentence)
            name = sentence.places[0].name
            town = towns.town(name)
            return name, town if town is not None and town.country == code else None
    for city, surface, sentence in city_hits:
        if city.country == code:
            work.cite("location", sentence)
            return _as_written(surface), city  # "Tetouan" as written, not "Tétouan"
    return None, None


def _dateline_location(work: Work) -> Location:
    """Where the reporter filed from, when nothing else in the text places the incident:
    local reports ("GAZIPUR, Sept 19 —") name the town and nothing more."""
    lead = work.main[0] if work.main else None
    if lead is None or lead.index != 0 or not lead.dateline_end:
        return Location()
    cities = gazetteer.find_cities(lead.text[: lead.dateline_end], work.lexicon)
    if not cities:
        return Location()
    city, start, end = cities[0]
    work.cite("location", lead)
    return Location(
        country=country_name(city.country, work.lexicon),
        country_code=city.country,
        place=_as_written(lead.text[start:end]),
    )


def _as_written(name: str) -> str:
    """A name as the article writes it, unless it shouts it (a dateline's "GAZIPUR")."""
    return name.title() if name.isupper() else name


def _best_region(work: Work, code: str) -> tuple[Region, Sentence] | None:
    """The first-level region of ``code`` the article places the incident in: named after
    "in"/"near" or before "province", in the lead, rather than a capital named for its
    government ("officials in Addis Ababa") or the reporter's dateline."""
    lexicon = work.lexicon
    weights = lexicon.rules(PlaceRules).weights
    scores: dict[str, float] = defaultdict(float)
    seen: dict[str, tuple[Region, Sentence]] = {}
    for rank, sentence in enumerate(work.main):
        for region, start, end in sentence.regions:
            if region.country != code:
                continue
            if start < sentence.dateline_end:
                weight = weights["dateline_region"]
            else:
                weight = _rank_weight(rank, work, weights)
            weight *= locative_weight(sentence.text, start, end, lexicon, region=True)
            if region_noun_after(sentence.text, end, lexicon):
                weight *= weights["region_noun"]
            scores[region.code] += weight
            seen.setdefault(region.code, (region, sentence))
    if not scores:
        return None
    return seen[max(scores, key=lambda c: scores[c])]


def _city_hits(work: Work, scores: dict[str, float]) -> list[tuple[gazetteer.City, str, Sentence]]:
    """Towns named in a place-like context (or big enough to be unambiguous); each adds to
    its country's score. Dateline towns are left out: they say where the reporter was."""
    lexicon = work.lexicon
    weights = lexicon.rules(PlaceRules).weights
    locative_min = weights["locative"]
    hits: list[tuple[gazetteer.City, str, Sentence]] = []
    unplaced: list[tuple[gazetteer.City, str, Sentence]] = []
    for rank, sentence in enumerate(work.main):
        for city, start, end in sentence.cities:
            locative = locative_weight(sentence.body, start, end, lexicon)
            if locative < locative_min and city.population < weights["big_city"]:
                continue
            scores[city.country] += _rank_weight(rank, work, weights) * min(locative, locative_min)
            # a big city named without "in"/"near" (its officials, its hospitals) counts
            # for its country but is the place only when no town is named as one
            surface = sentence.body[start:end]
            (hits if locative >= locative_min else unplaced).append((city, surface, sentence))
    return hits + unplaced
