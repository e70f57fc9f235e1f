"""Named casualties: the people the main incident befell, by name.

Rule: in a main sentence that says what befell someone (killed, injured, abducted,
arrested: the first the sentence cues), each person it names as one the incident befell
(:mod:`..scan.people`) is a casualty with that status, unless the brief already names them
as an actor; each person once, at most ``[people].max``.
"""

from __future__ import annotations

from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan.people import PeopleRules
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, NamedCasualty

__all__ = ["named_casualties"]


def named_casualties(work: Work, known: list[Actor]) -> list[NamedCasualty]:
    """Named casualties (module docstring); cites the sentences that name them."""
    lexicon = work.lexicon
    named: dict[str, NamedCasualty] = {}
    known_folded = {fold(a.name) for a in known}
    for sentence in work.main:
        status = sentence.befell
        if status is None:
            continue
        for person in sentence.people:
            if fold(person.name) in known_folded:
                continue
            named.setdefault(person.name, NamedCasualty(name=person.name, status=status))
            work.cite("named_casualties", sentence)
    return list(named.values())[: lexicon.rules(PeopleRules).max]
