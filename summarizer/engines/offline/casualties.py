"""Killed and injured counts, each with the sentence it comes from and its source.

Patterns cover the common shapes of casualty reporting: "killed 12 people", "12 people were
killed", "12 dead", "a death toll of 12", "killing three and wounding 40", "12 killed and 30
injured". "At least", "more than", "over" keep the number (the contract counts them as N).
Vague quantities ("several", "dozens") give no number. "No one was killed/hurt" gives 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarizer.engines.offline._memo import memo_list
from summarizer.engines.offline._regex import LiteralScan, fold_case
from summarizer.engines.offline.numbers import NUMBER, parse_number

__all__ = ["CasualtyFigure", "find_casualties"]

_QUALIFIER = r"(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|almost|up\s+to|as\s+many\s+as|roughly|approximately)\s+)?"
_WHO = (
    r"(?:(?:other|more|further|additional|local|innocent|unarmed|young|wounded|armed|suspected|"
    r"civilian|government|security|police|army|military|rebel|militia|pro-government|opposition|"
    r"Shia|Sunni|Christian|Muslim|(?-i:[A-Z])[\w.'-]*)\s+){0,3}"
    r"(?:people|persons|civilians|soldiers|troops|officers|policemen|police officers|police|fighters|"
    r"militants|members|children|women|men|villagers|residents|worshippers|students|passengers|"
    r"protesters|demonstrators|attackers|assailants|gunmen|insurgents|rebels|personnel|servicemen|"
    r"service members|guards|workers|others|individuals|bystanders|pupils|farmers|miners|migrants|"
    r"relatives|family members|militiamen|jihadists|combatants|recruits|paramilitaries|troopers|"
    r"marines|sailors|crew members|crew|staff|employees|patients|journalists|officials|commanders|"
    r"victims|bodies|Palestinians|Israelis|Ukrainians|Russians)"
    # "three members of the Kurdish-led Syrian Democratic Forces"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:[\w'’.-]+))?"
)
_KILL = (
    r"(?:killed|dead|died|deaths?|lives|slain|murdered|massacred|executed|perished|fatalities|"
    r"shot dead|martyred|bodies|(?:beaten|hacked|stabbed|stoned|burned|burnt|clubbed) to death|"
    r"buried(?!\s+(?:under|beneath|in the rubble|alive)))"
)
_HURT = r"(?:injured|wounded|hurt|injuries|casualties|hospitali[sz]ed)"
_N = rf"(?P<q>{_QUALIFIER})(?P<n>{NUMBER})"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = []
for _kind, _verb in (("killed", _KILL), ("injured", _HURT)):
    _PATTERNS += [
        # "12 people were killed", "three soldiers died", "12 dead", "40 others wounded"
        (
            _kind,
            re.compile(
                rf"\b{_N}\s+(?:more\s+)?(?:{_WHO}\s*)?(?:,[^,.;]{{1,70}},\s*)?(?:(?:were|was|have been|had been|has been|had|have|has|are|being|reportedly|also|later|all)\s+){{0,3}}{_verb}\b",
                re.I,
            ),
        ),
        # "killed 12 people", "killing three", "wounding at least 40 others"
        (
            _kind,
            re.compile(
                rf"\b(?:{'killed|killing|kills|kill' if _kind == 'killed' else 'injured|injuring|wounded|wounding|injures|wounds'})\s+(?:a\s+total\s+of\s+)?{_N}\b(?!\s*(?:%|percent|km|kilomet|miles|metres|meters|hours|minutes|days|years|am|pm|a\.m|p\.m))",
                re.I,
            ),
        ),
        # "death toll of 12", "toll rose to 12", "number of wounded stood at 40"
        (
            _kind,
            re.compile(
                rf"\b(?:{'(?:death|casualty|fatality)' if _kind == 'killed' else '(?:injury|wounded|injured)'}\s+(?:toll|count|number|figure)"
                # "put the number of dead at 41"
                rf"|number of {'(?:dead|deaths|fatalities|people killed|those killed)' if _kind == 'killed' else '(?:wounded|injured|people injured|people wounded)'})"
                rf"\s+(?:\w+\s+){{0,4}}?(?:of|at|to|was|is|stood at|rose to|climbed to|reached)\s+{_N}\b",
                re.I,
            ),
        ),
    ]
_SINGULAR = (
    r"(?:man|woman|boy|girl|child|baby|soldier|farmer|policeman|police officer|officer|civilian|"
    r"student|teacher|journalist|worker|resident|passenger|person|commander|member|fighter|guard|"
    r"driver|doctor|nurse|paramedic|pilot|shepherd|trader|villager|worshipper|employee|official)"
)
# "a member of the local vigilante group who tried to stop the attackers (was killed)"
_SINGULAR_TAIL = r"(?:\s+(?:of|from)\s+[^,.;]{1,40}?)?(?:\s+who\s+[^,.;]{1,50}?)?"
_PATTERNS += [
    # "11 bodies"
    ("killed", re.compile(rf"\b{_N}\s+(?:more\s+)?bodies\b", re.I)),
    # "more than 20 wounded people", "12 dead soldiers"
    ("injured", re.compile(rf"\b{_N}\s+(?:wounded|injured)\s+{_WHO}", re.I)),
    ("killed", re.compile(rf"\b{_N}\s+dead\s+{_WHO}", re.I)),
    # "three victims were taken to hospital with gunshot wounds"
    (
        "injured",
        re.compile(
            rf"\b{_N}\s+(?:{_WHO}\s*)?(?:,[^,.;]{{1,70}},\s*)?(?:were|was|had been|have been)\s+(?:treated|hospitali[sz]ed|transported|taken|rushed|admitted)\b[^.;]{{0,60}}?\b(?:wounds|injuries)\b",
            re.I,
        ),
    ),
    # "beat two men to death", "hacked three villagers to death"
    (
        "killed",
        re.compile(
            rf"\b(?:beat|hacked|stabbed|stoned|burned|burnt|clubbed|lynched)\s+{_N}\s+(?:{_WHO}\s+)?to\s+death\b",
            re.I,
        ),
    ),
    # "treated at least 15 people for gunshot wounds"
    (
        "injured",
        re.compile(
            rf"\b(?:treated|treating|admitted|received)\s+{_N}\s+(?:{_WHO}\s+)?(?:for|with)\b[^.;]{{0,40}}?\b(?:wounds|injuries)\b",
            re.I,
        ),
    ),
    # "a police officer was wounded": one person
    (
        "injured",
        re.compile(
            rf"\b(?P<n>an?|one)\s+(?:\d+-year-old\s+)?(?:\w+\s+)?{_SINGULAR}{_SINGULAR_TAIL}\s+(?:was|has been|had been)\s+(?:wounded|injured|hurt|shot and (?:wounded|injured)|shot in the (?!head)\w+)\b",
            re.I,
        ),
    ),
    # "a 58-year-old farmer was killed": one person
    (
        "killed",
        re.compile(
            rf"\b(?P<n>an?|one)\s+(?:\d+-year-old\s+)?(?:\w+\s+)?{_SINGULAR}{_SINGULAR_TAIL}\s+(?:was|has been|had been)\s+(?:shot\s+)?(?:killed|shot dead|murdered)\b",
            re.I,
        ),
    ),
]

_NONE = {
    "killed": re.compile(
        r"\b(?:(?:no\s+(?:one|deaths?|fatalities|casualties)|nobody)\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:killed|reported|recorded|died|dead)?"
        r"|(?:without|caused no|causing no|there were no|no immediate reports? of)\s+(?:any\s+)?(?:casualties|deaths|fatalities))\b",
        re.I,
    ),
    "injured": re.compile(
        r"\b(?:(?:no\s+(?:one|injuries|casualties)|nobody)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:injured|hurt|wounded|reported)"
        r"|(?:without|caused no|causing no|there were no|no immediate reports? of|no)\s+(?:any\s+)?(?:casualties|injuries)"
        r"|(?:were|was)\s+(?:all\s+)?(?:accounted for and\s+)?(?:unhurt|unharmed))\b",
        re.I,
    ),
}


_PART_OF = re.compile(
    r"\b(?:among them|among whom|of whom|of them|including|among the dead|among those killed)"
    r"\s*,?\s*$",
    re.I,
)


@dataclass(frozen=True)
class CasualtyFigure:
    """One casualty total as written: what kind, how many, where in the text."""

    kind: str  # "killed" or "injured"
    count: int
    start: int
    end: int
    text: str


@cache
def _scan() -> LiteralScan:
    """Which patterns (``_NONE``'s, then ``_PATTERNS``) may match: each needs one of its
    words ("killed", "toll", "wounded", ...), and most sentences have none."""
    return LiteralScan([*_NONE.values(), *(pattern for _, pattern in _PATTERNS)])


@memo_list
def find_casualties(text: str) -> list[CasualtyFigure]:
    """Every definite casualty figure in ``text`` (overlapping matches keep the first found)."""
    possible = _scan().candidates(fold_case(text))
    if not possible:
        return []
    figures = _find_zeroes(text, possible)
    # "no one was hurt" must not also read as "one was hurt"
    taken: list[tuple[int, int, str]] = [(f.start, f.end, f.kind) for f in figures]
    for index, (kind, pattern) in enumerate(_PATTERNS, start=len(_NONE)):
        if index not in possible:
            continue
        for match in pattern.finditer(text):
            count = parse_number(match.group("n"))
            if count is None or count > 100_000:
                continue
            if _is_year_or_time(match.group("n"), text, match.end("n")):
                continue
            start, end = match.span()
            if any(k == kind and s < end and start < e for s, e, k in taken):
                continue
            if _PART_OF.search(text, max(0, start - 20), start):
                continue  # "nine died, among them two soldiers": a part, not a total
            taken.append((start, end, kind))
            figures.append(CasualtyFigure(kind, count, start, end, match.group(0)))
    return sorted(figures, key=lambda f: f.start)


def _find_zeroes(text: str, possible: frozenset[int]) -> list[CasualtyFigure]:
    figures: list[CasualtyFigure] = []
    for index, (kind, pattern) in enumerate(_NONE.items()):
        if index not in possible:
            continue
        for match in pattern.finditer(text):
            # "no one was hurt" counts only when a casualty word follows closely
            tail = text[match.start() : match.end() + 20].lower()
            words = (
                ("killed", "died", "dead", "death", "fatalities")
                if kind == "killed"
                else ("injur", "hurt", "wound", "casualt", "unharmed")
            )
            if any(w in tail for w in words) or (kind == "killed" and "casualt" in tail):
                figures.append(CasualtyFigure(kind, 0, match.start(), match.end(), match.group(0)))
    return figures


def _is_year_or_time(number: str, text: str, end: int) -> bool:
    digits = number.replace(",", "")
    if digits.isdigit() and 1900 <= int(digits) <= 2100 and len(digits) == 4:
        return True
    return bool(re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|:\d\d)", text[end : end + 6]))
