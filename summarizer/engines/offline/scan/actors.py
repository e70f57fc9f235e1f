"""Named actors: the lexicon's state forces and armed groups, and the role each mention's
surroundings give it.

The lexicon is ``[[actors.lexicon]]`` in ``data/actors.toml`` (and any overlay's). Roles
come from the words around a mention (``[actors.context]``), not from the name:

- perpetrator: "a U.S. drone strike", "Russian missiles hit", "X claimed responsibility",
  "X fighters attacked", "attack by X", "X seized the town";
- target: "attacked a convoy of X", "targeted X", "killed a X commander", "X positions".

A mention whose role the text does not show has none: unknown stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import trie_pattern
from summarizer.engines.offline.prefilter import Gated
from summarizer.engines.offline.scan.places import find_countries
from summarizer.schema import ActorKind

__all__ = [
    "ActorMention",
    "ActorRules",
    "LexiconEntry",
    "find_actors",
    "inside_longer_name",
    "is_lexicon_actor",
]


@dataclass(frozen=True)
class LexiconEntry:
    """One actor: the name a brief uses, the names the press uses, and what it is."""

    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    perpetrator: bool = False


@dataclass(frozen=True)
class ActorMention:
    """An actor mentioned at an offset, with the role its context gives it (or None)."""

    name: str
    kind: ActorKind
    start: int
    end: int
    role: str | None
    surface: str


class ActorRules:
    """One lexicon's named actors and context patterns, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("actors")
        self.entries = tuple(
            LexiconEntry(
                e["name"], ActorKind(e["kind"]), tuple(e["aliases"]), e.get("perpetrator", False)
            )
            for e in section["lexicon"]
        )
        self.by_alias: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            for alias in entry.aliases:
                self.by_alias[alias.lower()] = entry
        self.aliases = [alias for entry in self.entries for alias in entry.aliases]
        # longest alias first at any position; acronyms are checked for case afterwards
        self.pattern = Gated(
            rf"(?<![\w.-])(?:{trie_pattern(self.by_alias)})(?![\w-])", re.IGNORECASE
        )
        context = section["context"]
        self.context = {key: re.compile(value, re.IGNORECASE) for key, value in context.items()}
        names = section["longer_names"]
        self.not_name_words = frozenset(names["not_name_words"])
        self.name_word = re.compile(names["name_word"])
        self.demonym = re.compile(names["demonym"])


def inside_longer_name(text: str, start: int, lexicon: Lexicon) -> bool:
    """Is the alias at ``start`` the tail of a longer name the lexicon lacks ("West Papua
    National Liberation Army" is no ELN)? The word right before it is a name's word:
    capitalised, not possessive, no country or people ("Colombian"), no sentence opener."""
    rules = lexicon.rules(ActorRules)
    before = text[:start]
    if not before.endswith(" "):
        return False
    words = before.split()
    word = words[-1] if words else ""
    return (
        bool(rules.name_word.fullmatch(word))
        and word not in rules.not_name_words
        and not rules.demonym.search(word)
        and not find_countries(word, lexicon)
    )


def _role(text: str, start: int, end: int, context: dict[str, re.Pattern[str]]) -> str | None:
    before = text[max(0, start - 60) : start]
    after = text[end : end + 80]
    if context["perpetrator_before"].search(before):
        return "perpetrator"
    if context["target_before"].search(before) and context["target_after"].match(after):
        return "target"
    if context["target_after"].match(after) and context["target_noun_before"].search(before):
        return "target"
    if context["perpetrator_noun_after"].match(after) or context["perpetrator_after"].match(after):
        return "perpetrator"
    if context["target_before"].search(before):
        return "target"
    return None


def match_lexicon(
    text: str, lexicon: Lexicon, folded: str | None = None
) -> list[tuple[LexiconEntry, int, int]]:
    """Lexicon actors named in ``text``: (entry, start, end), acronyms only in their own case."""
    rules = lexicon.rules(ActorRules)
    folded = lexicon.fold(text) if folded is None else folded
    found = []
    for match in rules.pattern.finditer(text, folded):
        surface = match.group(0)
        entry = rules.by_alias[surface.lower()]
        # the alias written as the text writes it, if the lexicon has one ("Sinaloa cartel")
        alias = (
            surface
            if surface in entry.aliases
            else next(a for a in entry.aliases if a.lower() == surface.lower())
        )
        if sum(c.isupper() for c in alias) >= 2 and surface != alias:
            continue  # acronyms match only in their own case: "us" is not "US"
        if inside_longer_name(text, match.start(), lexicon):
            continue  # "West Papua National Liberation Army": another group's name
        found.append((entry, match.start(), match.end()))
    return found


def find_actors(text: str, lexicon: Lexicon, folded: str | None = None) -> list[ActorMention]:
    """Lexicon actors in ``text`` with the role their context gives them."""
    context = lexicon.rules(ActorRules).context
    return [
        ActorMention(
            entry.name, entry.kind, start, end, _role(text, start, end, context), text[start:end]
        )
        for entry, start, end in match_lexicon(text, lexicon, folded)
    ]


def is_lexicon_actor(name: str, lexicon: Lexicon) -> bool:
    """True when ``name`` is, or contains, a lexicon actor's name or alias."""
    return lexicon.rules(ActorRules).pattern.pattern.search(name) is not None
