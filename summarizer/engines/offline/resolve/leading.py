"""The lead's doers and victims, and which of the candidates a brief names.

Rule: the paragraph of the first doer the clauses read is the lead. A later paragraph's
doer on the other side (the army that responded to an attack, the group an air strike was
aimed at) joins only when a claim or an accusation names it; a force that only hit back at
the first doer's band is no doer; when the lead's victims are no force, a later
paragraph's force is no victim. Of the candidates left, named actors come first, else one
generic phrase of each kind in its fullest wording, the article's own word for victims
("worshippers") before the engine's word for anyone ("civilians").
"""

from __future__ import annotations

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.resolve import NON_STATE
from summarizer.engines.offline.scan import roles
from summarizer.engines.offline.scan.actors import match_lexicon
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, ActorKind

__all__ = ["Candidate", "Pair", "lead_first", "lead_paragraph", "lead_victims", "pick"]

_K = ActorKind
Pair = tuple[Actor, Sentence]
Candidate = tuple[Actor, Sentence, bool]


def lead_paragraph(doers: dict[str, Candidate]) -> int | None:
    """The paragraph of the first doer the clauses read (None: no doer read)."""
    return min((c[1].paragraph for c in doers.values()), default=None)


def lead_first(
    doers: dict[str, Candidate], lead: int | None, attributed: set[str]
) -> dict[str, Candidate]:
    """The lead's doers: a later paragraph's doer on the other side (the army that
    responded to an attack, the group an air strike was aimed at) joins only when a claim
    or an accusation names it. A lead that only reports blame ("officials blamed X") keeps
    every side: the accused answer later."""
    in_lead = [(k, c) for k, c in doers.items() if c[1].paragraph == lead]
    if lead is None or all(k in attributed for k, _ in in_lead):
        return doers
    sides = {_state(c[0]) for _, c in in_lead}
    first = in_lead[0][1]
    return {
        key: c
        for key, c in doers.items()
        if key in attributed
        or c is first
        or ((c[1].paragraph == lead or _state(c[0]) in sides) and not _responded(c, first))
    }


def _responded(doer: Candidate, first: Candidate) -> bool:
    """Did ``doer`` only hit back at the first doer's side in a later sentence ("Troops
    killed a number of the assailants")?"""
    if doer[1] is first[1] or _state(doer[0]) == _state(first[0]):
        return False
    return any(
        m.role == "target" and m.kind != _K.civilians and _state(m) == _state(first[0])
        for m in doer[1].roles
    )


def lead_victims(victims: dict[str, Candidate]) -> dict[str, Candidate]:
    """The lead's victims: when they are no force, a later paragraph's force (the army
    sent to retake a town, the police of an earlier attack) is no target."""
    lead = lead_paragraph(victims)
    if lead is None or any(_state(c[0]) for c in victims.values() if c[1].paragraph == lead):
        return victims
    return {k: c for k, c in victims.items() if c[1].paragraph == lead or not _state(c[0])}


def _state(actor: Actor | roles.RoleMention) -> bool:
    return actor.kind == _K.state_forces


def pick(
    candidates: list[Candidate],
    limit: int,
    lexicon: Lexicon,
    vague: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    accused: frozenset[str] = frozenset(),
    lead: int = 0,
) -> list[Pair]:
    """Named actors first (``limit`` at most: accusations may differ), else the first generic
    one of each kind ("police" and "officers" are one side), in its most specific wording
    ("Shia worshippers" over "worshippers")."""
    named: dict[str, Pair] = {}
    for actor, sentence, is_named in candidates:
        if is_named:  # "Israeli army" and "Israeli forces" are one force
            found = match_lexicon(actor.name, lexicon)
            named.setdefault(found[0][0].name if found else fold(actor.name), (actor, sentence))
    if named:
        return list(named.values())[:limit]
    fullest: dict[str, Candidate] = {}
    for candidate in candidates:
        head = roles.head_word(candidate[0].name)
        if head not in fullest or len(candidate[0].name) > len(fullest[head][0].name):
            fullest[head] = candidate
    ordered: list[Candidate] = []
    for candidate in candidates:
        chosen = fullest[roles.head_word(candidate[0].name)]
        if all(chosen is not other for other in ordered):
            ordered.append(chosen)
    # "killing 11 people ... villagers said the worshippers": the article's own word for the
    # victims over the engine's word for anyone ("civilians")
    vague_names, part = vague
    for c in [c for c in ordered if fold(c[0].name) in vague_names]:
        own = [
            o
            for o in ordered
            if (o[1] is c[1] or max(o[1].index, c[1].index) < lead)
            and o[0].kind == c[0].kind
            and o is not c
        ]
        if any(fold(o[0].name) not in vague_names | part for o in own):
            ordered.remove(c)  # in the same sentence, the article's own word names them
    picked: list[Pair] = []
    for actor, sentence, _ in ordered:
        # one of each kind, but two forces each accused by a source are two doers
        if all(actor.kind != other.kind for other, _ in picked) or (
            fold(actor.name) in accused and actor.kind != _K.unknown
        ):
            picked.append((actor, sentence))
    if any(a.kind in NON_STATE for a, _ in picked):  # "gunmen" are the rebels named beside
        picked = [p for p in picked if p[0].kind != _K.unknown]
    return picked[:limit]
