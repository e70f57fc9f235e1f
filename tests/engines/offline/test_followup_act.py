"""A follow-up whose opening tells of no violence (a funeral, a vigil) is dated by the act a
later sentence dates, and its summary takes that sentence (sentences written for this
test)."""

from __future__ import annotations

from datetime import date

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine

ENGINE = OfflineEngine()

FUNERAL = (
    "Mourners filled the small chapel on Thursday morning and spilled out into the square, "
    "where loudspeakers carried the hymns to those who could not get in. The family had "
    "asked for white flowers, and the steps were covered with them. The priest spoke of a "
    "man who fixed bicycles for every child in the street. His daughter read a poem she "
    "had written the night before. Many in the crowd wept openly. Outside, neighbours "
    "shared coffee and stories. Tomas Varga, 58, was one of four people shot dead on "
    "August 9 when a gunman opened fire in the bakery where he bought bread every morning. "
    "Police arrested a suspect the same day."
)


def test_a_funeral_is_dated_by_the_shooting_a_later_sentence_tells() -> None:
    brief = ENGINE.summarize(
        Article.from_text(
            FUNERAL, title="Town buries bakery shooting victim", published=date(2024, 8, 16)
        )
    )
    assert brief.incident is True
    assert brief.date == "2024-08-09"
    assert brief.killed is not None and brief.killed.max == 4
    assert "August 9" in brief.summary  # the act's sentence, not only the chapel


def test_an_opening_that_tells_of_violence_keeps_its_own_date() -> None:
    text = (
        "A gunman shot dead a shopkeeper in the market on Thursday morning, police said. "
        "The victim, 58, had run the stall for decades. On August 9 a similar shooting "
        "had wounded a driver nearby."
    )
    brief = ENGINE.summarize(
        Article.from_text(text, title="Shopkeeper shot dead", published=date(2024, 8, 16))
    )
    assert brief.date == "2024-08-15"
