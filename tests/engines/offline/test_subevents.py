"""Every ACLED sub-event type is reachable from a one- or two-sentence report.

The sentences are written for this test (facts of the kind real wire reports give, no
report's wording); each type has several, in different words, so a rule that fits one
phrasing only does not pass.
"""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SUB_EVENT_TYPES, SubEventType

ENGINE = OfflineEngine()

REPORTS: dict[str, list[str]] = {
    "armed_clash": [
        "Fighting erupted on Sunday night in the port city between the Coastal Security Force and the 52nd Brigade after a brigade officer was detained at a checkpoint, residents said.",
        "The mine's private guards, also armed, held the tunnel and the exchange of fire with the intruders lasted two hours.",
        "The junta's troops and resistance fighters fought near the hill town; casualties are unknown.",
        "Fighting between the two countries' border troops spread along the frontier, with tanks and mortars in use on both sides.",
        "Troops neutralise 15 bandits in forest hideouts, army says.",
        "Troops neutralised nine terrorists in a clearance operation. They also rescued four kidnapped victims.",
        "Herders' militia and local vigilantes clashed near the market, leaving several dead.",
        "Two soldiers were killed when militants attacked a checkpoint outside Konduga.",
        "Troops killed twelve insurgents during an operation in the Tillaberi region, the army said.",
        "Gang members and police traded fire for two hours in a hillside district of the capital.",
        "Soldiers and Fano militiamen exchanged fire for several hours outside Debre Markos on Tuesday, residents said.",
        "Militants attacked an army outpost near Diffa overnight and the troops fought them off, killing six attackers, the defence ministry said.",
        "Government forces battled rebels for control of a road junction in Darfur on Sunday; both sides reported losses.",
        "Insurgents ambushed an army patrol on the road to Mopti and the soldiers fought back for an hour.",
    ],
    "government_regains_territory": [
        "The army said its soldiers had driven the insurgents out of the old provincial council building on Monday.",
        "The army said it had regained full control of the provincial capital after a year of rebel rule.",
        "Government troops took full control of the town after a week of air strikes and ground assaults.",
        "Government troops took back control of the border town, the general staff said.",
        "The army liberated the coastal town after a brief exchange of fire with the militants.",
        "The army regained control of the town of Kidal on Tuesday after the rebels who had held it since 2014 withdrew.",
        "Iraqi troops retook the village of Badush from Islamic State fighters after a two-day assault, a military spokesman said.",
        "Government forces have recaptured the district headquarters from the insurgents, the governor said.",
    ],
    "non_state_actor_overtakes_territory": [
        "Rebel fighters swept into Kindu on Friday and held most of the town by nightfall, residents said.",
        "Insurgents captured the provincial capital after government troops fled.",
        "HTS-led fighters captured Hama after three days.",
        "The Arakan Army took control of the township after a week-long siege.",
        "The rebels retook the town from the army on Sunday.",
        "Rebels seized the town of Bunagana on the Ugandan border after the army withdrew, local officials said.",
        "Al-Shabaab fighters took over the town of Mahas on Friday as government troops pulled out, residents said.",
        "The district capital fell to the insurgents late on Sunday after a day of heavy fighting with the army.",
    ],
    "chemical_weapon": [
        "Doctors treated villagers for choking after a gas attack on the town, a medical charity said.",
        "A canister of chlorine was dropped from a helicopter onto a block of flats.",
        "Dozens of people were treated for choking after a chlorine gas attack on the town of Douma, medics said.",
        "Monitors said a nerve agent was used in the shelling of the village, killing at least twelve civilians.",
    ],
    "air_drone_strike": [
        "An army drone targeting militants mistakenly bombed a crowd celebrating a festival, killing dozens.",
        "A drone strike killed four men travelling in a car on the road to Mandera, police said.",
        "Military aircraft bombed a market in the village of Tarin on Monday, killing 20 people, witnesses said.",
        "An air raid on the outskirts of the city destroyed a fuel depot, the regional governor said.",
    ],
    "suicide_bomb": [
        "A bomber detonated his explosive vest near the stage of a party rally.",
        "A suicide bomber detonated his vest at a checkpoint in Baidoa, killing three soldiers.",
        "Two suicide attackers blew themselves up at the entrance of a mosque in Maiduguri, killing nine worshippers.",
    ],
    "shelling_artillery_missile_attack": [
        "Artillery shells hit a residential block in Kharkiv overnight, wounding five people, the mayor said.",
        "Rockets fired from across the border struck houses in the town, killing a child, officials said.",
        "Mortar rounds landed near a school in the district on Thursday; no one was hurt.",
    ],
    "remote_explosive_landmine_ied": [
        "A cargo ship was damaged by a sea mine off the coast; two sailors were hurt.",
        "A bomb hidden in a parked motorcycle exploded near the bus stand.",
        "A magnetic bomb stuck under a car exploded in the city centre, wounding its driver.",
        "A roadside bomb struck a police vehicle near Bannu, killing two officers.",
        "Four herders were killed when their cart hit a landmine near the border, local officials said.",
        "An improvised explosive device went off at a bus stop in the city centre, wounding eleven people.",
        "Two soldiers died when their armoured truck drove over a mine on a track outside the town, the army said.",
    ],
    "grenade": [
        "An attacker threw a grenade into a bar in Bujumbura on Saturday night, wounding seven customers.",
        "A hand grenade was lobbed at a police station in Srinagar, injuring two constables, police said.",
    ],
    "sexual_violence": [
        "Militiamen raped several women when they overran the village, a clinic said.",
        "Girls fetching water near the camp were gang-raped by fighters, a doctor said.",
        "Armed men raped at least five women who had gone to collect firewood near the camp, the UN mission said.",
        "A health group said soldiers had sexually assaulted several girls during a raid on the village.",
    ],
    "attack": [
        "A radio presenter was shot four times in his car outside the station on Friday evening.",
        "A local councillor was found strangled in her flat on Sunday, police said.",
        "Soldiers killed at least 30 civilians in a market town after a clash with militiamen nearby, a rights group said.",
        "Soldiers and foreign fighters executed at least 300 people over four days in the village, investigators said.",
        "Masked men fired on a minibus carrying factory workers, wounding four.",
        "Unidentified gunmen shot dead a shopkeeper in the old town.",
        "Suspected rebels killed 20 civilians with machetes in a village of Beni territory.",
        "Gunmen killed five people at a bar in the port, police said.",
        "Gunmen on motorcycles shot dead eleven villagers in Zamfara state on Sunday, police said.",
        "Unidentified attackers stabbed a priest to death outside his church on Tuesday.",
        "Militants killed nine civilians at a wedding in the village of Tillia, officials said.",
        "Men hiding in the bush ambushed a relief convoy near Rumbek on Thursday, wounding a driver.",
    ],
    "abduction_forced_disappearance": [
        "An opposition activist vanished after being detained by men in plain clothes outside his office, his wife said.",
        "Rebels took several farmers hostage near the plantation.",
        "Bandits blocked the road and marched the travellers into the forest.",
        "A student leader was picked up by unknown men on Friday and has not been seen since.",
        "Gunmen kidnapped 30 passengers from a bus on the Abuja-Kaduna highway on Friday.",
        "Armed men took away a journalist from his home at night and his family has not heard from him since.",
        "Human rights groups said security agents abducted three activists, whose whereabouts remain unknown.",
    ],
    "peaceful_protest": [
        "Relatives of detained activists gathered outside the court to call for their release.",
        "Party supporters protest in the city centre against their leader's arrest.",
        "Opposition supporters rallied in the capital calling for electoral reform.",
        "Thousands of nurses took to the streets to demand better pay.",
        "Thousands of people marched through the capital on Saturday to demand higher wages, in a rally that passed peacefully.",
        "Students staged a sit-in outside the ministry of education to protest against fee increases.",
    ],
    "protest_with_intervention": [
        "Police arrested 30 environmental activists who had blocked a motorway near the port.",
        "Officers charged at demonstrators with truncheons outside parliament; several people were hurt.",
        "Police fired tear gas to disperse opposition supporters who had gathered outside the electoral commission.",
        "Officers broke up a demonstration by farmers in the town square and detained several of the protesters.",
        "Riot police used water cannon against marchers demanding the release of political prisoners.",
        "Police detained 20 people when they cleared a sit-in by nurses protesting unpaid wages outside the health ministry.",
    ],
    "excessive_force_against_protesters": [
        "Soldiers opened fire on unarmed demonstrators outside the governor's office, killing four.",
        "Troops shot and killed a demonstrator during a peaceful march in the regional capital.",
        "A protester died after being shot by police during a march in the capital.",
        "Security forces opened fire on protesters in the city on Friday, killing at least eight people, rights groups said.",
        "Soldiers shot dead two demonstrators during a march against fuel price rises, witnesses said.",
    ],
    "violent_demonstration": [
        "Police fired tear gas at stone-throwing students outside the university.",
        "Angry youths attacked vehicles and smashed shop windows in protest over the death of a motorcyclist.",
        "Opposition supporters broke through police lines and set part of the election office ablaze.",
        "Protesters torched the regional assembly building and hurled stones at police.",
        "Angry demonstrators set fire to tyres and vehicles and clashed with police in the port city.",
        "Clashes in the capital after the verdict: students threw stones at riot police and set a bus ablaze.",
    ],
    "mob_violence": [
        "Rival fans fought with chairs and bottles outside a stadium before the cup final until riot police separated them.",
        "An angry crowd set ablaze two suspected kidnappers at a bus stop.",
        "A mob lynched a man accused of theft in the market of the town on Wednesday, police said.",
        "Villagers beat two suspected cattle thieves to death before police arrived.",
    ],
    "agreement": [
        "The two armies swapped 90 prisoners of war each on Sunday in a deal brokered by Turkey.",
        "The two sides reached a deal on a three-day pause in fighting to let aid in.",
        "The government and the rebels agreed to stop fighting after talks in the capital.",
        "The warring clans signed a peace pact brokered by elders.",
        "The two sides agreed to an exchange of prisoners mediated by the Red Cross.",
        "The government and the rebel movement signed a ceasefire agreement in Doha on Sunday.",
        "The two sides agreed to a permanent cessation of hostilities after a week of talks, the mediators said.",
        "Warring factions reached a peace deal on Thursday that provides for the withdrawal of fighters from the city.",
    ],
    "arrests": [
        "Police arrested two opposition leaders at their hotel on Sunday ahead of a youth rally in the city.",
        "Police banned a planned march and detained its three organisers on Saturday.",
        "Police arrested 15 members of a kidnapping gang in the delta.",
        "Officers detained two suspected kidnappers at a roadblock.",
        "Police detained the city's mayor at dawn, in what his supporters called a coup against democracy.",
        "Two suspects were held in connection with the murder of a shopkeeper.",
        "Rangers took the former minister into custody outside the court.",
        "Intelligence agents rounded up six suspected militants in night raids.",
        "Police arrested twelve suspected members of a militant cell in raids across the province.",
        "Security forces detained an opposition leader at his home early on Monday, his party said.",
    ],
    "change_to_group_activity": [
        "The Mai-Mai group led by a local chief said it was laying down its weapons.",
        "The rebel movement announced a new name for its political wing.",
        "The former minister announced the creation of a political and military coalition that includes two rebel groups.",
        "The Houthis said they would halt attacks on merchant ships.",
        "The party said it had decided to dissolve itself and end its armed struggle.",
        "The militia announced it would suspend its operations and move its fighters to a cantonment site.",
        "Three armed factions announced that they had merged into a single group under a new name.",
        "The rebel movement said it was disbanding its armed wing and would contest elections as a political party.",
        "The militia announced that it had dissolved itself and that its fighters would join the army.",
    ],
    "disrupted_weapons_use": [
        "Troops searching caves found and seized a weapons store holding mortar rounds, a rocket launcher and explosive belts, officials said.",
        "Soldiers seized an arms cache in a mountain cave, including mortar rounds, rifles and three suicide vests, the army said.",
        "Rebel air defences shot down a U.S. MQ-9 Reaper drone over the province, their spokesman said.",
        "Deminers cleared 40 anti-tank mines from a road near the front line, officials said.",
        "Air defences downed 19 of 25 attack drones launched overnight, the air force said.",
        "A bomb disposal unit neutralised an explosive device left near the mosque.",
        "An explosive ordnance team rendered safe a device left at the bus terminal.",
        "Troops recovered an IED planted under a culvert on the highway.",
        "Soldiers seized 80 kilograms of explosives and a box of detonators at a farmhouse.",
        "An unexploded shell found in a field was destroyed by sappers.",
        "Police defused a roadside bomb on the main road into the city on Tuesday.",
        "Air defences intercepted two missiles over the capital overnight, the military said.",
        "Army engineers made safe an explosive device found near a school.",
        "Police safely detonated a hand grenade that was found at a bus stop on Monday.",
        "Two landmines that had been spotted by farmers on a track were removed by deminers.",
    ],
    "headquarters_or_base_established": [
        "The militants turned the village school into a base, elders said.",
        "The jihadist group established a new base near the river crossing.",
        "Fighters of the armed group have set up a base in an abandoned school in the district, residents said.",
        "The insurgents established a new camp in the forest near the border and use it to store weapons, officials said.",
    ],
    "looting_property_destruction": [
        "Militants burned down a primary school in the district overnight; no one was hurt.",
        "Raiders burned down 40 huts in a hamlet near the river.",
        "Armed men broke into a relief warehouse and carried off sacks of flour and medicines.",
        "Dozens of huts were set on fire by raiders in the valley.",
        "Unknown assailants vandalised a telecom mast outside the town.",
        "Armed men looted shops and burned houses in the village after residents fled.",
        "Attackers set fire to a health centre and several homes in the town overnight, local officials said; no one was hurt.",
    ],
    "non_violent_transfer_of_territory": [
        "The foreign contingent transferred its base to the national army on Friday.",
        "Border guards took over four villages after the neighbouring country's posts were withdrawn under a deal that set off protests.",
        "Peacekeepers pulled out of their camp ahead of schedule and national troops moved in.",
        "The rebels withdrew from Kitshanga and government forces moved in without a fight.",
        "Foreign troops handed over their last base in the region to the national army on Monday.",
        "The peacekeeping mission handed control of its camp in the town to government forces as part of its withdrawal.",
    ],
    "other": [
        "Army officers seized power in a coup on Wednesday, dissolved the government and detained the president.",
        "Soldiers appeared on state television to announce that they had taken power and suspended the constitution.",
    ],
}


def test_every_sub_event_type_has_reports() -> None:
    every = {sub.value for subs in SUB_EVENT_TYPES.values() for sub in subs}
    assert set(REPORTS) == every


# Headlines and wire leads in the present tense: the same moves, told as they are announced.
HEADLINES: dict[str, list[str]] = {
    "non_state_actor_overtakes_territory": [
        "Insurgents capture district headquarters in northern province",
        "Rebels seize control of border town after two days of fighting",
    ],
    "government_regains_territory": ["Army retakes key river town from rebels"],
    "disrupted_weapons_use": [
        "Police foil bomb plot, recover explosives near stadium",
        "Troops find IED on highway, disarm it",
    ],
    "excessive_force_against_protesters": [
        "Security forces shoot dead three protesters in port city"
    ],
    "headquarters_or_base_established": ["Foreign army opens military base near the capital"],
    "other": ["Soldiers announce seizure of power on state television"],
}


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        (sub, text)
        for table in (REPORTS, HEADLINES)
        for sub, texts in table.items()
        for text in texts
    ],
    ids=lambda value: value[:30] if isinstance(value, str) else value,
)
def test_a_short_report_gets_its_sub_event_type(expected: str, text: str) -> None:
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.incident is True, text
    assert brief.sub_event_type == SubEventType(expected), (text, brief.sub_event_type)


def test_a_deadly_shooting_is_the_event_though_its_suspect_was_arrested() -> None:
    text = (
        "Arrest made in Dayton supermarket shooting. A gunman opened fire inside a supermarket "
        "in Dayton on Saturday afternoon. Two adults were pronounced dead at the scene. The "
        "suspect was taken into custody by officers and charged with homicide."
    )
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.sub_event_type == SubEventType.attack
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (2, 2)


def test_arrests_are_made_by_a_state_force_and_the_group_is_arrested() -> None:
    text = (
        "Seven suspected members of Jamaah Ansharut Daulah were arrested in Solo on Tuesday. "
        "Jamaah Ansharut Daulah attacked a police post in 2021, police said."
    )
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.sub_event_type == SubEventType.arrests
    assert [a.name for a in brief.perpetrators] == ["police"]
    assert [a.name for a in brief.targets] == ["Jamaah Ansharut Daulah"]


def test_no_detainee_is_no_arrest() -> None:
    from summarizer.engines.offline.lexicon import default_lexicon
    from summarizer.engines.offline.scan.cues import classify

    assert classify("So far no detainee has been reported.", default_lexicon()) is None


def test_an_acquittal_cues_nothing() -> None:
    from summarizer.engines.offline.lexicon import default_lexicon
    from summarizer.engines.offline.scan.cues import classify

    text = "The court sentenced him for fraud while acquitting him of rape."
    assert classify(text, default_lexicon()) is None


def test_a_two_line_report_is_an_incident_on_its_cue_alone() -> None:
    # no word of the violence list: the sub-event cue itself counts in a short report
    brief = ENGINE.summarize(Article.from_text("A chlorine canister was dropped on the suburb."))
    assert brief.incident is True
    assert brief.sub_event_type == SubEventType.chemical_weapon


def test_the_doer_decides_whose_gain_a_town_is() -> None:
    from summarizer.engines.offline.lexicon import default_lexicon
    from summarizer.engines.offline.scan.cues import classify

    lexicon = default_lexicon()
    army = classify("Troops retook the town from the rebels on Sunday.", lexicon)
    rebels = classify("The rebels retook the town from the army on Sunday.", lexicon)
    assert army is not None and army.sub_event_type == SubEventType.government_regains_territory
    assert rebels is not None
    assert rebels.sub_event_type == SubEventType.non_state_actor_overtakes_territory


def test_whom_the_killing_hit_decides_clash_or_attack() -> None:
    from summarizer.engines.offline.lexicon import default_lexicon
    from summarizer.engines.offline.scan.cues import classify

    lexicon = default_lexicon()
    soldiers = classify("Gunmen killed two soldiers on the road.", lexicon)
    farmers = classify("Gunmen killed two farmers on the road.", lexicon)
    speaker = classify("Gunmen killed two people on the road, police said.", lexicon)
    assert soldiers is not None and soldiers.sub_event_type == SubEventType.armed_clash
    assert soldiers.generic is True  # a killing read as a clash weighs as little as an attack
    assert farmers is not None and farmers.sub_event_type == SubEventType.attack
    assert speaker is not None and speaker.sub_event_type == SubEventType.attack
    # in the passive the side that was hit comes first
    passive = classify("Two soldiers were killed when militants raided their post.", lexicon)
    mayor = classify("The mayor was shot dead by gunmen outside the town hall.", lexicon)
    assert passive is not None and passive.sub_event_type == SubEventType.armed_clash
    assert mayor is not None and mayor.sub_event_type == SubEventType.attack


def test_a_violent_crowd_makes_a_riot_whatever_met_it() -> None:
    riot = ENGINE.summarize(Article.from_text("Police fired tear gas at youths hurling stones."))
    calm = ENGINE.summarize(
        Article.from_text("Police fired tear gas at youths sitting in the square.")
    )
    assert riot.sub_event_type == SubEventType.violent_demonstration
    assert calm.sub_event_type == SubEventType.protest_with_intervention


def test_a_seizure_made_with_arrests_is_the_arrests() -> None:
    seized = ENGINE.summarize(
        Article.from_text("Police seized two rifles and explosives in a raid.")
    )
    arrested = ENGINE.summarize(
        Article.from_text(
            "Police arrested three men and seized two rifles and explosives in a raid."
        )
    )
    assert seized.sub_event_type == SubEventType.disrupted_weapons_use
    assert arrested.sub_event_type == SubEventType.arrests


def test_a_lexicon_group_is_an_armed_side_though_no_word_says_so() -> None:
    from summarizer.engines.offline.lexicon import default_lexicon
    from summarizer.engines.offline.scan.cues import classify

    # "al-Shabaab" names no armed noun: the actor lexicon says what it is
    cue = classify("Al-Shabaab said it was ending its operations in the region.", default_lexicon())
    assert cue is not None and cue.sub_event_type == SubEventType.change_to_group_activity
    plain = classify(
        "The company said it was ending its operations in the region.", default_lexicon()
    )
    assert plain is None


def test_a_named_device_outvotes_a_bare_explosion() -> None:
    text = (
        "Explosions near the embassy overnight. Two hand grenades went off outside the "
        "building before dawn, police said."
    )
    brief = ENGINE.summarize(Article.from_text(text, title="Explosions near embassy"))
    assert brief.sub_event_type == SubEventType.grenade


def test_a_shooting_names_its_weapon_and_votes_in_full() -> None:
    # one sentence tells how she was killed; a later one mentions an accord she signed
    text = (
        "The community leader was shot dead at her door on Sunday night by two men on a "
        "motorcycle. She had campaigned for years against forced recruitment. She was also a "
        "signatory of the local crop-substitution agreement under the peace accord."
    )
    assert ENGINE.summarize(Article.from_text(text)).sub_event_type == SubEventType.attack


def test_a_truce_still_to_be_talked_about_is_no_agreement() -> None:
    talks = ENGINE.summarize(Article.from_text("Talks on a truce are to resume in the capital."))
    signed = ENGINE.summarize(
        Article.from_text(
            "Envoys of the two sides signed a declaration on aid access. Talks on a truce "
            "are to resume next week."
        )
    )
    assert talks.incident is False
    assert signed.sub_event_type == SubEventType.agreement
