"""A SQLite cache of briefs, so that running the same articles again costs nothing.

The key is the SHA-256 of everything that decides what a brief says (:func:`cache_key`):
the article's normalised text, its published date, title and source (the last two are part
of the LLM's prompt), the engine, model, structured-output mode, prompt template hash and
:data:`~summarizer.schema.SCHEMA_VERSION`. Only validated briefs are stored, never errors,
and never anything secret: a brief holds no key, and the key is not part of the cache key.

The file is in WAL mode with a busy timeout, and each write is one ``INSERT OR REPLACE``
in its own transaction, so several runs (processes) can share one cache. sqlite3 wants a
connection per thread: each :class:`BriefCache` owns one, used only from its own
single worker thread, which also keeps a busy database from stalling the event loop.

Default location: ``$SUMMARIZER_CACHE_DIR/briefs.sqlite``, else
``$XDG_CACHE_HOME/summarizer/briefs.sqlite``, else ``~/.cache/summarizer/briefs.sqlite``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from summarizer.article import Article
from summarizer.errors import ConfigurationError
from summarizer.schema import SCHEMA_VERSION

__all__ = ["BriefCache", "EngineIdentity", "cache_key", "default_cache_path"]

CACHE_FILE = "briefs.sqlite"
#: Seconds a write waits for another process's transaction before giving up.
BUSY_TIMEOUT = 30.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefs (
    key TEXT PRIMARY KEY,
    brief TEXT NOT NULL,
    created REAL NOT NULL
)
"""


def default_cache_path(env: Mapping[str, str] | None = None) -> Path:
    """Where the cache lives unless told otherwise (see the module docstring)."""
    env = os.environ if env is None else env
    if env.get("SUMMARIZER_CACHE_DIR"):
        return Path(env["SUMMARIZER_CACHE_DIR"]).expanduser() / CACHE_FILE
    base = env.get("XDG_CACHE_HOME") or str(Path("~/.cache").expanduser())
    return Path(base) / "summarizer" / CACHE_FILE


@dataclass(frozen=True)
class EngineIdentity:
    """What, besides the article, decides the brief an engine writes."""

    engine: str
    model: str | None
    mode: str | None
    prompt_hash: str | None
    schema_version: str = SCHEMA_VERSION


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
    }
    canonical = json.dumps(material, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class BriefCache:
    """Briefs as JSON text by key, in one SQLite file; safe across threads and processes."""

    def __init__(self, path: str | Path) -> None:
        """Open (creating) the cache at ``path``; a one-line :class:`ConfigurationError` if
        it cannot be opened."""
        self.path = Path(path)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="summarizer-cache")
        self._conn: sqlite3.Connection | None = None
        self._closed = False
        try:
            self._executor.submit(self._open).result()
        except (sqlite3.Error, OSError) as exc:
            self._executor.shutdown(wait=False)
            raise ConfigurationError(
                f"cannot open the brief cache {self.path} ({exc}); pass --cache PATH, or --no-cache"
            ) from None

    # -- in the worker thread --------------------------------------------------------------

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(_SCHEMA)
        except sqlite3.Error:
            conn.close()
            raise
        self._conn = conn

    def _get(self, key: str) -> str | None:
        assert self._conn is not None
        row = self._conn.execute("SELECT brief FROM briefs WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def _put(self, key: str, brief: str) -> None:
        assert self._conn is not None
        self._conn.execute(
            "INSERT OR REPLACE INTO briefs (key, brief, created) VALUES (?, ?, ?)",
            (key, brief, time.time()),
        )

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- callers -----------------------------------------------------------------------------

    def get(self, key: str) -> str | None:
        """The brief JSON stored under ``key``, or None (blocking)."""
        return self._executor.submit(self._get, key).result()

    def put(self, key: str, brief: str) -> None:
        """Store ``brief`` (JSON text) under ``key`` (blocking)."""
        self._executor.submit(self._put, key, brief).result()

    async def aget(self, key: str) -> str | None:
        """:meth:`get` without blocking the event loop."""
        return await asyncio.wrap_future(self._executor.submit(self._get, key))

    async def aput(self, key: str, brief: str) -> None:
        """:meth:`put` without blocking the event loop."""
        await asyncio.wrap_future(self._executor.submit(self._put, key, brief))

    def __len__(self) -> int:
        def count() -> int:
            assert self._conn is not None
            return int(self._conn.execute("SELECT count(*) FROM briefs").fetchone()[0])

        return self._executor.submit(count).result()

    def close(self) -> None:
        """Close the connection and stop the worker thread (once; later calls do nothing)."""
        if self._closed:
            return
        self._closed = True
        try:
            self._executor.submit(self._close).result()
        finally:
            self._executor.shutdown(wait=True)
