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

A phrase no rule reads takes the role the violent clause's grammar gives it (its subject
or its object, :mod:`.clauses`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.offline.anchored import Anchored
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation, expand, trie_pattern
from summarizer.engines.offline.prefilter import Gated, GateSet, Match
from summarizer.engines.offline.scan import clauses, phrases, rolejoin
from summarizer.engines.offline.scan.actors import ActorRules
from summarizer.engines.offline.scan.naming import canonical_actor
from summarizer.schema import ActorKind

__all__ = [
    "RoleMention",
    "RoleRules",
    "find_roles",
    "head_word",
    "is_facility",
    "is_people_head",
    "is_person_name",
    "is_proper_name",
]

_K = ActorKind
# "fighters loyal to X", "gunmen from X": members and the group they belong to (perhaps
# through a part of it: "fighters of a faction of X", ``part_of`` in ``[roles.fragments]``)
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
    #: the role comes from a claim or an accusation ("X claimed", "blamed X"), not a deed
    attributed: bool = False


class RoleRules:
    """One lexicon's actor phrases and role rules, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("roles")
        fragments = dict(section["fragments"])
        self.window = int(section["window"])
        self.facilities = frozenset(section["facilities"])
        self.areas = tuple(section["areas"])
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
            expand(rf"^{{@member_word}}\s+{_BELONG}\s+(?:the\s+)?{{@part_of}}", fragments),
            re.IGNORECASE,
        )
        self.group_after = tuple(section["group_after"])
        self.group_openers = frozenset(section["group_openers"])
        self.particles = tuple(section["name_particles"])
        self.owned = frozenset(section["owned"])
        self.possessive = re.compile(r"(?:his|her|their)\s", re.IGNORECASE)
        self.of_whom = re.compile(rf"\s*,?\s*{fragments['of_whom']}", re.IGNORECASE)
        particles = alternation(section["name_particles"])
        self.particle = re.compile(rf"^{particles}(?:-|$)")
        place_word = rf"(?:{particles}-)?[A-Z][\w'’-]*"  # "Wad al-Nourah"
        self.of_place = re.compile(rf" of {place_word}(?: {place_word}){{0,3}}")
        self.unlisted = re.compile(self._unlisted(section["group_connectors"]))
        # what every match of it holds: a type word, whole and in its case
        joined = rf"-(?:{alternation(section['name_particles'])})-"
        self.group_type_word = re.compile(
            rf"(?<![\w-])(?:{trie_pattern([*self.group_types, *self.group_openers])})"
            rf"(?:(?![\w-])|(?={joined}))"
        )
        # describing words ("opposition", "security"): "Opposition members" is no group
        self.describing = frozenset(
            w.lower() for w in fragments["modifier_word"] if re.fullmatch(r"[\w -]+", w)
        ) | frozenset(w.lower() for w in section["describing"])
        self.rules = [
            (
                rule["role"],
                rule["side"],
                Gated(
                    expand(rule["pattern"], fragments),
                    re.IGNORECASE if rule.get("ignore_case", True) else 0,
                ),
                bool(rule.get("attributed", False)),
            )
            for rule in section["rules"]
        ]
        self.gates = GateSet([rule[2] for rule in self.rules])  # which a sentence can hold
        self.phrase = self._phrase(lexicon, fragments)
        self.named_doers = [Gated(p, re.IGNORECASE) for p in section["named_doers"]]
        self.not_descriptions = frozenset(section["not_descriptions"])
        self.leading = re.compile(rf"^{alternation(section['leading'])}\s+", re.IGNORECASE)
        self.force_head = re.compile(rf"\b{alternation(section['force_heads'])}$", re.IGNORECASE)
        self.anaphoric = re.compile(
            rf"^(?:its|their|his|her)\s+{alternation(section['anaphoric'])}$", re.IGNORECASE
        )
        self.anaphoric_heads = frozenset(section["anaphoric_heads"])
        self.named_by_apposition = frozenset(section["named_by_apposition"])
        self.appositive_name = re.compile(section["appositive_name"])
        self.armed = re.compile(rf"\b{alternation(section['armed'])}\b", re.IGNORECASE)
        self.one_person = frozenset(section["one_person"])
        self.described_person = re.compile(section["described_person"], re.IGNORECASE)
        self.driven = re.compile(section["driven"], re.IGNORECASE)
        self.ridden = re.compile(section["ridden"], re.IGNORECASE)
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
        word = r"(?:[A-ZÀ-Þ]|\d+(?:st|nd|rd|th)\b)[\w'’-]*"  # "444th Brigade"
        joins = rf"(?:(?:{'|'.join(connectors)})\s+(?:the\s+)?)?"
        types = trie_pattern(self.group_types)
        after = "|".join(self.group_after)
        openers = "|".join(sorted(self.group_openers, key=lambda w: (-len(w), w)))
        particle = rf"(?:{'|'.join(self.particles)})-"
        return (
            # a type word and "and" end one name: "the X Force and the Y Brigade" are two
            rf"(?-i:(?:(?!(?:{types})\s+and\s){word}\s+{joins}){{0,5}}(?:{types})"
            rf"(?:\s+(?:{after})\s+(?:the\s+)?{word}(?:\s+(?:of\s+(?:the\s+)?)?{word}){{0,3}})?"
            # a name opened by its type word ("Katiba Macina", "Jaish al-Adl"), perhaps
            # joined to the next by a particle ("Tehreek-e-Jihad Pakistan")
            rf"|(?:{openers})(?:-{particle}{word}(?:\s+{word}){{0,2}}"
            rf"|(?:\s+(?:{particle})?{word}){{1,3}}))"
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
            rf"{{@member_word}}\s+{_BELONG}\s+(?:the\s+)?{{@part_of}}(?:{named}|{self.unlisted.pattern})"
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
            Gated(source, re.IGNORECASE),
            f"{member_words}|{names}|{heads}",
            words,
            re.IGNORECASE,
            unanchored=self.group_type_word,
        )


# The shape of the optional words before an actor phrase's head that :class:`Anchored` reads.
_OPTIONAL = re.compile(r"\(\?:\{@(\w+)\}\\s\+\)(?:\{0,\d+\}|\*|\?)")
_DESCRIBED = re.compile(r"(?<![\w-])([a-z][\w-]+) $")
_SHOUTED = re.compile(r"^[^a-z]*$")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "444th Brigade"


def _role_of(
    sentence: str,
    folded: str,
    match: Match,
    rules: RoleRules,
    possible: list[tuple[str, str, Gated, bool]],
    end: int | None = None,
) -> tuple[str, bool] | None:
    """The role of the first rule (of those the sentence's words allow) that fits the phrase
    (``end``: where the phrase ends when read past its match)."""
    start, end = match.start(), match.end() if end is None else end
    first, last = max(0, start - rules.window), end + rules.window
    before, folded_before = sentence[first:start], folded[first:start]
    after, folded_after = sentence[end:last], folded[end:last]
    for role, side, rule, attributed in possible:  # the sentence passed their gates
        if side == "after":
            if rule.match(after, folded_after, checked=True):
                return role, attributed
        elif rule.search(before, folded_before, checked=True):
            return role, attributed
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
        and (words[0][:1].isupper() or _ORDINAL.fullmatch(words[0]) is not None)
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or len(w) <= 4 or _ORDINAL.fullmatch(w) for w in words)
    )


def head_word(name: str) -> str:
    """The head noun of an actor phrase, lower-cased: "central market of Bocaranga" → "market"."""
    words = name.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def is_people_head(name: str, lexicon: Lexicon) -> bool:
    """Is a phrase headed by a generic word for people ("American journalists", "Palestinian
    worshippers"): the head noun, not the nation before it, says who they are."""
    return lexicon.rules(RoleRules).heads.get(head_word(name)) == _K.civilians


def is_facility(name: str, lexicon: Lexicon) -> bool:
    """True for a phrase headed by a place or unit noun ("convoy", "market", "base")."""
    rules = lexicon.rules(RoleRules)
    return head_word(name) in rules.facilities and not name.lower().endswith(rules.areas)


def _no_subject(match: Match, lexicon: Lexicon) -> bool:
    """No doer of its own for the clause's grammar: a place or unit ("the convoy hit a
    mine"), or one person named back with "the" ("The woman ... detonated"), the doer the
    article described before."""
    rules = lexicon.rules(RoleRules)
    words = match.group(0).lower().split()
    return is_facility(match.group("actor"), lexicon) or (
        words[0] == "the" and words[-1] in rules.one_person
    )


def find_roles(
    sentence: str, lexicon: Lexicon, folded: str | None = None, grammar_only: bool = False
) -> list[RoleMention]:
    """Actor phrases in ``sentence`` with the role their clause gives them, leftmost first
    (``grammar_only``: by the violent clause's grammar alone, as a title is read).

    One pass finds every actor phrase; each phrase's role is then read from the words
    around it, so the cost grows with the sentence, not with the number of rules.
    """
    rules = lexicon.rules(RoleRules)
    found: list[RoleMention] = []
    if _SHOUTED.match(sentence):  # an all-capitals headline: every word looks like a name
        return found
    folded = lexicon.fold(sentence) if folded is None else folded
    for doer in [] if grammar_only else rules.named_doers:
        for match in doer.finditer(sentence, folded):
            actor = match.group("actor")
            found.append(RoleMention(actor, _K.unknown, "perpetrator", match.start("actor"), actor))
    taken = {f.start for f in found}
    people = [] if grammar_only else rolejoin.person_doers(sentence, lexicon)
    found += [m for m in people if m.start not in taken]
    named = {m.start for m in found}
    unread: list[Match] = []
    # with no rule that could fit, no phrase gets a role: skip the (costly) phrase search
    possible = [] if grammar_only else [rules.rules[i] for i in rules.gates.possible(folded)]
    read = possible or clauses.may_hold(folded, lexicon)
    matches = list(rules.phrase.finditer(sentence, folded)) if read else []
    # the fallback for phrases no rule reads: the violent clause's subject and object
    no_subject = lambda m: _no_subject(m, lexicon)  # noqa: E731
    grammar = clauses.clause_roles(sentence, matches, lexicon, no_subject, grammar_only)
    read_by_grammar: set[int] = set()
    for match in matches:
        if match.start("actor") in named:
            continue
        longer = phrases.crowd_named(sentence, match, lexicon)
        end = longer.end if longer else None
        found_role = _role_of(sentence, folded, match, rules, possible, end)
        if found_role is None and match.start() in grammar:
            found_role = grammar[match.start()], False
            read_by_grammar.add(match.start("actor"))
        if found_role is None or phrases.ally(sentence, match.start(), lexicon):
            unread.append(match)  # perhaps joined to a phrase that has a role ("X and Y")
            continue
        role, attributed = found_role
        canonical = canonical_actor(match.group("actor"), rules, lexicon)
        if canonical is None:
            continue
        canonical = phrases.reach(sentence, match, role, canonical, longer, rules, lexicon)
        if canonical is None:
            continue  # "stormed the US Capitol": the Capitol, not the state, was hit
        canonical = rolejoin.by_apposition(sentence, match, canonical, rules, lexicon)
        canonical = rolejoin.named_person(sentence, match, canonical, lexicon)
        if rules.anaphoric.match(match.group(0)):  # "its forces": the group named elsewhere
            continue
        name, kind, facility = canonical
        head = match.group("actor").split()[-1].lower()
        generic_force = kind == _K.state_forces and name == name.lower()
        if role == "target" and head in rules.facilities and generic_force:
            # "attacked an army checkpoint": the post, as the article names it
            name, kind, facility = match.group("actor").lower(), _K.unknown, True
        if role == "perpetrator" and kind == _K.civilians and head in rules.one_person:
            # "the man who shot dead 51 worshippers"; "a 28-year-old Afghan man" as described
            described = rules.described_person.search(match.group("actor"))
            name = rules.leading.sub("", match.group("actor")) if described else head
            kind = _K.unknown
        if role == "perpetrator" and not facility:  # "two men on a motorbike", as described
            name, kind = phrases.described_doer(sentence, match, name, kind, lexicon)
        if facility and head in rules.owned and rules.possessive.match(match.group(0)):
            continue  # "a bomb destroyed her car": she was the target, named elsewhere
        if facility and role == "perpetrator" and rolejoin.vehicle(sentence, match, rules):
            continue  # "a lorry ploughed into the market": the weapon, not the target
        if facility and role == "perpetrator":
            role = "target"  # "the market shooting", "the convoy attack": the site was hit
        if facility:  # "the central market", "a vegetable market"
            word = _DESCRIBED.search(sentence, 0, match.start("actor"))
            if word and word.group(1).lower() not in rules.not_descriptions and " " not in name:
                name = f"{word.group(1)} {name}"
        if (facility or kind == _K.civilians) and not longer:  # "central market of Bocaranga"
            place = rules.of_place.match(sentence, match.end("actor"))
            if place:
                name = f"{name}{place.group(0)}"
        found.append(
            RoleMention(name, kind, role, match.start("actor"), match.group("actor"), attributed)
        )
        pair = phrases.first_of_pair(sentence, match.start(), match.group(0), match.end(), lexicon)
        other = canonical_actor(pair, rules, lexicon) if pair and role == "target" else None
        if other and pair:  # "Thai and Cambodian troops traded fire": the Thai side opened it
            found.append(RoleMention(other[0], other[1], "perpetrator", match.start(), pair))
    if any(m.role == "target" and m.start not in read_by_grammar for m in found):
        found = [m for m in found if m.role != "target" or m.start not in read_by_grammar]
    # "wedding" and "wedding celebration" for the same words, "village" inside "village
    # mosque": the fuller phrase only
    found = [
        m
        for m in found
        if not any(
            o is not m
            and o.role == m.role
            and (phrases.words_within(m.name, o.name) or phrases.inside(m, o))
            for o in found
        )
    ]
    found = rolejoin.joined(sorted(found, key=lambda m: m.start), unread, sentence, lexicon)
    return rolejoin.who_they_were(found, sentence, rules)
