"""Where, who says what, when and how many: the location, claims, date and casualty rules
on sentences of the tests' own wording."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import gazetteer, placewords
from summarizer.schema import IncidentBrief


def _brief(text: str, published: str = "2024-05-20") -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published))


def test_a_town_knows_its_first_level_region() -> None:
    lexicon = default_lexicon()
    town = lexicon.rules(gazetteer.CityRules).town("Peshawar")
    assert town is not None and (town.country, town.admin1) == ("PK", "Khyber Pakhtunkhwa")
    # GeoNames' administrative prefixes and stale names give way to the press's
    assert placewords.town_region("Muhafazat Kirkuk", lexicon) == "Kirkuk"
    assert placewords.town_region("Kashmir", lexicon) == "Jammu and Kashmir"


def test_a_town_named_without_its_region_gives_the_region() -> None:
    brief = _brief(
        "A grenade thrown at a crowded bus stop in Peshawar wounded six people on Sunday, "
        "police said."
    )
    assert (brief.location.country_code, brief.location.place) == ("PK", "Peshawar")
    assert brief.location.admin1 == "Khyber Pakhtunkhwa"


def test_a_region_the_text_names_wins_over_the_towns() -> None:
    brief = _brief(
        "Gunmen shot dead two traders near Mandalay in central Myanmar's Sagaing region on "
        "Friday, residents said."
    )
    assert brief.location.admin1 == "Sagaing"


def test_the_most_specific_place_of_the_lead_is_the_place() -> None:
    # a village introduced by an apposition, measured from a town: the village
    brief = _brief(
        "Gunmen killed five farmers in Dabagi, a village in Nigeria's Katsina state about "
        "40 km from the town of Funtua, on Sunday, police said."
    )
    assert (brief.location.place, brief.location.admin1) == ("Dabagi", "Katsina")
    # "in X, in the Y region": X, with the region
    brief = _brief(
        "Militants attacked an army post at Tessit, in the Gao region of Mali, on Sunday."
    )
    assert (brief.location.place, brief.location.admin1) == ("Tessit", "Gao")


def test_a_district_of_a_city_is_the_place_and_the_city_gives_the_region() -> None:
    brief = _brief(
        "A bomb exploded at a bus stop in Kabul's Dasht-e-Barchi neighbourhood on Monday, "
        "killing four people, Afghan police said."
    )
    assert (brief.location.place, brief.location.admin1) == ("Dasht-e-Barchi", "Kabul")


def test_where_the_wounded_were_taken_is_not_the_place() -> None:
    brief = _brief(
        "Gunmen attacked a bus in Garsen, in Kenya's Tana River county, on Tuesday, killing "
        "two passengers. Three wounded passengers were airlifted to Nairobi for treatment."
    )
    assert brief.location.place == "Garsen"


def test_a_street_keeps_its_noun_and_a_sea_is_the_place_at_sea() -> None:
    brief = _brief(
        "Police fired tear gas at protesters marching on Independence Avenue in Accra, Ghana, "
        "on Thursday."
    )
    assert brief.location.place == "Independence Avenue"
    brief = _brief(
        "Pirates attacked a tanker in the Gulf of Guinea on Friday and kidnapped six crew "
        "members, the ship's operator said."
    )
    assert (brief.location.place, brief.location.country) == ("Gulf of Guinea", None)


def test_a_philippine_province_is_the_region_and_no_town_inside_its_name_counts() -> None:
    # "Samar" inside "Eastern Samar" is not the Russian city Samara's alias
    brief = _brief(
        "Rebels ambushed an army patrol in Dolores, Eastern Samar, on Tuesday, killing one "
        "soldier, the military said."
    )
    assert (brief.location.country_code, brief.location.admin1) == ("PH", "Eastern Samar")
    assert brief.location.place == "Dolores"
