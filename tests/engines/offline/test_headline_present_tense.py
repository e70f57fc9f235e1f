"""Wire headlines in the present tense ("Militants behead ...", "Jets bomb ...") cue the
same sub-event types as their past-tense reports (issue 13; headlines written for these
tests)."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SubEventType as S

ENGINE = OfflineEngine()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insurgents behead four fishermen near Mocimboa da Praia.", S.attack),
        ("Gunmen torch 40 homes in Kaduna village.", S.looting_property_destruction),
        ("Government troops liberate three villages near Bakhmut.", S.government_regains_territory),
        ("Junta dissolves parliament, suspends constitution in Conakry.", S.other),
        ("Militia and army fight for control of Kalehe.", S.armed_clash),
        ("Separatists shell Donetsk suburbs overnight.", S.shelling_artillery_missile_attack),
        ("Saudi jets bomb Houthi positions near Saada.", S.air_drone_strike),
        (
            "Soldiers open fire on protesters in Bamako, killing four.",
            S.excessive_force_against_protesters,
        ),
        ("Riot police tear-gas students in Kinshasa.", S.protest_with_intervention),
        ("Police round up 60 marchers in Tehran.", S.protest_with_intervention),
        ("Police arrest 12 over Quetta church bombing.", S.arrests),
        ("Raiders club two herders to death in Karamoja.", S.attack),
        ("Armed men burn down 18 huts in Ituri.", S.looting_property_destruction),
        ("Mob stones suspected thief to death in Mwanza market.", S.mob_violence),
        ("Police use water cannon on dairy farmers in Dublin.", S.protest_with_intervention),
        ("Man with an axe wounds four at Munich bakery.", S.attack),
        ("Indian and Pakistani troops trade fire across Line of Control.", S.armed_clash),
        ("Kidnappers snatch three nuns in Anambra.", S.abduction_forced_disappearance),
        ("Villagers set suspected sorcerer ablaze in Mbeya.", S.mob_violence),
        ("Rival factions sign peace declaration in Addis Ababa.", S.agreement),
        ("Five killed as gunmen attack minibus in Marsabit.", S.attack),
        ("Bomb attack on market kills nine in Maiduguri.", S.remote_explosive_landmine_ied),
        ("Explosives found under bridge near Jalalabad.", S.disrupted_weapons_use),
        ("Armed group in Mindanao says it will disarm.", S.change_to_group_activity),
        (
            "Student killed as police fire on crowd in Conakry.",
            S.excessive_force_against_protesters,
        ),
        ("Scores arrested after anti-government protest in Lusaka.", S.arrests),
        (
            "Insurgents take over police station in Lakki Marwat.",
            S.non_state_actor_overtakes_territory,
        ),
    ],
)
def test_a_present_tense_headline_cues_its_sub_event(text: str, expected: S) -> None:
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.sub_event_type == expected, brief.sub_event_type


def test_an_arrest_over_a_bombing_that_counts_its_dead_is_the_bombing() -> None:
    brief = ENGINE.summarize(
        Article.from_text(
            "Police arrested two men over a car bomb that killed nine people in Mogadishu."
        )
    )
    assert brief.sub_event_type != S.arrests, brief.sub_event_type


def test_an_ultimatum_to_disarm_is_no_group_disarming() -> None:
    brief = ENGINE.summarize(
        Article.from_text(
            "Troops stormed the compound in Beni after the militia leader ignored an "
            "ultimatum to disarm his fighters, killing 20 of them."
        )
    )
    assert brief.sub_event_type != S.change_to_group_activity, brief.sub_event_type
