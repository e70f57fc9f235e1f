"""Kinds heldout13 showed missed, read after its one scoring (session 14), each tested in the
lead's own wording: a group that says it is ending its rebellion changes its activity; a
bomb that disposal experts made safe is disrupted weapons use; a shrine or library "set on
fire" in the passive is property destroyed; goods "carted off" are looted; aircraft that are
the target ("walked towards the helicopter hangars and fired") make no air strike; riots a
killing "set off" do not make it a riot. (Sentences written for these tests.)"""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()
S = SubEventType


def _sub(text: str) -> SubEventType | None:
    return ENGINE.summarize(Article.from_text(text, published="2021-05-10")).sub_event_type


def test_a_group_ending_its_rebellion_changes_its_activity() -> None:
    assert (
        _sub(
            "The FNL rebel movement said on Sunday it was ending its 12-year insurgency and "
            "told its fighters to gather at assembly points for disarmament."
        )
        == S.change_to_group_activity
    )
    # an army that vows to end a rebellion changes nothing of the rebels'
    assert (
        _sub("The army said it would end the rebellion by force and shelled rebel positions.")
        != S.change_to_group_activity
    )


def test_a_bomb_made_safe_by_disposal_experts_is_disrupted() -> None:
    assert (
        _sub(
            "Bomb-disposal officers of the state police disarmed a device left in a holdall "
            "on a platform of the central station on Monday, prosecutors said. No one was hurt."
        )
        == S.disrupted_weapons_use
    )


def test_a_shrine_set_on_fire_in_the_passive_is_property_destroyed() -> None:
    assert (
        _sub(
            "The tomb of a revered Sufi scholar, on a hill above the old town, was "
            "deliberately set on fire overnight, destroying its wooden doors and old "
            "manuscripts, the religious affairs ministry said."
        )
        == S.looting_property_destruction
    )


def test_goods_carted_off_by_fighters_are_looted() -> None:
    assert (
        _sub(
            "Rebel fighters went from warehouse to warehouse in the port on Tuesday, carting "
            "off sacks of flour, fuel drums and generators, aid agencies said."
        )
        == S.looting_property_destruction
    )


def test_aircraft_that_are_the_target_make_no_air_strike() -> None:
    assert (
        _sub(
            "Gunmen cut through the fence of the air base at night, walked towards the "
            "helicopter hangars and fired grenades at the guards, the army said."
        )
        != S.air_drone_strike
    )
    # aircraft that fire are one
    assert (
        _sub("Army helicopters fired rockets at a convoy of rebel trucks near the border.")
        == S.air_drone_strike
    )


def test_riots_an_attack_set_off_do_not_make_it_a_riot() -> None:
    text = (
        "A Muslim preacher accused of recruiting for an armed group was shot dead in his car "
        "outside the port city on Monday, setting off a day of rioting in which youths "
        "stoned police and burned a church. Gunmen on a motorbike fired at least ten shots "
        "into the car, witnesses said."
    )
    brief = ENGINE.summarize(
        Article.from_text(text, title="Preacher shot dead; riots follow", published="2021-05-10")
    )
    assert brief.sub_event_type == S.attack
    # a riot reported for itself stays one
    assert (
        _sub(
            "Youths stoned police and burned a church in the port city on Monday in a day of "
            "rioting over the killing of a preacher last week."
        )
        == S.violent_demonstration
    )
