"""Related incidents: other incidents the article mentions as context.

Rule: a background sentence (:mod:`.date`) that cues an event type and names a date it
resolves is a related incident: its first date outside the main incident's period (a day,
month or year of the main date, or one within it, is the main incident told again:
"Friday's bombings"), not one dating a statement when another is there; a month named alone
only when it bounds no period ("In June a car bomb ...", not "held since mid-August") or its
clause tells a toll ("on alert since a car bombing in June killed seven guards"); else,
when it resolves no date, the first year it names before the main incident's that bounds no
period ("the 2002 Bali bombings", not "since 2017"; but "since 1975, when four were killed":
a toll follows it); else, when it opens with a word of another incident told beside the main
one (``[related].beside``: "Hours earlier a suicide bomber killed 24 at a funeral in
Nangarhar"; with a count, "About two hours later", "Three days earlier": the main date
moved by the days it counts, ``[related].shift``); else when a clause inside it is counted
after the main one ("came two days after a professor was hacked to death in Rajshahi",
:func:`.relplace.counted_after`). A sentence of the main incident's so opened that
places its act elsewhere than the main incident's place, region and country ("Minutes later a
second bomb exploded outside the embassy in Dar es Salaam") is a related incident too; so is
a main sentence's clause so opened (or opened as an earlier incident's: ", hours after a car
bomb exploded ... in central Oslo") that cues an act and places it elsewhere; and so is a
main sentence after the lead that dates an act of its own before the main date's period
("had already been hit in March, when gunmen killed 22 ...") or opens on an earlier period
(``[related].other_period``: "Last week a blast ... injured 40"), a day of the main
episode only when told elsewhere (:func:`_recalled`).
Each takes the type of the clause a linking word (``[related].links``) opens before its date
("in retaliation for the mosque shootings in Christchurch on March 15": an attack), else the
clause opened right after its date (``[related].told_after``: "in November 2009, when an army
psychiatrist killed 13 people"), else the sentence's; a sentence that cues no type tells one
only so ("officials looked at links to the man blamed for the August 1998 bombings of two
embassies"). A sentence that dates incidents of different months ("in August 2003 ..., and ...
on 9 September 2004"), each with its year written, tells one each, each placed first from what
lies between the dates before and after it; a date bounding a period is placed from what
follows it first ("the worst in Egypt since October 2004, when bombs hit a hotel in Taba"). A milestone's date
(``[related].no_incident``: "Born in 1964") and a date in a name ("the February 17 Coalition")
date no incident; a year told relative to the article's ("Last year a bomb ...") dates one
the year before the main one's (:mod:`.relplace`). Each takes that type, the sentence's first
30 words, and its place (:func:`.relplace.incident_place`: a place named, a town after
"in"/"near", a proper name after "at"/"in" the gazetteer does not hold, a region, a country),
else, when it names none, the main incident's place ("hit ... across the city"); at most four,
in the article's order. Where a main sentence tells one, from there on it gives the
main incident no toll (``Work.elsewhere``).
"""

from __future__ import annotations

import re
from datetime import date

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.resolve.dayshift import shifted
from summarizer.engines.offline.resolve.relplace import (
    counted_after,
    incident_place,
    same_place,
    toll_in_clause,
    year_before,
)
from summarizer.engines.offline.scan.cues import EventCue
from summarizer.engines.offline.scan.dates import DateMention, DateRules
from summarizer.schema import EventType, Location, RelatedIncident

__all__ = ["related_incidents"]

_MAX = 4
_WORDS = 30


def related_incidents(
    work: Work, main_date: str | None = None, location: Location | None = None
) -> list[RelatedIncident]:
    """The related incidents (module docstring); ``main_date`` and ``location`` are the
    main incident's."""
    main = set(map(id, work.main))
    related: list[RelatedIncident] = []
    for sentence in work.sentences:
        if sentence.cue is None and id(sentence) in main:
            continue
        opener = work.lexicon.rules(_beside).match(sentence.text.lstrip())
        beside = main_date is not None and opener
        day = (
            shifted(work.lexicon, str(main_date), opener.group(0))
            if beside and opener
            else main_date
        )
        whole = incident_place(work, sentence, 0, len(sentence.text))
        clause = None
        if id(sentence) in main:
            # "Minutes later a second bomb exploded outside the embassy in Dar es Salaam": an
            # act told beside the main one, elsewhere (a place named where), though the main
            # sentences hold it
            where = incident_place(work, sentence, 0, len(sentence.text), strict=True)
            if beside and where and location and not same_place(where, location):
                dated = [(str(day), -1, 0, len(sentence.text))]
            else:
                dated = _recalled(sentence, main_date)
                if where is None or location is None or same_place(where, location):  # (episode)
                    dated = [d for d in dated if not _same_episode(sentence, d[0], main_date)]
                clause = (
                    None if dated or not main_date else _beside_clause(work, sentence, location)
                )
                if clause is not None:
                    whole = clause[1]
                    dated = [(str(main_date), -1, clause[0], len(sentence.text))]
                if not dated:
                    continue
        else:
            dated = _dates(sentence, main_date)
            counted = (
                None
                if dated or beside or not main_date
                else counted_after(work, sentence, str(main_date), location)
            )
            if counted is not None:  # ("came two days after a professor was hacked to death")
                clause = (counted[1], counted[2])
                whole = counted[2]
                dated = [(counted[0], -1, counted[1], len(sentence.text))]
        if not dated and beside:
            dated = [(str(day), -1, 0, len(sentence.text))]
        words = sentence.text.split()
        description = " ".join(words[:_WORDS]) + ("…" if len(words) > _WORDS else "")
        for i, (value, since, at, stop) in enumerate(dated):
            cue = (
                (work.doc.cue(sentence.text[at:]) if clause else None)
                or _modified_cue(work, sentence, at, stop)
                or _clause_cue(work, sentence, at)
                or _told_after(work, sentence, stop)
                or sentence.cue
            )
            if cue is None:
                continue
            if id(sentence) in main:  # its words tell of another incident (Work.elsewhere)
                work.elsewhere.setdefault(sentence.index, max(at, 0))
            # "the worst attack in Egypt since October 2004, when bombs hit a hotel in Taba":
            # the place after a period's bound is its incident's
            after = (
                incident_place(work, sentence, since, len(sentence.text)) if since >= 0 else None
            )
            # of several, each is placed from what lies between its neighbours' dates first
            begin = dated[i - 1][3] if i else 0
            end = dated[i + 1][2] if i + 1 < len(dated) else len(sentence.text)
            place = (
                incident_place(work, sentence, begin, end) if len(dated) > 1 else after
            ) or whole
            related.append(
                RelatedIncident(
                    date=value,
                    event_type=cue.event_type,
                    place=place or (location.place if location else None),
                    description=description,
                )
            )
    return related[:_MAX]


def _dates(sentence: Sentence, main: str | None) -> list[tuple[str, int, int, int]]:
    """The dates of the incidents a background sentence tells (module docstring), each with
    where it starts when it bounds a period (else -1), where it starts and where it ends: one,
    or one a month for incidents of different months it dates with their years written."""
    # (a month named alone as a period's bound, "since ... took control in mid-August",
    # dates no incident, unless its clause tells a toll: "since a car bombing in June
    # killed seven guards")
    text = sentence.text
    milestone = sentence.doc.lexicon.rules(_milestone)
    # (a life's or a body's milestone, "Born in 1964", dates no incident; nor a date in a
    # name, "the February 17 Coalition")
    found = [
        m
        for m in sentence.dates
        if m.value
        and not (m.kind == "m" and m.bound and not toll_in_clause(sentence, m.end))
        and not milestone.search(text[max(0, m.start - 30) : m.start])
        and not _in_name(text, m.start, m.end)
    ]
    if found:
        # ("Last week a blast injured 40": a period before the main one's, in its month)
        told = [
            m for m in found if not _main_period(str(m.value), main) or _opens_other(m, sentence)
        ]
        told = [m for m in told if not m.reported] or told[:1]
        # (each with its year written: "during Friday prayers" dates no second incident)
        whole = [m for m in told if str(m.value)[:4] in m.text]
        if len({str(m.value)[:7] for m in whole}) == len(whole) > 1:
            told = whole
        dated = [(str(m.value), m.start if m.bound else -1, m.start, m.end) for m in told]
        dated = dated if told is whole else dated[:1]
        # ("since the 1998 bombing of the US embassy ... and the Westgate mall siege, in which
        # 67 died in September 2013": a year that modifies an incident's noun dates one more)
        spans = [(m.start, m.end) for m in sentence.dates]
        more = [
            (year, -1, at, at + len(year))
            for year, at in _modifying_years(text, main)
            if not any(a <= at < b for a, b in spans) and year not in {d[0][:4] for d in dated}
        ]
        return sorted(dated + more, key=lambda d: d[2])
    bound = sentence.doc.lexicon.rules(DateRules).bound_before
    for year in sentence.time_cues.years:
        at = text.find(year)
        if milestone.search(text[max(0, at - 30) : at]):
            continue
        # (a period's bound, "since Haftar's forces took the city in 2017", dates no incident
        # unless a toll follows it: "the first since 1975, when four soldiers were killed")
        told_after = any(f.start > at for f in sentence.casualties)
        if (
            main
            and year < main[:4]
            and (told_after or not bound.search(text[max(0, at - 80) : at]))
        ):
            since = at if bound.search(text[max(0, at - 80) : at]) else -1
            return [(year, since, at, at + len(year))]
    # ("Last year a bomb at a market killed 11": the year before the main one's, :mod:`.relplace`)
    return year_before(sentence, main)


def _clause_cue(work: Work, sentence: Sentence, at: int) -> EventCue | None:
    """The event cue of the clause a ``[related].links`` word opens before ``at`` ("in
    retaliation for the mosque shootings in Christchurch on March 15"), if any."""
    links = list(work.lexicon.rules(_links).finditer(sentence.text, 0, at))
    return work.doc.cue(sentence.text[links[-1].end() :]) if links else None


def _told_after(work: Work, sentence: Sentence, end: int) -> EventCue | None:
    """The event cue of the clause a ``[related].told_after`` word opens right after the date
    ending at ``end`` ("in November 2009, when an army psychiatrist killed 13"), if any."""
    opened = work.lexicon.rules(_after).match(sentence.text, end)
    if opened is None:
        return None
    return work.doc.cue(sentence.text[opened.end() :].split(";")[0])


def _after(lexicon: Lexicon) -> re.Pattern[str]:
    """The words right after a date that open the clause telling its incident."""
    return re.compile(alternation(lexicon.section("related")["told_after"]), re.IGNORECASE)


def _links(lexicon: Lexicon) -> re.Pattern[str]:
    """The words that open a clause telling an earlier incident."""
    return re.compile(rf"\b{alternation(lexicon.section('related')['links'])}\b", re.IGNORECASE)


def _milestone(lexicon: Lexicon) -> re.Pattern[str]:
    """The words just before a date that make it a milestone (``[related].no_incident``)."""
    words = alternation(lexicon.section("related")["no_incident"])
    return re.compile(rf"\b{words}(?:\s+(?:in|on|at))?\s*$", re.IGNORECASE)


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is part of a name: after "the", before a capitalised
    word, with no year written ("the February 17 Coalition", "the 6 April Youth Movement";
    not "the November 2015 Paris attacks")."""
    return (
        text[:start].endswith(("the ", "The "))
        and bool(_CAPITAL_NEXT.match(text, end))
        and not _YEAR.search(text, start, end)
    )


_CAPITAL_NEXT = re.compile(r"\s+[A-Z][a-z]")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: a year between "the" and a noun: "the 1998 bombing", "the 2002 Bali bombings"
_MODIFYING_YEAR = re.compile(r"\b[Tt]he\s+((?:1[89]|20)\d\d)\s+(?=[A-Za-z])")


def _modifying_years(text: str, main: str | None) -> list[tuple[str, int]]:
    """The years before the main incident's that modify a noun ("the 1998 bombing of the US
    embassy"), each with where it starts."""
    return [
        (m.group(1), m.start(1))
        for m in _MODIFYING_YEAR.finditer(text)
        if main is not None and m.group(1) < main[:4]
    ]


def _modified_cue(work: Work, sentence: Sentence, at: int, stop: int) -> EventCue | None:
    """The event cue of the noun a date modifies, up to the clause's end ("the November 2015
    Paris attacks that killed 130": an attack), when "the" opens it; None otherwise."""
    if not sentence.text[:at].endswith(("the ", "The ")):
        return None
    return work.doc.cue(re.split(r"[,;]", sentence.text[stop:])[0])


def _beside(lexicon: Lexicon) -> re.Pattern[str]:
    """The openings of a sentence telling another incident beside the main one."""
    return re.compile(alternation(lexicon.section("related")["beside"]), re.IGNORECASE)


def _main_period(value: str, main: str | None) -> bool:
    """Whether ``value`` is the main date's day, month or year, or a day within it."""
    return main is not None and (main.startswith(value) or value.startswith(main))


def _recalled(sentence: Sentence, main: str | None) -> list[tuple[str, int, int, int]]:
    """The dates of the acts of their own a main sentence after the lead recalls: a day,
    month or year wholly before the main date's period ("Tourism had already been hit in
    March, when gunmen killed 22 at the Bardo museum"), or a period before the main one's
    that opens the sentence ("Last week a blast at a shopping centre injured 40"); none
    that dates a statement ("the police chief said on Thursday")."""
    if main is None or sentence.index == 0:
        return []
    spoken = {(m.start, m.end) for m in sentence.dates if m.reported}
    found = []
    for value, since, at, stop in _dates(sentence, main):
        if (at, stop) in spoken:
            continue
        if value < main[: len(value)] or any(
            m.start == at and _opens_other(m, sentence) for m in sentence.dates
        ):
            found.append((value, since, at, stop))
    return found


def _same_episode(sentence: Sentence, value: str, main: str | None) -> bool:
    """Whether the day ``value`` is at most ``same_episode_days`` from the main day: the
    main incident's episode ("the siege began early on Friday"), unless told elsewhere
    ("two days earlier six men were killed in an ambush at Munima")."""
    if main is None or len(value) != 10 or len(main) != 10:
        return False
    days = sentence.doc.lexicon.rules(DateRules).same_episode_days
    return abs((date.fromisoformat(main) - date.fromisoformat(value)).days) <= days


def _opens_other(mention: DateMention, sentence: Sentence) -> bool:
    """Whether ``mention`` is a relative date of a period before the main one's
    (``[related].other_period``) that opens the sentence ("Last week a blast injured 40";
    not "killed in Baga last week", the main incident told)."""
    other = sentence.doc.lexicon.rules(_other_period)
    opening = sentence.text[sentence.dateline_end : mention.start].strip(" ,—–-")
    return not opening and bool(other.match(mention.text))


def _beside_clause(
    work: Work, sentence: Sentence, location: Location | None
) -> tuple[int, str] | None:
    """Where a main sentence's clause telling another act beside the main one opens, and
    the place it names: opened after a comma or "and" by a ``[related].beside`` word, or
    where the sentence's earlier clause opens (``TimeCues.elsewhere``: ", hours after a car
    bomb exploded ... in central Oslo"); it cues an act of its own and names where it
    happened, a place not the main incident's ("killing 85 at the camp, hours after a bomb
    in Oslo"; not "and minutes later the gunman fled across the square"), an act of force
    (not "weeks after a ceasefire agreed in Geneva")."""
    text = sentence.text
    starts = [m.end() for m in work.lexicon.rules(_beside_inside).finditer(text)]
    earlier = work.lexicon.rules(DateRules).earlier_clause.search(text, sentence.folded)
    if earlier is not None:
        starts.append(earlier.end())
    for start in sorted(starts):
        where = incident_place(work, sentence, start, len(text), strict=True)
        if where is None or location is None or same_place(where, location):
            continue
        cue = work.doc.cue(text[start:])
        if cue is not None and cue.event_type != EventType.strategic_developments:
            return start, where
    return None


def _beside_inside(lexicon: Lexicon) -> re.Pattern[str]:
    """A ``[related].beside`` word opening a clause after a comma or "and"."""
    words = alternation(lexicon.section("related")["beside"])
    return re.compile(rf"(?:,|;|\band)\s+{words}", re.IGNORECASE)


def _other_period(lexicon: Lexicon) -> re.Pattern[str]:
    """The relative dates of a period before the main incident's (``[related].other_period``)."""
    return re.compile(rf"{alternation(lexicon.section('related')['other_period'])}$", re.I)
