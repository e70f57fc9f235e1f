"""Weapons named in a sentence, as the plain nouns a brief uses (``data/weapons.toml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.prefilter import Gated

__all__ = ["WeaponMention", "WeaponRules", "find_weapons"]


@dataclass(frozen=True)
class WeaponMention:
    """A weapon at an offset: the noun a brief uses for it, and its rank in the table."""

    name: str
    rank: int
    start: int
    end: int


class WeaponRules:
    """One lexicon's weapon table, compiled into one pattern: a named group per weapon."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("weapons")
        self.names = [w["name"] for w in section["names"]]
        self.pattern = Gated(
            r"(?<!\w)(?:"
            + "|".join(f"(?P<w{i}>{w['pattern']})" for i, w in enumerate(section["names"]))
            + ")",
            re.IGNORECASE,
        )
        self.generic = {k: frozenset(v) for k, v in section["generic"].items()}
        self.max = int(section["max"])


def find_weapons(text: str, lexicon: Lexicon, folded: str | None = None) -> list[WeaponMention]:
    """Every weapon named in ``text``, leftmost first."""
    rules = lexicon.rules(WeaponRules)
    folded = lexicon.fold(text) if folded is None else folded
    found = []
    for match in rules.pattern.finditer(text, folded):
        rank = int(str(match.lastgroup)[1:])
        found.append(WeaponMention(rules.names[rank], rank, match.start(), match.end()))
    return found
