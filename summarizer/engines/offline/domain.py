"""A domain lexicon: one engine instance's vocabulary for one kind of text.

The engine's own tables are written for present-day English news. A corpus from another
time or region (MUC-4: Latin American wire reports of 1989-1992, lower-cased) names other
armed groups, weapons and targets, and writes names without capitals. A
:class:`DomainLexicon` carries that vocabulary to *one* engine
(``OfflineEngine(lexicon=...)``). Every pattern built from it is kept on the lexicon
instance, never in a module-level cache, so an engine without a lexicon briefs exactly as
before, whatever other engines run in the same process.

:func:`extend` adds to a drafted brief, from the main-incident sentences only:

- **perpetrators**: the lexicon's organisations ("fmln", "shining path"), in the sentences
  that report an attack, and its phrases for individuals ("urban guerrillas",
  "unidentified individuals");
- **weapons**: the lexicon's weapon terms ("dynamite", "car bomb"), longest first;
- **targets**: a facility phrase whose head noun is one of the lexicon's target heads, right
  after a damage verb or noun ("dynamited the telephone office", "an attack on the
  embassy");
- **named casualties**: a person named after one of the lexicon's titles ("mayor jose
  rivera", "jesuit priest ignacio ellacuria"), found without capital letters: the words
  after the title up to the first common word or punctuation.

Each addition cites its sentence as evidence, so the brief stays grounded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from summarizer.engines.offline._regex import trie_pattern
from summarizer.engines.offline.actors import LexiconEntry
from summarizer.engines.offline.text import Sentence
from summarizer.schema import Actor, ActorKind, CasualtyStatus, NamedCasualty

__all__ = ["DomainLexicon", "extend"]


@dataclass(frozen=True, eq=False)
class DomainLexicon:
    """Extra vocabulary for one engine (module docstring). Every field may be empty."""

    #: Named armed groups and forces, each with its aliases and kind.
    organisations: tuple[LexiconEntry, ...] = ()
    #: Phrases that name perpetrators as individuals ("urban guerrillas").
    individuals: tuple[str, ...] = ()
    #: Weapon terms, as the text writes them ("dynamite", "car bomb").
    weapons: tuple[str, ...] = ()
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

    @cached_property
    def _target_scan(self) -> re.Pattern[str] | None:
        if not self.target_heads:
            return None
        heads = trie_pattern(h.lower() for h in self.target_heads)
        return re.compile(
            rf"\b{_DAMAGE}\s+(?:(?:the|a|an|two|three|several|some|its|their)\s+)?"
            rf"(?P<target>(?:(?!{_NOT_MODIFIER}\b)[\w.'-]+\s+){{0,3}}?(?:{heads}))(?![\w-])",
            re.IGNORECASE,
        )

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

    def targets_in(self, text: str) -> list[str]:
        """Facility phrases right after a damage verb or noun in ``text``."""
        if self._target_scan is None:
            return []
        return [m.group("target") for m in self._target_scan.finditer(text)]

    def names_in(self, text: str) -> list[tuple[str, int, int]]:
        """People named in ``text``: (name, start, end), leftmost first (module docstring)."""
        if not self.titles and not self.given_names:
            return []
        words = list(_NAME_WORD.finditer(text))
        names: list[tuple[str, int, int]] = []
        i = 0
        while i < len(words):
            word = words[i].group(0)
            if word in self.titles:
                start = i + 1
            elif word in self.given_names:
                start = i
            else:
                i += 1
                continue
            if start >= len(words):
                break
            end, offset = _name_end(text, words, start, self.titles)
            if end - start >= 2:
                first = words[start].start()
                names.append((text[first:offset], first, offset))
                i = end
            else:
                i += 1
        return names


def _words_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    words = {t.lower() for t in terms if t.strip()}
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(words)})(?![\w-])", re.IGNORECASE)


def _found(pattern: re.Pattern[str] | None, text: str) -> list[str]:
    return [m.group(0) for m in pattern.finditer(text)] if pattern is not None else []


_DAMAGE = (
    r"(?:attacked|attack(?:s)? (?:on|against)|bombed|bombing of|dynamited|dynamiting|"
    r"burned(?: down)?|set fire to|torched|destroyed|destruction of|damaged|blew up|"
    r"blowing up|blown up|exploded (?:at|in|near|outside|inside)|explosion (?:at|in|near)|"
    r"raided|machinegunned|fired (?:at|on)|(?:placed|planted|left|hurled) (?:\w+ ){0,3}?"
    r"(?:at|in|near|outside|inside|under))"
)
# Words that end a modifier run: a target phrase never spans them.
_NOT_MODIFIER = (
    r"(?:in|at|on|of|near|and|or|with|by|from|to|which|that|who|was|were|is|are|"
    r"has|had|have|been|killed|wounded|injured)"
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
_NAME_WORD = re.compile(r"[a-z][a-z'-]*")
_MAX_NAME_WORDS = 5


def _name_end(
    text: str, words: Sequence[re.Match[str]], start: int, titles: frozenset[str]
) -> tuple[int, int]:
    """(index after the last name word, character offset where the name ends) for a run of
    name words starting at ``words[start]``."""
    end, offset = start, words[start].start()
    while end < len(words) and end - start < _MAX_NAME_WORDS:
        word = words[end].group(0)
        if end > start and text[words[end - 1].end() : words[end].start()] != " ":
            break
        if word.endswith(("'s", "'")):  # "galan's": the name ends here, without the 's
            stem = word[: word.index("'")]
            if len(stem) >= 2 and stem not in _COMMON:
                end, offset = end + 1, words[end].start() + len(stem)
            break
        if (word in _COMMON and word not in _JOINERS) or word in titles or len(word) < 2:
            break
        end, offset = end + 1, words[end].end()
    while end > start and words[end - 1].group(0) in _JOINERS:
        end -= 1
        offset = words[end - 1].end()
    return end, offset


# "X said", "X, the minister of defence, stated": a speaker, not a casualty
_SPEAKER = re.compile(
    r"(?:\s*,[^,.;]{0,80},)?\s+(?:has |had |also )?(?:said|stated|reported|told|added|"
    r"announced|explained|noted|indicated|declared|denied|asserted|stressed|pointed out)\b"
)


_STATUS = (
    (CasualtyStatus.killed, re.compile(r"\b(?:kill|murder|assassinat|dead|died|slain|death)", re.I)),
    (CasualtyStatus.abducted, re.compile(r"\b(?:kidnap|abduct|hostage|captiv)", re.I)),
    (CasualtyStatus.injured, re.compile(r"\b(?:wound|injur|hurt|attack)", re.I)),
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
    entries: set[str] = set()
    for sentence in main:
        for entry, start, end in domain.organisations_in(sentence.text):
            if entry.name in entries:
                continue
            entries.add(entry.name)
            surface = sentence.text[start:end]
            if surface.lower() not in have:
                perpetrators.append(Actor(name=surface, kind=entry.kind))
                have.add(surface.lower())
                cite("perpetrators", sentence)
        for phrase in domain.individuals_in(sentence.text):
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
        for name, _, end in domain.names_in(sentence.text):
            if _SPEAKER.match(sentence.text, end):
                continue
            if all(name.lower() != c.name.lower() for c in named):
                named.append(NamedCasualty(name=name, status=status))
                cite("named_casualties", sentence)
    return perpetrators, targets, weapons, named
