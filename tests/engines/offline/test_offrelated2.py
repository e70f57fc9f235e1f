"""Related incidents (session 17, offrelated): the place a background incident's own clause
names by a proper name the gazetteer does not hold ("at Kharwadi Ridge", "at the Al-Noor
cattle market"), and a year told relative to the article's where a sentence opens ("Last
year ..."). Sentences written for these tests."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import RelatedIncident


def related(text: str, published: str) -> list[RelatedIncident]:
    return OfflineEngine().summarize(Article.from_text(text, published=published)).related_incidents


LEAD = (
    "Gunmen attacked a police checkpoint outside the city of Multan on Tuesday, "
    "killing five officers, the provincial police chief said. "
)


def test_a_proper_name_after_at_places_the_background_incident() -> None:
    found = related(
        LEAD
        + "In May 2011 militants overran a border post at Kharwadi Ridge, killing seven guards.",
        "2013-04-10",
    )
    assert [(r.date, r.place) for r in found] == [("2011-05", "Kharwadi Ridge")]
    # (a name that opens with a country the gazetteer read is that country: "in Iraq")
    country = related(
        LEAD + "In May 2011 a roadside bomb killed four soldiers in Iraq.", "2013-04-10"
    )
    assert [(r.date, r.place) for r in country] == [("2011-05", "Iraq")]


def test_a_name_after_the_keeps_its_head_and_a_date_is_no_name() -> None:
    found = related(
        LEAD + "In October 2010 a bomb went off at the Al-Noor cattle market, killing six traders.",
        "2013-04-10",
    )
    assert [(r.date, r.place) for r in found] == [("2010-10", "Al-Noor cattle market")]
    # ("in March 2012": a date, no place; the main incident's place stands in)
    dated = related(LEAD + "Gunmen shot dead three guards in March 2012.", "2013-04-10")
    assert [r.date for r in dated] == ["2012-03"]
    assert all(r.place is None or not r.place.startswith("March") for r in dated)


def test_a_sentence_opened_by_last_year_dates_the_year_before() -> None:
    found = related(
        LEAD + "Last year a grenade thrown into a bus station killed 11 people.", "2013-04-10"
    )
    assert [r.date for r in found] == ["2012"]
    # (told inside a clause, "banned last year", it dates no incident)
    clause = related(
        LEAD + "Police blamed the Lashkar group, which the government banned last year, "
        "for a string of shootings.",
        "2013-04-10",
    )
    assert all(r.date != "2012" for r in clause)


def test_a_month_bounding_a_period_dates_an_incident_when_its_clause_tells_a_toll() -> None:
    found = related(
        LEAD + "The province has been on alert since a truck bomb in February killed 19 pilgrims "
        "at a shrine in Dera Ghazi Khan.",
        "2013-04-10",
    )
    assert [(r.date, r.event_type) for r in found] == [("2013-02", "explosions_remote_violence")]
    # (a toll told after a comma is the period's, not the month's)
    held = related(
        LEAD + "Rebels have controlled the valley since they seized it in February, "
        "and 30 soldiers have died there.",
        "2013-04-10",
    )
    assert all(r.date != "2013-02" for r in held)


def test_a_clause_counted_after_inside_a_sentence_tells_an_earlier_act_elsewhere() -> None:
    found = related(
        LEAD + "The raid came three days after a shopkeeper was shot dead outside his stall "
        "in Bahawalpur.",
        "2013-04-10",
    )
    assert [(r.date, r.place) for r in found] == [("2013-04-06", "Bahawalpur")]
    # (opening the sentence, or placed where the main incident is, it is the main incident's)
    opening = related(
        LEAD + "Three days after the raid, a wounded officer died in hospital in Bahawalpur.",
        "2013-04-10",
    )
    same = related(
        LEAD + "The raid came three days after a shopkeeper was shot dead in Multan.",
        "2013-04-10",
    )
    assert opening == [] and same == []
