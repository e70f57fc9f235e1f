"""Turning the vocabulary's word lists and pattern templates into regular expressions.

The data files (:mod:`.lexicon`) hold cue words and pattern *templates*. A template may name
a fragment as ``{@name}``; the fragment is a regex string, or a list of alternatives that
becomes ``(?:a|b|c)`` in the list's order (alternation order matters: the first alternative
that fits wins). Fragments may name other fragments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

__all__ = ["alternation", "cue_pattern", "cue_source", "expand", "trie_pattern", "word_pattern"]

_REFERENCE = re.compile(r"\{@(\w+)\}")
Fragment = str | Sequence[str]


def alternation(items: Iterable[str]) -> str:
    """``(?:a|b|c)`` of ``items``, in their order."""
    return "(?:" + "|".join(items) + ")"


def cue_pattern(items: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A cue list as one pattern: a word boundary, then any of the cues (in list order)."""
    return re.compile(cue_source(items), flags)


def cue_source(items: Iterable[str]) -> str:
    """The source of :func:`cue_pattern`."""
    return r"\b(?:" + "|".join(items) + ")"


def word_pattern(words: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Whole words or phrases (written plainly, not as regex), longest first."""
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(words)})(?![\w-])", flags)


def expand(template: str, fragments: Mapping[str, Fragment], _depth: int = 0) -> str:
    """``template`` with every ``{@name}`` replaced by its fragment (recursively).

    Raises KeyError naming an unknown fragment."""
    if _depth > 8:
        raise KeyError(f"fragments nest too deep in {template[:60]!r}")

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise KeyError(f"unknown fragment {{@{name}}}")
        value = fragments[name]
        text = value if isinstance(value, str) else alternation(value)
        return expand(text, fragments, _depth + 1)

    return _REFERENCE.sub(replace, template)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex fragment matching exactly the given words, longest alternative first.

    Python's ``re`` matches a prefix trie far faster than a flat alternation of hundreds of
    words, where every position tries one branch per word."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie) or "(?!)"


def _render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a word may end here or go on: try the longer match first
    return f"(?:{body})?" if ends else body
