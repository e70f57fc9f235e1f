"""Hostile inputs, timed: ``python scripts/bench_hostile.py`` (or ``make bench-hostile``).

For every case of :data:`summarizer.evals.hostile.HOSTILE` it prints its size, the median seconds of
``runs`` calls of ``summarize(text, engine="offline")`` (article preparation included; the
engine's caches cleared before each) and the outcome: a brief, or the ``InputError`` that
refused it. The aim is under 5 s each on one core; figures vary with the machine, so
compare medians and ratios.
"""

from __future__ import annotations

import argparse
import statistics
import time

from summarizer import summarize
from summarizer.engines.offline.text import fold
from summarizer.errors import InputError
from summarizer.evals.hostile import HOSTILE


def time_case(text: str, runs: int) -> tuple[float, str]:
    """Median seconds of ``runs`` offline briefs of ``text``, and what came of it."""
    times = []
    outcome = ""
    for _ in range(runs):
        fold.cache_clear()  # a repeated text must cost what a new one would
        started = time.perf_counter()
        try:
            brief = summarize(text, engine="offline")
            outcome = "brief" + (" (incident)" if brief.incident else " (no incident)")
        except InputError as exc:
            outcome = f"InputError: {str(exc)[:60]}"
        times.append(time.perf_counter() - started)
    return statistics.median(times), outcome


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/bench_hostile.py", description=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="calls per case (median shown)")
    args = parser.parse_args(argv)
    summarize("Two people died in Kirkuk on Monday.", engine="offline")  # load the data once
    slowest = 0.0
    print(f"{'case':40} {'chars':>11} {'median s':>9}  outcome")
    for name, build in HOSTILE.items():
        text = build()
        seconds, outcome = time_case(text, args.runs)
        slowest = max(slowest, seconds)
        print(f"{name:40} {len(text):>11,} {seconds:>9.3f}  {outcome}", flush=True)
    print(f"slowest: {slowest:.3f} s (aim: under 5 s each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
