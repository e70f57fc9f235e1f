"""Whom a thing hit belongs to: the owner of a car, a convoy, a patrol, a home or an
organisation's building, as the target ("ambushed Aldo Moro's car": Aldo Moro).

Rules (vocabulary ``[roles.owners]``; titles and offices from ``[people]``):

- a target whose head is a thing with an owner (``containers``: a vehicle, a convoy, a
  home, a post, premises) is read where the lead writes it; then, first that applies:
  - a possessive before it names the owner: the run of capitalised words before "'s"
    ("British trade commissioner James Cross's home": James Cross);
  - an "of" phrase after it names the owners, one or two joined by "and", read to
    punctuation, a preposition (not "to": "forces loyal to X"), a participle ("carrying
    out") or ``ends``: a part ending
    in a plural or a person's title is a force or people as written ("a patrol of U.S.
    Green Berets and Nigerien soldiers", "the residence of a BJP legislator"), a part
    ending in a site keeps it ("the offices of the Danish
    embassy"), any other part is the run of capitalised words in it ("the motorcade of
    former prime minister Rafik Hariri": Rafik Hariri; "the offices of the satirical
    weekly Charlie Hebdo": Charlie Hebdo);
  - a name before an organisation's rooms (``premises``: "the Charlie Hebdo offices", not
    "the X government's headquarters") is the organisation;
- a target that shares a capitalised word with one of two owners the lead names together
  ("ambushed a patrol of Kenyan soldiers and Somali police": "Kenyan army") is both;
- a thing read with a short "of" phrase ("base of UN" for "the base of UN peacekeepers")
  is read again in full;
- a name read with its possessive but not its thing ("Judge X's") is the name (X);
- titles and offices before a person's name go ("President X": X), in every owner read;
- a thing without an owner written ("a car", "the offices") stays as it was.
"""

from __future__ import annotations

import re

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan import roles
from summarizer.engines.offline.scan.clauses import ClauseRules
from summarizer.schema import Actor, ActorKind

__all__ = ["OwnerRules", "owned_targets", "owners_after"]

_POSSESSIVE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+(?:[\w-]+\s+){0,2}$")
_POSSESSED = re.compile(r"(?<=\w)['’]s?$")
_OF = re.compile(r"\s+of\s+")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "U.S.": a name's own full stops


class OwnerRules:
    """The owner vocabulary of one lexicon (``[roles.owners]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("roles")["owners"]
        people = lexicon.section("people")
        clause = lexicon.rules(ClauseRules)
        self.containers = frozenset(section["containers"])
        self.premises = frozenset(section["premises"])
        self.ends = (frozenset(section["ends"]) | clause.prepositions) - {"to"}
        self.determiners = clause.determiners
        self.reach = int(section["reach"])
        titles = [*people["offices"], *people["titles"]]
        self.titles = frozenset(t.lower() for t in titles if " " not in t)
        self.heads = lexicon.rules(roles.RoleRules).heads
        self.owned = re.compile(rf"(?<![\w-])(?:{alternation(sorted(self.containers))})(?=\s+of\s)")


def owned_targets(work: Work, targets: list[Actor]) -> list[Actor]:
    """Each target that is a thing with an owner, as its owner (module docstring); a target
    read from one of the owners the lead names together is all of them."""
    rules = work.lexicon.rules(OwnerRules)
    found: list[Actor] = []
    for actor in targets:
        if _POSSESSED.search(actor.name):  # "Judge X's" read without its thing: X
            name = " ".join(_untitled(_POSSESSED.sub("", actor.name).split(), rules))
            actor = Actor(name=name, kind=actor.kind)
        owners = _owners(work, actor, rules) if _thing(actor.name) in rules.containers else []
        owners = owners or _together(work, actor, rules)
        for owner in owners or [actor]:
            if all(owner.name.lower() != a.name.lower() for a in found):
                found.append(owner)
    return found


def owners_after(text: str, at: int, lexicon: Lexicon) -> list[Actor]:
    """The owners an "of" phrase at ``at`` names ("of former prime minister X and Y")."""
    rules = lexicon.rules(OwnerRules)
    of = _OF.match(text, at)
    if of is None:
        return []
    words: list[str] = []
    for token in re.finditer(r"\S+", text[of.end() : of.end() + 160]):
        raw = token.group(0)
        word = raw if _INITIALS.fullmatch(raw) else raw.strip(',.;:()"“”')
        if not word or word.lower() in rules.ends or len(words) >= rules.reach:
            break
        if word.endswith("ing") and word.islower():
            break  # "a patrol of X carrying out operations": a participle opens what X did
        words.append(word)
        if raw != word:
            break  # punctuation ends it
    parts: list[list[str]] = [[]]
    for word in words:
        if word.lower() == "and" and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(word)
    return [a for a in (_owner(p, rules, lexicon) for p in parts) if a is not None]


def _together(work: Work, actor: Actor, rules: OwnerRules) -> list[Actor]:
    """The owners the lead's first thing with two owners names ("a patrol of Kenyan
    soldiers and Somali police"), when the target shares a capitalised word with one
    ("Kenyan army"); else none."""
    names = {w for w in actor.name.split() if w[:1].isupper()}
    for sentence in work.main[: work.lead_count]:
        for thing in rules.owned.finditer(sentence.text):
            owners = owners_after(sentence.text, thing.end(), work.lexicon)
            if len(owners) > 1 and any(names & set(o.name.split()) for o in owners):
                work.cite("targets", sentence)
                return owners
    return []


def _owners(work: Work, actor: Actor, rules: OwnerRules) -> list[Actor]:
    """The owners the lead writes for the thing ``actor`` names."""
    for sentence in work.main[: work.lead_count]:
        found = re.search(rf"(?<![\w-]){re.escape(actor.name)}(?![\w-])", sentence.text)
        if found is None:
            continue
        at = found.start()
        owners = _read(sentence, at, actor.name, work.lexicon, rules)
        if owners:
            work.cite("targets", sentence)
            return owners
    words = actor.name.split()[:-1]  # a name the engine joined: "Governor X convoy"
    name = " ".join(_untitled(words, rules))
    if words and words[0].lower() in rules.titles and roles.is_person_name(name):
        return [Actor(name=name, kind=ActorKind.civilians)]
    return _premises(actor.name, rules)  # "the X former offices"


def _read(
    sentence: Sentence, at: int, name: str, lexicon: Lexicon, rules: OwnerRules
) -> list[Actor]:
    text = sentence.text
    end = at + len(name)
    if _thing(name) != _head(name):  # "base of UN" read short: the "of" phrase in full
        return owners_after(text, at + len(name.split()[0]), lexicon)
    before = _POSSESSIVE.search(text[max(0, end - 80) : end - len(name.split()[-1])])
    if before:
        owner = _owner(before.group(1).split(), rules, lexicon)
        if owner is not None:
            return [owner]
    after = owners_after(text, end, lexicon)
    if after:
        return after
    return _premises(name, rules)


def _premises(name: str, rules: OwnerRules) -> list[Actor]:
    """A name before an organisation's building ("the X processing plant"): the name."""
    if _head(name) not in rules.premises:
        return []
    words = [w for w in name.split() if w.lower() not in rules.determiners]
    run: list[str] = []
    for word in words:
        if not word[:1].isupper():
            break
        run.append(word)
    rest = words[len(run) :]
    if run and rest and all(w.islower() and "'" not in w and "’" not in w for w in rest):
        return [Actor(name=" ".join(run), kind=ActorKind.unknown)]
    return []


def _owner(words: list[str], rules: OwnerRules, lexicon: Lexicon) -> Actor | None:
    """One owner from its words: as written when it ends in a plural or a site, else the
    run of capitalised words in it, without titles before a name."""
    words = [w for w in words if w.lower() not in rules.determiners]
    if not words:
        return None
    head = words[-1].lower()
    person = words[-1].islower() and (head in rules.titles or head in rules.heads)  # "police"
    plural = head.endswith("s") and words[-1].islower()
    if plural or person or roles.is_facility(head, lexicon):
        kept = _untitled(words, rules)
        kind = rules.heads.get(head, ActorKind.unknown)
        return Actor(name=" ".join(kept), kind=kind)
    run: list[str] = []
    last: list[str] = []  # the last run of capitalised words ("the Al Jazeera network")
    for word in words:
        run = [*run, word] if word[:1].isupper() else []
        last = run or last
    run = _untitled(last, rules)
    if not run:
        return None
    kind = ActorKind.civilians if roles.is_person_name(" ".join(run)) else ActorKind.unknown
    return Actor(name=" ".join(run), kind=kind)


def _untitled(words: list[str], rules: OwnerRules) -> list[str]:
    """The words without the titles and offices written first, before a name
    ("President X": X; not "Border Guard Police")."""
    kept = list(words)
    while len(kept) > 1 and kept[0].lower() in rules.titles and kept[1][:1].isupper():
        kept = kept[1:]
    return kept


def _thing(name: str) -> str:
    """The word naming the thing: the head, or the first word before "of" ("base of X")."""
    words = name.split()
    return words[0].lower() if len(words) > 2 and words[1] == "of" else _head(name)


def _head(name: str) -> str:
    return name.split()[-1].lower() if name.split() else ""
