"""offplaces10: places in unseen reports.

Covers: a city's old or other English name that both WordNet (a noun.location synset with
the city's name) and GeoNames (an alternate name of the city) give is the city ("Bombay"
is Mumbai, "Leningrad" Saint Petersburg, "Constantinople" Istanbul), while another town's
own name is never taken by such a name; an old-style wire dateline whose date ends in a
stop, the year too ("SAN JUAN, Puerto Rico, May 2. -", "WASHINGTON, Sept. 16, 1920. -"),
is a dateline, and its town places a report that names no other place; a people's name
before an agent word says whose even after a locative word ("outside the Greek
consulate" in Istanbul, "at the Indian embassy in Kabul"), as does one opening an
organisation's name ("the Palestinian Red Crescent said"), while a people's name before a
place noun still places ("in the Syrian town of X"). Sentences written for these tests.
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan import gazetteer, places


def _towns(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.country) for c, _, _ in gazetteer.find_cities(text, default_lexicon())]


def test_an_old_name_both_wordnet_and_geonames_give_is_the_city() -> None:
    assert _towns("Shells fell on Leningrad and on Stalingrad that winter.") == [
        ("Saint Petersburg", "RU"),
        ("Volgograd", "RU"),
    ]
    assert _towns("A riot began in Bombay and spread to Rangoon.") == [
        ("Mumbai", "IN"),
        ("Yangon", "MM"),
    ]
    assert _towns("The fleet sailed for Constantinople.") == [("Istanbul", "TR")]
    # counter-example: another town's own name is not taken by a big city's alias
    # ("Ariel" stays the town, though GeoNames lists it among Jerusalem's names)
    assert _towns("Settlers marched in Ariel.") == [("Ariel", "IL")]


def test_an_old_style_dateline_with_a_stop_after_its_date_is_a_dateline() -> None:
    lexicon = default_lexicon()
    text = "SAN JUAN, Puerto Rico, May 2. - Gunmen fired on a police car."
    assert text[places.dateline_end(text, lexicon) :] == "Gunmen fired on a police car."
    text = "WASHINGTON, Sept. 16, 1920. - A bomb went off at noon."
    assert text[places.dateline_end(text, lexicon) :] == "A bomb went off at noon."
    # counter-example: a sentence with a dash is no dateline
    assert places.dateline_end("Police said - and rightly - that no one died.", lexicon) == 0


def _where(text: str) -> tuple[str | None, str | None]:
    brief = draft_brief(Article.from_text(text, published="2000-06-09"))
    return (brief.location.country, brief.location.place)


def test_the_old_style_dateline_town_places_a_report_naming_no_other_place() -> None:
    # a people's word ("British") is no place; the dateline's town is where it was filed
    assert _where(
        "ATHENS, June 8, 2000. - Two men on a motorcycle shot dead a British officer in a "
        "traffic jam."
    ) == ("Greece", "Athens")
    assert _where(
        "SAN JUAN, Puerto Rico, May 2. - Gunmen fired on a police patrol car, killing two officers."
    ) == ("Puerto Rico", "San Juan")


def test_a_peoples_name_before_an_agent_word_says_whose_even_after_a_locative() -> None:
    assert _where(
        "ISTANBUL - A bomb went off outside the Greek consulate on Tuesday, shattering "
        "windows along the street."
    ) == ("Turkey", "Istanbul")
    assert (
        _where("A suicide bomber blew himself up at the Indian embassy gate in Kabul on Monday.")[0]
        == "Afghanistan"
    )
    # counter-example: before a place noun a people's name still places the town
    assert (
        _where("Shells fell on the Syrian town of Ras al-Ain on Tuesday, wounding five children.")[
            0
        ]
        == "Syria"
    )


def test_a_peoples_name_opening_an_organisations_name_is_not_where() -> None:
    assert _where(
        "KISUMU - A mob burned a church on Sunday, the Tanzanian Red Cross said, and two "
        "Tanzanian Red Cross volunteers were among the hurt."
    ) == ("Kenya", "Kisumu")
    # counter-example: the town the deed is put in stays the place
    assert _where(
        "A mob burned a church at the edge of Eldoret on Sunday, and the Ugandan Red Cross "
        "said five people were dead."
    ) == ("Kenya", "Eldoret")
