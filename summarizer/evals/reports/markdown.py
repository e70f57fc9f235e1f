"""A Markdown summary that fits a CI job summary page."""

from __future__ import annotations

from typing import Any

__all__ = ["render_markdown"]


def render_markdown(
    report: dict[str, Any], gate_failures: list[str] | None = None, worst: int = 5
) -> str:
    """Per-field table, the gate's verdict (if any), and the worst fixtures."""
    lines = [
        f"## Incident-brief eval: {report['engine']} ({report['model']})",
        "",
        f"**Overall {report['overall']:.3f}** on {report['n_fixtures']} fixtures, "
        f"{report['errors']} engine errors.",
        "",
    ]
    if gate_failures is not None:
        if gate_failures:
            lines += ["**Gate: FAILED**", "", *[f"- {f}" for f in gate_failures], ""]
        else:
            lines += ["**Gate: passed**", ""]
    lines += ["| field | mean | 95% interval | n |", "|---|---:|---:|---:|"]
    for field, value in report["fields"].items():
        low, high = report["intervals"][field]
        lines.append(
            f"| {field} | {value:.3f} | {low:.3f}–{high:.3f} | {report['counts'][field]} |"
        )
    ranked = sorted(
        (f for f in report["fixtures"] if f["overall"] is not None), key=lambda f: f["overall"]
    )
    if ranked:
        lines += [
            "",
            "### Lowest-scoring fixtures",
            "",
            "| fixture | overall | weakest fields |",
            "|---|---:|---|",
        ]
        for fixture in ranked[:worst]:
            weak = sorted((s, f) for f, s in fixture["scores"].items() if s < 1)[:4]
            lines.append(
                f"| {fixture['id']} | {fixture['overall']:.3f} | "
                + ", ".join(f"{f} {s:.2f}" for s, f in weak)
                + " |"
            )
    return "\n".join(lines) + "\n"
