"""Prometheus metrics of ``summarizer serve`` (``GET /metrics``, text format).

With several worker processes, each writes its values to files in one shared folder
(``prometheus_client``'s multiprocess mode, ``PROMETHEUS_MULTIPROC_DIR``, set by
``summarizer serve``) and ``/metrics`` adds them up, whichever worker answers.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

from summarizer.schema import IncidentBrief

__all__ = ["CONTENT_TYPE_LATEST", "Metrics"]

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


def _multiprocess() -> bool:
    return bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))


class Metrics:
    """The service's counters, histograms and gauges, in a registry of their own."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "summarizer_http_requests",
            "HTTP requests answered, by route, method and status.",
            ["route", "method", "status"],
            registry=r,
        )
        self.latency = Histogram(
            "summarizer_http_request_duration_seconds",
            "Time from a request's arrival to the end of its answer, by route.",
            ["route"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.briefs = Counter(
            "summarizer_briefs",
            "Briefs made (outcome ok) or failed (outcome = the error class), by origin.",
            ["origin", "outcome"],
            registry=r,
        )
        self.brief_latency = Histogram(
            "summarizer_brief_duration_seconds",
            "Engine time of one brief (cache hits excluded), by engine.",
            ["engine"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.tokens = Counter(
            "summarizer_llm_tokens", "LLM tokens, by direction.", ["direction"], registry=r
        )
        self.llm_requests = Counter(
            "summarizer_llm_requests", "HTTP requests to the LLM endpoint.", registry=r
        )
        self.reasks = Counter(
            "summarizer_llm_reasks",
            "LLM requests past the first of a brief (re-asks after invalid output, retries).",
            registry=r,
        )
        self.cache = Counter(
            "summarizer_cache_lookups", "Brief cache look-ups, by result.", ["result"], registry=r
        )
        self.llm_in_flight = Gauge(
            "summarizer_llm_calls_in_flight",
            "Single-brief LLM calls in flight.",
            registry=r,
            multiprocess_mode="livesum",
        )
        self.jobs_running = Gauge(
            "summarizer_batch_jobs_running",
            "Batch jobs this service is running.",
            registry=r,
            multiprocess_mode="livesum",
        )
        self.job_rows = Counter(
            "summarizer_batch_rows", "Batch rows written, by outcome.", ["outcome"], registry=r
        )

    def observe_brief(
        self,
        brief: IncidentBrief,
        *,
        origin: str,
        engine: str,
        cached: bool,
        seconds: float | None = None,
    ) -> None:
        """Count a brief: its engine time (when measured), tokens and re-asks (unless it
        came from the cache)."""
        self.briefs.labels(origin, "ok").inc()
        if cached:
            return
        if seconds is not None:
            self.brief_latency.labels(engine).observe(seconds)
        usage = brief.provenance.usage
        if usage is not None and usage.requests:
            self.tokens.labels("input").inc(usage.input_tokens)
            self.tokens.labels("output").inc(usage.output_tokens)
            self.llm_requests.inc(usage.requests)
            self.reasks.inc(usage.requests - 1)

    def render(self) -> bytes:
        """The Prometheus text exposition of every worker's metrics."""
        if _multiprocess():
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)
