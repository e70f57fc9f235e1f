"""Turning the vocabulary's word lists and pattern templates into regular expressions.

The data files (:mod:`.lexicon`) hold cue words and pattern *templates*. A template may name
a fragment as ``{@name}``; the fragment is a regex string, or a list of alternatives that
becomes ``(?:a|b|c)`` in the list's order (alternation order matters: the first alternative
that fits wins). Fragments may name other fragments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from summarizer.engines.offline.literals import _LIMIT as _GROUP
from summarizer.engines.offline.literals import first_chars
from summarizer.engines.offline.patternstore import store

__all__ = [
    "alternation",
    "cue_pattern",
    "cue_source",
    "dispatch",
    "expand",
    "spread",
    "trie_pattern",
    "verb_forms",
    "word_pattern",
]

_REFERENCE = re.compile(r"\{@(\w+)\}")
Fragment = str | Sequence[str]


def alternation(items: Iterable[str]) -> str:
    """``(?:a|b|c)`` of ``items``, in their order."""
    return "(?:" + "|".join(items) + ")"


def verb_forms(words: Sequence[str]) -> re.Pattern[str]:
    """Whole-word forms of a word list whose entries may give several forms ("seize|seized"),
    longest first, ignoring case."""
    forms = sorted({f for entry in words for f in entry.split("|")}, key=lambda f: (-len(f), f))
    return re.compile(rf"(?<![\w'’-]){alternation(forms)}(?![\w'’-])", re.I)


def cue_pattern(items: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A cue list as one pattern: a word boundary, then any of the cues (in list order)."""
    return store().compile(cue_source(items, flags), flags)


def cue_source(items: Iterable[str], flags: int = re.IGNORECASE) -> str:
    """The source of :func:`cue_pattern` (compiled with ``flags``): ``\\b(?:a|b|c)``, its
    cues grouped by their first character where that finds the same (:func:`dispatch`;
    kept in the pattern store, as grouping parses every cue that is not a plain word)."""
    items = list(items)
    if not flags & re.IGNORECASE:
        return r"\b(?:" + "|".join(items) + ")"
    key = "\x00cue_source\x00" + "\x1f".join(items)
    return store().reading(key, flags, lambda: _grouped_source(items, flags))


def _grouped_source(items: list[str], flags: int) -> str:
    grouped = dispatch(items, flags)
    return r"\b(?:" + "|".join(items if grouped is None else grouped) + ")"


def dispatch(items: Sequence[str], flags: int, boundary: bool = True) -> list[str] | None:
    """Alternatives that match exactly as ``(?:a|b|c)`` of ``items`` does, grouped by their
    first character: ``k(?:illed|idnapped)``; None when that cannot be shown. Only cues of
    plain words are grouped; the others stay whole. ``boundary``: the group follows
    ``\\b``. ``flags``: what the list is compiled with, if no group of flags of its own
    holds it; else 0 (a template's fragment): groups then keep their first letter's case,
    and a list whose first letters differ only in case stays as it is.

    ``re`` tries every alternative at every word boundary; a group whose first character
    is not the text's fails at once, so a long cue list costs a few tries where it cost one
    per cue. The first alternative that fits still wins: at a given place only cues of one
    first character can fit, and they keep their order. A cue that opens with a group of
    alternatives is spread over them when they are plain words (``(?:rose|fell) by``:
    ``rose by|fell by``). Any other cue stays whole, in its place: the groups it could
    share a first character with end before it, and begin again after it. A group holds
    no more strings than a gate reads whole (:mod:`.literals`), so the gates stay as they
    were. A cue with a capturing group or an alternation of its own leaves the list as it
    is.
    """
    caseless = bool(flags & re.IGNORECASE)
    words = _WORDS if caseless else _WORDS_EXACT
    bodies: list[str] = []
    for item in items:
        body = item
        while boundary and body.startswith(r"\b"):  # the boundary before says as much
            body = body[2:]
        if not body or _splits(body) or _CAPTURES.search(_ESCAPE.sub("", body)):
            return None
        pieces = spread(body)  # spread only into plain words, which are then grouped
        bodies += pieces if all(words.fullmatch(part) for part in pieces) else [body]
    keys = {body[0] for body in bodies if words.fullmatch(body)}
    if not caseless and len(keys) != len({key.lower() for key in keys}):
        return None
    out: list[str] = []
    groups: dict[str, list[str]] = {}  # open groups: first character, the rest of each cue

    def close(keys: Iterable[str]) -> None:
        for key in list(keys):
            out.append(re.escape(key) + alternation(groups.pop(key)))
            sizes.pop(key, None)

    sizes: dict[str, int] = {}  # how many strings each open group matches
    for body in bodies:
        if words.fullmatch(body):
            key, strings = body[0].lower() if caseless else body[0], 2 ** body.count("?")
            if sizes.get(key, 0) + strings > _GROUP:  # as the gate reader reads it whole
                close([key])
            groups.setdefault(key, []).append(body[1:])
            sizes[key] = sizes.get(key, 0) + strings
            continue
        first = first_chars(body, flags)
        close(groups if first is None else [key for key in groups if key.lower() in first])
        out.append(body)
    close(groups)
    return out


_ESCAPE = re.compile(r"\\.")
# A capturing group (or, in a class, a parenthesis: read as one, which only costs speed).
_CAPTURES = re.compile(r"\((?!\?)|\(\?P<")
# A cue of plain words ("killed", "car bomb", "rates?\\b"): the strings it matches are
# few and read off its source, so a gate (:mod:`.literals`) reads a group of such cues as
# well as the cues apart; only they are grouped, at most _GROUP strings to a group.
_WORDS = re.compile(r"[A-Za-z0-9 ](?:[A-Za-z0-9 '-]\??)*(?:\\b)?")
# The same in a template, where a group of flags of its own ("(?x:") may hold the list: a
# cue does not open with a space.
_WORDS_EXACT = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9 '-]\??)*(?:\\b)?")


def _splits(source: str) -> bool:
    """Does ``source`` hold a ``|`` outside any group (``a|b``)?"""
    return _leading_group(source, top_level=True) is not None


def spread(body: str) -> list[str]:
    """``(?:a|b)rest`` as ``arest``, ``brest`` (recursively); any other cue as itself."""
    found = _leading_group(body)
    if found is None:
        return [body]
    parts, rest = found
    return [each for part in parts for each in spread(part + rest)]


def _leading_group(source: str, top_level: bool = False) -> tuple[list[str], str] | None:
    """The alternatives of the non-capturing group ``source`` opens with and what follows
    it (None when it opens with none, or the group is repeated); with ``top_level``: the
    parts of ``source`` split at its top-level ``|`` if it has one, else None."""
    if not top_level and not source.startswith("(?:"):
        return None
    depth = 0 if top_level else -1
    parts: list[str] = []
    start = 0 if top_level else 3
    index = 0
    in_class = False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":  # a class: "^" may open it, and a "]" first in it is literal
            in_class = True
            index += 2 if source[index + 1 : index + 2] == "^" else 1
            index += 1 if source[index : index + 1] == "]" else 0
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == -1 and not top_level:
                rest = source[index + 1 :]
                if rest[:1] in ("?", "*", "+", "{"):
                    return None
                return [*parts, source[start:index]], rest
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    if top_level and parts:
        return [*parts, source[start:]], ""
    return None


def word_pattern(words: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Whole words or phrases (written plainly, not as regex), longest first."""
    return store().compile(rf"(?<![\w-])(?:{trie_pattern(words)})(?![\w-])", flags)


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
        if isinstance(value, str):
            return expand(value, fragments, _depth + 1)
        return _fragment(tuple(expand(item, fragments, _depth + 1) for item in value))

    return _REFERENCE.sub(replace, template)


@lru_cache(maxsize=1024)
def _fragment(items: tuple[str, ...]) -> str:
    """A template's list fragment, its items expanded, as one group (:func:`dispatch`)."""
    grouped = dispatch(items, 0, boundary=False)
    return alternation(items if grouped is None else grouped)


def trie_pattern(words: Iterable[str]) -> str:
    """A regex fragment matching exactly the given words, longest alternative first.

    Python's ``re`` matches a prefix trie far faster than a flat alternation of hundreds of
    words, where every position tries one branch per word. Kept in the pattern store
    (:mod:`.patternstore`): a new process reads the fragments of the lexicon's long word
    lists (a few thousand actor names) instead of building them."""
    unique = sorted(set(words))
    return store().reading("\n".join(unique), _TRIE, lambda: _trie(unique))


#: The flags under which the store keeps a trie fragment, keyed by its words one a line:
#: none that a pattern compiles with.
_TRIE = -1


def _trie(words: list[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
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
