"""What befell a named person, read from the clause the name stands in.

:mod:`.people` reads the words right next to a name; this reads the clause (vocabulary
``[people.clauses]`` in ``data/people.toml``; clause words from ``[roles.clause]``):

- the OBJECT of an arrest or abduction verb is held, the title or description between verb
  and name passed over ("soldiers detained President X", "police arrested former prime
  minister X", "gunmen kidnapped Father X"): arrested, or abducted; so is a second object
  joined to it ("detained X and President Y"). The verb's subject is never the one held,
  and a name after a preposition, a "by", a verb or a clause break is no object;
- a name that opens with a count ("Four Marines") is no one's; a person named as the one
  a side is loyal to, or whose rule, office or ceremony the story mentions ("marching to
  support President X", "the swearing-in of President X") is named in background, no
  casualty by a cue near the name;
- a person who killed himself or was found dead ("X shot himself", "X, 29, who turned the
  gun on himself", "X ... was later found dead") is killed; one who gave himself up ("X
  handed himself over to police") is arrested;
- a person named with a title or role but with nothing said of what befell them, whose
  next sentence tells of them by a pronoun ("Journalist X worked for ... He was shot
  dead"), takes what that sentence cues (:func:`pronoun_status`).

A speaker is never read as held or killed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.numbers import parse_number
from summarizer.engines.offline.patterns import verb_forms
from summarizer.engines.offline.patternstore import compiled
from summarizer.engines.offline.scan.clauses import ClauseRules
from summarizer.engines.offline.scan.people import PersonMention
from summarizer.engines.offline.text import DOTTED_WORD
from summarizer.schema import CasualtyStatus

__all__ = [
    "PersonClauseRules",
    "clause_people",
    "honorific_free",
    "pronoun_status",
    "self_told",
]


class PersonClauseRules:
    """``[people.clauses]`` of one lexicon, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("people")["clauses"]
        self.verbs = (
            (CasualtyStatus.arrested, verb_forms(section["arrest_verbs"])),
            (CasualtyStatus.abducted, verb_forms(section["abduct_verbs"])),
        )
        self.object_words = int(section["object_words"])
        self.joiner = compiled(section["object_joiner"])
        self.self_killed = compiled(section["self_killed_after"])
        self.pronoun = compiled(section["pronoun_opening"])
        self.honorifics = frozenset(section["honorifics"])
        self.own_lot = compiled(section["own_lot_after"])
        self.background = compiled(section["background_before"], re.IGNORECASE)
        self.gave_up = compiled(section["gave_up_after"])
        clause = lexicon.rules(ClauseRules)
        # words that end the object before a name: a function word or a verb
        self.stops = (
            clause.prepositions
            | clause.subordinators
            | clause.passive
            | clause.speech
            | clause.relatives
            | clause.coordinators
            | clause.openers
        )
        self.clause = clause


def _is_object(text: str, verb_end: int, start: int, rules: PersonClauseRules) -> bool:
    """Whether the name at ``start`` opens the object of the verb ending at ``verb_end``:
    the words between are a determiner, then modifiers or titles (a possessive too:
    "Niger's President"), none a function word or a verb, at most ``object_words``."""
    gap = text[verb_end:start]
    if re.search(r"[.;:!?\"“”()]", gap):
        return False
    words = DOTTED_WORD.findall(gap)
    if words and words[0].lower() in rules.clause.determiners:
        words = words[1:]
    # a plural head then the names in apposition ("detained three bloggers, X, Y and Z")
    if words and words[-1] == ",":
        words = words[:-1]
    if len(words) > rules.object_words or "," in words:
        return False
    for word in words:
        low = word.lower()
        if low in rules.stops or rules.clause.verb.fullmatch(low):
            return False
    return True


def clause_people(
    text: str, people: Sequence[PersonMention], lexicon: Lexicon
) -> list[PersonMention]:
    """``people`` with what their clause says befell them (module docstring): an arrest's
    or abduction's object is befallen with that status; a person who killed himself, killed."""
    rules = lexicon.rules(PersonClauseRules)
    found = [p for p in people if parse_number(p.name.split()[0]) is None]  # "Four Marines"
    for i, person in enumerate(found):  # "marching to support President X": no casualty
        if rules.background.search(text, max(0, person.start - 60), person.start):
            found[i] = replace(person, befell=False, victim=False, status=None)
    for status, verbs in rules.verbs:
        for verb in verbs.finditer(text):
            held = next(
                (
                    i
                    for i, p in enumerate(found)
                    if p.start >= verb.end()
                    and not p.speaker
                    and _is_object(text, verb.end(), p.start, rules)
                ),
                None,
            )
            while held is not None:
                found[held] = replace(found[held], befell=True, status=status)
                nxt = held + 1
                ok = nxt < len(found) and not found[nxt].speaker
                joint = text[found[held].end : found[nxt].start] if ok else ""
                held = nxt if ok and rules.joiner.match(joint) else None
    for i, person in enumerate(found):
        if person.speaker:
            continue
        if rules.self_killed.match(text[person.end :]):
            found[i] = replace(person, befell=True, status=CasualtyStatus.killed)
        elif rules.gave_up.match(text[person.end :]):
            found[i] = replace(person, befell=True, status=CasualtyStatus.arrested)
    return found


def pronoun_status(
    next_text: str, next_status: CasualtyStatus | None, lexicon: Lexicon
) -> CasualtyStatus | None:
    """What a sentence telling of the person named just before by a pronoun ("He was shot
    dead outside his home") says befell them: its first status cue, else None."""
    rules = lexicon.rules(PersonClauseRules)
    return next_status if rules.pronoun.match(next_text) else None


def honorific_free(name: str, lexicon: Lexicon) -> str:
    """``name`` without a word of address before it ("Mr Cheng" -> "Cheng")."""
    rules = lexicon.rules(PersonClauseRules)
    words = name.split()
    while len(words) > 1 and words[0] in rules.honorifics:
        words = words[1:]
    return " ".join(words)


def self_told(text: str, person: PersonMention, lexicon: Lexicon) -> bool:
    """Whether the words right after a speaker's name tell what befell them ("said X, a
    farmer who was shot in the leg"): a speaker is a casualty only then."""
    rules = lexicon.rules(PersonClauseRules)
    return person.status is not None and rules.own_lot.match(text[person.end :]) is not None
