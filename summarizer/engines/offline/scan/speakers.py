"""Whether two speakers an article names are one ("the regional governor" and "Governor Oleh
Syniehubov", "The RNDDH" and "The National Human Rights Defense Network (RNDDH)"), and which
of their names says more. The words set aside are ``[claims].generic_words``.
"""

from __future__ import annotations

import re

from summarizer.engines.offline.lexicon import Lexicon

__all__ = ["SpeakerRules", "same_speaker", "specificity"]


class SpeakerRules:
    """The words a speaker's name is compared without (``[claims].generic_words``)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.generic = frozenset(lexicon.section("claims")["generic_words"])
        #: a speaker's words, once worked out (speakers recur within and across articles)
        self.words: dict[str, frozenset[str]] = {}


def _tokens(speaker: str, lexicon: Lexicon) -> frozenset[str]:
    rules = lexicon.rules(SpeakerRules)
    known = rules.words.get(speaker)
    if known is None:
        words = re.findall(r"[\w-]+", speaker.lower().replace("’s", "").replace("'s", ""))
        known = frozenset(w for w in words if w not in rules.generic)
        if len(rules.words) > 10_000:
            rules.words.clear()
        rules.words[speaker] = known
    return known


def specificity(speaker: str, lexicon: Lexicon) -> int:
    """How many of the speaker's words say who it is ("the regional governor": 1,
    "Governor Oleh Syniehubov": 3)."""
    return len(_tokens(speaker, lexicon))


def same_speaker(first: str, second: str, lexicon: Lexicon) -> bool:
    """True when two speakers are one: "The RNDDH" and "The National Human Rights Defense
    Network (RNDDH)", "the doctor" and "A doctor at the Kunduz provincial hospital", "the
    city's mayor" and "Mayor Jorge Acevedo"; not "the health ministry" and "the interior
    ministry" (the words before a shared head disagree)."""
    a, b = _tokens(first, lexicon), _tokens(second, lexicon)
    if not a or not b:
        return False
    if a <= b or b <= a:
        return True
    head_a, head_b = first.split()[-1], second.split()[-1]
    definite = first.lower().startswith("the ") or second.lower().startswith("the ")
    if definite and head_a.lower() == head_b.lower() and head_a.islower():
        # "the health ministry" is not "the interior ministry": each says whose it is
        # (descriptions only: a proper name may be described by the other)
        own_a, own_b = a - {head_a.lower()}, b - {head_b.lower()}
        described = all(w.islower() for w in (first.split()[1:] + second.split()[1:]))
        return not (described and own_a and own_b and not own_a & own_b)
    generic = lexicon.rules(SpeakerRules).generic
    return _titles(first, second, b, generic) or _titles(second, first, a, generic)


def _titles(description: str, other: str, named: frozenset[str], generic: frozenset[str]) -> bool:
    """True when ``description`` names no one ("the city's mayor", "a hospital official")
    and its head, one person's office, is a word of ``other``, a person named with a
    proper name ("Mayor Jorge Acevedo"): the lead's "the city's mayor said" is that mayor.
    When both say whose office it is, they must agree ("a police spokesman" is not "a
    spokesman for the sect, X")."""
    if sum(1 for w in other.split()[1:] if w[:1].isupper()) < 2:
        return False
    words = description.split()
    head = words[-1]
    if len(words) < 2 or words[0].lower() not in {"the", "a", "an"}:
        return False  # "Thai police": a body, not an office one person holds
    if not head.islower() or head.endswith("s") or head not in named:
        return False
    # every word a common one, bar a hyphened or possessive one ("the Hamas-run agency")
    if not all(w.islower() or "-" in w or w.endswith(("'s", "’s")) for w in words[1:]):
        return False
    # when each says whose office it is, they must agree: "a police spokesman" is not "a
    # spokesman for the sect, X" (but "the defence ministry" is "Ministry spokesman X")
    plain = {w for w in words[1:-1] if "-" not in w and not w.endswith(("'s", "’s"))}
    whose = re.findall(r"\b(?:for|of|at|from) (?:the |a |an )?([a-z][\w-]*)", other)
    theirs = set(whose) - generic
    return not (plain - named - generic) or not (theirs - plain)
