"""The named person a story's definite doer word stands for.

Rule (``[actors.named_doer]`` in ``data/actors.toml``): a doer read by a clause as a
definite person word ("the man stabbed", "The man who shot dead nine people") names someone
the story has named; that named person is the doer (first, beside the named armed groups
and people read; the generic doers and forces read go, and he is no target) when

- a sentence names him after a definite doer word and a copula or an identification ("The
  man who shot dead nine people ... was a 43-year-old German, Tobias Rathjen"; "named the
  gunman as X"), or in apposition to the deed ("X, the campaigner who shot dead Y"), or
- he opens the lead, after its dateline, and a later sentence's doer is the definite word
  ("Valdo Calocane, 32, was ordered ... The court heard how the man stabbed ..."), or opens
  the sentence right after one whose doer it is ("The man who stabbed ... was ordered
  detained. Valdo Calocane, 32, had admitted ..."), and is no speaker unless he speaks to a
  court ("X told an Oslo court");

never one the words after the name make hurt ("X was stabbed"; "The teenager, named as X,
was hit": a victim), nor the name given a word the story read only as hit ("Gunmen shot
dead a man ... The man was identified as X").

An indefinite doer ("a man stabbed three people") names no one the story has named.
"""

from __future__ import annotations

import re

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.resolve import NON_STATE, VIOLENT, Work
from summarizer.engines.offline.resolve.nouns import noun_classes
from summarizer.engines.offline.scan.actors import is_lexicon_actor
from summarizer.engines.offline.scan.cues import event_of
from summarizer.engines.offline.scan.people import PersonMention
from summarizer.engines.offline.scan.roles import head_word, is_person_name
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, ActorKind, SubEventType

_Pair = tuple[Actor, Sentence]

__all__ = ["AnaphorRules", "named_as_doer", "named_doers", "person_word"]


class AnaphorRules:
    """One lexicon's named-doer vocabulary (``[actors.named_doer]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("actors")["named_doer"]
        self.anaphors = frozenset(section["anaphors"])
        self.definite = re.compile(section["definite"], re.I)
        self.definite_word = re.compile(section["definite_word"], re.I)
        self.copula = re.compile(section["copula"], re.I)
        self.who_did = re.compile(section["who_did"], re.I)
        self.opening = re.compile(section["opening"])
        self.hurt_after = re.compile(section["hurt_after"], re.I)
        self.court = re.compile(section["court"], re.I)
        verbs = "|".join(map(re.escape, section["identify_verbs"]))
        self.identified = re.compile(section["identified"].replace("{verbs}", verbs), re.I)
        self.not_doer = re.compile(section["not_doer"], re.I)


def person_word(word: str) -> bool:
    """Is ``word`` a person word: its plural in the ``people`` noun class ("thrower")?"""
    word = word.lower().strip(",")
    plural = (
        word[:-3] + "men" if word.endswith("man") else word if word.endswith("s") else word + "s"
    )
    return noun_classes().get(plural) == "people"


def _identified(text: str, rules: AnaphorRules) -> bool:
    """Does ``text`` end with an identification of a described doer ("Police identified
    the thrower as", "named the driver of the truck as"): a person word within its first
    words, and no one hurt in it?"""
    match = rules.identified.search(text)
    if match is None or rules.not_doer.search(match.group("what")):
        return False
    return any(person_word(w) for w in match.group("what").split()[:4])


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


def _victim_heads(work: Work) -> frozenset[str]:
    """Head words the story read only as hit, never as a doer ("shot dead a man")."""
    read = [(m.role, head_word(m.surface)) for s in work.sentences for m in s.roles]
    did = {h for r, h in read if r == "perpetrator"}
    return frozenset(h for r, h in read if r == "target" and h not in did)


def named_as_doer(work: Work, sentence: Sentence, person: PersonMention) -> bool:
    """Is ``person``, named in ``sentence``, whom a definite doer word stands for?"""
    rules = work.lexicon.rules(AnaphorRules)
    text = sentence.text
    if rules.hurt_after.match(text[person.end :]):
        return False  # "X was stabbed", "the teenager, named as X, was hit": a victim
    if rules.who_did.match(text[person.end :]):
        return True  # "X, the campaigner who shot dead Y"
    hit = _victim_heads(work)
    if _identified(text[: person.start], rules):
        return True  # "Police identified the thrower as X"
    for word in rules.definite_word.finditer(text, 0, person.start):
        if head_word(word.group(0)) in hit:
            continue  # "Gunmen shot dead a man ... The man was identified as X": the victim
        if rules.copula.search(text[word.end() : person.start]):
            return True  # "The man who shot ... was a 43-year-old German, X"
    if not rules.opening.match(text[: sentence.dateline_end]) or not rules.opening.match(
        text[: person.start]
    ):
        return False
    if person.speaker and not rules.court.search(text):
        return False  # "X said ..." outside a court: who spoke, not who did it
    doers = [s.index for s, _ in _definite_doers(work, rules)]
    first = bool(work.main) and sentence is work.main[0]
    # the lead's subject a later definite word stands for, or the name right after it
    return any(i > sentence.index for i in doers) if first else sentence.index - 1 in doers


def named_doers(
    work: Work, sub_event_type: SubEventType, perpetrators: list[_Pair], targets: list[_Pair]
) -> tuple[list[_Pair], list[_Pair]]:
    """In a story of violence (no arrest), the person a definite doer word stands for
    first (module docstring), beside the named armed groups and people read; no target."""
    if event_of(sub_event_type) not in VIOLENT or sub_event_type == SubEventType.arrests:
        return perpetrators, targets
    found: _Pair | None = None
    for sentence in work.sentences:
        for person in sentence.people:
            if found is None and named_as_doer(work, sentence, person):
                found = (Actor(name=person.name, kind=ActorKind.unknown), sentence)
    if found is None:
        return perpetrators, targets
    name = fold(found[0].name)
    lexicon = work.lexicon
    kept = [
        p
        for p in perpetrators
        if fold(p[0].name) != name
        and (
            (p[0].kind in NON_STATE and is_lexicon_actor(p[0].name, lexicon))
            or (p[0].kind == ActorKind.unknown and is_person_name(p[0].name))
        )
    ]
    others = [t for t in targets if fold(t[0].name) != name]
    return [found, *kept][: int(lexicon.section("actors")["resolve"]["max"])], others
