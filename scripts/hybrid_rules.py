"""Measure the hybrid engine's event rules on recorded real-model answers (no model runs).

    python scripts/hybrid_rules.py [--cassettes DIR] [--fixtures DIR ...]

Replays the cassettes (``make llm-record``) through the LLM engine, briefs every fixture
with the offline engine once, then combines the two under each rule of
:data:`summarizer.engines.hybrid.EVENT_RULES` and prints the eval suite's scores per
field, beside the two engines alone. This is how ``EVENT_RULE`` was chosen; run it again
after a change to either engine (figures, not a pass/fail test).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from summarizer.config import Settings
from summarizer.engines.hybrid import BASES, EVENT_RULES, FILLABLE, combine
from summarizer.engines.offline import OfflineEngine
from summarizer.evals.fixtures import DEFAULT_DIR, load_fixtures
from summarizer.evals.recording import cassette_engine
from summarizer.evals.runner import FixtureResult, fixture_article, run_fixtures, summarise_run

REPO = Path(__file__).resolve().parent.parent
MODEL = "qwen2.5-coder-1.5b-instruct-q4km"
FIELDS = (
    "incident", "event_type", "sub_event_type", "date", "location", "perpetrators", "targets",
    "weapons", "killed", "injured", "named_casualties", "claims", "summary", "overall",
)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cassettes", type=Path, default=REPO / "evals" / "cassettes" / MODEL)
    parser.add_argument("--fixtures", type=Path, action="append", default=None)
    parser.add_argument("--model", default=MODEL)
    args = parser.parse_args(argv)
    fixtures = load_fixtures(args.fixtures or [DEFAULT_DIR])
    settings = Settings(model=args.model).with_overrides(mode="json_schema")
    llm = cassette_engine(settings, replay=args.cassettes)
    offline = OfflineEngine()
    llm_results = run_fixtures(llm, fixtures, concurrency=4)
    offline_results = run_fixtures(offline, fixtures, concurrency=1)
    runs: dict[str, list[FixtureResult]] = {"llm": llm_results, "offline": offline_results}
    # each base under each event rule with its default fills (FILLS), then the offline base
    # with every gap filled, and with one field filled at a time (which fills help?)
    variants: list[tuple[str, str, frozenset[str] | None]] = [
        (base, rule, None) for base in BASES for rule in EVENT_RULES
    ]
    variants += [("offline", "offline", FILLABLE)]
    variants += [("offline", "offline", frozenset({name})) for name in sorted(FILLABLE)]
    for base, rule, fills in variants:
        decide = EVENT_RULES[rule]
        combined = []
        for fixture, mine, theirs in zip(fixtures, llm_results, offline_results, strict=True):
            if mine.brief is None or theirs.brief is None:
                combined.append(theirs if mine.brief is None else mine)
                continue
            article = fixture_article(fixture)
            brief = combine(mine.brief, theirs.brief, article, decide, base, fills)
            result = FixtureResult(fixture, brief=brief, error=None, latency_s=mine.latency_s)
            combined.append(result)
        filled = "" if fills is None else "+all" if fills == FILLABLE else f"+{min(fills)}"
        name = f"{base}+{_SHORT[rule]}{filled}"
        runs[name] = combined
    reports = {
        name: summarise_run(
            results, engine=name, model=args.model, prompt=None, fixture_dirs=[], wall_s=0.0
        )
        for name, results in runs.items()
    }
    # one row per run, one column per field (short names), overall last
    width = max(map(len, reports)) + 2
    print("run".ljust(width) + "".join(f[:7].rjust(8) for f in FIELDS))
    for name, report in reports.items():
        values = [report["overall"] if f == "overall" else report["fields"].get(f) for f in FIELDS]
        print(name.ljust(width) + "".join(_fmt(v).rjust(8) for v in values))
    print(
        "rows: base+event rule[+fills]; without +fills, the base's default (FILLS)",
    )
    print(
        f"{len(fixtures)} fixtures; LLM briefs validated: "
        f"{sum(1 for r in llm_results if r.brief)} / {len(llm_results)}"
    )
    return 0


# Column names: the base, then the event rule, shortened.
_SHORT = {
    "llm": "llm",
    "offline_when_no_incident": "ofl-none",
    "offline_when_no_incident_or_llm_catch_all": "ofl-none-catchall",
    "offline": "ofl",
}


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
    sys.exit(code)
