"""Checking that a quote is a verbatim span of the article.

"Verbatim" is judged after normalising both sides the same way, so that a quote is not
rejected for typography the model (or a copy-paste) changed but the words did not:

- case folded;
- curly single and double quotes, primes and backticks made straight;
- every kind of dash and the minus sign made ``-``;
- the ellipsis character made ``...``; non-breaking and zero-width spaces handled;
- runs of whitespace (newlines included) collapsed to one space, ends trimmed.

Nothing else is forgiven: a changed word, number or a dropped word is not a match.

:func:`drawn_from` is the looser test for text an engine writes in its own words (a
headline, a summary): enough of its content words must occur in the article. It is what
tells a real summary from a placeholder such as ``summary_text_field_2``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "TYPOGRAPHY",
    "content_words",
    "drawn_from",
    "find_quote",
    "is_grounded",
    "normalize_for_match",
]

#: The typography made plain before comparing (see the module docstring), for ``str.translate``.
TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u0060": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": "",
        "\u200c": "",
        "\u200d": "",
        "\ufeff": "",
        "\u2026": "...",
    }
)
_SPACE = re.compile(r"\s+")
_TYPOGRAPHY_CHARS = {chr(code): plain for code, plain in TYPOGRAPHY.items()}


def _plain_typography(text: str) -> str:
    """``text.translate(TYPOGRAPHY)``, by replacing only the characters it holds: translate
    asks its table about every character of a text that is not all ASCII, ten times as
    long for an article. No replacement holds a character replaced, so the order of the
    replacements does not matter."""
    if text.isascii():
        return text
    for char in _TYPOGRAPHY_CHARS.keys() & set(text):
        text = text.replace(char, _TYPOGRAPHY_CHARS[char])
    return text


def normalize_for_match(text: str) -> str:
    """Return ``text`` normalised the way quotes and articles are compared."""
    return _SPACE.sub(" ", _plain_typography(text).casefold()).strip()


@lru_cache(maxsize=256)
def _normalized_article(article: str) -> str:
    # Validators check many quotes against the same article; normalise it once. A batch
    # validates up to its concurrency's worth of articles at once, hence the size.
    return normalize_for_match(article)


@lru_cache(maxsize=4096)
def _normalized_quote(quote: str) -> str:
    # A brief's quotes are checked twice (the draft, then the brief with its provenance).
    return normalize_for_match(quote)


def is_grounded(quote: str, article: str) -> bool:
    """True when ``quote`` is a non-empty verbatim span of ``article`` (see module rules)."""
    needle = _normalized_quote(quote)
    return bool(needle) and needle in _normalized_article(article)


def find_quote(quote: str, article: str) -> int:
    """Offset of ``quote`` in the *normalised* article, or -1 when it is not there."""
    needle = normalize_for_match(quote)
    if not needle:
        return -1
    return _normalized_article(article).find(needle)


# Words too common to show that a text was drawn from an article: function words, and the
# words a brief uses about any article (what kind of piece it is, that it reports no
# incident). A text made only of them is judged on nothing and is not drawn from the article.
_COMMON = frozenset(
    """
    a an the and or but nor of in on at to for from by with without into onto over under
    about after before during near since than then as is are was were be been being has
    have had do does did not no its it this that these those their there they them he she
    his her who whom which what when where while also more most some any all each other
    such only own same so very can could may might will would should one
    article articles report reports reported reporting piece pieces story stories news
    incident incidents violent violence security concrete describes described discusses
    argues says said say according opinion column editorial review analysis feature
    commentary sports sport match game business market markets film movie book obituary
    interview profile statement release update live blog
    """.split()
)
_WORDS = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


def _stem(word: str) -> str:
    """A light English stem, the same for "rifle"/"rifles", "kill"/"killed"/"killing",
    "Colombia"/"Colombia's"."""
    stem = _STEMS.get(word)
    if stem is None:
        stem = _stem_of(word)
        if len(_STEMS) < _STEMS_KEPT:
            _STEMS[word] = stem
    return stem


# Stems already worked out, by word: an article's words are mostly words other articles
# used (stemming every word of an unseen article cost about a third of its validation).
# Bounded, and never emptied: a word's stem never changes, and the first words kept are the
# commonest ones.
_STEMS: dict[str, str] = {}
_STEMS_KEPT = 1 << 15


def _stem_of(word: str) -> str:
    if word[-1:] not in "sdg":  # every rule below removes an ending in s, d or g
        return word
    if word.endswith(("'s", "’s")):  # a possessive is its noun
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("sses", "xes", "zes", "ches", "shes"):
        if word.endswith(suffix):
            return word[:-2]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _fold(text: str) -> str:
    plain = _plain_typography(text).casefold()
    if plain.isascii():  # nothing to decompose (most articles, once typography is plain)
        return plain
    decomposed = unicodedata.normalize("NFKD", plain)
    # Drop the combining marks: each distinct one is removed at once (a text holds a few;
    # asking every character was most of the cost of folding an article).
    for mark in {c for c in set(decomposed) if unicodedata.combining(c)}:
        decomposed = decomposed.replace(mark, "")
    return decomposed


def content_words(text: str, *, keep_short: bool = False) -> list[str]:
    """The stemmed content words of ``text``: case and accents folded, common words out.

    Words of one or two letters are dropped unless ``keep_short`` (names such as "Ali", or
    "al" in "al-Shabaab", need them).
    """
    words = []
    for word in _WORDS.findall(_fold(text)):
        if word in _COMMON or (len(word) < 3 and not keep_short and not word.isdigit()):
            continue
        words.append(_stem(word))
    return words


@lru_cache(maxsize=256)
def _article_words(article: str) -> frozenset[str]:
    # content_words(article, keep_short=True) as a set, each distinct word stemmed once.
    return frozenset(map(_stem, set(_WORDS.findall(_fold(article))) - _COMMON))


def drawn_from(
    text: str, article: str, share: float = 0.3, vocabulary: frozenset[str] = frozenset()
) -> bool:
    """True when at least ``share`` of the content words of ``text`` occur in ``article``
    (or in ``vocabulary``: stemmed content words every brief may use, such as the event
    taxonomy's "attack" or "civilians").

    A text with no content words at all ("No incident reported: !") claims nothing that
    could come from elsewhere: it passes (a placeholder such as ``title_text_field_1`` has
    content words, and fails).
    """
    words = content_words(text)
    if not words:
        return True
    known = _article_words(article)
    return sum(1 for w in words if w in known or w in vocabulary) >= share * len(words)
