"""The article as numbered sentences: what a model reads, and what it cites.

A model cites evidence by sentence number instead of copying quotes, so every quote in an
LLM brief is a slice of the article by construction, and the model writes far fewer
tokens. Numbers start at 1. Sentences come from the offline engine's splitter (the same
boundaries the offline engine quotes); a sentence longer than :data:`MAX_SENTENCE_CHARS`
(a list, a table, text without full stops) is cut at whitespace so that a number always
points at a readable span.

Articles longer than a model's context are read in :class:`Chunk` s: runs of whole
sentences under a character budget, each overlapping the previous one by a few sentences,
numbered with the article's own numbers so that citations from any chunk resolve alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from summarizer.engines.offline.text import split_sentences

__all__ = ["MAX_SENTENCE_CHARS", "Chunk", "NumberedArticle", "NumberedSentence"]

#: Longest sentence shown to a model as one numbered line.
MAX_SENTENCE_CHARS = 600


@dataclass(frozen=True)
class NumberedSentence:
    """One numbered sentence: ``text`` is ``article[start:end]``."""

    number: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Chunk:
    """A run of sentences shown to the model in one request."""

    index: int
    sentences: tuple[NumberedSentence, ...]

    @property
    def first(self) -> int:
        return self.sentences[0].number

    @property
    def last(self) -> int:
        return self.sentences[-1].number

    def render(self) -> str:
        """One ``[n] sentence`` line per sentence (newlines inside a sentence flattened)."""
        return "\n".join(f"[{s.number}] {' '.join(s.text.split())}" for s in self.sentences)


class NumberedArticle:
    """An article's sentences, numbered from 1, with their offsets."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def sentences(self) -> tuple[NumberedSentence, ...]:
        out: list[NumberedSentence] = []
        for sentence in split_sentences(self.text):
            for start, end in _pieces(self.text, sentence.start, sentence.end):
                out.append(NumberedSentence(len(out) + 1, self.text[start:end], start, end))
        if not out and self.text.strip():
            stripped = self.text.strip()
            start = self.text.index(stripped)
            out.append(NumberedSentence(1, stripped, start, start + len(stripped)))
        return tuple(out)

    def __len__(self) -> int:
        return len(self.sentences)

    def get(self, number: int) -> NumberedSentence | None:
        """Sentence ``number`` (1-based), or None when there is no such sentence."""
        if 1 <= number <= len(self.sentences):
            return self.sentences[number - 1]
        return None

    def render(self) -> str:
        """Every sentence, one ``[n] sentence`` line each."""
        return Chunk(0, self.sentences).render() if self.sentences else ""

    def chunks(self, max_chars: int, overlap: int = 2) -> list[Chunk]:
        """Runs of whole sentences whose rendered text stays under ``max_chars``.

        Each chunk after the first repeats the last ``overlap`` sentences of the one
        before, so that a fact split across the boundary is read whole at least once. An
        article that fits is one chunk.
        """
        return list(_chunked(self.sentences, max(max_chars, MAX_SENTENCE_CHARS + 16), overlap))


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most :data:`MAX_SENTENCE_CHARS`, cut at spaces."""
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def _line_chars(sentence: NumberedSentence) -> int:
    return len(sentence.text) + len(str(sentence.number)) + 4


def _chunked(
    sentences: tuple[NumberedSentence, ...], max_chars: int, overlap: int
) -> Iterator[Chunk]:
    index = 0
    position = 0
    while position < len(sentences):
        size = 0
        stop = position
        while stop < len(sentences) and (
            stop == position or size + _line_chars(sentences[stop]) <= max_chars
        ):
            size += _line_chars(sentences[stop])
            stop += 1
        yield Chunk(index, sentences[position:stop])
        index += 1
        if stop >= len(sentences):
            return
        position = max(position + 1, stop - overlap)
