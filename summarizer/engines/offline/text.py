"""Splitting an article into paragraphs and sentences that keep their offsets.

Offsets matter: every evidence quote the offline engine emits is a slice of the article,
so it is verbatim by construction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["CLAUSE_WORD", "DOTTED_WORD", "Sentence", "fold", "split_sentences", "tokens"]

# Tokens that end in a period without ending a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "col",
        "lt",
        "capt",
        "sgt",
        "maj",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "st",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "etc",
        "approx",
        "est",
        "inc",
        "corp",
        "ltd",
        "co",
        "dept",
        "univ",
        "prof",
        "rev",
        "fr",
        "hon",
        "jr",
        "sr",
    ]
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# Text with no capital letters at all (a lower-cased corpus) cannot mark a sentence start by
# case: there, a sentence ends at terminal punctuation followed by space and any letter.
_BOUNDARY_CASELESS = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[a-z0-9])")
_INITIALISM = re.compile(r"(?:\b[A-Za-z]\.){2,}$")
_ABBREVIATION_TAIL = 64


@dataclass(frozen=True)
class Sentence:
    """A sentence with its position in the article."""

    text: str
    start: int
    end: int
    paragraph: int
    index: int


def _ends_with_abbreviation(chunk: str) -> bool:
    # Only the chunk's tail decides, and both patterns are anchored at its end: searching
    # the whole chunk made a paragraph of N periods that end no sentence ("Mr. Mr. ...")
    # cost O(N²). The tail is longer than any abbreviation, so the answer is the same.
    chunk = chunk[-_ABBREVIATION_TAIL:]
    if _INITIALISM.search(chunk):
        return True
    word = re.search(r"([A-Za-z]+)\.$", chunk)
    if word is None:
        return False
    return word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text``; paragraphs are separated by blank lines.

    A sentence ends at terminal punctuation before a capital letter or digit; in text
    without a single capital letter (a lower-cased corpus), before any letter or digit."""
    sentences: list[Sentence] = []
    boundaries = _BOUNDARY if _has_capitals(text) else _BOUNDARY_CASELESS
    for paragraph_no, match in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)):
        para_start = match.start()
        para = match.group(0)
        start = 0
        for boundary in boundaries.finditer(para):
            end = boundary.end()
            if _ends_with_abbreviation(para[start:end].rstrip("\"'”’)]")):
                continue
            _append(sentences, para, para_start, start, end, paragraph_no)
            start = end
        _append(sentences, para, para_start, start, len(para), paragraph_no)
    return sentences


def _has_capitals(text: str) -> bool:
    return text.lower() != text


def _append(
    out: list[Sentence], para: str, offset: int, start: int, end: int, para_no: int
) -> None:
    chunk = para[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    lead = len(chunk) - len(chunk.lstrip())
    begin = offset + start + lead
    out.append(Sentence(stripped, begin, begin + len(stripped), para_no, len(out)))


#: A clause reader's word (letters, digits, apostrophes and hyphens) or one mark.
CLAUSE_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
#: ...and one that keeps the dots of an initial or an abbreviation ("Jan-Niklas W.", "U.S.").
DOTTED_WORD = re.compile(r"[\w'’.-]+|[^\w\s]")

# A word (with inner apostrophes, hyphens and dots: "al-Shabaab", "U.S.", "don't") or one
# mark of punctuation.
_TOKEN = re.compile(
    r"\d{1,3}(?:,\d{3})+|\w+(?:['’.-]\w+)*\.?(?<=\w\.\w\.)|\w+(?:['’-]\w+)*|[^\w\s]"
)


def tokens(text: str, pos: int = 0) -> Iterator[tuple[str, int, int]]:
    """(token, start, end) for every word and punctuation mark of ``text`` (from ``pos``: the
    same tokens as from the start where ``pos`` is 0 or follows a space, no token holding one)."""
    for match in _TOKEN.finditer(text, pos):
        yield match.group(0), match.start(), match.end()


# ASCII text folds by one table: letters lower-cased, digits kept, apostrophes dropped,
# anything else a space.
_ASCII_FOLD = {
    code: (chr(code).lower() if chr(code).isalnum() else "" if chr(code) in "'`" else " ")
    for code in range(128)
}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophe-free, single-spaced: for comparing names."""
    if text.isascii():
        return " ".join(text.translate(_ASCII_FOLD).split())
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"['’‘`ʻʼ]", "", plain.lower())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())
