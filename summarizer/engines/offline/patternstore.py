"""What the engine learns about its patterns, kept on disk between processes.

Most of a new process's first brief went to ``re``'s parser, which is pure Python: reading
each gated pattern's literals (:mod:`.literals`), proving its case-folded twin
(:mod:`.casefold`) and compiling the patterns a text first needs. All three depend only on
a pattern's source and flags, the Python version and this code, so the store keeps them:

- a *reading* per pattern: its flags as compiled, the clauses its gate checks, its twin's
  source (or None);
- a *compiled form* per pattern that ran: the code ``re``'s compiler made, which
  ``_sre.compile`` turns back into the same pattern without parsing (as ``re.compile``
  itself does after parsing); kept marshalled on its own, so loading the file costs little
  for the many forms a process never needs.

The file (``patterns-<key>.marshal`` beside the brief cache: ``$SUMMARIZER_CACHE_DIR``, else
``$XDG_CACHE_HOME/summarizer``, else ``~/.cache/summarizer``) holds plain values only
(``marshal``, never ``pickle``), is named by a hash of the Python version, ``re``'s code
format and the source of the modules that make what it stores, and is rewritten when a
process that learnt something new ends: what that process used, merged with what the file
holds then (processes that brief different texts, or run at once, keep each other's
entries). Each entry counts the rewrites since a process last used it, and one unused for
``_KEEP`` rewrites is dropped, so the file never outgrows the vocabulary for long; the files
of other versions go once untouched for ``_STALE_DAYS`` days. A missing,
unreadable or foreign file is ignored; ``_sre`` checks any code it is given;
``SUMMARIZER_PATTERN_STORE=0`` turns the store off.
"""

from __future__ import annotations

import atexit
import contextlib
import gzip
import hashlib
import importlib
import marshal
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["PatternStore", "compiled", "store", "unpacked"]

T = TypeVar("T")
_Key = tuple[str, int]


class PatternStore:
    """Readings and compiled forms of patterns, loaded from ``path`` (None: memory only)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._readings: dict[_Key, Any] = {}
        self._codes: dict[_Key, Any] = {}
        self._used: set[tuple[str, _Key]] = set()
        self._new = False
        if path is not None:
            self._readings, self._codes, _ = _load(path)

    def reading(self, source: str, flags: int, read: Callable[[], T]) -> T:
        """``read()``, the reading of ``re.compile(source, flags)``: stored, or made now.
        It must be built of plain values (str, int, tuple, None...)."""
        key = (source, int(flags))  # (a RegexFlag is not a plain value)
        found = self._readings.get(key)
        if found is None:
            found = read()
            with self._lock:
                self._readings[key] = found
                self._new = True
        self._used.add(("r", key))
        return found

    def forget(self, source: str, flags: int) -> None:
        """Drop the reading stored for ``(source, flags)``: one found not to fit what it is
        the reading of; the next :meth:`reading` makes it again (and it is saved anew)."""
        with self._lock:
            self._readings.pop((source, int(flags)), None)

    def compile(self, source: str, flags: int) -> re.Pattern[str]:
        """``re.compile(source, flags)``, from the stored code when there is some."""
        key = (source, int(flags))
        code = self._codes.get(key)
        if code is not None:
            try:
                compiled: re.Pattern[str] = _sre().compile(source, *marshal.loads(code))
            except (TypeError, ValueError, RuntimeError, EOFError):
                code = None  # not code this Python takes: made again below
            else:
                self._used.add(("c", key))
                return compiled
        compiled, made = _compile(source, flags)
        with self._lock:
            self._codes[key] = marshal.dumps(made)
            self._new = True
        self._used.add(("c", key))
        return compiled

    def save(self) -> None:
        """Write what this process used, merged with what the file holds now, if the process
        learnt anything new (atomically: another process reads the old file or the new one,
        never half of one)."""
        if self.path is None or not self._new:
            return
        readings, codes, ages = _load(self.path)
        # what the file holds ages by one rewrite, and goes once unused for _KEEP of them
        ages = {k: n + 1 for k, n in ages.items() if n < _KEEP}
        readings = {k: v for k, v in readings.items() if ("r", k) in ages}
        codes = {k: v for k, v in codes.items() if ("c", k) in ages}
        with self._lock:
            for kind, key in self._used:
                table, mine = (readings, self._readings) if kind == "r" else (codes, self._codes)
                if key in mine:
                    table[key] = mine[key]
                    ages[kind, key] = 0
            self._new = False
        ages = {k: n for k, n in ages.items() if k[1] in (readings if k[0] == "r" else codes)}
        try:
            data = marshal.dumps((_FORMAT, readings, codes, ages))
        except ValueError:  # a value that is not plain: nothing is stored
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(name, self.path)
        except OSError:  # a read-only or full disk: the next process parses again
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(name)
            return
        _remove_stale(self.path)


def _remove_stale(path: Path) -> None:
    """Remove the store files of other versions (other Pythons or engine code) beside
    ``path`` that no process has rewritten for ``_STALE_DAYS`` days: each upgrade leaves
    one behind otherwise."""
    limit = time.time() - _STALE_DAYS * 86400
    for other in path.parent.glob("patterns-*.marshal"):
        with contextlib.suppress(OSError):
            if other != path and other.stat().st_mtime < limit:
                other.unlink()


def _load(path: Path) -> tuple[dict[_Key, Any], dict[_Key, Any], dict[tuple[str, _Key], int]]:
    """The readings, compiled forms and ages a store file holds (all empty when the file
    is missing, unreadable or not this format)."""
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}, {}
    if (
        isinstance(loaded, tuple)
        and len(loaded) == 4
        and loaded[0] == _FORMAT
        and all(isinstance(part, dict) for part in loaded[1:])
    ):
        return loaded[1], loaded[2], loaded[3]
    return {}, {}, {}


#: How many rewrites of the file an entry no process used survives.
_KEEP = 4

#: Days after which another version's store file, not rewritten since, is removed.
_STALE_DAYS = 30

#: The layout of the stored tuple; raise it when that changes.
_FORMAT = 3


@cache
def _sre() -> Any:
    return importlib.import_module("_sre")


def _compile(source: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """Compile as ``re.compile`` does (``re._compiler.compile``), keeping the code."""
    parsed = importlib.import_module("re._parser").parse(source, flags)
    # plain ints: re's opcodes are an int subclass, which marshal does not write
    code = [int(op) for op in importlib.import_module("re._compiler")._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    groups = parsed.state.groups - 1
    stored = (int(flags | parsed.state.flags), code, groups, groupindex, tuple(indexgroup))
    return _sre().compile(source, *stored), stored


def _file_key() -> str:
    """A hash of what makes a stored value: the Python version, ``re``'s code format and
    the modules that read patterns or make what is stored besides."""
    digest = hashlib.sha256(f"{sys.version}\n{_sre().MAGIC}\n{_FORMAT}\n".encode())
    here = Path(__file__).resolve().parent
    for name in (
        "patternstore.py",
        "literals.py",
        "casefold.py",
        "prefilter.py",
        "literalindex.py",
        "branches.py",
        "regroup.py",
        "patterns.py",
        "text.py",  # and the region index (scan/places.py) folds names with text.fold
        "scan/places.py",
    ):
        with contextlib.suppress(OSError):
            digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the store's code when it has some: for the
    patterns a rule set compiles at once (no gate; a new process would parse them all)."""
    return store().compile(source, flags)


@cache
def store() -> PatternStore:
    """The process's store (memory only when ``SUMMARIZER_PATTERN_STORE=0``); what it
    learnt is saved when the process ends."""
    if os.environ.get("SUMMARIZER_PATTERN_STORE", "1") == "0":
        return PatternStore(None)
    from summarizer.cachedir import cache_dir

    made = PatternStore(cache_dir() / f"patterns-{_file_key()}.marshal")
    atexit.register(made.save)
    return made


def unpacked(path: Path) -> bytes:
    """The gzip file ``path``, decompressed: read from a copy beside the store's file (named
    by a hash of ``path``'s bytes, and only when its length is the one gzip's trailer
    gives), else decompressed now (the gazetteer's 4 MB: ~20 ms) and the copy written. The
    copies of other versions of ``path`` are removed then."""
    packed = path.read_bytes()
    where = store().path
    if where is None:
        return gzip.decompress(packed)
    stem = path.name.split(".")[0]
    copy = where.parent / f"{stem}-{hashlib.sha256(packed).hexdigest()[:16]}.unpacked"
    size = int.from_bytes(packed[-4:], "little")  # the length, modulo 2**32
    with contextlib.suppress(OSError):
        data = copy.read_bytes()
        if len(data) % (1 << 32) == size:
            return data
    data = gzip.decompress(packed)
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=copy.parent, prefix=f".{stem}-")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(name, copy)
        for old in copy.parent.glob(f"{stem}-*.unpacked"):
            if old != copy:
                old.unlink()
    except OSError:  # a read-only or full disk: the next process decompresses again
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(name)
    return data
