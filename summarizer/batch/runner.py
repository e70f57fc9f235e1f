"""Many articles at once: :func:`summarize_many` (async) and :func:`summarize_many_sync`.

One event loop runs everything. A producer reads the input (a sync iterable is read in a
daemon thread, so a slow standard input never stalls the loop), names the records and
queues at most ``concurrency`` of them; ``concurrency`` workers each take the next queued
record as soon as they finish one, and hand over results in the order they finish. A
worker waits when ``concurrency`` finished results are waiting to be consumed. Memory
therefore stays flat however long the input (at most ``concurrency`` records queued,
briefed and waiting each): only the ids seen so far are kept (to catch duplicates).

A worker goes from one article to the next without passing through the event loop's
queue: a task per article started by the producer once a result was consumed cost three
turns of a busy loop between articles, and left a tenth of the slots idle at concurrency 50.

Each article is looked up in the cache first; a miss goes to the engine, built once per
run. The LLM engine shares one connection pool behind the rate limiter of
:mod:`summarizer.batch.ratelimit`. The offline engine is CPU-bound and holds the
interpreter lock, so it runs on the loop itself, one article at a time, yielding to the
loop between articles: 14 % faster than a worker thread (measured on 10,000 short
articles), and an article blocks the loop for at most ~170 ms (60,000 characters, the
input budget). A brief is stored in the cache; an error never is. A fresh brief's result
is handed over only once the cache has committed it (the writer is urged to commit at
once), so whatever records the results (OUTPUT) holds no brief a kill could take from the
cache: after a kill, ``--resume`` and any later run find every recorded brief there.

**Every input record yields exactly one result.** Its id is the record's ``id``, except:

- a record with no usable id (not JSON, no ``id``...) is named ``@line:N``;
- a record whose id an earlier record already had becomes an ``InputError`` named
  ``ID@line:N``;

where N is the line of the JSONL file (or the file's position in a directory). Items handed
to :func:`summarize_many` without a line number are named ``@item:N`` and ``ID@item:N``,
N their 1-based position. Should such a name be taken already, ``+`` is appended until it
is unique. The names depend only on the input, so a resumed run names records the same way.

A record that cannot become an article, and an article whose brief fails, become error
results (``error.type`` is the exception's class name, ``error.message`` one line without
secrets). Two failures end the run instead, because every other article would fail the
same way: the endpoint refusing the credentials (:class:`AuthenticationError`) and an
unknown model (HTTP 404). The iterator then raises that error after yielding what was done.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import gc
import json
import threading
import time
from collections import Counter
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Callable,
    Collection,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from summarizer.article import Article
from summarizer.batch.cache import BriefCache, EngineIdentity, cache_key, default_cache_path
from summarizer.batch.items import BadInput, BatchItem
from summarizer.batch.naming import RecordNamer, coerce
from summarizer.batch.ratelimit import RateLimiter, UsageMeter
from summarizer.config import EngineName, Mode, Settings
from summarizer.engines import Engine, choose_engine
from summarizer.errors import (
    AuthenticationError,
    ConfigurationError,
    InputError,
    ProviderError,
    SummarizerError,
)
from summarizer.logs import RedactingFilter
from summarizer.schema import IncidentBrief

if TYPE_CHECKING:  # both import openai/httpx, which only the LLM engine needs
    from summarizer.batch.transport import LimitedTransport
    from summarizer.retry import RetryPolicy

__all__ = [
    "DEFAULT_CONCURRENCY",
    "BatchResult",
    "BatchRun",
    "BatchStats",
    "ItemError",
    "ItemLike",
    "freeze_heap",
    "summarize_many",
    "summarize_many_sync",
]

#: Articles in flight at once, by engine (the offline engine briefs one at a time anyway).
DEFAULT_CONCURRENCY: Final = {EngineName.openai: 8, EngineName.offline: 1}

ItemLike = BatchItem | BadInput | Mapping[str, Any]

_MAX_MESSAGE = 500
_READ_CHUNK = 64


@dataclass(frozen=True, slots=True)
class ItemError:
    """Why an item has no brief: the exception's class name and its one-line message."""

    type: str
    message: str


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The outcome for one input record: a brief or an error, never both."""

    id: str
    brief: IncidentBrief | None = None
    error: ItemError | None = None
    #: True when the brief came from the cache (no engine call).
    cached: bool = False

    @property
    def ok(self) -> bool:
        """True when there is a brief."""
        return self.brief is not None

    def to_json(self) -> str:
        """The output record: ``{"id", "brief"}`` or ``{"id", "error": {"type", "message"}}``."""
        item_id = json.dumps(self.id, ensure_ascii=False)
        if self.brief is not None:
            return f'{{"id": {item_id}, "brief": {self.brief.model_dump_json()}}}'
        assert self.error is not None
        error = {"type": self.error.type, "message": self.error.message}
        return f'{{"id": {item_id}, "error": {json.dumps(error, ensure_ascii=False)}}}'


@dataclass
class BatchStats:
    """Running totals of a batch run, updated as results are yielded."""

    succeeded: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    cached: int = 0
    #: Records skipped because their id was in ``skip`` (already done by an earlier run).
    skipped: int = 0
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    #: HTTP requests and tokens, every attempt included (zero for the offline engine).
    usage: UsageMeter = field(default_factory=UsageMeter)

    @property
    def failures(self) -> int:
        return sum(self.failed.values())

    @property
    def done(self) -> int:
        """Results yielded so far."""
        return self.succeeded + self.failures

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    def record(self, result: BatchResult) -> None:
        if result.error is not None:
            self.failed[result.error.type] += 1
        else:
            self.succeeded += 1
            self.cached += result.cached


_END: Final = object()
#: A finished result and the cache write of its brief (0 when nothing was written).
_Finished = tuple["BatchResult", int]
#: A record read and named: its id, the record, and its problem (None for a good one).
_Queued = tuple[str, BatchItem | BadInput, str | None]


class _ThreadedReader:
    """Reads a sync iterable in a daemon thread, handing chunks to the event loop."""

    def __init__(self, iterable: Iterable[Any]) -> None:
        self._iterable = iterable
        self._stop = threading.Event()

    async def __call__(self) -> AsyncIterator[Any]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[tuple[list[Any], BaseException | None]] = asyncio.Queue(maxsize=2)

        def hand_over(chunk: list[Any], error: BaseException | None) -> bool:
            future = asyncio.run_coroutine_threadsafe(queue.put((chunk, error)), loop)
            while not self._stop.is_set():
                try:
                    future.result(timeout=0.2)
                    return True
                except concurrent.futures.TimeoutError:
                    continue
                except concurrent.futures.CancelledError:  # the run ended and cancelled it
                    return False
            future.cancel()
            return False

        def pump() -> None:
            try:
                iterator = iter(self._iterable)
            except BaseException as exc:  # handed to the loop, raised there
                with contextlib.suppress(RuntimeError):  # unless the loop is gone
                    hand_over([], exc)
                return
            while not self._stop.is_set():
                chunk: list[Any] = []
                error: BaseException | None = None
                try:
                    for record in iterator:
                        chunk.append(record)
                        if len(chunk) >= _READ_CHUNK:
                            break
                except BaseException as exc:  # what was read before it still counts
                    error = exc
                try:
                    if chunk and not hand_over(chunk, None):
                        return
                    if error is not None or not chunk:
                        hand_over([], error)  # the error, or the end
                        return
                except RuntimeError:  # the loop is gone
                    return

        thread = threading.Thread(target=pump, name="summarizer-batch-reader", daemon=True)
        thread.start()
        try:
            while True:
                chunk, error = await queue.get()
                if error is not None:
                    raise error
                if not chunk:
                    return
                for record in chunk:
                    yield record
        finally:
            self._stop.set()


def _is_fatal(exc: BaseException) -> bool:
    if isinstance(exc, AuthenticationError | ConfigurationError):
        return True
    return isinstance(exc, ProviderError) and exc.status_code == 404


class BatchRun:
    """An async iterator of :class:`BatchResult`, in the order they finish.

    Made by :func:`summarize_many`. Use it as ``async with summarize_many(...) as run:
    async for result in run: ...`` (or call :meth:`aclose`) so that leaving early cancels
    the work in flight. :attr:`stats` has the running totals.
    """

    def __init__(
        self,
        items: Iterable[ItemLike] | AsyncIterable[ItemLike],
        *,
        engine: EngineName,
        settings: Settings,
        concurrency: int,
        rpm: float | None,
        tpm: float | None,
        cache: BriefCache | None,
        skip: Collection[str],
        retry_policy: RetryPolicy | None,
        gate: asyncio.Semaphore | None = None,
    ) -> None:
        self.settings = settings
        self._gate = gate
        self.concurrency = concurrency
        self.cache = cache
        self.stats = BatchStats()
        self._items = items
        self._skip = skip
        self._redactor = RedactingFilter(
            [settings.api_key.get()] if settings.api_key is not None else []
        )
        self._engine: Engine
        self._transport: LimitedTransport | None = None
        if engine is EngineName.openai:
            from summarizer.batch.transport import LimitedTransport
            from summarizer.engines.llm import LLMEngine

            self._transport = LimitedTransport(RateLimiter(rpm, tpm), pool_size=concurrency)
            self.stats.usage = self._transport.meter
            self._engine = LLMEngine(settings, policy=retry_policy, async_transport=self._transport)
        else:
            from summarizer.engines.offline import OfflineEngine

            self._engine = OfflineEngine(lexicon=settings.lexicon or None)
        # the offline engine's identity hashes its rules and vocabulary: a new lexicon misses
        self.identity = EngineIdentity.of(self._engine, settings)
        self._inline = engine is EngineName.offline
        self._namer = RecordNamer()
        self._stopping = False
        self._abandoned = False
        self._fatal: SummarizerError | None = None
        self._failure: SummarizerError | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._producer: asyncio.Task[None] | None = None
        self._supervisor: asyncio.Task[None] | None = None
        # finished results with the cache write of their brief (0: none), then _END
        self._results: asyncio.Queue[_Finished | object] | None = None
        # records read and named, not yet taken by a worker (_END after the last one)
        self._queued: asyncio.Queue[_Queued | object] | None = None
        self._ahead: asyncio.Semaphore | None = None  # room in _queued
        self._room: asyncio.Semaphore | None = None  # room for results not yet consumed
        self._released = False
        self._commit_event: asyncio.Event | None = None
        self._unsubscribe: Callable[[], None] | None = None

    # -- the iterator ----------------------------------------------------------------------

    def __aiter__(self) -> BatchRun:
        return self

    async def __anext__(self) -> BatchResult:
        if self._released:
            raise StopAsyncIteration
        results = self._start()
        entry = await results.get()
        if entry is _END:
            await self._release()
            error, self._fatal, self._failure = self._fatal or self._failure, None, None
            if error is not None:
                raise error
            raise StopAsyncIteration
        assert self._room is not None
        result, stored = cast(_Finished, entry)
        self._room.release()
        if stored:
            await self._committed(stored)
        self.stats.record(result)
        return result

    async def _committed(self, number: int) -> None:
        """Wait until the cache has committed write ``number`` (the result's brief).

        A result is handed over only then: whoever writes it down (the batch command's
        OUTPUT) never holds a record whose brief the cache could still lose to a kill, so
        a resumed run, and any run after it, finds every such brief in the cache. The
        writer is urged to commit at once, so the wait is one short transaction.
        """
        cache = self.cache
        assert cache is not None
        if cache.committed >= number:
            return
        if self._commit_event is None:
            loop, event = asyncio.get_running_loop(), asyncio.Event()
            self._commit_event = event
            self._unsubscribe = cache.subscribe(lambda _: loop.call_soon_threadsafe(event.set))
        while cache.committed < number:
            self._commit_event.clear()
            if cache.committed >= number:  # committed before the clear: no wake-up comes
                break
            cache.urge()
            await self._commit_event.wait()

    async def __aenter__(self) -> BatchRun:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    @property
    def stopping(self) -> bool:
        """True once :meth:`stop` was called (or a fatal error stopped the run)."""
        return self._stopping

    @property
    def abandoned(self) -> bool:
        """True once work in flight was abandoned."""
        return self._abandoned

    def stop(self, *, abandon: bool = False) -> None:
        """Take no new record. In-flight articles finish and are yielded, unless ``abandon``,
        which cancels them (their records are not yielded; a resumed run redoes them)."""
        self._stopping = True
        if self._producer is not None:
            self._producer.cancel()
        if abandon and not self._abandoned:
            self._abandoned = True
            current = asyncio.current_task() if self._running_loop() else None
            for task in list(self._tasks):
                if task is not current:
                    task.cancel()

    async def aclose(self) -> None:
        """Abandon whatever is in flight and release the engine, cache and connections."""
        if self._supervisor is not None and not self._supervisor.done():
            self.stop(abandon=True)
            await asyncio.wait({self._supervisor})
        await self._release()

    # -- machinery ---------------------------------------------------------------------------

    @staticmethod
    def _running_loop() -> bool:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return False
        return True

    def _start(self) -> asyncio.Queue[BatchResult | object]:
        if self._results is None:
            self.stats.started = time.monotonic()
            self._results = asyncio.Queue()
            self._queued = asyncio.Queue()
            self._ahead = asyncio.Semaphore(self.concurrency)
            self._room = asyncio.Semaphore(self.concurrency)
            self._producer = asyncio.create_task(self._produce())
            for _ in range(self.concurrency):
                task = asyncio.create_task(self._worker())
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
            self._supervisor = asyncio.create_task(self._supervise(self._producer))
        return self._results

    async def _release(self) -> None:
        if self._released:
            return
        self._released = True
        self.stats.finished = time.monotonic()
        try:
            aclose = getattr(self._engine, "aclose", None)
            if aclose is not None:
                await aclose()
            elif self._transport is not None:
                await self._transport.aclose()
        finally:
            if self._unsubscribe is not None:
                self._unsubscribe()
            if self.cache is not None:
                self.cache.close()

    def _records(self) -> AsyncIterator[Any]:
        if isinstance(self._items, AsyncIterable):
            return aiter(self._items)
        return _ThreadedReader(self._items)()

    async def _produce(self) -> None:
        assert self._queued is not None and self._ahead is not None
        position = 0
        try:
            async for raw in self._records():
                if self._stopping:
                    return
                position += 1
                record = coerce(raw, position)
                item_id, problem = self._namer.admit(record, position)
                if item_id in self._skip:
                    self.stats.skipped += 1
                    continue
                await self._ahead.acquire()
                self._queued.put_nowait((item_id, record, problem))
        finally:
            self._queued.put_nowait(_END)  # the queue is unbounded: this never waits

    async def _worker(self) -> None:
        assert self._queued is not None and self._ahead is not None
        assert self._room is not None and self._results is not None
        while True:
            entry = await self._queued.get()
            if entry is _END:
                self._queued.put_nowait(_END)  # for the next worker
                return
            self._ahead.release()
            if self._stopping:
                continue  # never started: a resumed run does it
            item_id, record, problem = cast(_Queued, entry)
            if problem is not None or not isinstance(record, BatchItem):
                finished: _Finished | None = (self._failed(item_id, InputError(problem or "")), 0)
            else:
                finished = await self._work(item_id, record)
            if finished is not None:
                await self._room.acquire()
                self._results.put_nowait(finished)

    async def _supervise(self, producer: asyncio.Task[None]) -> None:
        assert self._results is not None
        await asyncio.wait({producer})
        if not producer.cancelled() and (exc := producer.exception()) is not None:
            self._failure = (
                exc
                if isinstance(exc, SummarizerError)
                else InputError(f"reading the input failed: {type(exc).__name__}: {exc}")
            )
        while pending := {task for task in self._tasks if not task.done()}:
            await asyncio.wait(pending)
        self._results.put_nowait(_END)

    async def _work(self, item_id: str, item: BatchItem) -> _Finished | None:
        try:
            return await self._process(item_id, item)
        except Exception as exc:  # a bug must cost one article, never its record
            return self._failed(item_id, exc), 0

    def _failed(self, item_id: str, exc: BaseException) -> BatchResult:
        message = " ".join(str(exc).split()) or type(exc).__name__
        message = self._redactor.redact(message)
        if len(message) > _MAX_MESSAGE:
            message = message[: _MAX_MESSAGE - 1] + "…"
        return BatchResult(item_id, error=ItemError(type(exc).__name__, message))

    async def _process(self, item_id: str, item: BatchItem) -> _Finished | None:
        try:
            article = Article.from_text(
                item.text,
                published=item.published,
                title=item.title,
                source=item.source,
                max_chars=self.settings.max_input_chars,
            )
        except SummarizerError as exc:
            return self._failed(item_id, exc), 0
        key = cache_key(article, self.identity) if self.cache is not None else None
        if key is not None and (brief := self._cached(key, article)) is not None:
            return BatchResult(item_id, brief=brief, cached=True), 0
        try:
            if self._inline:
                await asyncio.sleep(0)  # let results, signals and the reader through first
                brief = self._engine.summarize(article)
            elif self._gate is not None:
                async with self._gate:
                    brief = await self._engine.asummarize(article)
            else:
                brief = await self._engine.asummarize(article)
        except Exception as exc:
            if _is_fatal(exc):
                if self._fatal is None and isinstance(exc, SummarizerError):
                    self._fatal = exc
                self.stop(abandon=True)
                return None
            return self._failed(item_id, exc), 0
        stored = self._store(key, brief) if key is not None else 0
        return BatchResult(item_id, brief=brief), stored

    def _cached(self, key: str, article: Article) -> IncidentBrief | None:
        assert self.cache is not None
        try:
            stored = self.cache.get(key)  # a primary-key read: microseconds, never waits
        except Exception:  # a broken cache costs calls, never items
            return None
        if stored is None:
            return None
        try:
            return IncidentBrief.model_validate_json(
                stored, context={"article": article.text, "title": article.title}
            )
        except ValueError:
            return None  # unreadable or no longer valid: brief it again

    def _store(self, key: str, brief: IncidentBrief) -> int:
        """Queue ``brief`` for the cache; the write's number, or 0 when it was not queued."""
        assert self.cache is not None
        try:
            return self.cache.put(key, brief.model_dump_json())  # to the writer thread
        except Exception:  # a broken cache costs calls, never items
            return 0


def freeze_heap() -> None:
    """Keep the cyclic garbage collector off the objects alive now, for the process's life.

    ``summarizer batch`` calls it once set up, before the run: what is alive then (imported
    modules, the openai client's types, pydantic schemas, country tables: some 130,000
    objects) lives as long as the process, yet each full collection walks it again
    (~80 ms, on the event loop, every few thousand briefs). A long batch job run from
    Python may call it too, at the same point; it collects first, so no garbage is kept.
    It does nothing when the process already froze objects of its own (``gc.freeze``
    before forking workers, say). Measured with ``make bench-batch``: about 2 % less wall time.
    """
    if gc.get_freeze_count():
        return
    gc.collect()
    gc.freeze()


def _open_cache(cache: bool | str | PathLike[str] | BriefCache | None) -> BriefCache | None:
    if cache is None or cache is False:
        return None
    if isinstance(cache, BriefCache):
        return cache
    return BriefCache(default_cache_path() if cache is True else Path(cache))


def summarize_many(
    items: Iterable[ItemLike] | AsyncIterable[ItemLike],
    *,
    engine: str | EngineName | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | Mode | None = None,
    settings: Settings | None = None,
    concurrency: int | None = None,
    rpm: float | None = None,
    tpm: float | None = None,
    cache: bool | str | PathLike[str] | BriefCache | None = True,
    skip: Collection[str] = frozenset(),
    retry_policy: RetryPolicy | None = None,
    gate: asyncio.Semaphore | None = None,
) -> BatchRun:
    """Brief many articles concurrently; an async iterator of results as they finish.

    >>> async with summarize_many(items, engine="openai", rpm=500) as run:  # doctest: +SKIP
    ...     async for result in run:
    ...         print(result.id, result.brief.headline if result.ok else result.error)

    Args:
        items: :class:`BatchItem` objects or mappings ``{"id", "text", "published"?,
            "title"?, "source"?}``, sync or async, read lazily.
        engine, model, base_url, api_key, mode, settings: as for :func:`summarizer.summarize`.
        concurrency: articles in flight at once (default 8; ``offline`` briefs one at a time).
        rpm, tpm: client-side limits in requests and tokens per minute (``openai`` only;
            default unlimited). A 429 pauses every request until its ``Retry-After``.
        cache: True for the default SQLite cache (``$SUMMARIZER_CACHE_DIR``, else the
            user's cache directory), a path for another file, a :class:`BriefCache`, or
            False/None for none.
        skip: ids not to brief (e.g. those an interrupted run already wrote).
        retry_policy: the LLM engine's :class:`~summarizer.retry.RetryPolicy`.
        gate: held around every LLM brief; one semaphore shared by several runs (and
            single briefs) bounds their LLM calls together, as ``summarizer serve`` does.

    Raises (at once, before any work):
        ConfigurationError: unknown engine or mode, ``openai`` with no endpoint, a
            concurrency or limit that is not positive, a cache that cannot be opened.

    The iterator yields one :class:`BatchResult` per input record (see the module docstring
    for ids and duplicates) and raises :class:`AuthenticationError` or a 404
    :class:`ProviderError` if the endpoint refuses every request, after yielding what
    finished.
    """
    resolved = (settings or Settings.from_env()).with_overrides(
        model=model, base_url=base_url, api_key=api_key, mode=mode
    )
    chosen = choose_engine(engine, resolved)
    if concurrency is None:
        concurrency = DEFAULT_CONCURRENCY[chosen]
    if concurrency < 1:
        raise ConfigurationError(f"concurrency must be at least 1, got {concurrency}")
    for name, limit in (("rpm", rpm), ("tpm", tpm)):
        if limit is not None and limit <= 0:
            raise ConfigurationError(f"{name} must be positive, got {limit:g}")
    return BatchRun(
        items,
        engine=chosen,
        settings=resolved,
        concurrency=concurrency,
        rpm=rpm,
        tpm=tpm,
        cache=_open_cache(cache),
        skip=skip,
        retry_policy=retry_policy,
        gate=gate,
    )


def summarize_many_sync(
    items: Iterable[ItemLike],
    *,
    engine: str | EngineName | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | Mode | None = None,
    settings: Settings | None = None,
    concurrency: int | None = None,
    rpm: float | None = None,
    tpm: float | None = None,
    cache: bool | str | PathLike[str] | BriefCache | None = True,
    skip: Collection[str] = frozenset(),
    retry_policy: RetryPolicy | None = None,
) -> Iterator[BatchResult]:
    """:func:`summarize_many` for synchronous code: a generator of results as they finish.

    Same arguments and results. It runs its own event loop while it waits for the next
    result, so call it from code that is not already inside one. Closing the generator
    early (``break``) abandons the articles in flight.

    >>> for result in summarize_many_sync(items, engine="offline"):  # doctest: +SKIP
    ...     print(result.to_json())
    """
    run = summarize_many(
        items,
        engine=engine,
        model=model,
        base_url=base_url,
        api_key=api_key,
        mode=mode,
        settings=settings,
        concurrency=concurrency,
        rpm=rpm,
        tpm=tpm,
        cache=cache,
        skip=skip,
        retry_policy=retry_policy,
    )
    return _drive(run)


def _drive(run: BatchRun) -> Iterator[BatchResult]:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise RuntimeError(
            "summarize_many_sync() cannot run inside an event loop; use summarize_many()"
        )
    loop = asyncio.new_event_loop()
    try:
        while True:
            try:
                yield loop.run_until_complete(run.__anext__())
            except StopAsyncIteration:
                return
    finally:
        try:
            loop.run_until_complete(run.aclose())
            # what is left (the input reader's hand-over, when the run ended before the
            # input did) is cancelled and awaited, as asyncio.run does, so that nothing
            # is left pending on a closed loop
            leftover = asyncio.all_tasks(loop)
            if leftover:
                loop.run_until_complete(_cancel(leftover))
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()


async def _cancel(tasks: set[asyncio.Task[Any]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
