"""How far an actor phrase reaches, where the words after its head change whom it names.

Rule (``[roles.phrases]`` in ``data/roles.toml``):

- a crowd named by whom it backs or opposes keeps its "of" complement
  (``[roles.crowds_of]``): "supporters of defeated candidate Mir Hossein Mousavi" are
  supporters of Mir Hossein Mousavi, "followers of Shi'ite cleric Moqtada al-Sadr" followers
  of Moqtada al-Sadr, "opponents of the Eritrean government" so (never the other side),
  "Viktor Yushchenko's supporters" supporters of Viktor Yushchenko;
  the clause is read after the whole phrase ("... Mousavi fought riot police");
- a state named only as the adjective of what was hit ("the US Capitol", "a Ukrainian
  airliner", "17 American and Canadian missionaries") is no target: the noun after it
  was hit. Joined to another people's adjective before a head noun ("American and
  Nigerien soldiers"), the joined phrase is the target, of that head's kind; followed
  by a word a named object may be followed by ("struck Russia on Monday"), it stays;
- people named as the owners of a site ("the Okhmatdyt children's hospital", "a workers'
  hostel") name the site, which was hit, not the people;
- two peoples' forces joined before one head in a two-sided fight ("Thai and Cambodian
  troops traded fire") are two sides: the first named opened it, the other is its target;
- victims named only by a vague word and what they were doing ("people queuing for
  bread") are named so, not "civilians";
- an ally named in the doer's clause ("forces backed by Shia militias") has no role;
- a doer the article describes but does not name keeps the article's count and
  description ("two men on a motorbike", "gunmen in army fatigues", "a man in his
  forties"), so that the brief gives him as the article words him; an attacker's word
  ("gunmen", "bombers") is named by its own noun phrase, without what he rode ("masked
  gunmen in pick-up trucks": the masked gunmen).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation, expand
from summarizer.engines.offline.scan.actors import match_lexicon
from summarizer.engines.offline.text import DOTTED_WORD
from summarizer.schema import ActorKind

if TYPE_CHECKING:
    from summarizer.engines.offline.scan.roles import RoleMention, RoleRules

_Canonical = tuple[str, ActorKind, bool]

__all__ = [
    "Extension",
    "PhraseRules",
    "ally",
    "crowd_named",
    "crowd_of_leader",
    "described_doer",
    "first_of_pair",
    "inside",
    "reach",
    "state_as_adjective",
    "words_within",
]


class PhraseRules:
    """One lexicon's phrase-extension vocabulary (``[roles.phrases]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("roles")["phrases"]
        self.of_leader = re.compile(section["of_leader"])
        self.followers_named = re.compile(
            rf"^(?:{alternation(section['follower_heads'])})$", re.IGNORECASE
        )
        self.after_state = re.compile(section["after_state"])
        self.name_followers = frozenset(w.lower() for w in section["name_followers"])
        fragments = dict(lexicon.section("roles")["fragments"])
        self.described_of = re.compile(lexicon.section("roles")["clause"]["described_of"])
        self.joined_before = re.compile(section["joined_before"])
        self.two_sided = re.compile(expand(section["two_sided"], fragments), re.IGNORECASE)
        self.owner_of = re.compile(section["owner_of"])
        self.doer_people = frozenset(section["doer_people"])
        self.doer_counts = re.compile(section["doer_counts"], re.IGNORECASE)
        self.doer_tail = re.compile(section["doer_tail"], re.IGNORECASE)
        self.doer_ride = re.compile(section["doer_ride"], re.IGNORECASE)
        self.deed_people = frozenset(section["deed_people"])
        self.armed_people = frozenset(section["armed_people"])
        self.armed_tail = re.compile(section["armed_tail"], re.IGNORECASE)
        self.armed_crowd = re.compile(section["armed_crowd"], re.IGNORECASE)
        self.determiner = re.compile(section["doer_determiners"], re.IGNORECASE)
        self.doing_heads = frozenset(section["doing_heads"])
        self.doing = re.compile(section["doing"])
        self.allies = re.compile(section["allies"], re.IGNORECASE)
        crowds = lexicon.section("roles")["crowds_of"]
        people = lexicon.section("people")
        self.crowd_heads = frozenset(w.lower() for w in crowds["heads"])
        offices = {w.lower() for w in people["offices"]}  # kept: "President Donald Trump"
        self.dropped = frozenset(w.lower() for w in people["not_name_words"]) - offices
        words = [*crowds["descriptors"], *(w.lower() for w in people["titles"] + people["offices"])]
        self.descriptors = frozenset(w for w in words if w == w.lower())
        self.bodies = frozenset(crowds["bodies"])
        self.particles = frozenset(people["particles"])
        self.crowd_reach = int(crowds["reach"])


def ally(sentence: str, start: int, lexicon: Lexicon) -> bool:
    """Is the phrase at ``start`` an ally named in another's clause ("Iraqi forces backed by
    Shia militias recaptured Tikrit"): helped the doer, is neither doer nor target?"""
    rules = lexicon.rules(PhraseRules)
    return rules.allies.search(sentence, max(0, start - 40), start) is not None


@dataclass(frozen=True)
class Extension:
    """A phrase read further than its match: the name it takes and where it ends."""

    name: str
    end: int


_OF = re.compile(r"\s+of\s+(the\s+)?")


def crowd_of_leader(sentence: str, head: str, end: int, lexicon: Lexicon) -> Extension | None:
    """ "supporters of President Donald Trump" (``head`` the phrase's last word, ``end``
    where the match ends): "supporters of Donald Trump", ending after "Trump"; "opponents
    of the Eritrean government" as written (module docstring); else None."""
    rules = lexicon.rules(PhraseRules)
    of = _OF.match(sentence, end) if head.lower() in rules.crowd_heads else None
    if of is None:
        return None
    run: list[Any] = []
    found: list[Any] = []
    for word in list(DOTTED_WORD.finditer(sentence, of.end()))[: rules.crowd_reach]:
        text = word.group(0)
        if _name_word(text, rules):
            run.append(word)
            continue
        if run:  # a name ended: another follows a word of who it is ("cleric Moqtada")
            found, run = run, []
            if text.lower() in rules.descriptors:
                continue
            if of.group(1) and len(found) == 1 and text.lower() in rules.bodies:
                body = sentence[of.start(1) : word.end()]  # "the Eritrean government"
                return Extension(f"{head.lower()} of {body}", word.end())
            break
        if not text[:1].islower():
            break  # punctuation before any name
    found = run or found
    names = [w for w in found if w.group(0).lower() not in rules.dropped]
    if not names:
        return None
    name = sentence[names[0].start() : names[-1].end()]
    name = re.sub(r"['’]s?$", "", name).rstrip(".")
    return Extension(f"{head.lower()} of {name}", names[-1].end())


_OWNER = re.compile(r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+(?:[\w-]+\s+)?$")


def crowd_named(sentence: str, match: Any, lexicon: Lexicon) -> Extension | None:
    """A crowd by whom it backs (:func:`crowd_of_leader`), or by its owner's name before it
    ("Viktor Yushchenko's supporters": supporters of Viktor Yushchenko), for the phrase
    ``match`` found."""
    start, head, end = match.start(), match.group(0).split()[-1], match.end()
    longer = crowd_of_leader(sentence, head, end, lexicon)
    rules = lexicon.rules(PhraseRules)
    owner = _OWNER.search(sentence, max(0, start - 60), start)
    if longer or owner is None or head.lower() not in rules.crowd_heads:
        return longer
    words = [w for w in owner.group(1).split() if w.lower() not in rules.dropped]
    return Extension(f"{head.lower()} of {' '.join(words)}", end) if words else None


def _name_word(text: str, rules: PhraseRules) -> bool:
    """A word of a name: capitalised, or a particle joined to one ("al-Sadr")."""
    first, _, rest = text.partition("-")
    if first.lower() in rules.particles and rest[:1].isupper():
        return True
    return text[:1].isupper()


def state_as_adjective(
    sentence: str, surface: str, end: int, heads: dict[str, ActorKind], lexicon: Lexicon
) -> tuple[str, ActorKind] | bool | None:
    """Is a state named as a target (``surface``, ending at ``end``) only the adjective of
    what was hit? False: it is the target itself; True: it is an adjective, no target;
    (name, kind): the joined phrase ("American and Nigerien soldiers") is the target."""
    rules = lexicon.rules(PhraseRules)
    if surface.split()[-1].lower() in heads:
        return False  # "American soldiers": the phrase has its head already
    after = rules.after_state.match(sentence, end)
    if after is None:
        return False
    word = after.group("word")
    if after.group("joined") is None and word.lower() in rules.name_followers:
        return False
    kind = heads.get(word.lower())
    if after.group("joined") is not None:
        if kind is None:
            return True
        return f"{surface} and {after.group('joined')} {word}", kind
    return True


def first_of_pair(
    sentence: str, start: int, surface: str, end: int, lexicon: Lexicon
) -> str | None:
    """ "Thai and Cambodian troops traded fire" (``surface`` "Cambodian troops" from
    ``start`` to ``end``): the first side as a phrase of its own ("Thai troops"), or None."""
    rules = lexicon.rules(PhraseRules)
    words = surface.split()
    if len(words) < 2 or not rules.two_sided.match(sentence, end):
        return None
    joined = rules.joined_before.search(sentence[max(0, start - 40) : start])
    return f"{joined.group('people')} {' '.join(words[1:])}" if joined else None


def described_doer(
    sentence: str, match: Any, name: str, kind: ActorKind, lexicon: Lexicon
) -> tuple[str, ActorKind]:
    """A doer phrase headed by a person's or an attacker's word ("men", "gunmen"), read
    with its count before it and its description after it ("Two men on a motorcycle",
    "gunmen in army fatigues", "a group of men armed with knives": people with what they
    carried, not a crowd; what an attacker rode is no part of his name: "masked gunmen in
    pick-up trucks" are the masked gunmen), of unknown allegiance, unless the description names the group
    ("men in the uniforms of the Rapid Support Forces": that force); any other phrase is as
    it was."""
    rules = lexicon.rules(PhraseRules)
    head = match.group("actor").split()[-1].lower()
    if head not in rules.doer_people or name.split()[-1].lower() != head:
        return name, kind  # a name ("Gokmen T."), or a phrase read as another one
    before = rules.determiner.sub("", sentence[match.start() : match.start("actor")])
    count = rules.doer_counts.match(before)
    tail = rules.doer_tail.match(sentence, match.end())
    ride = None if tail or head in rules.deed_people else rules.doer_ride
    tail = ride.match(sentence, match.end()) if ride else tail
    crowd = rules.armed_crowd.search(sentence, max(0, match.start() - 40), match.start("actor"))
    if tail is None and head in rules.armed_people and crowd is None:
        tail = rules.armed_tail.match(sentence, match.end())
    if count is None and tail is None:
        return name, kind
    owner = rules.described_of.match(sentence[tail.end() :]) if tail else None
    named = match_lexicon(owner.group(0), lexicon) if owner else []
    if named:
        return named[0][0].name, named[0][0].kind
    words = f"{count.group(0) if count else ''}{name}{tail.group(0) if tail else ''}"
    return " ".join(words.replace(",", " ").split()), ActorKind.unknown


def reach(
    sentence: str,
    match: Any,
    role: str,
    canonical: _Canonical,
    longer: Extension | None,
    rules: RoleRules,
    lexicon: Lexicon,
) -> _Canonical | None:
    """What a phrase found names once the words after it are read (module docstring);
    None when it names no actor of the clause (a state only as an adjective)."""
    if longer:  # "supporters of President Donald Trump": "Trump supporters"
        return longer.name, canonical[1], canonical[2]
    surface, end = match.group("actor"), match.end()
    if canonical[1] == ActorKind.civilians and role == "target":
        phrase_rules = lexicon.rules(PhraseRules)
        doing = phrase_rules.doing.match(sentence, end)
        if doing and surface.split()[-1].lower() in phrase_rules.doing_heads:
            # "a crowd of people queuing for bread": the victims by what they were doing
            return f"{surface.split()[-1]}{doing.group(0)}", canonical[1], False
        owned = phrase_rules.owner_of.match(sentence, end)
        if owned and owned.group("first") in rules.facilities:
            return f"{surface}{sentence[end : owned.end('first')]}", ActorKind.unknown, True
        if owned and owned.group("site") in rules.facilities:
            return f"{surface}{owned.group(0)}", ActorKind.unknown, True
    if role == "target" and canonical[1] == ActorKind.state_forces:
        adjective = state_as_adjective(sentence, surface, end, rules.heads, lexicon)
        if adjective is True:
            return None
        if adjective:  # "a patrol of American and Nigerien soldiers"
            return adjective[0], adjective[1], False
    return canonical


def inside(short: RoleMention, long: RoleMention) -> bool:
    """Are ``short``'s words part of the longer phrase ``long`` at the same place (with the
    describing word a site's name took: "village" of "village mosque")?"""
    start = long.start
    if long.name.lower().endswith(long.surface.lower()):
        start -= len(long.name) - len(long.surface)
    end = short.start + len(short.surface)
    return start <= short.start and end <= long.start + len(long.surface) and long != short


def words_within(short: str, long: str) -> bool:
    """True when ``short``'s words open or close ``long``'s, and ``long`` has more."""
    a, b = short.lower().split(), long.lower().split()
    return len(a) < len(b) and (b[: len(a)] == a or b[-len(a) :] == a)
