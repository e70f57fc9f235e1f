"""Finds of a domain vocabulary (``[domain]`` in an overlay; see ``data/domain.toml``).

Each finder reads one sentence, in text with or without capitals:

- :func:`organisations_in`: perpetrator groups (``[[actors.lexicon]]`` with
  ``perpetrator = true``) by any alias, whole words, case-insensitive;
- :func:`individuals_in`, :func:`weapons_in`: the domain's perpetrator phrases and weapon
  terms, the longest at each position;
- :func:`doers_in`: noun phrases headed by a perpetrator head where the clause makes them the
  doer (before a violent verb, or after "by"); "members of the fmln" keeps its "of" phrase;
- :func:`targets_in`: noun phrases headed by a target head in a sentence reporting damage;
- :func:`names_in`: people named by a first name, over the name words after it up to a
  common word, punctuation, a verb in -ed, a title or a possessive ("luis carlos galan's").

A noun phrase is its head noun with up to ``max_modifiers`` words before it that may describe
it: no determiner, number, preposition, verb, hedge ("presumed") or date word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation, cue_pattern, word_pattern
from summarizer.engines.offline.patternstore import compiled
from summarizer.engines.offline.scan.actors import ActorRules, LexiconEntry
from summarizer.schema import CasualtyStatus

__all__ = [
    "DomainRules",
    "doers_in",
    "individuals_in",
    "is_doer",
    "names_in",
    "organisations_in",
    "phrases",
    "status_of",
    "targets_in",
    "weapons_in",
]

_PHRASE_WORD = re.compile(r"[a-z0-9][a-z0-9'.,-]*[a-z0-9.]|[a-z0-9]", re.IGNORECASE)
_NAME_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]*", re.IGNORECASE)
# A word, or an abbreviation with its dots ("u.s.", "d.c.").
_OF_WORD = re.compile(r"[a-z][\w'-]*(?:(?:\.[\w'-]+)+\.?)?", re.IGNORECASE)
_OF_PHRASE = re.compile(r" of (?:the )?(?:[a-z][\w.'-]*(?: |(?=[,.;:)]|$))){1,5}", re.IGNORECASE)
_CLAUSE_ENDS = frozenset(",.;:()")
_BY_BEFORE = re.compile(r"\bby (?:the |a |an )?(?:[\w-]+ ){0,3}$", re.IGNORECASE)


@dataclass(frozen=True)
class _Words:
    """Word sets of the domain's grammar, lower-cased."""

    not_modifiers: frozenset[str]
    verbs: frozenset[str]
    common: frozenset[str]
    joiners: frozenset[str]
    institutions: frozenset[str]


class DomainRules:
    """One lexicon's domain vocabulary, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("domain")
        grammar = section["grammar"]
        self.organisations = tuple(e for e in lexicon.rules(ActorRules).entries if e.perpetrator)
        by_alias = {a.lower(): e for e in self.organisations for a in e.aliases}
        self.by_alias = by_alias
        self.organisation_scan = word_pattern(by_alias) if by_alias else None
        self.individual_scan = _words(section["perpetrator_phrases"])
        self.weapon_scan = _words(section["weapon_terms"])
        self.perpetrator_heads = frozenset(section["perpetrator_heads"])
        self.target_heads = frozenset(section["target_heads"])
        self.titles = frozenset(section["name_titles"])
        self.given_names = frozenset(section["given_names"])
        self.violence = cue_pattern(section["violence"]) if section["violence"] else None
        self.fallback_cue = bool(section["fallback_cue"])
        self.words = _Words(
            *(
                frozenset(grammar[k])
                for k in ("not_modifiers", "verbs", "common", "joiners", "institutions")
            )
        )
        self.damage = cue_pattern(grammar["damage"])
        self.violent = cue_pattern(grammar["violent"])
        self.explosion = cue_pattern(grammar["explosion"])
        self.doer_after = compiled(
            r"(?:\s*,[^,.;]{0,80},)?\s+(?:who |which |that )?(?:had |have |has |also |then |"
            rf"reportedly |allegedly |later )?(?:\w+ly )?{alternation(grammar['doer_verbs'])}\b",
            re.IGNORECASE,
        )
        self.speaker_after = compiled(
            r"(?:\s*,[^,.;]{0,80},)?\s+(?:has |had |also )?"
            rf"{alternation(grammar['speech_verbs'])}\b"
        )
        self.group_head = compiled(rf"{alternation(grammar['group_heads'])}$", re.IGNORECASE)
        self.status = [
            (CasualtyStatus(status), cue_pattern(cues))
            for status, cues in grammar["status"].items()
        ]
        self.max_modifiers = int(grammar["max_modifiers"])
        self.max_name_words = int(grammar["max_name_words"])


def _words(terms: Sequence[str]) -> re.Pattern[str] | None:
    words = {t.lower() for t in terms if t.strip()}
    return word_pattern(words) if words else None


def _found(pattern: re.Pattern[str] | None, text: str) -> list[str]:
    return [m.group(0) for m in pattern.finditer(text)] if pattern is not None else []


def organisations_in(text: str, lexicon: Lexicon) -> list[tuple[LexiconEntry, int, int]]:
    """Perpetrator groups named in ``text``: (entry, start, end), leftmost first."""
    rules = lexicon.rules(DomainRules)
    if rules.organisation_scan is None:
        return []
    return [
        (rules.by_alias[m.group(0).lower()], m.start(), m.end())
        for m in rules.organisation_scan.finditer(text)
    ]


def individuals_in(text: str, lexicon: Lexicon) -> list[str]:
    """Perpetrator phrases in ``text``, as written (longest match at each position)."""
    return _found(lexicon.rules(DomainRules).individual_scan, text)


def weapons_in(text: str, lexicon: Lexicon) -> list[str]:
    """Weapon terms in ``text``, as written (longest match at each position)."""
    return _found(lexicon.rules(DomainRules).weapon_scan, text)


def doers_in(text: str, lexicon: Lexicon) -> list[str]:
    """Phrases headed by a perpetrator head noun where the clause makes them the doers."""
    rules = lexicon.rules(DomainRules)
    if not rules.perpetrator_heads or not rules.violent.search(text):
        return []
    found = []
    for start, end in phrases(text, rules.perpetrator_heads, rules):
        end = _with_of_phrase(text, end, rules)
        if is_doer(text, start, end, rules):
            found.append(text[start:end])
    return found


def targets_in(text: str, lexicon: Lexicon) -> list[str]:
    """Facility phrases in ``text`` when it reports damage or an attack: a target head noun
    with the words before it that describe it ("telephone office", "110,000-volt lines")."""
    rules = lexicon.rules(DomainRules)
    if not rules.target_heads or not rules.damage.search(text):
        return []
    return [text[start:end] for start, end in phrases(text, rules.target_heads, rules)]


def names_in(text: str, lexicon: Lexicon) -> list[tuple[str, int, int]]:
    """People named in ``text``: (name, start, end), leftmost first. A name starts with a
    first name; a run followed by an institution's noun ("juan ramon belloso battalion")
    names the institution, not a person."""
    rules = lexicon.rules(DomainRules)
    if not rules.given_names:
        return []
    words = list(_NAME_WORD.finditer(text))
    names: list[tuple[str, int, int]] = []
    i = 0
    while i < len(words):
        if words[i].group(0).lower() not in rules.given_names:
            i += 1
            continue
        end, offset = _name_end(text, words, i, rules)
        institution = end < len(words) and words[end].group(0).lower() in rules.words.institutions
        if end - i >= 2 and not institution:
            first = words[i].start()
            names.append((text[first:offset], first, offset))
        i = max(end, i + 1)
    return names


def phrases(text: str, heads: frozenset[str], rules: DomainRules) -> list[tuple[int, int]]:
    """(start, end) of each noun phrase headed by one of ``heads``."""
    if not heads:
        return []
    words = list(_PHRASE_WORD.finditer(text))
    found = []
    for i, word in enumerate(words):
        head = word.group(0).rstrip(".,")
        if head.lower() not in heads:
            continue
        first = i
        while first > 0 and i - first < rules.max_modifiers:
            before = words[first - 1]
            gap = text[before.end() : words[first].start()]
            if gap != " " or not _modifies(before.group(0), rules):
                break
            first -= 1
        found.append((words[first].start(), word.start() + len(head)))
    return found


def _with_of_phrase(text: str, end: int, rules: DomainRules) -> int:
    """``end`` moved past an "of" phrase when the phrase ending there is a group word."""
    if not rules.group_head.search(text, max(0, end - 8), end):
        return end
    match = _OF_PHRASE.match(text, end)
    if match is None:
        return end
    kept = end
    for i, word in enumerate(_OF_WORD.finditer(text, match.start() + 4, match.end())):
        lower = word.group(0).lower()
        if lower == "the" and i == 0:
            continue
        if lower in rules.words.not_modifiers:
            break
        kept = word.end()
        if text[kept : kept + 1] in _CLAUSE_ENDS:  # "members of the fmln, who"
            break
    return kept


def is_doer(text: str, start: int, end: int, rules: DomainRules) -> bool:
    """Is the phrase at ``text[start:end]`` the doer of its clause (before a violent verb,
    or after "by")?"""
    return bool(
        rules.doer_after.match(text, end) or _BY_BEFORE.search(text, max(0, start - 60), start)
    )


def is_speaker(text: str, end: int, rules: DomainRules) -> bool:
    """Does a verb of speech follow the name ending at ``end`` ("jose perez said")?"""
    return rules.speaker_after.match(text, end) is not None


def _modifies(word: str, rules: DomainRules) -> bool:
    """Can ``word`` describe the noun after it ("power", "u.s.", "armed", "110,000-volt")?"""
    lower = word.lower()
    if lower.endswith(",") or (lower.endswith(".") and "." not in lower[:-1]):
        return False  # a clause or sentence ends there
    words = rules.words
    return lower not in words.not_modifiers and lower not in words.verbs and not lower.isdigit()


def _name_end(
    text: str, words: Sequence[re.Match[str]], start: int, rules: DomainRules
) -> tuple[int, int]:
    """(index after the last name word, character offset where the name ends) for a run of
    name words starting at ``words[start]``."""
    end, offset = start, words[start].start()
    cased = words[start].group(0)[0].isupper()
    common, joiners = rules.words.common, rules.words.joiners
    while end < len(words) and end - start < rules.max_name_words:
        written = words[end].group(0)
        word = written.lower()
        if cased and not written[0].isupper() and word not in joiners:
            break  # in text with capitals, a name's words have them
        if end > start and text[words[end - 1].end() : words[end].start()] != " ":
            break
        if word.endswith(("'s", "'")):  # "galan's": the name ends here, without the 's
            stem = word[: word.index("'")]
            if len(stem) >= 2 and stem not in common:
                end, offset = end + 1, words[end].start() + len(stem)
            break
        if (word in common and word not in joiners) or word in rules.titles or len(word) < 2:
            break
        if word in rules.words.institutions or (word.endswith("ed") and end > start):
            break  # "cristiani implicated": a verb
        end, offset = end + 1, words[end].end()
    while end > start and words[end - 1].group(0).lower() in joiners:
        end -= 1
        offset = words[end - 1].end()
    return end, offset


def status_of(sentence: str, lexicon: Lexicon) -> CasualtyStatus | None:
    """What befell the people a sentence names: the first status whose cue it has."""
    rules = lexicon.rules(DomainRules)
    return next((status for status, cue in rules.status if cue.search(sentence)), None)
