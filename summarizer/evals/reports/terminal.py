"""The terminal report: per-field means with 95 % intervals, then the worst fixtures."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

__all__ = ["print_report"]


def _short(value: Any, width: int = 70) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= width else text[: width - 1] + "…"


def print_report(report: dict[str, Any], console: Console, worst: int = 5) -> None:
    """Print the per-field table and the ``worst`` lowest-scoring fixtures with their diffs."""
    table = Table(
        title=f"{report['engine']} engine ({report['model']}) on {report['n_fixtures']} fixtures"
    )
    table.add_column("field")
    table.add_column("mean", justify="right")
    table.add_column("95% interval", justify="right")
    table.add_column("n", justify="right")
    for field, value in report["fields"].items():
        low, high = report["intervals"][field]
        table.add_row(field, f"{value:.3f}", f"{low:.3f}–{high:.3f}", str(report["counts"][field]))
    low, high = report["overall_interval"] or (0, 0)
    table.add_row(
        "[bold]overall[/bold]",
        f"[bold]{report['overall']:.3f}[/bold]",
        f"{low:.3f}–{high:.3f}",
        str(report["n_fixtures"]),
        end_section=True,
    )
    console.print(table)
    latency, usage = report["latency"], report["usage"]
    console.print(
        f"errors {report['errors']} · wall {latency['total_s']:.2f}s · p50 {latency['p50_s']:.3f}s"
        f" · tokens {usage['input_tokens']}+{usage['output_tokens']}"
        f" in {usage['requests']} requests"
    )
    ranked = sorted(
        (f for f in report["fixtures"] if f["overall"] is not None), key=lambda f: f["overall"]
    )
    for fixture in ranked[:worst]:
        console.print(
            f"\n[bold]{fixture['id']}[/bold] overall {fixture['overall']:.3f}"
            + (f" [red]error: {fixture['error']['message']}[/red]" if fixture["error"] else "")
        )
        for field, detail in fixture["details"].items():
            if detail["score"] >= 1:
                continue
            note = f" ({detail['note']})" if detail["note"] else ""
            console.print(
                f"  {field} {detail['score']:.2f}{note}\n"
                f"    expected {_short(detail['expected'])}\n"
                f"    produced {_short(detail['produced'])}"
            )
