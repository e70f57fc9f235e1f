"""Who did what to whom: perpetrator and target roles from clause patterns.

An *actor phrase* is either a named actor (:mod:`.actors`) or a generic noun phrase
built around a head noun of conflict reporting ("gunmen", "army", "villagers", "convoy",
"market"), with its modifiers ("Iraqi army", "suspected ISWAP fighters", "a Somali army
convoy"). Roles come from the clause around the phrase (``[[roles.rules]]`` in
``data/roles.toml``, tried in order):

=====================================================  ===========================
pattern                                                role
=====================================================  ===========================
PHRASE attacked / killed / abducted / fired on ...     PHRASE is the perpetrator
... attacked / killed / abducted PHRASE                PHRASE is the target
PHRASE was/were attacked / killed ...                  PHRASE is the target
... by PHRASE (after a violent verb or noun)           PHRASE is the perpetrator
PHRASE('s) (drone|air|missile) strike / attack / raid  PHRASE is the perpetrator
attack / strike / raid on / against / targeting PHRASE PHRASE is the target
PHRASE claimed responsibility; blamed / accused PHRASE PHRASE is the perpetrator
suspect identified as NAME; NAME pleaded guilty        NAME is the perpetrator
=====================================================  ===========================
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.offline.anchored import Anchored
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation, expand, trie_pattern
from summarizer.engines.offline.prefilter import Gated, Match
from summarizer.engines.offline.scan.actors import ActorRules, match_lexicon
from summarizer.engines.offline.scan.places import find_countries
from summarizer.schema import ActorKind

__all__ = [
    "RoleMention",
    "RoleRules",
    "find_roles",
    "head_word",
    "is_facility",
    "is_person_name",
    "is_proper_name",
]

_K = ActorKind
# "fighters loyal to X", "gunmen from X": members and the group they belong to
_BELONG = r"(?:of|from|loyal to|belonging to|linked to|allied (?:to|with)|affiliated (?:to|with))"
# The order kinds are read in: a word listed under two kinds takes the later one.
_KIND_ORDER = ("state_forces", "unknown", "rebel_group", "militia", "criminal_group", "civilians")


@dataclass(frozen=True)
class RoleMention:
    """An actor phrase with the role its clause gives it."""

    name: str
    kind: ActorKind
    role: str
    start: int
    surface: str


class RoleRules:
    """One lexicon's actor phrases and role rules, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("roles")
        fragments = dict(section["fragments"])
        self.window = int(section["window"])
        self.facilities = frozenset(section["facilities"])
        heads: dict[str, ActorKind] = {}
        for kind in _KIND_ORDER:
            heads.update(dict.fromkeys(section["heads"].get(kind, []), ActorKind(kind)))
        heads.update(dict.fromkeys(section["facilities"], _K.unknown))
        self.peoples = frozenset(p.lower() for p in section["peoples"])
        heads.update(dict.fromkeys(self.peoples, _K.civilians))
        self.heads = heads
        self.group_types: dict[str, ActorKind] = {}
        for kind, words in section["group_types"].items():
            self.group_types.update(dict.fromkeys(words, ActorKind(kind)))
        self.connectors = frozenset(section["group_connectors"]) | {"the"}
        self.member_prefix = re.compile(
            expand(rf"^{{@member_word}}\s+{_BELONG}\s+(?:the\s+)?", fragments), re.IGNORECASE
        )
        self.unlisted = re.compile(self._unlisted(section["group_connectors"]))
        # describing words ("opposition", "security"): "Opposition members" is no group
        self.describing = frozenset(
            w.lower() for w in fragments["modifier_word"] if re.fullmatch(r"[\w -]+", w)
        )
        self.rules = [
            (
                rule["role"],
                rule["side"],
                Gated(
                    expand(rule["pattern"], fragments),
                    re.IGNORECASE if rule.get("ignore_case", True) else 0,
                ),
            )
            for rule in section["rules"]
        ]
        self.phrase = self._phrase(lexicon, fragments)
        self.named_doers = [Gated(p, re.IGNORECASE) for p in section["named_doers"]]
        self.not_descriptions = frozenset(section["not_descriptions"])
        self.leading = re.compile(rf"^{alternation(section['leading'])}\s+", re.IGNORECASE)
        self.force_head = re.compile(rf"\b{alternation(section['force_heads'])}$", re.IGNORECASE)
        self.anaphoric = re.compile(
            rf"^(?:its|their|his|her)\s+{alternation(section['anaphoric'])}$", re.IGNORECASE
        )
        self.armed = re.compile(rf"\b{alternation(section['armed'])}\b", re.IGNORECASE)
        self.one_person = frozenset(section["one_person"])
        self.unit = re.compile(rf"^(.*\S)\s+{alternation(section['units'])}$", re.IGNORECASE)
        self.police = frozenset(section["police"])
        self.members = frozenset(section["members"])
        self.forces = frozenset(section["forces"])
        self.demonym_endings = tuple(section["demonym_endings"])
        self.state_words = frozenset(section["state_words"])
        self.insurgent_words = frozenset(section["insurgent_words"])
        self.leading_capitals = frozenset(section["leading_capitals"])

    def _unlisted(self, connectors: list[str]) -> str:
        """A named group the lexicon lacks: capitalised words ending in a group's type word
        ("Kuma Brigade"), perhaps with what it is for ("Front for the Liberation of X")."""
        word = r"[A-ZÀ-Þ][\w'’-]*"
        joins = rf"(?:(?:{'|'.join(connectors)})\s+(?:the\s+)?)?"
        types = trie_pattern(self.group_types)
        return (
            rf"(?-i:(?:{word}\s+{joins}){{0,5}}(?:{types})"
            rf"(?:\s+(?:for|of)\s+(?:the\s+)?{word}(?:\s+(?:of\s+(?:the\s+)?)?{word}){{0,3}})?)"
        )

    def _phrase(self, lexicon: Lexicon, fragments: dict[str, object]) -> Anchored:
        """The actor phrase, searched for near its head nouns and named actors only."""
        named = trie_pattern(lexicon.rules(ActorRules).aliases)
        heads = trie_pattern(self.heads)
        generic = expand(
            rf"{{@modifier}}(?:{heads})(?:\s+{{@generic_tail}})?",
            fragments,  # type: ignore[arg-type]
        )
        tail = expand(r"(?:\s+{@named_tail})?", fragments)  # type: ignore[arg-type]
        # "fighters of the Islamic State's Sahel affiliate": the group the members belong to
        members = expand(
            rf"{{@member_word}}\s+{_BELONG}\s+(?:the\s+)?(?:{named}|{self.unlisted.pattern})"
            r"(?:['’]s(?:\s+[\w-]+){1,2})?",
            fragments,  # type: ignore[arg-type]
        )
        quantity = expand("{@quantity}", fragments)  # type: ignore[arg-type]
        source = (
            rf"(?<![\w-])(?:{quantity})(?P<actor>{members}|(?:{named})(?:\s+(?:{heads}))?"
            rf"{tail}|{generic}|{self.unlisted.pattern})(?![\w-])"
        )
        member_words = expand("{@member_word}", fragments)  # type: ignore[arg-type]
        # before the head or the name only determiners and modifiers, each a whole word
        words: list[str] | None = []
        for name in ("quantity", "modifier"):
            shape = _OPTIONAL.fullmatch(str(fragments.get(name)))
            listed = fragments.get(shape.group(1)) if shape else None
            words = [*words, *listed] if words is not None and isinstance(listed, list) else None
        # the names in lower case find the same places, ignoring case, and the trie of them
        # has a twin (one of "SDF" and "sdf" both in it has none)
        aliases = lexicon.rules(ActorRules).aliases
        names = trie_pattern(a.lower() if a.isascii() else a for a in aliases)
        return Anchored(
            Gated(source, re.IGNORECASE), f"{member_words}|{names}|{heads}", words, re.IGNORECASE
        )


# The shape of the optional words before an actor phrase's head that :class:`Anchored` reads.
_OPTIONAL = re.compile(r"\(\?:\{@(\w+)\}\\s\+\)(?:\{0,\d+\}|\*|\?)")
_DESCRIBED = re.compile(r"\b([a-z][\w-]+) $")
_OF_PLACE = re.compile(r" of (?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")
_SHOUTED = re.compile(r"^[^a-z]*$")


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
    entry, _, _ = max(matches, key=lambda m: m[2] - m[1])
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
    kind = next(
        (
            rules.group_types[typed]
            for i in range(len(words))
            for typed in (" ".join(words[i : i + 2]), words[i])
            if typed in rules.group_types
        ),
        None,
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
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return None
    if any(w.lower() in rules.describing or find_countries(w, lexicon) for w in words):
        return None
    return " ".join(words), _K.unknown, False


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


def _canonical(
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
    named = _lexicon_actor(text, rules, lexicon)
    if named is not None:
        return named
    group = _unlisted_group(text, rules, lexicon)
    if group is not None:
        return group
    unit = rules.unit.match(text)  # "Somali army convoy" names the army
    if unit:
        text = unit.group(1)
        group = _group_by_members(text, rules, lexicon)
        if group is not None:
            return group
    words = text.split()
    head = words[-1].lower()
    two = " ".join(words[-2:]).lower()
    if head in {"people", "persons"}:
        if len(words) > 1 and words[-2].lower() == "displaced":
            return "displaced people", _K.civilians, False
        return "civilians", _K.civilians, False
    if head in {"village", "villages", "hamlet", "hamlets"}:  # "the village was raided"
        return "villagers", _K.civilians, False
    if head in rules.one_person or head == "men":  # "armed men"; "a man was killed"
        if rules.armed.search(text):
            return text, _K.unknown, False
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


def _role_of(
    sentence: str,
    folded: str,
    match: Match,
    rules: RoleRules,
    possible: list[tuple[str, str, Gated]],
) -> str | None:
    """The role of the first rule (of those the sentence's words allow) that fits the phrase."""
    start, end = match.start(), match.end()
    first, last = max(0, start - rules.window), end + rules.window
    before, folded_before = sentence[first:start], folded[first:start]
    after, folded_after = sentence[end:last], folded[end:last]
    for role, side, rule in possible:  # the sentence passed their gates
        if side == "after":
            if rule.match(after, folded_after, checked=True):
                return role
        elif rule.search(before, folded_before, checked=True):
            return role
    return None


def is_person_name(name: str) -> bool:
    """Does an actor phrase read as a person's name ("Brenton Tarrant", "Pieter van der
    Berg"): a proper name (:func:`is_proper_name`) of two or more words?"""
    return len(name.replace("-", " ").split()) >= 2 and is_proper_name(name)


def is_proper_name(name: str) -> bool:
    """Does an actor phrase read as a proper name ("Kuma Brigade", "Lakurawa", "Popular
    Front for the Liberation of Azawad"): its first and last words capitalised, the words
    between capitalised or short joining words?"""
    words = name.replace("-", " ").split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or len(w) <= 4 for w in words)
    )


def head_word(name: str) -> str:
    """The head noun of an actor phrase, lower-cased: "central market of Bocaranga" → "market"."""
    words = name.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def is_facility(name: str, lexicon: Lexicon) -> bool:
    """True for a phrase headed by a place or unit noun ("convoy", "market", "base")."""
    return head_word(name) in lexicon.rules(RoleRules).facilities


def find_roles(sentence: str, lexicon: Lexicon, folded: str | None = None) -> list[RoleMention]:
    """Actor phrases in ``sentence`` with the role their clause gives them, leftmost first.

    One pass finds every actor phrase; each phrase's role is then read from the words
    around it, so the cost grows with the sentence, not with the number of rules.
    """
    rules = lexicon.rules(RoleRules)
    found: list[RoleMention] = []
    if _SHOUTED.match(sentence):  # an all-capitals headline: every word looks like a name
        return found
    folded = lexicon.fold(sentence) if folded is None else folded
    for doer in rules.named_doers:
        for match in doer.finditer(sentence, folded):
            actor = match.group("actor")
            found.append(RoleMention(actor, _K.unknown, "perpetrator", match.start("actor"), actor))
    named = {m.start for m in found}
    # with no rule that could fit, no phrase gets a role: skip the (costly) phrase search
    possible = [rule for rule in rules.rules if rule[2].possible(folded)]
    for match in rules.phrase.finditer(sentence, folded) if possible else ():
        if match.start("actor") in named:
            continue
        role = _role_of(sentence, folded, match, rules, possible)
        if role is None:
            continue
        canonical = _canonical(match.group("actor"), rules, lexicon)
        if canonical is None:
            continue
        if rules.anaphoric.match(match.group(0)):  # "its forces": the group named elsewhere
            continue
        name, kind, facility = canonical
        head = match.group("actor").split()[-1].lower()
        if role == "perpetrator" and kind == _K.civilians and head in rules.one_person:
            name, kind = head, _K.unknown  # "the man who shot dead 51 worshippers"
        if facility and role == "perpetrator":
            role = "target"  # "the market shooting", "the convoy attack": the site was hit
        if facility:  # "the central market", "a vegetable market"
            word = _DESCRIBED.search(sentence, 0, match.start("actor"))
            if word and word.group(1).lower() not in rules.not_descriptions and " " not in name:
                name = f"{word.group(1)} {name}"
        if facility or kind == _K.civilians:  # "the central market of Bocaranga"
            place = _OF_PLACE.match(sentence, match.end("actor"))
            if place:
                name = f"{name}{place.group(0)}"
        found.append(RoleMention(name, kind, role, match.start("actor"), match.group("actor")))
    # "wedding" and "wedding celebration" for the same words: the fuller phrase only
    found = [
        m
        for m in found
        if not any(o is not m and o.role == m.role and _words_within(m.name, o.name) for o in found)
    ]
    return sorted(found, key=lambda m: m.start)


def _words_within(short: str, long: str) -> bool:
    """True when ``short``'s words open or close ``long``'s, and ``long`` has more."""
    a, b = short.lower().split(), long.lower().split()
    return len(a) < len(b) and (b[: len(a)] == a or b[-len(a) :] == a)
