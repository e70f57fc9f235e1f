"""Where the project keeps what it caches on disk: ``$SUMMARIZER_CACHE_DIR``, else
``$XDG_CACHE_HOME/summarizer``, else ``~/.cache/summarizer``. The brief cache
(:mod:`summarizer.batch.cache`) and the offline engine's pattern store
(:mod:`summarizer.engines.offline.patternstore`) live there; a module of its own, so that
a brief's first pattern does not import the batch runner (asyncio, sqlite3, ssl)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

__all__ = ["cache_dir"]


def cache_dir(env: Mapping[str, str] | None = None) -> Path:
    """The cache folder ``env`` (default: the process's environment) names."""
    env = os.environ if env is None else env
    if env.get("SUMMARIZER_CACHE_DIR"):
        return Path(env["SUMMARIZER_CACHE_DIR"]).expanduser()
    base = env.get("XDG_CACHE_HOME") or str(Path("~/.cache").expanduser())
    return Path(base) / "summarizer"
