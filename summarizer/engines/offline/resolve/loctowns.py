"""Towns named as places, and what each adds to its country's score.

Rule: a town the gazetteer knows counts for its country only where the text names it as a
place: after a locative word ("in", "near") or a spot so named ("in Ukhia, Cox's Bazar"),
or when it has a million people (a big town
named without "in" still counts, but is the place only when no town is named as one). It
does not count inside a sea's or a longer region's name ("Gulf of Aden", "Northern Samar"),
before ", <another country's region>" ("Dolores, Eastern Samar") or as "the X district of
<another country's place>", after another country's demonym ("the Armenian town of
Jermuk"), after "the Temple of" (a building's name), named like a person's last name the
story gives ("Lima"), in a sentence that places things in another country's region only,
nor when the article names its country nowhere else (:func:`.placewords.misplaced`); inside
a facility's or venue's name ("doctors at Medina hospital", "the Manchester Arena") it
counts only when the article names no other country. A town named in the lead counts 3,
later 1 (``[places.weights]``), little where someone went or came from.
"""

from __future__ import annotations

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan import gazetteer
from summarizer.engines.offline.scan.places import PlaceRules, saint_named_longer
from summarizer.engines.offline.scan.placewords import (
    elsewhere,
    in_longer_name,
    locative_weight,
    misplaced,
    named_countries,
    part_of_another,
    placed_by_country,
    region_noun_after,
    spoken_from,
)
from summarizer.engines.offline.text import fold

__all__ = [
    "at_sea",
    "at_sea_lead",
    "city_hits",
    "offshore",
    "placed_elsewhere",
    "rank_weight",
    "reported_from",
    "town_country",
]


def rank_weight(rank: int, work: Work, weights: dict[str, float]) -> float:
    return weights["lead"] if rank < work.lead_count else weights["rest"]


def at_sea(sentence: Sentence, start: int) -> bool:
    """True when the name at ``start`` is part of a sea's ("Gulf of Guinea", "Red Sea") or
    where a ship at sea was measured from ("50 nautical miles off the coast of Aden":
    ``[places].offshore_before``)."""
    if any(p.kind == "sea" and p.start <= start < p.end for p in sentence.places):
        return True
    return offshore(sentence, start)


def at_sea_lead(work: Work) -> bool:
    """True when the lead puts the incident on a sea ("in the Red Sea", "off the coast of
    Aden") and names no country's waters: no country then (CONTRACT.md)."""
    rules = work.lexicon.rules(PlaceRules)
    sea = False
    for sentence in work.main[: work.lead_count]:
        text = sentence.text
        for place in sentence.places:
            before = text[max(0, place.start - 30) : place.start]
            sea = sea or (place.kind == "sea" and rules.sea_before.search(before) is not None)
        sea = sea or any(offshore(sentence, s) for _, s, _ in sentence.regions)
        sea = sea or any(
            offshore(sentence, s + sentence.dateline_end) for _, s, _ in sentence.cities
        )
    # "inside Ukraine's territorial waters": that country's, after all
    return sea and not any(
        rules.waters_after.match(sentence.text, hit.end)
        for sentence in work.main
        for hit in sentence.countries
    )


def offshore(sentence: Sentence, start: int) -> bool:
    """True when the name at ``start`` is where a ship at sea was measured from."""
    if "off" not in sentence.folded and "miles" not in sentence.folded:
        return False  # (the cue's words: read the text before the name only then)
    rules = sentence.doc.lexicon.rules(PlaceRules)
    return rules.offshore_before.search(sentence.text[max(0, start - 60) : start]) is not None


def city_hits(work: Work, scores: dict[str, float]) -> list[tuple[gazetteer.City, str, Sentence]]:
    """Towns named in a place-like context (or big enough to be unambiguous); each adds to
    its country's score. Dateline towns are left out: they say where the reporter was; so
    are towns of another country than the article's (:func:`.placewords.misplaced`)."""
    lexicon = work.lexicon
    rules = lexicon.rules(PlaceRules)
    weights = rules.weights
    locative_min = weights["locative"]
    hits: list[tuple[gazetteer.City, str, Sentence]] = []
    unplaced: list[tuple[gazetteer.City, str, Sentence]] = []
    main_named = named_countries(None, work.main, lexicon)
    every: dict[str, set[str]] = {}
    titled: dict[str, set[str]] | None = None  # with the headline's towns, read once if needed
    for rank, sentence in enumerate(work.main):
        for city, start, end in sentence.cities:
            small = city.population < weights["big_city"]  # (a big town is never misplaced)
            if small and not main_named[city.country] - {city.name}:  # read the rest only then
                every = every or named_countries(work.doc.title, work.sentences, lexicon)
                towns = lexicon.rules(gazetteer.CityRules)
                if misplaced(city, every, weights["big_city"], towns, weights["homonym_ratio"]):
                    continue
            at, size = start + sentence.dateline_end, end - start
            if work.is_surname(sentence.body[start:end]):
                continue  # "fired at Lima" after "Joaquim Tavares Lima": a man's name
            if at_sea(sentence, at) or any(
                s <= at < e and e - s > size for _, s, e in sentence.regions
            ):
                continue  # "the Gulf of Aden", "Northern Samar": part of a sea's or region's name
            if saint_named_longer(sentence.body, start, end, rules):
                continue  # "San Miguel Octopan": a longer place's name, not El Salvador's town
            if rules.monument_of.search(sentence.body, 0, start):
                continue  # "the Temple of Bel": a building's name, not Bell, California
            if in_longer_name(sentence.body, end, city, lexicon):
                # (the headline's towns too: "... in Algiers" over "in Ben Aknoun", Bern's alias)
                if titled is None:
                    titled = named_countries(work.doc.title, work.sentences, lexicon, True)
                if not titled[city.country] - {city.name} and _another_named(city, titled, work):
                    continue  # "doctors at Medina hospital" (Mogadishu's), a facility's name
                    # (when the article names another country: alone, "Garissa University
                    # College" places the text in Garissa)
            if placed_elsewhere(sentence, city.country, at + size) or part_of_another(
                sentence, city.country, at + size, lexicon
            ):
                continue  # "Dolores, Eastern Samar", "the San Martin district of Greater
                # Buenos Aires": not the Argentine or the Peruvian town of that name
            if placed_by_country(sentence.text, at, sentence.countries, lexicon) not in (
                "",
                city.country,
            ):
                continue  # "the Armenian town of Jermuk": not the Turkish town of that name
            locative = locative_weight(sentence.body, start, end, lexicon)
            if locative < locative_min and _names_the_spot(sentence, at):
                locative = locative_min  # "in Ukhia, Cox's Bazar district": Ukhia's town
            if locative < locative_min and city.population < weights["big_city"]:
                continue
            if city.population < weights["big_city"] and _other_country_here(sentence, city):
                continue  # "in Khar, ... Khyber Pakhtunkhwa": not the German town "Khar" names
            gain = rank_weight(rank, work, weights) * min(locative, locative_min)
            if elsewhere(sentence.body, start, lexicon):  # "to be transferred to X"
                gain *= rules.kinds["elsewhere"]
            elif spoken_from(sentence.body, start, end, lexicon) or reported_from(sentence):
                gain *= rules.kinds["spoken"]  # "said in Ankara", "In Ankara, officials said"
            scores[city.country] += gain
            # a big city named without "in"/"near" (its officials, its hospitals) counts
            # for its country but is the place only when no town is named as one
            surface = sentence.body[start:end]
            (hits if locative >= locative_min else unplaced).append((city, surface, sentence))
    return hits + unplaced


def _another_named(city: gazetteer.City, named: dict[str, set[str]], work: Work) -> bool:
    """True when the article names another country than the town's: by its name, a region
    or a town, but for a town ``homonym_ratio`` times smaller than this one ("the Kensington
    area of the city" names no American town beside "Liverpool Women's Hospital")."""
    towns = work.lexicon.rules(gazetteer.CityRules)
    ratio = work.lexicon.rules(PlaceRules).weights["homonym_ratio"]
    for code, how in named.items():
        if code == city.country or not how - {city.name}:
            continue
        if how & {"country", "region"}:
            return True
        sizes = [t.population for t in map(towns.town, how) if t is not None]
        if any(ratio * size > city.population for size in sizes) or not sizes:
            return True
    return False


def _names_the_spot(sentence: Sentence, at: int) -> bool:
    """True when the town at ``at`` follows ", " after a spot the sentence names after
    "in"/"near" ("in Ukhia, Cox's Bazar district"): it says where the spot is, as "in"
    would; not when the spot is a town itself ("leaders in Paris, Berlin and Washington":
    a list of towns)."""
    towns = {start + sentence.dateline_end for _, start, _ in sentence.cities}
    return any(
        p.kind == "spot_named" and sentence.text[p.end : at] == ", " and p.start not in towns
        for p in sentence.places
    )


def placed_elsewhere(sentence: Sentence, country: str, end: int) -> bool:
    """True when the name ending at ``end`` is followed by ", <region or country>" of
    another country than ``country``: the text says which town of that name it is (a
    region's name ``country`` shares, "North West", is its own)."""
    rules = sentence.doc.lexicon.rules(PlaceRules)
    follows = [
        (
            country
            if any(n.country == country for n in rules.regions.get(r.core, []))
            else r.country,
            s,
        )
        for r, s, _ in sentence.regions
    ]
    follows += [(hit.code, hit.start) for hit in sentence.countries]
    gap = sentence.text[end : end + 3]
    return gap.startswith(", ") and any(
        start == end + 2 and code != country for code, start in follows
    )


def _other_country_here(sentence: Sentence, city: gazetteer.City) -> bool:
    """True when ``sentence`` places something in a region of another country than the
    town's ("in X province") and names nothing of the town's own country (a region's
    name the town's country shares, "Punjab", is its own)."""
    lexicon = sentence.doc.lexicon
    rules = lexicon.rules(PlaceRules)
    weights = rules.weights
    if any(h.code == city.country for h in sentence.countries) or any(
        n.country == city.country
        for r, _, _ in sentence.regions
        for n in [r, *rules.regions.get(r.core, [])]
    ):
        return False
    return any(
        r.country != city.country
        and start >= sentence.dateline_end
        and (
            region_noun_after(sentence.text, end, lexicon)
            or (
                locative_weight(sentence.text, start, end, lexicon, region=True)
                >= weights["locative"]
                # the town's own name, read as a region's ("in Manchester"), is no other place
                and sentence.text[start:end].lower() != city.name.lower()
            )
        )
        for r, start, end in sentence.regions
    )


def town_country(
    work: Work,
    code: str,
    placed: set[str],
    hits: list[tuple[gazetteer.City, str, Sentence]],
    name: str | None,
) -> str:
    """The country of the town ``name``, the place the text names ("the northern town of Djibo":
    Burkina Faso's), over the best-scored country ``code`` when the text never places
    anything in that one: not its name or region after "in"/"near" (``placed``), nor a
    town of it (``hits``): it came from people's nationalities, weapons or where they came
    from ("an Australian doctor from Western Australia", "a Turkish drone"). Only a town
    named as the gazetteer names it (not through an alias) and not placed elsewhere by
    the text ("Djibo, Australia")."""
    if code in placed or any(city.country == code for city, _, _ in hits):
        return code
    town = work.lexicon.rules(gazetteer.CityRules).town(name) if name else None
    if town is None or town.country == code or fold(town.name) != fold(name or ""):
        return code
    for sentence in work.main:
        at = sentence.text.find(name or "")
        if at >= 0 and placed_elsewhere(sentence, town.country, at + len(name or "")):
            return code
    return town.country


def reported_from(sentence: Sentence) -> bool:
    """True when ``sentence`` only reports what someone said and narrates no deed (no
    event cue, nobody killed, hurt or seized in it): "In Washington, the State Department
    said it was aware of the reports": its places are where the speaker was."""
    return sentence.cue is None and sentence.befell is None and sentence.claim(None) is not None
