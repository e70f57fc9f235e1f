"""The named person a story's definite doer word stands for.

Rule (``[actors.named_doer]`` in ``data/actors.toml``): a doer read by a clause as a
definite person word ("the man stabbed", "The man who shot dead nine people") names someone
the story has named; that named person is the doer (a suspect, :mod:`.suspects`) when

- the doer's own sentence names him after a copula ("The man who shot dead nine people ...
  was a 43-year-old German, Tobias Rathjen"), or
- he opens the lead, after its dateline ("Valdo Calocane, 32, was ordered ... The court
  heard how the man stabbed ..."), is not hurt there ("X was stabbed": a victim), and is no
  speaker unless he speaks to a court ("Anders Behring Breivik told an Oslo court ...").

An indefinite doer ("a man stabbed three people") names no one the story has named.
"""

from __future__ import annotations

import re

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan.people import PersonMention
from summarizer.engines.offline.scan.roles import head_word

__all__ = ["AnaphorRules", "named_as_doer"]


class AnaphorRules:
    """One lexicon's named-doer vocabulary (``[actors.named_doer]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("actors")["named_doer"]
        self.anaphors = frozenset(section["anaphors"])
        self.definite = re.compile(section["definite"], re.I)
        self.copula = re.compile(section["copula"], re.I)
        self.opening = re.compile(section["opening"])
        self.hurt_after = re.compile(section["hurt_after"], re.I)
        self.court = re.compile(section["court"], re.I)


def _definite_doers(work: Work, rules: AnaphorRules) -> list[tuple[Sentence, int]]:
    """The main sentences' doers read as a definite person word, with where each ends."""
    found = []
    for sentence in work.main:
        for mention in sentence.roles:
            if (
                mention.role == "perpetrator"
                and head_word(mention.name) in rules.anaphors
                and rules.definite.search(sentence.text, 0, mention.start)
            ):
                found.append((sentence, mention.start + len(mention.surface)))
    return found


def named_as_doer(work: Work, sentence: Sentence, person: PersonMention) -> bool:
    """Is ``person``, named in ``sentence``, whom a definite doer word stands for?"""
    rules = work.lexicon.rules(AnaphorRules)
    doers = _definite_doers(work, rules)
    text = sentence.text
    for doer_sentence, end in doers:
        if doer_sentence is sentence and end <= person.start:
            if rules.copula.search(text[end : person.start]):
                return True  # "The man who shot ... was a 43-year-old German, X"
    if not work.main or sentence is not work.main[0] or not rules.opening.match(text[: person.start]):
        return False
    if rules.hurt_after.match(text[person.end :]):
        return False  # "X was stabbed": the victim opens the story
    if person.speaker and not rules.court.search(text):
        return False  # "X said ..." outside a court: who spoke, not who did it
    return any(s.index > sentence.index for s, _ in doers)
