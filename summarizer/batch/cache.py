"""A SQLite cache of briefs, so that running the same articles again costs nothing.

The key is the SHA-256 of everything that decides what a brief says (:func:`cache_key`):
the article's normalised text, its published date, title and source (the last two are part
of the LLM's prompt), and the engine's identity (:class:`EngineIdentity`): the engine, its
model (for the offline engine, its rules' identity), structured-output mode, prompt
template hash, :data:`~summarizer.schema.SCHEMA_VERSION`, and the settings that change a
brief (endpoint, temperature, output token limit, re-asks). Only validated briefs are
stored, never errors, and never anything secret: a brief holds no key, and the key is not
part of the cache key.

The file is in WAL mode with a busy timeout, and writes are ``INSERT OR REPLACE`` in short
transactions, so several runs (processes) can share one cache. Each write gets a sequence
number (:meth:`BriefCache.put`), :attr:`BriefCache.committed` says how far the writer has
come, and :meth:`BriefCache.subscribe` is told whenever it moves on: a batch run writes a
brief's output record only once the brief is committed, so a run killed at any point
leaves no record whose brief a rerun would have to ask for again. sqlite3 wants a connection
per thread: :class:`BriefCache` opens one for its writer thread and one for each thread
that reads.

Default location: ``$SUMMARIZER_CACHE_DIR/briefs.sqlite``, else
``$XDG_CACHE_HOME/summarizer/briefs.sqlite``, else ``~/.cache/summarizer/briefs.sqlite``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from summarizer.article import Article
from summarizer.cachedir import cache_dir
from summarizer.config import EngineName, Settings
from summarizer.errors import ConfigurationError
from summarizer.schema import SCHEMA_VERSION

__all__ = ["BriefCache", "EngineIdentity", "cache_key", "default_cache_path", "identity_for"]

CACHE_FILE = "briefs.sqlite"
#: Seconds a write waits for another process's transaction before giving up.
BUSY_TIMEOUT = 30.0
#: Seconds the writer gathers briefs before committing them in one transaction (unless
#: asked to flush or close), rather than waking and committing for almost every brief.
COALESCE = 0.2
_MAX_BATCH = 1024
_FLUSH: Final = object()

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefs (
    key TEXT PRIMARY KEY,
    brief TEXT NOT NULL,
    created REAL NOT NULL
)
"""


def default_cache_path(env: Mapping[str, str] | None = None) -> Path:
    """Where the cache lives unless told otherwise (see the module docstring)."""
    return cache_dir(env) / CACHE_FILE


@dataclass(frozen=True)
class EngineIdentity:
    """What, besides the article, decides the brief an engine writes."""

    engine: str
    #: The model, or for the offline engine its rules' identity (``provenance.model``).
    model: str | None
    mode: str | None
    prompt_hash: str | None
    schema_version: str = SCHEMA_VERSION
    #: Settings that change what a brief says, as sorted (name, value) pairs: the
    #: endpoint, temperature, output token limit, re-asks... Never a key or a header.
    settings: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, engine: object, settings: Settings) -> EngineIdentity:
        """The identity of a built ``engine`` (offline or LLM) run with ``settings``.

        Read from the engine object in one place: its ``name``, its ``model`` attribute
        (the offline engine's rules identity, the one its briefs' ``provenance.model``
        gives) or else the settings' model, and its prompt template's hash."""
        name = str(getattr(engine, "name", type(engine).__name__))
        if name == EngineName.offline:
            return cls(name, str(getattr(engine, "model", "")) or None, None, None)
        template = getattr(engine, "template", None)
        return cls(
            name,
            settings.model,
            settings.mode.value,
            getattr(template, "hash", None),
            settings=_llm_settings(settings),
        )


def _llm_settings(settings: Settings) -> tuple[tuple[str, str], ...]:
    # The endpoint is part of the identity: one model name at two servers (OpenAI and a
    # local llama.cpp, say) is not one model. No key, no header: they hold secrets.
    chosen = {
        "base_url": settings.base_url or "",
        "temperature": repr(settings.temperature),
        "max_output_tokens": str(settings.max_output_tokens),
        "max_validation_retries": str(settings.max_validation_retries),
    }
    return tuple(sorted(chosen.items()))


def identity_for(engine: str, settings: Settings) -> EngineIdentity:
    """The identity of the engine named ``engine`` run with ``settings``, for runners that
    brief elsewhere (the service, ``--workers``, Ray): the engine built here only to be read
    by :meth:`EngineIdentity.of`, so every runner keys the cache alike."""
    from summarizer.engines import make_engine

    return EngineIdentity.of(make_engine(EngineName(engine), settings), settings)


def cache_key(article: Article, identity: EngineIdentity) -> str:
    """Hex SHA-256 of the article and the engine identity (canonical JSON)."""
    material = {
        "text": article.text,
        "published": article.published.isoformat() if article.published else None,
        "title": article.title,
        "source": article.source,
        "engine": identity.engine,
        "model": identity.model,
        "mode": identity.mode,
        "prompt": identity.prompt_hash,
        "schema": identity.schema_version,
        "settings": dict(identity.settings),
    }
    canonical = json.dumps(material, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class BriefCache:
    """Briefs as JSON text by key, in one SQLite file; safe across threads and processes.

    Reads run in the calling thread, on a connection of its own (a primary-key look-up in
    WAL mode never waits for writers). Writes are queued to one writer thread, which
    commits what queued up over :data:`COALESCE` seconds in one transaction: a write never
    waits, and a cache shared by several runs sees few, short write transactions. A brief
    is readable once committed (:meth:`flush` commits at once).
    """

    def __init__(self, path: str | Path) -> None:
        """Open (creating) the cache at ``path``; a one-line :class:`ConfigurationError` if
        it cannot be opened."""
        self.path = Path(path)
        self._readers = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._queue: queue.SimpleQueue[tuple[str, str, int] | object | None] = queue.SimpleQueue()
        self._urgent = threading.Event()  # flush(), close() or urge() waits: commit now
        self._pending = 0
        self._issued = 0  # sequence number of the last put()
        self._committed = 0  # every put() up to this one is committed (or failed)
        self._listeners: list[Callable[[int], object]] = []
        self._idle = threading.Condition(self._lock)
        self._error: BaseException | None = None
        self._closed = False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            writer = self._connect()
            writer.execute("PRAGMA journal_mode=WAL")
            writer.execute(_SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            self._close_connections()
            raise ConfigurationError(
                f"cannot open the brief cache {self.path} ({exc}); pass --cache PATH, or --no-cache"
            ) from None
        self._thread = threading.Thread(
            target=self._write_loop, args=(writer,), name="summarizer-cache", daemon=True
        )
        self._thread.start()

    def _connect(self) -> sqlite3.Connection:
        # check_same_thread=False only so that close() can close every connection; each is
        # used by the one thread that opened it.
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
        )
        conn.execute("PRAGMA synchronous=NORMAL")
        with self._lock:
            self._connections.append(conn)
        return conn

    # -- writes, in the writer thread ------------------------------------------------------

    def _write_loop(self, conn: sqlite3.Connection) -> None:
        while True:
            first = self._queue.get()
            if isinstance(first, tuple):
                self._urgent.wait(COALESCE)  # let more briefs arrive, unless someone waits
            self._urgent.clear()
            batch = [first]
            while len(batch) < _MAX_BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            now = time.time()
            entries = [entry for entry in batch if isinstance(entry, tuple)]
            rows = [(key, brief, now) for key, brief, _ in entries]
            if rows:
                try:
                    with conn:  # one transaction
                        conn.execute("BEGIN IMMEDIATE")
                        conn.executemany(
                            "INSERT OR REPLACE INTO briefs (key, brief, created) VALUES (?, ?, ?)",
                            rows,
                        )
                except Exception as exc:  # a cache that cannot be written costs calls only;
                    # any failure, not only SQLite's, so the writer lives on and committed
                    # still moves: a batch waits on it before handing a result over
                    self._error = exc
            with self._idle:
                self._pending -= len(rows)
                if entries:  # queued in sequence order: this batch ends with its highest
                    self._committed = entries[-1][2]
                listeners = list(self._listeners)
                self._idle.notify_all()
            if entries:
                for listener in listeners:
                    # a listener's failure (its event loop closed) is its own
                    with contextlib.suppress(Exception):
                        listener(self._committed)
            if None in batch:
                return

    # -- callers -----------------------------------------------------------------------------

    def _reader(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._readers, "conn", None)
        if conn is None:
            conn = self._readers.conn = self._connect()
        return conn

    def get(self, key: str) -> str | None:
        """The brief JSON stored under ``key``, or None (queued writes may not show yet)."""
        row = self._reader().execute("SELECT brief FROM briefs WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def put(self, key: str, brief: str) -> int:
        """Queue ``brief`` (JSON text) to be stored under ``key``; returns at once, with the
        write's sequence number (see :attr:`committed`)."""
        if self._closed:
            raise RuntimeError("the brief cache is closed")
        with self._lock:  # numbered and queued together, so the queue is in number order
            self._pending += 1
            self._issued += 1
            number = self._issued
            self._queue.put((key, brief, number))
        return number

    @property
    def committed(self) -> int:
        """The sequence number up to which every :meth:`put` is committed (or has failed)."""
        return self._committed

    def urge(self) -> None:
        """Commit what is queued now, rather than after the coalescing delay."""
        self._urgent.set()

    def subscribe(self, listener: Callable[[int], object]) -> Callable[[], None]:
        """Call ``listener(committed)`` from the writer thread after each transaction;
        returns the function that unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def flush(self) -> None:
        """Wait until every queued write is committed (or has failed)."""
        with self._idle:
            if self._pending <= 0:
                return
        self._queue.put(_FLUSH)
        self._urgent.set()
        with self._idle:
            self._idle.wait_for(lambda: self._pending <= 0)

    @property
    def write_error(self) -> BaseException | None:
        """The last error a write met, if any (writes that fail are dropped)."""
        return self._error

    def __len__(self) -> int:
        """Briefs stored, once queued writes are committed."""
        self.flush()
        return int(self._reader().execute("SELECT count(*) FROM briefs").fetchone()[0])

    def close(self) -> None:
        """Commit what is queued, stop the writer and close every connection (once)."""
        if self._closed:
            return
        self._closed = True
        self._queue.put(None)
        self._urgent.set()
        self._thread.join()
        self._close_connections()

    def _close_connections(self) -> None:
        with self._lock:
            connections, self._connections = self._connections, []
        for conn in connections:
            conn.close()
