"""Weapons, tolls, dates and places in long articles: background, updates, ages, clauses."""

from __future__ import annotations

from datetime import date

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.dates import find_dates
from summarizer.schema import IncidentBrief


def _brief(text: str, published: str | None = None, title: str | None = None) -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published, title=title))


def _range(value: object) -> tuple[int, int] | None:
    return None if value is None else (value.min, value.max)  # type: ignore[attr-defined]


def test_last_weekday_on_that_weekday_is_a_week_before() -> None:
    wednesday = date(2024, 1, 10)
    assert [m.value for m in find_dates("last Wednesday", default_lexicon(), wednesday)] == [
        "2024-01-03"
    ]
    # without "last" the weekday of publication is the day itself
    assert [m.value for m in find_dates("on Wednesday", default_lexicon(), wednesday)] == [
        "2024-01-10"
    ]


def test_the_day_a_toll_rose_does_not_date_the_incident() -> None:
    text = (
        "The death toll from a bombing outside a school in the capital rose to 85 on Monday, "
        "officials said. A car bomb exploded outside the gates on Saturday afternoon."
    )
    assert _brief(text, "2021-05-10").date == "2021-05-08"


def test_an_incident_earlier_this_month_is_background() -> None:
    text = (
        "Gunmen killed 44 worshippers at a mosque in the village of Fambita on 21 March, "
        "officials said. Earlier this month, on 10 March, gunmen killed 12 people at a "
        "market in Banibangou."
    )
    assert _range(_brief(text, "2025-03-25").killed) == (44, 44)


def test_a_series_of_raids_striking_is_the_incident_not_history() -> None:
    text = (
        "A hospital in Kunduz was destroyed, the charity said on Sunday. At 2:08 a.m. on "
        "Saturday, a series of aerial bombing raids struck the trauma centre."
    )
    brief = _brief(text, "2015-10-04")
    assert brief.date == "2015-10-03"
    assert "aircraft" in brief.weapons
    text = (
        "Gunmen killed five villagers in Kajuru on Friday. The raid was the latest in a "
        "series of attacks that killed 30 people in the district."
    )
    assert _range(_brief(text, "2024-02-10").killed) == (5, 5)


def test_revenge_for_an_earlier_operation_is_background() -> None:
    text = (
        "A bomb killed four people at a university gym in Marawi on Sunday. The defence "
        "secretary said the attack might have been revenge for an army operation on Friday "
        "that killed 11 militants."
    )
    assert _range(_brief(text, "2023-12-04").killed) == (4, 4)
