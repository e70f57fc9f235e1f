"""Reading counts written as digits or words: "12", "1,200", "three", "a dozen", "twenty-five".

Vague quantities ("several", "dozens", "scores") deliberately read as no number.
"""

from __future__ import annotations

import re

__all__ = ["NUMBER", "parse_number"]

_UNITS = {
    "zero": 0,
    "no": 0,
    "none": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}

# "a", "an" and "no" count only inside "a dozen"/"a hundred"; alone they are not numbers.
_WORD = "|".join(
    sorted(
        [w for w in [*_UNITS, *_TENS] if w not in {"a", "an", "no", "single"}],
        key=len,
        reverse=True,
    )
)
#: A regex fragment matching one count as written in news text.
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+"
    rf"|(?:(?:a|one|two|three|four|five|six)\s+)?dozen\b|an?\s+(?:hundred|thousand)"
    rf"|(?:{_WORD})(?:[\s-]+(?:{_WORD}))?(?:\s+(?:hundred|thousand))?(?:\s+(?:and\s+)?(?:{_WORD}))?"
    # a release's "ten (10) personnel": the word, its figure in brackets after it
    rf"(?:\s\(\d{{1,5}}\))?)"
)


_BRACKETED = re.compile(r"\s\(\d{1,5}\)$")


def parse_number(text: str) -> int | None:
    """The integer ``text`` spells, or None when it is not a definite count."""
    raw = _BRACKETED.sub("", text.strip().lower())
    if not raw:
        return None
    digits = raw.replace(",", "")
    if digits.isdigit():
        return int(digits)
    words = [w for w in re.split(r"[\s-]+", raw) if w and w != "and"]
    if words and words[-1] == "dozen":
        return 12 * (_UNITS.get(words[0], 1) if len(words) > 1 else 1)
    total = current = 0
    seen = False
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None
