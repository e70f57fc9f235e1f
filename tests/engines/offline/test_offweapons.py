"""Weapons: vehicles and carriers as written, likened and found weapons, responders' arms,
and the weapons of another incident told beside the main one."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.weapons import find_weapons
from summarizer.schema import IncidentBrief


def _brief(text: str, published: str | None = None) -> IncidentBrief:
    return OfflineEngine().summarize(Article.from_text(text, published=published))


def _names(text: str) -> list[str]:
    return [m.name for m in find_weapons(text, default_lexicon())]


def test_a_vehicle_driven_into_people_is_named_as_written() -> None:
    assert _names("A man drove a stolen lorry into a crowded night market.") == ["lorry"]
    assert _names("The driver steered a hired van onto the pavement and into pedestrians.") == [
        "van"
    ]
    text = "He drove a sport utility vehicle through a barrier and into a carnival parade."
    assert _names(text) == ["SUV"]
    # a tractor driven into a square is no weapon; nor a car driven to a hospital
    assert _names("Farmers drove tractors into the square and threw eggs.") == []
    assert _names("Relatives drove the wounded to hospital in a car.") == []


def test_what_the_attackers_came_on_is_a_weapon() -> None:
    assert _names("Gunmen riding motorbikes raided the hamlet at dusk.") == ["motorbike"]
    assert _names("Masked men arrived by speedboat at the island's jetty.") == ["speedboat"]
    assert _names("Two men in a small wooden boat rammed the tanker.") == ["boat"]
    # a boat that carried rescuers or tourists is none
    assert _names("Tourists in a small boat watched the whales.") == []


def test_a_vehicle_is_named_once() -> None:
    text = (
        "Pirates in a skiff opened fire on a freighter off the coast on Monday, wounding two "
        "sailors, the navy said. The crew said the boat came within 50 metres before it turned "
        "away."
    )
    weapons = _brief(text, "2011-03-08").weapons
    assert weapons.count("skiff") == 1
    assert "boat" not in weapons


def test_a_weapon_likened_mistaken_or_made_of_is_none() -> None:
    text = "Guests mistook the gunfire for firecrackers and fireworks."
    assert [m.name for m in find_weapons(text, default_lexicon()) if not m.aside] == ["gun"]
    found = find_weapons("He wore what looked like an explosive vest.", default_lexicon())
    assert all(m.aside for m in found)
    text = "The device was a pipe made of plastic bottles and tape."
    found = find_weapons(text, default_lexicon())
    assert all(m.aside for m in found if m.name == "bottle")
    found = find_weapons(
        "Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives searched the site.",
        default_lexicon(),
    )
    assert found and all(m.aside for m in found)
    # a real one stays: "a rifle", "Russian-made Kalashnikov rifles"
    found = find_weapons("The men carried Russian-made Kalashnikov rifles.", default_lexicon())
    assert found and not any(m.aside for m in found)


def test_weapons_found_elsewhere_are_not_the_ones_used() -> None:
    text = (
        "A gunman killed six people with a rifle at a shopping centre in the city on Sunday, "
        "police said. Officers later said two pistols and a grenade were found at his flat."
    )
    assert _brief(text, "2019-05-13").weapons == ["rifle"]
    # an unexploded one at the scene, or one recovered where it was used, is the attack's
    found = find_weapons("An unexploded grenade was found at his home.", default_lexicon())
    assert not found[0].found
    found = find_weapons("A knife was recovered at the scene.", default_lexicon())
    assert not found[0].found


def test_the_responders_weapons_are_not_the_attackers() -> None:
    text = (
        "Two militants armed with knives attacked worshippers at a shrine in the town on "
        "Friday, wounding five, before security guards shot them dead, police said."
    )
    assert _brief(text, "2020-02-15").weapons == ["knife"]
    # the soldiers who shot villagers are the doers: their guns stay
    text = "Soldiers shot dead 11 villagers and burned their homes in the district on Monday."
    assert "gun" in _brief(text, "2021-07-06").weapons
    found = find_weapons("The attacker was shot dead by police.", default_lexicon())
    assert found[0].responder
    found = find_weapons("A traffic officer drew his pistol.", default_lexicon())
    assert found[0].responder


def test_a_named_device_and_its_kind() -> None:
    assert _names("A sticky bomb attached to his car exploded.") == ["magnetic bomb"]
    assert _names("A claymore mine planted by the road hit the bus.") == ["claymore mine"]
    assert _names("Rebels had planted two mines on the track.") == ["landmine"]
    assert _names("Raiders armed with bows and arrows attacked the herders.") == ["bow and arrows"]
    assert _names("A man threw acid at two women.") == ["acid"]
    assert _names("The gunmen had a sniper rifle and a grenade launcher.") == [
        "sniper rifle",
        "grenade launcher",
    ]


def test_a_helicopter_that_dropped_a_barrel_bomb_only_carried_it() -> None:
    text = (
        "Army helicopters dropped barrel bombs on a market in the town on Sunday, killing "
        "at least 20 people, a monitoring group said."
    )
    assert _brief(text, "2015-06-01").weapons == ["barrel bomb"]


def test_warning_shots_and_shots_never_fired_are_no_gun() -> None:
    assert _names("Guards fired warning shots to disperse the crowd.") == []
    assert _names("Officials said no shots were fired.") == []
    assert _names("Witnesses said shots were fired at the car.") == ["gun"]
