"""Event and sub-event types on unseen wording (issue 13, helper offevent3): weapon words in
a non-violent event (weapons seized, a base opened) make no attack; police who fire back at
one gunman fight no battle; a convoy under escort ambushed is attacked; armed sides that
fought with mortars fought a battle; a town that falls to an armed group is overtaken; a
crowd that kills a person is a mob; a force that fires on a crowd or clears a sit-in with
people killed uses excessive force; a separatist republic dissolved changes the group;
pupils taken are abducted; a side that pulls out of a place another moves into hands it
over. (Sentences written for these tests.)"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import IncidentBrief, SubEventType

ENGINE = OfflineEngine()
S = SubEventType


def _brief(text: str, title: str | None = None) -> IncidentBrief:
    return ENGINE.summarize(Article.from_text(text, title=title, published="2024-03-10"))


def _sub(text: str, title: str | None = None) -> SubEventType | None:
    return _brief(text, title).sub_event_type


def test_weapons_seized_are_a_disrupted_use_not_a_shelling() -> None:
    text = (
        "Coast guard officers boarding a fishing boat off the coast on Friday found crates of "
        "anti-ship missiles hidden under nets, the navy said."
    )
    assert _sub(text) == S.disrupted_weapons_use
    text = (
        "Guidance kits and engines for cruise missiles were seized from a lorry at the border "
        "crossing on Friday, customs officials said."
    )
    assert _sub(text) == S.disrupted_weapons_use
    text = "Police seized 200 kilograms of dynamite from a farm outside the town on Friday."
    assert _sub(text) == S.disrupted_weapons_use
    # rockets fired are the shelling
    text = "Rockets fired from across the border hit a school in the town on Friday, police said."
    assert _sub(text) == S.shelling_artillery_missile_attack


def test_weapons_also_recovered_after_a_fight_are_its_spoils() -> None:
    text = (
        "Soldiers killed nine insurgents in a gun battle near the river on Friday. The troops "
        "also recovered four AK-47 rifles and two motorcycles."
    )
    assert _sub(text) == S.armed_clash


def test_a_base_opened_is_a_base_whatever_its_missiles() -> None:
    text = (
        "The air force formally opened its new air defence missile base outside the port city "
        "on Friday, the defence ministry said."
    )
    assert _sub(text) == S.headquarters_or_base_established
    text = "A naval base on the island was commissioned on Friday, the navy said."
    assert _sub(text) == S.headquarters_or_base_established
    # fire opened on a base is no base opened
    text = "Militants opened fire on an army base near the border on Friday, killing two soldiers."
    assert _sub(text) != S.headquarters_or_base_established


def test_police_who_fire_back_at_one_gunman_fight_no_battle() -> None:
    text = (
        "A gunman shot dead six shoppers at a mall on Friday before officers killed him in an "
        "exchange of fire, police said."
    )
    assert _sub(text) == S.attack
    # a band that exchanges fire with troops fights a battle
    text = "Gunmen exchanged fire with soldiers at a checkpoint outside the town on Friday."
    assert _sub(text) == S.armed_clash


def test_a_convoy_under_police_escort_ambushed_is_attacked() -> None:
    text = (
        "Gunmen ambushed a convoy of passenger buses travelling under police escort on the "
        "highway on Friday, witnesses said."
    )
    assert _sub(text) == S.attack
    text = "Gunmen ambushed a police patrol on the highway on Friday, officials said."
    assert _sub(text) == S.armed_clash


def test_armed_sides_that_fought_with_mortars_fought_a_battle() -> None:
    text = (
        "Government troops and rebel fighters fought with machine guns and mortars on the "
        "edge of the town on Friday, residents said."
    )
    assert _sub(text) == S.armed_clash
    # attackers who fought their way inside after a car bomb did not fight a battle
    text = (
        "Militants set off a car bomb at the gate of a hotel on Friday and then fought their "
        "way inside, officials said."
    )
    assert _sub(text) != S.armed_clash


def test_a_town_that_falls_to_an_armed_group_is_overtaken() -> None:
    assert (
        _sub(
            "Rebel fighters said on Friday that the district capital was now under their control.",
        )
        == S.non_state_actor_overtakes_territory
    )
    assert (
        _sub(
            "Residents said the town had been quiet since Friday.",
            title="Border town falls to the rebels",
        )
        == S.non_state_actor_overtakes_territory
    )


def test_a_crowd_that_kills_a_person_is_a_mob_not_a_riot() -> None:
    text = (
        "A crowd lynched a young man in the market on Friday, beating him to death and "
        "setting his body alight, witnesses said."
    )
    assert _sub(text) == S.mob_violence
    # a crowd that burns a terminal riots
    text = "Protesters burned part of the airport terminal on Friday, demanding new elections."
    assert _sub(text) == S.violent_demonstration


def test_what_the_victim_was_accused_of_is_not_the_event() -> None:
    text = (
        "A man accused by villagers of kidnapping and killing a child was beaten to death in "
        "the square by a crowd on Friday, police said."
    )
    assert _sub(text) == S.mob_violence


def test_a_force_that_fires_on_a_crowd_uses_excessive_force() -> None:
    text = (
        "Police opened fire on protesters who had thrown stones at their vehicles outside the "
        "governor's office on Friday, killing two."
    )
    assert _sub(text) == S.excessive_force_against_protesters
    text = (
        "Soldiers opened fire on followers of a preacher who were gathering for a march on "
        "Friday, killing 12."
    )
    assert _sub(text) == S.excessive_force_against_protesters
    text = (
        "Security forces cleared a sit-in of opposition supporters in the capital on Friday, "
        "killing scores of people."
    )
    assert _sub(text) == S.excessive_force_against_protesters
    # a sit-in cleared with no one killed met an intervention
    text = "Police cleared a sit-in of students outside the ministry on Friday."
    assert _sub(text) == S.protest_with_intervention


def test_a_separatist_republic_dissolved_changes_the_group() -> None:
    text = (
        "The leader of the separatist region signed a decree on Friday to dissolve the "
        "self-proclaimed republic by the end of the year."
    )
    brief = _brief(text)
    assert brief.incident and brief.sub_event_type == S.change_to_group_activity
    text = "Two resistance groups in the hills announced on Friday that they had merged."
    assert _sub(text) == S.change_to_group_activity


def test_pupils_taken_are_abducted() -> None:
    text = (
        "Armed men took more than 100 pupils from a boarding school on Friday night, "
        "residents said."
    )
    assert _sub(text) == S.abduction_forced_disappearance


def test_a_side_that_pulls_out_of_a_place_another_moves_into_hands_it_over() -> None:
    text = (
        "The last foreign troops pulled out of the Northern Province on Friday and local "
        "police moved into their former posts."
    )
    assert _sub(text) == S.non_violent_transfer_of_territory


def test_a_short_report_whose_cue_tells_how_is_no_accident() -> None:
    text = (
        "A helicopter dropped a barrel filled with chlorine on the village on Friday, "
        "injuring 30 people, doctors said."
    )
    brief = _brief(text)
    assert brief.incident and brief.sub_event_type == S.chemical_weapon
    # a ferry that capsized is still an accident
    assert not _brief("A ferry capsized on the lake on Friday, killing 12 people.").incident


def test_gunmen_who_storm_an_armoury_and_fight_soldiers_fight_a_battle() -> None:
    text = (
        "Gunmen storm an army depot outside the capital before dawn and fight soldiers for "
        "several hours, officials say."
    )
    assert _sub(text) == S.armed_clash


def test_captives_being_exchanged_are_an_agreement_not_arrests() -> None:
    text = (
        "The two warring sides began exchanging some 500 detainees on Friday under a deal "
        "reached in talks abroad."
    )
    assert _sub(text) == S.agreement


def test_a_group_that_abandons_its_neutrality_changes_its_activity() -> None:
    text = (
        "Two rebel movements announced on Friday that they were abandoning their neutrality "
        "and would fight alongside the army."
    )
    brief = _brief(text)
    assert brief.incident and brief.sub_event_type == S.change_to_group_activity


def test_goods_carried_off_are_looted_not_people_taken() -> None:
    text = (
        "Fighters broke into homes in the district on Friday and carried off cars, cash and "
        "jewellery, residents said."
    )
    assert _sub(text) == S.looting_property_destruction


def test_a_crowd_on_a_rampage_is_a_mob() -> None:
    text = (
        "Hundreds of settlers rampaged through the village on Friday night, setting houses "
        "and cars on fire."
    )
    assert _sub(text) == S.mob_violence


def test_an_army_camp_overrun_with_soldiers_killed_is_a_battle() -> None:
    assert (
        _sub(
            "Officials said the attackers withdrew before reinforcements arrived.",
            title="40 soldiers killed as insurgents overrun army camp near the border",
        )
        == S.armed_clash
    )
    # a town whose control the sentence tells of is overtaken
    text = "Rebels overran the district's main army base and took control of the town on Friday."
    assert _sub(text) == S.non_state_actor_overtakes_territory


def test_air_strikes_that_backed_troops_in_a_fight_are_the_fight() -> None:
    text = (
        "Insurgents attacked an army post at dawn on Friday, killing nine soldiers. Troops "
        "killed 30 of the attackers in the fighting that followed, backed by air strikes."
    )
    assert _sub(text) == S.armed_clash


def test_the_weapons_attackers_were_armed_with_are_not_what_they_fired() -> None:
    text = (
        "Ten militants armed with rocket launchers and automatic rifles attacked an air base "
        "on Friday and fought guards for two hours; all ten were killed."
    )
    assert _sub(text) == S.armed_clash


def test_attackers_in_army_uniforms_are_no_army_retaking_a_place() -> None:
    text = (
        "Fighters dressed in army uniforms entered the headquarters of the brigade on Friday "
        "and opened fire on soldiers at prayer."
    )
    assert _sub(text) != S.government_regains_territory


def test_workers_shot_dead_are_civilians_attacked() -> None:
    text = "Rebels shot dead 14 road workers building a bridge in the highlands on Friday."
    assert _sub(text) == S.attack


def test_a_church_blown_up_is_destroyed_property() -> None:
    text = "Militants blew up an old church in the town on Friday, residents said."
    assert _sub(text) == S.looting_property_destruction


def test_martial_law_imposed_is_a_strategic_development() -> None:
    text = "The junta imposed martial law in a dozen townships on Friday, state media said."
    brief = _brief(text)
    assert brief.incident and brief.sub_event_type == S.other


def test_an_alliance_army_is_an_armed_group_not_the_state() -> None:
    text = (
        "Fighters of the Northern Alliance Army captured the border town of Kyu on Friday, "
        "residents said."
    )
    assert _sub(text) == S.non_state_actor_overtakes_territory


def test_troops_that_move_into_a_base_establish_it() -> None:
    text = (
        "Foreign military personnel moved into a hangar at the capital's main air base on "
        "Friday, officials said."
    )
    assert _sub(text) == S.headquarters_or_base_established


def test_troops_who_fire_on_a_leaders_supporters_use_excessive_force() -> None:
    text = (
        "Soldiers opened fire on supporters of the jailed opposition leader outside the army "
        "barracks on Friday, killing 20 people."
    )
    assert _sub(text) == S.excessive_force_against_protesters


def test_enemy_forces_pushed_back_from_positions_is_ground_regained() -> None:
    text = (
        "The army said on Friday that its marines had pushed enemy forces back from three "
        "positions on the river bank."
    )
    brief = _brief(text)
    assert brief.incident and brief.sub_event_type == S.government_regains_territory


def test_students_who_stone_a_classmate_to_death_are_a_mob() -> None:
    text = (
        "Students at a seminary stoned a classmate to death on Friday after accusing him of "
        "theft, police said."
    )
    assert _sub(text) == S.mob_violence
