"""A section label on a line of its own above the story (a rubric: "OPINION", "NEWS
RELEASE", "... AS IT HAPPENED") says what kind of piece follows, as a title label does; a
release's reference, issue stamp and place-and-date lines are masthead, not story
(sentences written for this test)."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.document import Document
from summarizer.engines.offline.lexicon import default_lexicon

ENGINE = OfflineEngine()
LEXICON = default_lexicon()

OPED = (
    "Every spring the governor promises that the militias in the hills will be disarmed by "
    "the harvest. Every autumn the gunmen are still there, and the villages pay them. I think "
    "the promise has become a ritual. Last year raiders burned two hamlets and killed a "
    "dozen farmers, and nobody was charged. Until the courts work, the hills will belong to "
    "whoever has the rifles."
)


def test_an_opinion_rubric_above_the_story_makes_an_op_ed_no_incident() -> None:
    labelled = ENGINE.summarize(Article.from_text("OPINION\n\n" + OPED, title="The hills"))
    assert labelled.incident is False
    assert "opinion" in labelled.summary
    # the same text with no rubric over it tells of the raid as news
    plain = Document(Article.from_text(OPED, title="The hills"), LEXICON)
    assert plain.genre is None or plain.genre.name != "opinion"


def test_a_rubric_must_be_the_whole_line() -> None:
    text = "Opinion was divided in the town after gunmen shot a councillor on Monday.\n\n" + OPED
    doc = Document(Article.from_text(text, title="Councillor shot"), LEXICON)
    assert doc.genre is None or doc.genre.name != "opinion"
    assert doc.sentences[0].text.startswith("Opinion was divided")


def test_a_release_reference_and_issue_stamp_are_masthead_and_make_a_release() -> None:
    text = (
        "COUNTY POLICE\nNEWS RELEASE\nRelease reference: 0412/22\n"
        "Issued: Saturday 9 April 2022, 09:15\n\n"
        "Officers were called at 11pm yesterday, Friday 8 April, to reports of a man "
        "stabbed outside a bar on Mill Street. The victim, aged 31, died at the scene. "
        "A 24-year-old man has been arrested on suspicion of murder."
    )
    doc = Document(Article.from_text(text, title="Man dies after stabbing"), LEXICON)
    assert doc.genre is not None and doc.genre.name == "release"
    assert doc.sentences[0].text.startswith("Officers were called")
    assert any("Release reference" in line for line in doc.masthead)


def test_a_place_list_and_date_line_and_a_weekday_stamp_are_masthead() -> None:
    text = (
        "Camp Arroyo, Santa Cruz, 3 May 2021\n\nTuesday, 4 May 2021 02:05:11 AM\n\n"
        "Troops clashed with gunmen near the river on Monday. Two soldiers were wounded."
    )
    doc = Document(Article.from_text(text, title="Troops clash with gunmen"), LEXICON)
    assert doc.sentences[0].text.startswith("Troops clashed")


def test_an_as_it_happened_banner_makes_a_live_blog() -> None:
    text = (
        "CITY MARKET BLAST \u2014 AS IT HAPPENED\n\n"
        "09.40 Police say the toll has risen to seven.\n\n"
        "08.15 Hospitals report dozens of wounded.\n\n"
        "07.05 A bomb has exploded at the central market, officials say."
    )
    doc = Document(Article.from_text(text, title="Market blast"), LEXICON)
    assert doc.genre is not None and doc.genre.name == "live"


def test_a_statistical_report_is_summarised_by_its_count_and_who_counted() -> None:
    text = (
        "Violence against health workers rose again last year across the region. "
        "Nurses in mountain districts described ambulances stopped at checkpoints for hours. "
        "Doctors in two provinces said pharmacies ran out of insulin for weeks at a time. "
        "Several charities moved staff to safer cities, leaving villages without midwives. "
        "Rural clinics are closing faster than donors can rebuild them, officials warned. "
        "The Health Workers Safety Network recorded 412 attacks on clinics and staff in its "
        "annual report, up from 298 the year before. "
        "Compared with 2022, the figures show a rise of 38 percent."
    )
    brief = ENGINE.summarize(
        Article.from_text(text, title="Attacks on clinics rise, annual report says")
    )
    assert brief.incident is False
    assert "412" in brief.summary


CRICKET = (
    "The visitors' pace attack laid siege to the hosts' batting from the first over, and "
    "the top order was blown away by a barrage of short balls before lunch. "
    "The captain fought a lonely rearguard, taking blows on the helmet and the arm. "
    "The crowd fell silent as the middle order crumbled under the bombardment. "
    "The hosts were bowled out for 212 in their first innings, still 140 runs behind, "
    "after losing seven wickets for 58 in the afternoon session. "
    "Their coach said the batsmen had chosen to attack and would not change."
)


def test_a_cricket_report_is_sports_and_summarised_by_its_result() -> None:
    article = Article.from_text(CRICKET, title="Hosts crumble under barrage")
    doc = Document(article, LEXICON)
    assert doc.genre is not None and doc.genre.name == "sports"
    brief = ENGINE.summarize(Article.from_text(CRICKET, title="Hosts crumble under barrage"))
    assert brief.incident is False
    assert "212" in brief.summary


def test_a_genre_guessed_by_its_words_alone_keeps_no_cue_weights() -> None:
    from summarizer.engines.offline.scan import genre

    text = "The ministry's squad will win this season's battle against locusts, its coach said."
    label, style = genre.piece("Teams fight locust swarms", text, LEXICON)
    assert label != "a feature"  # a genre was guessed...
    assert style.cues is None  # ...but its cue words weigh nothing
