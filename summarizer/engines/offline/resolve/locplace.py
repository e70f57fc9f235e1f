"""Which first-level region and which place, once the country is chosen.

Rule: the region is the one of the chosen country scored best: 3 in the lead, 1 later
(``[places.weights]``), times the locative word's weight, twice as much before
"province", little after words of elsewhere ("condemned it in Islamabad"), 0.3 in the
dateline (read only when nothing else gives a region). The place is the most specific
one the text names, scored by sentence (lead or rest) and kind (``[places.kinds]``: "the
village of X", "X, a town in...", "in X, in the Y region", "Tripoli's X district", a
street or a sea over a town over a district), by the gazetteer town's whole name when the
sentence names one around it ("the port of Mocimboa da Praia"), little where someone was taken or came
from, or as one end of a road ("the road between X and Y, near Z": Z), or as the landmark
of a place named just before it ("Boipatong township near Vereeniging": Boipatong), or
before a monument's noun ("the Erawan shrine in central Bangkok": Bangkok); a region's
possessive district ("Balochistan's Bolan district") no nearer than a district; never
another country's big city named by a preposition only ("the embassy in Nairobi, US
officials said" in a story placed in Tanzania), nor "the Tanzanian capital" as today's
capital when the writer names the town after it, nor
a town named like a person's last name the story gives; the dateline's town counts a
little when it lies in that region. With no region
named, the place's town gives it (the gazetteer's). With no country at all, a local
report's dateline town ("GAZIPUR, Sept 19 —") places the incident, and without one the
headline's town ("Blast at Quetta mosque kills 15").
"""

from __future__ import annotations

from collections import defaultdict

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.resolve.loctowns import rank_weight
from summarizer.engines.offline.scan import gazetteer
from summarizer.engines.offline.scan.dates import full_date
from summarizer.engines.offline.scan.places import PlaceHit, PlaceRules, Region, country_name
from summarizer.engines.offline.scan.placewords import (
    elsewhere,
    in_speakers_name,
    locative_weight,
    names_region,
    region_noun_after,
    spoken_from,
    town_region,
)
from summarizer.schema import Location

__all__ = ["as_written", "best_region", "dateline_location", "dateline_town", "place"]


def best_region(
    work: Work, code: str, dateline: bool = True, floor: float = 0.0
) -> tuple[Region, Sentence] | None:
    """The first-level region of ``code`` the article places the incident in: named after
    "in"/"near" or before "province", in the lead, rather than a capital named for its
    government ("officials in Addis Ababa") or the reporter's dateline (not read at all
    without ``dateline``: "KYIV, Jan 17 — A missile hit a block in Dnipro"); never the
    country's own name read as a region ("SAN CRISTOBAL, Mexico -" is no Mexico City) nor
    a word of a quoted speaker's name ("Sue Southern said")."""
    lexicon = work.lexicon
    rules = lexicon.rules(PlaceRules)
    weights = rules.weights
    scores: dict[str, float] = defaultdict(float)
    seen: dict[str, tuple[Region, Sentence]] = {}
    for rank, sentence in enumerate(work.main):
        for region, start, end in sentence.regions:
            if region.country != code or work.is_surname(sentence.text[start:end]):
                continue
            if in_speakers_name(sentence, start, lexicon):  # "Sue Southern said"
                continue
            if any((h.start, h.end, h.code) == (start, end, code) for h in sentence.countries):
                continue  # "SAN CRISTOBAL, Mexico -": the country, not Mexico City's region
            if start < sentence.dateline_end:
                if not dateline:
                    continue
                weight = weights["dateline_region"]
            else:
                weight = rank_weight(rank, work, weights)
            weight *= locative_weight(sentence.text, start, end, lexicon, region=True)
            if region_noun_after(sentence.text, end, lexicon):
                weight *= weights["region_noun"]
            if elsewhere(sentence.text, start, lexicon):  # "condemned it in Islamabad"
                weight *= rules.kinds["elsewhere"]
            elif spoken_from(sentence.text, start, end, lexicon):  # "officials in Tehran said"
                weight *= rules.kinds["spoken_seat"]
            if weight <= 0:  # a speaker's seat is no region of the incident
                continue
            scores[region.code] += weight
            seen.setdefault(region.code, (region, sentence))
    best = max(scores, key=lambda c: scores[c], default=None)
    if best is None or scores[best] < floor:
        return None
    return seen[best]


def place(
    work: Work,
    code: str,
    city_hits: list[tuple[gazetteer.City, str, Sentence]],
    region: Region | None = None,
) -> tuple[str | None, gazetteer.City | None]:
    """The most specific place the lead names: each named place ("the village of X",
    "Tripoli's X district", "X, a town in...", "in X, in the Y region") and each town of
    country ``code`` named after "in"/"near" scores its sentence's weight (the lead's or
    the rest's) times its kind's (``[places.kinds]``: a village more than a town, a town
    more than a district); where someone went or came from ("airlifted to X") counts
    little; the dateline's town of that country and region, a little more ("QUETTA,
    Pakistan (AP) — A suicide bomber struck a railway station in southwestern Pakistan").
    The best wins, the first on a tie; with it, the gazetteer's town it is."""
    lexicon = work.lexicon
    rules = lexicon.rules(PlaceRules)
    kinds, weights = rules.kinds, rules.weights
    towns = lexicon.rules(gazetteer.CityRules)
    best: tuple[float, str, gazetteer.City | None, Sentence] | None = None
    best_town: tuple[float, gazetteer.City] | None = None
    sentence_town: dict[int, gazetteer.City] = {}  # the first town of each sentence

    def consider(
        score: float, name: str, town: gazetteer.City | None, sentence: Sentence, own: bool = True
    ) -> None:
        nonlocal best, best_town
        if best is None or score > best[0]:
            best = (score, name, town, sentence)
        if town is not None and own and (best_town is None or score > best_town[0]):
            best_town = (score, town)  # (the dateline's lends its region to none)
        if town is not None and own:  # (the dateline's town is no town of its sentence)
            sentence_town.setdefault(sentence.index, town)

    filed = dateline_town(work)
    if filed is not None and filed[0].country == code and _same_region(filed[0], region, work):
        consider(weights["lead"] * kinds["dateline"], filed[1], filed[0], work.main[0], False)
    for rank, sentence in enumerate(work.main):
        weight = rank_weight(rank, work, weights)
        marks = _landmarks(sentence, rules)
        for hit in sentence.places:
            if hit.start < sentence.dateline_end:
                continue
            if hit.kind == "spot_in" and not _region_follows(sentence, code, hit.end):
                continue  # "at Mass in Owo": no region or country after "in"
            name, town, kind = hit.name, towns.town(hit.name), hit.kind
            whole = _whole_town(sentence, hit)
            if whole is not None:  # "the port of Mocimboa da Praia", "Cox's Bazar district"
                town, name = whole
                kind = "gazetteer" if kind == "possessive" else kind
            if hit.kind == "within" and town is not None:
                continue  # "the Sydney suburb of Bondi Junction": the town holds the place
            if (
                hit.kind.startswith("spot")
                and town is not None
                and town.country != code
                and town.population >= weights["big_city"]
            ):
                continue  # "the embassy in Nairobi, officials said": another country's city
                # (not "the Lebanese city of Tripoli": its noun names it a place of its own)
            if kind == "possessive" and any(
                0 <= hit.start - h.end <= 20 for h in sentence.countries
            ):
                kind = "possessive_country"  # "Kenya's Lamu county", not "Tripoli's Abu Salim"
            elif kind == "possessive" and _region_owns(sentence, hit.start, towns):
                kind = "possessive_region"  # "Balochistan's Bolan district"
            score = weight * kinds.get(kind, 1.0)
            if hit.start in marks:  # "Boipatong township near Vereeniging": a landmark
                score *= kinds["landmark"]
            if elsewhere(sentence.text, hit.start, lexicon):
                score *= kinds["elsewhere"]
            consider(
                score, name, town if town is not None and town.country == code else None, sentence
            )
        for city, start, end in sentence.cities:
            if city.country != code or work.is_surname(sentence.body[start:end]):
                continue
            locative = locative_weight(sentence.body, start, end, lexicon) >= weights["locative"]
            monument = rules.monument_after.match(sentence.body, end)  # "the Erawan shrine"
            if not locative and not monument and city.population < weights["big_city"]:
                continue
            # a monument's name may be a town's elsewhere: any town named otherwise outranks it
            locative = locative and not monument
            score = weight * kinds["gazetteer" if locative else "unplaced"]
            if elsewhere(sentence.body, start, lexicon):
                score *= kinds["elsewhere"]
            elif spoken_from(sentence.body, start, end, lexicon):
                score *= kinds["spoken_seat"]
            if names_region(sentence.body, start, end, lexicon):
                score *= kinds["region_named"]
            if rules.route_end.search(sentence.body, max(0, start - 60), start):
                score *= kinds["route_end"]  # "the road between X and Y, near Z": Z
            if start + sentence.dateline_end in marks:
                score *= kinds["landmark"]  # "Boipatong township near Vereeniging"
            if score > 0:  # (a speaker's seat is none of the incident's places)
                consider(score, as_written(sentence.body[start:end]), city, sentence)
        capital = _capital(sentence, code, rules)
        if capital is not None:
            score = weight * kinds["capital"]
            if elsewhere(sentence.text, capital, lexicon):
                score *= kinds["elsewhere"]
            elif spoken_from(sentence.text, capital, capital + 1, lexicon):
                score *= kinds["spoken_seat"]
            name = rules.capitals[code]
            if score > 0:
                consider(score, name, towns.town(name), sentence)
    if best is None:
        return None, None
    _, name, town, sentence = best
    work.cite("location", sentence)
    # a village the gazetteer does not know still lies in the region of the town named best
    # (the town named with it, "in Orlando East, Soweto", before the best named elsewhere;
    # the dateline's only when the story names none: "KINSHASA - ... camps on the edge of
    # Goma" are North Kivu's)
    town = town or sentence_town.get(sentence.index)
    if town is None and best_town is None and filed is not None and filed[0].country == code:
        town = filed[0]
    return name, town or (best_town[1] if best_town is not None else None)


def _landmarks(sentence: Sentence, rules: PlaceRules) -> set[int]:
    """Where the sentence names a place only as the landmark of a place it names just
    before ("Boipatong township near Vereeniging", "the Kutupalong camp, near Cox's
    Bazar"): the offsets of the names after "<named place> near"."""
    return {
        hit.end + found.end()
        for hit in sentence.places
        if (found := rules.landmark_after.match(sentence.text[hit.end : hit.end + 20]))
    }


def _whole_town(sentence: Sentence, hit: PlaceHit) -> tuple[gazetteer.City, str] | None:
    """The gazetteer town, and its name as written, whose longer name the sentence gives
    around a place named by its first or last words only: "the port of Mocimboa da Praia"
    (a pattern's name stops at "da"), "around the towns of Deir ez-Zor", "in Ukhia, Cox's
    Bazar district" (not "Cox's" district "Bazar")."""
    shift = sentence.dateline_end
    for city, start, end in sentence.cities:
        start, end = start + shift, end + shift
        if start <= hit.start and hit.end <= end and end - start > hit.end - hit.start:
            return city, as_written(sentence.text[start:end])
    return None


def _region_owns(sentence: Sentence, start: int, towns: gazetteer.CityRules) -> bool:
    """True when the possessive before ``start`` is a first-level region's that names no
    town ("Balochistan's Bolan district": a part of the region, as wide as a district; not
    "Tripoli's Abu Salim district", a part of the town the region is named after)."""
    return any(
        0 <= start - end <= 20 and towns.town(sentence.text[begin:end]) is None
        for _, begin, end in sentence.regions
    )


def _capital(sentence: Sentence, code: str, rules: PlaceRules) -> int | None:
    """Where ``sentence`` names the capital of ``code`` without its name ("the Libyan
    capital", "Sudan's capital", "fighting in the capital"), or None; not where another
    town's name follows ("the Tanzanian capital Dar es Salaam": the town the writer calls
    so, named, whatever the capital is now)."""
    if code not in rules.capitals or "capital" not in sentence.text:
        return None
    for hit in sentence.countries:
        after = rules.capital_after.match(sentence.text, hit.end)
        if hit.code != code or after is None:
            continue
        named = [
            city.name
            for city, start, _ in sentence.cities
            if sentence.text[after.end() : start + sentence.dateline_end].strip(" ,") == ""
        ]
        if not named or rules.capitals[code] in named:
            return hit.start
    found = rules.the_capital.search(sentence.text)
    return found.start() if found else None


def _region_follows(sentence: Sentence, code: str, end: int) -> bool:
    """True when a region or country ``code`` is named just after ``end`` ("near Katari
    in Kaduna state", "at Manda Bay in Kenya's Lamu county")."""
    starts = [a for r, a, _ in sentence.regions if r.country == code]
    starts += [h.start for h in sentence.countries if h.code == code]
    return any(end < start <= end + 30 for start in starts)


def dateline_town(work: Work) -> tuple[gazetteer.City, str] | None:
    """The town of the wire dateline ("GAZIPUR, Sept 19 —") and its name as written; without
    one, of a release's dated masthead line ("Nairobi, 22 September 2013")."""
    lead = work.main[0] if work.main else None
    if lead is None or lead.index != 0 or not lead.dateline_end:
        return _masthead_town(work)
    cities = gazetteer.find_cities(lead.text[: lead.dateline_end], work.lexicon)
    if not cities:
        return None
    city, start, end = cities[0]
    return city, as_written(lead.text[start:end])


def _masthead_town(work: Work) -> tuple[gazetteer.City, str] | None:
    """The town a release's masthead line names with a full date ("Nairobi, 22 September
    2013"): where it was issued, as a wire dateline says where a reporter filed."""
    lexicon = work.lexicon
    for block in work.doc.masthead:
        for line in block.splitlines():
            if full_date(line, lexicon, None) is None:
                continue
            cities = gazetteer.find_cities(line, lexicon)
            if cities:
                city, start, end = cities[0]
                return city, as_written(line[start:end])
    return None


def _same_region(town: gazetteer.City, region: Region | None, work: Work) -> bool:
    """True when no region is named, or ``town`` lies in the one named."""
    if region is None:
        return True
    rules = work.lexicon.rules(PlaceRules)
    return bool(town.admin1) and rules.core(town_region(town.admin1, work.lexicon)) == region.core


def dateline_location(work: Work) -> Location:
    """Where the reporter filed from, when nothing else in the text places the incident:
    local reports ("GAZIPUR, Sept 19 —") name the town and nothing more; without a
    dateline, the headline's town (the story's sentences name none)."""
    filed = dateline_town(work) or _headline_town(work)
    if filed is None:
        return Location()
    city, place = filed
    work.cite("location", work.main[0])
    return Location(
        country=country_name(city.country, work.lexicon),
        country_code=city.country,
        admin1=town_region(city.admin1, work.lexicon) if city.admin1 else None,
        place=place,
    )


def _headline_town(work: Work) -> tuple[gazetteer.City, str] | None:
    """The first town the headline names, for a story whose sentences name no country, no
    region and no town of one ("Blast at Quetta mosque kills 15" over "A bomb went off
    inside a mosque in the Satellite Town neighbourhood")."""
    cities = gazetteer.find_cities(work.doc.title or "", work.lexicon)
    if not cities:
        return None
    city, start, end = cities[0]
    return city, as_written((work.doc.title or "")[start:end])


def as_written(name: str) -> str:
    """A name as the article writes it, unless it shouts it (a dateline's "GAZIPUR")."""
    return name.title() if name.isupper() else name
