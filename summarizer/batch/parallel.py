"""Batch runs that brief in other processes: ``summarizer batch --workers N`` (local
processes, the offline engine) and the base of ``--ray`` (:mod:`summarizer.distributed`).

The offline engine is CPU-bound and holds the interpreter lock, so one process briefs one
article at a time and leaves the other cores idle. Here the command's process reads the
input and names every record with the local runner's rules
(:class:`~summarizer.batch.naming.RecordNamer`: same ids, same duplicate and bad-line
records), sends chunks of named records to the workers, and writes the records they send
back as chunks finish. Each worker briefs its chunk with
:func:`~summarizer.batch.runner.summarize_many_sync` (the same engine, cache and error
records as the local runner), so the output rows are those of a local run, in another
order. At most two chunks per worker are in flight, so memory stays flat.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import multiprocessing
import os
import signal
import time
from collections.abc import AsyncIterator, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from summarizer.batch.cache import EngineIdentity, default_cache_path, identity_for
from summarizer.batch.naming import RecordNamer, coerce, from_row, named
from summarizer.batch.runner import BatchResult, BatchRun, BatchStats, ItemError, _ThreadedReader
from summarizer.config import EngineName, Settings
from summarizer.errors import ConfigurationError, ProviderError, SummarizerError

__all__ = [
    "AnyRun",
    "OffloadedRun",
    "ProcessRun",
    "RenderedResult",
    "add_arguments",
    "brief_rows",
    "default_workers",
    "offloaded_run",
]

#: A finished record: its id, its output line, its error type (None for a brief), cached?
Row = tuple[str, str, str | None, bool]

#: Records per chunk sent to a worker (an offline chunk is ~0.1-1 s of work; a chunk's own
#: cost, a fresh run in the worker, is ~3 ms).
CHUNK = 128


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class RenderedResult(BatchResult):
    """A result whose output line was made in another process (its brief stays there)."""

    line: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> str:
        return self.line


def _result(row: Row) -> RenderedResult:
    item_id, line, error_type, cached = row
    error = ItemError(error_type, "") if error_type is not None else None
    return RenderedResult(item_id, error=error, cached=cached, line=line)


def brief_rows(
    rows: Iterable[Mapping[str, Any]],
    *,
    engine: EngineName,
    settings: Settings,
    cache: str | None,
    concurrency: int | None = None,
    rpm: float | None = None,
    tpm: float | None = None,
) -> list[Row]:
    """Brief named rows (see :func:`~summarizer.batch.naming.named`) with the local runner;
    one :data:`Row` each. An error that ends a run (the endpoint refused the credentials)
    is raised."""
    from summarizer.batch.runner import summarize_many_sync

    results = summarize_many_sync(
        [from_row(row) for row in rows],
        engine=engine,
        settings=settings,
        cache=cache or False,
        concurrency=concurrency,
        rpm=rpm,
        tpm=tpm,
    )
    done: list[Row] = []
    try:
        for r in results:
            done.append(
                (r.id, r.to_json(), r.error.type if r.error is not None else None, r.cached)
            )
    except SummarizerError as exc:  # it ends the run: handed over as a row, raised there
        status = getattr(exc, "status_code", None)
        done.append((FATAL, str(exc), type(exc).__name__, bool(status == 404)))
    return done


#: The id of the row that carries an error ending the run (ids are never empty).
FATAL = ""


def raise_fatal(row: Row) -> None:
    """Raise the error a :data:`FATAL` row carries, as the local runner would have."""
    import summarizer.errors as errors

    _, message, name, not_found = row
    cls = getattr(errors, name or "", None)
    if isinstance(cls, type) and issubclass(cls, ProviderError):
        raise cls(message, status_code=404 if not_found else None)
    if isinstance(cls, type) and issubclass(cls, SummarizerError):
        raise cls(message)
    raise SummarizerError(message)


class OffloadedRun:
    """The runner's interface (``async with``, ``async for``, :attr:`stats`, :meth:`stop`)
    over chunks briefed elsewhere; subclasses say where (:meth:`_submit`)."""

    def __init__(
        self,
        items: Iterable[Any],
        *,
        identity: EngineIdentity,
        settings: Settings,
        skip: Collection[str],
        in_flight: int,
        chunk: int = CHUNK,
    ) -> None:
        self.identity = identity
        self.settings = settings
        self.stats = BatchStats()
        self._items = items
        self._skip = skip
        self._in_flight = in_flight
        self._chunk = chunk
        self._stopping = False
        self._abandoned = False
        self._pending: set[asyncio.Future[list[Row]]] = set()

    # -- what subclasses provide ---------------------------------------------------------------

    def _submit(self, rows: list[dict[str, Any]]) -> asyncio.Future[list[Row]]:
        raise NotImplementedError

    async def _shutdown(self) -> None:
        """Release the workers."""

    # -- the runner's interface ----------------------------------------------------------------

    @property
    def stopping(self) -> bool:
        return self._stopping

    @property
    def abandoned(self) -> bool:
        return self._abandoned

    def stop(self, *, abandon: bool = False) -> None:
        """Take no new record; with ``abandon``, drop the chunks in flight too (a resumed
        run does them)."""
        self._stopping = True
        if abandon and not self._abandoned:
            self._abandoned = True
            for future in self._pending:
                future.cancel()

    async def __aenter__(self) -> OffloadedRun:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if not self._abandoned and self._pending:
            self.stop(abandon=True)
        await self._shutdown()
        if self.stats.finished is None:
            self.stats.finished = _now()

    def __aiter__(self) -> AsyncIterator[BatchResult]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[BatchResult]:
        self.stats.started = _now()
        namer = RecordNamer()
        rows: list[dict[str, Any]] = []
        position = 0
        try:
            async for raw in _ThreadedReader(self._items)():
                if self._stopping:
                    break
                position += 1
                record = coerce(raw, position)
                item_id, problem = namer.admit(record, position)
                if item_id in self._skip:
                    self.stats.skipped += 1
                    continue
                rows.append(named(record, item_id, problem))
                if len(rows) >= self._chunk:
                    self._pending.add(self._submit(rows))
                    rows = []
                    while len(self._pending) >= self._in_flight and not self._abandoned:
                        for result in await self._next_done():
                            yield result
            if rows and not self._stopping:
                self._pending.add(self._submit(rows))
            while self._pending and not self._abandoned:
                for result in await self._next_done():
                    yield result
        finally:
            self.stats.finished = _now()

    async def _next_done(self) -> list[BatchResult]:
        done, self._pending = await asyncio.wait(self._pending, return_when=asyncio.FIRST_COMPLETED)
        results: list[BatchResult] = []
        for future in done:
            if future.cancelled():
                continue
            for row in future.result():
                if row[0] == FATAL:
                    self.stop(abandon=True)
                    raise_fatal(row)
                result = _result(row)
                self.stats.record(result)
                results.append(result)
        return results


#: What ``summarizer batch`` drives: the local runner, or one that briefs elsewhere.
AnyRun = BatchRun | OffloadedRun


def _now() -> float:
    return time.monotonic()


# -- local processes ----------------------------------------------------------------------------

_worker_settings: dict[str, Any] = {}


def _init_worker(engine: str, settings: Settings, cache: str | None) -> None:
    # Ctrl-C reaches the whole process group: the command decides what it means, not workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_settings.update(engine=EngineName(engine), settings=settings, cache=cache)
    from summarizer.batch.runner import freeze_heap

    freeze_heap()


def _brief_chunk(rows: list[dict[str, Any]]) -> list[Row]:
    return brief_rows(rows, **_worker_settings)


class ProcessRun(OffloadedRun):
    """``summarizer batch --workers N``: the offline engine in N local processes."""

    def __init__(
        self,
        items: Iterable[Any],
        *,
        workers: int,
        settings: Settings,
        cache: str | None,
        skip: Collection[str] = frozenset(),
        chunk: int = CHUNK,
    ) -> None:
        if workers < 1:
            raise ConfigurationError(f"workers must be at least 1, got {workers}")
        super().__init__(
            items,
            identity=identity_for(EngineName.offline.value, settings),
            settings=settings,
            skip=skip,
            in_flight=2 * workers,
            chunk=chunk,
        )
        # spawn, not fork: the command's process has threads (the input reader, the cache
        # writer), which a forked child would inherit half-way through what they were doing
        self._pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(EngineName.offline.value, settings, cache),
        )

    def _submit(self, rows: list[dict[str, Any]]) -> asyncio.Future[list[Row]]:
        return asyncio.wrap_future(self._pool.submit(_brief_chunk, rows))

    async def _shutdown(self) -> None:
        self._pool.shutdown(wait=not self._abandoned, cancel_futures=True)


# -- the command's options ---------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--workers [N]``, ``--ray`` and ``--ray-address`` of ``summarizer batch``."""
    from summarizer.batch.command import _positive_int  # it imports this module

    parser.add_argument(
        "--workers",
        type=_positive_int,
        nargs="?",
        const=default_workers(),
        metavar="N",
        help="offline engine: brief in N processes (N defaults to the cores available, "
        f"here {default_workers()})",
    )
    parser.add_argument(
        "--ray",
        action="store_true",
        help="brief on Ray (a local instance, or --ray-address); needs summarizer[ray]",
    )
    parser.add_argument(
        "--ray-address",
        metavar="ADDRESS",
        help="the Ray cluster to use (e.g. ray://head:10001 or auto); implies --ray",
    )


def offloaded_run(
    args: argparse.Namespace,
    records: Iterable[Any],
    *,
    engine: EngineName,
    settings: Settings,
    skip: Collection[str],
) -> OffloadedRun | None:
    """The run ``--workers`` or ``--ray`` asks for, or None for the local runner."""
    workers = getattr(args, "workers", None)
    ray = getattr(args, "ray", False) or getattr(args, "ray_address", None) is not None
    if workers is None and not ray:
        return None
    if workers is not None and ray:
        raise ConfigurationError("give --workers or --ray, not both")
    cache = None if args.no_cache else str(args.cache or default_cache_path())
    if ray:
        try:
            from summarizer.distributed import RayRun
        except ImportError:
            raise ConfigurationError(
                "--ray needs its extra: pip install 'summarizer[ray]'"
            ) from None
        return RayRun(
            records,
            engine=engine,
            settings=settings,
            cache=cache,
            skip=skip,
            address=args.ray_address,
            concurrency=args.concurrency,
            rpm=args.rpm,
            tpm=args.tpm,
        )
    if engine is not EngineName.offline:
        raise ConfigurationError(
            "--workers runs the offline engine in several processes; the openai engine "
            "already runs --concurrency articles at once in one process (or use --ray)"
        )
    assert workers is not None
    return ProcessRun(records, workers=workers, settings=settings, cache=cache, skip=skip)
