"""Named suspects: the people a story of violence names as who did it.

Rule: in a story of violence (not an arrest, which is the force's act), a person a main
sentence names (:mod:`..scan.people`, no speaker) is a suspect when

- a doer's word stands right before the name ("the gunman, X", "suspect X"), or the name is
  the agent of a deed ("was shot by X", "carried out by a Ukrainian woman, X");
- an arrest, a charge or a conviction stands before the name in its clause ("police
  arrested two men, X and Y") and the name is not the victim's ("charged with the murder of
  X"), or one follows it ("X, 25, was charged with murder", "X surrendered to police"), in a
  paragraph that speaks of the doer or the deed ("suspect", "the attack", "in connection
  with"), or of one person described before the name ("arrested a local man, X");
- the words before it identify the doer ("He was identified as X"): the sentence's subject
  is the doer ("The suspect was identified as X"), or a pronoun after a sentence about him;
- it is in a list with a suspect ("arrested X and Y").

A suspect is a perpetrator, named before unnamed and generic doers ("gunman", "police",
"protesters"; a named armed group the lexicon knows stays beside), never a target, and a
casualty only as arrested, or as killed when the words after the name say he died. The
vocabulary is ``[people.suspects]`` in ``data/people.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.resolve import NON_STATE, VIOLENT, Work
from summarizer.engines.offline.scan.actors import is_lexicon_actor
from summarizer.engines.offline.scan.cues import event_of
from summarizer.engines.offline.scan.people import PeopleRules, PersonMention
from summarizer.engines.offline.scan.roles import head_word, is_person_name
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, ActorKind, SubEventType

__all__ = ["Suspect", "SuspectRules", "as_doers", "find_suspects"]

_K = ActorKind
_Pair = tuple[Actor, Sentence]


@dataclass(frozen=True)
class Suspect:
    """A person named as who did it, where named, and whether the article says he died."""

    name: str
    sentence: Sentence
    dead: bool = False


class SuspectRules:
    """One lexicon's suspect vocabulary (``[people.suspects]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("people")["suspects"]

        def compiled(key: str, flags: int = 0) -> re.Pattern[str]:
            return re.compile(section[key], flags)

        self.role_before = compiled("role_before", re.I)
        self.agent_before = compiled("agent_before", re.I)
        self.someone_before = compiled("someone_before")
        self.later_arrest = compiled("later_arrest", re.I)
        self.act_before = compiled("act_before", re.I)
        self.victim_before = compiled("victim_before", re.I)
        self.act_after = compiled("act_after")
        self.identified_before = compiled("identified_before")
        self.identified_subject = compiled("identified_subject")
        self.pronoun_subject = compiled("pronoun_subject")
        self.object_pronoun = compiled("object_pronoun")
        self.doer_words = compiled("doer_words")
        self.dead_after = compiled("dead_after")
        self.deed_after = compiled("deed_after", re.I)
        self.deed_subject = compiled("deed_subject")
        self.identified_someone = compiled("identified_someone")


def find_suspects(work: Work, sub_event_type: SubEventType) -> list[Suspect]:
    """The suspects the main sentences name, or a later one that speaks of the doer or the
    deed (module docstring), first named first; one entry a person however often named."""
    if event_of(sub_event_type) not in VIOLENT or sub_event_type == SubEventType.arrests:
        return []
    lexicon = work.lexicon
    rules = lexicon.rules(SuspectRules)
    joiner = lexicon.rules(PeopleRules).joiner
    found: dict[str, Suspect] = {}
    main = {s.index for s in work.main}
    about = _about_doer(work, rules)  # the paragraphs that speak of the doer or the deed
    for sentence in work.sentences:
        if (
            sentence.index not in main
            and sentence.paragraph not in about
            and not rules.identified_someone.match(sentence.text)
        ):
            continue  # a later sentence about the doer ("A week later X surrendered")
        people = [p for p in sentence.people if not p.speaker]
        marked = [_suspect(work, sentence, p, rules, about) for p in people]
        for _ in range(2):  # a list shares it ("arrested X, 25, and Y, 28"), not with a victim
            for i in range(len(people) - 1):
                if joiner.match(sentence.text[people[i].end : people[i + 1].start]):
                    either = bool(marked[i] or marked[i + 1])
                    marked[i] = marked[i] if marked[i] is None else either
                    marked[i + 1] = marked[i + 1] if marked[i + 1] is None else either
        for person, suspect in zip(people, marked, strict=True):
            if suspect:
                dead = rules.dead_after.match(sentence.text[person.end :]) is not None
                found.setdefault(fold(person.name), Suspect(person.name, sentence, dead))
    return list(found.values())


def _suspect(
    work: Work, sentence: Sentence, person: PersonMention, rules: SuspectRules, about: set[int]
) -> bool | None:
    """Is the person a suspect (module docstring)? None: the victim of the deed an arrest
    before the name is for ("convicted two men of the murder of X")."""
    text = sentence.text
    before, after = text[: person.start], text[person.end :]
    if rules.role_before.search(before) or rules.agent_before.search(before):
        return True
    if rules.deed_subject.match(before) and rules.deed_after.match(after):
        return True  # "A 24-year-old student, X, opened fire"
    identified = rules.identified_before.search(before)
    subject = rules.identified_subject.match(text)
    generic = rules.identified_someone.match(text)
    if identified and generic and _read_as_doer(work, sentence, generic.group("head")):
        return True  # "a man ... took hostages. The man, since identified as X, ..."
    if identified and subject and rules.pronoun_subject.match(text) is None:
        return True  # "The suspect was identified as X"
    if identified and (subject or rules.object_pronoun.search(identified.group(0))):
        earlier = [s for s in work.sentences if s.index == sentence.index - 1]
        return any(rules.doer_words.search(s.text) for s in earlier)  # "He was identified as X"
    arrest = rules.act_before.search(before)
    if arrest is not None and rules.victim_before.search(arrest.group(0)):
        return None
    acted = arrest is not None or rules.act_after.match(after) is not None
    someone = (  # "arrested a local man, X" (at the time, not later elsewhere)
        rules.someone_before.search(before) is not None and rules.later_arrest.search(text) is None
    )
    return acted and (someone or sentence.paragraph in about)


def _about_doer(work: Work, rules: SuspectRules) -> set[int]:
    """The paragraphs that speak of the doer or the deed (each read once); every main
    paragraph when the lead speaks of them ("a suspect has been arrested after three
    officers were shot")."""
    about: set[int] = set()
    for s in work.sentences:
        if s.paragraph not in about and rules.doer_words.search(s.text):
            about.add(s.paragraph)
    if any(s.paragraph in about for s in work.main[: work.lead_count]):
        about.update(s.paragraph for s in work.main)
    return about


def _read_as_doer(work: Work, sentence: Sentence, head: str) -> bool:
    """Did a clause before ``sentence`` read a doer by this head word ("a man ... took")?"""
    return any(
        r.role == "perpetrator" and head_word(r.name) == head.lower()
        for s in work.sentences[: sentence.index]
        for r in s.roles
    )


def as_doers(
    work: Work, suspects: list[Suspect], perpetrators: list[Actor], targets: list[Actor]
) -> tuple[list[Actor], list[Actor]]:
    """The suspects first as perpetrators, beside the named armed groups read before (the
    generic doers they name go); no suspect is a target. Cites where they are named."""
    if not suspects:
        return perpetrators, targets
    names = {fold(s.name) for s in suspects}
    lexicon = work.lexicon
    groups = [  # named armed groups and people read before stay beside them
        a
        for a in perpetrators
        if fold(a.name) not in names
        and (
            (a.kind in NON_STATE and is_lexicon_actor(a.name, lexicon))
            or (a.kind == _K.unknown and is_person_name(a.name))
        )
    ]
    limit = int(lexicon.section("actors")["resolve"]["max"])
    doers = [Actor(name=s.name, kind=_K.unknown) for s in suspects][:limit] + groups
    for suspect in suspects[:limit]:
        work.cite("perpetrators", suspect.sentence)
    kept = [t for t in targets if not any(_same(fold(t.name), n) for n in names)]
    return doers, kept


def _same(name: str, suspect: str) -> bool:
    return name == suspect or name.endswith(" " + suspect) or suspect.endswith(" " + name)
