"""Batch runs: many articles, concurrently, rate-limited, cached and resumable.

- :mod:`.items`: :class:`BatchItem` and the JSONL / directory readers;
- :mod:`.runner`: :func:`summarize_many`, :func:`summarize_many_sync`, results and stats;
- :mod:`.ratelimit`: requests- and tokens-per-minute buckets, 429 back-off;
- :mod:`.transport`: the rate-limited transport and its connection pool;
- :mod:`.cache`: the SQLite brief cache and its key;
- :mod:`.output`: the append-only, resumable JSONL output;
- :mod:`.pricing`: the price table behind the cost estimate;
- :mod:`.command`: the ``summarizer batch`` command (progress bar, signals, summary).
"""

from summarizer.batch.cache import BriefCache, EngineIdentity, cache_key, default_cache_path
from summarizer.batch.items import BadInput, BatchItem, read_directory, read_jsonl
from summarizer.batch.runner import (
    BatchResult,
    BatchRun,
    BatchStats,
    ItemError,
    ItemLike,
    freeze_heap,
    summarize_many,
    summarize_many_sync,
)

__all__ = [
    "BadInput",
    "BatchItem",
    "BatchResult",
    "BatchRun",
    "BatchStats",
    "BriefCache",
    "EngineIdentity",
    "ItemError",
    "ItemLike",
    "cache_key",
    "default_cache_path",
    "freeze_heap",
    "read_directory",
    "read_jsonl",
    "summarize_many",
    "summarize_many_sync",
]
