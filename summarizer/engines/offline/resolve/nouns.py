"""Broad noun classes: ``data/nouns.tsv``, built from WordNet 3.0 by scripts/build_nouns.py
(the engine never needs WordNet itself).

Rule: each line is ``word<TAB>class``; the classes are ``site`` (a building, facility or
structure: "mosque", "stock exchange"), ``people`` (plural forms of persons and peoples:
"Jews", "inmates", "pilgrims") and ``force`` (military units, troops, police:
"garrison", "battalion"). Lines starting with "#" are the header and licence.
"""

from __future__ import annotations

from functools import cache

from summarizer.engines.offline.lexicon import DATA_DIR
from summarizer.schema import ActorKind

__all__ = ["is_force", "noun_classes"]


@cache
def noun_classes() -> dict[str, str]:
    """``data/nouns.tsv``: word -> class, read once per process."""
    text = (DATA_DIR / "nouns.tsv").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return {word: name for word, name in pairs}


def is_force(word: str, heads: dict[str, ActorKind]) -> bool:
    """Is the word a force's: by the engine's own head words (``heads``: an armed kind),
    else by the ``force`` class?"""
    if word in heads:
        return heads[word] not in (ActorKind.civilians, ActorKind.unknown)
    return noun_classes().get(word) == "force"
