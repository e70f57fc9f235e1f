"""The composed summary: date first, live-blog clutter dropped, within the word limit."""

from __future__ import annotations

from summarizer.article import Article
from summarizer.engines.offline.document import Document
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.resolve.summary import MAX_WORDS, summary
from summarizer.engines.offline.scan import cues

LEX = default_lexicon()


def incident_score(text: str) -> float:
    return cues.incident_score(text, LEX)


def compose_summary(text: str, date: str | None) -> str:
    doc = Document(Article.from_text(text), LEX)
    return summary(doc, doc.sentences, date)


def test_summary_opens_with_the_resolved_date() -> None:
    text = (
        "Gunmen killed four farmers on Sunday near the village, police said. "
        "Two others were wounded."
    )
    composed = compose_summary(text, "2024-08-11")
    assert composed.startswith("On 11 August 2024: Gunmen killed four farmers")
    # a month or a year alone takes "In", as English does
    assert compose_summary(text, "2024-08").startswith("In August 2024: Gunmen killed")
    assert compose_summary(text, "2024").startswith("In 2024: Gunmen killed")
    assert compose_summary(text, None).startswith("Gunmen killed")


def test_live_blog_clock_times_and_banners_are_dropped() -> None:
    text = (
        "Live updates, all times GMT.\n\n11:05 — Police fired tear gas at marchers in the capital."
    )
    assert compose_summary(text, None) == "Police fired tear gas at marchers in the capital."


def test_summary_stays_within_the_word_limit() -> None:
    text = " ".join(
        f"Attackers burned house number {i} in the district overnight." for i in range(60)
    )
    assert len(compose_summary(text, "2024-01-02").split()) <= MAX_WORDS


def test_match_report_war_words_are_not_an_incident() -> None:
    report = (
        "The visitors laid siege to the home goal and their striker fired a shot that was "
        "blocked. In the 89th minute a substitute ambushed the defenders and scored, and the "
        "fans celebrated three points that lift the club clear of relegation."
    )
    assert incident_score(report) < 0.5


def test_a_non_incident_summary_says_what_kind_of_piece_it_is() -> None:
    from summarizer.engines.offline import OfflineEngine

    text = (
        "The film opens with an artillery barrage on a mountain town. The director keeps the "
        "camera low, and the actors carry the long siege scenes. At 150 minutes the movie is "
        "too long, but its sound design is superb."
    )
    article = Article.from_text(text, title="The Last Winter review: a siege film that drags")
    brief = OfflineEngine().summarize(article)
    assert brief.incident is False
    assert brief.summary.startswith("The article is a review and reports no violent")
    assert "siege film that drags" in brief.summary and "150 minutes" in brief.summary


def test_pest_control_war_metaphors_are_no_incident() -> None:
    text = (
        "The enemy was last seen moving south on the wind: desert locust swarms have invaded "
        "three counties, and aircraft strike at dawn with pesticide before the insects fly. "
        "Officials say crops on 38,000 hectares were sprayed in the battle."
    )
    assert incident_score(text) < 0.5


def test_accidents_and_games_are_no_incident() -> None:
    crash = (
        "The death toll from Sunday's bus accident rose to 14 after rescuers recovered three "
        "more bodies, police said. The bus skidded off the road and plunged into the river; "
        "23 people were injured. Police said the driver lost control on a bend."
    )
    game = (
        "The first mission of the game opens with a convoy ambush and a drone strike in a "
        "fictional republic. The developer has made the best multiplayer shooter in the genre."
    )
    assert incident_score(crash) < 0.5 and incident_score(game) < 0.5
    # deaths from an attack still read as an incident
    assert incident_score("Gunmen killed 14 people and 23 were injured, police said.") == 1.0


def test_an_op_ed_is_summarised_by_its_case_and_its_author() -> None:
    from summarizer.engines.offline.resolve.summary import describe_non_incident

    paragraphs = [
        "Opinion: Our rivers need wardens, not another commission",
        "Every spring the same photographs appear: dead fish along the banks, foam at the "
        "weirs, a minister promising a review. I have watched this ritual for twenty years.",
        "The reviews are not the problem. They are thorough and well written, and they sit "
        "on shelves. In 2019 one counted 4,000 illegal discharges in a single county.",
        "What the rivers need is more ordinary: inspectors who visit without notice, fines "
        "that cost more than compliance, and courts that hear cases within a year.",
        "We should stop measuring concern by the number of inquiries. Let the next budget "
        "pay for wardens instead.",
        "The author is a retired water engineer and chairs a river trust.",
    ]
    article = Article.from_text("\n\n".join(paragraphs[1:]), title=paragraphs[0])
    _, composed = describe_non_incident(Document(article, LEX))
    assert composed.startswith(
        "The article is an opinion or analysis piece by a retired water engineer and chairs "
        "a river trust and reports no violent or security incident."
    )
    assert "The author is" not in composed  # the line about the author is not quoted
    assert "We should stop measuring concern" in composed  # the case, from the end
    assert len(composed.split()) <= MAX_WORDS
