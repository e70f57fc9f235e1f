"""The regression gate and run comparison.

A run fails the gate against a baseline when its overall falls more than
:data:`OVERALL_TOLERANCE` below the baseline's, or any field present in both falls more than
:data:`FIELD_TOLERANCE`. Improvements never fail; re-baseline to lock them in.

Both sides are compared on the fixtures they have in common (by id), recomputing the means
from per-fixture scores, so a run without ``../shared`` (or with a new fixture) is still
compared like for like. Reports without per-fixture scores are compared as they stand.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = [
    "FIELD_TOLERANCE",
    "OVERALL_TOLERANCE",
    "Regression",
    "changed_fixtures",
    "check_gate",
]

OVERALL_TOLERANCE = 0.02
FIELD_TOLERANCE = 0.05


@dataclass(frozen=True)
class Regression:
    """One figure that fell too far."""

    name: str
    baseline: float
    current: float
    tolerance: float

    def __str__(self) -> str:
        return (
            f"{self.name} fell from {self.baseline:.3f} to {self.current:.3f} "
            f"({self.current - self.baseline:+.3f}; allowed -{self.tolerance:.2f})"
        )


def _means(report: dict[str, Any], ids: set[str]) -> dict[str, Any]:
    fixtures = [f for f in report["fixtures"] if f["id"] in ids]
    overalls = [f["overall"] for f in fixtures if f["overall"] is not None]
    fields: dict[str, list[float]] = {}
    for fixture in fixtures:
        for field, score in fixture["scores"].items():
            fields.setdefault(field, []).append(score)
    return {
        "overall": sum(overalls) / len(overalls) if overalls else 0.0,
        "fields": {field: sum(v) / len(v) for field, v in fields.items()},
    }


def common_ground(
    baseline: dict[str, Any], current: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both reports' figures recomputed over the fixtures they share (when both list them)."""
    if not baseline.get("fixtures") or not current.get("fixtures"):
        return baseline, current
    ids = {f["id"] for f in baseline["fixtures"]} & {f["id"] for f in current["fixtures"]}
    if not ids:
        return baseline, current
    return _means(baseline, ids), _means(current, ids)


def check_gate(baseline: dict[str, Any], current: dict[str, Any]) -> list[Regression]:
    """Every figure of ``current`` that fell more than its tolerance below ``baseline``."""
    baseline, current = common_ground(baseline, current)
    failures: list[Regression] = []
    if current["overall"] < baseline["overall"] - OVERALL_TOLERANCE - 1e-9:
        failures.append(
            Regression("overall", baseline["overall"], current["overall"], OVERALL_TOLERANCE)
        )
    for field, before in baseline.get("fields", {}).items():
        after = current.get("fields", {}).get(field)
        if after is not None and after < before - FIELD_TOLERANCE - 1e-9:
            failures.append(Regression(field, before, after, FIELD_TOLERANCE))
    return failures


def changed_fixtures(
    a: dict[str, Any], b: dict[str, Any], min_delta: float = 1e-6
) -> list[dict[str, Any]]:
    """Fixtures whose overall differs between runs, with the fields that moved, biggest first."""
    before = {f["id"]: f for f in a.get("fixtures", [])}
    changes = []
    for fixture in b.get("fixtures", []):
        old = before.get(fixture["id"])
        if old is None:
            continue
        delta = (fixture["overall"] or 0) - (old["overall"] or 0)
        moved = {
            field: (old["scores"].get(field), score)
            for field, score in fixture["scores"].items()
            if abs(score - old["scores"].get(field, score)) > min_delta
        }
        if abs(delta) > min_delta or moved:
            changes.append(
                {
                    "id": fixture["id"],
                    "before": old["overall"],
                    "after": fixture["overall"],
                    "delta": delta,
                    "fields": moved,
                }
            )
    return sorted(changes, key=lambda c: abs(c["delta"]), reverse=True)
