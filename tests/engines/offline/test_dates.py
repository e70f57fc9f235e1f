from __future__ import annotations

from datetime import date

from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.dates import article_year, find_dates

PUB = date(2024, 2, 8)  # a Thursday


def values(text: str, anchor: date | None = PUB, year: int | None = None) -> list[str | None]:
    return [m.value for m in find_dates(text, default_lexicon(), anchor, year)]


def test_explicit_dates() -> None:
    assert values("on 7 February 2024 and February 9th, 2023 and 2022-12-01") == [
        "2024-02-07",
        "2023-02-09",
        "2022-12-01",
    ]


def test_month_and_year_keeps_month_precision() -> None:
    assert values("fighting in March 2023") == ["2023-03"]


def test_yearless_dates_resolve_against_publication() -> None:
    assert values("A February 7th strike") == ["2024-02-07"]
    # a yearless date after publication belongs to the previous year
    assert values("since October 7th") == ["2023-10-07"]


def test_yearless_without_anchor_uses_the_articles_only_year() -> None:
    assert values("A February 7th strike", anchor=None, year=2024) == ["2024-02-07"]
    assert values("A February 7th strike", anchor=None) == [None]


def test_weekdays_and_relative_words() -> None:
    assert values("late on Tuesday") == ["2024-02-06"]
    assert values("on Thursday") == ["2024-02-08"]
    assert values("yesterday") == ["2024-02-07"]
    assert values("last week") == ["2024-02"]
    assert values("on Tuesday", anchor=None) == [None]


def test_may_the_verb_is_not_a_month() -> None:
    assert values("officials said casualties may rise") == []


def test_article_year() -> None:
    assert article_year("Copyright 2024, the wire") == 2024
    assert article_year("from 2023 to 2024") is None


def test_a_month_named_alone_is_the_last_such_month() -> None:
    assert values("over several days in late March") == ["2023-03"]
    assert values("in early January") == ["2024-01"]
    assert values("in January", anchor=None, year=2021) == ["2021-01"]
    # only a capitalised month, and not one with a day
    assert values("residents in may return") == []
    assert values("in March 3 attacks") != ["2023-03"]


def _brief_date(text: str, published: str | None) -> str | None:
    from summarizer.article import Article
    from summarizer.engines.offline import OfflineEngine

    return OfflineEngine().summarize(Article.from_text(text, published=published)).date


def test_a_month_dates_the_incident_only_when_nothing_nearer_does() -> None:
    text = (
        "Soldiers killed about 300 men in the town of Moura over several days in late March, "
        "a rights group said on Tuesday."
    )
    assert _brief_date(text, "2022-04-05") == "2022-03"
    text = (
        "Troops killed 30 men in the town of Moura on Tuesday, weeks after militants had "
        "seized it in March."
    )
    assert _brief_date(text, "2022-04-07") == "2022-04-05"


def test_without_a_publication_date_the_dateline_anchors_weekdays() -> None:
    text = (
        "ABUJA, 19 February 2024 - Bandits killed 11 villagers in an attack on the town of "
        "Kajuru on Saturday, residents said."
    )
    assert _brief_date(text, None) == "2024-02-17"


def test_an_anniversary_does_not_set_a_lead_sentence_in_the_past() -> None:
    from summarizer.article import Article
    from summarizer.engines.offline import OfflineEngine

    text = (
        "Two bombs killed 84 people on Wednesday, officials said. The blasts struck near a "
        "shrine in the city of Kerman as crowds marked the anniversary of a general's death."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-01-03"))
    assert brief.location.place == "Kerman"


def test_a_month_named_alone_dates_no_related_incident() -> None:
    from summarizer.article import Article
    from summarizer.engines.offline import OfflineEngine

    text = (
        "A suicide bomber killed 40 worshippers at a mosque in Kunduz on Friday, police said. "
        "It was the deadliest attack since militants seized the city in mid-August."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2021-10-09"))
    assert all(r.date != "2021-08" for r in brief.related_incidents)


def test_a_dotted_day_month_year_is_a_date_and_a_figures_line_above_the_story_is_masthead() -> None:
    from summarizer.article import Article
    from summarizer.engines.offline import OfflineEngine

    text = (
        "POLICE MEDIA DIVISION\n18.09.2023\n\n"
        "A gang attacked a house at 22.45 hrs on 17.09.2023, killing two men."
    )
    brief = OfflineEngine().summarize(Article.from_text(text, published="2023-09-18"))
    assert brief.date == "2023-09-17"
