"""Opinion and analysis pieces with no label in the title, told by how they make a case,
and news reports that quote people in the first person (issue 13; sentences written for
these tests)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan import genre

ENGINE = OfflineEngine()


def _incident(title: str, text: str) -> bool:
    return ENGINE.summarize(Article.from_text(text, title=title)).incident


def test_a_case_kept_cue_counts_however_the_body_words_are_gathered() -> None:
    # "I think" is a cue with its case kept; it counted for nothing when the words found
    # were lower-cased before they were matched against the genre's cues
    text = "I think the mission failed. I believe it had to. We must say so. It is time."
    found = genre.detect(None, text, default_lexicon())
    assert found is not None and found.name == "opinion", found


def test_an_unlabelled_op_ed_that_concedes_and_calls_for_change_reports_no_incident() -> None:
    text = (
        "It is tempting to read the raid on the border post near Kasindi as one more "
        "massacre in a long war. My argument is that it marks a change: the rebels now "
        "choose targets that humiliate the army rather than ones that cost it men.\n\n"
        "Critics of the peace talks say this proves they have failed. They are wrong about "
        "what failed. Our response has been to send more troops to the same places, and "
        "the real problem is that nobody pays the soldiers on time."
    )
    assert _incident("The raid that should change how we see the war in Ituri", text) is False


def test_an_analysis_of_a_years_totals_reports_no_incident() -> None:
    text = (
        "Attacks on health workers reached a new high last year, the deadliest on record, "
        "with more than 400 killed worldwide. The totals hide clear patterns: three wars "
        "account for nearly half of all deaths, and most of the dead were local staff.\n\n"
        "The figures come from a database kept by a coalition of medical charities."
    )
    assert _incident("What the numbers tell us about attacks on clinics", text) is False


def test_a_news_report_quoting_witnesses_in_the_first_person_stays_an_incident() -> None:
    text = (
        "Gunmen on motorbikes opened fire on a market in Dori on Sunday, killing nine "
        "traders, the regional governor said.\n\n"
        '"I believe there were six of them. I saw them shoot the butcher," one trader said. '
        '"We must leave this town," said another. "Our leaders have abandoned us."\n\n'
        "No group claimed the attack."
    )
    assert _incident("Gunmen kill nine traders at market in Dori", text) is True
