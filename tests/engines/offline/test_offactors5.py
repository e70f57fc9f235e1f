"""Who did it and whom it hit, on unseen wording (issue 13, offactors5)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.engines.offline.scan import roles


def _roles(sentence: str) -> set[tuple[str, str]]:
    return {(m.name, m.role) for m in roles.find_roles(sentence, default_lexicon())}


def _brief(text: str, published: str = "2019-05-02"):  # type: ignore[no-untyped-def]
    return draft_brief(Article.from_text(text, published=published))


def test_a_doer_described_between_its_name_and_its_deed_is_the_doer() -> None:
    assert ("Eritrean army", "perpetrator") in _roles(
        "Eritrean troops fighting in the Tigray region killed hundreds of civilians."
    )
    assert ("villagers", "perpetrator") in _roles(
        "A crowd of villagers in Jharkhand's Seraikela district tied him up and beat him."
    )
    assert ("man", "perpetrator") in _roles(
        "A man dressed as a police officer opened fire on teenagers at the camp."
    )
    # a place where people live is no description of a doer: nobody did anything here
    assert not {r for r in _roles("Residents in the town were killed.") if r[1] == "perpetrator"}


def test_who_went_into_a_site_and_then_acted_hit_that_site() -> None:
    found = _roles(
        "A student walked into the polytechnic college in the port city on Wednesday, set "
        "off a bomb in the canteen and then roamed the corridors shooting."
    )
    assert ("polytechnic college", "target") in found
    assert ("student", "perpetrator") in found
    assert ("Legislative Council", "target") not in _roles("Protesters held a rally.")
    assert ("parliament building", "target") in _roles(
        "Protesters smashed their way into the parliament building on Monday."
    )


def test_a_vehicle_driven_into_a_crowd_is_the_weapon_not_a_target() -> None:
    found = _roles("A lorry ploughed into a Christmas market at the square, killing 12 people.")
    assert ("Christmas market", "target") in found
    assert not any(name == "lorry" for name, _ in found)
    # a vehicle that was hit is still a target
    assert ("bus", "target") in _roles("A roadside bomb struck a bus near the town.")


def test_a_pronoun_named_later_names_the_doer() -> None:
    assert ("Artyom Kazantsev", "perpetrator") in _roles("He was named as Artyom Kazantsev, 34.")
    assert ("Anders Behring Breivik", "perpetrator") in _roles(
        "Local media named him as Anders Behring Breivik."
    )


def test_a_state_s_aircraft_is_its_force() -> None:
    assert ("Syrian government warplanes", "perpetrator") in _roles(
        "Syrian government warplanes bombed the school on Wednesday."
    )
    assert ("Government helicopters", "perpetrator") in _roles(
        "Government helicopters dropped barrel bombs on the town."
    )
    brief = _brief("Warplanes struck the market in the town on Tuesday, killing nine people.")
    assert [a.name for a in brief.perpetrators] == []  # whose planes, the text does not say


def test_the_side_that_fought_back_or_abandoned_a_town_was_the_target() -> None:
    found = _roles(
        "M23 rebels attacked army positions in the hills overnight, and the Congolese army "
        "fought back, a spokesman said."
    )
    assert ("Congolese army", "target") in found
    assert ("Congolese army", "perpetrator") not in found
    found = _roles(
        "Ukrainian troops entered the eastern city of Izium on Saturday after Russian forces "
        "abandoned it."
    )
    assert ("Ukrainian troops", "perpetrator") in found
    assert ("Russian forces", "target") in found
    # a post abandoned BY a force: the post was taken, not the force
    found = _roles("Fighters moved into a gendarmerie post abandoned by the security forces.")
    assert ("gendarmerie post", "target") not in found


def test_a_denial_s_counter_accusation_names_no_doer() -> None:
    brief = _brief(
        "Gunmen killed seven pupils at a school in Kumba on Saturday. Police blamed "
        "separatists for the attack.\n\nSeparatist leaders denied involvement and accused "
        "the army of carrying out the killings."
    )
    names = [a.name for a in brief.perpetrators]
    assert "army" not in names
    assert "separatists" in names


def test_years_of_fighting_between_two_sides_are_background_not_the_incident() -> None:
    found = _roles("The town has seen repeated gun battles between the army and rebels.")
    assert not found
    assert ("army", "perpetrator") in _roles(
        "Gun battles between the army and rebels left five dead."
    )


def test_the_site_the_lead_says_was_hit_before_one_a_later_paragraph_names() -> None:
    brief = _brief(
        "A student walked into the polytechnic college in Kerch on Wednesday and opened "
        "fire, killing 20 people.\n\nThe college trains welders.\n\nThe shooting drew "
        "comparisons with the 1999 massacre at Columbine High School in the United States."
    )
    assert [a.name for a in brief.targets] == ["polytechnic college"]


def test_an_agreement_s_second_party_may_be_named_after_its_cue() -> None:
    brief = _brief(
        "South Sudan's President Salva Kiir and rebel leader Riek Machar signed a peace "
        "agreement in Addis Ababa on Wednesday. Under the deal, Machar's SPLM-IO rebels "
        "will join a unity government.",
        published="2018-09-13",
    )
    assert brief.sub_event_type is not None and brief.sub_event_type.value == "agreement"
    assert len(brief.perpetrators) == 2
    assert brief.targets == []


def test_a_group_that_ends_its_armed_campaign_is_the_doer() -> None:
    assert ("Irish Republican Army", "perpetrator") in _roles(
        "The Irish Republican Army ordered all its units to dump their weapons on Thursday."
    )
    assert ("Irish Republican Army", "perpetrator") in _roles(
        "The Irish Republican Army formally ended its armed campaign on Thursday."
    )


def test_a_capitalised_group_name_is_kept_whole() -> None:
    found = _roles("The Islamic Group said its members had carried out the massacre.")
    assert ("Islamic", "perpetrator") not in found
    assert ("Islamic Group", "perpetrator") in found


def test_a_site_set_on_fire_was_the_target() -> None:
    found = _roles("A Hindu temple was set on fire by a mob on Wednesday.")
    assert ("Hindu temple", "target") in found
    assert ("mob", "perpetrator") in found


def test_force_against_protesters_hits_the_crowd_not_the_building() -> None:
    brief = _brief(
        "NAIROBI - Police fired tear gas and live bullets at protesters who broke into "
        "parliament on Tuesday, and part of the building was set on fire. At least five "
        "people were shot dead, a doctors' association said."
    )
    assert brief.sub_event_type is not None
    assert brief.sub_event_type.value == "excessive_force_against_protesters"
    assert [a.name for a in brief.targets] == ["protesters"]


def test_a_state_force_that_entered_a_town_is_named_as_the_text_names_it() -> None:
    brief = _brief(
        "Ethiopian troops entered the border town on Tuesday without a shot being fired, "
        "taking over positions that Eritrean forces had agreed to hand over."
    )
    # both sides of a handover acted (offactors8): the one that took control comes first
    assert [a.name for a in brief.perpetrators] == ["Ethiopian troops", "Eritrean forces"]


def test_a_ship_is_named_by_the_name_after_its_kind() -> None:
    brief = _brief(
        "The Russian cruiser Moskva sank on Thursday after Ukrainian missiles hit the ship, "
        "officials in Kyiv said."
    )
    assert [a.name for a in brief.targets] == ["Moskva"]
    brief = _brief(
        "Pirates attacked the tanker off Somalia on Monday. The tanker On Monday was freed."
    )
    assert [a.name for a in brief.targets] == ["tanker"]


def test_a_force_s_own_aircraft_name_the_force() -> None:
    found = _roles(
        "The Saudi-led coalition's jets hit a funeral hall in Sanaa, killing 140 people."
    )
    assert ("Saudi-led coalition", "perpetrator") in found
    assert ("funeral hall", "target") in found


def test_who_swooped_on_a_camp_hit_it() -> None:
    found = _roles("Dozens of gunmen swooped on a hunting camp and killed 20 hunters.")
    assert ("gunmen", "perpetrator") in found
    assert ("hunting camp", "target") in found
    assert ("hunters", "target") in found


def test_a_town_centre_is_an_area_not_a_site() -> None:
    lexicon = default_lexicon()
    assert roles.is_facility("shopping centre", lexicon)
    assert roles.is_facility("detention centre", lexicon)
    assert not roles.is_facility("town centre", lexicon)
    assert not roles.is_facility("city centre", lexicon)
