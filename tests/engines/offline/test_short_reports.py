"""Short wire and monitor reports: the ways they word each sub-event, and the distinctions
that decide between neighbouring types.

Sentences written for this test (facts of the kind real reports give, no report's
wording), each kind in more than one phrasing.
"""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.cues import classify, cue_counts
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()

CASES: list[tuple[str, str]] = [
    # territory: any tense, any word order, withdrawals and deals
    (
        "government_regains_territory",
        "Government troops take back the river port from the insurgents",
    ),
    (
        "government_regains_territory",
        "The national army took Tessit back from the jihadists on Friday.",
    ),
    (
        "government_regains_territory",
        "The National Defence Force said it had chased the militia out of the district town.",
    ),
    (
        "government_regains_territory",
        "Government soldiers recovered the village of Nyamilima after the rebels fled.",
    ),
    (
        "non_state_actor_overtakes_territory",
        "Insurgents overran the army's 4th Mechanised Brigade headquarters in the north.",
    ),
    ("armed_clash", "Soldiers beat back an insurgent assault on their camp before dawn."),
    ("armed_clash", "Police repelled a raid by gunmen on the district armoury."),
    (
        "chemical_weapon",
        "Soldiers said grenades filled with CS gas were dropped on their trenches.",
    ),
    ("air_drone_strike", "Government helicopters carried out raids on villages in the valley."),
    (
        "change_to_group_activity",
        "The rebel movement split into two rival factions over the peace talks.",
    ),
    (
        "government_regains_territory",
        "Kenyan forces liberated the village of Bulo Haji from the militants.",
    ),
    (
        "non_violent_transfer_of_territory",
        "The separatists pulled out of the Tessit area and government troops moved in without fighting.",
    ),
    (
        "excessive_force_against_protesters",
        "Police opened fire on #FeesMustFall protesters outside the campus, killing two.",
    ),
    (
        "other",
        "The presidential guard announced the suspension of the constitution and closed the borders.",
    ),
    (
        "armed_clash",
        "The army suffered heavy losses in two days of combat with the insurgents near the border.",
    ),
    (
        "abduction_forced_disappearance",
        "Bandits raided a village overnight and made off with thirty women.",
    ),
    (
        "looting_property_destruction",
        "Armed youths ransacked an aid warehouse and carried off sacks of grain.",
    ),
    (
        "non_state_actor_overtakes_territory",
        "The rebels pushed into the centre of Kalehe and claimed control of the town.",
    ),
    (
        "change_to_group_activity",
        "The jihadist group said it was cutting its ties with al-Qaeda and would rename itself.",
    ),
    (
        "headquarters_or_base_established",
        "India opened its first overseas military base on the island, officials said.",
    ),
    (
        "headquarters_or_base_established",
        "A first contingent of troops arrived at a new military base near the border.",
    ),
    (
        "excessive_force_against_protesters",
        "Soldiers opened fire on farmers protesting over land seizures, killing two.",
    ),
    (
        "abduction_forced_disappearance",
        "Armed men seized twenty worshippers from a church during the evening service.",
    ),
    (
        "change_to_group_activity",
        "A faction of the cartel said it would no longer recognise its founder's sons as leaders.",
    ),
    (
        "change_to_group_activity",
        "Two hundred former rebels handed in their weapons at a decommissioning ceremony.",
    ),
    (
        "headquarters_or_base_established",
        "Foreign instructors opened a training centre for the national army near the capital.",
    ),
    ("armed_clash", "Gunfights between two armed groups in the hills left four dead."),
    (
        "protest_with_intervention",
        "Police used skunk water to clear demonstrators from the main road.",
    ),
    ("mob_violence", "Motorcyclists attacked a truck driver after a collision in the market."),
    (
        "non_state_actor_overtakes_territory",
        "Insurgents occupied the district town on Friday and raided the banks.",
    ),
    ("other", "The military handed power to its commander after detaining the civilian leaders."),
    (
        "change_to_group_activity",
        "Rebel fighters burned their rifles at a ceremony marking the movement's disarmament.",
    ),
    ("attack", "Militants hacked two farmers to death and burned their huts near the river."),
    (
        "looting_property_destruction",
        "Militants burned huts and granaries near the river overnight.",
    ),
    (
        "shelling_artillery_missile_attack",
        "Bombs fired by the rebels landed on the market, residents said.",
    ),
    (
        "non_state_actor_overtakes_territory",
        "The militia said it had overrun the army's main base in the province.",
    ),
    (
        "non_violent_transfer_of_territory",
        "Foreign troops handed over the Ati-Mongo base to the national army.",
    ),
    (
        "non_violent_transfer_of_territory",
        "France returned its air base in Abidjan to the Ivorian army.",
    ),
    ("armed_clash", "The two armies exchanged mortar and machine-gun fire across the river."),
    (
        "remote_explosive_landmine_ied",
        "A bomb hidden in a parked car killed a senior officer outside his home.",
    ),
    ("mob_violence", "Traders beat a suspected pickpocket unconscious at the bus station."),
    (
        "government_regains_territory",
        "The army said it had reoccupied the district town after driving out the militants.",
    ),
    (
        "change_to_group_activity",
        "The insurgent group announced the appointment of a new governor for the province.",
    ),
    (
        "headquarters_or_base_established",
        "Foreign troops set up new positions and a base near the border town.",
    ),
    (
        "other",
        "Soldiers announced on television that they had dissolved the government, before loyal troops regained control.",
    ),
    (
        "government_regains_territory",
        "The army said on Sunday it had driven the rebels out of Tongo, days after they entered it.",
    ),
    (
        "non_state_actor_overtakes_territory",
        "Armed gangs take over Arcahaie after a night of gunfire",
    ),
    (
        "non_violent_transfer_of_territory",
        "Foreign troops withdrew from the Tillia airbase and the national army moved in.",
    ),
    (
        "non_violent_transfer_of_territory",
        "The militia took over the town after the army left it under a negotiated deal.",
    ),
    (
        "non_violent_transfer_of_territory",
        "The rebels handed the border crossing back to the government on Monday.",
    ),
    (
        "non_violent_transfer_of_territory",
        "Government troops entered Menaka after the separatists withdrew.",
    ),
    # air: drones by name and as the weapon, bombs from the air, strikes naming no missile
    ("air_drone_strike", "A Shahed drone hit a warehouse in Kharkiv overnight."),
    ("air_drone_strike", "Rebels attacked an army post with a kamikaze drone near the lake."),
    ("air_drone_strike", "Militants dropped grenades from a drone onto a checkpoint."),
    ("air_drone_strike", "Military jets pound rebel hideouts in the hills"),
    ("air_drone_strike", "Coalition strikes hit weapons depots near the port."),
    ("air_drone_strike", "A strike on a tent camp in the south killed nine people."),
    ("air_drone_strike", "Glide bombs struck the city centre on Tuesday."),
    # explosives
    ("suicide_bomb", "A bomber detonated himself at a checkpoint outside the ministry."),
    ("suicide_bomb", "A young woman set off her vest at the entrance of a market."),
    (
        "remote_explosive_landmine_ied",
        "A van packed with explosives blew up outside the police academy.",
    ),
    (
        "remote_explosive_landmine_ied",
        "Unexploded ordnance went off in a field, killing three boys.",
    ),
    (
        "disrupted_weapons_use",
        "Police thwarted a planned suicide attack on a church in the capital.",
    ),
    (
        "disrupted_weapons_use",
        "A drone attack on the refinery was repelled overnight, the governor said.",
    ),
    ("disrupted_weapons_use", "Troops dismantled a bomb-making workshop in the forest."),
    # sides: clans fight as armed sides; fire exchanged in any words
    ("armed_clash", "Fighting between two clans over a well left seven dead near Galkayo."),
    ("armed_clash", "Two drug gangs shot it out in the market district overnight."),
    # abductions and what ends them
    ("abduction_forced_disappearance", "Pirates seized eight fishermen off the coast on Sunday."),
    ("abduction_forced_disappearance", "Armed men took the crew of a tanker captive in the gulf."),
    ("abduction_forced_disappearance", "Bandits carted away a dozen farmers from their fields."),
    (
        "abduction_forced_disappearance",
        "Men in plain clothes seized a blogger in the capital; he remains missing.",
    ),
    ("attack", "The body of an abducted trader was found dumped outside the town."),
    ("attack", "Rebels cut off the hands of two farmers accused of helping the army."),
    # crowds
    ("peaceful_protest", "Bus drivers went on strike in the capital over unpaid wages."),
    ("peaceful_protest", "Health workers picketed the ministry on Monday."),
    ("peaceful_protest", "Teachers went on an indefinite strike across the country over arrears."),
    (
        "peaceful_protest",
        "Hundreds of students gathered at the university gate to reject the fee rise.",
    ),
    (
        "excessive_force_against_protesters",
        "Soldiers opened fire on an opposition rally, killing twelve.",
    ),
    (
        "excessive_force_against_protesters",
        "A teenager was run over and killed by a police truck during protests in the capital.",
    ),
    (
        "excessive_force_against_protesters",
        "Police shot dead four people protesting the fuel price rise.",
    ),
    (
        "violent_demonstration",
        "Angry villagers attacked a police post after a boy died in custody.",
    ),
    (
        "violent_demonstration",
        "Demonstrators killed a police officer during riots in the market town.",
    ),
    (
        "violent_demonstration",
        "Fans stormed the pitch and attacked the police after the cup final.",
    ),
    ("mob_violence", "Youths from two neighbouring villages fought with clubs over a boundary."),
    ("mob_violence", "Two men accused of theft were beaten and killed by a crowd at the bus park."),
    ("mob_violence", "Groups of youths beat rival supporters in the old town after the game."),
    # strategic developments
    ("arrests", "The authorities jailed the opposition leader on Tuesday."),
    ("arrests", "Police arrested three officers suspected of plotting a coup."),
    (
        "looting_property_destruction",
        "Raiders rustled two hundred goats from herders near the border.",
    ),
    ("change_to_group_activity", "The rebel movement announced the end of its armed activity."),
    (
        "change_to_group_activity",
        "The militia named its former spokesman as its new military commander.",
    ),
    (
        "change_to_group_activity",
        "The militant group named a new emir on Friday, two weeks after its leader was killed in a raid.",
    ),
    (
        "change_to_group_activity",
        "Three armed gangs announced they were joining forces in a new coalition.",
    ),
    (
        "change_to_group_activity",
        "A faction of the rebel group announced it was splitting from the leadership.",
    ),
    (
        "headquarters_or_base_established",
        "The army established a new outpost on the ridge above the valley.",
    ),
    (
        "headquarters_or_base_established",
        "The insurgents turned a captured clinic into their headquarters.",
    ),
    (
        "headquarters_or_base_established",
        "Foreign military instructors set up a camp at the airport.",
    ),
    ("agreement", "The warring parties agreed to open humanitarian corridors in the city."),
    (
        "other",
        "The army chief ousted the interim prime minister and dissolved the transitional government.",
    ),
    ("other", "Officers said they had taken control of the country and suspended the elections."),
    ("other", "The junta dissolved all political parties on Wednesday."),
]


@pytest.mark.parametrize(("expected", "text"), CASES, ids=lambda v: v[:30])
def test_a_short_report_gets_its_sub_event_type(expected: str, text: str) -> None:
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.incident is True, text
    assert brief.sub_event_type == SubEventType(expected), (text, brief.sub_event_type)


def test_a_sentence_of_a_verdict_is_no_arrest() -> None:
    cue = classify("He was jailed for twelve years by a court in the capital.", default_lexicon())
    assert cue is None or cue.sub_event_type != SubEventType.arrests


def test_a_workers_strike_is_no_air_strike() -> None:
    cue = classify("A general strike hit ports and railways across the country.", default_lexicon())
    assert cue is None or cue.sub_event_type != SubEventType.air_drone_strike


def test_a_protest_over_a_killing_stays_a_protest() -> None:
    text = "Hundreds marched in the town after a student was shot dead by unknown gunmen."
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.sub_event_type == SubEventType.peaceful_protest


def test_a_man_shot_as_he_left_a_rally_was_attacked() -> None:
    text = "A mayoral candidate was shot dead as he left a campaign rally in the port city."
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.sub_event_type == SubEventType.attack


def test_the_sports_ground_is_figurative_unless_the_lead_cues_a_riot() -> None:
    lexicon = default_lexicon()
    text = "Fans attacked the police at the stadium after the match."
    _, plain = cue_counts(text, lexicon)
    _, in_riot = cue_counts(text, lexicon, riot=True)
    assert plain == 3 and in_riot == 0
    # a team that "marched" to a win is no protest, and its ground keeps counting
    _, in_protest = cue_counts(text, lexicon, crowd=True)
    assert in_protest == 3


def test_a_headline_names_the_perpetrator_as_the_article_does() -> None:
    # the lexicon's name (Tigray People's Liberation Front) is not in the text: its alias is
    text = "The TPLF and the federal government signed a peace agreement in Pretoria."
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.sub_event_type == SubEventType.agreement
    assert "TPLF" in brief.headline and "Liberation Front" not in brief.headline


def test_a_killing_dated_before_the_event_cues_nothing() -> None:
    text = "The militant group chose a new chief, a month after its founder was assassinated."
    lexicon = default_lexicon()
    cue = classify(text, lexicon)
    assert cue is not None and cue.sub_event_type == SubEventType.change_to_group_activity
    # the killing itself, told as the event, still cues an attack
    cue = classify("Gunmen assassinated the group's founder on Friday.", lexicon)
    assert cue is not None and cue.sub_event_type == SubEventType.attack


def test_gas_at_a_protest_is_no_chemical_weapon() -> None:
    text = "Riot police fired CS gas to disperse the crowd outside the stadium."
    cue = classify(text, default_lexicon())
    assert cue is not None and cue.sub_event_type != SubEventType.chemical_weapon


def test_fighting_that_did_not_happen_cues_no_battle() -> None:
    cue = classify(
        "The militia left the town and the army moved in without clashes.", default_lexicon()
    )
    assert cue is not None and cue.sub_event_type == SubEventType.non_violent_transfer_of_territory


def test_a_crowd_that_attacks_a_building_riots_and_one_that_turns_on_a_man_is_a_mob() -> None:
    lexicon = default_lexicon()
    building = classify(
        "A crowd of several hundred attacked a mosque and set a police van alight.", lexicon
    )
    person = classify("A crowd attacked a young man accused of stealing a phone.", lexicon)
    assert building is not None and building.sub_event_type == SubEventType.violent_demonstration
    assert person is not None and person.sub_event_type == SubEventType.mob_violence
