"""Which day of a sentence dates the act: not a period's bound ("held since April"), not a
statement's day ("conceded on Sunday") unless nothing else does (then before the
dateline's), and, when one sentence names two days, the earlier one the act is told on
rather than its aftermath's; a weekday of what is to come is the coming one (issue 13;
sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from summarizer.article import Article
from summarizer.engines.offline.document import Document
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.resolve.date import is_background, main_date
from summarizer.engines.offline.scan.dates import find_dates


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


def test_a_weekday_of_what_is_to_come_is_the_coming_one() -> None:
    friday = date(2024, 3, 8)

    def value(text: str) -> str | None:
        return find_dates(text, default_lexicon(), friday)[0].value

    assert value("a ceasefire starting at 6 a.m. on Sunday") == "2024-03-10"
    assert value("talks are due to resume next Friday") == "2024-03-15"
    assert value("The envoys will meet on Tuesday in Doha") == "2024-03-12"
    assert value("gunmen from the hills attacked on Tuesday") == "2024-03-05"
    assert value("a bomb next to the mosque went off on Tuesday") == "2024-03-05"


def test_a_truce_dated_by_its_start_and_what_is_to_come_is_no_place_of_the_act() -> None:
    text = (
        "Sudan's warring sides agreed to a week-long truce starting at 9 p.m. on Monday, the "
        "mediators announced on Saturday."
    )
    assert _date(text, "2024-03-09") == "2024-03-11"
    doc = Document(
        Article.from_text(
            "Gunmen killed three guards at a bank in Kumasi on Thursday, police said. "
            "A vigil is due to be held in Accra on Sunday.",
            published="2024-03-08",
        ),
        default_lexicon(),
    )
    assert is_background(doc.sentences[1], "2024-03-07")


def test_a_statement_day_dates_the_act_before_the_dateline_does() -> None:
    text = (
        "NIAMEY, March 11 - The junta announced on Saturday that it had ended the military "
        "cooperation agreement with the United States."
    )
    assert _date(text, "2024-03-11") == "2024-03-09"


def test_a_live_blog_is_dated_by_its_oldest_entry() -> None:
    text = (
        "Live: gunmen attack hotel in Mogadishu - latest\n\n"
        "Latest updates, Sunday 18 August. All times local. Newest first.\n\n"
        "14:10 - Security forces say the siege is over and all the attackers are dead. "
        "Al-Shabaab has claimed last night's attack through its radio station.\n\n"
        "09:30 - The health ministry says 21 people were killed and 117 wounded.\n\n"
        "07:05 - Gunfire can still be heard from the hotel, a live blog reader writes."
    )
    doc = Document(
        Article.from_text(text, published="2024-08-18", title="Live: Mogadishu hotel siege"),
        default_lexicon(),
    )
    assert doc.genre is not None and doc.genre.policy == "live"
    assert main_date(doc)[0] == "2024-08-17"


def test_a_report_is_dated_by_the_acts_it_documents() -> None:
    text = (
        "GENEVA - Police killed at least 30 protesters in the city of Mandera in June last "
        "year, a rights group said in a report released on Thursday."
    )
    assert _date(text, "2024-03-08") == "2023-06"
    text = (
        "Soldiers looted and burned some 200 homes in two villages of Ituri in February, the "
        "UN mission said in a statement on Wednesday."
    )
    assert _date(text, "2024-04-04") == "2024-02"


def test_a_span_of_days_gives_the_month() -> None:
    def value(text: str) -> str | None:
        return find_dates(text, default_lexicon(), date(2024, 3, 8))[0].value

    assert value("the raids went on between 12 and 16 October 2023") == "2023-10"
    assert value("during operations on October 12-16, 2023") == "2023-10"
