"""Which day of a sentence dates the act: not a period's bound ("held since April"), not a
statement's day ("conceded on Sunday"), and, when one sentence names two days, the earlier
one the act is told on rather than its aftermath's (issue 13; sentences written for these
tests)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.document import Document
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.resolve.date import main_date


def _date(text: str, published: str) -> str | None:
    doc = Document(Article.from_text(text, published=published), default_lexicon())
    return main_date(doc)[0]


def test_a_period_bound_dates_no_act() -> None:
    text = (
        "Government troops said on Friday they had driven the rebels out of Kidal's airport, "
        "which the rebels had held since the fighting began in June last year."
    )
    assert _date(text, "2024-03-09") == "2024-03-08"


def test_more_verbs_of_speech_date_a_statement() -> None:
    text = (
        "The militia said on Thursday that its fighters had captured the border post. "
        "An army officer acknowledged on Friday that the post had been abandoned."
    )
    assert _date(text, "2024-03-09") == "2024-03-07"


def test_the_aftermath_named_first_gives_way_to_the_act() -> None:
    published = "2024-03-13"  # a Wednesday
    funerals = "Relatives in Kano buried on Tuesday nine pupils killed in a strike on Sunday."
    assert _date(funerals, published) == "2024-03-10"
    riot = "Families waited on Tuesday for news of inmates hurt in Sunday's riot at the jail."
    assert _date(riot, published) == "2024-03-10"


def test_another_event_of_a_day_does_not_date_the_act() -> None:
    published = "2024-03-13"
    election = "Youths burned tyres in Dakar on Tuesday to protest against Sunday's vote count."
    assert _date(election, published) == "2024-03-12"
    earlier = (
        "Gunmen killed four farmers in Benue on Tuesday, two days after bandits raided a "
        "village on Sunday."
    )
    assert _date(earlier, published) == "2024-03-12"
