"""Role helpers of :mod:`.roles`: names by apposition, "most of them", vehicles, and
phrases joined by "and".

Rules:

- "a local Islamist group, National Thowheeth Jama'ath": the group by its name; "a group
  linked to al-Qaeda, the Imam Shamil Battalion": the group, not its affiliation;
- "the pro-democracy activist Joshua Wong": a word for one person named right after;
- "Thomas Hamilton, a former scout leader, shot dead 16 children": a person's name
  opening a clause is the doer of the deed that follows;
- "148 people, most of them students": the students, not "civilians", were hit;
- a vehicle read as a doer is the weapon or the doer's ride, never the doer;
- two actor phrases joined by "and" share a clause's role ("accused Syrian troops and
  shabiha militiamen of killing", "soldiers and militiamen attacked"): a phrase no rule
  reads takes the role of the phrase it is joined to, when that phrase is the doer (not of
  a two-sided fight: "the army and the RSF fought" are two sides), and
  to its right only when the doer is named by a claim or an accusation and the accusation
  ends there ("blamed X and Y for"; in "blamed the rebels and the villagers fled", the
  villagers did not act). The joining words
  are ``[roles.joined]`` in ``data/roles.toml``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import expand
from summarizer.engines.offline.prefilter import Match
from summarizer.engines.offline.scan import roles as _roles  # imports this module: names only
from summarizer.engines.offline.scan.naming import canonical_actor
from summarizer.engines.offline.scan.places import find_countries
from summarizer.schema import ActorKind

__all__ = [
    "JoinRules",
    "by_apposition",
    "joined",
    "named_person",
    "person_doers",
    "vehicle",
    "who_they_were",
]

_K = ActorKind


class JoinRules:
    """One lexicon's joining words (``[roles.joined]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("roles")["joined"]
        fragments = dict(lexicon.section("roles")["fragments"])
        self.between = re.compile(section["between"], re.IGNORECASE)
        self.ends = re.compile(section["ends"], re.IGNORECASE)
        self.affiliated = re.compile(section["affiliated"], re.IGNORECASE)
        self.person_after = re.compile(section["person_after"])
        self.person_doer = re.compile(expand(section["person_doer"], fragments), re.IGNORECASE)
        self.fight = re.compile(expand(section["fight"], fragments), re.IGNORECASE)


def joined(
    found: list[_roles.RoleMention], unread: list[Match], sentence: str, lexicon: Lexicon
) -> list[_roles.RoleMention]:
    """``found`` with the phrases no rule read that are joined by "and" to a doer (module
    docstring), leftmost first."""
    if not unread or not found:
        return found
    rules = lexicon.rules(_roles.RoleRules)
    join = lexicon.rules(JoinRules)
    added: list[_roles.RoleMention] = []
    taken = {m.start for m in found}
    for match in unread:
        start, end = match.start("actor"), match.end("actor")
        if start in taken:
            continue
        for other in found:
            if other.role != "perpetrator":
                continue
            other_end = other.start + len(other.surface)
            gap = (
                join.between.fullmatch(sentence, end, other.start)
                if end <= other.start
                else join.between.fullmatch(sentence, other_end, match.start())
                if other.attributed
                and other_end <= match.start()
                and join.ends.match(sentence, end)
                else None
            )
            if gap is None or (end <= other.start and join.fight.match(sentence, other_end)):
                continue  # "the army and the RSF fought": two sides
            canonical = canonical_actor(match.group("actor"), rules, lexicon)
            if canonical is None or canonical[2]:
                break
            name, kind, _ = canonical
            word = gap.group("word") if end > other.start else None
            if word and kind != _K.unknown and " " not in name:
                name = f"{word} {name}"  # "shabiha militiamen", as the article words them
            # read to the partner's end when it stands first: the deed's words follow it
            # ("bystanders and police detained him": an arrest, as the partner's)
            surface = sentence[start:other_end] if end <= other.start else match.group("actor")
            added.append(
                _roles.RoleMention(name, kind, "perpetrator", start, surface, other.attributed)
            )
            break
    return sorted(found + added, key=lambda m: m.start) if added else found


def by_apposition(
    sentence: str,
    match: Match,
    canonical: tuple[str, ActorKind, bool],
    rules: _roles.RoleRules,
    lexicon: Lexicon,
) -> tuple[str, ActorKind, bool]:
    """ "a local Islamist group, National Thowheeth Jama'ath": the group by its name; "a
    group linked to al-Qaeda, the Imam Shamil Battalion, said": the group named in
    apposition after its affiliation, not the affiliation."""
    name, kind, facility = canonical
    start = match.start("actor")
    described = (
        not facility
        and kind in (_K.unknown, _K.militia)
        and _roles.head_word(name) in rules.named_by_apposition
    )
    affiliation = lexicon.rules(JoinRules).affiliated.search(sentence, max(0, start - 60), start)
    if not described and affiliation is None:
        return canonical
    named = rules.appositive_name.match(sentence, match.end("actor"))
    if named is None or not _roles.is_proper_name(named.group(1)):
        return canonical
    found = canonical_actor(named.group(1), rules, lexicon)
    if found:
        return found[0], found[1], False
    return named.group(1), kind if described else _K.unknown, False


def person_doers(sentence: str, lexicon: Lexicon) -> list[_roles.RoleMention]:
    """ "Thomas Hamilton, a former scout leader, shot dead 16 children": a person's name
    opening a clause, then the deed (no group, country or people the lexicon knows, no
    sentence-opening word: "On Monday")."""
    rules = lexicon.rules(_roles.RoleRules)
    found: list[_roles.RoleMention] = []
    for match in lexicon.rules(JoinRules).person_doer.finditer(sentence):
        name = match.group("actor")
        if name.split()[0] in rules.leading_capitals or not _roles.is_person_name(name):
            continue
        canonical = canonical_actor(name, rules, lexicon)
        if canonical is None or canonical[1] != _K.unknown or find_countries(name, lexicon):
            continue
        found.append(_roles.RoleMention(name, _K.unknown, "perpetrator", match.start(), name))
    return found


def named_person(
    sentence: str,
    match: Match,
    canonical: tuple[str, ActorKind, bool],
    lexicon: Lexicon,
) -> tuple[str, ActorKind, bool]:
    """ "the pro-democracy activist Joshua Wong", "the gunman Omar Mateen": a word for one
    person (a singular head, no force, no site) named right after by a person's name."""
    _, kind, facility = canonical
    head = _roles.head_word(match.group("actor"))
    if facility or kind not in (_K.civilians, _K.unknown) or head.endswith("s"):
        return canonical
    person = lexicon.rules(JoinRules).person_after.match(sentence, match.end("actor"))
    if person is None or not _roles.is_person_name(person.group(1)):
        return canonical
    return person.group(1), kind, False


def who_they_were(
    found: list[_roles.RoleMention], sentence: str, rules: _roles.RoleRules
) -> list[_roles.RoleMention]:
    """ "148 people, most of them students": the students, not "civilians", were hit."""
    dropped = {
        id(m)
        for m, n in pairwise(found)
        if m.role == n.role == "target"
        and m.kind == _K.civilians
        and rules.of_whom.fullmatch(sentence, m.start + len(m.surface), n.start)
    }
    return [m for m in found if id(m) not in dropped] if dropped else found


def vehicle(sentence: str, match: Match, rules: _roles.RoleRules) -> bool:
    """Is a vehicle read as a doer the weapon or the doer's ride ("a lorry ploughed into
    the market", "driving a car made to look like a police cruiser")?"""
    if rules.driven.match(sentence, match.end()):
        return True
    return rules.ridden.search(sentence, max(0, match.start() - 40), match.start()) is not None
