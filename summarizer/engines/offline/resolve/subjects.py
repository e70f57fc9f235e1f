"""The doer as ordinary news writes it, whatever its head noun (``[actors.subjects]``).

Rules, read only where the role rules found no doer (:func:`doers`), and the grain a doer
is named at (:func:`regrain`):

- a sentence of the lead or the two after it that gives the act to a named body names the
  doer first: "X claimed responsibility" (or "admitted it", "claimed the attack"),
  "officials blamed X", "a communiqué from X", "X were the main suspects";
- else the noun phrase opening a sentence of the lead (after a dateline or a time set off
  by a comma; never a line in capitals) before an active verb of violence or of a move is
  the doer ("Viet Minh troops overran", "A squad of Ghurkha riflemen cleared"): what only
  modifies it is cut ("troops backed by tanks", "police at a roadblock", "men who came
  ashore"), a part or a count of a band gives the band ("a company of X", "about forty
  X"); a passive ("three soldiers were killed"), a speaker ("officials said") or a phrase
  headed by a weapon, an event, a place or a time, or a bare word for anyone ("Men"),
  is no doer; a singular head must be a
  band's own word ("mob", "police"), a name, or one person described by more than his
  word (a head whose plural is in the ``people`` noun class: "A Nigerian man"); a doer
  who "tried to" do a violent act (base form) is read as if he had done it;
- else the agent of such a verb's passive ("packed with explosives by the Irgun");
- a phrase opened by a word of no one ("No group", "Unknown persons") or holding an owner
  ("Iraq's media cell") names no doer;
- grain: two coordinated names are two doers when joined by "and the", sharing a
  lower-case head or the first a lexicon name ("Irgun and the Stern Gang", "Malay and
  Chinese gangs", also where only the second was read), never one name ("Justice and
  Equality Movement"); a word that only says who backs a band goes before a band of two
  words or more ("U.S.-trained Bolivian Rangers", not "Iran-aligned militias"); a named
  group's members are the group ("Red Brigades gunmen"); a people's word and its force
  stay as written ("Israeli commandos").
"""

from __future__ import annotations

import re

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.resolve.anaphor import person_word
from summarizer.engines.offline.scan.actors import is_lexicon_actor
from summarizer.engines.offline.scan.naming import canonical_actor
from summarizer.engines.offline.scan.places import find_countries
from summarizer.engines.offline.scan.roles import RoleRules, is_proper_name
from summarizer.schema import Actor, ActorKind

__all__ = ["SubjectRules", "doers", "regrain"]

_Pair = tuple[Actor, Sentence]
_NO_WORDS = r"[^,;:()\"“”]"


def _past_forms(entries: list[str]) -> list[str]:
    """The past forms of "kill|kills|killed|killing" entries (the third form on, no -ing)."""
    return [f for entry in entries for f in entry.split("|")[2:] if not f.endswith("ing")]


class SubjectRules:
    """The vocabulary of ``[actors.subjects]`` with the verbs of ``[roles.clause]`` and
    ``[roles.moves_clause]``, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("actors")["subjects"]
        roles = lexicon.section("roles")
        clause = roles["clause"]
        verbs = [
            *_past_forms(clause["violent_verbs"]),
            *_past_forms(roles["moves_clause"]["verbs"]),
            *section["verbs"],
        ]
        bases = [e.split("|")[0] for e in clause["violent_verbs"]] + section["attempt_verbs"]
        tried = rf"(?:{alternation(section['attempts'])})\s+{alternation(sorted(bases, key=len, reverse=True))}"
        verb = alternation(sorted(set(verbs), key=len, reverse=True))
        verb = rf"(?:{tried}|{verb})"
        adverbs = alternation(clause["adverbs"])
        reach = int(section["reach"])
        self.subject = re.compile(
            rf"{section['opener']}(?P<np>{_NO_WORDS}{{2,{reach}}}?)\s+(?:{adverbs}\s+)?"
            rf"{verb}\b",
            re.I,
        )
        self.agent = re.compile(section["agent"], re.I)
        self.claimed = re.compile(section["claimed"], re.I)
        self.blamed = re.compile(section["blamed"], re.I)
        self.suspects = re.compile(section["suspects"], re.I)
        self.modifiers = frozenset(section["modifiers"])
        self.quantities = frozenset(section["quantities"])
        self.amounts = frozenset(section["amounts"])
        self.collectives = frozenset(section["collectives"])
        self.not_heads = frozenset(section["not_heads"])
        self.members = frozenset(section["members"])
        self.bare = frozenset(section["bare"])
        self.leading = tuple(section["leading_endings"])
        self.demonym_endings = tuple(roles["demonym_endings"])
        self.stops = frozenset(
            w.lower() for w in [*clause["speech"], *clause["passive"], *clause["subordinators"]]
        ) | frozenset(clause["relatives"])
        self.plural = tuple(roles["objects"]["plural_endings"])
        self.not_plural = tuple(roles["objects"]["not_plural_endings"])


def doers(work: Work) -> list[_Pair]:
    """The doers the module docstring's rules read, at the article's grain (two at most)."""
    rules = work.lexicon.rules(SubjectRules)
    lexicon = work.lexicon
    for sentence in work.sentences[: work.lead_count + 2]:
        named = [
            p
            for p in _given(sentence, rules, lexicon)
            if p[0].kind != ActorKind.civilians and p[0].name[:1].isupper()
        ]
        if named:
            return named[:2]
    for sentence in work.main[: work.lead_count]:
        if sentence.text.isupper():
            continue  # a headline in capitals ("BUS DRIVER SHOT"): its words no phrase
        match = rules.subject.match(sentence.text)
        found = _band(match.group("np"), rules, lexicon, subject=True) if match else []
        for agent in rules.agent.finditer(sentence.text):
            found = found or _band(agent.group("actor"), rules, lexicon)
        if found:
            return [(a, sentence) for a in found[:2]]
    return []


def regrain(pairs: list[_Pair], lexicon: Lexicon) -> list[_Pair]:
    """Doers at the article's grain (module docstring): coordinated names split, a named
    group's members the group."""
    rules = lexicon.rules(SubjectRules)
    out: list[_Pair] = []
    for actor, sentence in pairs:
        words = actor.name.split()
        if len(words) > 2 and words[0].lower().endswith(rules.leading):
            words = words[1:]  # "Russian-trained Syrian commandos"
            actor = Actor(name=" ".join(words), kind=actor.kind)
        joined = re.search(rf"\b([A-Z][\w-]+) and {re.escape(actor.name)}\b", sentence.text)
        if joined and len(words) == 2 and words[0][:1].isupper() and len(pairs) == 1:
            actor = Actor(name=f"{joined.group(1)} and {actor.name}", kind=actor.kind)
            words = actor.name.split()  # "Malay and Chinese gangs" read as "Chinese gangs"
        if " and " in actor.name and is_proper_name(words[0]):
            split = _band(actor.name, rules, lexicon)
            if len(split) > 1:
                out.extend((a, sentence) for a in split)
                continue
        group = _group_of(words, rules, lexicon)
        out.append((Actor(name=group, kind=actor.kind) if group else actor, sentence))
    return out


def _group_of(words: list[str], rules: SubjectRules, lexicon: Lexicon) -> str | None:
    """The named group whose members a phrase names ("Red Brigades gunmen", "SPLA troops"):
    a name of two or more capitalised words or an acronym before a lower-case members' word
    (not a lexicon name: "Rapid Support Forces"), with no
    country or people's word in it; None for anything else."""
    if (
        len(words) < 2
        or words[-1] not in rules.members
        or is_lexicon_actor(" ".join(words), lexicon)
    ):
        return None  # "Rapid Support Forces": a capitalised word is the name's own
    name = words[:-1]
    if not all(w[:1].isupper() for w in name) or (len(name) == 1 and not name[0].isupper()):
        return None
    if any(w.lower().endswith(rules.demonym_endings) for w in name):
        return None  # "Bosnian Serb gunners", "Israeli commandos": a people's force
    if find_countries(" ".join(name), lexicon):
        return None
    return " ".join(name)


def _given(sentence: Sentence, rules: SubjectRules, lexicon: Lexicon) -> list[_Pair]:
    """The doer a sentence gives the act to ("X claimed responsibility", "blamed X")."""
    text = sentence.text
    found: list[Actor] = []
    for match in (*rules.claimed.finditer(text), *rules.suspects.finditer(text)):
        before = re.split(r"[,;:]|\bthat\b|\bsaid\b", text[: match.start()])[-1]
        found += _band(before, rules, lexicon)
    for match in rules.blamed.finditer(text):
        found += _band(match.group("actor"), rules, lexicon)
    return [(a, sentence) for a in found]


def _band(phrase: str, rules: SubjectRules, lexicon: Lexicon, subject: bool = False) -> list[Actor]:
    """The band of people or the named body a phrase names, split where two are joined;
    [] for a weapon, event, place, time, speaker or passive."""
    words = phrase.split()
    if subject and any(w.lower().strip(".") in rules.stops for w in words):
        return []  # "officials said", "three soldiers were", "as rebels"
    for at, word in enumerate(words[1:], 1):
        if word.lower() in rules.modifiers:
            words = words[:at]
            break
    if not words or words[0].lower() in rules.not_heads or "'s" in phrase or "’s" in phrase:
        return []  # "No group", "Unknown persons", "Iraq's media cell": no doer named
    words = _counted(words, rules)
    while len(words) > 2 and words[0].lower().endswith(rules.leading):
        words = words[1:]  # "U.S.-trained Bolivian Rangers"
    if not words:
        return []
    text = " ".join(words)
    parts = re.split(r"\s+and\s+(?:the\s+)?", text)
    head = parts[-1].split()[-1]
    two = (  # "Irgun and the Stern Gang", "Malay and Chinese gangs", "Hamas and Islamic Jihad"
        " and the " in text or head.islower() or is_lexicon_actor(parts[0], lexicon)
    )  # not one name: "Justice and Equality Movement"
    if len(parts) == 2 and all(p[:1].isupper() for p in parts) and two:
        if len(parts[0].split()) == 1 and head.islower():  # "Kyrgyz and Uzbek gangs"
            parts[0] = f"{parts[0]} {head}"
        joined = [a for p in parts for a in _band(p, rules, lexicon)]
        if len(joined) == 2:
            return joined
    one = _one(text, rules, lexicon, single=subject)
    return [one] if one else []


def _counted(words: list[str], rules: SubjectRules) -> list[str]:
    """The band a count or a part of it names ("a squad of X" → X, "about forty X" → X,
    "a mob of several thousand" → mob)."""
    while words and (words[0].lower() in rules.amounts or words[0].replace(",", "").isdigit()):
        words = words[1:]
    if len(words) > 2 and words[0].lower() in rules.quantities and words[1].lower() == "of":
        rest = _counted(words[2:], rules)
        return rest or words[:1]
    if (
        len(words) > 1
        and words[1].lower() == "of"
        and words[0].lower() in rules.collectives
        and not _counted(words[2:], rules)
    ):
        return words[:1]
    return words


def _one(text: str, rules: SubjectRules, lexicon: Lexicon, single: bool = False) -> Actor | None:
    """One band by its phrase, at the grain the article writes it (module docstring); a
    subject may be one person described by more than his word ("A Nigerian man")."""
    words = text.split()
    described = [w for w in words if w.lower() not in {"a", "an", "the"}]
    one = not words[-1].lower().endswith(rules.plural)  # a singular head ("man", not "men")
    if (
        single
        and one
        and len(described) > 1
        and person_word(words[-1])
        and not is_proper_name(text)
    ):
        return Actor(
            name=" ".join(words).lower() if words[0].lower() in {"a", "an"} else text,
            kind=ActorKind.unknown,
        )
    head = words[-1].lower()
    if head in rules.not_heads or len(words) > 6 or (len(words) == 1 and head in rules.bare):
        return None  # a weapon, event, place or time; a bare "men" says nothing of who
    canonical = canonical_actor(text, lexicon.rules(RoleRules), lexicon)
    kind = canonical[1] if canonical else ActorKind.unknown
    if canonical and canonical[2]:
        return None  # a facility or unit ("the convoy")
    if canonical and (
        is_lexicon_actor(canonical[0], lexicon)
        or (is_proper_name(canonical[0]) and text.startswith(canonical[0]))
    ):
        return Actor(name=canonical[0], kind=kind)  # "Red Brigades gunmen": the group
    proper = is_proper_name(text) or (words[0][:1].isupper() and words[-1][:1].isupper())
    plural = head.endswith(rules.plural) and not head.endswith(rules.not_plural)
    if proper and find_countries(text, lexicon) and len(words) == 1:
        return None  # a country or its people as a place
    if not (plural or head in rules.collectives or proper):
        return None
    if text[:1].islower() or words[0].lower() in {"a", "an", "the"}:
        text = text.lower() if not proper else text
    return Actor(name=text, kind=kind)
