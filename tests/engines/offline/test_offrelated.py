"""Related incidents (session 13, offrelated): year-only dates, months named alone, the main
incident told again, two incidents in one sentence, and the place a background sentence
leaves unnamed."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import RelatedIncident


def related(text: str, published: str) -> list[RelatedIncident]:
    return OfflineEngine().summarize(Article.from_text(text, published=published)).related_incidents


LEAD = (
    "Suicide bombers struck two cafes in the port city of Mersin on Saturday evening, "
    "killing 14 people and wounding 40, police said. "
)


def test_a_year_named_alone_dates_an_earlier_incident() -> None:
    found = related(
        LEAD + "In 1998 a car bomb exploded outside the city's main market, killing nine people.",
        "2009-05-03",
    )
    assert [(r.date, r.event_type) for r in found] == [("1998", "explosions_remote_violence")]


def test_a_year_after_since_bounds_a_period_unless_a_toll_follows_it() -> None:
    bound = related(
        LEAD
        + "The city has seen a string of killings since the army took control of the port in 2004.",
        "2009-05-03",
    )
    assert all(r.date != "2004" for r in bound)
    told = related(
        LEAD + "It was the deadliest attack in the city since 1996, "
        "when four guards were killed in an ambush.",
        "2009-05-03",
    )
    assert [r.date for r in told] == ["1996"]


def test_the_main_incidents_own_year_is_no_related_date() -> None:
    found = related(
        LEAD + "It was the third bombing in the province in 2009, officials said.", "2009-05-03"
    )
    assert all(r.date != "2009" for r in found)


def test_a_month_named_alone_dates_an_earlier_incident_when_it_bounds_no_period() -> None:
    found = related(
        LEAD + "In February a car bomb exploded outside the governor's office, killing six people.",
        "2009-05-03",
    )
    assert [r.date for r in found] == ["2009-02"]


def test_the_main_incident_told_again_is_not_related() -> None:
    found = related(
        LEAD + "In 1998 a car bomb killed nine people at the market. "
        "Analysts said Saturday's bombings showed that the cells had regrouped.",
        "2009-05-03",
    )
    assert [r.date for r in found] == ["1998"]


def test_two_incidents_of_different_months_in_one_sentence_are_two() -> None:
    found = related(
        LEAD + "The same group was blamed for a truck bomb in Adana in August 2003, "
        "which killed 12 people, and for a car bomb outside a hotel in Antalya "
        "on 9 September 2004, killing nine.",
        "2009-05-03",
    )
    assert [(r.date, r.place) for r in found] == [("2003-08", "Adana"), ("2004-09-09", "Antalya")]


def test_a_background_incident_that_names_no_place_takes_the_main_incidents() -> None:
    found = related(
        LEAD + "On 12 March 1993, a series of explosions hit hotels and offices "
        "across the city, killing 250.",
        "2009-05-03",
    )
    assert [(r.date, r.place) for r in found] == [("1993-03-12", "Mersin")]


def test_a_weekday_beside_a_dated_incident_dates_no_second_one() -> None:
    found = related(
        LEAD
        + "Previously, a bomb exploded at a mosque in Adana in May 2007 during Friday prayers, "
        "killing nine people, and in October 2007 a blast at a shrine in Bursa killed three.",
        "2009-05-07",
    )
    assert [(r.date, r.place) for r in found] == [("2007-05", "Adana"), ("2007-10", "Bursa")]


def test_the_place_after_a_period_bound_is_its_incidents() -> None:
    found = related(
        LEAD + "It was the worst attack in Turkey since October 2003, "
        "when truck bombs hit two synagogues in Istanbul, killing 23 people.",
        "2009-05-03",
    )
    assert [(r.date, r.place) for r in found] == [("2003-10", "Istanbul")]
