"""Shared matching rules for scorers: name folding, fuzzy name similarity, content words.

Names are compared after *folding*: accents removed, lower-cased, punctuation and
apostrophes dropped, a leading "the" removed, whitespace collapsed.

Two names match when either

- rapidfuzz's ``token_sort_ratio`` of the folded names is at least :data:`NAME_THRESHOLD`
  (85 of 100: tolerates a typo or two and word order, not a different name), or
- their consonant skeletons are equal and at least three letters long (vowels and repeated
  letters dropped): "Hizballah" ~ "Hezbollah", "al-Shabab" ~ "al-Shabaab".

Entities are aligned one-to-one by optimal assignment (``scipy.optimize.linear_sum_assignment``)
before precision and recall are counted, so one produced name never matches two labels.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

__all__ = [
    "NAME_THRESHOLD",
    "align",
    "content_tokens",
    "fold",
    "name_similarity",
    "names_match",
    "numbers_in",
    "prf",
]

#: Minimum rapidfuzz token_sort_ratio (0-100) for two folded names to match.
NAME_THRESHOLD = 85


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Accent-free, lower-case, punctuation-free, single-spaced, without a leading "the"."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = re.sub(r"['’‘`ʻʼ.]", "", plain)
    plain = " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())
    return re.sub(r"^the ", "", plain)


def _skeleton(folded: str) -> str:
    consonants = re.sub(r"[aeiouy\s]", "", folded)
    return re.sub(r"(.)\1+", r"\1", consonants)


@lru_cache(maxsize=16384)
def name_similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two names under the module's rules (1.0 for a skeleton match)."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    if fa == fb:
        return 1.0
    skeleton = _skeleton(fa)
    if len(skeleton) >= 3 and skeleton == _skeleton(fb):
        return 1.0
    return float(fuzz.token_sort_ratio(fa, fb)) / 100


def names_match(name: str, aliases: Sequence[str]) -> bool:
    """True when ``name`` matches any of ``aliases``."""
    return any(name_similarity(name, alias) * 100 >= NAME_THRESHOLD for alias in aliases)


def align(
    gold: Sequence[Sequence[str]],
    predicted: Sequence[str],
    similarity: Callable[[str, Sequence[str]], float] | None = None,
    threshold: float = NAME_THRESHOLD / 100,
) -> int:
    """How many predicted items match a gold alias group, one-to-one, by optimal assignment."""
    if not gold or not predicted:
        return 0
    score = similarity or (lambda name, aliases: max(name_similarity(name, a) for a in aliases))
    matrix = np.array([[score(p, g) for g in gold] for p in predicted])
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return int(sum(1 for r, c in zip(rows, cols, strict=True) if matrix[r, c] >= threshold))


def prf(matched: float, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (``matched`` may be a sum of partial matches); two empty lists
    agree perfectly (1, 1, 1)."""
    if predicted == 0 and gold == 0:
        return 1.0, 1.0, 1.0
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# -- content words and numbers, for claims and key facts ----------------------------------
# The scorer keeps its own number words rather than importing the offline engine's reader:
# a scorer that shares the engine's parsing would share its mistakes and never catch them.

_NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "as",
        "is",
        "was",
        "were",
        "be",
        "been",
        "being",
        "are",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "there",
        "here",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "while",
        "after",
        "before",
        "about",
        "into",
        "over",
        "than",
        "then",
        "so",
        "such",
        "not",
        "no",
        "nor",
        "also",
        "has",
        "have",
        "had",
        "do",
        "did",
        "does",
        "said",
        "says",
        "say",
        "according",
        "told",
        "would",
        "could",
        "should",
        "will",
        "may",
        "might",
        "can",
        "including",
        "include",
        "includes",
        "during",
        "since",
        "until",
        "up",
        "out",
        "some",
        "any",
        "all",
        "more",
        "most",
        "other",
        "others",
        "own",
        "same",
        "very",
        "just",
        "one",
    ]
)


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "edly", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def numbers_in(text: str) -> set[int]:
    """Every definite number in ``text``, digits or words (years excluded)."""
    found: set[int] = set()
    for token in re.findall(r"\d[\d,]*|[a-z]+", text.lower()):
        if token[0].isdigit():
            value = int(token.replace(",", ""))
            if not 1900 <= value <= 2100:
                found.add(value)
        elif token in _NUMBER_WORDS and token not in {"hundred", "one"}:
            found.add(_NUMBER_WORDS[token])
    return found


def content_tokens(text: str) -> set[str]:
    """Stemmed content words of ``text``, number words as digits."""
    tokens: set[str] = set()
    for token in re.findall(r"[a-z0-9]+", fold(text)):
        if token in _STOPWORDS:
            continue
        if token in _NUMBER_WORDS:
            tokens.add(str(_NUMBER_WORDS[token]))
        elif len(token) > 1:
            tokens.add(_stem(token))
    return tokens
