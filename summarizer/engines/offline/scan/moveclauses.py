"""Who moved and on whom, from the grammar of a strategic or territory move's clause.

The sibling of :mod:`.clauses` (which reads violent verbs) for the verbs of a move
(``[roles.moves_clause]`` in ``data/roles.toml``: took, retook, drove out, arrested,
detained, stormed, deployed, declared ...). It reads spans the caller gives (the parties
a sentence names) and says which did the move and which were acted on. Rules:

- active: the span right before the verb (only adverbs, or an aside in commas or
  brackets, between: "Syrian troops, backed by Russian jets, retook") that opens a clause
  (not after a preposition: "from the rebels", "by Qatar") is the doer, with the spans
  joined to it by "and" or a comma ("Kenyan troops and Somali forces drove"); the span
  right after the verb ("detained President X and Prime Minister Y"), else the span after
  "from"/"out of" within reach with no clause break between ("drove al-Shabaab out of";
  "took Jabrayil from Armenian forces"), is the side acted on;
- passive (a form of "be" before the verb: "was retaken by", "were rounded up by"): the
  span after "by" is the doer, the subject span the side acted on, else the span after
  "from"/"out of";
- "fell to X": X is the doer, the subject span (a party, not the place) lost it;
- the side that gave ground: with no side acted on read, the subject of a withdrawal
  verb in the same sentence ("as Congolese soldiers retreated"; "as Afghan police and
  soldiers fled": a bare force word joined to it) lost the place;
- the object passes over a possessor ("detained Niger's President X": X), and stops at a
  span that only modifies its head ("the northern Afghan city": no side); a span that a
  short noun phrase opening the clause ends ("Saudi blogger X was detained") is its subject;
- a passive with a "by" party and no subject span gives the words opening the clause up
  to its "be" ("Twelve suspects were rounded up") as ``subject``;
- the first verb that gives a doer or a side acted on decides; none gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation, verb_forms
from summarizer.engines.offline.scan.clauses import ClauseRules, clause_words
from summarizer.engines.offline.scan.roles import RoleRules
from summarizer.schema import ActorKind

_K = ActorKind

__all__ = ["MoveClause", "MoveClauseRules", "move_clause", "phrase_end"]

_Span = tuple[int, int]


@dataclass(frozen=True)
class MoveClause:
    """Indexes into the spans given: who did the move, who was acted on."""

    doers: tuple[int, ...]
    acted_on: tuple[int, ...]
    #: a passive's subject that no span names ("Seventeen suspects were rounded up"): its
    #: offsets, from the clause's start to its "be"
    subject: tuple[int, int] | None = None


class MoveClauseRules:
    """The move-clause vocabulary of one lexicon (``[roles.moves_clause]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("roles")["moves_clause"]
        self.clause = lexicon.rules(ClauseRules)
        self.verb = verb_forms(section["verbs"])
        self.fell_to = verb_forms(section["fell_to"])
        self.yielded = verb_forms(section["yielded"])
        self.source = re.compile(rf"\b{alternation(section['source'])}\s+$", re.I)
        self.agent = re.compile(rf"\b{alternation(section['agent'])}\s+$", re.I)
        self.reach = int(section["reach"])
        self.joiners = frozenset({",", *self.clause.coordinators})
        roles = lexicon.section("roles")["clause"]
        self.before_object = self.clause.determiners | frozenset(roles["object_determiners"])
        self.object_words = int(section["object_words"])
        heads = lexicon.rules(RoleRules).heads
        armed = {_K.state_forces, _K.rebel_group, _K.militia, _K.terrorist_group}
        self.forces = frozenset(w for w, kind in heads.items() if kind in armed)
        self.not_modifier = (
            self.clause.prepositions
            | self.clause.subordinators
            | self.clause.passive
            | self.clause.speech
            | self.clause.relatives
            | self.joiners
        )


def move_clause(
    text: str, spans: Sequence[_Span], lexicon: Lexicon, cue: _Span | None = None
) -> MoveClause | None:
    """The doers and the sides acted on of the sentence's move clause (module docstring):
    the verb inside the event's ``cue`` first, then the others in order; ``spans`` in text
    order."""
    rules = lexicon.rules(MoveClauseRules)
    verbs = list(rules.verb.finditer(text))
    own = [v for v in verbs if cue is not None and v.start() < cue[1] and cue[0] < v.end()]
    verbs = own or verbs  # the cue's own verb, when it is one of the move's
    for verb in verbs:
        found = _read(text, verb, spans, rules, fell=False)
        if found is not None:
            return found
    for verb in rules.fell_to.finditer(text):
        found = _read(text, verb, spans, rules, fell=True)
        if found is not None:
            return found
    return None


def phrase_end(text: str, end: int, lexicon: Lexicon) -> int:
    """Where the noun phrase a span opens ends: a country's word that only modifies the
    head ("Syrian rebel brigades", "Russian troops") goes on over up to ``object_words``
    words that are no function word, no verb's form and no move verb."""
    rules = lexicon.rules(MoveClauseRules)
    at = end
    for _ in range(rules.object_words):
        word = re.match(r"\s+([A-Za-z][\w'’-]*)", text[at:])
        if word is None:
            break
        folded = word.group(1).lower()
        if (
            folded in rules.not_modifier
            or folded in rules.clause.openers
            or folded in rules.clause.adverbs
            or folded in rules.before_object
            or rules.clause.deed.match(folded)
            or rules.verb.fullmatch(folded)
            or rules.clause.verb.fullmatch(folded)
        ):
            break
        at += word.end()
    return at


def _read(
    text: str, verb: re.Match[str], spans: Sequence[_Span], rules: MoveClauseRules, fell: bool
) -> MoveClause | None:
    before = [w for w in clause_words(text[: verb.start()])[-3:] if w not in rules.clause.adverbs]
    passive = bool(before) and before[-1] in rules.clause.passive
    subject = _subject(text, verb.start(), spans, rules, passive)
    doers: tuple[int, ...] = ()
    acted: tuple[int, ...] = ()
    if fell:  # "Ramadi fell to Islamic State militants"
        doers, acted = _after(text, verb.end(), spans, rules), subject
    elif passive:  # "was retaken by Nigerian soldiers", "were rounded up by police"
        doers = _complement(text, verb.end(), spans, rules, rules.agent)
        acted = subject or _complement(text, verb.end(), spans, rules, rules.source)
        if doers and not subject:
            phrase = _passive_subject(text, verb.start(), rules)
            return MoveClause(doers=doers, acted_on=acted, subject=phrase)
    elif subject:
        doers = subject
        acted = _after(text, verb.end(), spans, rules) or _complement(
            text, verb.end(), spans, rules, rules.source
        )
    if not doers and not acted:
        return None
    if not acted:
        acted = _gave_ground(text, spans, rules, doers)
    return MoveClause(doers=doers, acted_on=acted)


def _subject(
    text: str, at: int, spans: Sequence[_Span], rules: MoveClauseRules, passive: bool
) -> tuple[int, ...]:
    """The span(s) that are the clause's subject before ``at`` (and those joined to it)."""
    skip = set(rules.clause.adverbs) | (rules.clause.passive if passive else set())
    earlier = [i for i, (_, end) in enumerate(spans) if end <= at]
    # the nearest span whose gap to the verb is only adverbs, after its aside or a
    # participle's phrase (a span inside it, "backed by Russian jets", is no subject)
    last = next(
        (
            i
            for i in reversed(earlier)
            if _modifies(text, spans[i][1], at, skip, rules)
            and not _governed(text, spans[i], rules)
        ),
        None,
    )
    if last is None:
        return ()
    found = [last]
    while found[0] > 0:  # "Kenyan troops and Somali forces", "France, Chad and Mali"
        previous = spans[found[0] - 1]
        between = clause_words(text[previous[1] : spans[found[0]][0]])
        if not between or not all(w in rules.joiners for w in between):
            break
        found.insert(0, found[0] - 1)
    return () if _governed(text, spans[found[0]], rules) else tuple(found)


def _governed(text: str, span: _Span, rules: MoveClauseRules) -> bool:
    """Is the span no clause's start: after a preposition ("backed by Russian jets", "from
    the rebels") or some verb's object ("saw soldiers enter")?"""
    clause = rules.clause
    start = max(text.rfind(mark, 0, span[0]) for mark in (",", ";", ":", "—", " - "))
    modifiers = clause_words(text[start + 1 : span[0]])
    if len(modifiers) <= rules.object_words and not any(
        not w[0].isalnum() or w in rules.not_modifier for w in modifiers
    ):
        return False  # "Saudi blogger Raif Badawi was detained": the clause's own start
    opening = clause_words(text[: span[0]])[-1:]
    if not opening or not opening[0][0].isalnum():
        return False
    word = opening[0]
    if word in clause.prepositions and word not in clause.subordinators:
        return True
    return word not in clause.openers | clause.coordinators | clause.subordinators


def _passive_subject(text: str, at: int, rules: MoveClauseRules) -> tuple[int, int] | None:
    """The words that open the clause up to its "be" ("Seventeen suspects were"), when they
    are a short noun phrase: no function word, at most ``object_words`` + 1 words."""
    be = re.search(r"(\S+)\s+$", text[:at])
    if be is None:
        return None
    opening = max(text.rfind(mark, 0, be.start()) for mark in (",", ";", "—", " - ", ":"))
    start = opening + 1 if opening >= 0 else 0
    words = clause_words(text[start : be.start()])
    if not words or len(words) > rules.object_words + 1:
        return None
    if any(not w[0].isalnum() or w in rules.not_modifier for w in words):
        return None
    start += len(text[start:]) - len(text[start:].lstrip())
    return (start, be.start(1) if be.start(1) > start else be.start())


def _modifies(text: str, start: int, at: int, skip: set[str], rules: MoveClauseRules) -> bool:
    """Is all between ``start`` and ``at`` an aside or words in ``skip``?"""
    aside = rules.clause.aside.match(text, start)
    if aside and aside.end() <= at:
        start = aside.end()
    words = clause_words(text[start:at])
    if len(words) >= 2 and words[0] in rules.clause.coordinators and words[1] in rules.forces:
        words = words[2:]  # "Afghan police and soldiers fled": a bare force joined to it
    # "backed by Rwandan forces": a participle and its preposition, then only the span
    if (
        len(words) >= 2
        and rules.clause.deed.match(words[0])
        and words[1] in rules.clause.prepositions
    ):
        rest = words[2:]
        return len(rest) <= rules.object_words * 2 and not any(
            not w[0].isalnum() or (w in rules.not_modifier and w not in rules.joiners) for w in rest
        )
    return all(w in skip for w in words)


def _after(text: str, at: int, spans: Sequence[_Span], rules: MoveClauseRules) -> tuple[int, ...]:
    """The span(s) right after ``at``, joined by "and" or commas: the object noun phrase's
    head or the name closing it (a determiner and up to ``object_words`` modifiers between:
    "detained opposition leader Alexei Navalny"; no preposition: "the city of Palmyra")."""
    found: list[int] = []
    for i, (start, end) in enumerate(spans):
        if start < at:
            continue
        between = [w for w in clause_words(text[at:start]) if w not in rules.before_object]
        if found and between and between[0] in rules.joiners:
            between = between[1:]
        if len(between) > rules.object_words or any(
            not w[0].isalnum() or w in rules.not_modifier for w in between
        ):
            break
        if re.match(r"['’]s\b", text[end:]):
            at = end  # "Burkina Faso's President X": a possessor, the object goes on
            continue
        if not _closes(text, end, rules):
            break  # "the northern Afghan city": the span only modifies the object's head
        found.append(i)
        at = end
    return tuple(found)


def _closes(text: str, end: int, rules: MoveClauseRules) -> bool:
    """Does the noun phrase end with the span ending at ``end`` (what follows is
    punctuation, a function word, a time, or nothing)?"""
    following = clause_words(text[end : end + 40])[:1]
    if not following or not following[0][0].isalnum():
        return True
    word = following[0]
    return word in rules.not_modifier or word in rules.clause.openers or word in rules.clause.times


def _complement(
    text: str, at: int, spans: Sequence[_Span], rules: MoveClauseRules, marker: re.Pattern[str]
) -> tuple[int, ...]:
    """The span(s) after a marker ("from", "out of", "by") within reach of ``at``, with
    no clause break or subordinator between."""
    for i, (start, _) in enumerate(spans):
        if start < at or start > at + rules.reach:
            continue
        head = re.sub(r"\s*\b(?:the)\s+$", " ", text[at:start], flags=re.I)
        if rules.clause.breaks.search(head) or any(
            w in rules.clause.subordinators for w in clause_words(head)
        ):
            return ()
        if marker.search(head):
            return _after(text, start, spans, rules) or (i,)
    return ()


def _gave_ground(
    text: str, spans: Sequence[_Span], rules: MoveClauseRules, doers: tuple[int, ...]
) -> tuple[int, ...]:
    """The subject of a withdrawal verb in the sentence: the side that lost the place."""
    for verb in rules.yielded.finditer(text):
        lost = _subject(text, verb.start(), spans, rules, passive=False)
        if lost and not set(lost) & set(doers):
            return lost
    return ()
