"""Named casualties: the people the main incident befell, by name.

Rule: every person a main sentence names as one the incident befell (:mod:`..scan.people`:
a title or role before the name, an age or description after it, a victim's frame, a list
with such a name) is a casualty with the status whose cue is nearest their name (killed,
injured, abducted, arrested), else the first the sentence cues; a person named in a victim's
frame ("the victims were named as X") without one takes the first the main sentences cue. A person named in a clause about an earlier incident (", hours after a bomb
killed General X") is none. A person is one entry
however often named: a later mention by surname alone ("Van der Berg was shot dead") or by
fewer words is the person named in full before, under the full name. A named group the
brief has as an actor is no casualty. Beside people killed, wounded or abducted, those
arrested are no casualties, except the suspects named as who did it (:mod:`.suspects`),
listed after the victims as arrested; a suspect who died ("X was shot dead by police", "X
shot himself") is one, killed, listed after the victims; one whom the cue nearest the name
says was hurt, with no arrest told in that sentence or the one before, is none. What the
clause says befell a person (:mod:`..scan.personclauses`: the object of an arrest, a
pronoun's next sentence) counts as a cue; the person the sentence quotes is none unless
the words after the name tell what befell them; "Mr X" is the X named before. A sentence the story's dates set aside is read too when it names
the story's dead in a list's frame before anything it dates. At most ``[people].max``.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.resolve.suspects import Suspect
from summarizer.engines.offline.scan.actors import is_lexicon_actor
from summarizer.engines.offline.scan.people import (
    PeopleRules,
    PersonMention,
    find_surnames,
    status_of,
)
from summarizer.engines.offline.scan.personclauses import (
    clause_people,
    honorific_free,
    pronoun_status,
    self_told,
)
from summarizer.engines.offline.scan.roles import is_person_name
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, ActorKind, CasualtyStatus, NamedCasualty

__all__ = ["named_casualties"]


def _full_names(work: Work) -> dict[str, str]:
    """Every person the main sentences name in full, by the last words that may stand for
    them alone (lower case): "van der berg", "berg" -> "Pieter van der Berg", and the second
    word of a longer name ("rosero" -> "Edilma Rosero Chantré"); when two share a surname,
    the one named first (the article's subject, as a rule)."""
    rules = work.lexicon.rules(PeopleRules)
    names = [p.name for s in work.main for p in s.people]
    names += [m.name for s in work.main for m in s.roles if is_person_name(m.name)]
    tails: dict[str, str] = {}
    for name in dict.fromkeys(names):  # a surname stands for the first person named with it
        words = name.split()
        second = words[1] if len(words) >= 3 else ""
        if len(second) >= rules.surname_letters and second.lower() not in rules.particles:
            tails.setdefault(second.lower(), name)  # "Rosero": the first of two surnames
        for first in range(1, len(words)):
            particles = rules.particles
            if words[first].lower() in particles and words[first - 1].lower() in particles:
                continue  # "der Berg" does not stand for "Pieter van der Berg"; "van der Berg" does
            tail = " ".join(words[first:])
            if len(tail.replace(" ", "")) >= rules.surname_letters:
                tails.setdefault(tail.lower(), name)
    return tails


def named_casualties(
    work: Work, known: list[Actor], suspects: Sequence[Suspect] = ()
) -> list[NamedCasualty]:
    """Named casualties (module docstring); cites the sentences that name them. A suspect
    (:mod:`.suspects`) is one only as arrested, or killed where he died."""
    lexicon = work.lexicon
    held = {fold(s.name): CasualtyStatus.arrested for s in suspects}
    dead = {fold(s.name) for s in suspects if s.dead}
    hurt_doers: set[str] = set()
    rules = lexicon.rules(PeopleRules)
    groups = {  # a person held or hurt may be a target too ("Police arrested Senator X")
        fold(a.name)
        for a in known
        if a.kind not in (ActorKind.unknown, ActorKind.civilians)
        or is_lexicon_actor(a.name, lexicon)
        or not is_person_name(a.name)
    }
    fallback = next((s.befell for s in work.main if s.befell is not None), None)
    tails = _full_names(work)
    found: dict[str, NamedCasualty] = {}
    for sentence in _with_asides(work, rules):
        mentions = clause_people(sentence.text, sentence.people, lexicon)
        # a surname inside another person's full name is that person ("Jhon Fredy Chantré")
        mentions += [
            m
            for m in find_surnames(sentence.text, tails, lexicon, sentence.folded)
            if not any(p.start <= m.start and m.end <= p.end for p in sentence.people)
        ]
        elsewhere = sentence.time_cues.elsewhere  # "..., hours after a bomb killed General X"
        claim = sentence.claim(None)
        speaker = fold(claim.source) if claim is not None else ""
        for person in mentions:
            if elsewhere is not None and person.start >= elsewhere:
                continue
            if fold(person.name) in speaker and not self_told(sentence.text, person, lexicon):
                continue  # the one the sentence quotes ("Police Chief X confirms ...")
            status = person.status or sentence.befell or (fallback if person.victim else None)
            told = None if status else _told_after(work, sentence, person, mentions)
            status = status or told
            if not (person.befell or told) or status is None:
                continue
            bare = honorific_free(person.name, lexicon)  # "Mr Cheng": the Curtis Cheng before
            name = tails.get(bare.lower(), person.name)
            key = fold(name)
            if key in dead:  # the attacker who died: killed, after the victims
                held[key] = CasualtyStatus.killed
            elif key in held and status != CasualtyStatus.arrested:
                wounded = status in (CasualtyStatus.killed, CasualtyStatus.injured)
                if wounded and not _arrest_near(work, sentence):
                    hurt_doers.add(key)  # the attacker who was hurt is no casualty
                    continue
            status = held.get(key, status)
            if key in hurt_doers or key in groups or _merged(found, key, name, status):
                continue
            found[key] = NamedCasualty(name=name, status=status)
            work.cite("named_casualties", sentence)
    people = list(found.values())
    hurt = [p for p in people if p.status != CasualtyStatus.arrested and fold(p.name) not in held]
    # beside the dead or wounded, the people arrested are no casualties, but for the suspects
    # named as who did it (after the victims)
    doers = [p for p in people if fold(p.name) in held]
    return ((hurt + doers) if hurt else people)[: rules.max]


def _with_asides(work: Work, rules: PeopleRules) -> list[Sentence]:
    """The main sentences, and each sentence set aside right after one that names the
    story's dead in a list's frame before anything it dates ("Among the dead were X, an
    American who had survived the September 11 attacks, and Y")."""
    main = {s.index for s in work.main}
    kept: list[Sentence] = []
    for sentence in work.sentences:
        if sentence.index in main:
            kept.append(sentence)
            continue
        if sentence.index - 1 not in main or not rules.aside_gate.search(sentence.folded):
            continue
        if sentence.casualties:
            continue
        first = next((p for p in sentence.people if p.victim), None)
        if first is None or not rules.aside_frame.search(sentence.text[: first.start]):
            continue
        if any(d.start < first.end for d in sentence.dates) or any(
            y in sentence.text[: first.start] for y in sentence.time_cues.years
        ):
            continue
        kept.append(sentence)
    return kept


def _told_after(
    work: Work, sentence: Sentence, person: PersonMention, mentions: Sequence[PersonMention]
) -> CasualtyStatus | None:
    """What the next sentence says befell ``person`` when it tells of them by a pronoun
    ("Journalist X worked for ... He was shot dead"): only for the one person the sentence
    names (no speaker), in a sentence that cues nothing that befell anyone."""
    if sentence.befell is not None or [p for p in mentions if not p.speaker] != [person]:
        return None
    after = next((s for s in work.sentences if s.index == sentence.index + 1), None)
    if after is None or after.people:
        return None
    return pronoun_status(
        after.text, status_of(after.text, work.lexicon, after.folded), work.lexicon
    )


def _arrest_near(work: Work, sentence: Sentence) -> bool:
    """Whether ``sentence`` or the one before it tells of an arrest ("Police arrested a man
    at the scene. He is X, who admitted the killing")."""
    near = (s for s in work.sentences if sentence.index - 1 <= s.index <= sentence.index)
    return any(status_of(s.text, work.lexicon, s.folded) == CasualtyStatus.arrested for s in near)


def _merged(found: dict[str, NamedCasualty], key: str, name: str, status: CasualtyStatus) -> bool:
    """True when ``name`` is a person already found (one name's words hold the other's):
    the fuller name is kept."""
    words = set(key.split())
    for other in list(found):
        others = set(other.split())
        if words <= others or others <= words:
            if len(key) > len(other):
                del found[other]
                found[key] = NamedCasualty(name=name, status=status)
            return True
    return False
