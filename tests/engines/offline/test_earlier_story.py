"""A sentence that tells of an act of violence dated only days before the incident's
episode begins another incident's story: the undated sentences after it in its paragraph
go on with that story, not the main one; a wanted man "captured alive" in a raid is
arrested (sentences written for this test)."""

from __future__ import annotations

from datetime import date

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()


def test_undated_sentences_after_an_earlier_dated_attack_are_its_story() -> None:
    text = (
        "Gunmen attacked a police post outside the town on Tuesday, killing two officers, "
        "the provincial governor said. The attackers escaped into the hills. "
        "The district had been attacked before. On March 2, militants stormed a school in "
        "the same valley. Forty pupils were killed in that assault."
    )
    brief = ENGINE.summarize(
        Article.from_text(
            text, title="Two police killed in attack on post", published=date(2023, 5, 18)
        )
    )
    assert brief.killed is not None and (brief.killed.min, brief.killed.max) == (2, 2)


def test_a_suspect_captured_alive_in_a_raid_is_an_arrest() -> None:
    text = (
        "The most wanted man in the country was captured alive on Thursday in a police raid "
        "on a flat in the capital's north. Officers surrounded the building before dawn and "
        "he was taken away with a hood over his head. He is accused of planning the bombing "
        "of the central bus station in March 2022 that killed 12 people."
    )
    brief = ENGINE.summarize(
        Article.from_text(
            text, title="Most wanted man captured in raid", published=date(2023, 5, 19)
        )
    )
    assert brief.sub_event_type == SubEventType.arrests
    assert brief.killed is None  # the bombing's dead are another incident's


def test_an_act_told_as_on_the_same_day_elsewhere_is_another_incident() -> None:
    text = (
        "Gunmen stormed a clinic in the northern district on Monday, killing seven "
        "patients, the health ministry said. Security forces later retook the building. "
        "On the same day a suicide bomber killed at least 40 people at a wedding in the "
        "east of the country."
    )
    brief = ENGINE.summarize(
        Article.from_text(text, title="Gunmen storm clinic", published=date(2023, 5, 16))
    )
    assert brief.killed is not None and brief.killed.max == 7
