"""Who acted on whom in short reports (issue 13, helper offevent6): a rule's ``doer`` is the
subject of the cue's own clause and its ``done_to`` the head of the words after the verb,
so one class of verbs serves several types. A crowd that did harm by hand to a person is
mob violence (gunmen others say did it attack; a crowd that attacks a police station is a
riot); people carried off by an armed side are abducted (goods carried off are looted); a
person the police captured is arrested (a town captured by troops is retaken, weapons the
police seized a disrupted use); a force that storms a protest camp and fires into the
crowd uses excessive force (an army camp stormed is a battle); troops who clear the enemy's
last positions regain territory; a detention that names what people are ("the release of
detained opposition leaders") is no arrest of the day; a group that halts its own attacks
changes its activity (a truce signed is an agreement); an armed side that repelled an assault or
swapped fire fought a battle (police who push back a crowd intervene); an armed group
that occupied a named town overtook it; a bare count of people who took to the streets
protested; an army "taking power" or taking control of state television stages a coup (troops
taking control of a town regain it); a place named by a taking done before ("the captured
town hall") is no taking of the day. (Sentences written for these tests.)"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()
S = SubEventType


def _sub(text: str) -> SubEventType | None:
    brief = ENGINE.summarize(Article.from_text(text, published="2021-05-10"))
    return brief.sub_event_type if brief.incident else None


def test_a_crowd_harming_a_person_is_mob_violence() -> None:
    assert (
        _sub(
            "Residents of Kibera pelted a suspected pickpocket with stones on Sunday "
            "until he collapsed, police said."
        )
        == S.mob_violence
    )
    assert (
        _sub(
            "A crowd of motorbike taxi riders attacked a young cyclist near Kisii on "
            "Tuesday, leaving him with head wounds."
        )
        == S.mob_violence
    )
    # others said it, gunmen did it: an attack
    assert (
        _sub("Residents said gunmen attacked a farmer near Kajuru on Friday, killing him.")
        == S.attack
    )
    # a crowd against a building of the police: a riot, no person harmed
    assert (
        _sub("Protesters attacked a police station in Gulu on Monday, smashing its windows.")
        == S.violent_demonstration
    )


def test_people_carried_off_are_abducted_goods_looted() -> None:
    assert (
        _sub("Rebels carried off two Red Cross aid workers from a clinic near Mundri on Tuesday.")
        == S.abduction_forced_disappearance
    )
    assert (
        _sub("Rebels carried off sacks of grain from an aid depot near Mundri on Tuesday.")
        == S.looting_property_destruction
    )


def test_a_person_the_police_captured_is_arrested() -> None:
    assert (
        _sub("French police captured Karim Haddou in a dawn operation in Roubaix on Thursday.")
        == S.arrests
    )
    assert _sub("Government troops captured Kidal on Thursday.") == (S.government_regains_territory)
    assert (
        _sub("Police seized 200 kilograms of explosives from a lorry in Peshawar on Friday.")
        == S.disrupted_weapons_use
    )


def test_force_storming_a_protest_camp_uses_excessive_force() -> None:
    assert (
        _sub(
            "Riot police stormed a protest camp outside the governor's office in Sokoto on "
            "Friday, shooting into the crowd and killing four demonstrators."
        )
        == S.excessive_force_against_protesters
    )
    assert (
        _sub("Rebels stormed an army camp near Beni on Friday, killing six soldiers.")
        == S.armed_clash
    )


def test_troops_clearing_the_enemys_last_positions_regain_territory() -> None:
    assert (
        _sub(
            "Iraqi troops cleared the last jihadist hideouts in the old city of Mosul on "
            "Sunday, ending a battle of nine months."
        )
        == S.government_regains_territory
    )
    assert (
        _sub("Iraqi troops battled jihadists in the old city of Mosul on Sunday.") == S.armed_clash
    )


def test_a_detention_that_names_people_is_no_arrest() -> None:
    assert (
        _sub(
            "Several hundred lawyers took to the streets of Lahore on Monday, demanding the "
            "release of detained opposition leaders."
        )
        == S.peaceful_protest
    )
    assert _sub("Police detained twelve activists at a sit-in in Islamabad on Monday.") in (
        S.arrests,
        S.protest_with_intervention,
    )


def test_a_group_halting_its_own_attacks_changes_its_activity() -> None:
    assert (
        _sub(
            "The National Liberation Army announced a halt to its attacks on oil pipelines "
            "in Arauca on Sunday."
        )
        == S.change_to_group_activity
    )
    assert (
        _sub(
            "The government and the rebels signed a cessation of hostilities in Addis "
            "Ababa on Sunday."
        )
        == S.agreement
    )


def test_an_armed_side_that_repelled_them_fought() -> None:
    assert (
        _sub(
            "Insurgents hit a navy outpost on Lake Chad, and marines repelled them after "
            "hours of gunfire."
        )
        == S.armed_clash
    )
    assert (
        _sub("Gendarmes and Koglweogo militiamen swapped fire near Kaya on Sunday.")
        == S.armed_clash
    )
    # police who drove a crowd back intervened in its protest
    assert _sub(
        "Riot police repelled a crowd of marchers near the parliament in Tbilisi on Sunday."
    ) in (S.protest_with_intervention, S.peaceful_protest)


def test_an_armed_group_occupying_a_named_town_overtakes_it() -> None:
    assert (
        _sub("Rebels occupied Kiwanja on Friday after heavy clashes with the army.")
        == S.non_state_actor_overtakes_territory
    )
    assert _sub("Rebels clashed with the army outside Kiwanja on Friday.") == S.armed_clash


def test_a_bare_count_of_people_in_the_streets_protests() -> None:
    assert (
        _sub("Thousands took to the streets of Niamey on Sunday to demand new elections.")
        == S.peaceful_protest
    )
    assert _sub("The tanks took to the streets of Niamey on Sunday.") is None


def test_an_army_taking_power_or_state_television_is_a_coup() -> None:
    assert (
        _sub(
            "Army officers in Ouagadougou dissolved nothing yet but held the president, "
            "taking power late on Monday."
        )
        == S.other
    )
    assert (
        _sub("Soldiers took control of state television in Harare overnight, officers said.")
        == S.other
    )
    assert (
        _sub("Government troops took control of the town of Bama from insurgents on Monday.")
        == S.government_regains_territory
    )


def test_a_place_named_by_an_earlier_taking_is_no_taking() -> None:
    assert (
        _sub("Rebel fighters set up a command post in the captured Bukavu town hall on Sunday.")
        == S.headquarters_or_base_established
    )
    assert (
        _sub("Rebel fighters captured Bukavu on Sunday.") == S.non_state_actor_overtakes_territory
    )
