"""Paired comparison of two runs: is a change more than noise?

Two runs over the same fixtures are compared fixture by fixture: for the overall and for each
field, the differences ``d_i = B_i - A_i`` on the fixtures both runs scored (by id). Each
comparison reports

- the mean difference with a **paired bootstrap** interval (percentile, resampling fixtures,
  so a fixture's A and B scores stay together);
- a two-sided **sign-flip permutation** p-value: under "no difference" each ``d_i`` is as
  likely to have the opposite sign, so the observed ``|mean(d)|`` is ranked among the
  ``|mean(±d)|`` of random sign flips (every flip, exactly, when there are at most
  :data:`EXACT_UP_TO` nonzero differences), counting the observed one;
- ``beyond_noise``: the interval excludes 0 *and* p < ``alpha``. Only such changes are marked.

Seeded, so a comparison is reproducible. A fixture's noise is not modelled beyond this: for an
LLM, record the runs you compare with the same settings, and remember that n fixtures that
never change contribute zeros (they make a real change harder to see, never easier).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = [
    "EXACT_UP_TO",
    "PairedChange",
    "paired_changes",
    "paired_difference",
    "paired_regressions",
]

EXACT_UP_TO = 16
"""With at most this many nonzero differences every sign flip is enumerated (2^16 of them)."""


@dataclass(frozen=True)
class PairedChange:
    """One figure of run B against run A on their shared fixtures."""

    name: str
    n: int
    a: float
    b: float
    delta: float
    low: float
    high: float
    p_value: float
    beyond_noise: bool

    def __str__(self) -> str:
        return (
            f"{self.name} {'fell' if self.delta < 0 else 'rose'} from {self.a:.3f} to "
            f"{self.b:.3f} ({self.delta:+.3f}, 95% CI {self.low:+.3f} to {self.high:+.3f}, "
            f"p={self.p_value:.3g}, n={self.n}; beyond noise)"
        )

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _sign_flip_p(diffs: np.ndarray, permutations: int, rng: np.random.Generator) -> float:
    nonzero = diffs[diffs != 0]
    if nonzero.size == 0:
        return 1.0
    observed = abs(nonzero.sum())
    if nonzero.size <= EXACT_UP_TO:
        signs = np.array(list(itertools.product((1.0, -1.0), repeat=nonzero.size)))
        sums = np.abs(signs @ nonzero)
        return float(np.mean(sums >= observed - 1e-12))
    signs = rng.choice((1.0, -1.0), size=(permutations, nonzero.size))
    sums = np.abs(signs @ nonzero)
    return float((np.sum(sums >= observed - 1e-12) + 1) / (permutations + 1))


def paired_difference(
    a: list[float],
    b: list[float],
    *,
    name: str = "overall",
    confidence: float = 0.95,
    alpha: float = 0.05,
    resamples: int = 5000,
    permutations: int = 10000,
    seed: int = 0,
) -> PairedChange:
    """Compare paired scores ``a[i]`` and ``b[i]`` (the same fixture in two runs)."""
    if len(a) != len(b) or not a:
        raise ValueError("paired comparison needs two equally long, non-empty lists of scores")
    rng = np.random.default_rng(seed)
    before, after = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    diffs = after - before
    n = diffs.size
    if np.all(diffs == diffs[0]):  # every resample has the same mean
        low = high = float(diffs[0])
    else:
        means = diffs[rng.integers(0, n, size=(resamples, n))].mean(axis=1)
        tail = (1 - confidence) / 2 * 100
        low, high = (float(v) for v in np.percentile(means, [tail, 100 - tail]))
    p_value = _sign_flip_p(diffs, permutations, rng)
    delta = float(diffs.mean())
    excludes_zero = low > 0 or high < 0
    return PairedChange(
        name=name,
        n=n,
        a=float(before.mean()),
        b=float(after.mean()),
        delta=delta,
        low=low,
        high=high,
        p_value=p_value,
        beyond_noise=bool(excludes_zero and p_value < alpha),
    )


def _by_id(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    fixtures = report.get("fixtures") or []
    if not fixtures or "scores" not in fixtures[0]:
        raise ValueError(
            "a paired comparison needs per-fixture scores in both reports "
            "(a --json-out report, or a --baseline-out baseline)"
        )
    return {f["id"]: f for f in fixtures}


def paired_changes(a: dict[str, Any], b: dict[str, Any], **options: Any) -> list[PairedChange]:
    """The overall and every field of ``b`` against ``a``, paired on their shared fixtures."""
    left, right = _by_id(a), _by_id(b)
    shared = [i for i in left if i in right]
    if not shared:
        raise ValueError("the two reports share no fixture id; nothing to pair")
    changes = []
    pairs = [
        (left[i]["overall"], right[i]["overall"])
        for i in shared
        if left[i]["overall"] is not None and right[i]["overall"] is not None
    ]
    if pairs:
        before, after = (list(v) for v in zip(*pairs, strict=True))
        changes.append(paired_difference(before, after, name="overall", **options))
    fields = dict.fromkeys(f for i in shared for f in left[i]["scores"])
    for field in fields:
        pairs = [
            (left[i]["scores"][field], right[i]["scores"][field])
            for i in shared
            if field in left[i]["scores"] and field in right[i]["scores"]
        ]
        if pairs:
            before, after = (list(v) for v in zip(*pairs, strict=True))
            changes.append(paired_difference(before, after, name=field, **options))
    return changes


def paired_regressions(baseline: dict[str, Any], current: dict[str, Any]) -> list[PairedChange]:
    """The gate's paired mode: every figure that fell beyond noise."""
    return [c for c in paired_changes(baseline, current) if c.beyond_noise and c.delta < 0]
