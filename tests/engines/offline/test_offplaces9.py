"""offplaces9: where it happened, as ordinary news says it.

Covers: a town where a speaker spoke or an office sits ("the defence ministry in Bamako
said", "officials in Bamako and Paris now say") lends the incident no region and is no
place, while a town the deed is put in keeps both even when officials there speak too; a
name listed after the one a locative word opens ("in Jimbaran and Kuta") is a place of
the incident, one listed after a word of going ("flown to Denpasar and Surabaya") is not;
"onto" places; what a crowd protests ("protesting the war in Iraq") is not where the crowd
was; a town's region is named as the press names it ("Lazio", not GeoNames' "Latium";
"Marche", not "The Marches"), other regions unchanged. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.schema import Location


def _where(text: str, title: str | None = None) -> Location:
    """The location the engine gives a short report."""
    return draft_brief(Article.from_text(text, published="2019-05-14", title=title)).location


def _triple(text: str) -> tuple[str | None, str | None, str | None]:
    where = _where(text)
    return (where.country, where.admin1, where.place)


def test_a_speakers_seat_is_no_region_of_the_incident() -> None:
    assert _triple(
        "Jihadist fighters overran an army post at the village of Dioura overnight, the "
        "defence ministry in Bamako said."
    ) == ("Mali", None, "Dioura")
    assert _triple(
        "Mortar rounds fell on the hamlet of Takala overnight, the ministry said in Bamako."
    ) == ("Mali", None, "Takala")
    # counter-example: a town the deed is put in keeps its region, officials there or not
    assert _triple(
        "A grenade thrown into a crowded bar in Bamako killed three people on Friday, "
        "officials in Bamako said."
    ) == ("Mali", "Bamako", "Bamako")


def test_two_seats_and_an_adverb_before_the_verb() -> None:
    assert _triple(
        "Rebels ambushed a supply convoy outside the hamlet of Takala on Friday, killing nine "
        "soldiers, officials in Bamako and Paris now say."
    ) == ("Mali", None, "Takala")


def test_a_name_listed_after_a_locative_is_a_place() -> None:
    assert _triple(
        "Bombs went off in cafes in Jimbaran and Kuta on Saturday evening, killing 20 people."
    ) == ("Indonesia", "Bali", "Kuta")
    # counter-example: names listed after a word of going are where the wounded went
    assert _triple(
        "The wounded were flown to Denpasar and Surabaya after a bomb went off in a cafe in "
        "Kuta on Saturday."
    ) == ("Indonesia", "Bali", "Kuta")


def test_onto_places_a_town() -> None:
    assert _where("Artillery shells rained onto Kinmen overnight.").place == "Kinmen"


def test_what_a_crowd_protests_is_not_where_it_was() -> None:
    where = _where(
        "Students protesting the war in Iraq blocked the main bridge in Sydney on Thursday."
    )
    assert (where.country, where.place) == ("Australia", "Sydney")
    # counter-example: the crowd's own town after the protest's topic still places it
    where = _where(
        "Students protesting against the closure of the port marched in Kuta on Thursday."
    )
    assert (where.country, where.place) == ("Indonesia", "Kuta")


def test_regions_named_as_the_press_names_them() -> None:
    assert _where("Gunmen shot dead a magistrate outside his home in Rome on Tuesday.").admin1 == (
        "Lazio"
    )
    assert _where("A bomb went off at a bus stop in Ancona on Tuesday, wounding four.").admin1 == (
        "Marche"
    )
    # counter-example: a region GeoNames already names as the press does stays
    assert _where("Gunmen shot dead a magistrate outside his home in Milan on Tuesday.").admin1 == (
        "Lombardy"
    )
