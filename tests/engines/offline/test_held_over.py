"""People held over an earlier act of violence are an arrest, the act they are held over is
no cue, and an act of violence the opening tells of outweighs a later arrest (issue 13;
sentences written for these tests)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.schema import SubEventType

ENGINE = OfflineEngine()


def test_people_held_over_an_earlier_bombing_are_an_arrest() -> None:
    text = "Police arrested three men in Lahore on Monday over last week's bombing of a market."
    brief = ENGINE.summarize(Article.from_text(text))
    assert brief.sub_event_type == SubEventType.arrests


def test_suspects_held_in_connection_with_a_killing_are_an_arrest() -> None:
    text = "Two men were held in connection with the killing of a trader in Kisumu."
    assert ENGINE.summarize(Article.from_text(text)).sub_event_type == SubEventType.arrests


def test_an_opening_act_of_violence_outweighs_a_later_arrest() -> None:
    text = (
        "A gunman shot and wounded the mayor of Puebla outside his office on Friday. Police "
        "arrested a suspect at the scene."
    )
    assert ENGINE.summarize(Article.from_text(text)).sub_event_type == SubEventType.attack
