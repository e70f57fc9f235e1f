"""A month told as the start of a period ("since the start of May"), a weekend, and a
person "shot during a speech" (issue 13; sentences written for these tests)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()


def _brief(text: str, published: str):
    return ENGINE.summarize(Article.from_text(text, published=published))


def test_a_period_since_or_throughout_a_month_dates_the_incident_to_that_month() -> None:
    brief = _brief(
        "Clashes between the army and rebels in the east have killed at least 45 people "
        "since the start of March, a monitoring group said.",
        "2021-03-19",
    )
    assert str(brief.date) == "2021-03"
    brief = _brief(
        "Militiamen attacked villages around Djugu throughout February, killing at least 60 "
        "civilians, the UN said.",
        "2020-03-04",
    )
    assert str(brief.date) == "2020-02"


def test_the_weekend_is_the_month_of_its_saturday_not_the_day_of_the_report() -> None:
    # published on a Monday, 2 December: the weekend was 30 November and 1 December
    brief = _brief(
        "Gunmen killed nine farmers in a village near Mopti at the weekend, officials said "
        "on Monday.",
        "2019-12-02",
    )
    assert str(brief.date) == "2019-11"


def test_a_person_shot_during_a_speech_or_on_the_way_home_is_an_attack() -> None:
    for text in (
        "A provincial governor was shot during a rally in Sindh on Friday and died in hospital.",
        "A union leader was shot on his way home from a meeting in Cali on Sunday.",
        "A judge died after being shot as she left a court in Cuernavaca on Monday.",
    ):
        brief = _brief(text, "2021-05-10")
        assert brief.incident is True, text
        assert brief.sub_event_type == SubEventType.attack, (text, brief.sub_event_type)


def test_protesters_shot_during_a_rally_are_still_force_against_protesters() -> None:
    brief = _brief(
        "Three protesters were shot dead during a rally against fuel prices in Conakry on "
        "Monday when police opened fire, witnesses said.",
        "2021-05-10",
    )
    assert brief.sub_event_type == SubEventType.excessive_force_against_protesters
