"""The regression gate and run comparison.

A run fails the gate against a baseline when its overall falls more than
:data:`OVERALL_TOLERANCE` below the baseline's, or any field present in both falls more than
:data:`FIELD_TOLERANCE`. Improvements never fail; re-baseline to lock them in.
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
    "field_deltas",
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


def check_gate(baseline: dict[str, Any], current: dict[str, Any]) -> list[Regression]:
    """Every figure of ``current`` that fell more than its tolerance below ``baseline``."""
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


def field_deltas(
    a: dict[str, Any], b: dict[str, Any]
) -> list[tuple[str, float | None, float | None]]:
    """(field, a, b) for the overall and every field in either run."""
    names = ["overall", *dict.fromkeys([*a.get("fields", {}), *b.get("fields", {})])]
    rows = []
    for name in names:
        before = a.get("overall") if name == "overall" else a.get("fields", {}).get(name)
        after = b.get("overall") if name == "overall" else b.get("fields", {}).get(name)
        rows.append((name, before, after))
    return rows


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
