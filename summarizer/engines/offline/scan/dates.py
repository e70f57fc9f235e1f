"""Dates in text, resolved to ISO strings as precisely as the text allows; and the cues that
set a sentence at another time than the incident's.

Handles explicit dates ("7 February 2024", "February 7th, 2024", "2024-02-07"), month and
year ("in March 2023"), yearless dates ("February 7th"), anniversaries ("Forty years ago today": the publication
day that many years before, unless the text gives a full date), weekdays ("on Tuesday", "late
Sunday"; "last Wednesday" is never the publication day itself) and relative words ("yesterday", "two days ago", "last night", "last week", "this month"); the
vocabulary and the patterns, in the order they are tried, are in ``data/dates.toml``.

Yearless and relative dates need an anchor: the publication date when known. A yearless
date without one takes the single year the article mentions, if there is exactly one;
weekdays and relative words without an anchor are left unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.numbers import parse_number
from summarizer.engines.offline.patterns import alternation, expand
from summarizer.engines.offline.patternstore import compiled
from summarizer.engines.offline.prefilter import Gated

__all__ = [
    "POSSESSIVE",
    "DateMention",
    "DateRules",
    "TimeCues",
    "article_year",
    "find_dates",
    "full_date",
    "resolve",
    "time_cues",
]


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text and what it resolves to (None when it cannot).

    ``reported``: the date follows a verb of speech ("said on Sunday"): it dates a
    statement, not what the statement is about. ``bound``: it opens or closes a period
    ("held since April", "until June 5"): it dates no act, though it sets its sentence at
    that time."""

    text: str
    start: int
    end: int
    kind: str
    value: str | None
    reported: bool = False
    bound: bool = False


@dataclass(frozen=True)
class TimeCues:
    """What sets a sentence at another time than the incident's: a background cue ("since",
    "last year"), a cumulative tally ("so far this year"), or an opening in a month or year
    of its own ("In December, ..."; ``month`` 1-12, ``year`` as written); and where a clause
    about an earlier incident opens (``elsewhere``: "..., a day after a knife attack killed
    three girls"), None without one: what follows it is no part of the sentence's incident."""

    background: bool
    cumulative: bool
    month: int | None
    year: str | None
    elsewhere: int | None = None
    #: every year the sentence names ("a five-month siege in 2017"), as written
    years: tuple[str, ...] = ()


class DateRules:
    """The date vocabulary of one lexicon, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("dates")
        self.months: dict[str, int] = section["months"]
        self.weekdays: dict[str, int] = section["weekdays"]
        #: a fixed-date holiday's name: its month and day
        self.holidays: dict[str, tuple[int, int]] = {
            name: (month, day) for name, (month, day) in section["holidays"].items()
        }
        self.future_before = compiled(section["future_before"], re.IGNORECASE)
        #: words that make a sentence's day a verdict's, or a finding's or death's
        self.verdict_words = frozenset(w.lower() for w in section["aftermath"]["verdict"])
        self.found_words = frozenset(w.lower() for w in section["aftermath"]["found"])
        self.relative: dict[str, str] = {
            word: rule for rule, words in section["relative"].items() for word in words
        }
        fragments = dict(section["fragments"])
        fragments["month"] = (
            "(?P<month>" + "|".join(sorted(self.months, key=len, reverse=True)) + r")\.?"
        )
        fragments["weekday"] = list(self.weekdays)
        fragments["holiday"] = [re.escape(name) for name in self.holidays]
        fragments["relative"] = sorted(self.relative, key=len, reverse=True)
        self.patterns = [
            (
                p["kind"],
                Gated(
                    expand(p["pattern"], fragments),
                    re.IGNORECASE if p.get("ignore_case", True) else 0,
                ),
            )
            for p in section["patterns"]
        ]
        background = section["background"]
        bounded = r"\b{}\b"
        self.background = Gated(
            bounded.format(alternation(expand(c, fragments) for c in background["cues"])),
            re.IGNORECASE,
        )
        self.cumulative = Gated(
            bounded.format(alternation(expand(c, fragments) for c in background["cumulative"])),
            re.IGNORECASE,
        )
        self.period_opening = compiled(expand(background["period_opening"], fragments))
        self.earlier_clause = Gated(background["earlier_clause"], re.IGNORECASE)
        self.month_names = [m.lower() for m in fragments["month_name"]]
        self.speech_before = compiled(background["speech_before"], re.IGNORECASE)
        self.bound_before = compiled(background["bound_before"], re.IGNORECASE)
        self.same_episode_days = int(background["same_episode_days"])
        self.cumulative_from = int(background["cumulative_from"])
        self.date_sentences = int(background["date_sentences"])
        self.scene_days = int(background["scene_days"])
        self.aftermath_days = int(background["aftermath_days"])


def _valid(year: int, month: int, day: int | None) -> bool:
    try:
        date(year, month, day or 1)
    except ValueError:
        return False
    return True


def _yearless(month: int, day: int, anchor: date | None, fallback_year: int | None) -> str | None:
    if anchor is not None:
        year = anchor.year
        # A yearless date after the publication date belongs to the year before.
        if _valid(year, month, day) and date(year, month, day) > anchor + timedelta(days=1):
            year -= 1
        return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    if fallback_year is not None and _valid(fallback_year, month, day):
        return f"{fallback_year:04d}-{month:02d}-{day:02d}"
    return None


#: The kinds of a full date, which win over an anniversary's count in the same text.
_FULL = frozenset({"iso", "mdy", "dmy"})

#: The relative rules that name a day some days before the publication date.
_DAYS_BACK = {"day_before": 1, "two_days_before": 2, "three_days_before": 3}


def _relative(rule: str, anchor: date | None) -> str | None:
    if anchor is None:
        return None
    back = _DAYS_BACK.get(rule)
    if back is not None:  # "yesterday", "two days ago"
        return (anchor - timedelta(days=back)).isoformat()
    if rule == "same_day":
        return anchor.isoformat()
    if rule == "week_before":
        return (anchor - timedelta(days=7)).strftime("%Y-%m")
    if rule == "same_month":
        return anchor.strftime("%Y-%m")
    if rule == "weekend":
        saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
        return saturday.strftime("%Y-%m")  # the month of the last weekend's Saturday
    if rule == "month_before":
        return (anchor.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    return None


def resolve(
    kind: str,
    groups: dict[str, str | None],
    rules: DateRules,
    anchor: date | None,
    fallback_year: int | None,
) -> str | None:
    """ISO value of one matched expression (``data/dates.toml``), or None."""
    month_raw = groups.get("month")
    month = None
    if month_raw:
        month = (
            int(month_raw) if month_raw.isdigit() else rules.months[month_raw.lower().rstrip(".")]
        )
    day_raw, year_raw = groups.get("day"), groups.get("year")
    day = int(day_raw) if day_raw else None
    year = int(year_raw) if year_raw else None
    if kind in {"iso", "mdy", "dmy"} and year and month and day:
        return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    if kind == "my" and year and month:
        return f"{year:04d}-{month:02d}"
    if kind in {"md", "dm"} and month and day:
        if anchor is not None and groups.get("last_year"):  # "on 22 July last year"
            year = anchor.year - 1
            return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
        return _yearless(month, day, anchor, fallback_year)
    if kind == "m" and month:  # "in late March": the last such month up to the anchor
        if anchor is not None and groups.get("last_year"):
            year = anchor.year - 1  # "in March last year"
        elif anchor is not None:
            year = anchor.year if month <= anchor.month else anchor.year - 1
        else:
            year = fallback_year
        return f"{year:04d}-{month:02d}" if year else None
    if kind == "holiday" and groups.get("holiday") in rules.holidays:
        month, day = rules.holidays[str(groups["holiday"])]
        return _yearless(month, day, anchor, fallback_year)
    if kind == "weekday" and groups.get("weekday") and anchor is not None:
        back = (anchor.weekday() - rules.weekdays[str(groups["weekday"]).lower()]) % 7
        if groups.get("next"):  # the coming such day (``[dates].future_before``)
            ahead = (-back) % 7 or (7 if groups["next"] == "next" else 0)
            return (anchor + timedelta(days=ahead)).isoformat()
        if groups.get("last") and back == 0:  # "last Wednesday", written on a Wednesday
            back = 7
        return (anchor - timedelta(days=back)).isoformat()
    if kind == "relative" and groups.get("rel"):
        return _relative(rules.relative.get(str(groups["rel"]).lower(), ""), anchor)
    if kind == "anniversary" and anchor is not None:
        return _years_before(groups, anchor)
    return None


def _years_before(groups: dict[str, str | None], anchor: date) -> str | None:
    """An anniversary's day ("Forty years ago today": the publication day forty years
    before; "ten years ago this week": that month), None when the count is no number."""
    years = parse_number(str(groups.get("years") or groups.get("years_on") or ""))
    if not years:
        return None
    year = anchor.year - years
    if year < 1:
        return None
    day = anchor.day if _valid(year, anchor.month, anchor.day) else anchor.day - 1
    if str(groups.get("span") or "").lower().replace(" ", "") in {"thisweek", "thismonth"}:
        return f"{year:04d}-{anchor.month:02d}"
    return f"{year:04d}-{anchor.month:02d}-{day:02d}"


_YEAR_ONLY = re.compile(r"\b((?:19|20)\d\d)\b")


#: What makes a date a possessive ("Sunday's election"): it then names an event, not a day
#: something was said or done on.
POSSESSIVE = ("'s", "\u2019s")


def article_year(text: str) -> int | None:
    """The one year an article mentions, if it mentions exactly one."""
    years = {int(y) for y in _YEAR_ONLY.findall(text)}
    return years.pop() if len(years) == 1 else None


def find_dates(
    text: str,
    lexicon: Lexicon,
    anchor: date | None = None,
    fallback_year: int | None = None,
    folded: str | None = None,
) -> list[DateMention]:
    """Every date expression in ``text``, leftmost first, longer matches winning overlaps;
    ``folded``: ``text`` case-folded, when the caller has it."""
    rules = lexicon.rules(DateRules)
    folded = lexicon.fold(text) if folded is None else folded
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in rules.patterns:
        for match in pattern.finditer(text, folded):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            groups = match.groupdict()
            if kind == "weekday":
                future = rules.future_before.search(text[max(0, start - 50) : start])
                if future is not None:  # "a truce starting on Saturday": the coming one
                    groups["next"] = "next" if future.group(0).rstrip().endswith("next") else "soon"
            value = resolve(kind, groups, rules, anchor, fallback_year)
            taken.append((start, end))
            # "claimed last night's attack": a possessive names an event, not the statement's day
            reported = rules.speech_before.search(
                text[max(0, start - 40) : start]
            ) is not None and not text.startswith(POSSESSIVE, end)
            bound = rules.bound_before.search(text[max(0, start - 80) : start]) is not None
            found.append(DateMention(text[start:end], start, end, kind, value, reported, bound))
    found.sort(key=lambda m: m.start)
    if any(m.kind in _FULL and m.value for m in found):  # "... ago today, on 30 April 1977"
        found = [replace(m, value=None) if m.kind == "anniversary" else m for m in found]
    return [_previous(m, found[:i]) if m.kind == "previous" else m for i, m in enumerate(found)]


def _previous(mention: DateMention, before: list[DateMention]) -> DateMention:
    """ "the previous afternoon": the day before the last full day named before it."""
    days = [m.value for m in before if m.value and len(m.value) == 10]
    if not days:
        return mention
    value = (date.fromisoformat(days[-1]) - timedelta(days=1)).isoformat()
    return replace(mention, value=value)


def full_date(text: str, lexicon: Lexicon, fallback_year: int | None) -> date | None:
    """The first full date ``text`` gives ("ABUJA, 19 February 2024 -"), if any."""
    for mention in find_dates(text, lexicon, None, fallback_year):
        if mention.value and len(mention.value) == 10:
            return date.fromisoformat(mention.value)
    return None


def time_cues(text: str, lexicon: Lexicon, folded: str | None = None) -> TimeCues:
    """The cues that set ``text`` at another time (:class:`TimeCues`)."""
    rules = lexicon.rules(DateRules)
    folded = lexicon.fold(text) if folded is None else folded
    opening = rules.period_opening.match(text)
    month = year = None
    if opening is not None:
        year = opening.group("year")
        if opening.group("month"):
            month = rules.month_names.index(opening.group("month").lower()) + 1
    clause = rules.earlier_clause.search(text, folded)
    return TimeCues(
        rules.background.search(text, folded) is not None,
        rules.cumulative.search(text, folded) is not None,
        month,
        year,
        None if clause is None else clause.start(),
        tuple(_YEAR_ONLY.findall(text)),
    )
