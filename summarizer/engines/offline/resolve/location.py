"""Where the main incident happened: country, first-level region and place.

Rule: the best-scored country wins. Every country and region the main sentences name adds
to its country's score: 3 in the lead, 1 later (``[places.weights]``), times 2 after a
locative word ("in", "near"), 0.2 before an agent word ("Kenyan officials", "Russian
forces", "Mexico's foreign minister", "Turkey sent a plane"; a demonym so even after a
locative word: "outside the British consulate"); a demonym counts 0.4 of a
name, 0.2 of it for a person's nationality ("a Canadian among them", "one of Paraguay's
best-known prosecutors": a name whose noun phrase ends in a person's role); a region or
town in a sentence that only reports what someone said ("In Washington, the State
Department said ...") counts as where someone spoke; one in the wire dateline counts 2
(a foreign state's acts and speakers weigh less), as does a country in a release's
letterhead ("SRI LANKA POLICE"). A country named like a region of its own ("Mexico")
counts once; a region followed by another country's name ("in Tripoli, Lebanon's second
city") counts for neither. Towns add to it as :mod:`.loctowns` says. A region named like a big
town of another country is that town, unless its own country is placed first; of regions
so named in several countries, the one of the country placed best so far, and once all is
scored, the one the other names place better ("Punjab": Pakistan's with Sialkot). A region
named as a part of a place of another country ("the San Martín district of Greater Buenos
Aires") counts for neither, nor does one named like the last name of a person the main
sentences name in full ("the murder of Joaquim Tavares Lima ... fired at Lima"), nor one
that ends a quoted speaker's name after a given name ("Clinic worker Sue Southern said"),
nor one before "river" ("the Arauca river"). A country whose region or town the headline
names gains ``[places.weights].headline`` when the story scores it already, unless the
name is part of a longer one there ("Victoria Square") or the lead puts it in another
country ("the Lebanese city of Tripoli"). Of two countries scored alike, the dateline
town's wins, else the first named. The region and
place are then chosen as :mod:`.locplace` says; a region named like a big town of the
country that lies in another region ("protests were held in Delhi") yields to the place's
own when the place is a town of its own ("Bengaluru"). A place with no region of its own
takes the headline's region ("Gunmen kill 45 in Chiapas hamlet") before the
dateline's. With no country at all, the sea
named, or a local report's dateline town, places it; a country no sentence of the story
supports (only a release's letterhead names it) is not given.
"""

from __future__ import annotations

import re
from collections import defaultdict

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.resolve import Work, locplace
from summarizer.engines.offline.resolve.loctowns import (
    at_sea,
    at_sea_lead,
    offshore,
    placed_elsewhere,
    rank_weight,
    reported_from,
    town_country,
)
from summarizer.engines.offline.resolve.loctowns import city_hits as find_city_hits
from summarizer.engines.offline.scan import gazetteer
from summarizer.engines.offline.scan.places import (
    PlaceRules,
    Region,
    country_name,
    find_countries,
    find_regions,
)
from summarizer.engines.offline.scan.placewords import (
    before_place_noun,
    elsewhere,
    in_speakers_name,
    locative_weight,
    nationality,
    part_of_another,
    placed_by_country,
    region_display,
    region_noun_after,
    spoken_from,
    town_named_like,
    town_region,
)
from summarizer.schema import Location

__all__ = ["location"]


def location(work: Work) -> Location:
    """The incident's location (module docstring); cites the sentences it comes from."""
    lexicon = work.lexicon
    rules = lexicon.rules(PlaceRules)
    weights = rules.weights
    scores: dict[str, float] = defaultdict(float)
    first_seen: dict[str, Sentence] = {}
    placed: set[str] = set()  # countries named, or a region of, after "in"/"near"
    for rank, sentence in enumerate(work.main):
        weight = rank_weight(rank, work, weights)
        for hit in sentence.countries:
            if at_sea(sentence, hit.start):  # "the Gulf of Guinea" is no place in Guinea
                continue
            if in_speakers_name(sentence, hit.start, lexicon):  # "said Rebecca Jordan"
                continue
            if rules.river_after.match(sentence.text, hit.end):  # "the Niger river"
                continue
            locative = locative_weight(
                sentence.text, hit.start, hit.end, lexicon, demonym=hit.weight < 1.0
            )
            if elsewhere(sentence.text, hit.start, lexicon):  # "to be transferred to X"
                locative *= lexicon.rules(PlaceRules).kinds["elsewhere"]
            # "the Armenian town of X" places X as surely as "in Armenia" would
            strength = 1.0 if before_place_noun(sentence.text, hit.end, lexicon) else hit.weight
            if nationality(sentence.text, hit, lexicon):  # "a Canadian among them"
                strength *= weights["person"]
            elif locative >= weights["locative"]:  # "in Mali": the text places the deed there
                placed.add(hit.code)
            scores[hit.code] += weight * strength * locative
            first_seen.setdefault(hit.code, sentence)
    for line in work.doc.masthead:  # "SRI LANKA POLICE": the issuer's country, a weak hint
        for hit in find_countries(line, lexicon):
            scores[hit.code] += weights["dateline_country"]
    region_hits: list[tuple[Region, Sentence]] = []
    dateline_hits: list[tuple[Region, Sentence]] = []
    shared: list[tuple[Region, float, Sentence]] = []  # regions other countries' share
    for rank, sentence in enumerate(work.main):
        for region, start, end in sentence.regions:
            if at_sea(sentence, start):  # "the Red Sea" is no place in Sudan's Red Sea state
                continue
            if work.is_surname(sentence.text[start:end]):  # "fired at Lima": a man
                continue
            if in_speakers_name(sentence, start, lexicon):  # "Sue Southern said": a woman
                continue
            if rules.river_after.match(sentence.text, end):  # "the Arauca river"
                continue
            if any(h.start == start and h.code == region.country for h in sentence.countries):
                continue  # "Mexico" the country, counted once (not again as its state)
            region = _likeliest(region, scores, lexicon)
            text = sentence.text  # "in Manchester": England's city, not Jamaica's parish
            if not scores.get(region.country) and town_named_like(
                text, region, start, end, lexicon
            ):
                continue
            if part_of_another(sentence, region.country, end, lexicon):  # "X district of Y"
                continue
            if placed_elsewhere(sentence, region.country, end):
                continue  # "in Tripoli, Lebanon's second city": not Libya's Tripoli
            if _inside_town(sentence, start, end):  # "Delhi" in "New Delhi": the town's
                continue
            if start < sentence.dateline_end:  # where the reporter filed: a weak hint only
                dateline_hits.append((region, sentence))
                scores[region.country] += weights["dateline_country"]
                continue
            region_hits.append((region, sentence))
            locative = locative_weight(sentence.text, start, end, lexicon, region=True)
            if elsewhere(sentence.text, start, lexicon):
                locative *= lexicon.rules(PlaceRules).kinds["elsewhere"]
            elif spoken_from(sentence.text, start, end, lexicon) or reported_from(sentence):
                locative *= lexicon.rules(PlaceRules).kinds["spoken"]
            if locative >= weights["locative"]:
                placed.add(region.country)
            if region_noun_after(sentence.text, end, lexicon):  # "in the Gazakh district"
                locative *= weights["region_noun"]
            elif before_place_noun(sentence.text, end, lexicon):
                # "in the Red Sea port city of Hodeidah": the region describes the town named
                # next, which says where; "in" is the town's
                locative = min(locative, weights["other"])
            gain = rank_weight(rank, work, weights) * locative
            scores[region.country] += gain
            if len({r.country for r in _namesakes(region, lexicon)}) > 1:
                shared.append((region, gain, sentence))
    region_hits += dateline_hits
    city_hits = find_city_hits(work, scores)
    filed = locplace.dateline_town(work)
    here = filed[0].country if filed is not None else ""
    if here and scores and not any(r.country == here for r, _ in dateline_hits):
        scores[here] += weights["dateline_country"]  # as a region in the dateline would
    _headline_hint(work, scores, weights["headline"])
    _settle_shared(shared, scores, lexicon)
    if at_sea_lead(work):  # a ship on the open sea: no country's, whoever sailed or fired
        place, _ = locplace.place(work, "", [])
        return Location(place=place or _offshore_mark(work))
    if not scores:  # at sea ("in the Gulf of Aden"), or a local report's dateline town
        local = locplace.dateline_location(work)
        place, _ = locplace.place(work, local.country_code or "", city_hits)
        place = place or (None if local.country else _offshore_mark(work))
        return local.model_copy(update={"place": place}) if place else local
    code = max(
        scores,
        key=lambda c: (round(scores[c], 6), c == here, -_first_named(work, c, city_hits)),
    )
    code = town_country(work, code, placed, city_hits, locplace.place(work, code, city_hits)[0])
    support = first_seen.get(code) or next(
        (sentence for r, sentence in region_hits if r.country == code),
        next((sentence for c, _, sentence in city_hits if c.country == code), None),
    )
    if support is not None:
        work.cite("location", support)
    best = locplace.best_region(work, code, dateline=False)
    place, town = locplace.place(work, code, city_hits, best[0] if best is not None else None)
    beside = best is not None and place is not None and place in best[1].text
    if town is not None and town.admin1 and not beside:
        # the place's own region, over one named only where someone spoke or went
        # ("officials in Islamabad said", "flown to Lagos") and not beside the place
        best = locplace.best_region(work, code, dateline=False, floor=weights["own_region"])
    elif best is None:  # the headline's, else the dateline's, when the place has no region
        best = _headline_region(work, code) or locplace.best_region(work, code)
    if best is None and filed is not None and place is not None and filed[1] == place:
        # "CALAMBA, Misamis Occidental -": the dateline says which town of that name it is
        # (its own region only: "KARACHI, Pakistan -" and Balochistan named later is Sindh's)
        best = _dateline_region(work, code)
    if best is not None and _another_towns(best, place, town, work):
        best = None  # "protests were held in Delhi": the town's, not the place's region
    admin1 = None
    if best is not None:
        region, sentence = best
        admin1 = town_region(
            locplace.as_written(region_display(region, sentence.text, lexicon)), lexicon
        )
        work.cite("location", sentence)
    elif town is not None and town.admin1:
        admin1 = town_region(town.admin1, lexicon)  # the place's, when the text names none
    if not work.evidence.get("location"):
        # only a release's letterhead names the country ("CAMEROON ARMED FORCES"): no
        # sentence of the story can be quoted for it, so it is not given
        return Location()
    return Location(
        country=country_name(code, lexicon), country_code=code, admin1=admin1, place=place
    )


def _dateline_region(work: Work, code: str) -> tuple[Region, Sentence] | None:
    """The region of ``code`` the wire dateline names ("CALAMBA, Misamis Occidental -")."""
    for sentence in work.main[:1]:
        for region, start, _ in sentence.regions:
            if start < sentence.dateline_end and region.country == code:
                return region, sentence
    return None


#: A capitalised word just before or after a name: the name is part of a longer one.
_LONGER_WORD = r"[A-Z][\w'’-]*"
_BEFORE = re.compile(rf"(?:^|\s){_LONGER_WORD}\s$")
_AFTER = re.compile(rf"\s{_LONGER_WORD}")


def _headline_hint(work: Work, scores: dict[str, float], gain: float) -> None:
    """Each country the story scores whose region or town the headline names gains
    ``gain`` ("Truck bomb wrecks U.S. embassy in Nairobi", over a second bomb the lead
    places in Dar es Salaam, Tanzania); a country only the headline names, nothing."""
    title, lexicon = work.doc.title or "", work.lexicon
    named = {(r.country, a, e) for r, a, e in find_regions(title, lexicon)}
    named |= {(c.country, a, e) for c, a, e in gazetteer.find_cities(title, lexicon)}
    gaining = set()
    for code, start, end in named:
        if code not in scores or _BEFORE.search(title[:start]) or _AFTER.match(title, end):
            continue  # "Victoria Square", "Hong Kong": a longer name's part
        name = title[start:end]
        if any(
            placed_by_country(s.text, at, s.countries, lexicon) not in ("", code)
            for s in work.main
            for at in (m.start() for m in re.finditer(re.escape(name), s.text))
        ):
            continue  # "Tripoli" the lead calls "the Lebanese city of Tripoli": not Libya's
        gaining.add(code)
    for code in gaining:
        scores[code] += gain


def _headline_region(work: Work, code: str) -> tuple[Region, Sentence] | None:
    """The region of ``code`` the headline names, when the story's sentences name none for
    the place ("Gunmen kill 45 in Chiapas hamlet" over "SAN CRISTOBAL, Mexico - ... the
    hamlet of Acteal"): the headline says where the story is, the dateline where its
    reporter was."""
    title = work.doc.title or ""
    if not work.main:
        return None
    country_starts = {hit.start for hit in find_countries(title, work.lexicon)}
    for region, start, _ in find_regions(title, work.lexicon):
        if region.country == code and start not in country_starts:
            return region, work.main[0]
    return None


def _inside_town(sentence: Sentence, start: int, end: int) -> bool:
    """True when the region named at ``start:end`` lies inside a longer town's name the
    sentence gives ("Delhi" in "New Delhi"): the town is named, and counts as a town."""
    shift = sentence.dateline_end
    return any(
        a + shift <= start and end <= e + shift and e - a > end - start
        for _, a, e in sentence.cities
    )


def _offshore_mark(work: Work) -> str | None:
    """The town or region a ship at sea was measured from ("off the coast of Aden"), the
    only place an article that names no sea gives (the first the main sentences name)."""
    for sentence in work.main:
        names = [(s, e) for _, s, e in sentence.regions]
        names += [
            (s + sentence.dateline_end, e + sentence.dateline_end) for _, s, e in sentence.cities
        ]
        for start, end in sorted(names):
            if offshore(sentence, start):
                work.cite("location", sentence)
                return sentence.text[start:end]
    return None


def _another_towns(
    best: tuple[Region, Sentence],
    place: str | None,
    town: gazetteer.City | None,
    work: Work,
) -> bool:
    """True when the region chosen is named like a big town of the country that lies in
    another region ("Delhi", "N'Djamena", "Washington": the capital, named where people
    protested or spoke), or is that town's own ("Kyiv"), while the place is a town of its
    own ("Bengaluru", "Uman", with its region): the place's region then stands (``[places.weights].homonym_city`` people make
    a town big)."""
    lexicon = work.lexicon
    towns = lexicon.rules(gazetteer.CityRules)
    if town is None or not town.admin1 or place is None or towns.town(place) != town:
        return False
    region, sentence = best
    rules = lexicon.rules(PlaceRules)
    named = towns.town(region_display(region, sentence.text, lexicon))
    return (
        named is not None
        and named != town
        and named.country == region.country
        and named.population >= rules.weights["homonym_city"]
        and (
            rules.core(town_region(named.admin1, lexicon)) != region.core
            # a city that is a region of its own ("Kyiv", "Strikes were also reported in
            # Kyiv"), when the place lies in another ("Uman", Cherkasy's)
            or rules.core(town_region(town.admin1, lexicon)) != region.core
        )
    )


def _likeliest(region: Region, scores: dict[str, float], lexicon: Lexicon) -> Region:
    """Of the regions so named in several countries ("Northern Province": Sri Lanka's,
    Zambia's, Rwanda's...), the one of the country the text has placed best so far."""
    same = _namesakes(region, lexicon)
    best = max(same, key=lambda r: scores.get(r.country, 0.0), default=region)
    return best if scores.get(best.country, 0.0) > scores.get(region.country, 0.0) else region


def _namesakes(region: Region, lexicon: Lexicon) -> list[Region]:
    """The regions named like ``region`` in every country (itself among them)."""
    rules = lexicon.rules(PlaceRules)
    return [
        *rules.regions.get(region.core, []),
        *(r for r, _ in rules.noun_only.get(region.core, [])),
    ]


def _settle_shared(
    shared: list[tuple[Region, float, Sentence]], scores: dict[str, float], lexicon: Lexicon
) -> None:
    """A region's name two countries share ("Punjab", Pakistan's and India's) counts for
    the one whose towns its own sentence names, when that names towns of one of them only
    ("near Amritsar ..., police in Punjab said"); else for the one the article's other
    names (its towns, its countries) place better, once they are all scored: "in Sialkot,
    Punjab" is Pakistan's Punjab."""
    for region, gain, sentence in shared:
        rivals = {r.country for r in _namesakes(region, lexicon)} - {region.country}
        rival = max(sorted(rivals), key=lambda c: scores.get(c, 0.0))
        towns = {c.country for c, _, _ in sentence.cities} & (rivals | {region.country})
        if len(towns) == 1:  # its sentence's towns say which
            rival = towns.pop()
            if rival != region.country:
                scores[region.country] -= gain
                scores[rival] += gain
            continue
        if scores.get(rival, 0.0) > scores[region.country] - gain:
            scores[region.country] -= gain
            scores[rival] += gain


def _first_named(
    work: Work, code: str, city_hits: list[tuple[gazetteer.City, str, Sentence]]
) -> int:
    """Where the text first names country ``code`` (itself, a region or a town of it), as
    an offset in the article: of two countries scored alike, the first named wins."""
    offsets = [s.start + h.start for s in work.main for h in s.countries if h.code == code]
    offsets += [s.start + a for s in work.main for r, a, _ in s.regions if r.country == code]
    offsets += [s.start + s.text.find(name) for c, name, s in city_hits if c.country == code]
    return min(offsets, default=1 << 30)
