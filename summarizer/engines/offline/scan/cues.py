"""Event cues: the ACLED sub-event type a text cues, and how violent its vocabulary is.

The cue lists, their precedence and the incident threshold are data (``data/events.toml``):
rules are tried in order, most specific first, and the first whose cue (and context, when
the rule has one, and none of its ``unless`` cues) the text holds gives the sub-event type.
A rule's ``generic`` (true or false) overrides its type's: whether it says little of how
(its cue's vote weighs less). A rule's
``before`` cues must come before its cue in the text (who did it: "troops
retook", not "rebels retook"), its ``after`` cues after it (whom it was done to: "killed
two soldiers", an armed side, not "killed two farmers"). Who acted on whom, read closer: a
rule's ``doer`` cues must stand in the cue's own clause, before it (the subject: "a crowd of
villagers beat ...", not "villagers said gunmen beat ..."), its ``done_to`` cues must head
the words just after it (the object: "beat a suspected thief", "carried off two aid
workers", not "carried off food meant for aid workers"), so one class of verbs serves every
type, the doer and the done-to telling which.
The main clause speaks first: a cue inside a subordinate clause of time or purpose
(``[events.vote].subordinate``: "while the army fought to retake it", "before regaining the
building", ", as police tried to enter") counts only when no rule fits in the main clause,
or when the main clause's fit says little of how ("four soldiers were killed after a bomb
struck their truck": the bomb); a type of ``subordinate_kept`` counts wherever it stands (a
suicide blast that ends the attack it is told with).
Negated cues ("no one was arrested"), and those of another time, that did not happen or
that are no act (``elsewhen``: "a week after he was killed", "without clashes", "wage war
on inflation", "needed drones to fight insurgents", "a ban on landmines", "fled the
fighting"), are blanked out first, so they cue nothing. A cue inside a proper name cues
nothing either: a capitalised cue word that goes on a name of capitalised words and their
connectors (``[roles].group_connectors``: "the Army for the Liberation of Rwanda", "the
Revolutionary Armed Forces") names a group, not an act (a headline in title case excepted).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import cue_source
from summarizer.engines.offline.prefilter import Gated, GateSet, Match, blanked
from summarizer.schema import SUB_EVENT_TYPES, EventType, SubEventType

__all__ = [
    "CueRules",
    "EventCue",
    "actor_names",
    "classify",
    "cue_counts",
    "event_of",
    "incident_score",
    "outcome_count",
    "says_little",
]

_EVENT_OF = {sub: event for event, subs in SUB_EVENT_TYPES.items() for sub in subs}


@dataclass(frozen=True)
class _Rule:
    """One rule of ``[[events.rules]]``, compiled."""

    sub: SubEventType
    cue: Gated
    context: Gated | None
    unless: Gated | None
    before: Gated | None
    after: Gated | None
    doer: Gated | None
    done_to: Gated | None
    generic: bool | None


@dataclass(frozen=True)
class EventCue:
    """The classification and the text span whose cue decided it; ``generic``: whether the
    rule that gave it says little of how (its vote weighs less), None when the rule leaves
    that to its type (``[events.vote].generic``)."""

    event_type: EventType
    sub_event_type: SubEventType
    start: int
    end: int
    generic: bool | None = None
    #: Read from a clause's doer, verb and object (:mod:`.frames`), not a rule's cue.
    frame: bool = False


def event_of(sub_event_type: SubEventType) -> EventType:
    """The event type a sub-event type belongs to."""
    return _EVENT_OF[sub_event_type]


class CueRules:
    """The event cues of one lexicon, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        events = lexicon.section("events")
        sets: dict[str, list[str]] = events["sets"]

        def items(cues: list[str], depth: int = 0) -> list[str]:
            out: list[str] = []
            for cue in cues:
                if cue.startswith(_ACTORS):
                    out += actor_names(lexicon, cue[len(_ACTORS) :].split(","))
                elif cue.startswith("@") and depth < 4:
                    out += items(sets[cue[1:]], depth + 1)
                else:
                    out.append(cue)
            return out

        def optional(cues: list[str] | None) -> Gated | None:
            return Gated(cue_source(items(cues)), re.IGNORECASE) if cues else None

        def heading(cues: list[str] | None) -> Gated | None:
            """``cues`` as the head of the words just after a cue (``done_to``)."""
            if not cues:
                return None
            return Gated(_OBJECT_LEAD + cue_source(items(cues)), re.IGNORECASE)

        self.rules = [
            _Rule(
                SubEventType(rule["sub_event_type"]),
                Gated(cue_source(items(rule["cues"])), re.IGNORECASE),
                context=optional(rule.get("context")),
                unless=optional(rule.get("unless")),
                before=optional(rule.get("before")),
                after=optional(rule.get("after")),
                doer=optional(rule.get("doer")),
                done_to=heading(rule.get("done_to")),
                generic=rule.get("generic"),
            )
            for rule in events["rules"]
        ]
        self.cues = GateSet([rule.cue for rule in self.rules])  # which a sentence can hold
        #: Sub-event types from most to least specific: the order rules are tried in.
        self.precedence = tuple(dict.fromkeys(rule.sub for rule in self.rules))
        self.violence = _counters(events["violence"])
        self.outcome = _counters(events["outcome"])
        self.figurative = _counters(events["figurative"])
        self.political = _counters(events["political"])
        self.sport = _counters(events["sport"])
        self.negation = Gated(events["negation"], re.IGNORECASE)
        #: More of what is not the event, each pattern gated on its own words: in the one
        #: negation pattern, their words would open its gate on many more sentences.
        self.elsewhen = tuple(Gated(p, re.IGNORECASE) for p in events["elsewhen"])
        vote = events["vote"]
        self.threshold = float(vote["threshold"])
        self.short_report = int(vote["short_report"])
        #: Where a doer's clause opens (a stop, "said", "who"...): ``doer`` is read back to it.
        self.clause_openers = Gated(cue_source(vote["clause_openers"]), re.IGNORECASE)
        #: What opens a subordinate clause of time or purpose ("while", "before", ", as").
        self.subordinate = Gated(cue_source(vote["subordinate"]), re.IGNORECASE)
        #: ...and the types a cue inside one still gives (a suicide blast that ends an attack).
        self.subordinate_kept = frozenset(SubEventType(s) for s in vote["subordinate_kept"])
        joints = "|".join(sorted({*lexicon.section("roles")["group_connectors"], "the"}))
        #: A name's capitalised word and connectors just before a cue, and a capitalised
        #: word (after connectors) just after it: the cue is one of the name's words.
        self.name_before = re.compile(rf"[A-Z][\w'’-]*\s+((?:(?:{joints})\s+){{0,2}})$")
        self.name_after = re.compile(rf"[\w'’-]*\s+(?:(?:{joints})\s+){{0,2}}[A-Z]")
        self.weights = {k: float(vote[k]) for k in ("title", "first", "lead", "rest")}
        self.max_sentences = int(vote["max_sentences"])
        self.generic_factor = float(vote["generic_factor"])
        self.generic = frozenset(SubEventType(s) for s in vote["generic"])
        self.not_when_killed = frozenset(SubEventType(s) for s in vote["not_when_killed"])
        self.arrested_after = Gated(vote["arrested_after"], re.IGNORECASE)
        self.in_protest = frozenset(SubEventType(s) for s in vote["in_protest"])
        self.when_killed = {
            SubEventType(k): SubEventType(v) for k, v in vote["when_killed"].items()
        }
        self.literal_politics = frozenset(EventType(e) for e in vote["literal_politics"])
        self.refined_by = {
            SubEventType(k): tuple(SubEventType(s) for s in v)
            for k, v in vote["refined_by"].items()
        }


#: The object of a verb heads the words after it: a few words may come first (an article,
#: a number, an adjective: "a suspected thief", "two Spanish aid workers"), and a name
#: ("two Red Cross aid workers").
_OBJECT_LEAD = r"^[\s,]*(?:[\w'-]+\s+){0,2}?(?:(?-i:[A-Z])[\w'-]*\s+){0,2}?"

#: A cue list entry "@actors:rebel_group,militia" stands for the names of the actor
#: lexicon's actors of those kinds (an overlay's too): "the Houthis announced..." names an
#: armed group though no word of the list says so.
_ACTORS = "@actors:"


def actor_names(lexicon: Lexicon, kinds: list[str]) -> list[str]:
    """The aliases of the lexicon's actors of ``kinds`` as cues; an alias of two or more
    capitals ("HTS") only in its own case, as the actor finder reads it."""
    out = []
    for entry in lexicon.section("actors")["lexicon"]:
        if entry["kind"] not in kinds:
            continue
        for alias in entry["aliases"]:
            name = re.escape(alias)
            own_case = sum(map(str.isupper, alias)) >= 2
            out.append((f"(?-i:{name})" if own_case else name) + r"(?![\w-])")
    return out


def classify(text: str, lexicon: Lexicon, folded: str | None = None) -> EventCue | None:
    """The first sub-event type, in precedence order, whose cue (and context) ``text`` has;
    when none has, or the one found says little of how, the type its clauses' doer, verb
    and object give (:func:`.frames.frame_cue`) when that one says more. ``folded``:
    ``text`` case-folded, when the caller has it."""
    from summarizer.engines.offline.scan.frames import frame_cue  # frames reads cues: a cycle

    rules = lexicon.rules(CueRules)
    if folded is None:
        folded = lexicon.fold(text)
    for negation in (rules.negation, *rules.elsewhen):
        if negation.possible(folded):
            text = negation.pattern.sub(lambda m: " " * len(m.group()), text)
            folded = blanked(text, folded)
    found = _ruled(text, folded, rules)
    if found is None or says_little(found, rules):
        framed = frame_cue(text, lexicon)
        if framed is not None and (found is None or not says_little(framed, rules)):
            return framed
    return found


def _ruled(text: str, folded: str, rules: CueRules) -> EventCue | None:
    """The first rule's cue that ``text`` (negations blanked) holds (:func:`classify`)."""
    spans = _subordinate_spans(text, folded, rules)
    deferred: EventCue | None = None  # the first fit inside a subordinate clause
    for i in rules.cues.possible(folded):  # the rules whose cue's literals the text holds
        rule = rules.rules[i]
        matches: Iterable[Match]
        if rule.doer is None and rule.done_to is None and not spans:
            found = rule.cue.search(text, folded, checked=True)
            matches = () if found is None else (found,)
        else:  # a verb of the class may come twice, its doer or object with the second
            matches = rule.cue.finditer(text, folded, checked=True)
        for match in matches:
            if _in_name(text, match.start(), match.end(), rules):
                continue
            if _fits(rule, match.start(), match.end(), text, folded, rules):
                sub = rule.sub
                cue = EventCue(_EVENT_OF[sub], sub, match.start(), match.end(), rule.generic)
                if sub not in rules.subordinate_kept and any(
                    a <= match.start() < b for a, b in spans
                ):
                    deferred = deferred or cue
                    continue  # the same rule's cue may come again in the main clause
                if deferred is not None and says_little(cue, rules):
                    return deferred  # a bare "killed" does not outweigh how it was done
                return cue
    return deferred


#: A subordinate clause runs to its comma, colon or stop ("After the army left, rebels
#: entered"; "... after the verdict: students threw stones").
_CLAUSE_END = re.compile(r"[,:;!?]|\.(?=\s+(?-i:[A-Z])[a-z]|\s*$)")


def _subordinate_spans(text: str, folded: str, rules: CueRules) -> list[tuple[int, int]]:
    """Where the subordinate clauses of time or purpose of ``text`` lie
    (``[events.vote].subordinate``): a cue inside one counts after the main clause's."""
    if not rules.subordinate.possible(folded):
        return []
    spans = []
    for opener in rules.subordinate.finditer(text, folded, checked=True):
        start = opener.start()
        stop = _CLAUSE_END.search(text, opener.end())
        spans.append((start, len(text) if stop is None else stop.start()))
    return spans


def says_little(cue: EventCue, rules: CueRules) -> bool:
    """Whether ``cue``'s rule (else its type) says little of how (``[events.vote].generic``)."""
    return cue.sub_event_type in rules.generic if cue.generic is None else cue.generic


def _in_name(text: str, start: int, end: int, rules: CueRules) -> bool:
    """Is the cue at ``start:end`` a word of a proper name (capitalised, inside a run of
    capitalised words: joined to the one before by a connector, or going on after it), in a
    sentence not written in title case? ("a Russian Shahed slammed into" stays a cue.)"""
    if not text[start : start + 1].isupper():
        return False
    before = rules.name_before.search(text, 0, start)
    if before is None or not (before.group(1) or rules.name_after.match(text, end)):
        return False
    words = text.split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised * 2 < len(words)


def _fits(rule: _Rule, start: int, end: int, text: str, folded: str, rules: CueRules) -> bool:
    """Does the text around a cue found at ``start:end`` hold what ``rule`` asks besides?
    (The folded text is as long as the text, so one slice cuts both.)"""
    if rule.context is not None and not rule.context.search(text, folded):
        return False
    if rule.unless is not None and rule.unless.search(text, folded):
        return False
    if rule.before is not None and not rule.before.search(text[:start], folded[:start]):
        return False
    if rule.doer is not None:
        head, fhead = text[:start], folded[:start]
        clause = max((m.end() for m in rules.clause_openers.finditer(head, fhead)), default=0)
        if not rule.doer.search(head[clause:], fhead[clause:]):
            return False
    if rule.done_to is not None and not rule.done_to.search(text[end:], folded[end:]):
        return False
    return rule.after is None or rule.after.search(text[end:], folded[end:]) is not None


def _counters(cues: list[str]) -> tuple[Gated, ...]:
    """A cue list as patterns to count with: the cues that keep a part case-sensitive
    ("(?-i:marched)") apart from the rest, which then run fast on the folded text. (No cue
    matches inside another's match: each starts a word, and none starts another's.)"""
    sensitive = [c for c in cues if "(?-i:" in c]
    rest = [c for c in cues if "(?-i:" not in c]
    return tuple(Gated(cue_source(group), re.IGNORECASE) for group in (rest, sensitive) if group)


def cue_counts(
    text: str,
    lexicon: Lexicon,
    folded: str | None = None,
    crowd: bool = False,
    riot: bool = False,
) -> tuple[int, int]:
    """How many violence cues and how many figurative-use cues ``text`` has; ``crowd``:
    the report is of a protest or riot, so the words of politics are no figurative use;
    ``riot``: of a riot, so neither are those of the sports ground (fans who fight after a
    match; a team that "marched" on a ground is no protest)."""
    rules = lexicon.rules(CueRules)
    folded = lexicon.fold(text) if folded is None else folded
    violent = sum(p.count(text, folded) for p in rules.violence)
    counters = rules.figurative + (() if crowd else rules.political) + (() if riot else rules.sport)
    return violent, sum(p.count(text, folded) for p in counters)


def outcome_count(text: str, lexicon: Lexicon, folded: str | None = None) -> int:
    """How many of ``text``'s violence cues only say that people died or were hurt
    (``[events].outcome``: "killing 12", "wounded")."""
    rules = lexicon.rules(CueRules)
    folded = lexicon.fold(text) if folded is None else folded
    return sum(p.count(text, folded) for p in rules.outcome)


def incident_score(text: str, lexicon: Lexicon) -> float:
    """Share of violence cues among violence and figurative cues: below the threshold
    (``events.vote.threshold``) means no incident."""
    violent, figurative = cue_counts(text, lexicon)
    return violent / (violent + figurative) if violent else 0.0
