"""Finding dates in text and resolving them to ISO strings, as precise as the text allows.

Handles explicit dates ("7 February 2024", "February 7th, 2024", "2024-02-07"), month and
year ("in March 2023"), yearless dates ("February 7th"), weekdays ("on Tuesday", "late
Sunday") and relative words ("yesterday", "last night", "last week", "this month").

Yearless and relative dates need an anchor: the publication date when known. A yearless
date without one takes the single year the article mentions, if there is exactly one;
weekdays and relative words without an anchor are left unresolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from summarizer.engines.offline._memo import memo_list
from summarizer.engines.offline._regex import LiteralScan, case_folded, fold_case

__all__ = ["DateMention", "find_dates", "resolve"]

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*,\s*|\s+){_YEAR}\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("my", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", re.I)),
    (
        "md",
        re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)(?!\s*(?:%|percent))", re.I),
    ),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s+(?:19|20)\d\d)", re.I)),
    (
        "weekday",
        re.compile(
            r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
        ),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>yesterday|today|tonight|this morning|this afternoon|this evening|last night"
            r"|overnight|last week|earlier this week|this week|last month|earlier this month|this month)\b",
            re.I,
        ),
    ),
]


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text and what it resolves to (None when it cannot)."""

    text: str
    start: int
    end: int
    kind: str
    value: str | None


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


def _relative(word: str, anchor: date | None) -> str | None:
    if anchor is None:
        return None
    word = word.lower()
    if word in {"yesterday", "last night", "overnight"}:
        return (anchor - timedelta(days=1)).isoformat()
    if word in {"today", "tonight", "this morning", "this afternoon", "this evening"}:
        return anchor.isoformat()
    if word in {"last week"}:
        return (anchor - timedelta(days=7)).strftime("%Y-%m")
    if word in {"earlier this week", "this week", "earlier this month", "this month"}:
        return anchor.strftime("%Y-%m")
    if word == "last month":
        first = anchor.replace(day=1) - timedelta(days=1)
        return first.strftime("%Y-%m")
    return None


def _weekday(name: str, anchor: date | None) -> str | None:
    if anchor is None:
        return None
    back = (anchor.weekday() - WEEKDAYS[name.lower()]) % 7
    return (anchor - timedelta(days=back)).isoformat()


def resolve(
    kind: str, groups: dict[str, str | None], anchor: date | None, fallback_year: int | None
) -> str | None:
    """ISO value of one matched expression (see :data:`_PATTERNS`), or None."""
    month_raw = groups.get("month")
    month = None
    if month_raw:
        month = int(month_raw) if month_raw.isdigit() else MONTHS[month_raw.lower().rstrip(".")]
    day_raw, year_raw = groups.get("day"), groups.get("year")
    day = int(day_raw) if day_raw else None
    year = int(year_raw) if year_raw else None
    if kind in {"iso", "mdy", "dmy"} and year and month and day:
        return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    if kind == "my" and year and month:
        return f"{year:04d}-{month:02d}"
    if kind in {"md", "dm"} and month and day:
        return _yearless(month, day, anchor, fallback_year)
    if kind == "weekday" and groups.get("weekday"):
        return _weekday(str(groups["weekday"]), anchor)
    if kind == "relative" and groups.get("rel"):
        return _relative(str(groups["rel"]), anchor)
    return None


_YEAR_ONLY = re.compile(r"\b((?:19|20)\d\d)\b")


@lru_cache(maxsize=64)
def article_year(text: str) -> int | None:
    """The one year an article mentions, if it mentions exactly one."""
    years = {int(y) for y in _YEAR_ONLY.findall(text)}
    return years.pop() if len(years) == 1 else None


@lru_cache(maxsize=1)
def _scan() -> LiteralScan:
    return LiteralScan([pattern for _, pattern in _PATTERNS])


@memo_list
def find_dates(
    text: str, anchor: date | None = None, fallback_year: int | None = None, offset: int = 0
) -> list[DateMention]:
    """Every date expression in ``text``, leftmost first, longer matches winning overlaps."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    folded = fold_case(text)
    possible = _scan().candidates(folded)  # most sentences name no month or day
    for index, ((kind, pattern), twin) in enumerate(zip(_PATTERNS, _twins(), strict=True)):
        if index not in possible:
            continue
        for match in twin.finditer(folded) if twin is not None else pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            # the groups as written (a twin matched the folded text)
            groups = {
                name: text[match.start(name) : match.end(name)] if match.start(name) >= 0 else None
                for name in pattern.groupindex
            }
            if kind == "md" and str(groups["month"]).lower() == "may" and not groups["day"]:
                continue
            value = resolve(kind, groups, anchor, fallback_year)
            taken.append((start, end))
            found.append(DateMention(text[start:end], start + offset, end + offset, kind, value))
    return sorted(found, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _twins() -> list[re.Pattern[str] | None]:
    """Case-sensitive twins of the patterns that ignore case, for the case-folded text."""
    return [case_folded(pattern) for _, pattern in _PATTERNS]
