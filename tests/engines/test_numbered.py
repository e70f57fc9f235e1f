"""The article as numbered sentences: numbering, offsets, long sentences, chunks."""

from __future__ import annotations

from itertools import pairwise

from summarizer.engines.numbered import MAX_SENTENCE_CHARS, NumberedArticle
from tests.conftest import EXAMPLE_ARTICLE


def test_sentences_are_numbered_from_one_and_are_slices_of_the_article() -> None:
    article = NumberedArticle(EXAMPLE_ARTICLE)
    assert len(article) == 9
    for number, sentence in enumerate(article.sentences, start=1):
        assert sentence.number == number
        assert EXAMPLE_ARTICLE[sentence.start : sentence.end] == sentence.text
    assert article.get(0) is None and article.get(10) is None
    assert article.get(4) is not None and article.get(4).text.startswith("Al-Shabaab claimed")  # type: ignore[union-attr]


def test_rendering_puts_one_numbered_sentence_on_each_line() -> None:
    text = "Gunmen attacked\na checkpoint on Monday. Two guards died."
    lines = NumberedArticle(text).render().splitlines()
    assert lines == ["[1] Gunmen attacked a checkpoint on Monday.", "[2] Two guards died."]


def test_a_sentence_longer_than_the_limit_is_cut_at_spaces() -> None:
    text = " ".join(f"word{i}" for i in range(400))  # no full stop anywhere
    article = NumberedArticle(text)
    assert len(article) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in article.sentences)
    assert all(text[s.start : s.end] == s.text for s in article.sentences)
    assert " ".join(s.text for s in article.sentences) == text


def test_text_without_any_sentence_boundary_is_one_sentence() -> None:
    article = NumberedArticle("   no capital letters or full stops here   ")
    assert [s.text for s in article.sentences] == ["no capital letters or full stops here"]


def test_chunks_cover_every_sentence_keep_numbers_and_overlap() -> None:
    text = "\n\n".join(
        f"Sentence number {i} of a long report about the raid." for i in range(1, 61)
    )
    article = NumberedArticle(text)
    chunks = article.chunks(max_chars=1000, overlap=2)
    assert len(chunks) > 2
    assert chunks[0].first == 1 and chunks[-1].last == 60
    for before, after in pairwise(chunks):
        assert after.first == before.last - 1  # two sentences read twice
    assert all(len(c.render()) <= 1000 for c in chunks)
    assert "[60] Sentence number 60" in chunks[-1].render()


def test_an_article_that_fits_is_one_chunk() -> None:
    [chunk] = NumberedArticle(EXAMPLE_ARTICLE).chunks(max_chars=100_000)
    assert (chunk.first, chunk.last) == (1, 9)
