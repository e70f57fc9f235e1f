"""A bomb "set off" or "planted" is an explosion unless a shooting comes first, and an
island holds the town named before it after "in" (issue 13; sentences written for these
tests)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()


def _brief(text: str):
    return ENGINE.summarize(Article.from_text(text))


def test_a_bomb_set_off_or_planted_is_an_explosion() -> None:
    for text in (
        "Militants set off a roadside device near a market in Kismayo, wounding six traders.",
        "Rebels planted explosives on a railway line near Kassala, derailing a freight train.",
    ):
        brief = _brief(text)
        assert brief.incident is True, text
        assert brief.sub_event_type == SubEventType.remote_explosive_landmine_ied, text


def test_gunmen_who_open_fire_and_then_set_off_explosives_carry_out_the_attack() -> None:
    brief = _brief(
        "Gunmen opened fire on guests at a hotel in Bosaso and then set off explosives at "
        "the gate, leaving eleven dead."
    )
    assert brief.sub_event_type == SubEventType.attack, brief.sub_event_type


def test_an_island_after_a_town_named_in_holds_the_town() -> None:
    brief = _brief(
        "A grenade exploded at a market in Marawi on the southern island of Mindanao, "
        "wounding nine people."
    )
    assert brief.location.place == "Marawi", brief.location


def test_an_island_named_after_a_direction_word_is_still_the_place() -> None:
    brief = _brief(
        "North Korean artillery fired dozens of shells on Baengnyeong island on Tuesday, "
        "wounding three marines."
    )
    assert brief.location.place is not None and "Baengnyeong" in brief.location.place


def test_a_town_named_after_the_temple_of_is_a_buildings_name() -> None:
    brief = _brief(
        "Militants dynamited the Temple of Bel in the ancient desert city of Palmyra on Sunday."
    )
    assert brief.location.country_code == "SY", brief.location


def test_a_monument_blown_up_or_dynamited_is_property_destroyed() -> None:
    for text in (
        "Jihadists blew up a medieval mausoleum outside Timbuktu on Friday.",
        "Militants dynamited an ancient monastery near Mosul on Thursday.",
    ):
        assert _brief(text).sub_event_type == SubEventType.looting_property_destruction, text
