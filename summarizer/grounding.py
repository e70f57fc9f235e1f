"""Checking that a quote is a verbatim span of the article.

"Verbatim" is judged after normalising both sides the same way, so that a quote is not
rejected for typography the model (or a copy-paste) changed but the words did not:

- case folded;
- curly single and double quotes, primes and backticks made straight;
- every kind of dash and the minus sign made ``-``;
- the ellipsis character made ``...``; non-breaking and zero-width spaces handled;
- runs of whitespace (newlines included) collapsed to one space, ends trimmed.

Nothing else is forgiven: a changed word, number or a dropped word is not a match.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["TYPOGRAPHY", "find_quote", "is_grounded", "normalize_for_match"]

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


def normalize_for_match(text: str) -> str:
    """Return ``text`` normalised the way quotes and articles are compared."""
    return _SPACE.sub(" ", text.translate(TYPOGRAPHY).casefold()).strip()


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
