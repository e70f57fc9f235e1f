"""What an actor phrase names: a lexicon actor, a group the lexicon lacks, a force, a
kind of people (:func:`canonical_actor`). The role finder (:mod:`.roles`) finds the
phrases; this reads each one found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.scan.actors import match_lexicon
from summarizer.engines.offline.scan.places import find_countries
from summarizer.schema import ActorKind

if TYPE_CHECKING:
    from summarizer.engines.offline.scan.roles import RoleRules

__all__ = ["canonical_actor"]

_K = ActorKind


def _lexicon_actor(
    text: str, rules: RoleRules, lexicon: Lexicon
) -> tuple[str, ActorKind, bool] | None:
    """The named actor a phrase names, if any ("Kurdish-led Syrian Democratic Forces" → SDF).

    State forces keep the article's phrase when it names a force ("Israeli forces"), so the
    brief says which force; a bare country ("U.S." in "U.S. drone strike") takes its name.
    """
    matches = match_lexicon(text, lexicon)
    if not matches:
        return None
    entry, start, end = max(matches, key=lambda m: m[2] - m[1])
    head = text.split()[-1].lower()
    if entry.kind == _K.state_forces and end < len(text) and rules.heads.get(head) == _K.civilians:
        return text, _K.civilians, False  # "Turkish nationals", "Israeli civilians": no force
    if (
        entry.kind == _K.state_forces
        and end < len(text)
        and head in rules.facilities
        and not rules.force_head.search(text[start:end])
    ):
        return text, _K.unknown, True  # "Ukrainian trenches": the place, not the force
    if (
        entry.kind == _K.state_forces
        and end < len(text)
        and rules.force_head.search(text[start:end])
    ):
        return text[start:end], entry.kind, False  # "Indian Army soldiers": the Indian Army
    if entry.kind == _K.state_forces and rules.force_head.search(text):
        return text, entry.kind, False
    return entry.name, entry.kind, False


def _unlisted_group(
    text: str, rules: RoleRules, lexicon: Lexicon
) -> tuple[str, ActorKind, bool] | None:
    """A named armed group the lexicon lacks ("the Kuma Brigade", "Sudan Liberation
    Movement"), by the type word its name ends with; a state's own force ("Kenya Defence
    Forces", "Special Forces") is not one."""
    text = rules.member_prefix.sub("", text)  # "fighters loyal to the Kuma Brigade"
    if not rules.unlisted.fullmatch(text):
        return None
    words = text.split()
    while len(words) > 1 and words[0] in rules.leading_capitals:
        words = words[1:]  # "On Monday the Kuma Brigade": the name starts after the date
    if "in" in words[1:-1]:  # "Islamic Movement in Nigeria", not "Sudanese Army in Khartoum"
        at = words.index("in", 1)
        if not find_countries(" ".join(words[at + 1 :]), lexicon):
            words = words[:at]
    kind = next(
        (
            rules.group_types[typed]
            for i in range(len(words))
            for typed in (" ".join(words[i : i + 2]), words[i])
            if typed in rules.group_types
        ),
        _K.rebel_group if words[0] in rules.group_openers else None,  # "Katiba Macina"
    )
    if kind is None or len(words) < 2:
        return None
    own = [
        w
        for w in words
        if w not in rules.state_words
        and w.lower() not in rules.connectors
        and not find_countries(w, lexicon)
    ]
    if not own and not any(w in rules.insurgent_words for w in words):
        return None  # "Kenya Defence Forces", "Special Forces": a state's force
    return " ".join(words), kind, False


def _group_by_members(
    text: str, rules: RoleRules, lexicon: Lexicon
) -> tuple[str, ActorKind, bool] | None:
    """The group members are named for ("Lakurawa fighters", "suspected Mai-Mai
    members"): capitalised words that are no country, people or describing word."""
    words = text.split()
    while words and words[0] in rules.leading_capitals:
        words = words[1:]
    # a particle may join the words ("Jaish al-Adl", "Hurras al-Din"), never open the name
    if not words or len(words) > 4 or not words[0][:1].isupper():
        return None
    if not all(w[:1].isupper() or rules.particle.sub("", w)[:1].isupper() for w in words):
        return None
    if any(w.lower() in rules.describing or find_countries(w, lexicon) for w in words):
        return None
    if len(words) == 1 and words[0].lower().endswith(rules.demonym_endings):
        return None  # a people's name ("Fulani militants", "Kurdish fighters"), no group's
    return " ".join(words), _K.unknown, False


def _titled(text: str) -> bool:
    """Is every word of the phrase capitalised ("Islamic Group"), as a name is?"""
    return all(word[:1].isupper() for word in text.split())


def _force_name(words: list[str], rules: RoleRules) -> str | None:
    """Members named for their force ("Army soldiers" → "Army"; "Iraqi soldiers" → "Iraqi
    army"), as reports and labels name the force, not its members."""
    if len(words) < 2 or words[-1].lower() not in rules.members:
        return None
    if words[-2].lower() in rules.forces:
        return " ".join(words[:-1])
    if words[-2][:1].isupper() and words[-2].lower().endswith(rules.demonym_endings):
        return f"{' '.join(words[:-1])} army"
    return None


def canonical_actor(
    surface: str, rules: RoleRules, lexicon: Lexicon
) -> tuple[str, ActorKind, bool] | None:
    """(name, kind, is_facility) for an actor phrase, or None when it names no actor."""
    text = surface.strip(" ,;:")
    if text.endswith(".") and not re.search(r"(?:\b\w\.){2,}$", text):
        text = text[:-1]
    while True:
        stripped = rules.leading.sub("", text)
        if stripped == text:
            break
        text = stripped
    if not text:
        return None
    bare = rules.member_prefix.sub("", text)
    if bare != text and text.split()[0].lower() in rules.members:
        force = canonical_actor(bare, rules, lexicon)  # "troops of the Indian Army": the Army
        if force is not None and force[1] == _K.state_forces:
            return force
    named = _lexicon_actor(text, rules, lexicon)
    if named is not None:
        return named
    group = _unlisted_group(text, rules, lexicon)
    if group is not None:
        return group
    unit = rules.unit.match(text)  # "Somali army convoy" names the army
    if unit and " " not in unit.group(1) and _titled(text):
        return text, _K.unknown, False  # "the Islamic Group": a name, not "Islamic"
    if unit:
        group = _group_by_members(unit.group(1), rules, lexicon)
        if group is not None:
            return group
        named = _generic(unit.group(1), rules)
        if named is not None:
            return named
    return _generic(text, rules)


def _generic(text: str, rules: RoleRules) -> tuple[str, ActorKind, bool] | None:
    """A generic phrase by its head noun ("armed men", "Iraqi soldiers", "separatist
    fighters", "the central market"), or a person's name; None for anything else."""
    words = text.split()
    head = words[-1].lower()
    two = " ".join(words[-2:]).lower()
    if len(words) == 1 and head in rules.anaphoric_heads:
        return None  # "the group claimed it": the group named elsewhere
    if head in {"people", "persons"}:
        if len(words) > 1 and words[-2].lower() == "displaced":
            return "displaced people", _K.civilians, False
        return "civilians", _K.civilians, False
    if head in {"village", "villages", "hamlet", "hamlets"}:  # "the village was raided"
        return "villagers", _K.civilians, False
    if head in rules.one_person or head == "men":  # "armed men"; "a man was killed"
        if rules.armed.search(text):
            return text, _K.unknown, False
        if head == "men":  # "young men", "men" as the article counts them
            return text.lower(), _K.civilians, False
        return "civilians", _K.civilians, False
    if " ".join(words).lower() in rules.police:
        return "police", _K.state_forces, False
    force = _force_name(words, rules)
    if force is not None:
        return force, _K.state_forces, False
    kind = rules.heads.get(two) or rules.heads.get(head)
    if kind is None:
        # a named person ("Darren Keller"): every word capitalised
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            return text, _K.unknown, False
        return None
    if len(words) == 1 and head not in rules.peoples:  # capitalised to open a sentence
        text = text.lower()
    return text, kind, head in rules.facilities
