"""A court's town is where the trial sat, not where the crime was; a gridiron or ballpark
report full of war words reports no incident (issue 13; texts written for these tests)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine

ENGINE = OfflineEngine()


def test_the_crimes_town_not_the_courts_is_the_place() -> None:
    text = (
        "A court in Lyon on Tuesday jailed a 34-year-old man for 25 years for shooting dead a "
        "shopkeeper during a robbery in Vaulx-en-Velin on 3 March 2019.\n\n"
        "The jury rejected his claim that the gun had gone off by accident."
    )
    brief = ENGINE.summarize(
        Article.from_text(text, title="Man jailed over shopkeeper killing", published="2021-05-11")
    )
    assert brief.location.place == "Vaulx-en-Velin", brief.location


def test_an_american_football_report_with_war_words_is_no_incident() -> None:
    text = (
        "The Rams blitzed the Seahawks' offence all night and launched a long-range aerial "
        "attack that left the home side shell-shocked. Their quarterback fired two touchdown "
        "passes before half-time, and the defence killed off every drive in the fourth "
        "quarter of the 31-10 win."
    )
    brief = ENGINE.summarize(Article.from_text(text, title="Rams blitz Seahawks"))
    assert brief.incident is False
