"""offplaces8: where it happened, not whose people were there.

Covers: the place's gazetteer town decides the country over a country the text never
places (only its people, its weapons or where they came from: "an Australian surgeon
from Western Australia ... the town of Djibo"), not over one the text puts the deed in
("in Pakistan"); a country's or a people's name whose noun phrase ends in a person's role
("one of Paraguay's best-known prosecutors", "a Canadian geologist") is a nationality,
while one before a place noun still places ("in Paraguay's capital"); "the X district of
Y" reads Y as the town X lies in when Y is a single word ("the Sherpur district of Kabul"
is no district of Bangladesh), and a district of the same country stays its own; a town
the headline names is a country the article names, so a small foreign town's alias inside
a longer name ("in Ben Aknoun": Bern) does not win. Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan.places import find_countries
from summarizer.engines.offline.scan.placewords import nationality
from summarizer.schema import Location


def _where(text: str, title: str | None = None) -> Location:
    """The location the engine gives a short report."""
    return draft_brief(Article.from_text(text, published="2019-05-14", title=title)).location


def test_the_place_town_decides_over_nationalities() -> None:
    where = _where(
        "An elderly Australian eye surgeon from Western Australia and his wife were led away "
        "by armed men from their house in the small town of Djibo late on Friday, "
        "security sources said."
    )
    assert (where.country, where.admin1, where.place) == ("Burkina Faso", "Sahel", "Djibo")
    # counter-example: a country the text puts the deed in keeps it, homonym town or not
    where = _where(
        "Armed men kidnapped a Canadian teacher in Pakistan on Friday from a school in the "
        "small town of Hyde, police said."
    )
    assert where.country == "Pakistan"


def _nationality(text: str) -> list[bool]:
    """For each country or people the text names: is it a person's nationality?"""
    lexicon = default_lexicon()
    return [nationality(text, hit, lexicon) for hit in find_countries(text, lexicon)]


def test_a_country_before_a_persons_role_is_a_nationality() -> None:
    assert _nationality("He was one of Paraguay's best-known prosecutors.") == [True]
    assert _nationality("An Australian eye surgeon was taken.") == [True]
    # counter-examples: before a place noun, a force or a weapon it is no person's
    assert _nationality("They met in Paraguay's capital.") == [False]
    assert _nationality("Australian troops arrived.") == [False]


def test_a_district_of_a_one_word_town() -> None:
    where = _where(
        "A drone fired two missiles at a house in the Sherpur district of Kabul early on "
        "Sunday, killing a militant leader, officials said."
    )
    assert (where.country, where.admin1) == ("Afghanistan", "Kabul")
    # counter-example: a district of its own country stays its own
    where = _where(
        "Floods aside, a mob torched a school in the Sherpur district of Bangladesh on "
        "Sunday, officials said."
    )
    assert where.country == "Bangladesh"


def test_the_headline_town_names_its_country() -> None:
    where = _where(
        "Two suicide bombers drove trucks packed with explosives into the court building in "
        "Ben Aknoun on Tuesday morning, killing dozens, officials said.",
        title="Twin truck bombs strike court in Algiers",
    )
    assert where.country == "Algeria"
    # counter-example: a headline town does not move a place the text names as its own
    where = _where(
        "A bomb exploded in Bern on Tuesday morning outside a bank, injuring two people, "
        "police said.",
        title="Algiers court trial opens as bomb hits bank",
    )
    assert where.country == "Switzerland"


def test_a_district_named_after_a_locative_word_in_its_countrys_sentence() -> None:
    where = _where(
        "Sri Lankan police fired on farmers in Polonnaruwa on Monday, killing one man, "
        "officials said."
    )
    assert (where.country, where.admin1) == ("Sri Lanka", "North Central Province")
    # counter-example: in a sentence that names another country only, no district of it
    where = _where(
        "Indian troops clashed with militants in Polonnaruwa on Sunday, killing four, "
        "officials said."
    )
    assert where.country == "India"


def test_a_place_where_a_speaker_reported_from() -> None:
    where = _where(
        "An American nurse was shot dead on Monday at a clinic in Niger, officials said. In "
        "Washington, the State Department said it was seeking details from the government."
    )
    assert where.country == "Niger"
    # counter-example: a sentence that reports the deed itself places it
    where = _where(
        "In Washington, police said a gunman shot dead two people outside a bar on Monday. "
        "A Nigerien man was among them, officials said."
    )
    assert where.country == "United States"
