"""Where: places that hold other places, capitals named by their country, towns whose
names are common words, and sponsors glued to "-backed" (issue 13; each on the tests' own
wording, none of it a fixture's)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import gazetteer, placenames
from summarizer.schema import Location


def _where(text: str) -> Location:
    brief = OfflineEngine().summarize(Article.from_text(text, published="2024-05-20"))
    return brief.location


def _names(text: str) -> list[tuple[str, str]]:
    return [(h.name, h.kind) for h in placenames.find_places(text, default_lexicon())]


def test_a_named_district_of_a_region_is_the_district_not_the_region() -> None:
    text = "Gunmen raided a checkpoint in Lakki Marwat district of Khyber Pakhtunkhwa at dawn."
    assert _names(text) == [("Lakki Marwat", "district")]
    where = _where(text)
    assert (where.country, where.admin1, where.place) == (
        "Pakistan",
        "Khyber Pakhtunkhwa",
        "Lakki Marwat",
    )
    # a name after "of" that is no region or country keeps the older reading
    assert _names("They shelled the Fulani village of Dapchi.") == [("Dapchi", "village")]


def test_the_district_of_a_province_in_the_the_form_names_no_province_as_the_place() -> None:
    text = "A drone hit a lorry in the Hawija district of Kirkuk province, officials said."
    # the province after "of" is no place of its own (it was one, as a "district")
    assert _names(text) == [("Hawija", "within")]
    where = _where(text)
    assert (where.place, where.admin1) == ("Hawija", "Kirkuk")


def test_an_island_named_after_a_town_on_it_is_not_the_place() -> None:
    text = "A bomb went off in a market in the town of Patikul on the southern island of Sulu."
    assert [n for n, _ in _names(text)] == ["Patikul"]
    # alone, the island is still a place
    assert _names("Troops landed on the island of Basilan.") == [("Basilan", "island")]


def test_a_town_named_like_a_common_word_counts_only_after_a_locative_word() -> None:
    lexicon = default_lexicon()
    found = gazetteer.find_cities("A man was stabbed in Nice on Friday.", lexicon)
    assert [c.name for c, _, _ in found] == ["Nice"]
    assert gazetteer.find_cities("A Nice crowd gathered.", lexicon) == []
    assert gazetteer.find_cities("Split opinions followed the attack.", lexicon) == []
    assert _where("Gunmen attacked an army post near Hit, killing four soldiers.").country == "Iraq"


def test_a_country_glued_to_backed_or_led_is_a_sponsor_not_the_place() -> None:
    where = _where(
        "Unknown jets bombed positions of Iran-backed fighters around Mayadin overnight, "
        "killing nine."
    )
    assert where.country == "Syria"
    assert where.place == "Mayadin"


def test_a_capital_named_by_its_country_is_the_place() -> None:
    where = _where("Rival militias fought in the Libyan capital overnight, leaving 12 dead.")
    assert (where.country, where.place) == ("Libya", "Tripoli")
    where = _where("A car bomb went off near a hotel in Somalia's capital, killing six.")
    assert (where.country, where.place) == ("Somalia", "Mogadishu")
    where = _where("Gunfire echoed across the capital as Sudan's army and the RSF fought.")
    assert where.place == "Khartoum"
    # "the capital of X" names X; a regional capital is no country's
    where = _where("Bombers struck the capital of Borno state, Maiduguri, killing five.")
    assert where.place == "Maiduguri"


def test_a_town_placed_by_its_distance_from_another_is_the_place() -> None:
    where = _where(
        "Suicide bombers struck a market in Kawuri, 40 km from Maiduguri, killing at least 12."
    )
    assert where.place == "Kawuri"
    assert where.admin1 == "Borno"


def test_around_a_town_places_the_incident_there() -> None:
    where = _where("Aircraft bombed militia positions around Mayadin overnight, killing nine.")
    assert (where.country, where.place) == ("Syria", "Mayadin")


def test_a_regency_is_a_place_noun() -> None:
    assert _names("Rebels shot a motorcycle taxi driver in Puncak regency.") == [
        ("Puncak", "regency")
    ]


def test_a_town_whose_name_holds_a_possessive_is_found_whole() -> None:
    found = gazetteer.find_cities("A boat sank off Cox's Bazar.", default_lexicon())
    assert [(c.country, c.admin1) for c, _, _ in found] == [("BD", "Chittagong")]
    where = _where("Two refugees were stabbed to death in a camp near Cox's Bazar, police said.")
    assert (where.country, where.place) == ("Bangladesh", "Cox's Bazar")


def test_a_town_travelled_through_beats_the_capital_it_lies_east_of() -> None:
    where = _where(
        "Gang members seized 12 bus passengers travelling through Croix-des-Bouquets, east of "
        "the Haitian capital."
    )
    assert where.place == "Croix-des-Bouquets"


def test_a_local_government_area_of_a_state_is_the_place() -> None:
    where = _where(
        "Gunmen abducted 30 villagers in Kauru local government area of Kaduna state on Sunday."
    )
    assert (where.place, where.admin1) == ("Kauru", "Kaduna")


def test_a_region_before_a_port_city_of_names_the_coast_not_the_place() -> None:
    where = _where(
        "Warplanes struck a fish market in the Red Sea port city of Hodeidah, killing 20, "
        "medics said."
    )
    assert (where.country, where.place) == ("Yemen", "Hodeidah")
    assert ("Red Sea", "port") not in _names("the Red Sea port city of Hodeidah")
    assert _names("Mines were laid in the Red Sea on Friday.") == [("Red Sea", "sea")]


def test_a_village_then_its_state_after_a_comma_is_the_place() -> None:
    text = (
        "Gunmen killed 30 villagers in Mangu, Plateau state, on Sunday. The wounded were taken "
        "to hospitals in Jos."
    )
    assert ("Mangu", "spot_named") in _names(text)
    assert _where(text).place == "Mangu"


def test_a_kibbutz_is_a_place_noun() -> None:
    assert _names("Gunmen overran the kibbutz of Nir Oz at dawn.") == [("Nir Oz", "kibbutz")]


def test_a_headline_seizing_people_near_a_named_port_is_an_abduction() -> None:
    # "Port-au-Prince" is no port taken, and "seizes" people in a present-tense headline
    # abducts them as "seized" does
    brief = OfflineEngine().summarize(
        Article.from_text(
            "Armed men abducted nine nuns from a convent on Tuesday, police said.",
            title="Gang seizes nine nuns east of Port-au-Prince",
            published="2024-05-20",
        )
    )
    assert brief.sub_event_type is not None
    assert brief.sub_event_type.value == "abduction_forced_disappearance"
