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
