"""Where the main incident happened: country, first-level region and place.

Rule: every country, region and town the main sentences name adds to its country's score:
3 in the lead, 1 later (``[places.weights]``), times 2 after a locative word ("in",
"near"), 0.2 before an agent word ("Kenyan officials", "Russian forces"); a demonym counts
0.4 of a name; a region in the wire dateline counts 1 only; a town counts only after a
locative word, or when it has a million people, and not inside a sea's or a longer
region's name ("Gulf of Aden", "Northern Samar") nor before ", <another country's region>";
a region named like a big town of another country is that town, unless its own country is
placed first.
The best-scored country wins. Its region is the one scored best the same way (twice as
much before "province", 0.3 in the dateline), else the gazetteer's region of the place's
town. The place is the most specific one the text names, scored by sentence (lead or
rest) and kind (``[places.kinds]``: "the village of X", "X, a town in...", "in X, in the Y
region", "Tripoli's X district", a street or a sea over a town over a district), little
where someone was taken or came from. With no country at all, the sea named, or a local
report's dateline town ("GAZIPUR, Sept 19 —"), places it. A country in a release's
letterhead ("SRI LANKA POLICE") counts as one in a dateline.
"""

from __future__ import annotations

from collections import defaultdict

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan import gazetteer
from summarizer.engines.offline.scan.places import (
    PlaceRules,
    Region,
    country_name,
    find_countries,
)
from summarizer.engines.offline.scan.placewords import (
    before_place_noun,
    elsewhere,
    locative_weight,
    misplaced,
    named_countries,
    names_region,
    placed_by_country,
    region_display,
    region_noun_after,
    town_named_like,
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
            if _at_sea(sentence, hit.start):  # "the Gulf of Guinea" is no place in Guinea
                continue
            locative = locative_weight(sentence.text, hit.start, hit.end, lexicon)
            if elsewhere(sentence.text, hit.start, lexicon):  # "to be transferred to X"
                locative *= lexicon.rules(PlaceRules).kinds["elsewhere"]
            # "the Armenian town of X" places X as surely as "in Armenia" would
            strength = 1.0 if before_place_noun(sentence.text, hit.end, lexicon) else hit.weight
            scores[hit.code] += weight * strength * locative
            first_seen.setdefault(hit.code, sentence)
    for line in work.doc.masthead:  # "SRI LANKA POLICE": the issuer's country, a weak hint
        for hit in find_countries(line, lexicon):
            scores[hit.code] += weights["dateline_country"]
    region_hits: list[tuple[Region, Sentence]] = []
    dateline_hits: list[tuple[Region, Sentence]] = []
    for rank, sentence in enumerate(work.main):
        for region, start, end in sentence.regions:
            if _at_sea(sentence, start):  # "the Red Sea" is no place in Sudan's Red Sea state
                continue
            region = _likeliest(region, scores, lexicon)
            text = sentence.text  # "in Manchester": England's city, not Jamaica's parish
            if not scores.get(region.country) and town_named_like(
                text, region, start, end, lexicon
            ):
                continue
            if start < sentence.dateline_end:  # where the reporter filed: a weak hint only
                dateline_hits.append((region, sentence))
                scores[region.country] += weights["dateline_country"]
                continue
            region_hits.append((region, sentence))
            locative = locative_weight(sentence.text, start, end, lexicon, region=True)
            if elsewhere(sentence.text, start, lexicon):
                locative *= lexicon.rules(PlaceRules).kinds["elsewhere"]
            if region_noun_after(sentence.text, end, lexicon):  # "in the Gazakh district"
                locative *= weights["region_noun"]
            scores[region.country] += _rank_weight(rank, work, weights) * locative
    region_hits += dateline_hits
    city_hits = _city_hits(work, scores)
    if not scores:  # at sea ("in the Gulf of Aden"), or a local report's dateline town
        local = _dateline_location(work)
        place, _ = _place(work, local.country_code or "", city_hits)
        return local.model_copy(update={"place": place}) if place else local
    code = max(scores, key=lambda c: (round(scores[c], 6), -_first_named(work, c, city_hits)))
    support = first_seen.get(code) or next(
        (sentence for r, sentence in region_hits if r.country == code),
        next((sentence for c, _, sentence in city_hits if c.country == code), None),
    )
    if support is not None:
        work.cite("location", support)
    best = _best_region(work, code, dateline=False)
    place, town = _place(work, code, city_hits, best[0] if best is not None else None)
    if best is None and (town is None or not town.admin1):
        best = _best_region(work, code)  # the dateline's, when the place has no region
    admin1 = None
    if best is not None:
        region, sentence = best
        admin1 = town_region(_as_written(region_display(region, sentence.text, lexicon)), lexicon)
        work.cite("location", sentence)
    elif town is not None and town.admin1:
        admin1 = town_region(town.admin1, lexicon)  # the place's, when the text names none
    return Location(
        country=country_name(code, lexicon), country_code=code, admin1=admin1, place=place
    )


def _likeliest(region: Region, scores: dict[str, float], lexicon: Lexicon) -> Region:
    """Of the regions so named in several countries ("Northern Province": Sri Lanka's,
    Zambia's, Rwanda's...), the one of the country the text has placed best so far."""
    rules = lexicon.rules(PlaceRules)
    same = [
        *rules.regions.get(region.core, []),
        *(r for r, _ in rules.noun_only.get(region.core, [])),
    ]
    best = max(same, key=lambda r: scores.get(r.country, 0.0), default=region)
    return best if scores.get(best.country, 0.0) > scores.get(region.country, 0.0) else region


def _place(
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
        if town is not None and (best_town is None or score > best_town[0]):
            best_town = (score, town)
        if town is not None and own:  # (the dateline's town is no town of its sentence)
            sentence_town.setdefault(sentence.index, town)

    filed = _dateline_town(work)
    if filed is not None and filed[0].country == code and _same_region(filed[0], region, work):
        consider(weights["lead"] * kinds["dateline"], filed[1], filed[0], work.main[0], False)
    for rank, sentence in enumerate(work.main):
        weight = _rank_weight(rank, work, weights)
        for hit in sentence.places:
            if hit.start < sentence.dateline_end:
                continue
            if hit.kind == "spot_in" and not _region_follows(sentence, code, hit.end):
                continue  # "at Mass in Owo": no region or country after "in"
            town = towns.town(hit.name)
            if hit.kind == "within" and town is not None:
                continue  # "the Sydney suburb of Bondi Junction": the town holds the place
            kind = hit.kind
            if kind == "possessive" and any(
                0 <= hit.start - h.end <= 20 for h in sentence.countries
            ):
                kind = "possessive_country"  # "Kenya's Lamu county", not "Tripoli's Abu Salim"
            score = weight * kinds.get(kind, 1.0)
            if elsewhere(sentence.text, hit.start, lexicon):
                score *= kinds["elsewhere"]
            consider(
                score,
                hit.name,
                town if town is not None and town.country == code else None,
                sentence,
            )
        for city, start, end in sentence.cities:
            if city.country != code:
                continue
            locative = locative_weight(sentence.body, start, end, lexicon) >= weights["locative"]
            if not locative and city.population < weights["big_city"]:
                continue
            score = weight * kinds["gazetteer" if locative else "unplaced"]
            if elsewhere(sentence.body, start, lexicon):
                score *= kinds["elsewhere"]
            if names_region(sentence.body, start, end, lexicon):
                score *= kinds["region_named"]
            consider(score, _as_written(sentence.body[start:end]), city, sentence)
    if best is None:
        return None, None
    _, name, town, sentence = best
    work.cite("location", sentence)
    # a village the gazetteer does not know still lies in the region of the town named best
    # (the town named with it, "in Orlando East, Soweto", before the best named elsewhere)
    town = town or sentence_town.get(sentence.index)
    return name, town or (best_town[1] if best_town is not None else None)


def _other_country_here(sentence: Sentence, city: gazetteer.City) -> bool:
    """True when ``sentence`` places something in a region of another country than the
    town's ("in X province") and names nothing of the town's own country."""
    lexicon = sentence.doc.lexicon
    weights = lexicon.rules(PlaceRules).weights
    if any(h.code == city.country for h in sentence.countries) or any(
        r.country == city.country for r, _, _ in sentence.regions
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


def _region_follows(sentence: Sentence, code: str, end: int) -> bool:
    """True when a region or country ``code`` is named just after ``end`` ("near Katari
    in Kaduna state", "at Manda Bay in Kenya's Lamu county")."""
    starts = [a for r, a, _ in sentence.regions if r.country == code]
    starts += [h.start for h in sentence.countries if h.code == code]
    return any(end < start <= end + 30 for start in starts)


def _first_named(
    work: Work, code: str, city_hits: list[tuple[gazetteer.City, str, Sentence]]
) -> int:
    """Where the text first names country ``code`` (itself, a region or a town of it), as
    an offset in the article: of two countries scored alike, the first named wins."""
    offsets = [s.start + h.start for s in work.main for h in s.countries if h.code == code]
    offsets += [s.start + a for s in work.main for r, a, _ in s.regions if r.country == code]
    offsets += [s.start + s.text.find(name) for c, name, s in city_hits if c.country == code]
    return min(offsets, default=1 << 30)


def _placed_elsewhere(sentence: Sentence, country: str, end: int) -> bool:
    """True when the name ending at ``end`` is followed by ", <region or country>" of
    another country than ``country``: the text says which town of that name it is."""
    follows = [(r.country, s) for r, s, _ in sentence.regions]
    follows += [(hit.code, hit.start) for hit in sentence.countries]
    gap = sentence.text[end : end + 3]
    return gap.startswith(", ") and any(
        start == end + 2 and code != country for code, start in follows
    )


def _at_sea(sentence: Sentence, start: int) -> bool:
    """True when the name at ``start`` is part of a sea's ("Gulf of Guinea", "Red Sea")."""
    return any(p.kind == "sea" and p.start <= start < p.end for p in sentence.places)


def _dateline_town(work: Work) -> tuple[gazetteer.City, str] | None:
    """The town of the wire dateline ("GAZIPUR, Sept 19 —") and its name as written."""
    lead = work.main[0] if work.main else None
    if lead is None or lead.index != 0 or not lead.dateline_end:
        return None
    cities = gazetteer.find_cities(lead.text[: lead.dateline_end], work.lexicon)
    if not cities:
        return None
    city, start, end = cities[0]
    return city, _as_written(lead.text[start:end])


def _same_region(town: gazetteer.City, region: Region | None, work: Work) -> bool:
    """True when no region is named, or ``town`` lies in the one named."""
    if region is None:
        return True
    rules = work.lexicon.rules(PlaceRules)
    return bool(town.admin1) and rules.core(town_region(town.admin1, work.lexicon)) == region.core


def _dateline_location(work: Work) -> Location:
    """Where the reporter filed from, when nothing else in the text places the incident:
    local reports ("GAZIPUR, Sept 19 —") name the town and nothing more."""
    filed = _dateline_town(work)
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


def _as_written(name: str) -> str:
    """A name as the article writes it, unless it shouts it (a dateline's "GAZIPUR")."""
    return name.title() if name.isupper() else name


def _best_region(work: Work, code: str, dateline: bool = True) -> tuple[Region, Sentence] | None:
    """The first-level region of ``code`` the article places the incident in: named after
    "in"/"near" or before "province", in the lead, rather than a capital named for its
    government ("officials in Addis Ababa") or the reporter's dateline (not read at all
    without ``dateline``: "KYIV, Jan 17 — A missile hit a block in Dnipro")."""
    lexicon = work.lexicon
    rules = lexicon.rules(PlaceRules)
    weights = rules.weights
    scores: dict[str, float] = defaultdict(float)
    seen: dict[str, tuple[Region, Sentence]] = {}
    for rank, sentence in enumerate(work.main):
        for region, start, end in sentence.regions:
            if region.country != code:
                continue
            if start < sentence.dateline_end:
                if not dateline:
                    continue
                weight = weights["dateline_region"]
            else:
                weight = _rank_weight(rank, work, weights)
            weight *= locative_weight(sentence.text, start, end, lexicon, region=True)
            if region_noun_after(sentence.text, end, lexicon):
                weight *= weights["region_noun"]
            if elsewhere(sentence.text, start, lexicon):  # "condemned it in Islamabad"
                weight *= rules.kinds["elsewhere"]
            scores[region.code] += weight
            seen.setdefault(region.code, (region, sentence))
    if not scores:
        return None
    return seen[max(scores, key=lambda c: scores[c])]


def _city_hits(work: Work, scores: dict[str, float]) -> list[tuple[gazetteer.City, str, Sentence]]:
    """Towns named in a place-like context (or big enough to be unambiguous); each adds to
    its country's score. Dateline towns are left out: they say where the reporter was; so
    are towns of another country than the article's (:func:`.placewords.misplaced`)."""
    lexicon = work.lexicon
    weights = lexicon.rules(PlaceRules).weights
    locative_min = weights["locative"]
    hits: list[tuple[gazetteer.City, str, Sentence]] = []
    unplaced: list[tuple[gazetteer.City, str, Sentence]] = []
    main_named = named_countries(None, work.main, lexicon)
    every: dict[str, set[str]] = {}
    for rank, sentence in enumerate(work.main):
        for city, start, end in sentence.cities:
            small = city.population < weights["big_city"]  # (a big town is never misplaced)
            if small and not main_named[city.country] - {city.name}:  # read the rest only then
                every = every or named_countries(work.doc.title, work.sentences, lexicon)
                if misplaced(city, every, weights["big_city"]):
                    continue
            at, size = start + sentence.dateline_end, end - start
            if _at_sea(sentence, at) or any(
                s <= at < e and e - s > size for _, s, e in sentence.regions
            ):
                continue  # "the Gulf of Aden", "Northern Samar": part of a sea's or region's name
            if _placed_elsewhere(sentence, city.country, at + size):
                continue  # "Dolores, Eastern Samar": not the Argentine town of that name
            if placed_by_country(sentence.text, at, sentence.countries, lexicon) not in (
                "",
                city.country,
            ):
                continue  # "the Armenian town of Jermuk": not the Turkish town of that name
            locative = locative_weight(sentence.body, start, end, lexicon)
            if locative < locative_min and city.population < weights["big_city"]:
                continue
            if city.population < weights["big_city"] and _other_country_here(sentence, city):
                continue  # "in Khar, ... Khyber Pakhtunkhwa": not the German town "Khar" names
            gain = _rank_weight(rank, work, weights) * min(locative, locative_min)
            if elsewhere(sentence.body, start, lexicon):  # "to be transferred to X"
                gain *= lexicon.rules(PlaceRules).kinds["elsewhere"]
            scores[city.country] += gain
            # a big city named without "in"/"near" (its officials, its hospitals) counts
            # for its country but is the place only when no town is named as one
            surface = sentence.body[start:end]
            (hits if locative >= locative_min else unplaced).append((city, surface, sentence))
    return hits + unplaced
