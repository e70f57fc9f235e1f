"""The terminal report of a MUC-4 run: P/R/F1 per role and micro, beside published figures."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from summarizer.evals.muc4.data import ROLES
from summarizer.evals.muc4.scorer import Scores

__all__ = ["PUBLISHED", "print_scores"]

#: Published reference figures: GRIT (Du, Rush and Cardie, EACL 2021), micro average on
#: the MUC-4 **test** split (TST3 + TST4), with the same scorer.
PUBLISHED: dict[str, Any] = {
    "system": "GRIT (Du, Rush and Cardie, EACL 2021)",
    "split": "test (TST3+TST4, 200 documents)",
    "micro": {"p": 64.19, "r": 47.36, "f1": 54.50},
}


def print_scores(
    scores: Scores, *, split_file: str, engine: str, wall_s: float | None, console: Console
) -> None:
    """A table of our figures on ``split_file`` and GRIT's published micro average on test."""
    table = Table(
        title=f"MUC-4 role fillers: {split_file}, {scores.documents} documents, {engine}",
        title_justify="left",
    )
    table.add_column("role")
    for name in ("P", "R", "F1"):
        table.add_column(name, justify="right")
    table.add_column("matched/pred/gold", justify="right")
    table.add_column("GRIT on test, P/R/F1", justify="right")
    rows = [(role, scores.roles[role]) for role in ROLES] + [("micro", scores.micro)]
    for role, counts in rows:
        published = ""
        if role == "micro":
            ref = PUBLISHED["micro"]
            published = f"{ref['p']:.2f}/{ref['r']:.2f}/{ref['f1']:.2f}"
        table.add_row(
            role,
            f"{100 * counts.precision:.2f}",
            f"{100 * counts.recall:.2f}",
            f"{100 * counts.f1:.2f}",
            f"{counts.matched}/{counts.predicted}/{counts.gold}",
            published,
            style="bold" if role == "micro" else None,
        )
    console.print(table)
    console.print(
        f"P/R/F1 in %; micro = pooled over roles and documents. Ours: {split_file}. "
        f"Published: {PUBLISHED['system']} on the MUC-4 test split (TST3+TST4), which is "
        "not used here: a reference point, not a like-for-like comparison."
    )
    if wall_s is not None:
        console.print(f"wall time {wall_s:.1f} s")
