"""The event from the clause: who did what to whom, by verb and noun CLASSES.

The fallback of :func:`.cues.classify` when no rule of ``[[events.rules]]`` fits a text or
the one that fits says little of how ("killed", "attacked"). Rules (``[events.frames]`` in
``data/events.toml``; the verb classes and WordNet's noun classes in ``data/verbs.toml``,
built by ``scripts/build_verbs.py``):

- a *verb* is a form of a verb class (bomb, shell, shoot, attack, kill, destroy, seize,
  abduct, arrest, loot, fight, surrender, protest; ``[events.frames.verbs]`` adds forms
  WordNet lacks: "machine-gunned", "fell upon"), or its "-ing" form (of a regular past
  form, and ``progressive_forms``) right after an auxiliary of ``progressive`` ("were
  fighting", "was shelling"; never alone: "killing 40" is no clause's verb), whose doer is
  the words before the auxiliary;
- its *doer* is the text of its clause before it (back to the clause's opener,
  ``[events.vote].clause_openers``), or, after a relative pronoun ("German aeroplanes,
  which bombed ..."), the words before the pronoun back to a comma; in the passive ("was
  destroyed yesterday by German aeroplanes") the phrase after "by", and none without one;
- its *object* is the words after it up to a stop (``stops``: a comma, "and", "in", "on
  Monday"...), past a leading preposition ("fired on the crowd", "fell upon the camp"),
  or in the passive the clause's words before it ("the town was bombed"); a verb with no
  object joined by "and" to a next verb shares that verb's ("bombed and machine-gunned
  it");
- the kinds of doer and object are those of ``[events.frames.kinds]`` (aircraft,
  artillery, state, nonstate, armed, crowd, protesters, people, place) whose cues the
  phrase's head holds: its words up to a modifier (``modifiers``: "aeroplanes flying for
  the insurgents", "tribesmen under Abd el-Krim"); before the verb, its last part after a
  comma, dash or bracket that has a kind (not the dateline: "MADRID, July 25 - ...");
  a kind rules out those it ``outranks`` (armed men are no crowd: "fighters of the Stern
  Gang"; aircraft are the doer, not their crews);
- the first rule of ``[[events.frames.rules]]`` whose verb class is the verb's, one of
  whose ``doer`` kinds the doer has (any doer, or none, when the rule names none), and one
  of whose ``done_to`` kinds the object has (any object when it names none; none needed
  when the rule is ``bare``), and none of whose ``unless`` cues the text holds, gives the
  sub-event type.
A capitalised verb form inside a sentence ("Storm Shadow", "Fire Brigade") is no verb, nor
is a participle after a determiner (``attributive``: "the body of an abducted trader").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import cue_source
from summarizer.engines.offline.prefilter import Gated
from summarizer.engines.offline.scan import cues as scan_cues
from summarizer.schema import SubEventType

__all__ = ["FrameRead", "FrameRules", "frame_cue", "frame_read"]


@dataclass(frozen=True)
class _Frame:
    """One rule of ``[[events.frames.rules]]``."""

    verb: str
    sub: SubEventType
    doer: frozenset[str]
    done_to: frozenset[str]
    bare: bool
    generic: bool | None
    unless: Gated | None


class FrameRules:
    """The frame rules and classes of one lexicon, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        frames = lexicon.section("events")["frames"]
        sets: dict[str, list[str]] = lexicon.section("events")["sets"]
        verbs = lexicon.section("verbs")
        self.form_class = {form: name for name, forms in verbs["classes"].items() for form in forms}
        forms = sorted(self.form_class, key=len, reverse=True)
        extra = [f"(?P<{name}>{'|'.join(p)})" for name, p in frames["verbs"].items()]
        ing = {_ing(f): c for f, c in self.form_class.items() if re.fullmatch(r"[a-z]+ed", f)}
        ing |= {form: name for name, fs in frames["progressive_forms"].items() for form in fs}
        self.form_class |= ing
        after_aux = "|".join(rf"(?<=\b{aux}\s)" for aux in frames["progressive"])
        self.verbs = re.compile(
            r"(?<![\w-])(?:"
            + "|".join([*extra, *map(re.escape, forms)])
            + rf"|(?:{after_aux})(?:{'|'.join(sorted(ing, key=len, reverse=True))})"
            + r")(?![\w-])",
            re.IGNORECASE,
        )

        def items(cues: list[str], depth: int = 0) -> list[str]:
            out: list[str] = []
            for cue in cues:
                if cue.startswith("@nouns:"):
                    out += [re.escape(n) + r"\b" for n in verbs["nouns"][cue[7:]]]
                elif cue.startswith("@actors:"):
                    out += scan_cues.actor_names(lexicon, cue[8:].split(","))
                elif cue.startswith("@") and depth < 4:
                    out += items(sets[cue[1:]], depth + 1)
                else:
                    out.append(cue)
            return out

        self.kinds = {
            kind: Gated(cue_source(items(cues)), re.IGNORECASE)
            for kind, cues in frames["kinds"].items()
        }
        self.rules = [
            _Frame(
                rule["verb"],
                SubEventType(rule["sub_event_type"]),
                frozenset(rule.get("doer", ())),
                frozenset(rule.get("done_to", ())),
                bool(rule.get("bare", False)),
                rule.get("generic"),
                Gated(cue_source(items(rule["unless"])), re.IGNORECASE)
                if "unless" in rule
                else None,
            )
            for rule in frames["rules"]
        ]
        words = "|".join(frames["relative"])
        self.relative = re.compile(rf"(?:^|\s)(?:{words})\s*$", re.IGNORECASE)
        self.passive = re.compile("|".join(frames["passive"]), re.IGNORECASE)
        self.agent = re.compile("|".join(frames["agent"]), re.IGNORECASE)
        preps = "|".join(frames["prepositions"])
        self.preposition = re.compile(rf"^\s*(?:{preps})\b", re.IGNORECASE)
        self.stops = re.compile("|".join(frames["stops"]), re.IGNORECASE)
        #: Kinds that rule others out in one phrase (an armed doer is no crowd).
        self.outranks: dict[str, list[str]] = frames["outranks"]
        self.attributive = re.compile("|".join(frames["attributive"]), re.IGNORECASE)
        self.modifier = re.compile("|".join(frames["modifiers"]), re.IGNORECASE)
        self.joined = re.compile(r"^\s+and\s+", re.IGNORECASE)


def _ing(past: str) -> str:
    """The "-ing" form of a regular past form: "shelled" -> "shelling", "raided" ->
    "raiding", "occupied" -> "occupying"."""
    stem = past[:-2]
    return stem[:-1] + "ying" if stem.endswith("i") else stem + "ing"


def _kinds(phrase: str, rules: FrameRules, lexicon: Lexicon) -> frozenset[str]:
    """The kinds of ``[events.frames.kinds]`` whose cues the phrase's head holds: the
    phrase up to its first modifier (``[events.frames].modifiers``: "German aeroplanes
    flying for the insurgents", "tribesmen under Abd el-Krim")."""
    cut = rules.modifier.search(phrase)
    phrase = phrase if cut is None else phrase[: cut.start()]
    if not phrase.strip():
        return frozenset()
    folded = lexicon.fold(phrase)
    found = {k for k, g in rules.kinds.items() if g.search(phrase, folded)}
    return frozenset(found.difference(*(rules.outranks.get(k, ()) for k in found)))


def _before_kinds(phrase: str, rules: FrameRules, lexicon: Lexicon) -> frozenset[str]:
    """The kinds of a phrase before its verb (a doer, a passive's object): those of its
    last part after a comma, dash or bracket that has any ("BILBAO, April 27 - Riffian
    tribesmen under Abd el-Krim": tribesmen)."""
    for part in reversed(_PARTS.split(phrase)):
        found = _kinds(part, rules, lexicon)
        if found:
            return found
    return frozenset()


#: What parts a phrase before a verb: a comma, a dash, a bracket.
_PARTS = re.compile(r",|\s[-–—]\s|[()]")

#: How far a clause's doer and object are read from their verb (characters), and how many
#: verb forms of one text are tried: a phrase of news is far shorter, and text with no
#: sentence end (a hostile flood of "killed") then costs in proportion to its length.
_REACH = 240
_MOST_VERBS = 24


def _phrase(text: str, rules: FrameRules) -> str:
    """The words of ``text`` up to its first stop (a comma, "and", "in"...)."""
    stop = rules.stops.search(text)
    return text if stop is None else text[: stop.start()]


def _object(text: str, end: int, rules: FrameRules) -> str:
    """The object of the verb ending at ``end``: past a leading preposition, up to a stop;
    when the verb has none and "and" joins it to a next verb, that verb's."""
    after = text[end : end + _REACH]
    prep = rules.preposition.match(after)
    found = _phrase(after[prep.end() :] if prep else after, rules).strip()
    if not found:
        joined = rules.joined.match(after)
        nxt = rules.verbs.match(after, joined.end()) if joined else None
        if nxt is not None:
            return _object(after, nxt.end(), rules)
    return found


def _doer(head: str, clause: int, rules: FrameRules) -> str:
    """The doer before a verb: its clause's words, or before a relative pronoun that opens
    the clause ("aeroplanes, which bombed"), the words before it, back to a stop."""
    own = head[clause:]
    if own.strip() or not rules.relative.search(head[:clause]):
        return own
    before = head[: rules.relative.search(head[:clause]).start()]  # type: ignore[union-attr]
    before = before.rstrip(" ,")
    return before[before.rfind(",") + 1 :]  # its last part: "..., was razed by aeroplanes"


@dataclass(frozen=True)
class FrameRead:
    """The clause a frame rule fitted: its cue, its doer and object phrases (the parts
    whose kinds were read) and their kinds."""

    cue: scan_cues.EventCue
    doer: str
    doer_kinds: frozenset[str]
    done_to: str
    object_kinds: frozenset[str]


def _head(phrase: str, before: bool, rules: FrameRules, lexicon: Lexicon) -> str:
    """The part of a phrase whose kinds were read (the last kinded part before a verb),
    cut at its first modifier ("German aeroplanes flying for the insurgents" -> "German
    aeroplanes"), then to its fewest first words of the same kinds ("insurgents street by
    street" -> "insurgents") and the capitalised name after them ("the town of Kobani")."""
    parts = reversed(_PARTS.split(phrase)) if before else [phrase]
    part = next((p for p in parts if _kinds(p, rules, lexicon)), "")
    cut = rules.modifier.search(part)
    words = (part if cut is None else part[: cut.start()]).split()
    kinds = _kinds(" ".join(words), rules, lexicon)
    end = next(
        (n for n in range(1, len(words)) if _kinds(" ".join(words[:n]), rules, lexicon) == kinds),
        len(words),
    )
    while (
        end < len(words)
        and (  # a name after the head: "the town of Kobani"
            words[end][:1].isupper()
            or (
                end + 1 < len(words)
                and words[end + 1][:1].isupper()
                and words[end].islower()
                and len(words[end]) <= 3
            )
        )
    ):
        end += 1 + (not words[end][:1].isupper())
    return " ".join(words[:end])


def frame_cue(text: str, lexicon: Lexicon) -> scan_cues.EventCue | None:
    """The sub-event type the first verb clause of ``text`` a frame rule fits gives
    (module docstring), as a cue on the verb; None when none fits."""
    read = frame_read(text, lexicon)
    return None if read is None else read.cue


def frame_read(text: str, lexicon: Lexicon) -> FrameRead | None:
    """The first verb clause of ``text`` a frame rule fits (module docstring): its cue,
    doer and object; None when none fits."""
    rules = lexicon.rules(FrameRules)
    if not rules.verbs.search(text):
        return None
    cue_rules = lexicon.rules(scan_cues.CueRules)
    folded = lexicon.fold(text)
    for tried, verb in enumerate(rules.verbs.finditer(text)):
        if tried >= _MOST_VERBS:
            break
        start, end = verb.span()
        if text[start].isupper() and start > 0 and text[start - 2 : start].strip() not in ".!?":
            continue  # a name's word: "Storm Shadow", "Fire Brigade"
        name = verb.lastgroup or rules.form_class.get(verb.group().lower())
        if name is None or rules.attributive.search(text, max(0, start - 12), start):
            continue  # "an abducted trader": an adjective
        near = max(0, start - _REACH)
        head, fhead = text[near:start], folded[near:start]
        progressive = verb.group().lower().endswith("ing")
        if progressive:  # "were fighting": the doer is before the auxiliary
            head = re.sub(r"\S+\s+$", "", head)
            fhead = fhead[: len(head)]
        clause = max((m.end() for m in cue_rules.clause_openers.finditer(head, fhead)), default=0)
        passive = None if progressive else rules.passive.search(head[clause:])
        if passive is not None:
            agent = rules.agent.match(text[end : end + _REACH])
            doer = _phrase(text[end + agent.end() : end + _REACH], rules) if agent else ""
            done_to = head[clause : clause + passive.start()]
        else:
            doer = _doer(head, clause, rules)
            done_to = _object(text, end, rules)
        doers = (
            _before_kinds(doer, rules, lexicon) if passive is None else _kinds(doer, rules, lexicon)
        )
        objects = (_before_kinds if passive else _kinds)(done_to, rules, lexicon)
        for rule in rules.rules:
            if rule.verb != name or (rule.doer and not rule.doer & doers):
                continue
            if rule.done_to and not rule.done_to & objects:
                continue
            if not (rule.done_to or rule.bare or done_to.strip()):
                continue
            if rule.unless is not None and rule.unless.search(text, folded):
                continue
            sub = rule.sub
            cue = scan_cues.EventCue(
                scan_cues.event_of(sub), sub, start, end, rule.generic, frame=True
            )
            return FrameRead(
                cue,
                _head(doer, passive is None, rules, lexicon),
                doers,
                _head(done_to, passive is not None, rules, lexicon),
                objects,
            )
    return None
