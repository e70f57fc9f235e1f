"""One-line reports in which the arrest is not the event, and road and fire accidents told
with verbs of movement (issue 13; sentences written for these tests)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()


def _brief(text: str):
    return ENGINE.summarize(Article.from_text(text))


def test_vehicles_that_roll_skid_or_veer_and_fires_that_tear_through_are_accidents() -> None:
    for text in (
        "A coach rolled off a hill road near Cusco on Monday, killing 14 passengers.",
        "A van skidded into a canal in Sindh, killing seven members of one family.",
        "A fuel truck veered off a flyover in Lagos, killing three motorists.",
        "Fire tore through a textile mill in Gujarat overnight, killing nine workers.",
        "Flames ravaged a hostel in Nairobi, killing four students.",
    ):
        assert _brief(text).incident is False, text


def test_a_vehicle_rolling_over_a_mine_stays_an_explosion() -> None:
    brief = _brief("A pick-up rolled over a landmine near Kidal, killing four soldiers.")
    assert brief.incident is True
    assert brief.sub_event_type == SubEventType.remote_explosive_landmine_ied


def test_the_attacker_held_in_the_same_sentence_leaves_the_attack_the_event() -> None:
    for text in (
        "A man slashed three commuters at a metro station in Lyon before police arrested him.",
        "A woman stabbed two nurses at a clinic in Graz and was restrained by guards.",
        "A gunman shot and wounded five people at a bar in Oslo until officers detained him.",
    ):
        brief = _brief(text)
        assert brief.sub_event_type == SubEventType.attack, (text, brief.sub_event_type)


def test_an_arrest_alone_stays_an_arrest() -> None:
    for text in (
        "Police arrested 14 people suspected of looting shops in Pietermaritzburg.",
        "Soldiers detained a local militia leader at a checkpoint near Bunia.",
    ):
        assert _brief(text).sub_event_type == SubEventType.arrests, text


def test_an_arrest_or_jailing_told_as_the_cause_is_not_the_event() -> None:
    brief = _brief(
        "Looters stripped shopping malls in Pietermaritzburg as unrest spread after the former "
        "president was jailed."
    )
    assert brief.sub_event_type != SubEventType.arrests, brief.sub_event_type
    brief = _brief(
        "Looters raided warehouses in Kisumu following the arrest of a popular opposition MP."
    )
    assert brief.sub_event_type == SubEventType.looting_property_destruction, brief.sub_event_type
