"""Killed and injured figures, each with its offsets in the sentence.

The shapes of casualty reporting are data (``data/casualties.toml``): "killed 12 people",
"12 people were killed", "12 dead", "a death toll of 12", "killing three and wounding 40",
"12 killed and 30 injured". "At least", "more than", "over" keep the number; vague
quantities ("several", "dozens") give no number; "no one was killed/hurt" gives 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from summarizer.engines.offline.anchored import Prefixed
from summarizer.engines.offline.casefold import FoldedMatch
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.numbers import NUMBER, parse_number
from summarizer.engines.offline.patterns import alternation, expand
from summarizer.engines.offline.prefilter import Gated

__all__ = ["CasualtyFigure", "CasualtyRules", "ZeroCues", "find_casualties", "zero_cues"]


@dataclass(frozen=True)
class CasualtyFigure:
    """One casualty total as written: what kind, how many, where in the text."""

    kind: str  # "killed" or "injured"
    count: int
    start: int
    end: int
    text: str
    #: a total only when no other figure of its kind is given: the perpetrators' own dead
    #: ("four of the assailants"), one person by role ("killing a commander")
    alone: bool = False
    #: people besides those named before ("twenty other people died")
    others: bool = False
    #: people besides another figure's of its kind before it ("Two civilians were also
    #: wounded")
    also: bool = False
    #: where the count itself stands (the names before it are counted apart from it)
    at: int = -1
    #: where the count itself ends
    at_end: int = -1
    #: the attackers' own dead told apart from the toll (1: "the bomber also died"), or
    #: taken out of a toll that counts them (-2: "22 dead, including the two attackers")
    own: int = 0
    #: a part of the toll ("58 of them", "the hospital alone received 11 bodies"): a total
    #: only when above every other of its kind
    part: bool = False


@dataclass(frozen=True)
class ZeroCues:
    """Words that say no one died without a figure: "no reports of deaths" (``no_deaths``),
    "no one was hurt" (``no_one_hurt``)."""

    no_deaths: bool
    no_one_hurt: bool


# Words that name one person by role in a list of the dead ("and the driver").
_ONE = frozenset({"a", "an", "the", "one", "his", "her", "their", "its", "another"})

# How most casualty patterns open: a word boundary, then a count (qualified or not).
_OPENING = r"\b{@n}"


class CasualtyRules:
    """One lexicon's casualty patterns, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("casualties")
        fragments = {**section["fragments"], "number": NUMBER}
        # a pattern that opens with a count is tried only where a count is (Prefixed)
        opening = expand(_OPENING, fragments)
        self.patterns: list[tuple[str, Gated | Prefixed, int | None, int, bool, bool]] = []
        for p in section["patterns"]:
            gated = Gated(expand(p["pattern"], fragments), re.IGNORECASE)
            fixed, plus, alone = p.get("count"), int(p.get("plus", 0)), bool(p.get("alone"))
            own = bool(p.get("own"))
            if p["pattern"].startswith(_OPENING):
                pattern: Gated | Prefixed = Prefixed(gated, opening, re.IGNORECASE)
            else:
                pattern = gated
            self.patterns.append((p["kind"], pattern, fixed, plus, alone, own))
        nouns = alternation(section["attacker_nouns"])
        self.attackers_part = re.compile(
            # "four of the assailants"; "nine bodies believed to be those of the attackers"
            rf"\s+(?:(?:bodies|remains)\s+(?:[\w-]+\s+){{0,4}}?(?:those\s+)?)?"
            rf"of\s+(?:the|them|those|these)\s+(?:[\w-]+\s+){{0,2}}?{nouns}\b",
            re.I,
        )
        self.attackers = re.compile(
            rf"\s+(?:[\w-]+\s+){{0,2}}?{nouns}\b(?P<also>\s+(?:(?:were|was|had been|have been)\s+)?also\b)?"
            r"(?P<subject>\s+(?:were|had been|have been)\b)?",
            re.I,
        )
        self.all_of = re.compile(r"\b(?:all|the|both)\s+$", re.I)
        self.earlier = re.compile(section["earlier"], re.IGNORECASE)
        self.earlier_clause = re.compile(section["earlier_clause"], re.IGNORECASE)
        self.resumes = re.compile(section["resumes"], re.IGNORECASE)
        self.campaign_after = re.compile(section["campaign_after"], re.IGNORECASE)
        self.others = re.compile(section["others"], re.IGNORECASE)
        self.also = re.compile(section["also"], re.IGNORECASE)
        self.parts_open = section["parts_open"]
        none = section["none"]
        self.none = [
            (kind, Gated(none[kind], re.IGNORECASE), tuple(none[f"{kind}_words"]))
            for kind in ("killed", "injured")
        ]
        self.no_deaths = Gated(none["no_deaths"], re.IGNORECASE)
        self.no_one_hurt = Gated(none["no_one_hurt"], re.IGNORECASE)
        self.part_of = re.compile(section["part_of"], re.IGNORECASE)
        self.part_after = re.compile(section["part_after"], re.IGNORECASE)
        self.cumulative = re.compile(section["cumulative"], re.IGNORECASE)
        self.time_after = re.compile(section["time_after"])
        self.age_before = re.compile(section["age_before"], re.IGNORECASE)
        self.part_group = re.compile(section["part_group"], re.IGNORECASE)
        self.part_alone = re.compile(section["part_alone"], re.IGNORECASE)
        self.part_and = re.compile(section["part_and"], re.IGNORECASE)
        self.self_counted = re.compile(expand(section["self_counted"], fragments), re.I)
        self.max_count = int(section["max_count"])
        self.stems = re.compile(rf"\b{alternation(section['stems'])}")


def find_casualties(text: str, lexicon: Lexicon, folded: str | None = None) -> list[CasualtyFigure]:
    """Every definite casualty figure in ``text`` (overlapping matches keep the first found);
    ``folded``: ``text`` case-folded, when the caller has it."""
    rules = lexicon.rules(CasualtyRules)
    folded = lexicon.fold(text) if folded is None else folded
    if rules.stems.search(folded) is None:
        return []  # no word of death or wounds: no figure
    figures = _find_zeroes(text, folded, rules)
    # "no one was hurt" must not also read as "one was hurt"
    taken: list[tuple[int, int, str]] = [(f.start, f.end, f.kind) for f in figures]
    openings: list[int] | None = None  # where a count opens: every Prefixed pattern's
    for pattern_kind, pattern, fixed, plus, alone, own in rules.patterns:
        kind = pattern_kind
        if isinstance(pattern, Prefixed):
            openings = pattern.openings(text, folded) if openings is None else openings
            matches = pattern.finditer(text, folded, openings)
        else:
            matches = pattern.finditer(text, folded)
        for match in matches:
            if pattern_kind == "either":  # "two soldiers and five fighters died / were hurt"
                kind = "killed" if match.group("killed") else "injured"
            count = _count(match, fixed, plus)
            if count is None or count > rules.max_count:
                continue
            if _is_year_or_time(match.group("n"), text, match.end("n"), rules):
                continue
            if rules.age_before.search(text, max(0, match.start("n") - 30), match.start("n")):
                continue  # "a woman aged 56 died": an age, not a count
            start, end = match.span()
            if any(k == kind and s < end and start < e for s, e, k in taken):
                continue
            if rules.part_of.search(text, max(0, start - 20), start):
                continue  # "nine died, among them two soldiers": a part, not a total
            if rules.part_after.match(text, match.end("n"), match.end("n") + 20) and any(
                f.kind == kind and f.count and f.start < start for f in figures
            ):
                continue  # "killing 44 ... killed seven more": a part, not a total
            taken.append((start, end, kind))
            if rules.campaign_after.match(text, end):
                continue  # "... that killed 800 people since 1968": a campaign's total
            if rules.earlier.search(text, max(0, start - 40), start) or (
                rules.earlier_clause.search(text, max(0, start - 120), start)
            ):
                continue  # "a day after three girls were killed": an earlier incident
            # "killing 58 of them", "the hospital alone received 11 bodies": a part
            part = _is_part(match, text, rules)
            # the attackers' own dead summed with others ("the seven hijackers and about 45
            # soldiers died") are no count of the attackers alone
            summed = match.groupdict().get("n2") is not None
            weak = alone or (_attackers(text, match, rules) and not summed) or part
            # (a pattern that counts the one beside them itself adds no one named: ``plus``)
            others = not plus and rules.others.search(match.group(0)) is not None
            also = not weak and not own and rules.also.search(match.group(0)) is not None
            at = match.start("n")
            figure = CasualtyFigure(
                kind,
                count,
                start,
                end,
                match.group(0),
                weak or own,
                others,
                also,
                at,
                match.end("n"),
                int(own),
                part,
            )
            figures.append(figure)
            if kind == "killed" and not weak and not own:  # "..., including the gunman"
                figures += _with_attacker(figure, text, rules)
            high = match.groupdict().get("hi")  # "between four and six": six too
            if high is not None and (top := parse_number(high)) is not None:
                figures.append(CasualtyFigure(kind, top, start, end, match.group(0), weak))
    return _without_parts(sorted(figures, key=lambda f: f.start), text, rules)


def _without_parts(
    figures: list[CasualtyFigure], text: str, rules: CasualtyRules
) -> list[CasualtyFigure]:
    """``figures`` but for the parts of a larger one of their kind before them, across a
    colon ("killing 77 people: eight died when ..."); "N more" first of its kind in the
    sentence is marked ``also`` (more besides the figure of the sentence before)."""
    kept: list[CasualtyFigure] = []
    for figure in figures:
        if (  # "... Four more were shot dead", first of its kind in the sentence: "also"
            not figure.also
            and not figure.alone
            and rules.part_after.match(text, figure.at_end, figure.at_end + 20)
            and not any(f.kind == figure.kind for f in kept)
        ):
            figure = replace(figure, also=True)
        if any(
            f.kind == figure.kind
            and f.count > figure.count
            and f.end <= figure.start
            and rules.parts_open in text[f.end : figure.start]
            for f in kept
        ):
            continue
        kept.append(figure)
    return kept


def _is_part(match: re.Match[str] | FoldedMatch, text: str, rules: CasualtyRules) -> bool:
    """Whether the count is a part: of a group named before it ("58 of them":
    ``part_group``), of one place among more ("the hospital alone": ``part_alone``), one
    group after another ("relatives and some 30 journalists": ``part_and``)."""
    start = match.start("n")
    opens = match.groupdict().get("q") is not None and match.start() == match.start("q")
    return (
        rules.part_group.match(text, match.end("n")) is not None
        or rules.part_alone.search(text, max(0, start - 40), start) is not None
        or (
            opens
            and rules.part_and.search(text, max(0, match.start() - 40), match.start()) is not None
        )
    )


def _with_attacker(figure: CasualtyFigure, text: str, rules: CasualtyRules) -> list[CasualtyFigure]:
    """The toll without the attackers when it includes them ("22 dead, including the two
    attackers": 20 too; ``self_counted``); else none."""
    counted = rules.self_counted.match(text, figure.end)
    if counted is None:
        return []
    k = parse_number(counted.group("k")) if counted.group("k") else 1
    if k is None or not 0 < k < figure.count:
        return []
    return [replace(figure, count=figure.count - k, also=False, others=False, own=-k)]


def _attackers(text: str, match: re.Match[str] | FoldedMatch, rules: CasualtyRules) -> bool:
    """Whether the figure counts the perpetrators' own dead (``attacker_nouns``)."""
    start, end = match.start("n"), match.end("n")
    if rules.attackers_part.match(text, end):
        return True
    noun = rules.attackers.match(text, end)
    if noun is None:
        return False
    # "Ten attackers were killed": the subject of its own verb, a count of the attackers
    # (not "troops killed four gunmen", which may be the clash's toll)
    return bool(noun.group("also") or noun.group("subject")) or bool(
        rules.all_of.search(text, max(0, start - 8), start)
    )


def _count(match: re.Match[str] | FoldedMatch, fixed: int | None, plus: int) -> int | None:
    """The count a match gives: its number (and a second added, "19 children and two
    teachers"), or the pattern's fixed count, and the people beside it (``plus``)."""
    if fixed is not None:
        return fixed
    groups = match.groupdict()
    count = _part(groups["n"])
    for name in ("n2", "n2_one", "n3"):  # groups added to the first
        part = groups.get(name)
        if count is not None and part is not None:
            extra = _part(part)
            count = None if extra is None else count + extra
    return None if count is None else count + plus


def _part(text: str | None) -> int | None:
    """A count, or one for a person named by role ("a civilian", "the driver")."""
    if text is None:
        return None
    return 1 if text.lower() in _ONE else parse_number(text)


def _find_zeroes(text: str, folded: str, rules: CasualtyRules) -> list[CasualtyFigure]:
    figures: list[CasualtyFigure] = []
    for kind, pattern, words in rules.none:
        for match in pattern.finditer(text, folded):
            # "no one was hurt" counts only when a casualty word follows closely
            tail = text[match.start() : match.end() + 20].lower()
            if any(w in tail for w in words):
                figures.append(CasualtyFigure(kind, 0, match.start(), match.end(), match.group(0)))
    return figures


def _is_year_or_time(number: str, text: str, end: int, rules: CasualtyRules) -> bool:
    digits = number.replace(",", "")
    if digits.isdigit() and 1900 <= int(digits) <= 2100 and len(digits) == 4:
        return True
    return bool(rules.time_after.match(text[end : end + 6]))


def zero_cues(text: str, lexicon: Lexicon, folded: str | None = None) -> ZeroCues:
    """Whether ``text`` says no one died or was hurt without giving a figure."""
    rules = lexicon.rules(CasualtyRules)
    folded = lexicon.fold(text) if folded is None else folded
    return ZeroCues(
        rules.no_deaths.search(text, folded) is not None,
        rules.no_one_hurt.search(text, folded) is not None,
    )
