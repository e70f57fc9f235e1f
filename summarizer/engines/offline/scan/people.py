"""People named in a sentence, and whether the incident befell them.

A capitalised name of two to five words, particles included ("Aisha bint Salem", "Juan
Carlos de la Cruz", "Pieter van der Berg": ``[people].name``), is a person the incident
befell when a title or role stands before it ("Pastor X", "lawyer X", "two teachers, X"),
an age or a description after it ("X, 34,", "X, a tailor", "X was killed"), or a victim's
frame before it ("among the dead was X", "named as X"); so is every name of a list one of
which is ("X, Y and Z"). A name followed by a verb of speech is a speaker; a name that is a
country, a region or a known actor is no person; nor is one of an earlier incident ("killed
X earlier in the week"), nor one unhurt ("his wife, X, who was unhurt"). What befell a person is the status cue
nearest the name ("X was killed and Y wounded"). The vocabulary is ``data/people.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation, expand
from summarizer.engines.offline.patternstore import compiled
from summarizer.engines.offline.prefilter import Gated
from summarizer.engines.offline.scan.actors import find_actors
from summarizer.engines.offline.scan.places import find_countries, find_regions
from summarizer.schema import CasualtyStatus

__all__ = ["PeopleRules", "PersonMention", "find_people", "find_surnames", "status_of"]

# upper-case letters: Latin-1 and Latin Extended-A ("Đinđić", "Łukasz", "Şahin", "Žak")
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"


@dataclass(frozen=True)
class PersonMention:
    """A person named at an offset of a sentence: whether the incident befell them (by the
    words around the name), whether they speak, and the status cue nearest the name."""

    name: str
    start: int
    end: int
    befell: bool = True
    speaker: bool = False
    status: CasualtyStatus | None = None
    #: Named in a victim's frame ("the victims were named as X"), or a list with one: a
    #: casualty even when no status cue is near the name.
    victim: bool = False


class PeopleRules:
    """One lexicon's people vocabulary, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("people")
        particles = "|".join(section["particles"])
        fragments = {
            "up": f"[{_UP}]",
            "low": rf"(?:[^\W\d_{_UP}]|['’])+",
            "particle": rf"(?i:{particles})",
        }
        self.name = compiled(expand(section["name"], fragments))
        self.particles = frozenset(section["particles"])
        self.not_name_words = frozenset(section["not_name_words"]) | frozenset(section["offices"])
        self.offices = frozenset(section["offices"])
        self.before = compiled(
            rf"(?:\b{alternation(section['titles'])}s?\.?,?"
            rf"|\b{alternation(section['role_openers'])}\s+(?:[\w'’-]+\s+){{0,6}}?{alternation(section['roles'])}"
            rf"\b[^.;]{{0,60}},)\s+$",
            re.IGNORECASE,
        )
        # a capitalised title the name pattern takes for a first name ("Private Musa Idris")
        capitalised = [t[:1].upper() + t[1:] for t in section["titles"]]  # "Reporter X" too
        self.leading_title = compiled(rf"^(?:{alternation(capitalised)}\.?\s+)+(?=\S+\s+\S)")
        self.frame = compiled(
            rf"\b{alternation(section['frames'])}\s+{section['frame_gap']}$", re.IGNORECASE
        )
        self.after = compiled(section["after"])
        self.apposition_before = compiled(section["apposition_before"])
        self.apposition_after = compiled(section["apposition_after"])
        self.spoke_after = compiled(section["spoke_after"])
        self.spoke_before = compiled(section["spoke_before"], re.IGNORECASE)
        self.status = _statuses(section["status"])
        self.weak_status = _statuses(section["weak_status"])
        self.not_before = compiled(section["not_before"], re.IGNORECASE)
        self.earlier_after = compiled(section["earlier_after"], re.IGNORECASE)
        self.unhurt_after = compiled(section["unhurt_after"], re.IGNORECASE)
        self.group_after = compiled(section["group_after"], re.IGNORECASE)
        self.acts_after = compiled(section["acts_after"])
        self.aside_frame = compiled(section["aside_frame"], re.IGNORECASE)
        self.aside_gate = compiled(section["aside_gate"])
        # titles a name may carry inside the words taken for it ("Navy Hospital Corpsman X")
        self.title_words = frozenset(
            t[:1].upper() + t[1:] for t in section["titles"] if " " not in t
        )
        self.joiner = compiled(section["list_joiner"])
        self.kin_after = compiled(section["kin_after"])
        self.kin_before = compiled(section["kin_before"])
        self.surname_letters = int(section["surname_letters"])
        self.max = int(section["max"])


def _statuses(items: list[dict[str, Any]]) -> list[tuple[CasualtyStatus, Gated]]:
    return [
        (CasualtyStatus(item["status"]), Gated(rf"\b{alternation(item['cues'])}\b", re.IGNORECASE))
        for item in items
    ]


# How far from a name a status cue may be to say what befell the person: after the name
# ("X was killed"), or before it ("killed the activist X"), in characters.
_AFTER, _BEFORE = 120, 60


def _status_near(
    text: str, folded: str, start: int, end: int, rules: PeopleRules
) -> CasualtyStatus | None:
    """The status whose cue is nearest the name, after it first; a weak cue ("X was
    stabbed") only when no other is near; None when no cue is near."""
    return _nearest(text, folded, start, end, rules.status) or _nearest(
        text, folded, start, end, rules.weak_status
    )


def _nearest(
    text: str, folded: str, start: int, end: int, cues: list[tuple[CasualtyStatus, Gated]]
) -> CasualtyStatus | None:
    best: tuple[int, CasualtyStatus] | None = None
    for status, cue in cues:
        for match in cue.finditer(text, folded):
            if match.start() >= end:
                distance = match.start() - end
                near = distance <= _AFTER
            else:
                distance = 2 * (start - match.end()) + 1  # before the name counts less
                near = start - match.end() <= _BEFORE
            if near and distance >= 0 and (best is None or distance < best[0]):
                best = (distance, status)
    return best[1] if best is not None else None


def _without_office(name: str, rules: PeopleRules, more: bool = False) -> str:
    """``name`` after the office written before it ("Haitian President Jovenel Moïse" ->
    "Jovenel Moïse"); ``name`` itself when no office is the last word never in a name."""
    words = name.split(" ")
    last = max((i for i, w in enumerate(words) if w in rules.not_name_words), default=-1)
    titled = max((i for i, w in enumerate(words[:-2]) if w in rules.title_words), default=-1)
    if titled > last and not more:  # "Navy Hospital Corpsman Maxton Soviak": the name after it
        return " ".join(words[titled + 1 :])
    if last < 0 or words[last] not in rules.offices:
        return name  # "Forces Vives de Guinée" names no one
    return " ".join(words[last + 1 :])


def _is_name(name: str, rules: PeopleRules, lexicon: Lexicon) -> bool:
    words = re.split(r"[ -]", name)
    if any(w in rules.not_name_words for w in words):
        return False
    # a capitalised particle opens a name of its own ("Abu Sayed"), not "Al" or "De"
    named = [
        w
        for i, w in enumerate(words)
        if w[:1].isupper() and (w.lower() not in rules.particles or (i == 0 and len(w) > 2))
    ]
    if len(named) < 2:
        return False
    if find_countries(name, lexicon):
        return False
    # "Palestinian-American", "British-Iranian": peoples' names joined, no one's name
    if all(find_countries(part, lexicon) for part in name.split("-")):
        return False
    # a region's name, whole ("North Kivu"); a first name that is also one ("Mary", a
    # province of Turkmenistan) may open a person's name
    if any(end - start == len(name) for _, start, end in find_regions(name, lexicon)):
        return False
    return not find_actors(name, lexicon)


def _after(text: str, start: int, end: int, rules: PeopleRules) -> str:
    """The words after a name, without the comma that closes an apposition ("One
    supporter, X, was killed")."""
    after = text[end : end + 140]
    comma = rules.apposition_after.match(after)
    if comma and rules.apposition_before.search(text[max(0, start - 40) : start]):
        return after[comma.end() :]
    return after


def find_people(text: str, lexicon: Lexicon, folded: str | None = None) -> list[PersonMention]:
    """People ``text`` names, leftmost first, with what the words around them say."""
    rules = lexicon.rules(PeopleRules)
    folded = lexicon.fold(text) if folded is None else folded
    found: list[PersonMention] = []
    for match in rules.name.finditer(text):
        name, start, end = match.group(0), match.start(), match.end()
        title = rules.leading_title.match(name)  # "Corporal Ahmad Zaki": the name follows
        if title:
            name, start = name[title.end() :], start + title.end()
        # "Former Prime Minister Shinzo Abe"; a name the pattern cut short ("District Police
        # Officer Nazir Ahmad| Khan") is no one's
        more = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
        person = _without_office(name, rules, more)
        name, start = person, end - len(person)
        if (
            not _is_name(name, rules, lexicon)
            or rules.not_before.search(text, max(0, start - 60), start)
            or rules.earlier_after.match(text[end : end + 100])
            or rules.unhurt_after.match(text[end : end + 100])
            or rules.group_after.match(text[end : end + 100])
        ):
            continue  # no person (or a group's name), one of an earlier incident, or unhurt
        before = text[max(0, start - 140) : start]
        framed = rules.frame.search(before) is not None  # "said the body of X": no speaker
        speaker = rules.spoke_after.match(text[end : end + 100]) is not None or (
            not framed
            and rules.spoke_before.search(text, max(0, start - 50), start) is not None
            and _nearest(
                text[end : end + _AFTER], lexicon.fold(text[end : end + _AFTER]), 0, 0, rules.status
            )
            is None
        )
        acts = rules.acts_after.match(text[end : end + 140]) is not None
        victim = not speaker and not acts and framed
        befell = victim or (
            not speaker
            and not acts
            and bool(
                rules.before.search(before) or rules.after.match(_after(text, start, end, rules))
            )
        )
        status = _status_near(text, folded, start, end, rules)
        found.append(PersonMention(name, start, end, befell, speaker, status, victim))
    found = _with_kin(text, found, rules)
    # a list shares what befell its names: "X, Y and Z were killed"
    for _ in range(2):  # forwards, then again for the names before the one that shows it
        for i in range(len(found) - 1):
            one, two = found[i], found[i + 1]
            joint = text[one.end : two.start]
            if not rules.joiner.match(joint) or one.speaker or two.speaker:
                continue
            befell, victim = one.befell or two.befell, one.victim or two.victim
            status = one.status or two.status
            found[i] = replace(one, befell=befell, victim=victim, status=one.status or status)
            found[i + 1] = replace(two, befell=befell, victim=victim, status=two.status or status)
    return found


_CAPITAL_END = re.compile(r"[A-Z][\w'’.-]*\s*$")


def _with_kin(text: str, found: list[PersonMention], rules: PeopleRules) -> list[PersonMention]:
    """``found`` and the kin a name's neighbours name by a first name alone, under the
    name's surname ("Sean Copeland and his son Brodie": Brodie Copeland; "Marcin and
    Angelika Klis": Marcin Klis), sharing what befell the person."""
    if not any(p.befell for p in found):
        return found
    kin: list[PersonMention] = []
    for person in found:
        surname = person.name.split()[-1]
        if not person.befell or person.speaker:
            continue
        after = rules.kin_after.match(text, person.end, min(len(text), person.end + 90))
        for group in ("first", "second"):
            if after is not None and after.group(group):
                given = f"{after.group(group)} {surname}"
                kin.append(
                    replace(person, name=given, start=after.start(group), end=after.end(group))
                )
        before = rules.kin_before.search(text, max(0, person.start - 20), person.start)
        # ... not a list's last name ("Shazia Ramzan and Kainat Riaz")
        lone = before is not None and not _CAPITAL_END.search(text, 0, before.start())
        if before and lone and len(person.name.split()) == 2:
            given = f"{before.group('first')} {surname}"
            kin.append(replace(person, name=given, start=before.start(), end=before.end("first")))
    return sorted([*found, *kin], key=lambda p: p.start) if kin else found


def _word_spans(word: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands in ``text`` as a whole word (no letter, digit or hyphen either
    side)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and _joins(text[start - 1])) and not (end < len(text) and _joins(text[end])):
            yield start, end
        start = text.find(word, start + 1)


def _joins(char: str) -> bool:
    return char.isalnum() or char in "_-"


def find_surnames(
    text: str, names: dict[str, str], lexicon: Lexicon, folded: str | None = None
) -> list[PersonMention]:
    """A person named earlier in the article, by the last words of their name alone
    ("Van der Berg was shot dead"), with what the words after say: ``names`` maps such
    last words (folded) to the full name."""
    rules = lexicon.rules(PeopleRules)
    folded = lexicon.fold(text) if folded is None else folded
    found = []
    for key, full in names.items():
        for start, end in _word_spans(key, folded):
            if not text[start].isupper():
                continue
            after = text[end : end + 140]
            if rules.after.match(after) and not rules.spoke_after.match(text[end : end + 100]):
                status = _status_near(text, folded, start, end, rules)
                found.append(PersonMention(full, start, end, True, False, status))
    return found


def status_of(text: str, lexicon: Lexicon, folded: str | None = None) -> CasualtyStatus | None:
    """What the sentence says befell the people it names: the first status it cues."""
    rules = lexicon.rules(PeopleRules)
    folded = lexicon.fold(text) if folded is None else folded
    return next((status for status, cue in rules.status if cue.search(text, folded)), None)
