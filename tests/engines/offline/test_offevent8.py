"""The event type of ordinary one-sentence news (issue 13, helper offevent8): the role a
word plays decides the type, not the verb. An assault whose target is an armed side (soldiers,
a patrol, a police station, army vehicles) is a battle, not an attack on civilians nor a
shelling (a bomb, grenade or aircraft still tells its own type); a force firing on a crowd
gathered to protest uses excessive force however the firing is worded (gas or shots into the
air do not); an aircraft as the doer of harm strikes from the air, whatever the verb; a charge
packed with explosives that went off where it was left is a planted bomb; one that only partly
went off is a disrupted attack; people "taken by" or driven away by an armed side are
abducted; bands of a crowd (gangs, a mob) sweeping through a quarter, burning and beating, are
mob violence, and the gas cylinders they carry are no chemical weapon; a place overrun whose
people were then killed is an attack on them, not territory; a sports result, a market's fall
and ground that gave way are no incident when their own words outweigh the war words.
(Sentences written for these tests.)
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()
S = SubEventType


def _sub(text: str, title: str | None = None) -> SubEventType | None:
    brief = ENGINE.summarize(Article.from_text(text, published="2021-05-10", title=title))
    return brief.sub_event_type if brief.incident else None


def test_an_assault_on_an_armed_side_is_a_battle() -> None:
    assert (
        _sub(
            "Cartel gunmen waited on the highway outside Tierra Caliente and opened up on "
            "the soldiers with rifles, killing four of them."
        )
        == S.armed_clash
    )
    assert (
        _sub(
            "Militia fighters opened up on three army trucks with rocket launchers and "
            "machine guns near Beni on Friday."
        )
        == S.armed_clash
    )
    # counter-examples: the same men opening up on villagers attack them; a bomb tells its type
    assert (
        _sub(
            "Cartel gunmen opened up on villagers at a wedding outside Tierra Caliente, "
            "killing four of them."
        )
        == S.attack
    )
    assert (
        _sub("Militants attacked an army patrol with a roadside bomb near Beni, killing three.")
        == S.remote_explosive_landmine_ied
    )


def test_a_force_firing_on_a_protesting_crowd_uses_excessive_force() -> None:
    assert (
        _sub(
            "Police opened fire with automatic rifles on a crowd of miners who had gathered "
            "at the gate to protest against the layoffs, killing eleven."
        )
        == S.excessive_force_against_protesters
    )
    # counter-example: tear gas fired into a protesting crowd, no one killed
    assert (
        _sub(
            "Police fired tear gas into a crowd of miners protesting against the layoffs "
            "at the gate on Monday."
        )
        == S.protest_with_intervention
    )


def test_an_aircraft_as_the_doer_is_an_air_strike() -> None:
    assert (
        _sub("A B-52 bomber dropped its load over the ridge on Monday, killing 30 fighters.")
        == S.air_drone_strike
    )
    assert (
        _sub("Drones set fire to a fuel depot outside Bryansk overnight, the governor said.")
        == S.air_drone_strike
    )
    # counter-example: men who set fire to a depot destroy property
    assert (
        _sub("Rioters set fire to a fuel depot outside Bryansk overnight, the governor said.")
        != S.air_drone_strike
    )


def test_a_packed_charge_that_went_off_is_a_planted_bomb_and_a_failed_one_disrupted() -> None:
    assert (
        _sub(
            "Gas canisters packed with explosives went off in the car park of the ministry, "
            "killing seven clerks."
        )
        == S.remote_explosive_landmine_ied
    )
    assert (
        _sub(
            "A man set off a rucksack bomb on the platform of the station, but it only "
            "partly exploded and guards shot him dead."
        )
        == S.disrupted_weapons_use
    )
    # counter-example: a rucksack bomb that went off fully is no disrupted attack
    assert (
        _sub(
            "A rucksack bomb left on the platform of the station went off at rush hour, "
            "killing nine commuters."
        )
        == S.remote_explosive_landmine_ied
    )


def test_people_taken_by_or_driven_away_by_an_armed_side_are_abducted() -> None:
    assert (
        _sub(
            "Two engineers and their driver were taken by ELN guerrillas at a roadblock "
            "outside Tame on Sunday."
        )
        == S.abduction_forced_disappearance
    )
    assert (
        _sub(
            "Bandits burst into the boarding school in Kankara overnight and drove away "
            "300 boys on motorbikes."
        )
        == S.abduction_forced_disappearance
    )
    # counter-example: a town taken by rebels is territory, not an abduction
    assert _sub("The town of Kidal was taken by rebels on Sunday.") != (
        S.abduction_forced_disappearance
    )


def test_gangs_sweeping_through_a_quarter_are_a_mob_and_their_gas_no_chemical_weapon() -> None:
    assert (
        _sub(
            "Gangs armed with iron rods swept through the old quarter of Jos on Sunday, "
            "burning houses and hacking residents, leaving 30 dead."
        )
        == S.mob_violence
    )
    assert (
        _sub(
            "A mob armed with sticks and cooking gas cylinders fell on Christian homes in "
            "Gojra, burning eight people to death."
        )
        == S.mob_violence
    )
    # counter-example: chlorine cylinders dropped on a town are a chemical weapon
    assert (
        _sub("Chlorine gas cylinders fell on the town of Saraqib, choking dozens of people.")
        == S.chemical_weapon
    )


def test_a_place_overrun_whose_people_were_killed_is_an_attack() -> None:
    assert (
        _sub(
            "Militia fighters overran the village of Yelwata in Benue and killed dozens of "
            "its residents."
        )
        == S.attack
    )
    # counter-example: a town overrun with no one killed in it is territory
    assert _sub("Militia fighters overran the village of Yelwata on Saturday.") == (
        S.non_state_actor_overtakes_territory
    )


def test_results_markets_and_landslips_in_war_words_are_no_incident() -> None:
    assert (
        _sub(
            "Spain tore Italy apart in the European Championship final in Kyiv, scoring four "
            "times in a 4-0 rout that the Madrid press called a massacre."
        )
        is None
    )
    assert (
        _sub(
            "Markets suffered a bloodbath on Monday as Wall Street fell 800 points and two "
            "investment banks filed for bankruptcy."
        )
        is None
    )
    assert (
        _sub(
            "A waste tip slid down the hillside onto the village of Hpakant, burying houses; "
            "70 people were found dead."
        )
        is None
    )
    # counter-example: a bomb at a cup final is an incident
    assert (
        _sub(
            "A bomb planted under the stand went off during the cup final in Kampala, "
            "killing 12 fans."
        )
        == S.remote_explosive_landmine_ied
    )
