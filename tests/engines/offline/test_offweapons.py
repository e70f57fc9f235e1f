"""Weapons: vehicles and carriers as written, likened and found weapons, responders' arms,
and the weapons of another incident told beside the main one.

Session 16 (offweapons): a weapon named as the kind the word before its noun makes it
("assault rifles", "a van bomb", "a pipe bomb", "a long gun"), which replaces its head and
the class ("rifle", "gun") and goes where its head goes (beside an IED, a "homemade bomb" is
that IED); "revolver"; clubs apart from sticks; batons; whips; a vague blade ("a sharp
instrument") dropped beside a named one; mustard gas; "chemical agents" when no chemical is
named, and not in a denial; the kit of the police who answered an attack by a non-state
doer; a helicopter or drone that carried the wounded or searched. Sentences written for
these tests."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
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


def _weapons(text: str) -> list[str]:
    return list(draft_brief(Article.from_text(text, published="2024-05-02")).weapons)


def _used(text: str) -> list[str]:
    return [
        m.name for m in find_weapons(text, default_lexicon()) if not m.aside and not m.other_act
    ]


def test_the_word_before_a_noun_makes_a_kind() -> None:
    found = _weapons(
        "Three gunmen armed with assault rifles killed nine farmers in a village near "
        "Kaduna on Tuesday, police said. The rifles were taken from an army depot."
    )
    assert found == ["assault rifle"]
    assert _weapons(
        "A van bomb exploded outside a bank in Kandahar on Monday, killing four guards."
    ) == ["van bomb"]
    assert _used("Police said the farmer had been shot with a long gun.") == ["long gun"]
    assert _used("He kept a revolver under his seat and fired it at the clerk.") == ["revolver"]
    # counter-examples: an adjective that is no kind leaves the class ("a rusty rifle"), and a
    # name of the table is no kind ("petrol bomb" is no bomb that makes "explosives" redundant)
    assert _used("He fired a rusty rifle at the guards.") == ["rifle"]
    found = _weapons(
        "Militants threw petrol bombs and planted explosives at a police station in Quetta "
        "on Sunday, wounding two officers, police said."
    )
    assert found == ["petrol bomb", "explosives"]
    # a kind goes where its head goes: beside the IED, the homemade bomb is that IED
    found = _weapons(
        "A homemade bomb exploded at a bus station in Kampala on Friday, killing two people. "
        "Police said the improvised explosive device was packed with nails."
    )
    assert "homemade bomb" not in found and "ied" in found


def test_clubs_batons_whips_and_blades() -> None:
    found = _weapons(
        "Men swinging clubs and sticks attacked traders at a market in Jos on Monday, "
        "injuring five, police said."
    )
    assert "club" in found and "stick" not in found
    assert _used("Riot police beat the marchers with batons.") == ["baton"]
    assert _used("The riders lashed the crowd with whips.") == ["whip"]
    found = _weapons(
        "Attackers killed a shopkeeper with a sharp instrument in Mombasa on Sunday, police said."
    )
    assert found == ["sharp instrument"]
    # counter-example: beside a named blade the vague words say nothing more
    found = _weapons(
        "Raiders armed with machetes and other sharp weapons killed six villagers near Beni "
        "on Sunday, officials said."
    )
    assert "machete" in found and "sharp weapon" not in found


def test_chemicals_named_or_vague_and_a_denial() -> None:
    assert _used("Shells filled with mustard gas hit the town.") == ["shells", "mustard gas"]
    assert _used("Rockets carrying chemical agents struck the suburb.") == [
        "rocket",
        "chemical agents",
    ]
    # counter-example: a denial tells of no use
    assert _used("The ministry denies using chemical agents.") == []


def test_the_kit_of_the_police_who_answered_an_attack() -> None:
    found = _weapons(
        "A man armed with a knife attacked shoppers at a market in Lyon on Saturday, wounding "
        "three, police said. An officer overpowered him with a baton."
    )
    assert "knife" in found and "baton" not in found
    # counter-example: the police's batons are the incident's when the police charged
    found = _weapons(
        "Riot police charged striking dockworkers with batons in Piraeus on Thursday, "
        "injuring twelve, union officials said."
    )
    assert "baton" in found


def test_a_craft_that_carried_or_searched_is_no_weapon() -> None:
    assert _used("The wounded were flown to hospital in army helicopters.") == []
    assert _used("A helicopter landed on the square to airlift the wounded.") == []
    assert _used("Officers later sent a drone up to search the riverbank.") == []
    # counter-examples: a craft that attacked
    assert _used("Army helicopters fired rockets at the convoy.") == ["helicopter", "rocket"]
    assert _used("A drone hovered over the market before it exploded.") == ["drone"]


def test_vague_guns_and_shootings_told_without_a_gun_word() -> None:
    found = _weapons(
        "Gunmen armed with automatic weapons attacked a wedding party near Herat on Saturday, "
        "killing 11 guests, police said."
    )
    assert found == ["automatic weapons"]
    # counter-example: a named gun makes the vague words redundant
    found = _weapons(
        "Gunmen armed with automatic weapons and AK-47 rifles attacked a wedding party near "
        "Herat on Saturday, killing 11 guests, police said."
    )
    assert found == ["rifle"]
    assert _used("The raiders lined up the drivers and shot 14 of them dead.") == ["gun"]
    assert _used("Women in the town were robbed at gunpoint.") == ["gun"]
    assert _used("A mob stormed the hostel, beat the student and shot him.") == ["gun"]
    # counter-examples: a picture is no shot ("shot him a glance" is no gun)
    assert _used("The photographer shot him a glance and left.") == []


def test_a_pilot_is_no_weapon_and_a_stun_grenade_is_named() -> None:
    assert _used("The helicopter pilot who defected was found dead.") == []
    assert _used("Police threw stun grenades into the crowd.") == ["stun grenade"]
    # counter-example: a grenade with no kind stays a grenade
    assert _used("A man threw a grenade into the bar.") == ["grenade"]


def test_a_craft_that_tracks_and_the_arms_of_another_incident() -> None:
    assert _used("Drones, helicopters and sniffer dogs are being used to track the gunmen.") == []
    # counter-example: a craft that attacked before it searched is one
    assert _used("Helicopters fired rockets at the hills and then flew on.") == [
        "helicopter",
        "rocket",
    ]
    found = _weapons(
        "A gunman shot dead a soldier guarding the war memorial in Ottawa on Wednesday, "
        "police said. On Monday, a man had run down two soldiers with his car in a parking "
        "lot in Quebec, killing one of them."
    )
    assert "gun" in found and "car" not in found


def test_a_petrol_bomb_is_the_arsons_arm() -> None:
    found = _weapons(
        "Rioters threw petrol bombs at a bank in Athens on Wednesday and set the building "
        "ablaze, police said."
    )
    assert found == ["petrol bomb"]
    # counter-example: arson with no arm named is a fire
    found = _weapons("Rioters set a bank ablaze in Athens on Wednesday, police said.")
    assert found == ["fire"]


def test_a_shooting_told_by_its_victims() -> None:
    assert _used("The raiders went from hut to hut, shooting herders.") == ["gun"]
    assert _used("Police fired on striking dock workers outside the port.") == ["gun"]
    assert _used("The gang stopped the lorry, shooting and wounding its driver.") == ["gun"]
    # counter-examples: a film shoot, and rockets fired at a town
    assert _used("The shooting of the film began in May.") == []
    assert _used("Militants fired rockets into the town.") == ["rocket"]
