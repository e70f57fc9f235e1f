"""Who did what to whom: perpetrator and target roles from clause patterns.

An *actor phrase* is either a lexicon actor (:mod:`.actors`) or a generic noun phrase
built around a head noun of conflict reporting ("gunmen", "army", "villagers", "convoy",
"market"), with its modifiers ("Iraqi army", "suspected ISWAP fighters", "a Somali army
convoy"). Roles come from the clause around the phrase:

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
suspect / gunman identified as NAME                    NAME is the perpetrator
=====================================================  ===========================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.engines.offline._memo import memo_list
from summarizer.engines.offline._regex import (
    LiteralScan,
    fold_case,
    required_ending,
    trie_pattern,
)
from summarizer.engines.offline.actors import LEXICON, match_lexicon
from summarizer.schema import ActorKind

__all__ = ["RoleMention", "find_roles", "head_word", "is_facility"]

_K = ActorKind

# Places and units: targets, never perpetrators.
_FACILITY_WORDS = (
    "convoy patrol base checkpoint checkpost post outpost position positions barracks market "
    "hotel restaurant cafe nightclub bar mosque mosques church churches temple shrine school "
    "university college hospital clinic building buildings apartment house houses home homes "
    "shop shops store supermarket office offices embassy consulate courthouse bank prison jail "
    "vessel ship tanker boat camp station substation pipeline bridge tower headquarters "
    "compound airport port bus minibus truck lorry pickup car vehicle vehicles train "
    "wedding funeral celebration ceremony gathering"
)

# Head nouns of generic actor phrases, with the kind they imply.
_HEADS: dict[str, ActorKind] = {
    **dict.fromkeys(
        "army military troops soldiers soldier police policemen policeman officers forces "
        "servicemen marines paratroopers gendarmes gendarme gendarmerie guards coastguard navy "
        "commandos personnel rangers constables constable troopers guardsmen conscripts "
        "peacekeepers".split(),
        _K.state_forces,
    ),
    "national guard": _K.state_forces,
    "defense force": _K.state_forces,
    "defence force": _K.state_forces,
    "defense forces": _K.state_forces,
    "defence forces": _K.state_forces,
    "armed forces": _K.state_forces,
    "air force": _K.state_forces,
    "security forces": _K.state_forces,
    "border police": _K.state_forces,
    "riot police": _K.state_forces,
    **dict.fromkeys(
        "gunmen gunman attackers assailants militants insurgents jihadists "
        "extremists fighters kidnappers abductors bombers bomber attacker "
        "assailant shooter".split(),
        _K.unknown,
    ),
    **dict.fromkeys("rebels rebel".split(), _K.rebel_group),
    **dict.fromkeys("militia militias militiamen vigilantes".split(), _K.militia),
    **dict.fromkeys(
        "bandits gang gangs gangsters cartel cartels smugglers pirates traffickers robbers "
        "rustlers raiders".split(),
        _K.criminal_group,
    ),
    **dict.fromkeys(
        "protesters protestors demonstrators rioters mob crowd supporters youths villagers "
        "villager residents resident civilians civilian worshippers worshipers students "
        "student schoolchildren pupils passengers passenger shoppers customers diners guests "
        "employees staff farmers traders women woman girls girl boys boy men man children "
        "child families people fishermen miners workers pilgrims refugees journalists "
        "journalist settlers teachers teacher doctors nurses patients tourists herders "
        "herdsmen hostages commuters motorists drivers pedestrians bystanders mourners "
        "voters inmates prisoners detainees monks priests parishioners congregants "
        "churchgoers displaced crew seafarers sailors village villages hamlet hamlets".split(),
        _K.civilians,
    ),
    # facilities and units are targets, never perpetrators
    **dict.fromkeys(
        _FACILITY_WORDS.split(),
        _K.unknown,
    ),
}
_FACILITIES = frozenset(_FACILITY_WORDS.split())
_MODIFIER = (
    r"(?:(?:suspected|armed|heavily armed|unidentified|unknown|masked|local|security|government|"
    r"state|federal|national|riot|anti-riot|rival|allied|pro-government|opposition|displaced|"
    r"unarmed|young|innocent|military|army|police|naval|border|special|elite|paramilitary|Shia|Sunni|"
    r"cargo|merchant|commercial|passenger|fishing|container|bulk|oil|residential|apartment|"
    r"farming|refugee|aid|relief|displacement|school|market|"
    r"Christian|Muslim|Hindu|Buddhist|(?-i:[A-Z])[\w'’.-]*(?:-(?:backed|led|linked|aligned))?)\s+){0,4}"
)
_QUANTITY = (
    r"(?:(?:the|a|an|its|their|his|her|some|several|many|dozens of|hundreds of|scores of|top|"
    r"senior|prominent|former|"
    r"at least|more than|over|about|around|nearly|\d[\d,]*|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|other)\s+){0,3}"
)

_ATTACK_VERB = (
    r"(?:attacked|attack|attacks|struck|strikes|hit|hits|killed|kills|killing|shot|shelled|"
    r"bombed|ambushed|raided|stormed|targeted|targeting|abducted|kidnapped|seized|captured|"
    r"overran|overrun|besieged|opened fire (?:on|at)|"
    r"fired (?:(?:tear ?gas|live (?:rounds|ammunition|bullets)|rubber bullets|shots|warning shots|"
    r"rockets|missiles|shells) )?(?:on|at|into)|set fire to|torched|"
    r"burned|burnt|looted|assaulted|raped|executed|massacred|beat|beaten|lynched|clashed with|"
    r"fought|engaged|arrested|detained|dispersed|disperse|hacked|stabbed|surrounded|invaded|destroyed|"
    r"launched (?:an? )?(?:attack|assault|strike|raid)s? (?:on|against)|retook|recaptured|"
    r"drove out|pushed back|intercepted|shot down|"
    r"(?:took|seized|regained|retook|wrested) control of|"
    r"(?:threw|hurled|lobbed|tossed) (?:\w+ ){0,3}?(?:grenades?|bombs?|explosives?) (?:into|at|on)|"
    r"dropped (?:\w+ ){0,4}?(?:on|onto)|set ablaze|wounded|"
    r"(?:fired|used|deployed) (?:tear ?gas|pepper spray|water cannons?|rubber bullets|batons|"
    r"live (?:rounds|ammunition|bullets)|force)|injured|gunned down|blew up|"
    r"(?:whisked|took|led|carried|dragged|marched) (?:\w+ ){0,2}?(?:away|off)|snatched|"
    r"(?:drove|rammed|crashed|steered) (?:[\w-]+ ){0,4}?into)"
)
_ATTACK_NOUN = (
    r"(?:attack|attacks|strike|strikes|airstrike|air strike|drone strike|missile strike|raid|"
    r"raids|ambush|assault|offensive|bombardment|shelling|bombing|bombings|operation|incursion|"
    r"massacre|siege|crackdown|abduction|kidnapping|shooting)"
)
_ADVERBS = r"(?:(?:on \w+day|late|early|overnight|reportedly|allegedly|also|then|later|first|had|have|has|who|which|that)\s+){0,3}"


@cache
def _phrase() -> str:
    lexicon = trie_pattern(a for entry in LEXICON for a in entry.aliases)
    heads = trie_pattern(_HEADS)
    generic = rf"{_MODIFIER}(?:{heads})(?:\s+(?:convoy|patrol|unit|base|post|position|positions|checkpoint|members|fighters|commander|leader))?"
    roles = r"(?:\s+(?:leader|leaders|commander|commanders|official|officials|member|members|fighters|positions?|base|convoy|patrol|unit|post|movement|group|militia|militants|rebels|forces|gunmen|elements))?"
    # "fighters of the Islamic State's Sahel affiliate": the group the members belong to
    members = (
        r"(?:fighters|members|militants|gunmen|elements|supporters|loyalists)\s+(?:of|from|loyal to)"
        rf"\s+(?:the\s+)?(?:{lexicon})(?:['’]s(?:\s+[\w-]+){{1,2}})?"
    )
    return rf"(?<![\w-])(?:{_QUANTITY})(?P<actor>{members}|(?:{lexicon})(?:\s+(?:{heads}))?{roles}|{generic})(?![\w-])"


@cache
def _phrase_pattern() -> re.Pattern[str]:
    return re.compile(_phrase(), re.I)


# (role, side, pattern): "after" patterns must match right after the phrase, "before"
# patterns must end right before it. Tried in order; the first that fits gives the role.
_I = re.IGNORECASE
_APPOSITIVE = r"(?:\s*,[^,.;]{1,80},)?"
_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    # "X, the Afghan affiliate of IS, claimed responsibility"; "X claimed the attack"
    (
        "perpetrator",
        "after",
        re.compile(
            rf"{_APPOSITIVE}\s+(?:has |have |had |later |also )?(?:claimed|admitted)\s+(?:responsibility|the (?:attack|bombing|strike|killing|raid|ambush|abduction))",
            _I,
        ),
    ),
    # "X said in a statement that its fighters killed ..."
    (
        "perpetrator",
        "after",
        re.compile(
            rf"{_APPOSITIVE}\s+said\b[^.;]{{0,80}}?\b(?:its|their) (?:fighters|members|men|forces|militants|units?)\b",
            _I,
        ),
    ),
    # "remnants of X were responsible"
    (
        "perpetrator",
        "after",
        re.compile(r"\s+(?:was|were|is|are|had been)\s+(?:\w+\s+)?(?:responsible|behind)\b", _I),
    ),
    # "the attackers, suspected to be X"
    (
        "perpetrator",
        "before",
        re.compile(
            r"\b(?:suspected to be|believed to be|thought to be|presumed to be|suspected of being)\s+(?:members of\s+)?$",
            _I,
        ),
    ),
    (
        "perpetrator",
        "after",
        re.compile(r"\s+(?:claimed|has claimed|have claimed)\s+responsibility", _I),
    ),
    (
        "perpetrator",
        "before",
        re.compile(
            r"(?:blamed|accused|blaming|accusing|blamed on|attributed to|points? to|pointed to|suspected)\s+(?:the attack on\s+)?$",
            _I,
        ),
    ),
    (
        "perpetrator",
        "after",
        re.compile(
            rf"\s+(?:drones?|missiles?|rockets?|warplanes?|jets?|helicopters?|artillery|shells?|gunboats?)\s+(?:\w+\s+){{0,2}}?{_ATTACK_VERB}\b",
            _I,
        ),
    ),
    # "three rangers and a rubber tapper were wounded"
    (
        "target",
        "after",
        re.compile(
            r"(?:\s+(?:and|or)\s+[^.;,]{1,40}?)?"
            r"\s+(?:was|were|had been|have been|has been|being)\s+(?:\w+ly\s+)?"
            rf"(?:{_ATTACK_VERB}|hurt|martyred|taken hostage|held hostage|taken captive)",
            _I,
        ),
    ),
    (
        "perpetrator",
        "before",
        re.compile(
            rf"\b(?:{_ATTACK_VERB}|{_ATTACK_NOUN}|carried out|launched|claimed|killed|wounded)\b[^.;]{{0,60}}?\bby\s+$",
            _I,
        ),
    ),
    (
        "perpetrator",
        "after",
        re.compile(
            rf"(?:'s|’s)?\s+(?:(?:drone|air|missile|rocket|artillery|mortar|naval|ground|suicide|military)\s+)?{_ATTACK_NOUN}\b",
            _I,
        ),
    ),
    ("target", "before", re.compile(rf"\b{_ATTACK_NOUN}\s+(?:on|against|targeting|at|of)\s+$", _I)),
    # "struck a pickup carrying five rangers"
    (
        "target",
        "before",
        re.compile(
            rf"\b(?:{_ATTACK_VERB}|{_ATTACK_NOUN})\b[^.;]{{0,60}}?\b(?:carrying|transporting|ferrying)\s+$",
            _I,
        ),
    ),
    # "opened fire inside the market"; "a bomb exploded at a checkpoint"
    (
        "target",
        "before",
        re.compile(
            r"\b(?:opened fire|shots (?:were )?fired|gunfire|exploded|detonated|went off|"
            r"blew (?:himself|herself|themselves) up)\s+(?:inside|at|in|near|outside)\s+"
            r"(?:(?:the|a|an)\s+)?(?:(?!(?:in|at|on|of|near|and|with|by|from|to|when|as|while|"
            r"time)\b)[a-z][\w-]*\s+){0,2}$",
            _I,
        ),
    ),
    (
        "perpetrator",
        "after",
        re.compile(
            rf"(?:\s+(?:on|in|riding|armed with|wearing|from)\s+[\w-]+(?:\s+[\w-]+)?)?\s+{_ADVERBS}{_ATTACK_VERB}\b"
            # "soldiers killed in the attack" are not the killers
            r"(?!\s+(?:in|when|by|during|while|after)\b)",
            _I,
        ),
    ),
    # "pirates boarded the tanker and kidnapped six crew members"
    (
        "perpetrator",
        "after",
        re.compile(rf"\s+[a-z]+ed\b[^.;,]{{0,40}}?\band\s+{_ATTACK_VERB}\b", _I),
    ),
    ("target", "before", re.compile(rf"\b{_ATTACK_VERB}\s+$", _I)),
    # "set fire to the central market": a facility after a word or two of description
    (
        "target",
        "before",
        re.compile(
            rf"\b{_ATTACK_VERB}\s+(?:(?:the|a|an)\s+)?"
            r"(?:(?!(?:in|at|on|of|near|and|with|by|from|to)\b)[a-z][\w-]*\s+){1,2}$",
        ),
    ),
    # "X said it had regained control of the town"
    (
        "perpetrator",
        "after",
        re.compile(
            rf"{_APPOSITIVE}\s+said\s+(?:on \w+\s+)?(?:it|they)\s+(?:had\s+)?{_ATTACK_VERB}", _I
        ),
    ),
    # "retook the town from X"; "after X withdrew": the side that lost ground
    (
        "target",
        "before",
        re.compile(
            r"\b(?:retook|recaptured|captured|seized|took|control of|wrested|drove|pushed)\b"
            r"[^.;]{0,60}?\bfrom\s+$",
            _I,
        ),
    ),
    ("target", "after", re.compile(r"\s+(?:had\s+)?(?:withdrew|retreated|pulled out)\b", _I)),
]
_IDENTIFIED = re.compile(
    r"(?:suspect|gunman|shooter|attacker|assailant|bomber)\b[^.]{0,40}?\b(?:identified as|named as|named)\s+"
    r"(?P<actor>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]*){1,3})"
)
_WINDOW = 100
_DESCRIBED = re.compile(r"\b([a-z][\w-]+) $")
_NOT_DESCRIPTIONS = frozenset(
    "the a an and or of in at on to by from with near into its their his her this that whose "
    "our your my "
    "crowded busy packed main small large big old new".split()
)
_OF_PLACE = re.compile(r" of (?-i:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")


@dataclass(frozen=True)
class RoleMention:
    """An actor phrase with the role its clause gives it."""

    name: str
    kind: ActorKind
    role: str
    start: int
    surface: str


_LEADING = re.compile(r"^(?:the|a|an|its|their|his|her|suspected|some|other)\s+", re.I)


_FORCE_HEAD = re.compile(
    r"\b(?:army|military|forces|troops|soldiers|police|navy|air force|marines)$", re.I
)


def _lexicon_actor(text: str) -> tuple[str, ActorKind, bool] | None:
    """The lexicon actor a phrase names, if any ("Kurdish-led Syrian Democratic Forces" → SDF).

    State forces keep the article's phrase when it names a force ("Israeli forces"), so the
    brief says which force; a bare country ("U.S." in "U.S. drone strike") takes the lexicon name.
    """
    matches = match_lexicon(text)
    if not matches:
        return None
    entry, _, _ = max(matches, key=lambda m: m[2] - m[1])
    name, kind = entry.name, entry.kind
    if kind == _K.state_forces and _FORCE_HEAD.search(text):
        return text, kind, False
    return name, kind, False


_SHOUTED = re.compile(r"^[^a-z]*$")
_ANAPHORIC = re.compile(
    r"^(?:its|their|his|her)\s+(?:forces|troops|fighters|men|members|units?|soldiers)$", re.I
)
_ARMED = re.compile(r"\b(?:armed|masked|unidentified|unknown|gun-toting|hooded)\b", re.I)
_ONE_PERSON = frozenset("man woman boy girl child civilian villager resident person".split())
_MEMBERS = frozenset({"soldiers", "troops", "servicemen", "personnel"})
_FORCES = frozenset({"army", "military", "navy", "police", "gendarmerie"})


def _force_name(words: list[str]) -> str | None:
    """Members named for their force ("Army soldiers" → "Army"; "Iraqi soldiers" → "Iraqi
    army"), as reports and labels name the force, not its members."""
    if len(words) < 2 or words[-1].lower() not in _MEMBERS:
        return None
    if words[-2].lower() in _FORCES:
        return " ".join(words[:-1])
    if words[-2][:1].isupper() and words[-2].lower().endswith(
        ("i", "n", "an", "ese", "ish", "ian")
    ):
        return f"{' '.join(words[:-1])} army"
    return None


def _canonical(surface: str) -> tuple[str, ActorKind, bool] | None:
    """(name, kind, is_facility) for an actor phrase, or None when it names no actor."""
    text = surface.strip(" ,;:")
    if text.endswith(".") and not re.search(r"(?:\b\w\.){2,}$", text):
        text = text[:-1]
    while True:
        stripped = _LEADING.sub("", text)
        if stripped == text:
            break
        text = stripped
    if not text:
        return None
    named = _lexicon_actor(text)
    if named is not None:
        return named
    # "Somali army convoy" names the army: a unit word after an actor head is dropped
    unit = re.match(
        r"^(.*\S)\s+(?:convoy|patrol|unit|base|post|position|positions|checkpoint|"
        r"leaders?|commanders?|officials?|members?|fighters)$",
        text,
        re.I,
    )
    if unit:
        text = unit.group(1)
    words = text.split()
    head = words[-1].lower()
    two = " ".join(words[-2:]).lower()
    if head in {"people", "persons"}:
        if len(words) > 1 and words[-2].lower() == "displaced":
            return "displaced people", _K.civilians, False
        return "civilians", _K.civilians, False
    if head in {"village", "villages", "hamlet", "hamlets"}:  # "the village was raided"
        return "villagers", _K.civilians, False
    if head in _ONE_PERSON or head == "men":  # "armed men"; "a man was killed": civilians
        if _ARMED.search(text):
            return text, _K.unknown, False
        return "civilians", _K.civilians, False
    if " ".join(words).lower() in {
        "officers",
        "police officers",
        "policemen",
        "riot police",
        "anti-riot officers",
    }:
        return "police", _K.state_forces, False
    force = _force_name(words)
    if force is not None:
        return force, _K.state_forces, False
    kind = _HEADS.get(two) or _HEADS.get(head)
    if kind is None:
        # a named person ("Darren Keller"): every word capitalised
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            return text, _K.unknown, False
        return None
    return text, kind, head in _FACILITIES


@cache
def _rule_scan() -> LiteralScan:
    """Which rules' words a sentence has: a rule without them cannot fit any phrase in it."""
    return LiteralScan([rule for _, _, rule in _RULES])


@cache
def _rule_endings() -> list[tuple[str, ...] | None]:
    """What the words before a phrase must end with for each "before" rule to fit ("by")."""
    endings: list[tuple[str, ...] | None] = []
    for _, side, rule in _RULES:
        ending = required_ending(rule) if side == "before" else None
        endings.append(tuple(sorted(ending)) if ending is not None else None)
    return endings


def _role_of(
    sentence: str, match: re.Match[str], folded: str, possible: frozenset[int]
) -> str | None:
    """The role of the first rule that fits the phrase; ``folded`` is the case-folded
    sentence and ``possible`` the rules its words allow, so most rules are never tried."""
    start = max(0, match.start() - _WINDOW)
    before = sentence[start : match.start()]
    after = sentence[match.end() : match.end() + _WINDOW]
    endings = _rule_endings()
    stripped: str | None = None
    for index, (role, side, rule) in enumerate(_RULES):
        if index not in possible:
            continue
        if side == "after":
            if rule.match(after):
                return role
            continue
        ending = endings[index]
        if ending is not None:
            if stripped is None:
                stripped = folded[start : match.start()].rstrip()
            if not stripped.endswith(ending):
                continue
        if rule.search(before):
            return role
    return None


def head_word(name: str) -> str:
    """The head noun of an actor phrase, lower-cased: "central market of Bocaranga" → "market"."""
    words = name.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def is_facility(name: str) -> bool:
    """True for a phrase headed by a place or unit noun ("convoy", "market", "base")."""
    return head_word(name) in _FACILITIES


@memo_list
def find_roles(sentence: str) -> list[RoleMention]:
    """Actor phrases in ``sentence`` with the role their clause gives them, leftmost first.

    One pass finds every actor phrase; each phrase's role is then read from the few words
    around it, so the cost grows with the sentence, not with the number of rules.
    """
    found: list[RoleMention] = []
    if _SHOUTED.match(sentence):  # an all-capitals headline: every word looks like a name
        return found
    for match in _IDENTIFIED.finditer(sentence):
        found.append(
            RoleMention(
                match.group("actor"),
                _K.unknown,
                "perpetrator",
                match.start("actor"),
                match.group("actor"),
            )
        )
    named = {m.start for m in found}
    folded = fold_case(sentence)
    possible = _rule_scan().candidates(folded)
    # with no rule that could fit, no phrase gets a role: skip the (costly) phrase search
    for match in _phrase_pattern().finditer(sentence) if possible else ():
        if match.start("actor") in named:
            continue
        role = _role_of(sentence, match, folded, possible)
        if role is None:
            continue
        canonical = _canonical(match.group("actor"))
        if canonical is None:
            continue
        if _ANAPHORIC.match(match.group(0)):  # "its forces": the group named elsewhere
            continue
        name, kind, facility = canonical
        if facility and role == "perpetrator":
            role = "target"  # "the market shooting", "the convoy attack": the site was hit
        if facility:  # "the central market", "a vegetable market"
            word = _DESCRIBED.search(sentence, 0, match.start("actor"))
            if word and word.group(1).lower() not in _NOT_DESCRIPTIONS and " " not in name:
                name = f"{word.group(1)} {name}"
        if facility or kind == _K.civilians:  # "the central market of Bocaranga"
            place = _OF_PLACE.match(sentence, match.end("actor"))
            if place:
                name = f"{name}{place.group(0)}"
        found.append(RoleMention(name, kind, role, match.start("actor"), match.group("actor")))
    # "wedding" and "wedding celebration" for the same words: the fuller phrase only
    within = _openings_and_closings(found)
    found = [m for m in found if (m.role, tuple(m.name.lower().split())) not in within]
    return sorted(found, key=lambda m: m.start)


def _openings_and_closings(found: list[RoleMention]) -> set[tuple[str, tuple[str, ...]]]:
    """(role, words) for every run of words that opens or closes a longer mention's name:
    a mention whose words are one of them is within another. A set, not a test of every
    pair, so a sentence with thousands of mentions costs linear time, not quadratic."""
    runs: set[tuple[str, tuple[str, ...]]] = set()
    for mention in found:
        words = tuple(mention.name.lower().split())
        for size in range(1, len(words)):
            runs.add((mention.role, words[:size]))
            runs.add((mention.role, words[-size:]))
    return runs
