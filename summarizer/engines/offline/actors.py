"""Perpetrators and targets: a curated lexicon of armed actors plus the text's structure.

The lexicon (:data:`LEXICON`) lists state forces and armed groups that recur in conflict
reporting, each with its aliases and :class:`ActorKind`. It is a table of well-known
actors, not of any one article's wording; add to it freely.

Roles come from structure, not from the lexicon alone:

- perpetrator: "a U.S. drone strike", "Russian missiles hit", "X claimed responsibility",
  "X fighters attacked", "attack by X", "X seized the town";
- target: "attacked a convoy of X", "targeted X", "killed a X commander", "X positions".

An actor whose role the text does not show is left out: unknown stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.engines.offline._memo import memo_list
from summarizer.engines.offline._regex import case_folded, fold_case, trie_pattern
from summarizer.schema import ActorKind

__all__ = ["LEXICON", "ActorMention", "LexiconEntry", "find_actors"]


@dataclass(frozen=True)
class LexiconEntry:
    """One actor: the name a brief uses, the names the press uses, and what it is."""

    name: str
    kind: ActorKind
    aliases: tuple[str, ...]


_K = ActorKind
LEXICON: tuple[LexiconEntry, ...] = (
    # state forces (countries' militaries and police, named by country or force)
    LexiconEntry(
        "United States",
        _K.state_forces,
        (
            "U.S.",
            "US",
            "United States",
            "American",
            "U.S. military",
            "US military",
            "U.S. Central Command",
            "CENTCOM",
            "Pentagon",
            "U.S. forces",
            "US forces",
        ),
    ),
    LexiconEntry(
        "Russia",
        _K.state_forces,
        ("Russia", "Russian", "Russian forces", "Russian military", "Russian army"),
    ),
    LexiconEntry(
        "Ukraine",
        _K.state_forces,
        ("Ukrainian forces", "Ukrainian military", "Ukrainian army", "Ukraine's military"),
    ),
    LexiconEntry(
        "Israel",
        _K.state_forces,
        (
            "Israel",
            "Israeli",
            "Israeli forces",
            "Israeli military",
            "IDF",
            "Israel Defense Forces",
            "Israeli army",
        ),
    ),
    LexiconEntry(
        "Turkey",
        _K.state_forces,
        ("Turkey", "Turkish", "Turkish forces", "Turkish military", "Turkish army"),
    ),
    LexiconEntry(
        "Iran",
        _K.state_forces,
        (
            "Iranian Revolutionary Guard",
            "Islamic Revolutionary Guard Corps",
            "IRGC",
            "Revolutionary Guards",
        ),
    ),
    LexiconEntry(
        "Saudi-led coalition", _K.state_forces, ("Saudi-led coalition", "Saudi coalition")
    ),
    LexiconEntry(
        "Myanmar military",
        _K.state_forces,
        ("Myanmar military", "junta", "Tatmadaw", "military junta"),
    ),
    LexiconEntry("Rapid Support Forces", _K.militia, ("Rapid Support Forces", "RSF")),
    LexiconEntry(
        "Sudanese Armed Forces", _K.state_forces, ("Sudanese Armed Forces", "SAF", "Sudanese army")
    ),
    # armed groups
    LexiconEntry(
        "Kataib Hezbollah",
        _K.militia,
        ("Kataib Hezbollah", "Kata'ib Hezbollah", "Kataib Hizballah"),
    ),
    LexiconEntry("Hezbollah", _K.militia, ("Hezbollah", "Hizballah", "Hizbullah")),
    LexiconEntry("Islamic Resistance in Iraq", _K.militia, ("Islamic Resistance in Iraq",)),
    LexiconEntry("Hamas", _K.rebel_group, ("Hamas", "Qassam Brigades", "al-Qassam Brigades")),
    LexiconEntry(
        "Palestinian Islamic Jihad", _K.rebel_group, ("Palestinian Islamic Jihad", "Islamic Jihad")
    ),
    LexiconEntry("Houthis", _K.rebel_group, ("Houthi", "Houthis", "Ansar Allah", "Ansarallah")),
    LexiconEntry(
        "Islamic State", _K.terrorist_group, ("Islamic State", "ISIS", "ISIL", "IS", "Daesh")
    ),
    LexiconEntry(
        "Islamic State Khorasan Province",
        _K.terrorist_group,
        ("Islamic State Khorasan", "ISKP", "IS-K", "ISIS-K", "Islamic State Khorasan Province"),
    ),
    LexiconEntry(
        "Islamic State West Africa Province",
        _K.terrorist_group,
        ("Islamic State West Africa Province", "ISWAP", "Islamic State West Africa"),
    ),
    LexiconEntry("Boko Haram", _K.terrorist_group, ("Boko Haram", "JAS")),
    LexiconEntry(
        "al-Shabaab",
        _K.terrorist_group,
        ("al-Shabaab", "Al-Shabaab", "al Shabaab", "Shabaab", "al-Shabab"),
    ),
    LexiconEntry(
        "al-Qaeda", _K.terrorist_group, ("al-Qaeda", "al-Qaida", "Al Qaeda", "AQAP", "AQIM")
    ),
    LexiconEntry(
        "JNIM",
        _K.terrorist_group,
        ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin"),
    ),
    LexiconEntry("Taliban", _K.rebel_group, ("Taliban",)),
    LexiconEntry(
        "Tehrik-e-Taliban Pakistan",
        _K.rebel_group,
        ("Tehrik-e-Taliban Pakistan", "TTP", "Pakistani Taliban"),
    ),
    LexiconEntry(
        "Balochistan Liberation Army", _K.rebel_group, ("Balochistan Liberation Army", "BLA")
    ),
    LexiconEntry("M23", _K.rebel_group, ("M23", "March 23 Movement")),
    LexiconEntry("Allied Democratic Forces", _K.rebel_group, ("Allied Democratic Forces", "ADF")),
    LexiconEntry("ELN", _K.rebel_group, ("ELN", "National Liberation Army")),
    LexiconEntry(
        "FARC dissidents", _K.rebel_group, ("FARC dissidents", "FARC", "Estado Mayor Central")
    ),
    LexiconEntry("New People's Army", _K.rebel_group, ("New People's Army", "NPA")),
    LexiconEntry("Kurdistan Workers' Party", _K.rebel_group, ("Kurdistan Workers' Party", "PKK")),
    LexiconEntry("Syrian Democratic Forces", _K.rebel_group, ("Syrian Democratic Forces", "SDF")),
    LexiconEntry("Fano", _K.militia, ("Fano", "Fano militia")),
    LexiconEntry("Wagner Group", _K.militia, ("Wagner Group", "Wagner", "Africa Corps")),
    LexiconEntry("Sinaloa Cartel", _K.criminal_group, ("Sinaloa Cartel", "Sinaloa cartel")),
    LexiconEntry(
        "Jalisco New Generation Cartel",
        _K.criminal_group,
        ("Jalisco New Generation Cartel", "CJNG"),
    ),
)


@dataclass(frozen=True)
class ActorMention:
    """An actor mentioned at an offset, with the role its context gives it (or None)."""

    name: str
    kind: ActorKind
    start: int
    end: int
    role: str | None
    surface: str


@cache
def _lexicon_pattern() -> tuple[re.Pattern[str], dict[str, LexiconEntry]]:
    by_alias: dict[str, LexiconEntry] = {}
    for entry in LEXICON:
        for alias in entry.aliases:
            by_alias[alias.lower()] = entry
    alternatives = sorted(by_alias, key=len, reverse=True)
    body = "|".join(re.escape(a) for a in alternatives)
    # Aliases of two or more capitals are matched case-sensitively (IS, US, SDF), the rest not.
    return re.compile(rf"(?<![\w.-])(?:{body})(?![\w-])", re.IGNORECASE), by_alias


@cache
def _lexicon_scan() -> re.Pattern[str] | None:
    """The lexicon pattern as a trie, case-sensitive on case-folded text: the same spans.

    The flat pattern takes the longest alias that fits at a position; so does a trie, which
    tries longer aliases first, one branch per letter."""
    _, by_alias = _lexicon_pattern()
    trie = re.compile(rf"(?<![\w.-])(?:{trie_pattern(by_alias)})(?![\w-])", re.IGNORECASE)
    return case_folded(trie)


_STRIKE_NOUNS = r"(?:drone|air|missile|rocket|artillery|military|naval)?\s*(?:strike|strikes|raid|attack|assault|offensive|operation|bombardment|shelling)"
_PERP_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:backed\s+)?(?:fighters|militants|forces|troops|soldiers|gunmen|militia(?:men)?|rebels|jets|warplanes|drones?|missiles?|members)?\s*"
    r"(?:claimed(?: responsibility)?|attacked|ambushed|stormed|raided|seized|captured|took control|opened fire|fired|launched|struck|hit|killed|abducted|kidnapped|shelled|bombed|carried out|overran)",
    re.IGNORECASE,
)
_PERP_NOUN_AFTER = re.compile(rf"^\s*{_STRIKE_NOUNS}\b", re.IGNORECASE)
_PERP_BEFORE = re.compile(
    r"(?:\bby|\bfrom|\bblamed|\baccused|\bblamed on|\bcarried out by|\bclaimed by)\s+(?:the\s+)?(?:suspected\s+)?$",
    re.IGNORECASE,
)
_TARGET_BEFORE = re.compile(
    r"(?:attacked|targeted|targeting|ambushed|struck|hit|killed|killing|at|on|against)\s+(?:an?|the)?\s*(?:top|senior|local|prominent)?\s*$",
    re.IGNORECASE,
)
_TARGET_AFTER = re.compile(
    r"^\s*(?:'s\s+)?(?:leader|commander|official|fighters?|positions?|base|convoy|members?|patrol|post|headquarters|vehicle|outpost)",
    re.IGNORECASE,
)


def _role(text: str, start: int, end: int) -> str | None:
    before = text[max(0, start - 60) : start]
    after = text[end : end + 80]
    if _PERP_BEFORE.search(before):
        return "perpetrator"
    if _TARGET_BEFORE.search(before) and _TARGET_AFTER.match(after):
        return "target"
    if _TARGET_AFTER.match(after) and re.search(
        r"(?:attack|strike|raid|ambush)\w*\s+(?:on|against)\s+(?:an?|the)?\s*$", before, re.I
    ):
        return "target"
    if _PERP_NOUN_AFTER.match(after) or _PERP_AFTER.match(after):
        return "perpetrator"
    if _TARGET_BEFORE.search(before):
        return "target"
    return None


def match_lexicon(text: str) -> list[tuple[LexiconEntry, int, int]]:
    """Lexicon actors named in ``text``: (entry, start, end), acronyms only in their own case."""
    pattern, by_alias = _lexicon_pattern()
    scan = _lexicon_scan()
    spans = (
        [m.span() for m in scan.finditer(fold_case(text))]
        if scan is not None
        else [m.span() for m in pattern.finditer(text)]
    )
    found = []
    for start, end in spans:
        surface = text[start:end]
        entry = by_alias[surface.lower()]
        alias = next(a for a in entry.aliases if a.lower() == surface.lower())
        if sum(c.isupper() for c in alias) >= 2 and surface != alias:
            continue  # acronyms match only in their own case: "us" is not "US"
        found.append((entry, start, end))
    return found


@memo_list
def find_actors(text: str) -> list[ActorMention]:
    """Lexicon actors in ``text`` with the role their context gives them."""
    return [
        ActorMention(entry.name, entry.kind, start, end, _role(text, start, end), text[start:end])
        for entry, start, end in match_lexicon(text)
    ]


def is_lexicon_actor(name: str) -> bool:
    """True when ``name`` is, or contains, a lexicon actor's name or alias."""
    pattern, _ = _lexicon_pattern()
    return pattern.search(name) is not None
