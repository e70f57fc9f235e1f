"""A beating short of death is an attack; an arrest made after an act of violence reports
that act; a driver who rams a bomb-laden vehicle into a target is a suicide bomber
(issue 13; sentences written for these tests)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import IncidentBrief, SubEventType

ENGINE = OfflineEngine()


def _brief(text: str, title: str | None = None) -> IncidentBrief:
    return ENGINE.summarize(Article.from_text(text, title=title, published="2024-05-10"))


def test_a_beating_is_an_attack_and_a_sporting_defeat_is_not() -> None:
    for text in (
        "A blogger was beaten by unidentified men outside his home in Hanoi on Tuesday, his "
        "sister said; he suffered a broken jaw.",
        "Two farmers were beaten with sticks by a group of men near Bhilwara on Sunday.",
        "Settlers beat up a shepherd near Hebron on Friday, a rights group said.",
    ):
        brief = _brief(text)
        assert brief.incident and brief.sub_event_type == SubEventType.attack, text
    assert _brief("Our goalkeeper was beaten twice in the first half.").incident is False


def test_an_arrest_after_an_act_of_violence_reports_the_act() -> None:
    brief = _brief(
        "Police arrested a 30-year-old man on Sunday after a shopkeeper was stabbed outside a "
        "temple in Leicester, officers said.",
    )
    assert brief.sub_event_type == SubEventType.attack
    brief = _brief(
        "Detectives said the man, 41, was being questioned. A worshipper was taken to "
        "hospital with stab wounds.",
        title="Man held after stabbing outside mosque",
    )
    assert brief.sub_event_type == SubEventType.attack
    # an arrest that follows no act of violence stays an arrest
    brief = _brief(
        "Police arrested three journalists in Harare on Monday for publishing a report on "
        "corruption, their lawyer said."
    )
    assert brief.sub_event_type == SubEventType.arrests


def test_a_bomb_laden_vehicle_rammed_into_a_target_is_a_suicide_bombing() -> None:
    brief = _brief(
        "Militants rammed an explosives-laden truck into an army camp in Bannu on Monday, "
        "killing seven soldiers, officials said."
    )
    assert brief.sub_event_type == SubEventType.suicide_bomb
    brief = _brief("A bomb-laden car parked near a market exploded in Kirkuk, killing four.")
    assert brief.sub_event_type == SubEventType.remote_explosive_landmine_ied


def test_shot_dead_around_its_object_is_a_killing_and_the_doers_are_not_counted() -> None:
    brief = _brief(
        "Two men on a motorcycle shot a radio host dead outside his studio in Tapachula on "
        "Friday, prosecutors said."
    )
    assert brief.incident and brief.sub_event_type == SubEventType.attack
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (1, 1)
    brief = _brief("Three men on motorbikes shot dead a shopkeeper in Kano on Monday.")
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (1, 1)
    # a count with its own auxiliary is of the dead
    brief = _brief("Three traders riding a minibus were shot dead near Kano on Monday.")
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (3, 3)


def test_tolls_of_killings_told_with_split_verbs() -> None:
    cases = {
        "A farmer was hacked to death near Makurdi on Monday, police said.": 1,
        "Attackers stabbed a guard to death at a warehouse in Durban on Friday.": 1,
        "Gunmen gunned four bus passengers down on the road to Kaya on Sunday.": 4,
        "A crowd beat two alleged cattle thieves to death in Isiolo on Tuesday.": 2,
    }
    for text, dead in cases.items():
        brief = _brief(text)
        assert brief.killed is not None, text
        assert (brief.killed.min, brief.killed.max) == (dead, dead), (text, brief.killed)


def test_what_those_arrested_are_suspected_of_is_not_the_event() -> None:
    brief = _brief(
        "Police in Peshawar arrested three men suspected of a bombing at a bus terminal, "
        "officials said on Monday."
    )
    assert brief.sub_event_type == SubEventType.arrests
    # a group merely suspected of an attack it carried out still carried it out
    brief = _brief(
        "Gunmen suspected of belonging to a bandit gang attacked a village in Zamfara on "
        "Monday, killing eight farmers."
    )
    assert brief.sub_event_type == SubEventType.attack


def test_a_protest_someone_was_covering_or_going_to_is_where_not_what() -> None:
    for text in (
        "Plain-clothes officers beat up a photographer covering the protest outside the "
        "parliament in Baku on Saturday.",
        "A teenager on his way home from a rally was shot dead by soldiers in Sagaing.",
    ):
        brief = _brief(text)
        assert brief.sub_event_type == SubEventType.attack, text
    march = _brief("Thousands marched through Yerevan on Sunday against the border deal.")
    assert march.sub_event_type == SubEventType.peaceful_protest


def test_drones_on_water_that_destroy_or_sink_a_ship_are_a_strike() -> None:
    for text in (
        "Ukrainian naval drones sank a Russian minesweeper off Sevastopol on Tuesday.",
        "The corvette was struck by three unmanned surface vessels near Kerch overnight.",
    ):
        brief = _brief(text)
        assert brief.incident and brief.sub_event_type == SubEventType.air_drone_strike, text


def test_police_shot_dead_by_gunmen_are_an_armed_side_in_a_clash() -> None:
    brief = _brief("Gunmen shot three police officers dead at a checkpoint outside Quetta.")
    assert brief.sub_event_type == SubEventType.armed_clash
    brief = _brief("Gunmen shot three tailors dead at their shop outside Quetta.")
    assert brief.sub_event_type == SubEventType.attack


def test_an_arrest_at_the_scene_of_a_shooting_the_title_tells_of_is_no_arrest_story() -> None:
    text = (
        "The governor of Kano was shot twice as he left a mosque on Friday. A 40-year-old man "
        "was detained at the scene, police said."
    )
    brief = _brief(text, title="Governor shot in Kano")
    assert brief.sub_event_type == SubEventType.attack
    raid = _brief(
        "Police rounded up four suspected gang members in a raid in Kano on Friday.",
        title="Four suspects held in Kano raid",
    )
    assert raid.sub_event_type == SubEventType.arrests


def test_an_ambush_on_families_is_an_attack_on_civilians() -> None:
    text = "Gunmen ambushed two cars carrying women and children on a road near Culiacan."
    assert _brief(text).sub_event_type == SubEventType.attack
    patrol = "Gunmen ambushed an army patrol on a road near Culiacan, killing four soldiers."
    assert _brief(patrol).sub_event_type == SubEventType.armed_clash


def test_people_who_kill_someone_they_accuse_of_blasphemy_are_a_mob() -> None:
    text = (
        "Worshippers dragged a man from a police station in Nankana Sahib, beat him and set "
        "his body alight after accusing him of desecrating the Koran."
    )
    assert _brief(text).sub_event_type == SubEventType.mob_violence
    court = _brief("A court in Multan sentenced a teacher to death on charges of blasphemy.")
    assert court.sub_event_type != SubEventType.mob_violence


def test_a_gun_aimed_and_fired_that_failed_is_an_attack() -> None:
    text = (
        "A man pointed a loaded revolver at the governor outside his office in Jos and pulled "
        "the trigger, but the weapon did not fire, police said."
    )
    assert _brief(text).sub_event_type == SubEventType.attack


def test_a_groups_past_attacks_named_to_say_who_it_is_are_not_the_event() -> None:
    text = (
        "Leaders of the militant group Abu Sayyaf, notorious for the 2004 SuperFerry bombing, "
        "announced on Saturday that the group was disbanding, according to a statement read "
        "in Jolo."
    )
    brief = _brief(text)
    assert brief.sub_event_type == SubEventType.change_to_group_activity


def test_warring_sides_that_sign_a_deal_make_an_agreement_and_firms_do_not() -> None:
    brief = _brief("Sudan's army and the RSF sign a truce deal in Jeddah.")
    assert brief.sub_event_type == SubEventType.agreement
    text = (
        "The rebel commander and the defence minister put their signatures to an accord under "
        "which the rebels are to withdraw from the border towns."
    )
    assert _brief(text).sub_event_type == SubEventType.agreement
    assert _brief("Two carmakers sign a battery deal in Seoul.").incident is False


def test_people_handed_over_are_no_territory_and_ruins_torn_up_are_destroyed() -> None:
    text = (
        "Soldiers stopped a minibus of farm workers near Tumaco and took 12 of them away; "
        "prosecutors say the soldiers handed the workers over to a militia."
    )
    assert _brief(text).sub_event_type == SubEventType.abduction_forced_disappearance
    ruins = _brief("Militants with bulldozers are tearing up the ruins of Hatra, an aide said.")
    assert ruins.sub_event_type == SubEventType.looting_property_destruction


def test_an_act_of_hours_before_appended_after_a_comma_is_another_event() -> None:
    text = (
        "A grenade left outside the port gate was made safe by navy divers, officials said, "
        "hours after a suicide bomber struck a checkpoint in the city."
    )
    assert _brief(text).sub_event_type == SubEventType.disrupted_weapons_use


def test_a_protest_broken_up_with_people_killed_met_excessive_force() -> None:
    text = (
        "Soldiers broke up a sit-in outside the governor's office in Kano on Monday. "
        "Nine protesters were killed, hospital staff said."
    )
    assert _brief(text).sub_event_type == SubEventType.excessive_force_against_protesters
    text = (
        "Police broke up a sit-in outside the governor's office in Kano on Monday and "
        "detained 30 protesters."
    )
    assert _brief(text).sub_event_type == SubEventType.protest_with_intervention


def test_troops_that_leave_a_base_handing_it_over_transfer_territory() -> None:
    text = (
        "Italy completed the withdrawal of its forces from the Misrata field hospital base on "
        "Friday, leaving the base entirely in the hands of the Libyan army."
    )
    assert _brief(text).sub_event_type == SubEventType.non_violent_transfer_of_territory
    brief = _brief(
        "The strike is over.",
        title="Last Italian troops leave Misrata base, handing it to Libya's army",
    )
    assert brief.sub_event_type == SubEventType.non_violent_transfer_of_territory
