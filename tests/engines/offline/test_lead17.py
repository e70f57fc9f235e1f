"""Lead, session 17: event cues that are no act. A cue word inside a group's proper name ("the
Front for the Liberation of ...") cues nothing; an attack only plotted is no blast; a truce
the report says was ended is no agreement; soldiers who turned on the state take a town as a
non-state side. Sentences written for these tests."""

from __future__ import annotations

from summarizer import summarize


def _sub(text: str) -> str | None:
    brief = summarize(text, engine="offline")
    return None if brief.sub_event_type is None else brief.sub_event_type.value


def test_a_cue_word_inside_a_group_name_cues_nothing() -> None:
    text = (
        "Gunmen ambushed a minibus on the coast road near Lumbo on Sunday, shooting dead four "
        "passengers; the Movement for the Liberation of the Northern Coast later said its "
        "fighters had carried out the attack."
    )
    assert _sub(text) == "attack"
    # counter-example: the same word, lower case, is the act it names
    taken = (
        "Army units completed the liberation of Lumbo on Sunday after a week of fighting, the "
        "defence ministry said, and raised the flag over the district office."
    )
    assert _sub(taken) == "government_regains_territory"


def test_an_attack_only_plotted_is_the_arrest_not_a_blast() -> None:
    text = (
        "Police detained six men in dawn raids on Tuesday, accusing them of plotting to set off "
        "car bombs outside two shopping centres, a police spokesman said."
    )
    assert _sub(text) == "arrests"
    # counter-example: a car bomb that went off is the blast
    blast = (
        "A car bomb went off outside a shopping centre on Tuesday, killing six people, a police "
        "spokesman said."
    )
    assert _sub(blast) == "remote_explosive_landmine_ied"


def test_a_truce_the_report_says_was_ended_is_no_agreement() -> None:
    text = (
        "A device the separatists later said they had planted went off in the airport car "
        "park on Friday, killing two guards and ending the group's eight-month truce."
    )
    assert _sub(text) != "agreement"
    # counter-example: a truce that began is one
    truce = (
        "The separatists and the government began an eight-month truce on Friday after talks "
        "in the capital, both sides said."
    )
    assert _sub(truce) == "agreement"


def test_soldiers_who_turned_on_the_state_take_a_town_as_a_non_state_side() -> None:
    text = (
        "Renegade soldiers who had rebelled overnight took control of the port town of Kelasi "
        "on Saturday, residents said."
    )
    assert _sub(text) == "non_state_actor_overtakes_territory"
    # counter-example: the army's own soldiers taking it back
    retaken = (
        "Government soldiers took control of the port town of Kelasi on Saturday, driving out "
        "the rebels who had held it for a month, residents said."
    )
    assert _sub(retaken) == "government_regains_territory"


def _doers(text: str) -> list[str]:
    return [actor.name for actor in summarize(text, engine="offline").perpetrators]


def test_a_suicide_bomber_is_named_so() -> None:
    text = (
        "Two suicide bombers blew themselves up outside a mosque in Kano on Friday, killing "
        "nine worshippers, police said."
    )
    assert [name.lower() for name in _doers(text)] == ["two suicide bombers"]


def test_how_well_armed_a_doer_was_is_read_but_not_named() -> None:
    text = (
        "The police post in Tinzaouaten came under attack by heavily armed assailants on "
        "Monday night, and three officers were killed, the army said."
    )
    assert _doers(text) == ["armed assailants"]
    # counter-example: an adverb before another word is no part of the phrase
    other = (
        "Armed men attacked the police post in Tinzaouaten on Monday night, and three "
        "officers were reportedly killed, the army said."
    )
    assert _doers(other) == ["Armed men"]


def test_a_killing_is_a_clash_only_when_an_armed_side_is_its_object() -> None:
    text = (
        "Attackers armed with machetes killed at least 20 people in a village outside Butembo "
        "overnight, the mayor said, blaming Mai-Mai rebels."
    )
    assert _sub(text) == "attack"
    # counter-example: the armed side killed is the object, so the two sides fought
    clash = "Gunmen killed four soldiers at a checkpoint outside Butembo overnight, the mayor said."
    assert _sub(clash) == "armed_clash"


def _targets(text: str) -> list[str]:
    return [actor.name for actor in summarize(text, engine="offline").targets]


def test_how_the_verb_killed_stands_between_it_and_whom() -> None:
    text = (
        "Armed raiders hacked to death dozens of herders in a camp outside Dogon Dawa on "
        "Sunday night, the state police said."
    )
    assert _targets(text) == ["herders"]


def test_a_participle_after_people_is_what_they_were_doing() -> None:
    text = (
        "A bomber blew himself up among peace marchers gathering outside a funeral tent in "
        "Baqubah on Thursday, killing 31 people, police said."
    )
    assert _targets(text) == ["peace marchers"]


def test_the_alliance_and_paramilitaries_are_doers() -> None:
    assert _doers("NATO jets bombed an ammunition depot near Brega on Tuesday night.") == ["NATO"]
    text = "Paramilitaries shot dead six farmers near the river outside Tierralta on Sunday."
    assert [name.lower() for name in _doers(text)] == ["paramilitaries"]
    # counter-example: the alliance's peacekeepers hit keep the article's phrase
    hurt = (
        "Twenty NATO peacekeepers were injured on Friday when protesters threw stones at them "
        "outside the town hall, the mission said."
    )
    assert _targets(hurt) == ["NATO peacekeepers"]


def test_soldiers_who_take_over_the_country_stage_a_coup() -> None:
    text = (
        "Soldiers sealed off the radio station and the army took over the country on Thursday "
        "night, hours after the president dismissed its commander; he was held at his home."
    )
    assert _sub(text) == "other"
    # counter-example: a firm that takes over a country's bank is no coup
    firm = "The group took over the country's largest bank last year, its annual report said."
    assert not summarize(firm, engine="offline").incident


def test_an_armed_group_is_no_town_that_bears_its_name_as_an_alias() -> None:
    text = (
        "Two bombers blew themselves up in a crowded market on Wednesday, killing 14 shoppers; "
        "a leaflet signed by the military wing of Hamas claimed the bombing."
    )
    assert summarize(text, engine="offline").location.country is None
    # counter-example: the town under its own name stays the town
    town = "A car bomb exploded outside the town hall in Hamm on Friday, injuring two people."
    assert summarize(town, engine="offline").location.place == "Hamm"
