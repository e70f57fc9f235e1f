"""``claims``: who said what, F1 over claims.

A produced claim matches a labeled one when both

- the speaker matches: the two names share a distinctive word (fuzzily, as in
  :mod:`~summarizer.evals.matching`) once role words ("officials", "spokesman", "sources",
  articles and prepositions) are set aside, so "militia officials" matches "Iran-backed
  militia officials in Iraq" but not "U.S. officials"; a speaker made only of role words
  ("officials") falls back to rapidfuzz ``token_set_ratio`` ≥ 70; and
- the statement matches: at least 40 % of the label's content words (stemmed, stopwords
  dropped) appear in the produced ``says`` or ``quote``, and every number in the label
  appears there too ("three killed" never matches "twelve killed").

Claims are aligned one-to-one by optimal assignment; the score is F1 (no labeled and no
produced claims: 1.0).
"""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from summarizer.evals.matching import content_tokens, fold, names_match, numbers_in, prf
from summarizer.evals.scorers._base import FieldScore
from summarizer.schema import Claim

SPEAKER_THRESHOLD = 70
CONTENT_THRESHOLD = 0.4


_ROLE_WORDS = frozenset(
    """official officials spokesman spokeswoman spokesperson spokespeople source sources statement
    said says authorities authority representative representatives member members people group
    the a an in of for from on at its local senior told according""".split()
)


def speaker_matches(label: str, produced: str) -> bool:
    """True when the speakers share a distinctive word (or, if generic, are alike overall)."""
    mine = [w for w in fold(label).split() if w not in _ROLE_WORDS]
    theirs = [w for w in fold(produced).split() if w not in _ROLE_WORDS]
    if not mine or not theirs:
        return fuzz.token_set_ratio(fold(label), fold(produced)) >= SPEAKER_THRESHOLD
    return any(names_match(word, theirs) for word in mine)


def claim_matches(label: dict[str, Any], claim: Claim) -> bool:
    """True when ``claim`` has the label's speaker and says what the label says."""
    if not speaker_matches(str(label["source"]), claim.source):
        return False
    produced_text = f"{claim.says} {claim.quote}"
    wanted = content_tokens(str(label["says"]))
    if wanted and len(wanted & content_tokens(produced_text)) / len(wanted) < CONTENT_THRESHOLD:
        return False
    return numbers_in(str(label["says"])) <= numbers_in(produced_text)


def score_claims(expected: Any, produced: list[Claim]) -> FieldScore:
    """F1 of produced claims against labeled claims, matched as the module says."""
    labels = list(expected or [])
    if not labels or not produced:
        precision, recall, f1 = prf(0, len(produced), len(labels))
    else:
        import numpy as np
        from scipy.optimize import linear_sum_assignment

        matrix = np.array([[float(claim_matches(lab, c)) for lab in labels] for c in produced])
        rows, cols = linear_sum_assignment(matrix, maximize=True)
        matched = int(matrix[rows, cols].sum())
        precision, recall, f1 = prf(matched, len(produced), len(labels))
    shown = [{"source": c.source, "says": c.says} for c in produced]
    return FieldScore(f1, expected, shown, None if f1 == 1 else f"P {precision:.2f} R {recall:.2f}")
