"""Perpetrators and targets from the event's own clause, when the resolvers found none.

The clause frame (:func:`.scan.frames.frame_read`) reads a lead clause's doer, verb class
and object to decide the event. Its doer and object are the FALLBACK of the actors:

- the clause is the first of the lead's sentences (``Work.lead_count``) a frame rule fits
  whose sub-event type is the event's (so a rule-decided event still uses its clause when
  the frame reads the same event there), else whose event type is;
- no perpetrator found: the frame's doer, cut to the part whose kind was read and its
  first modifier ("German aeroplanes flying for the insurgents" -> "German aeroplanes"),
  a leading article or quantity word dropped (``[events.frames].side_drop``); its actor
  kind is the first of ``[events.frames].side_kinds`` its frame kinds hold; a doer that is
  only a machine (``side_owned``: aircraft, guns) must say whose it is, a country or its
  people's adjective ("German aeroplanes"; dev labels leave "a drone struck" without one);
- no target: the frame's object, cut the same way, in a violent event only, not one of
  ``side_untargeted`` (territory taken: no target) nor an object of people (whom the
  casualty resolvers name: "shot dead Mayor X inside the town hall"), and not when the
  targets are only vague words: dev labels accept "civilians" where the clause's object
  is a place, "struck the market, killing 20 civilians").
A side that is itself a vague word, a pronoun or empty is no fallback.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.resolve import VIOLENT, Work
from summarizer.engines.offline.scan.cues import event_of
from summarizer.engines.offline.scan.frames import FrameRead, frame_read
from summarizer.engines.offline.scan.places import find_countries
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, ActorKind, SubEventType

__all__ = ["frame_sides"]

_Pair = tuple[Actor, Sentence]
_PUNCT = " .,;:-–—'\"“”"


class _SideRules:
    """The words cut off a frame side and the kinds its frame kinds give."""

    def __init__(self, lexicon: Lexicon) -> None:
        frames = lexicon.section("events")["frames"]
        self.drop = re.compile(rf"^(?:(?:{'|'.join(frames['side_drop'])})\s+)+", re.IGNORECASE)
        self.kinds: dict[str, str] = frames["side_kinds"]
        vague = lexicon.section("actors")["resolve"]  # words no side names by itself
        self.vague = frozenset(vague["vague_victims"]) | frozenset(vague["vague_crowd"])
        self.owned = frozenset(frames["side_owned"])
        self.untargeted = frozenset(SubEventType(s) for s in frames["side_untargeted"])


def _own_clause(
    work: Work, sub_event_type: SubEventType, later: Callable[[Sentence], bool]
) -> tuple[FrameRead, Sentence] | None:
    """The first lead sentence, not one on a later act (``later``: "Hours after the
    attack, militants attacked a post"), whose frame reads the event's own sub-event type,
    else its event type ("fell upon the camp": an attack in a story of a battle)."""
    lead = [s for s in work.main[: max(work.lead_count, 1)] if not later(s)]
    reads = [(frame_read(s.text, work.lexicon), s) for s in lead]
    for same in (lambda s: s == sub_event_type, lambda s: event_of(s) == event_of(sub_event_type)):
        for read, sentence in reads:
            if read is not None and same(read.cue.sub_event_type):
                return read, sentence
    return None


def _owner(name: str, lexicon: Lexicon) -> bool:
    """Whether a machine's phrase says whose it is: a country or its people's adjective
    ("German aeroplanes", "an Italian airman") or a capitalised word after its first
    ("the Luftwaffe's bombers")."""
    words = name.split()
    return bool(find_countries(name, lexicon)) or any(w[:1].isupper() for w in words[1:-1])


def _side(
    phrase: str,
    kinds: frozenset[str],
    rules: _SideRules,
    vague: Collection[str],
    lexicon: Lexicon,
) -> Actor | None:
    """The actor a frame side names, or None when it is vague or empty."""
    name = rules.drop.sub("", phrase.strip(_PUNCT)).strip(_PUNCT)
    if len(name) < 3 or fold(name) in vague or not kinds:
        return None
    if kinds <= rules.owned and not _owner(name, lexicon):
        return None  # "A drone struck a fuel station": whose, the article does not say
    kind = next((ActorKind(k) for f, k in rules.kinds.items() if f in kinds), ActorKind.unknown)
    return Actor(name=name, kind=kind)


def frame_sides(
    work: Work,
    sub_event_type: SubEventType,
    perpetrators: list[_Pair],
    targets: list[_Pair],
    later: Callable[[Sentence], bool],
) -> tuple[list[_Pair], list[_Pair]]:
    """Perpetrators and targets with the event clause's doer and object as fallback
    (module docstring); ``later``: whether a sentence tells of a later act, whose clause
    is not the event's."""
    weak = not targets
    if perpetrators and not weak:
        return perpetrators, targets
    found = _own_clause(work, sub_event_type, later)
    if found is None:
        return perpetrators, targets
    read, sentence = found
    rules = work.lexicon.rules(_SideRules)
    vague = rules.vague
    if not perpetrators:
        doer = _side(read.doer, read.doer_kinds, rules, vague, work.lexicon)
        perpetrators = [(doer, sentence)] if doer is not None else []
    untargeted = sub_event_type in rules.untargeted or "people" in read.object_kinds
    if weak and event_of(sub_event_type) in VIOLENT and not untargeted:
        done_to = _side(read.done_to, read.object_kinds, rules, vague, work.lexicon)
        known = {fold(a.name) for a, _ in perpetrators}
        if done_to is not None and fold(done_to.name) not in known:
            targets = [(done_to, sentence)]
    return perpetrators, targets
