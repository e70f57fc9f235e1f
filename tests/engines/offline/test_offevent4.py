"""Incident, event and sub-event types, and claims' speakers, on unseen wording (issue 13,
helper offevent4): a drill that stages an attack and an industrial blast are no incident; a
post stormed after a bombardment is a battle; an
arrest on a charge is an arrest, whatever protest words the charge names; a return to arms
changes the group; people missing or taken from a massacre do not make it an abduction; an
armed group that "detained" people abducted them; a collection emptied is looting; bodies
dumped in a mass grave are one; the song of a protest movement is no protest. Claims: no
one who "claimed" nothing speaks; an account's owner is the speaker. (Sentences written
for these tests.)"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import IncidentBrief, SubEventType

ENGINE = OfflineEngine()
S = SubEventType


def _brief(text: str, title: str | None = None) -> IncidentBrief:
    return ENGINE.summarize(Article.from_text(text, title=title, published="2021-05-10"))


def _sub(text: str, title: str | None = None) -> SubEventType | None:
    return _brief(text, title).sub_event_type


def test_a_drill_that_stages_an_attack_is_no_incident() -> None:
    text = (
        "Masked 'gunmen' seized a commuter train at the central station on Saturday and "
        "police commandos stormed the carriages to free the passengers. The counter-terrorism "
        "drill, with volunteers wearing fake wounds, was held to test how quickly the units "
        "could respond, and residents were told there was no need to panic."
    )
    assert _brief(text).incident is False


def test_a_blast_at_a_plant_with_no_doer_is_an_accident() -> None:
    text = (
        "An explosion tore through a fertiliser factory on the edge of the city on Monday, "
        "killing 12 workers and injuring 30, officials said. The blast was felt across the "
        "industrial zone."
    )
    assert _brief(text).incident is False
    # a bomb is a doer's: the same blast at a market with a bomb named is an incident
    text = (
        "A bomb explosion tore through a crowded market on the edge of the city on Monday, "
        "killing 12 shoppers and injuring 30, officials said."
    )
    assert _brief(text).incident is True


def test_a_mine_fire_whose_manager_was_held_is_no_incident() -> None:
    text = (
        "Nineteen miners died when coal dust ignited deep underground at a colliery in the "
        "region on Tuesday. Prosecutors detained the colliery manager on suspicion of "
        "ignoring safety rules."
    )
    assert _brief(text).incident is False


def test_a_post_stormed_after_a_bombardment_is_a_battle() -> None:
    text = (
        "Insurgents stormed the army outpost near the border on Tuesday after pounding it "
        "with mortars for an hour, the defence ministry said."
    )
    assert _sub(text) == S.armed_clash


def test_fire_on_a_crowd_described_at_length_is_excessive_force() -> None:
    text = (
        "Soldiers opened fire on several thousand unarmed opposition marchers near the "
        "stadium on Saturday, killing at least 12 people, doctors said."
    )
    assert _sub(text) == S.excessive_force_against_protesters


def test_an_arrest_on_a_charge_is_an_arrest_whatever_protest_it_names() -> None:
    text = (
        "Police detained a veteran publisher at his home on Thursday on charges of funding "
        "protesters through a legal aid trust."
    )
    assert _sub(text) == S.arrests
    text = (
        "Police arrested the opposition leader as he arrived at a campaign rally in the "
        "north on Sunday."
    )
    assert _sub(text) == S.arrests
    # protesters rounded up at the scene on a charge met an intervention
    text = (
        "Police arrested 40 protesters outside parliament on Monday on charges of unlawful "
        "assembly as the crowd chanted against the budget."
    )
    assert _sub(text) == S.protest_with_intervention


def test_a_politician_taken_from_home_by_police_is_arrested() -> None:
    text = (
        "The former speaker of the dissolved parliament was taken from his home in the "
        "capital by police on Monday night, his party said."
    )
    assert _sub(text) == S.arrests


def test_campaigners_carried_off_an_occupied_bridge_met_an_intervention() -> None:
    text = (
        "Officers began removing climate campaigners from the bridge on Friday after a "
        "three-day occupation of the bridge, arresting 30 of them."
    )
    assert _sub(text) == S.protest_with_intervention


def test_a_return_to_arms_changes_the_group() -> None:
    text = (
        "A former rebel commander said on Friday that he and several hundred fighters would "
        "go back to war, rejecting the peace deal signed last year."
    )
    assert _sub(text) == S.change_to_group_activity
    text = (
        "The rebels' former commander said on Friday that his fighters would never return "
        "to arms and that the peace deal signed last year would hold."
    )
    assert _sub(text) != S.change_to_group_activity


def test_people_missing_after_a_massacre_do_not_make_it_an_abduction() -> None:
    text = (
        "At least 40 villagers were killed when gunmen raided a hamlet on Sunday night, and "
        "a dozen more are still missing, local officials said."
    )
    assert _sub(text) == S.attack
    text = (
        "At least 30 people were killed in the village on Sunday when armed men surrounded "
        "it; several women were taken away, officials said."
    )
    assert _sub(text) == S.attack


def test_an_armed_group_that_detained_people_abducted_them() -> None:
    text = (
        "Jihadist fighters detained three aid workers at a roadblock on Monday and drove them "
        "to an unknown location, their employer said."
    )
    assert _sub(text) == S.abduction_forced_disappearance
    text = "Police detained three aid workers at a roadblock on Monday, their employer said."
    assert _sub(text) == S.arrests


def test_a_kidnapping_beside_others_rescued_is_still_a_kidnapping() -> None:
    text = (
        "Bandits kidnapped 25 pupils from a boarding school on Friday night, the state "
        "government said, adding that police had rescued another 40."
    )
    assert _sub(text) == S.abduction_forced_disappearance


def test_a_collection_emptied_by_occupying_troops_is_looting() -> None:
    text = (
        "Troops who occupied the regional history museum for months emptied its storerooms "
        "before they left, the museum's director said."
    )
    brief = _brief(text)
    assert brief.incident is True
    assert brief.sub_event_type == S.looting_property_destruction


def test_bodies_dumped_in_a_mass_grave_are_a_mass_grave() -> None:
    text = (
        "Investigators said the bodies of at least 50 men had been dumped in a mass grave "
        "outside the town."
    )
    assert _sub(text) == S.other
    # survivors who buried their dead tell of the killing
    text = (
        "Survivors of the raid on the village buried their dead in mass graves on Sunday "
        "after gunmen killed dozens of residents."
    )
    assert _sub(text) == S.attack


def test_a_singer_of_a_protest_movement_shot_dead_was_attacked() -> None:
    text = (
        "The singer whose ballads became anthems of the protest movement was shot dead "
        "outside his home on Monday night. He was 41. Police said two suspects had been "
        "arrested. His songs were sung at rallies across the country for years."
    )
    assert _sub(text, "Ballad singer of protest movement shot dead") == S.attack


def test_nobody_who_claimed_nothing_is_no_speaker() -> None:
    text = (
        "Gunmen shot dead four traders at a market in the town on Monday, police said. "
        "Nobody claimed the killing, but a local militia said on Tuesday that its men had "
        "carried it out."
    )
    sources = [c.source for c in _brief(text).claims]
    assert all(not s.lower().startswith("nobody") for s in sources)


def test_an_accounts_owner_speaks() -> None:
    text = (
        "Gunmen shot dead four traders at a market in the town on Monday. According to the "
        "police account and to witnesses, the attackers fled on motorbikes."
    )
    sources = [c.source for c in _brief(text).claims]
    assert "police and witnesses" in sources


def test_a_dam_that_gave_way_is_no_incident_and_firefighters_fight_no_battle() -> None:
    text = (
        "An earth dam above a copper mine's waste pond gave way on Thursday, sending a torrent "
        "of mud into a village below. Firefighters said four people had died and 20 were "
        "missing."
    )
    assert _brief(text).incident is False
    # the firefight of two armed sides is still one
    text = (
        "Soldiers and insurgents fought a two-hour firefight outside the town on Thursday, "
        "the army said."
    )
    assert _sub(text) == S.armed_clash


def test_an_army_exercise_that_simulates_a_barrage_is_a_drill() -> None:
    text = (
        "Air raid sirens sounded across the port city on Wednesday as civil defence teams "
        "began an exercise simulating a missile barrage. Rescuers practised pulling people "
        "from collapsed buildings, and residents were asked not to be alarmed."
    )
    assert _brief(text).incident is False


def test_someone_the_police_took_away_was_arrested() -> None:
    text = (
        "Police surrounded the priest's house in the town before dawn on Friday and took "
        "away the priest and two of his assistants, the diocese said."
    )
    assert _sub(text) == S.arrests
    # taken away and not seen since: a disappearance
    text = (
        "Police took away the activist from his home on Friday and his whereabouts remain "
        "unknown, his wife said."
    )
    assert _sub(text) == S.abduction_forced_disappearance


def test_a_collection_carted_off_is_looting_not_its_safekeeping() -> None:
    text = (
        "Icons and manuscripts from the city's history museum were loaded onto lorries "
        "bound for the border over several days before the occupying troops withdrew, "
        "staff said."
    )
    brief = _brief(text, "City museum emptied before troops pull out")
    assert brief.incident is True
    assert brief.sub_event_type == S.looting_property_destruction


def test_a_man_shot_in_the_head_at_his_door_was_attacked() -> None:
    text = (
        "Two men knocked at the farmer's door before dawn on Wednesday. When he opened it "
        "they shot him three times in the chest, his son said."
    )
    assert _sub(text) == S.attack


def test_an_army_position_stormed_with_dead_is_a_battle() -> None:
    text = (
        "Twenty soldiers were killed when insurgents stormed an army position near the "
        "border on Sunday, the armed forces said."
    )
    assert _sub(text) == S.armed_clash


def test_a_rehearsal_headline_makes_a_drill() -> None:
    text = (
        "Police and soldiers staged a counter-terrorism exercise at the city's main stadium on "
        "Thursday, freeing 'hostages' from a stand ahead of next month's final."
    )
    assert _brief(text, "Troops rehearse stadium hostage rescue").incident is False
