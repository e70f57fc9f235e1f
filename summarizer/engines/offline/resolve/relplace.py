"""Where a related incident happened, and when a relative year or count dates it (:mod:`.related`).

Rules:

- the place is read from a span of the sentence (the incident's own clause): the first named
  place it marks as such ("the village of X"), else its first town after "in"/"near", else
  (new) the proper name right after a word of ``[related_background].where`` ("at a
  processing centre at Fort Hood", "at the Gateway of India", "a base at Janaale") that is no
  date, country, region or town the gazetteer read, else its first region, else its first
  country (none from a wire dateline, nor a demonym alone; one named where, "at two bases in
  Iraq", before one named as a doer, "after Iran fired"); ``strict``: only a place named
  where ("in X") by the gazetteer, no region or country named otherwise;
- a month named alone that bounds a period dates an incident when a toll follows it in its
  own clause (:func:`toll_in_clause`);
- a background sentence that gives no date but counts days or hours before "after" inside
  it (``[related_background].counted_after``: "The killings came two days after a professor
  was hacked to death near his home in Rajshahi") tells the act of the clause after it, that
  many days before the main day (hours: the same day), when that clause cues an act of force
  placed where the main incident is not; not at the sentence's opening ("Two days after the
  attack, the toll rose"), the main incident's aftermath (:func:`counted_after`);
- a sentence that gives no date but a year told relative to the article's
  (``[related_background].year_before``) where the sentence opens ("Last year a bomb at a
  market killed 11") dates its incident the year before the main incident's; not one told
  inside a clause ("the group, designated a terrorist organisation last year, ...").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.numbers import parse_number
from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.resolve.locplace import as_written
from summarizer.engines.offline.scan.places import PlaceRules, country_name
from summarizer.engines.offline.scan.placewords import locative_weight, region_display
from summarizer.schema import EventType, Location

__all__ = ["counted_after", "incident_place", "same_place", "toll_in_clause", "year_before"]


def same_place(place: str, location: Location) -> bool:
    """Whether ``place`` is one the main incident's location names (any part of it)."""
    named = {location.place, location.admin1, location.country}
    return place.casefold() in {str(n).casefold() for n in named if n}


def incident_place(
    work: Work, sentence: Sentence, begin: int, end: int, strict: bool = False
) -> str | None:
    """Where a background sentence sets its incident (module docstring), from what it names
    from ``begin`` up to ``end``."""
    after = max(sentence.dateline_end, begin)
    for place in sentence.places:
        if after <= place.start < end:
            return place.name
    lexicon = work.lexicon
    least = lexicon.rules(PlaceRules).weights["locative"]
    body = sentence.dateline_end  # (cities are found in the body, after any dateline)
    for _, start, stop in sentence.cities:
        if not after <= start + body < end:
            continue
        if locative_weight(sentence.body, start, stop, lexicon) >= least:  # not "Pineda said"
            return as_written(sentence.body[start:stop])
    if strict:
        return _country(work, sentence, after, end, strict)
    proper = _proper_name(work, sentence, after, end)
    if proper is not None:
        return proper
    for region, start, _ in sentence.regions:
        if after <= start < end:
            return region_display(region, sentence.text, work.lexicon)
    return _country(work, sentence, after, end, strict)


def _country(work: Work, sentence: Sentence, after: int, end: int, strict: bool) -> str | None:
    """The first country the span names where it happened, else (not ``strict``) the first
    named otherwise than by a demonym alone."""
    lexicon = work.lexicon
    least = lexicon.rules(PlaceRules).weights["locative"]
    countries = [c for c in sentence.countries if after <= c.start < end]
    # (a country named where it happened first: "after Iran fired missiles at bases in Iraq")
    where = [
        c for c in countries if locative_weight(sentence.text, c.start, c.end, lexicon) >= least
    ]
    # (a demonym alone, "Congolese refugees were killed in the town", says whose, not where)
    named = [c for c in countries if c.weight > lexicon.rules(PlaceRules).weights["demonym"]]
    for country in where or ([] if strict else named):
        return country_name(country.code, lexicon)
    return None


def _proper_name(work: Work, sentence: Sentence, after: int, end: int) -> str | None:
    """The first proper name right after a ``[related_background].where`` word in
    ``after:end`` that opens with no date, country, region or town the sentence was read for."""
    text = sentence.text
    body = sentence.dateline_end
    taken = [(m.start, m.end) for m in sentence.dates]
    taken += [(c.start, c.end) for c in sentence.countries]
    taken += [(start, stop) for _, start, stop in sentence.regions]
    taken += [(start + body, stop + body) for _, start, stop in sentence.cities]
    for found in work.lexicon.rules(_where).finditer(text, after, end):
        group = "the" if found.group("the") else "name"
        start = found.start(group)
        # (a name that opens with a place the gazetteer read is that place: "in Britain";
        # not one that only holds it: "the Gateway of India")
        if not any(a <= start < b for a, b in taken):
            return found.group(group)
    return None


def _where(lexicon: Lexicon) -> re.Pattern[str]:
    """A ``where`` word, then the capitalised words of a proper name; after "the", with up
    to two lowercase words its head ("the Danish embassy", "the Westgate shopping mall"),
    none of ``[summary].stop_words`` ("the Gateway of India and a market")."""
    section = lexicon.section("related_background")
    word = r"[A-Z][\w'’-]*"
    joiner = alternation(section["joiners"])
    stop = alternation(lexicon.section("summary")["stop_words"])
    head = rf"(?:\s+(?!(?:{stop})\b)[a-z]+\b){{0,2}}"
    return re.compile(
        rf"(?<![\w-])(?i:{alternation(section['where'])})\s+(?:"
        rf"(?i:the)\s+(?P<the>{word}(?:\s+(?:{joiner}\s+)?{word})*{head})"
        rf"|(?P<name>{word}(?:\s+(?:{joiner}\s+)?{word})*))"
    )


def year_before(sentence: Sentence, main: str | None) -> list[tuple[str, int, int, int]]:
    """The year before the main incident's when the sentence opens with one told relative
    to the article's (module docstring): (year, -1, start, end)."""
    if main is None:
        return []
    text = sentence.text
    lexicon = sentence.doc.lexicon
    opening = len(text) - len(text[sentence.dateline_end :].lstrip(" ,—–-"))
    found = lexicon.rules(_year_before).match(text, opening)
    if found is None:
        return []
    return [(str(int(main[:4]) - 1), -1, found.start(), found.end())]


def _year_before(lexicon: Lexicon) -> re.Pattern[str]:
    """A year told relative to the article's (``[related_background].year_before``)."""
    words = alternation(lexicon.section("related_background")["year_before"])
    return re.compile(rf"\b{words}\b", re.IGNORECASE)


def toll_in_clause(sentence: Sentence, end: int) -> bool:
    """Whether a toll follows ``end`` in the same clause, no comma or semicolon between
    ("since a car bombing in June killed seven guards"; not "held since mid-August,
    killing 30"): the date's clause tells an incident of its own."""
    return any(
        f.start >= end and not _CLAUSE_END.search(sentence.text, end, f.start)
        for f in sentence.casualties
    )


_CLAUSE_END = re.compile(r"[,;:]")


def counted_after(
    work: Work, sentence: Sentence, main: str, location: Location | None
) -> tuple[str, int, str] | None:
    """The day, start and place of the act a clause counted after tells (module docstring),
    or None."""
    text = sentence.text
    if len(main) != 10 or location is None:
        return None
    found = work.lexicon.rules(_counted_after).search(text, sentence.dateline_end)
    if found is None or not text[sentence.dateline_end : found.start()].strip(" ,—–-"):
        return None
    place = incident_place(work, sentence, found.end(), len(text), strict=True)
    if place is None or same_place(place, location):
        return None
    cue = work.doc.cue(text[found.end() :])
    if cue is None or cue.event_type == EventType.strategic_developments:
        return None
    count = found.group("n")
    days = (parse_number(count) or 1) if count else 0
    return (date.fromisoformat(main) - timedelta(days=days)).isoformat(), found.end(), place


def _counted_after(lexicon: Lexicon) -> re.Pattern[str]:
    """A count of days or hours before "after" (``[related_background].counted_after``)."""
    words = alternation(lexicon.section("related_background")["counted_after"])
    return re.compile(rf"\b{words}", re.IGNORECASE)
