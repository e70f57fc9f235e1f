"""Incident and sub-event types on short reports in unseen wording (issue 13, helper
offevent5): gunfire between armed sides is a battle; explosives strapped to the body and a
bomber's own charge make a suicide bombing; a crowd that forces or breaks its way into a
building demonstrates violently (a burglar does not); a post or a surveillance unit set up
or stationed is a base (troops stationed at posts that stand already are not); goods or
artefacts carried off and houses burned by the hundred are looting and destruction; a raid
that killed some and took others is the attack; a place "taken over" by the side that moved
in after a withdrawal changed hands without a fight; people held as a crowd marched are the
intervention in its protest, the organiser held at home is an arrest; war words aimed at a
policy, a force's needs and a weapons ban are no incident; a coalition formed (in the
passive), a camp the other side had vacated, a side that "stormed to a win", a prison
mutiny, bodies dumped, a town entered "without resistance", a force's position, drivers who
beat a person, a device found, a surrender to a mission, a detainee, a side that "engaged"
another, stones thrown at a force, the fighting people fled. (Sentences written for these
tests.)"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import IncidentBrief, SubEventType

ENGINE = OfflineEngine()
S = SubEventType


def _brief(text: str, title: str | None = None) -> IncidentBrief:
    return ENGINE.summarize(Article.from_text(text, title=title, published="2021-05-10"))


def _sub(text: str, title: str | None = None) -> SubEventType | None:
    brief = _brief(text, title)
    return brief.sub_event_type if brief.incident else None


def test_gunfire_between_armed_sides_is_a_battle() -> None:
    text = (
        "On 2 March 2020, heavy gunfire erupted between army units and fighters of a "
        "local militia on the outskirts of Beni, leaving several combatants dead."
    )
    assert _sub(text) == S.armed_clash
    # gunfire heard between two hours names no sides
    other = "On 2 March 2020, gunfire was heard between midnight and dawn in Beni, residents said."
    assert _sub(other) != S.armed_clash


def test_explosives_on_the_body_and_the_bombers_own_charge_are_a_suicide_bombing() -> None:
    text = (
        "On 4 June 2021, two attackers with explosives strapped to their bodies blew open "
        "the gate of a police compound in Dera Ismail Khan."
    )
    assert _sub(text) == S.suicide_bomb
    second = (
        "On 9 July 2021, a bomber dressed as a cleric set off his charge "
        "inside a shrine in Quetta, killing 11."
    )
    assert _sub(second) == S.suicide_bomb
    # engineers who set off a charge to bring down a bridge bomb no one
    other = (
        "On 9 July 2021, militants set off a charge under a bridge near "
        "Quetta, cutting the highway."
    )
    assert _sub(other) != S.suicide_bomb


def test_a_crowd_forcing_its_way_into_a_building_is_a_violent_demonstration() -> None:
    text = (
        "On 14 August 2022, hundreds of angry residents forced their way into the district "
        "commissioner's office in Bunia after a night of killings nearby."
    )
    assert _sub(text) == S.violent_demonstration
    second = "On 3 May 2021, supporters of the jailed mayor broke into the courthouse in Kasese."
    assert _sub(second) == S.violent_demonstration
    # a burglar is no crowd
    other = "On 3 May 2021, a man broke into the courthouse in Kasese and stole two computers."
    assert _sub(other) != S.violent_demonstration


def test_a_post_or_a_unit_set_up_is_a_base() -> None:
    text = "On 3 February 2020, Turkish troops set up a new observation post near Idlib."
    assert _sub(text) == S.headquarters_or_base_established
    second = (
        "On 5 April 2021, the navy stationed a surveillance unit on a reef off "
        "Palawan, fishermen said."
    )
    assert _sub(second) == S.headquarters_or_base_established
    # troops stationed at posts that stand already set up nothing
    other = (
        "On 5 April 2021, soldiers stationed at border posts near Palawan "
        "fired on a smuggling boat."
    )
    assert _sub(other) != S.headquarters_or_base_established


def test_goods_carried_off_and_houses_burned_are_looting() -> None:
    text = "On 11 April 2003, crowds carried off antiquities from the museum in Mosul."
    assert _sub(text) == S.looting_property_destruction
    second = "On 20 March 2020, militiamen burned more than 300 houses in a village near Djugu."
    assert _sub(second) == S.looting_property_destruction
    # houses burned in a raid that killed people: the attack
    other = (
        "On 20 March 2020, militiamen killed 22 villagers and burned more than "
        "300 houses near Djugu."
    )
    assert _sub(other) == S.attack


def test_a_raid_that_killed_some_and_took_others_is_the_attack() -> None:
    text = "On 9 June 2020, gunmen killed 12 villagers and abducted 30 others in a raid in Katsina."
    assert _sub(text) == S.attack
    # no one killed: the abduction
    other = "On 9 June 2020, gunmen abducted 30 villagers in a raid in Katsina."
    assert _sub(other) == S.abduction_forced_disappearance


def test_a_place_taken_over_after_a_withdrawal_changed_hands() -> None:
    text = (
        "French forces withdrew from the Gossi base on 19 April 2022, and "
        "Malian soldiers took it over."
    )
    assert _sub(text) == S.non_violent_transfer_of_territory
    # a post taken over after a fight that killed people: not a handover
    other = (
        "Rebels attacked the Gossi base on 19 April 2022, killed four soldiers and took it over."
    )
    assert _sub(other) != S.non_violent_transfer_of_territory


def test_arrests_as_a_crowd_marched_and_an_organiser_held_at_home() -> None:
    text = (
        "On 18 January 2021, police arrested a protest leader and 15 others as they "
        "marched to parliament in Lusaka."
    )
    assert _sub(text) == S.protest_with_intervention
    other = (
        "Police detained the organiser of a march against fuel prices at his "
        "home in Lusaka on 4 November 2020."
    )
    assert _sub(other) == S.arrests


def test_war_words_aimed_at_a_policy_are_no_incident() -> None:
    text = "The minister said the government would wage war on inflation and attack the deficit."
    assert _brief(text).incident is False
    text = (
        "The senator launched a scathing attack on the budget, "
        "accusing rivals of killing the reform."
    )
    assert _brief(text).incident is False
    # an office of the budget attacked by gunmen is an incident
    real = "On 3 June 2020, gunmen attacked the budget office in Herat, killing two guards."
    assert _sub(real) == S.attack


def test_a_forces_needs_and_a_weapons_ban_are_no_incident() -> None:
    needs = "The police chief told lawmakers the force needed more armoured cars to fight bandits."
    assert _brief(needs).incident is False
    ban = "Campaigners called for a ban on landmines and cluster munitions at a meeting in Oslo."
    assert _brief(ban).incident is False
    # a unit sent to fight that is ambushed is an incident
    real = (
        "On 7 May 2021, soldiers sent to fight bandits were ambushed near "
        "Zurmi, and six were killed."
    )
    assert _brief(real).incident is True


def test_a_coalition_formed_in_the_passive_changes_the_groups() -> None:
    text = (
        "On 15 December 2020, a new rebel coalition was formed by four armed groups "
        "in the north of the Central African Republic."
    )
    assert _sub(text) == S.change_to_group_activity
    # a group formed to fight that attacks is the attack
    other = "On 15 December 2020, fighters of a new coalition killed 6 villagers near Bossangoa."
    assert _sub(other) == S.attack


def test_a_camp_the_other_side_had_vacated_changed_hands() -> None:
    text = (
        "On 9 July 2022, the Malian army took over the Gossi camp that French troops had vacated."
    )
    assert _sub(text) == S.non_violent_transfer_of_territory
    # the camp taken after a fight that killed soldiers is no handover
    other = (
        "On 9 July 2022, jihadists overran the Gossi camp that French troops had vacated, "
        "killing 11 soldiers."
    )
    assert _sub(other) != S.non_violent_transfer_of_territory


def test_a_side_that_stormed_to_a_win_is_no_incident() -> None:
    text = "Supporters cheered as the visitors stormed to a 3-1 victory in the cup final."
    assert _brief(text).incident is False
    # a crowd that stormed a stadium's offices is one
    real = "On 2 May 2021, angry supporters stormed the club's offices in Tunis after the final."
    assert _brief(real).incident is True


def test_a_prison_mutiny_is_no_coup() -> None:
    text = (
        "On 12 March 2020, guards killed 9 detainees during a prison mutiny in Bukavu, "
        "rights groups said."
    )
    assert _sub(text) == S.attack
    # soldiers who mutiny are the change of power's
    other = "On 18 August 2020, soldiers mutinied at the Kati camp and detained the president."
    assert _sub(other) == S.other


def test_bodies_dumped_or_mutilated_tell_of_an_attack() -> None:
    text = "On 9 November 2019, residents discovered four headless bodies near a school in Uruapan."
    assert _sub(text) == S.attack
    second = "On 9 November 2019, the bodies of six men were dumped on a highway outside Uruapan."
    assert _sub(second) == S.attack
    # bodies thrown from a bus that overturned: an accident
    other = "Five bodies were thrown from a bus when it overturned near Kisii on 3 May 2021."
    assert _brief(other).incident is False


def test_a_town_entered_without_resistance_after_a_withdrawal_changed_hands() -> None:
    text = (
        "On 16 October 2023, the army withdrew from Ber and fighters of the rebel "
        "alliance entered the town without resistance."
    )
    assert _sub(text) == S.non_violent_transfer_of_territory
    # entered after a battle: overtaken
    other = "On 16 October 2023, rebels entered the town of Ber after heavy fighting with the army."
    assert _sub(other) == S.non_state_actor_overtakes_territory


def test_an_attack_on_a_forces_position_is_a_battle() -> None:
    text = "On 8 January 2022, Mai-Mai fighters attacked an FARDC position in Fizi territory."
    assert _sub(text) == S.armed_clash
    # an attack on a village is on civilians
    other = "On 8 January 2022, Mai-Mai fighters attacked a village in Fizi territory, killing 3."
    assert _sub(other) == S.attack


def test_drivers_who_beat_a_person_are_a_mob() -> None:
    text = "On 22 May 2022, motorcycle taxi drivers beat a traffic officer in Kindia."
    assert _sub(text) == S.mob_violence
    # drivers beaten by police are the police's victims
    other = "On 22 May 2022, police beat two motorcycle taxi drivers at a checkpoint in Kindia."
    assert _sub(other) != S.mob_violence


def test_a_device_described_then_found_is_disrupted() -> None:
    text = (
        "On 3 May 2022, an IED planted on the Mora-Kolofata road was detected and "
        "neutralised by soldiers."
    )
    assert _sub(text) == S.disrupted_weapons_use
    # one that went off is the explosion
    other = "On 3 May 2022, an IED planted on the Mora-Kolofata road exploded under a truck."
    assert _sub(other) == S.remote_explosive_landmine_ied


def test_fighters_who_surrender_to_a_mission_change_the_group() -> None:
    text = "On 6 March 2022, an ADF commander and 14 combatants surrendered to MONUSCO in Beni."
    assert _sub(text) == S.change_to_group_activity
    # a lone gunman who gives himself up ends his attack
    other = (
        "On 6 March 2022, a gunman shot dead two guards in Beni and later surrendered to police."
    )
    assert _sub(other) == S.attack


def test_a_detainee_tortured_to_death_is_no_arrest() -> None:
    text = (
        "On 9 September 2020, officers tortured a detainee to death at a police station in Enugu."
    )
    assert _sub(text) == S.attack
    # people detained are
    other = "On 9 September 2020, officers detained two traders at a police station in Enugu."
    assert _sub(other) == S.arrests


def test_a_side_that_engaged_another_fought_it() -> None:
    text = "On 30 August 2021, vigilantes engaged Boko Haram insurgents near Konduga."
    assert _sub(text) == S.armed_clash
    # a speaker engaged in talks fought no one
    other = "On 30 August 2021, elders engaged in talks with the governor in Maiduguri."
    assert _sub(other) != S.armed_clash


def test_stones_thrown_at_a_force_are_a_riot_whoever_threw_them() -> None:
    text = "On 11 May 2021, young Palestinians threw stones at Israeli police near the Old City."
    assert _sub(text) == S.violent_demonstration
    # stones thrown at a bus by settlers target its passengers, not a force
    other = "On 11 May 2021, settlers threw stones at a Palestinian bus near Nablus, injuring two."
    assert _sub(other) != S.violent_demonstration


def test_a_named_coalition_formed_and_objects_thrown_with_stones() -> None:
    text = (
        "A new rebel alliance, the Front for Unity, was formed by five armed groups "
        "in Vakaga on 2 June 2021."
    )
    assert _sub(text) == S.change_to_group_activity
    thrown = "On 2 June 2021, young men threw stones and bottles at riot police in Hebron."
    assert _sub(thrown) == S.violent_demonstration
    # stones and bottles thrown by the police are no riot
    other = "On 2 June 2021, riot police threw stones and bottles back at a wall in Hebron."
    assert _sub(other) != S.violent_demonstration


def test_the_fighting_people_fled_is_not_the_event() -> None:
    text = (
        "Looters emptied the warehouses of the port in Tripoli on 3 June 2020 after the "
        "guards fled the fighting."
    )
    assert _sub(text) == S.looting_property_destruction
    # fighting between two sides that people fled is the battle
    other = (
        "Thousands of residents fled fighting between the army and rebels in Tripoli "
        "on 3 June 2020."
    )
    assert _sub(other) == S.armed_clash
