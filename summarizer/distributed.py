"""Batch runs on Ray Data (needs ``summarizer[ray]``): ``summarizer batch --ray`` and Python.

>>> from summarizer.distributed import run_batch                       # doctest: +SKIP
>>> stats = run_batch("articles.parquet", "briefs.jsonl", engine="offline")

How a run goes:

1. **Read and name** (the driver): JSONL, a directory of articles, or Parquet (columns
   ``id``, ``text``, ``published``?, ``title``?, ``source``?; the "line" of a row is its
   1-based position) is read one record at a time and named by the local runner's rules
   (:class:`~summarizer.batch.naming.RecordNamer`: same ids, same records for bad lines and
   repeated ids). Only the ids are kept; the rows go to Ray's object store in blocks of
   :data:`BLOCK` as Arrow tables.
2. **Brief** (the cluster): ``Dataset.map_batches`` with :class:`BriefActor`, a pool of
   actors each holding one engine. Each batch is briefed by the local runner in the actor
   (:func:`~summarizer.batch.parallel.brief_rows`), so the cache, retries and error records
   are the local ones. The offline engine is CPU-bound: one actor per CPU, one article at a
   time. The LLM engine is I/O-bound: each actor runs ``concurrency`` calls at once on its
   own event loop, and the run's ``rpm``/``tpm`` are split evenly across the actors (each
   gets ``rpm / actors``), so the cluster as a whole keeps to them.
3. **Write** (the driver): records stream back as batches finish and are written as JSONL
   (the resumable, locked output of ``summarizer batch``) or Parquet (columns ``id``,
   ``brief`` (JSON text), ``error_type``, ``error_message``).

Without an address, a local Ray instance is started (and stopped at the end); with one
(``ray://head:10001``, ``auto``), the run joins that cluster; a process that already called
``ray.init`` keeps its own. On a cluster every node needs the package: submit with a
runtime environment that installs it (see the README).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
import warnings
from collections.abc import AsyncIterator, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import ray
import ray.data

from summarizer.batch.cache import identity_for
from summarizer.batch.items import (
    BadInput,
    BatchItem,
    item_from_mapping,
    read_directory,
    read_jsonl_file,
)
from summarizer.batch.naming import RecordNamer, coerce, named
from summarizer.batch.parallel import (
    CHUNK,
    FATAL,
    OffloadedRun,
    Row,
    _result,
    brief_rows,
    raise_fatal,
)
from summarizer.batch.runner import BatchResult, BatchStats, _ThreadedReader
from summarizer.config import EngineName, Settings
from summarizer.engines import choose_engine
from summarizer.errors import ConfigurationError

__all__ = ["BLOCK", "BriefActor", "RayRun", "brief_dataset", "read_records", "run_batch"]

#: Named rows per block put in the object store by the driver (a block is a task of one
#: actor: small enough that every actor gets some of a small input).
BLOCK = 512

_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("text", pa.string()),
        ("published", pa.string()),
        ("title", pa.string()),
        ("source", pa.string()),
        ("problem", pa.string()),
    ]
)


# -- reading ----------------------------------------------------------------------------------


def _read_parquet(path: Path) -> Iterator[BatchItem | BadInput]:
    table = pq.ParquetFile(path)
    position = 0
    for batch in table.iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            position += 1
            published = row.get("published")
            if published is not None and not isinstance(published, str):
                row["published"] = published.isoformat()  # a date column
            yield item_from_mapping(row, position)


def read_records(path: str | Path) -> Iterator[BatchItem | BadInput]:
    """The records of a JSONL file, a Parquet file (``.parquet``) or a directory of articles."""
    path = Path(path)
    if path.is_dir():
        return read_directory(path)
    if path.suffix.lower() in (".parquet", ".pq"):
        return _read_parquet(path)
    return read_jsonl_file(path)


def _blocks(records: Iterable[Any], skip: Collection[str], stats: BatchStats) -> Iterator[pa.Table]:
    namer = RecordNamer()
    rows: list[dict[str, Any]] = []
    for position, raw in enumerate(records, start=1):
        record = coerce(raw, position)
        item_id, problem = namer.admit(record, position)
        if item_id in skip:
            stats.skipped += 1
            continue
        rows.append(named(record, item_id, problem))
        if len(rows) >= BLOCK:
            yield pa.Table.from_pylist(rows, schema=_SCHEMA)
            rows = []
    if rows:
        yield pa.Table.from_pylist(rows, schema=_SCHEMA)


# -- briefing ---------------------------------------------------------------------------------


class BriefActor:
    """One engine per actor; briefs a batch of named rows with the local runner."""

    def __init__(
        self,
        engine: str,
        settings: Settings,
        cache: str | None,
        concurrency: int | None,
        rpm: float | None,
        tpm: float | None,
    ) -> None:
        self.options: dict[str, Any] = {
            "engine": EngineName(engine),
            "settings": settings,
            "cache": cache,
            "concurrency": concurrency,
            "rpm": rpm,
            "tpm": tpm,
        }

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows = brief_rows(batch.to_pylist(), **self.options)
        return pa.table(
            {
                "id": [row[0] for row in rows],
                "line": [row[1] for row in rows],
                "error_type": [row[2] for row in rows],
                "cached": [row[3] for row in rows],
            }
        )


def _actors(requested: int | None) -> int:
    if requested is not None:
        return requested
    return max(1, int(ray.cluster_resources().get("CPU", 1)))  # type: ignore[no-untyped-call]


def brief_dataset(
    dataset: ray.data.Dataset,
    *,
    engine: EngineName,
    settings: Settings,
    cache: str | None = None,
    actors: int | None = None,
    concurrency: int | None = None,
    rpm: float | None = None,
    tpm: float | None = None,
    batch_size: int = CHUNK,
) -> ray.data.Dataset:
    """``dataset`` of named rows (id, text, published, title, source, problem) briefed by a
    pool of :class:`BriefActor`: rows ``{id, line, error_type, cached}``, ``line`` the
    output record of ``summarizer batch``. ``rpm``/``tpm`` are the whole run's, split across
    the actors."""
    count = _actors(actors)

    def share(limit: float | None) -> float | None:
        return None if limit is None else limit / count

    return dataset.map_batches(
        BriefActor,
        fn_constructor_kwargs={
            "engine": engine.value,
            "settings": settings,
            "cache": cache,
            "concurrency": concurrency,
            "rpm": share(rpm),
            "tpm": share(tpm),
        },
        batch_size=batch_size,
        batch_format="pyarrow",
        concurrency=count,
        num_cpus=1,
    )


def _quiet() -> None:
    # the command has its own progress bar and summary
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", category=UserWarning, module=r"ray\.data\..*")


def _connect(address: str | None) -> bool:
    """Join ``address`` (or start a local instance); True when this call started Ray."""
    if ray.is_initialized():
        return False
    # Ray's C++ core logs to standard error; the command has its own progress and summary
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
    ray.init(
        address=address,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.ERROR,
        configure_logging=True,
    )
    return True


class RayRun(OffloadedRun):
    """``summarizer batch --ray``: the runner's interface over :func:`brief_dataset`."""

    def __init__(
        self,
        items: Iterable[Any],
        *,
        engine: EngineName,
        settings: Settings,
        cache: str | None,
        skip: Collection[str] = frozenset(),
        address: str | None = None,
        actors: int | None = None,
        concurrency: int | None = None,
        rpm: float | None = None,
        tpm: float | None = None,
    ) -> None:
        identity = identity_for(engine.value, settings)
        super().__init__(items, identity=identity, settings=settings, skip=skip, in_flight=1)
        self.engine = engine
        self.cache = cache
        self.address = address
        self.actors = actors
        self.concurrency = concurrency
        self.rpm = rpm
        self.tpm = tpm
        self._started_ray = False

    async def _iterate(self) -> AsyncIterator[BatchResult]:
        self.stats.started = _now()
        try:
            batches = await asyncio.to_thread(self._open)
            async for batch in _ThreadedReader(batches)():
                if self._abandoned:
                    break
                for row in _rows(batch):
                    if row[0] == FATAL:
                        self.stop(abandon=True)
                        raise_fatal(row)
                    result = _result(row)
                    self.stats.record(result)
                    yield result
                if self._stopping:  # what was briefed is written; the rest is resumed
                    break
        finally:
            self.stats.finished = _now()

    def _open(self) -> Iterable[pa.Table]:
        self._started_ray = _connect(self.address)
        _quiet()
        refs = [ray.put(block) for block in _blocks(self._items, self._skip, self.stats)]
        if not refs:
            return []
        dataset = ray.data.from_arrow_refs(refs)  # type: ignore[arg-type]
        briefed = brief_dataset(
            dataset,
            engine=self.engine,
            settings=self.settings,
            cache=self.cache,
            actors=self.actors,
            concurrency=self.concurrency,
            rpm=self.rpm,
            tpm=self.tpm,
        )
        return briefed.iter_batches(batch_format="pyarrow", batch_size=None)

    async def _shutdown(self) -> None:
        if self._started_ray:
            await asyncio.to_thread(ray.shutdown)
            self._started_ray = False


def _rows(batch: pa.Table) -> Iterator[Row]:
    columns = batch.to_pydict()
    yield from zip(
        columns["id"], columns["line"], columns["error_type"], columns["cached"], strict=True
    )


def _now() -> float:
    return time.monotonic()


# -- the Python entry ---------------------------------------------------------------------------


class _ParquetSink:
    """Records as Parquet rows: id, brief (JSON text), error_type, error_message."""

    schema = pa.schema(
        [
            ("id", pa.string()),
            ("brief", pa.string()),
            ("error_type", pa.string()),
            ("error_message", pa.string()),
        ]
    )

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        self._writer = pq.ParquetWriter(path, self.schema)
        self._rows: list[dict[str, Any]] = []

    def write(self, line: str) -> None:
        record = json.loads(line)
        error = record.get("error") or {}
        brief = record.get("brief")
        self._rows.append(
            {
                "id": record["id"],
                "brief": json.dumps(brief, ensure_ascii=False) if brief is not None else None,
                "error_type": error.get("type"),
                "error_message": error.get("message"),
            }
        )
        if len(self._rows) >= BLOCK:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


def run_batch(
    source: str | Path | Iterable[Mapping[str, Any] | BatchItem],
    output: str | Path,
    *,
    engine: str | EngineName | None = None,
    settings: Settings | None = None,
    address: str | None = None,
    actors: int | None = None,
    concurrency: int | None = None,
    rpm: float | None = None,
    tpm: float | None = None,
    cache: str | None = None,
    resume: bool = False,
) -> BatchStats:
    """Brief ``source`` (a JSONL, Parquet or directory path, or records) on Ray into
    ``output`` (``.parquet`` for Parquet, else JSONL; JSONL may be resumed); the run's
    totals. Arguments as for ``summarizer batch --ray``; ``actors`` defaults to the
    cluster's CPUs."""
    settings = settings or Settings.from_env()
    chosen = choose_engine(engine, settings)
    records = read_records(source) if isinstance(source, str | Path) else source
    out = Path(output)
    skip: set[str] = set()
    sink: Any
    if out.suffix.lower() in (".parquet", ".pq"):
        if resume:
            raise ConfigurationError("a Parquet output cannot be resumed; write JSONL to resume")
        sink = _ParquetSink(out)
    else:
        from summarizer.batch.output import FileOutput

        sink = FileOutput(out, resume=resume)
        skip = sink.resume.done
    run = RayRun(
        records,
        engine=chosen,
        settings=settings,
        cache=cache,
        skip=skip,
        address=address,
        actors=actors,
        concurrency=concurrency,
        rpm=rpm,
        tpm=tpm,
    )

    async def drive() -> None:
        async with run:
            async for result in run:
                sink.write(result.to_json())

    try:
        asyncio.run(drive())
    finally:
        sink.close()
    return run.stats
