"""Where, on unseen wire copy (issue 13, offplaces5): a foreign state that mourns, sends
aid or speaks from its capital is no place; the dateline's town weighs more than a foreign
state's acts; each rule on sentences of the tests' own wording."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import placewords
from summarizer.schema import Location


def _where(text: str, published: str = "2021-06-14") -> Location:
    return OfflineEngine().summarize(Article.from_text(text, published=published)).location


def test_a_country_with_its_officials_after_the_possessive_says_whose() -> None:
    lexicon = default_lexicon()
    for name, rest in (
        ("Peru", "'s foreign minister said"),
        ("China", "'s interior ministry said"),
        ("Japan", " sent a plane"),
        ("Norway", " pledged help"),
    ):
        text = name + rest
        assert placewords.locative_weight(text, 0, len(name), lexicon) == 0.2, text
    # a region after the possessive still says where
    text = "Gunmen struck in Kenya's Lamu county"
    start = text.index("Kenya")
    assert placewords.locative_weight(text, start, start + 5, lexicon) == 2.0


def test_inside_a_town_is_no_landmark_but_its_edge_is() -> None:
    lexicon = default_lexicon()
    for text, away in (
        ("a blast in the south of ", False),
        ("a village 20 km north of ", True),
        ("the camp on the western edge of ", True),
    ):
        assert placewords.elsewhere(text + "Quito", len(text), lexicon) is away, text


def test_the_dateline_town_outweighs_a_foreign_state_that_speaks_and_sends() -> None:
    where = _where(
        "SAN DIEGO, California, June 14 - A gunman shot dead four shoppers at a supermarket "
        "on Sunday, police said. Canada's foreign minister said two of the dead were Canadian "
        "citizens and Canada would send consular staff."
    )
    assert where.country_code == "US"
    assert where.admin1 == "California"


def test_a_seat_of_government_abroad_weighs_little() -> None:
    where = _where(
        "PESHAWAR, June 14 - Gunmen fired on a bus carrying Nepal's volleyball team on "
        "Sunday, wounding two players. Nepal's government in Kathmandu said it would fly the "
        "team home; Pakistan's interior minister apologised."
    )
    assert where.country_code == "PK"


def test_a_town_placed_in_another_country_by_the_next_words_is_that_countrys() -> None:
    where = _where(
        "A car bomb exploded outside a bakery in Tripoli, Lebanon's second city, on Sunday, "
        "killing three people, the army said."
    )
    assert where.country_code == "LB"


def test_a_country_named_like_its_own_region_counts_once() -> None:
    # "Mexico" is the country and a state of it: read once, it no longer outweighs the
    # dateline's Texas
    where = _where(
        "LAREDO, Texas, June 14 - A man drove a pickup into a crowd at a fair on Sunday, "
        "killing three. Mexico's foreign ministry said two of the dead were Mexican citizens "
        "and that Mexico would seek the driver's extradition."
    )
    assert where.country_code == "US"


def test_a_subdistrict_before_its_province_is_the_place() -> None:
    where = _where(
        "Insurgents shot dead two rangers at a checkpoint in Ban Nam subdistrict of "
        "Narathiwat province, Thailand, on Sunday, the army said."
    )
    assert (where.country_code, where.place) == ("TH", "Ban Nam")


def test_a_region_named_in_the_background_gives_way_to_the_dateline_towns_own() -> None:
    where = _where(
        "QUETTA, Pakistan, June 14 - A man on a motorbike threw a grenade at a bus carrying "
        "staff of the provincial university in Quetta on Monday, wounding six teachers, "
        "police said.\n\nA separatist group said it carried out the attack. The federal "
        "government in Islamabad ordered an inquiry.\n\nTeachers have been attacked before, "
        "in Sindh and in Khyber Pakhtunkhwa."
    )
    assert (where.country_code, where.admin1) == ("PK", "Balochistan")
