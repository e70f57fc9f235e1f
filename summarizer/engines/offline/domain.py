"""A domain lexicon: one engine instance's vocabulary for one kind of text.

The engine's own tables are written for present-day English news. A corpus from another
time or region (MUC-4: Latin American wire reports of 1989-1992, lower-cased) names other
armed groups, weapons and targets, and writes names without capitals. A
:class:`DomainLexicon` carries that vocabulary to *one* engine
(``OfflineEngine(lexicon=...)``). Every pattern built from it is kept on the lexicon
instance, never in a module-level cache, so an engine without a lexicon briefs exactly as
before, whatever other engines run in the same process.

With a lexicon, the engine

- counts the domain's words as signs of violence (:func:`incident_score`: its groups,
  perpetrators and weapons, and words such as "dynamited" or "murder"), and takes an
  article its own cues miss for an attack or explosion when it has such a word
  (:func:`incident_cue`);
- adds to the brief, from the main-incident sentences (:func:`extend`), each find citing
  its sentence as evidence:

  - **perpetrators**: the lexicon's organisations named in sentences that report violence
    ("fmln", "shining path"; each once, by its usual alias), its phrases for individuals
    ("urban guerrillas"), and *doers*: a noun phrase headed by one of its perpetrator
    nouns before a violent verb or after "by" ("three heavily armed men dynamited",
    "killed by members of the fmln");
  - **weapons**: the lexicon's weapon terms ("dynamite", "car bomb"), longest first;
  - **targets**: in a sentence that reports damage or an attack, every noun phrase headed
    by one of its target nouns ("telephone office", "110,000-volt primary lines"),
    without a bare noun that a fuller phrase already names;
  - **named casualties**: people named in a sentence that says they were killed, hurt or
    taken, unless the clause makes them speakers ("jose perez said") or doers ("killed by
    jose perez"). Without capitals, a name is found by its first name (the lexicon's
    ``given_names``) and the name words after it, up to a common word, punctuation, a
    verb in -ed, a title or a possessive ("luis carlos galan's").

A noun phrase here is its head noun with up to three words before it that may describe it:
no determiner, number, preposition, verb, hedge ("presumed") or date word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from summarizer.engines.offline import classify
from summarizer.engines.offline._regex import trie_pattern
from summarizer.engines.offline.actors import LexiconEntry
from summarizer.engines.offline.text import Sentence
from summarizer.schema import Actor, ActorKind, CasualtyStatus, NamedCasualty, SubEventType

__all__ = ["DomainLexicon", "extend", "incident_cue", "incident_score"]


@dataclass(frozen=True, eq=False)
class DomainLexicon:
    """Extra vocabulary for one engine (module docstring). Every field may be empty."""

    #: Named armed groups and forces, each with its aliases and kind.
    organisations: tuple[LexiconEntry, ...] = ()
    #: Phrases that name perpetrators as individuals ("urban guerrillas").
    individuals: tuple[str, ...] = ()
    #: Weapon terms, as the text writes them ("dynamite", "car bomb").
    weapons: tuple[str, ...] = ()
    #: Head nouns of perpetrators named as people ("guerrillas", "men", "individuals").
    perpetrator_heads: frozenset[str] = field(default_factory=frozenset)
    #: Head nouns of physical targets ("office", "pylons", "embassy").
    target_heads: frozenset[str] = field(default_factory=frozenset)
    #: Words written right before a person's name ("mayor", "priest", "senator").
    titles: frozenset[str] = field(default_factory=frozenset)
    #: First names that begin a person's name ("luis", "maria").
    given_names: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def _organisation_scan(self) -> tuple[re.Pattern[str] | None, dict[str, LexiconEntry]]:
        by_alias = {a.lower(): e for e in self.organisations for a in e.aliases}
        return _words_pattern(by_alias), by_alias

    @cached_property
    def _individual_scan(self) -> re.Pattern[str] | None:
        return _words_pattern(self.individuals)

    @cached_property
    def _weapon_scan(self) -> re.Pattern[str] | None:
        return _words_pattern(self.weapons)

    def organisations_in(self, text: str) -> list[tuple[LexiconEntry, int, int]]:
        """Organisations named in ``text``: (entry, start, end), leftmost first."""
        pattern, by_alias = self._organisation_scan
        if pattern is None:
            return []
        return [(by_alias[m.group(0).lower()], m.start(), m.end()) for m in pattern.finditer(text)]

    def individuals_in(self, text: str) -> list[str]:
        """Perpetrator phrases in ``text``, as written (longest match at each position)."""
        return _found(self._individual_scan, text)

    def weapons_in(self, text: str) -> list[str]:
        """Weapon terms in ``text``, as written (longest match at each position)."""
        return _found(self._weapon_scan, text)

    def doers_in(self, text: str) -> list[str]:
        """Phrases headed by a perpetrator head noun where the clause makes them the doers:
        before a violent verb ("three armed men dynamited", "guerrillas, who had
        kidnapped") or after "by" ("was killed by unidentified individuals"); "members of
        the fmln" keeps its "of" phrase."""
        if not self.perpetrator_heads or not _VIOLENT.search(text):
            return []
        found = []
        for start, end in _phrases(text, self.perpetrator_heads):
            end = _with_of_phrase(text, end)
            if _is_doer(text, start, end):
                found.append(text[start:end])
        return found

    def targets_in(self, text: str) -> list[str]:
        """Facility phrases in ``text`` when it reports damage or an attack: a target head
        noun with up to three words before it that describe it ("telephone office",
        "110,000-volt primary lines"), without determiners, numbers or verbs."""
        if not self.target_heads or not _DAMAGE.search(text):
            return []
        return [text[start:end] for start, end in _phrases(text, self.target_heads)]

    def names_in(self, text: str) -> list[tuple[str, int, int]]:
        """People named in ``text``: (name, start, end), leftmost first. A name starts with
        one of the lexicon's first names and runs over the name words after it (module
        docstring); a run followed by an institution's noun ("juan ramon belloso
        battalion", "pablo tobon uribe hospital") names the institution, not a person."""
        if not self.given_names:
            return []
        words = list(_NAME_WORD.finditer(text))
        names: list[tuple[str, int, int]] = []
        i = 0
        while i < len(words):
            if words[i].group(0).lower() not in self.given_names:
                i += 1
                continue
            end, offset = _name_end(text, words, i, self.titles)
            institution = end < len(words) and words[end].group(0).lower() in _INSTITUTIONS
            if end - i >= 2 and not institution:
                first = words[i].start()
                names.append((text[first:offset], first, offset))
            i = max(end, i + 1)
        return names


def _words_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    words = {t.lower() for t in terms if t.strip()}
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(words)})(?![\w-])", re.IGNORECASE)


def _found(pattern: re.Pattern[str] | None, text: str) -> list[str]:
    return [m.group(0) for m in pattern.finditer(text)] if pattern is not None else []


# A sentence that reports damage or an attack: its facility phrases are targets.
_DAMAGE = re.compile(
    r"\b(?:attack|bomb|dynamit|explo|destroy|damag|burn|set fire|on fire|fire to|blew|blown|"
    r"blast|sabotag|hurl|grenade)",
    re.IGNORECASE,
)
_PHRASE_WORD = re.compile(r"[a-z0-9][a-z0-9'.,-]*[a-z0-9.]|[a-z0-9]", re.IGNORECASE)
_MAX_MODIFIERS = 3
# Words that never describe a facility: they end the words before its head noun.
_NOT_MODIFIERS = frozenset(
    """
    a an the this that these those his her its their our my your some several various many
    other another one two three four five six seven eight nine ten dozen all both each
    any no every
    was were is are be been being has have had will would could should may might can must
    do does did
    and or but nor of in on at by for from with to into onto near against after before
    during while when where which who whom whose as than like about over under between
    outside inside behind through up down off out
    said says reported according attacked attack attacks dynamited bombed bombing destroyed
    destroying damaged damaging burned burning set fire blew blowing exploded placed
    planted hurled hit raided struck machinegunned
    also yesterday today tonight last night morning afternoon evening then there here now
    not only even just so very too presumed suspected alleged allegedly possible reportedly
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


def _phrases(text: str, heads: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each noun phrase headed by one of ``heads``: the head with up to
    :data:`_MAX_MODIFIERS` words before it that may describe it."""
    words = list(_PHRASE_WORD.finditer(text))
    found = []
    for i, word in enumerate(words):
        head = word.group(0).rstrip(".,")
        if head.lower() not in heads:
            continue
        first = i
        while first > 0 and i - first < _MAX_MODIFIERS:
            before = words[first - 1]
            gap = text[before.end() : words[first].start()]
            if gap != " " or not _modifies(before.group(0)):
                break
            first -= 1
        found.append((words[first].start(), word.start() + len(head)))
    return found


# "members of the fmln", "group of armed men": the "of" phrase names who they are
_GROUP_HEAD = re.compile(r"(?:members|member|group|groups|band|bands|squads?|units?)$", re.I)
_OF_PHRASE = re.compile(r" of (?:the )?(?:[a-z][\w.'-]*(?: |(?=[,.;:)]|$))){1,5}", re.I)


def _with_of_phrase(text: str, end: int) -> int:
    """``end`` moved past an "of" phrase when the phrase ending there is a group word."""
    if not _GROUP_HEAD.search(text, max(0, end - 8), end):
        return end
    match = _OF_PHRASE.match(text, end)
    if match is None:
        return end
    kept = end
    for i, word in enumerate(_OF_WORD.finditer(text, match.start() + 4, match.end())):
        lower = word.group(0).lower()
        if lower == "the" and i == 0:
            continue
        if lower in _NOT_MODIFIERS:
            break
        kept = word.end()
        if text[kept : kept + 1] in _CLAUSE_ENDS:  # "members of the fmln, who"
            break
    return kept


# A word, or an abbreviation with its dots ("u.s.", "d.c.").
_OF_WORD = re.compile(r"[a-z][\w'-]*(?:(?:\.[\w'-]+)+\.?)?", re.IGNORECASE)
_CLAUSE_ENDS = frozenset(",.;:()")


_VIOLENT = re.compile(
    r"\b(?:attack|bomb|dynamit|explo|destroy|damag|burn|kill|murder|assassinat|kidnap|abduct|"
    r"shot|shoot|fire|wound|massacre|machinegun)",
    re.IGNORECASE,
)
_DOER_VERB = (
    r"(?:attacked|killed|murdered|assassinated|kidnapped|abducted|dynamited|bombed|burned|"
    r"set fire|fired|shot|opened fire|machinegunned|placed|planted|detonated|hurled|threw|"
    r"destroyed|stormed|raided|broke into|entered|blew up|ambushed|seized|took|wounded|"
    r"carried out|perpetrated|forced|intercepted|stopped|tried|attempted|riddled|beat|"
    r"tortured|executed|massacred)"
)
_DOER_AFTER = re.compile(
    r"(?:\s*,[^,.;]{0,80},)?\s+(?:who |which |that )?(?:had |have |has |also |then |"
    rf"reportedly |allegedly |later )?(?:\w+ly )?{_DOER_VERB}\b",
    re.IGNORECASE,
)
_BY_BEFORE = re.compile(r"\bby (?:the |a |an )?(?:[\w-]+ ){0,3}$", re.IGNORECASE)


def _is_doer(text: str, start: int, end: int) -> bool:
    """Is the phrase at ``text[start:end]`` the doer of its clause (module docstring)?"""
    return bool(_DOER_AFTER.match(text, end) or _BY_BEFORE.search(text, max(0, start - 60), start))


def _modifies(word: str) -> bool:
    """Can ``word`` describe the noun after it ("power", "u.s.", "armed", "110,000-volt")?"""
    lower = word.lower()
    if lower.endswith(",") or (lower.endswith(".") and "." not in lower[:-1]):
        return False  # a clause or sentence ends there
    return lower not in _NOT_MODIFIERS and lower not in _VERBS and not lower.isdigit()


# Verbs that end a noun phrase's words (participles such as "armed" or "shining" do not).
_VERBS = frozenset(
    """
    killed killing murdered murdering assassinated kidnapped kidnapping abducted wounded
    injured attacked attacking dynamited destroyed destroying damaged damaging bombed
    bombing burned burning exploded exploding detonated placed planted hurled fired firing
    shot shooting raided stormed seized took reported reporting said stated added
    announced claimed blamed accused carried perpetrated machinegunned entered left
    arrested captured found escaped released freed used using including
    """.split()
)


# Common words that end a person's name in lower-cased text: any of these, punctuation or a
# digit ends the run of name words after a title or first name.
_COMMON = frozenset(
    """
    a about after again against ago all also an and another any are as at be been before
    being both but by came can could day did do does during each early either else even
    ever every few for former from further had has have he her here hers herself him himself
    his how i if in into is it its itself just last late later like made many may me might
    more most much must my near never new next no nor not now of off on once one only or
    other our out over own per said same says she should since so some still such than that
    the their them then there these they this those though three through thus to today
    told too two under until up upon us very was we were what when where which while who
    whom whose why will with would year years yesterday you your
    according accused added announced arrested assassinated attacked blamed charged
    claimed confirmed declared denied died escaped fired found going headed identified
    injured kidnapped killed led left murdered named noted reported returned revealed
    said says shot stated survived taken told wounded
    army police government president minister ministry forces military party front
    movement national people group members leader leaders commander official officials
    office house home residence building car city town department province capital
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening
    night week month
    january february march april may june july august september october november december
    """.split()
)
# Words that join the parts of a name ("monica de greiff", "arturo rivera y damas").
_JOINERS = frozenset({"de", "del", "la", "las", "los", "y", "da", "do", "dos", "van", "von"})
_NAME_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]*", re.IGNORECASE)
# Nouns that make the name words before them an institution's or a place's name.
_INSTITUTIONS = frozenset(
    """
    battalion brigade hospital clinic neighborhood street avenue square park school college
    university institute foundation stadium airport bridge highway district department
    province municipality farm hacienda front movement command commando group unit
    detachment company corporation center centre building theater plaza
    """.split()
)
_MAX_NAME_WORDS = 5


def _name_end(
    text: str, words: Sequence[re.Match[str]], start: int, titles: frozenset[str]
) -> tuple[int, int]:
    """(index after the last name word, character offset where the name ends) for a run of
    name words starting at ``words[start]``."""
    end, offset = start, words[start].start()
    cased = words[start].group(0)[0].isupper()
    while end < len(words) and end - start < _MAX_NAME_WORDS:
        written = words[end].group(0)
        word = written.lower()
        if cased and not written[0].isupper() and word not in _JOINERS:
            break  # in text with capitals, a name's words have them
        if end > start and text[words[end - 1].end() : words[end].start()] != " ":
            break
        if word.endswith(("'s", "'")):  # "galan's": the name ends here, without the 's
            stem = word[: word.index("'")]
            if len(stem) >= 2 and stem not in _COMMON:
                end, offset = end + 1, words[end].start() + len(stem)
            break
        if (word in _COMMON and word not in _JOINERS) or word in titles or len(word) < 2:
            break
        if word in _INSTITUTIONS or (
            word.endswith("ed") and end > start
        ):  # "cristiani implicated": a verb
            break
        end, offset = end + 1, words[end].end()
    while end > start and words[end - 1].group(0).lower() in _JOINERS:
        end -= 1
        offset = words[end - 1].end()
    return end, offset


# "X said", "X, the minister of defence, stated": a speaker, not a casualty
_SPEAKER = re.compile(
    r"(?:\s*,[^,.;]{0,80},)?\s+(?:has |had |also )?(?:said|stated|reported|told|added|"
    r"announced|explained|noted|indicated|declared|denied|asserted|stressed|pointed out)\b"
)


_STATUS = (
    (
        CasualtyStatus.killed,
        re.compile(
            r"\b(?:kill|murder|assassinat|dead|died|slain|death|bod(?:y|ies)|corpses?|riddled|"
            r"victims?\b)",
            re.I,
        ),
    ),
    (CasualtyStatus.abducted, re.compile(r"\b(?:kidnap|abduct|hostage|captiv|disappear)", re.I)),
    (CasualtyStatus.injured, re.compile(r"\b(?:wound|injur|hurt|attack|shot\b|fired at)", re.I)),
)


def _status(sentence: str) -> CasualtyStatus | None:
    return next((status for status, cue in _STATUS if cue.search(sentence)), None)


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        key = " ".join(item.lower().split())
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def extend(
    domain: DomainLexicon,
    main: Sequence[Sentence],
    cite: Callable[[str, Sentence], None],
    perpetrators: list[Actor],
    targets: list[Actor],
    weapons: list[str],
    named: list[NamedCasualty],
) -> tuple[list[Actor], list[Actor], list[str], list[NamedCasualty]]:
    """The brief's actors, weapons and named casualties with the domain's additions
    (module docstring); ``cite`` records each addition's sentence as evidence."""
    perpetrators, targets = list(perpetrators), list(targets)
    weapons, named = list(weapons), list(named)
    have = {a.name.lower() for a in perpetrators}
    for entry, surface, sentence in _organisations(domain, main):
        if surface.lower() not in have:
            perpetrators.append(Actor(name=surface, kind=entry.kind))
            have.add(surface.lower())
            cite("perpetrators", sentence)
    for sentence in main:
        for phrase in domain.individuals_in(sentence.text) + domain.doers_in(sentence.text):
            if phrase.lower() not in have:
                perpetrators.append(Actor(name=phrase, kind=ActorKind.unknown))
                have.add(phrase.lower())
                cite("perpetrators", sentence)
        for term in domain.weapons_in(sentence.text):
            if term.lower() not in weapons:
                weapons.append(term.lower())
                cite("weapons", sentence)
        for phrase in _unique(domain.targets_in(sentence.text)):
            if all(phrase.lower() != t.name.lower() for t in targets):
                targets.append(Actor(name=phrase, kind=ActorKind.unknown))
                cite("targets", sentence)
        status = _status(sentence.text)
        if status is None:
            continue
        for name, start, end in domain.names_in(sentence.text):
            if _SPEAKER.match(sentence.text, end):
                continue
            if _is_doer(sentence.text, start, end):  # "... was killed by jose perez"
                continue
            if all(name.lower() != c.name.lower() for c in named):
                named.append(NamedCasualty(name=name, status=status))
                cite("named_casualties", sentence)
    return perpetrators, _fullest(targets), weapons, named


# Words of violence the engine's own incident cues do not count.
_MORE_VIOLENCE = re.compile(
    r"\b(?:dynamit|murder|assassinat|machinegun|sabotag|terroris|massacr)", re.IGNORECASE
)
_EXPLOSION = re.compile(r"\b(?:bomb|dynamit|explo|blew up|blown up)", re.IGNORECASE)


def incident_cue(text: str) -> classify.EventCue | None:
    """A cue for an article the engine's own cues miss, for an engine with a domain lexicon:
    a word of violence ("dynamited", "the killing of", "assassination"): an explosion when
    it is one, else an attack."""
    match = _VIOLENT.search(text)
    if match is None:
        return None
    explosion = _EXPLOSION.search(text)
    if explosion is not None:
        sub = SubEventType.remote_explosive_landmine_ied
        return classify.EventCue(classify.event_of(sub), sub, explosion.start(), explosion.end())
    sub = SubEventType.attack
    return classify.EventCue(classify.event_of(sub), sub, match.start(), match.end())


def incident_score(domain: DomainLexicon, text: str) -> float:
    """:func:`~.classify.incident_score` with the domain's own words for violence: each
    mention of one of its organisations, perpetrator phrases, perpetrator nouns or weapons
    counts as a violence cue ("fmln", "urban guerrillas", "terrorists", "dynamite"), and so
    do words of violence the engine's cues leave out ("dynamited", "murder"), so a
    story of political violence is not taken for an election story by its "candidate" and
    "campaign"."""
    violent, figurative = classify.cue_counts(text)
    violent += len(domain.organisations_in(text)) + len(domain.individuals_in(text))
    violent += len(domain.weapons_in(text)) + len(_phrases(text, domain.perpetrator_heads))
    violent += len(_MORE_VIOLENCE.findall(text))
    return violent / (violent + figurative) if violent else 0.0


def _organisations(
    domain: DomainLexicon, main: Sequence[Sentence]
) -> list[tuple[LexiconEntry, str, Sentence]]:
    """Each organisation named in ``main`` once, in order of first mention, by the first of
    its aliases that the sentences use (the lexicon lists the usual name first: "fmln"
    before "farabundo marti national liberation front")."""
    found: dict[str, dict[str, tuple[str, Sentence]]] = {}
    entries: dict[str, LexiconEntry] = {}
    for sentence in main:
        if not _VIOLENT.search(sentence.text):
            continue
        for entry, start, end in domain.organisations_in(sentence.text):
            entries.setdefault(entry.name, entry)
            surface = sentence.text[start:end]
            found.setdefault(entry.name, {}).setdefault(surface.lower(), (surface, sentence))
    out = []
    for name, surfaces in found.items():
        entry = entries[name]
        preferred = [a.lower() for a in entry.aliases if a.lower() in surfaces]
        surface, sentence = surfaces[preferred[0]] if preferred else next(iter(surfaces.values()))
        out.append((entry, surface, sentence))
    return out


def _fullest(targets: list[Actor]) -> list[Actor]:
    """Targets without a bare head noun that a fuller phrase has ("embassy" beside "peruvian
    embassy"): the article names the same facility again, shorter."""
    heads = {t.name.lower().split()[-1] for t in targets if " " in t.name}
    return [t for t in targets if " " in t.name or t.name.lower() not in heads]
