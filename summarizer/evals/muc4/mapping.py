"""From an incident brief to MUC-4's five role fillers, every mention a span of the document.

The brief and MUC-4 cut the world differently, so the mapping is a policy, stated here:

- ``incident`` false: no fillers at all (in train, 194 of the 276 documents the offline
  engine calls non-incidents have no gold fillers either).
- **No target, no victim: no incident.** MUC-4 annotates attacks on someone or something;
  a brief that yields neither a Target nor a Victim below (a clash between armed forces,
  a communique, a court case) gives no fillers at all. In train, with the learned
  lexicon, the 5-fold cross-validated micro F1 goes from 36.3 to 37.6 with this rule
  (precision 29.8 → 32.9, recall 46.4 → 43.9).
- **PerpInd / PerpOrg**: each perpetrator is one entity. It is *individuals* (PerpInd) when
  its head noun names people ("guerrillas", "gunmen", "members of the fmln",
  "a group of armed men", "soldiers"), or its kind is ``civilians``, or its kind is
  ``unknown`` and its head is no organisation's noun (:data:`ORGANISATION_HEADS`): a named
  person, "pablo escobar gaviria" (in train, 22 of the offline engine's 29 such
  perpetrators were people's names, the other 7 "drug cartel"). Otherwise it is an
  *organisation* (PerpOrg: "fmln", "shining path", "armed forces", "medellin cartel").
  The head is the word before the first "of" when there is one, else the last word.
- **State forces** are kept, split by the same rule ("salvadoran army" → PerpOrg,
  "soldiers" → PerpInd): MUC-4 annotates an army, air force or police that commits the act
  as a perpetrator (in train, 113 of 405 PerpOrg and 62 of 549 PerpInd entities name state
  forces), and a brief names state forces as perpetrators only when the text shows them
  doing the act. Checked on train with the offline engine: dropping state-force
  perpetrators, or every perpetrator of a ``battles`` event, lowers micro F1.
- **Target**: targets whose head noun is a physical thing (building, office, vehicle,
  pipeline, tower...; :data:`PHYSICAL_HEADS`). Targets that are people or forces have no
  MUC-4 role unless named (next point).
- **Victim**: named casualties that were killed, injured or abducted (MUC-4's Victim holds
  named human targets only; arrested people are not victims).
- **Weapon**: each weapon whose head noun is one MUC-4 annotates (:data:`WEAPON_HEADS`:
  bombs, explosives, dynamite, firearms, grenades, rockets, mortars). Aircraft, artillery
  and missiles of military operations, and stones or sticks of riots, are left out: in
  train the offline engine's 85 "helicopter(s)", 26 "artillery" and 20 "missile(s)"
  matched no gold weapon.

Span enforcement: a mention is emitted only when :func:`locate` finds it in the document
(case-insensitively, any run of whitespace for a space, word-bounded), and what is emitted
is the document's own substring. When the exact words are not there, a few close variants
are tried: without a leading article, with a hyphen or nothing for a space ("car bomb" →
"car-bomb", "machine gun" → "machinegun") and the last word's plural or singular
("grenade" → "grenades"). Anything else is dropped. Within a role, entities whose mentions
normalise alike (:func:`~summarizer.evals.muc4.scorer.normalize_mention`) are emitted once.

The noun lists below were written from the head nouns of train.jsonl's gold fillers
(heads seen at least twice), plus general words for the same ideas ("insurgents",
"hospital") and each word's regular singular or plural; never from dev.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from summarizer.evals.muc4.data import ROLES, Entity
from summarizer.evals.muc4.scorer import normalize_mention
from summarizer.schema import ActorKind, BriefDraft, CasualtyStatus

__all__ = [
    "ORGANISATION_HEADS",
    "PERSON_HEADS",
    "PHYSICAL_HEADS",
    "WEAPON_HEADS",
    "brief_to_roles",
    "empty_roles",
    "head_noun",
    "locate",
]


def _forms(*words: str) -> frozenset[str]:
    """Each word with its regular plural (or singular, for a word ending in s)."""
    out: set[str] = set()
    for word in words:
        out.add(word)
        if word.endswith("ies"):
            out.add(word[:-3] + "y")
        elif word.endswith(("ches", "shes", "sses", "xes")):
            out.add(word[:-2])
        elif word.endswith("s"):
            out.add(word[:-1])
        elif word.endswith("y") and word[-2:-1] not in "aeiou":
            out.add(word[:-1] + "ies")
        elif word.endswith(("ch", "sh", "ss", "x")):
            out.add(word + "es")
        else:
            out.add(word + "s")
    return frozenset(out)


#: Head nouns that make a perpetrator a band of individuals (PerpInd) rather than an
#: organisation (PerpOrg).
PERSON_HEADS: frozenset[str] = _forms(
    *"""
    guerrillas members terrorists individuals group people persons soldiers rebels
    commandos traffickers gunmen gunman column officers squads units troops
    narcoterrorists criminals lieutenants murderers students assassins suspects fighters
    attackers assailants extremists subversives insurgents militants killers kidnappers
    bandits agents policemen policeman hitmen hitman paramilitaries youths uniforms
    personnel perpetrators mob protesters rioters demonstrators residents
    """.split()
) | frozenset({"men", "man", "person", "youth"})

#: Head nouns of organisations: a perpetrator of unknown kind headed by one is a PerpOrg.
ORGANISATION_HEADS: frozenset[str] = _forms(
    *"cartel mafia front movement army party command organization organisation".split()
)

#: Head nouns of physical targets (MUC-4's Target: buildings, facilities, vehicles...).
PHYSICAL_HEADS: frozenset[str] = _forms(
    *"""
    office headquarters car residence bus store building house home vehicle embassy system
    facility bank station substation hotel tower restaurant pipeline branch line
    installation pylon bridge center centre property church institute plane post pole
    factory exchange ministry warehouse university school booth club establishment
    ambulance camp dealership brothel hall stand truck highway road structure market
    transformer farm agency palace shop theater theatre boat ship consulate airport
    aircraft helicopter jeep train plant barracks checkpoint base garrison hospital court
    courthouse prison jail mine refinery dam tank supermarket newspaper radio cooperative
    premises offices tires electricity transportation motorcycle taxi port airstrip
    college
    """.split()
)

#: Head nouns of weapons (MUC-4's Weapon: explosives and firearms): the heads of train's
#: gold Weapon fillers seen at least twice, except "truck" and "gun" (the offline engine's
#: "gun" stands for any gunfire: none of its 5 in train matched), with their plurals.
WEAPON_HEADS: frozenset[str] = _forms(
    *"""
    bomb dynamite explosive explosives charge device weapon rifle rocket grenade machinegun
    mortar stick bullet submachinegun car-bomb firearm cocktail launcher kg tnt ak-47
    """.split()
)

_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'-]+")
_TYPOGRAPHY = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)
_VICTIM_STATUSES = frozenset(
    {CasualtyStatus.killed, CasualtyStatus.injured, CasualtyStatus.abducted}
)


def empty_roles() -> dict[str, list[Entity]]:
    """All five roles, each empty."""
    return {role: [] for role in ROLES}


def head_noun(name: str) -> str:
    """The word before the first "of" (not the first word), else the last word; lower-case."""
    found: list[str] = _WORD.findall(name.lower())
    words = [w.strip("'-") for w in found if w.strip("'-")]
    if not words:
        return ""
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1]


@lru_cache(maxsize=4096)
def _pattern(tokens: tuple[str, ...], joiner: str) -> re.Pattern[str]:
    parts = []
    for i, token in enumerate(tokens):
        piece = re.escape(token)
        if i == 0 and token[0].isalnum():
            piece = r"(?<!\w)" + piece
        if i == len(tokens) - 1 and token[-1].isalnum():
            piece += r"(?!\w)"
        parts.append(piece)
    return re.compile(joiner.join(parts), re.IGNORECASE)


def _variants(mention: str) -> Iterable[tuple[tuple[str, ...], str]]:
    """Token sequences and separators to try, most faithful first."""
    base = mention.translate(_TYPOGRAPHY).strip()
    stripped = _LEADING_ARTICLE.sub("", base)
    seen: set[tuple[tuple[str, ...], str]] = set()
    for text in (base, stripped):
        tokens = tuple(text.split())
        if not tokens:
            continue
        candidates: list[tuple[tuple[str, ...], str]] = [(tokens, r"\s+")]
        if len(tokens) > 1:
            candidates += [(tokens, r"(?:\s*-\s*|)")]
        last = tokens[-1].lower()
        if last.isalpha() and len(last) > 2:
            for form in sorted(_forms(last) - {last}):
                candidates += [((*tokens[:-1], form), r"\s+")]
                if len(tokens) > 1:
                    candidates += [((*tokens[:-1], form), r"(?:\s*-\s*|)")]
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate


def locate(mention: str, text: str) -> str | None:
    """The document's own substring for ``mention`` (see the module docstring), or None."""
    for tokens, joiner in _variants(mention):
        found = _pattern(tokens, joiner).search(text)
        if found:
            return found.group(0)
    return None


def _is_individuals(name: str, kind: ActorKind) -> bool:
    head = head_noun(name)
    if kind is ActorKind.unknown and head not in ORGANISATION_HEADS:
        return True
    return kind is ActorKind.civilians or head in PERSON_HEADS


def brief_to_roles(brief: BriefDraft | None, text: str) -> dict[str, list[Entity]]:
    """The five roles' predicted entities (one mention each) for ``brief`` of ``text``.

    ``None`` (the engine failed on this document) gives five empty roles.
    """
    roles = empty_roles()
    if brief is None or not brief.incident:
        return roles
    candidates: dict[str, list[str]] = {role: [] for role in ROLES}
    for actor in brief.perpetrators:
        role = "PerpInd" if _is_individuals(actor.name, actor.kind) else "PerpOrg"
        candidates[role].append(actor.name)
    for target in brief.targets:
        if head_noun(target.name) in PHYSICAL_HEADS:
            candidates["Target"].append(target.name)
    for casualty in brief.named_casualties:
        if casualty.status in _VICTIM_STATUSES:
            candidates["Victim"].append(casualty.name)
    candidates["Weapon"].extend(w for w in brief.weapons if head_noun(w) in WEAPON_HEADS)
    for role, names in candidates.items():
        seen: set[str] = set()
        for name in names:
            span = locate(name, text)
            if span is None:
                continue
            key = normalize_mention(span)
            if key and key not in seen:
                seen.add(key)
                roles[role].append([span])
    if not roles["Target"] and not roles["Victim"]:
        return empty_roles()
    return roles
