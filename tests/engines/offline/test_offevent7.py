"""The sub-event of a short report read from its main clause (issue 13, helper offevent7). A
cue inside a subordinate clause of time or purpose (opened by while, before, after, until,
", as", "as ... tried to", "in order to") counts after the main clause's, unless the main
clause only says people died (a suicide blast is the event wherever it is told); the object
of a capture verb decides (a person captured by state forces is arrested, a town captured is
territory); a truce one side declares alone changes that group's activity (an agreement
needs two parties); a crowd that loots where no protest is told is a mob (protesters who
loot riot); forces or aircraft deployed into a base man it (a strike from it is a strike); a
group that hands over its heavy weapons changes its activity; a government that takes over a
place from departing forces receives it without a fight (a place it recaptures it regains).
(Sentences written for these tests.)
"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()
S = SubEventType


def _sub(text: str) -> SubEventType | None:
    brief = ENGINE.summarize(Article.from_text(text, published="2021-05-10"))
    return brief.sub_event_type if brief.incident else None


def test_a_retaking_told_after_before_is_the_battle_it_ended() -> None:
    assert (
        _sub(
            "Commandos battled gunmen inside the ministry for four hours on Tuesday "
            "before regaining control of the building."
        )
        == S.armed_clash
    )
    # counter-example: the retaking in the main clause is the event
    assert (
        _sub(
            "Commandos regained control of the ministry on Tuesday after a four-hour "
            "battle with gunmen inside the building."
        )
        == S.government_regains_territory
    )
    # counter-example: a suicide blast that ends the attack is the event, told where it may
    assert (
        _sub(
            "A gunman opened fire on guards at the embassy gate on Friday before blowing "
            "himself up, killing four people."
        )
        == S.suicide_bomb
    )


def test_a_fight_after_while_does_not_outweigh_the_main_act() -> None:
    assert (
        _sub(
            "On 9 June, police in Lagos arrested eleven men at a warehouse, while "
            "soldiers fought bandits in the hills outside the city."
        )
        == S.arrests
    )
    # counter-example: a main clause that only counts dead does not outweigh the blast
    # the subordinate clause tells of
    assert (
        _sub(
            "Four soldiers were killed on Sunday after a roadside bomb struck their truck near Gao."
        )
        == S.remote_explosive_landmine_ied
    )


def test_a_person_captured_by_troops_is_arrested() -> None:
    assert (
        _sub(
            "Special forces captured the militia commander Omar Dhuhulow at a farm "
            "near Baidoa on Monday, the army said."
        )
        == S.arrests
    )
    assert _sub("Paratroopers captured Kunle Ayodeji outside his home on Friday.") == S.arrests
    # counter-example: a town captured by troops is regained territory
    assert (
        _sub("Troops captured the town of Malakal on Monday after two days of fighting.")
        == S.government_regains_territory
    )


def test_a_truce_one_side_declares_changes_its_activity() -> None:
    assert (
        _sub("The FDLR declared a unilateral ceasefire on Monday for the harvest season.")
        == S.change_to_group_activity
    )
    # counter-example: two parties declaring a truce agree
    assert (
        _sub("The army and the rebels declared a ceasefire on Monday after talks in Arusha.")
        == S.agreement
    )


def test_crowds_that_loot_with_no_protest_are_a_mob() -> None:
    assert (
        _sub("A crowd of residents looted a grain depot in the market town on Thursday.")
        == S.mob_violence
    )
    # a headline's present tense too
    brief = ENGINE.summarize(
        Article.from_text(
            "Villagers ransacked the mill's store on Thursday and carried off its flour.",
            title="Villagers loot flour mill after price rise",
        )
    )
    assert brief.sub_event_type == S.mob_violence
    # counter-example: protesters who loot riot
    assert (
        _sub(
            "Protesters looted shops on the main avenue on Thursday during a march "
            "against the bread price."
        )
        == S.violent_demonstration
    )


def test_aircraft_flown_into_a_base_man_it() -> None:
    assert (
        _sub("French air force jets have flown into the Niamey air base, officials said on Monday.")
        == S.headquarters_or_base_established
    )
    # counter-example: jets that struck from the base carried out air strikes
    assert (
        _sub("French air force jets struck militant camps near Menaka on Monday, officials said.")
        == S.air_drone_strike
    )


def test_a_group_handing_over_its_heavy_weapons_changes_its_activity() -> None:
    assert (
        _sub("The militia handed over its heavy weapons to the peacekeeping mission on Sunday.")
        == S.change_to_group_activity
    )
    # counter-example: the town handed over with them is a transfer of territory
    assert (
        _sub(
            "Rebels handed over the town of Pinga and their heavy weapons to army troops on Sunday."
        )
        == S.non_violent_transfer_of_territory
    )


def test_a_base_taken_over_from_departing_forces_is_a_transfer() -> None:
    assert (
        _sub(
            "Malian troops took over the Tessalit camp from departing French forces on "
            "Friday in a handover ceremony."
        )
        == S.non_violent_transfer_of_territory
    )
    # counter-example: a town the army recaptured from rebels is regained
    assert (
        _sub("Malian troops recaptured the town of Tessalit from rebels on Friday.")
        == S.government_regains_territory
    )


def test_a_monument_partly_blown_up_is_destroyed_property() -> None:
    assert (
        _sub("Militants blew up part of the old shrine of Sidi Yahia in the city on Monday.")
        == S.looting_property_destruction
    )
    # counter-example: a blast with dead is the bombing
    assert (
        _sub("A bomb exploded at the shrine on Monday, killing nine worshippers.")
        == S.remote_explosive_landmine_ied
    )
