"""The MUC-4 role-filler metric, as GRIT's standard scorer (``eval.py``, "phi_strict") defines it.

Per document and role:

1. every mention string, gold and predicted, is normalised by :func:`normalize_mention`:
   lower-cased, ASCII punctuation (Python's ``string.punctuation``) deleted, the words
   "a", "an", "the" replaced by a space, whitespace collapsed: in that order, so
   ``"The F.M.L.N."`` → ``"fmln"`` and ``"al-qaeda"`` → ``"alqaeda"``;
2. a predicted entity (a list of mentions, usually one) *matches* a gold entity (a cluster
   of coreferent mentions) when every one of its mentions is among the cluster's mentions;
   with one mention, that is "equals one of the cluster's mentions";
3. predicted entities are aligned one-to-one with gold clusters so that the number of
   matched pairs is as large as possible (``scipy.optimize.linear_sum_assignment`` on the
   0/1 match matrix): a predicted entity that fits several clusters is credited once, two
   predictions of the same cluster (duplicates, or two coreferent mentions predicted as
   separate entities) earn one match and one false positive;
4. ``matched``, ``predicted`` (number of predicted entities) and ``gold`` (number of gold
   clusters) are summed over documents for each role, and over roles for the micro average.

Precision = matched / predicted, recall = matched / gold (0 when the numerator is 0, so an
empty role on both sides contributes nothing), F1 their harmonic mean (0 when both are 0).
Nothing is deduplicated: a prediction repeated is counted twice, as GRIT does.

One deliberate deviation: a predicted entity with no mentions is ignored. GRIT's scorer
would count it as a prediction that matches any gold cluster (every mention of an empty
list is trivially in the cluster), which rewards emitting ``[]``. Gold entities with no
mentions are dropped by both. Our own predictions never contain empty entities, so our
figures are the same under either rule.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from summarizer.evals.muc4.data import ROLES, Entity

__all__ = [
    "RoleCounts",
    "Scores",
    "count_matches",
    "normalize_mention",
    "score_documents",
]

_PUNCTUATION = str.maketrans("", "", string.punctuation)
_ARTICLES = re.compile(r"\b(?:a|an|the)\b")


def normalize_mention(text: str) -> str:
    """A mention as the standard scorer compares it (see the module docstring, step 1)."""
    text = text.lower().translate(_PUNCTUATION)
    return " ".join(_ARTICLES.sub(" ", text).split())


@dataclass
class RoleCounts:
    """Matched, predicted and gold entity counts, with precision, recall and F1 in [0, 1]."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: RoleCounts) -> None:
        """Add ``other``'s counts to these."""
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.matched else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.matched else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, float | int]:
        """Counts, and P/R/F1 as percentages rounded to two decimals (as GRIT prints them)."""
        return {
            "matched": self.matched,
            "predicted": self.predicted,
            "gold": self.gold,
            "p": round(100 * self.precision, 2),
            "r": round(100 * self.recall, 2),
            "f1": round(100 * self.f1, 2),
        }


def count_matches(predicted: Sequence[Entity], gold: Sequence[Entity]) -> RoleCounts:
    """Counts for one document and role (module docstring, steps 1 to 3)."""
    pred_sets = [{normalize_mention(m) for m in entity} for entity in predicted if entity]
    gold_sets = [{normalize_mention(m) for m in entity} for entity in gold if entity]
    counts = RoleCounts(predicted=len(pred_sets), gold=len(gold_sets))
    if not pred_sets or not gold_sets:
        return counts
    # Imported here: scipy takes ~0.3 s to import, and every other evals command skips it.
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    fits = np.zeros((len(gold_sets), len(pred_sets)))
    for i, cluster in enumerate(gold_sets):
        for j, mentions in enumerate(pred_sets):
            fits[i, j] = 1.0 if mentions <= cluster else 0.0
    rows, cols = linear_sum_assignment(fits, maximize=True)
    counts.matched = round(float(fits[rows, cols].sum()))
    return counts


@dataclass
class Scores:
    """Counts per role, summed over documents, and their micro average."""

    roles: dict[str, RoleCounts] = field(default_factory=lambda: {r: RoleCounts() for r in ROLES})
    documents: int = 0

    @property
    def micro(self) -> RoleCounts:
        total = RoleCounts()
        for counts in self.roles.values():
            total.add(counts)
        return total

    def as_dict(self) -> dict[str, object]:
        """Per-role and micro figures (see :meth:`RoleCounts.as_dict`)."""
        return {
            "documents": self.documents,
            "roles": {role: counts.as_dict() for role, counts in self.roles.items()},
            "micro": self.micro.as_dict(),
        }


def score_documents(
    predictions: Mapping[str, Mapping[str, Sequence[Entity]]],
    gold: Mapping[str, Mapping[str, Sequence[Entity]]],
) -> Scores:
    """Score ``predictions`` against ``gold``, both keyed by document id, then by role.

    Every gold document is scored, each for the five :data:`ROLES`; predictions for
    documents not in ``gold`` are ignored. A gold document without predictions, or a
    prediction without one of the roles, raises ``KeyError`` (GRIT's scorer fails there too:
    a prediction file must cover every document and role; see ``predictions_from_grit``).
    """
    scores = Scores()
    for docid, gold_roles in gold.items():
        predicted = predictions[docid]
        for role in ROLES:
            scores.roles[role].add(count_matches(predicted[role], gold_roles[role]))
        scores.documents += 1
    return scores
