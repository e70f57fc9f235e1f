"""People named in a sentence as ones the incident befell, and what befell them.

A capitalised name of two to five words (``[people].name``) is a person the incident
befell when a title stands before it ("Pastor X", "Mr X"), an age or description after it
("X, 34,", "X, a tailor"), or a victim's frame before it ("among the dead was X",
"identified as X"); not when a verb of speech follows ("X said"), nor when it names a
country, a region or a known actor. The vocabulary is ``data/people.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation, expand
from summarizer.engines.offline.prefilter import Gated, fold_case
from summarizer.engines.offline.scan.actors import find_actors
from summarizer.engines.offline.scan.places import find_countries, find_regions
from summarizer.schema import CasualtyStatus

__all__ = ["PeopleRules", "PersonMention", "find_people", "status_of"]

_UP = "A-ZÀ-ÖØ-Þ"


@dataclass(frozen=True)
class PersonMention:
    """A person named at an offset of a sentence."""

    name: str
    start: int
    end: int


class PeopleRules:
    """One lexicon's people vocabulary, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("people")
        fragments = {"up": f"[{_UP}]", "low": rf"(?:[^\W\d_{_UP}]|['’])+"}
        self.name = re.compile(expand(section["name"], fragments))
        self.not_name_words = frozenset(section["not_name_words"])
        self.before = re.compile(
            rf"(?:\b{alternation(section['titles'])}\.?"
            rf"|\b(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,6}}?{alternation(section['roles'])}"
            rf"\b[^.;]{{0,60}},|\b{alternation(section['frames'])})\s+$",
            re.IGNORECASE,
        )
        self.after = re.compile(section["after"])
        self.spoke_after = re.compile(section["spoke_after"])
        self.status = [
            (
                CasualtyStatus(item["status"]),
                Gated(re.compile(rf"\b{alternation(item['cues'])}\b", re.IGNORECASE)),
            )
            for item in section["status"]
        ]
        self.max = int(section["max"])


def _is_person(text: str, start: int, end: int, rules: PeopleRules) -> bool:
    """True when the name at ``text[start:end]`` reads as a person the incident befell."""
    if rules.spoke_after.match(text[end : end + 100]):
        return False
    return bool(
        rules.before.search(text[max(0, start - 140) : start])
        or rules.after.match(text[end : end + 40])
    )


def find_people(text: str, lexicon: Lexicon) -> list[PersonMention]:
    """People ``text`` names as ones an incident befell, leftmost first."""
    rules = lexicon.rules(PeopleRules)
    found: list[PersonMention] = []
    for match in rules.name.finditer(text):
        name = match.group(0)
        words = re.split(r"[ -]", name)
        if any(w in rules.not_name_words for w in words):
            continue
        if len([w for w in words if w[:1].isupper()]) < 2:
            continue
        if find_countries(name, lexicon) or find_regions(name, lexicon):
            continue
        if find_actors(name, lexicon):
            continue
        if _is_person(text, match.start(), match.end(), rules):
            found.append(PersonMention(name, match.start(), match.end()))
    return found


def status_of(text: str, lexicon: Lexicon, folded: str | None = None) -> CasualtyStatus | None:
    """What the sentence says befell the people it names: the first status it cues."""
    rules = lexicon.rules(PeopleRules)
    folded = fold_case(text) if folded is None else folded
    return next((status for status, cue in rules.status if cue.search(text, folded)), None)
