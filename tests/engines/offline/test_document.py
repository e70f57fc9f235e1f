"""A document's spans are found once, on first use, and forgotten on release."""

from __future__ import annotations

import pytest

from summarizer.article import Article
from summarizer.engines.offline import document
from summarizer.engines.offline.document import Document, Sentence
from summarizer.engines.offline.lexicon import default_lexicon


def test_a_sentence_finds_its_spans_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = document.scan_dates.find_dates

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(args[0])
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(document.scan_dates, "find_dates", counting)
    article = Article.from_text("Gunmen killed two people on March 3, 2024.")
    doc = Document(article, default_lexicon())
    sentence = doc.sentences[0]
    first = sentence.dates
    assert sentence.dates is first and len(calls) == 1
    assert first and first[0].value == "2024-03-03"
    assert Sentence.dates.__doc__ == Sentence.__dict__["dates"].func.__doc__
    doc.release()
    assert "sentences" not in doc.__dict__


def _doc(text: str, title: str | None = None) -> Document:
    return Document(Article.from_text(text, title=title), default_lexicon())


def test_a_plain_text_articles_first_line_is_its_title_and_a_byline_under_it_masthead() -> None:
    doc = _doc(
        "Ferry capsizes off Zanzibar\n\nBy Asha Mwinyi\n\n"
        "ZANZIBAR, Tanzania - A ferry carrying 60 people sank on Sunday. Nine drowned."
    )
    assert doc.title == "Ferry capsizes off Zanzibar"
    assert doc.masthead == ["By Asha Mwinyi"] and doc.byline == "By Asha Mwinyi"
    assert doc.sentences[0].text.startswith("ZANZIBAR, Tanzania - A ferry")
    assert doc.sentences[0].dateline_end > 0  # the dateline now opens the first sentence


def test_a_headline_of_two_sentences_on_one_line_is_the_title() -> None:
    doc = _doc(
        "Opinion | Cartels are now big employers. That should worry us\n\n"
        "A study estimated that the gangs employ 175,000 people."
    )
    assert doc.title == "Opinion | Cartels are now big employers. That should worry us"
    assert doc.sentences[0].text.startswith("A study")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a first paragraph that ends a sentence is the story
        ("Gunmen killed two people in Kano.\n\nPolice said the attackers fled.", None),
        # so is a first line that runs on in the same paragraph
        ("Gunmen killed two people\nin Kano on Sunday.\n\nPolice said they fled.", None),
        # a one-paragraph text has no title to take
        ("Gunmen killed two people in Kano", None),
        # an article that has a title keeps its first line as the story
        ("Gunmen attack Kano market\n\nTwo people were killed.", "Two killed in Kano"),
    ],
)
def test_no_title_is_taken_from_the_text_where_it_has_none(text: str, title: str | None) -> None:
    doc = _doc(text, title)
    assert doc.title == title
    assert doc.sentences[0].start == 0


def test_a_release_letterhead_with_its_reference_and_place_and_date_is_masthead() -> None:
    doc = _doc(
        "JOINT COMMAND OF THE ARMED FORCES\nOFFICIAL COMMUNIQUE No. 031-2023\n"
        "Lima, 15 October 2023\n\n"
        "A patrol was attacked near the river on Saturday. One soldier was killed.",
        title="Patrol attacked",
    )
    assert doc.masthead[0].startswith("JOINT COMMAND") and doc.masthead[0].endswith("2023")
    assert doc.sentences[0].text.startswith("A patrol was attacked")
