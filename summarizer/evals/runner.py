"""Running an engine over fixtures and scoring every brief.

The result of a run is a plain dict (what ``--json-out`` writes), shaped as the contract
asks (``overall`` in [0, 1], ``fields`` of per-field numbers in [0, 1]) plus detail:

    {
      "overall": 0.81, "fields": {"incident": 1.0, ...},
      "intervals": {"incident": [0.95, 1.0], ...}, "counts": {"incident": 40, ...},
      "overall_interval": [0.78, 0.84],
      "engine": "offline", "model": "offline-rules-52b37c01", "prompt": {"name", "hash"} | null,
      "fixture_dirs": [...], "n_fixtures": 40, "errors": 0,
      "usage": {"input_tokens", "output_tokens", "requests"},
      "latency": {"total_s", "mean_s", "p50_s", "p95_s"},
      "created_at": "...",
      "fixtures": [{"id", "path", "overall", "scores": {field: x}, "details": {field:
                    {"score", "expected", "produced", "note"}}, "error", "latency_s",
                    "usage", "brief"}]
    }

A fixture's overall is the mean of its labeled fields; ``grounding`` is reported as a
field but kept out of the overall (a validated brief is grounded by construction, so it
would only flatter the figure). The run's overall is the mean over fixtures.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.engines import Engine
from summarizer.errors import SummarizerError
from summarizer.evals.fixtures import Fixture
from summarizer.evals.scorers import FIELDS, score_brief
from summarizer.evals.stats import bootstrap_interval, mean
from summarizer.schema import IncidentBrief

__all__ = ["FixtureResult", "fixture_article", "run_fixtures", "summarise_run"]

OVERALL_EXCLUDES = frozenset({"grounding"})


@dataclass
class FixtureResult:
    """One fixture's brief (or error) and scores."""

    fixture: Fixture
    brief: IncidentBrief | None
    error: dict[str, str] | None
    latency_s: float

    def as_dict(self, summary_scorer: str = "lexical") -> dict[str, Any]:
        scores = score_brief(
            self.fixture.expected, self.brief, self.fixture.text, summary_scorer=summary_scorer
        )
        counted = [s.score for f, s in scores.items() if f not in OVERALL_EXCLUDES]
        usage = self.brief.provenance.usage if self.brief else None
        return {
            "id": self.fixture.id,
            "path": str(self.fixture.path),
            "overall": mean(counted) if counted else None,
            "scores": {f: s.score for f, s in scores.items()},
            "details": {
                f: {
                    "score": s.score,
                    "expected": s.expected,
                    "produced": s.produced,
                    "note": s.note,
                }
                for f, s in scores.items()
            },
            "error": self.error,
            "latency_s": round(self.latency_s, 4),
            "usage": usage.model_dump() if usage else None,
            "brief": self.brief.model_dump(mode="json") if self.brief else None,
        }


def fixture_article(fixture: Fixture) -> Article:
    """The fixture's article as an engine sees it (normalised, HTML extracted)."""
    return Article.from_text(
        fixture.text, published=fixture.published, title=fixture.title, source=fixture.source
    )


async def _one(engine: Engine, fixture: Fixture, gate: asyncio.Semaphore) -> FixtureResult:
    async with gate:
        started = time.perf_counter()
        try:
            brief = await engine.asummarize(fixture_article(fixture))
            error = None
        except SummarizerError as exc:
            brief, error = None, {"type": type(exc).__name__, "message": str(exc)}
        except Exception as exc:  # an engine bug must not lose the rest of the run
            brief, error = None, {"type": f"internal:{type(exc).__name__}", "message": str(exc)}
        return FixtureResult(fixture, brief, error, time.perf_counter() - started)


async def _run_async(
    engine: Engine,
    fixtures: Sequence[Fixture],
    concurrency: int,
    progress: Callable[[FixtureResult], None] | None,
) -> list[FixtureResult]:
    gate = asyncio.Semaphore(max(1, concurrency))
    tasks = [asyncio.create_task(_one(engine, f, gate)) for f in fixtures]
    results: list[FixtureResult] = []
    for done in asyncio.as_completed(tasks):
        result = await done
        results.append(result)
        if progress is not None:
            progress(result)
    order = {f.id: i for i, f in enumerate(fixtures)}
    return sorted(results, key=lambda r: order[r.fixture.id])


def run_fixtures(
    engine: Engine,
    fixtures: Sequence[Fixture],
    *,
    concurrency: int = 4,
    progress: Callable[[FixtureResult], None] | None = None,
) -> list[FixtureResult]:
    """Brief every fixture with ``engine``, ``concurrency`` at a time, in fixture order."""
    return asyncio.run(_run_async(engine, fixtures, concurrency, progress))


def summarise_run(
    results: Sequence[FixtureResult],
    *,
    engine: str,
    model: str | None,
    prompt: dict[str, str] | None,
    fixture_dirs: Sequence[Path],
    wall_s: float,
    summary_scorer: str = "lexical",
) -> dict[str, Any]:
    """The run's JSON report (see the module docstring)."""
    per_fixture = [r.as_dict(summary_scorer) for r in results]
    fields: dict[str, float] = {}
    intervals: dict[str, list[float]] = {}
    counts: dict[str, int] = {}
    for field in FIELDS:
        values = [f["scores"][field] for f in per_fixture if field in f["scores"]]
        if values:
            fields[field] = round(mean(values), 4)
            intervals[field] = [round(v, 4) for v in bootstrap_interval(values)]
            counts[field] = len(values)
    overalls = [f["overall"] for f in per_fixture if f["overall"] is not None]
    latencies = sorted(r.latency_s for r in results)
    usage = {"input_tokens": 0, "output_tokens": 0, "requests": 0}
    for f in per_fixture:
        for key in usage:
            usage[key] += (f["usage"] or {}).get(key, 0)
    return {
        "overall": round(mean(overalls), 4) if overalls else 0.0,
        "overall_interval": [round(v, 4) for v in bootstrap_interval(overalls)]
        if overalls
        else None,
        "fields": fields,
        "intervals": intervals,
        "counts": counts,
        "engine": engine,
        "model": model,
        "prompt": prompt,
        "fixture_dirs": [str(d) for d in fixture_dirs],
        "n_fixtures": len(per_fixture),
        "summary_scorer": summary_scorer,
        "errors": sum(1 for f in per_fixture if f["error"]),
        "usage": usage,
        "latency": {
            "total_s": round(wall_s, 3),
            "mean_s": round(mean(latencies), 4) if latencies else 0.0,
            "p50_s": round(statistics.median(latencies), 4) if latencies else 0.0,
            "p95_s": round(latencies[int(0.95 * (len(latencies) - 1))], 4) if latencies else 0.0,
        },
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "fixtures": per_fixture,
    }
