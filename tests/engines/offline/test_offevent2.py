"""Event and sub-event types on unseen wording (issue 13, helper offevent2): a blast at a
rally is the blast, and takes the device a later sentence names; a crowd of villagers that
beats a man to death is a mob; strikers fired on met excessive force, whatever the
authorities call them; a place declared freed of militants is regained, one now held by
gunmen overtaken; a bomber stopped in time is a disrupted attack; an explosive thrown by
hand is a grenade; a crowd that dispersed by itself met no intervention. (Sentences written
for these tests.)"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import IncidentBrief, SubEventType

ENGINE = OfflineEngine()
S = SubEventType


def _brief(text: str, title: str | None = None) -> IncidentBrief:
    return ENGINE.summarize(Article.from_text(text, title=title, published="2016-05-10"))


def _sub(text: str, title: str | None = None) -> SubEventType | None:
    return _brief(text, title).sub_event_type


def test_a_blast_at_a_rally_is_the_blast_not_the_rally() -> None:
    text = (
        "Two blasts tore through a crowd gathering for a labour rally in the city centre on "
        "Saturday, killing 30 people, officials said."
    )
    assert _sub(text) == S.remote_explosive_landmine_ied
    # a rally with no blast stays a protest
    assert _sub("Thousands of nurses rallied outside the ministry on Monday to demand pay.") == (
        S.peaceful_protest
    )


def test_a_blast_naming_no_device_takes_the_device_a_later_sentence_names() -> None:
    text = (
        "An explosion ripped through the stands of a football ground during a ruling party "
        "meeting on Sunday, wounding 20 people. Police later said a hand grenade had been "
        "thrown from the crowd."
    )
    assert _sub(text) == S.grenade
    text = (
        "An explosion tore through a market in the north of the city on Sunday, wounding 20 "
        "people. Police cordoned off the area."
    )
    assert _sub(text) == S.remote_explosive_landmine_ied


def test_a_crowd_of_villagers_that_beats_a_man_to_death_is_a_mob() -> None:
    text = (
        "A crowd of villagers pulled a herdsman from a bus near the river crossing on Tuesday "
        "evening and beat him to death, accusing him of stealing a goat, police said."
    )
    assert _sub(text) == S.mob_violence
    # a gunman who beats a man to death is no crowd
    text = "Two robbers beat a shopkeeper to death in his store on Tuesday, police said."
    assert _sub(text) == S.attack


def test_strikers_fired_on_met_excessive_force_whatever_they_are_called() -> None:
    assert _sub(
        "Police opened fire on striking dockworkers at the port on Thursday, killing six."
    ) == (S.excessive_force_against_protesters)
    text = (
        "Troops fired on farmers and their families who had gathered at the district office "
        "on Friday, killing nine, officials said, describing the crowd as rioters who had "
        "burned tyres."
    )
    assert _sub(text) == S.excessive_force_against_protesters
    # a crowd the article itself shows rioting is a riot
    text = "Rioters set fire to the district office and hurled stones at police on Friday."
    assert _sub(text) == S.violent_demonstration


def test_a_protest_toll_of_the_month_does_not_make_a_dispersal_excessive() -> None:
    text = (
        "Police fired tear gas and water cannon to push back thousands of marchers in the "
        "capital on Wednesday. Several marchers were detained. Organisers said the march "
        "would resume on Saturday. Opposition leaders urged calm. The ministry blamed the "
        "organisers. At least nine people have been killed in the demonstrations this month, "
        "rights groups say."
    )
    assert _sub(text) == S.protest_with_intervention


def test_a_crowd_that_broke_up_by_itself_met_no_intervention() -> None:
    text = (
        "Hundreds of pensioners rallied outside the finance ministry on Tuesday to demand "
        "their arrears; the crowd dispersed without incident in the afternoon."
    )
    assert _sub(text) == S.peaceful_protest
    text = "Police used tear gas to disperse hundreds of pensioners outside the ministry."
    assert _sub(text) == S.protest_with_intervention


def test_arrests_of_a_crowd_gathered_to_demand_are_the_intervention() -> None:
    text = (
        "Police detained 40 students who had gathered in front of the rector's office to "
        "demand lower fees, their union said."
    )
    assert _sub(text) == S.protest_with_intervention
    text = "Police detained 40 suspected smugglers in raids on the port, officials said."
    assert _sub(text) == S.arrests


def test_a_place_declared_freed_of_militants_is_regained_not_captives_freed() -> None:
    text = (
        "The defence minister declared the river town liberated from Islamist militants on "
        "Sunday after a three-week siege."
    )
    assert _sub(text) == S.government_regains_territory
    text = "Twelve hostages were freed from militants in a forest raid on Sunday, the army said."
    assert _sub(text) != S.government_regains_territory


def test_a_town_taken_or_now_held_by_gunmen_is_overtaken() -> None:
    text = "Islamist gunmen took control of the southern port town on Friday, residents said."
    assert _sub(text) == S.non_state_actor_overtakes_territory
    text = (
        "The provincial capital is now held by rebels who entered it overnight after "
        "soldiers withdrew, residents said."
    )
    assert _sub(text) == S.non_state_actor_overtakes_territory
    text = (
        "The air base is now in the hands of national security forces: the foreign contingent "
        "formally handed it over on Sunday, officials said."
    )
    assert _sub(text) != S.non_state_actor_overtakes_territory


def test_a_bomber_stopped_before_detonating_is_a_disrupted_attack() -> None:
    text = (
        "Soldiers at a checkpoint shot dead a would-be suicide bomber before he could detonate "
        "his vest on Monday, the army said."
    )
    assert _sub(text) == S.disrupted_weapons_use
    text = (
        "A teenager wearing explosives detonated them at a crowded bus park on Monday, "
        "killing 12 people, police said."
    )
    assert _sub(text) == S.suicide_bomb


def test_an_explosive_thrown_by_hand_is_a_grenade_but_a_petrol_bomb_is_not() -> None:
    text = (
        "A man threw a home-made explosive device at the governor's car as it left a "
        "stadium on Saturday; the governor was unhurt."
    )
    assert _sub(text) == S.grenade
    text = "Protesters threw petrol bombs at police outside the parliament on Saturday."
    assert _sub(text) != S.grenade


def test_a_politics_piece_whose_lead_throws_a_bomb_is_an_incident() -> None:
    text = (
        "A man threw a pipe bomb at the opposition candidate as she addressed voters at a "
        "campaign stop on Saturday; she was unhurt and guards tackled him. The election "
        "campaign, in which candidates have courted voters on the budget and spending, "
        "resumed on Sunday. Polls give her party 30 per cent of the vote in the election."
    )
    brief = _brief(text, title="Bomb thrown at candidate during election campaign")
    assert brief.incident and brief.sub_event_type == S.grenade


def test_civilians_shot_dead_in_an_ambush_were_attacked() -> None:
    text = (
        "Nine passengers were shot dead on Sunday after gunmen ambushed a minibus on the "
        "road to the border, police said."
    )
    assert _sub(text) == S.attack
    text = "Gunmen ambushed an army patrol on the road to the border on Sunday, police said."
    assert _sub(text) == S.armed_clash


def test_a_shrine_packed_with_explosives_and_flattened_is_property_destroyed() -> None:
    text = (
        "The old shrine of the town's patron saint was packed with explosives and flattened "
        "by militants on Friday, residents said."
    )
    assert _sub(text) == S.looting_property_destruction


def test_a_group_that_suspends_or_dissolves_itself_changes_its_activity() -> None:
    text = (
        "The rebel movement will suspend all of its activities for three months, its "
        "spokesman announced on Tuesday."
    )
    assert _sub(text) == S.change_to_group_activity
    text = "The separatist group said on Friday that it had dissolved all its structures."
    assert _sub(text) == S.change_to_group_activity


def test_a_gas_canister_dropped_on_a_town_is_a_chemical_attack() -> None:
    text = "Medics said 20 people choked after a gas canister was dropped on a clinic on Sunday."
    assert _sub(text) == S.chemical_weapon


def test_a_district_left_under_a_deal_is_transferred() -> None:
    text = (
        "The last fighters left the city's old district on Sunday under a deal, handing the "
        "district to government forces."
    )
    assert _sub(text) == S.non_violent_transfer_of_territory


def test_an_oped_retrospective_reports_no_incident() -> None:
    text = (
        "Thirty years ago the ceasefire was signed. It is worth remembering what came before: "
        "car bombs tore through the capital's markets. Yet the peace has endured. We should "
        "remember that it was built on compromise, and not take it for granted. Its "
        "anniversary is a moment to recommit to it. The negotiators deserve credit."
    )
    assert _brief(text).incident is False


def test_a_base_inside_an_air_force_base_is_a_base_not_an_air_strike() -> None:
    text = (
        "The navy opened its first permanent military base abroad on Tuesday, a radar station "
        "inside an air force base on the coast, officials said."
    )
    assert _sub(text) == S.headquarters_or_base_established
    assert _sub("Air force jets bombed rebel positions near the border on Tuesday.") == (
        S.air_drone_strike
    )


def test_what_troops_did_after_the_act_in_a_before_clause_is_not_the_event() -> None:
    text = (
        "Retreating militants set fire to the old courthouse before government troops entered "
        "the town on Monday, the mayor said."
    )
    assert _sub(text) == S.looting_property_destruction


def test_staff_taken_hostage_is_a_taking_unless_people_were_killed() -> None:
    text = (
        "Masked men burst into a radio station on Tuesday, taking six staff hostage for two "
        "hours, police said."
    )
    assert _sub(text) == S.abduction_forced_disappearance
    text = (
        "Gunmen stormed a hotel on Tuesday, killing 12 guests and taking others hostage, "
        "police said."
    )
    assert _sub(text) == S.attack
