"""The offline engine's vocabulary: data files in the package, and overlays on top.

Every cue word, actor name, weapon name, weight and precedence the rules use is read from
the TOML files in ``data/`` (each file holds the sections of one topic: ``events.toml`` has
``[events]``). An *overlay* is a TOML or JSON file in the same format, holding any of those
sections; it extends the package's vocabulary for one engine:

- lists are appended to (an overlay's actors join the package's; its rules come last);
- tables are merged key by key; a single value (a weight, a flag) is replaced.

``OfflineEngine(lexicon="my_places.toml")`` and ``--lexicon FILE`` load overlays. Every file
is checked against the schema (:mod:`._schema`) when loaded, so a mistake in one is a
one-line :class:`LexiconError` naming the file and key, not a failure mid-brief.

A :class:`Lexicon` also compiles the rules the engine's modules build from it, once per
lexicon (:meth:`Lexicon.rules`), and names itself by content (:attr:`Lexicon.digest`): a
hash of the package version, the engine's Python sources, the data files and the overlays,
so that anything cached under an engine's identity is never served after its rules or
vocabulary changed.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import threading
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from summarizer.engines.offline import prefilter
from summarizer.engines.offline._schema import SCHEMA, SchemaError, validate
from summarizer.engines.offline.patternstore import store
from summarizer.errors import ConfigurationError

__all__ = ["DATA_DIR", "Lexicon", "LexiconError", "default_lexicon"]

#: The package's data files.
DATA_DIR = Path(__file__).resolve().parent / "data"
T = TypeVar("T")


class LexiconError(ConfigurationError):
    """A lexicon file cannot be read or does not fit the schema (exit code 2)."""


def _parse(path: Path, raw: bytes) -> dict[str, Any]:
    import tomllib  # here: a process whose pattern store holds the parsed data never needs it

    try:
        if path.suffix.lower() == ".json":
            data = json.loads(raw.decode("utf-8"))
        else:
            data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise LexiconError(f"lexicon {path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise LexiconError(f"lexicon {path}: not JSON ({exc.msg}, line {exc.lineno})") from None
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"lexicon {path}: not TOML ({exc})") from None
    if not isinstance(data, dict):
        raise LexiconError(f"lexicon {path}: expected a table of sections at the top")
    return data


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise LexiconError(f"lexicon {path}: cannot read it ({reason})") from None


def _parsed(path: Path, raw: bytes) -> dict[str, Any]:
    """A package data file parsed: kept in the pattern store, keyed by its name and a hash
    of its bytes (parsing the TOML files costs a new process some 30 ms; reading them
    back, one)."""
    key = f"lexicon data/{path.name} {hashlib.sha256(raw).hexdigest()}"
    found: dict[str, Any] = store().reading(key, _PARSED, lambda: _parse(path, raw))
    return found


#: The flags under which the store keeps a parsed data file: none a pattern compiles with.
_PARSED = -3


@cache
def _base() -> tuple[dict[str, Any], tuple[tuple[str, bytes], ...]]:
    """The package's data, merged, and each file's name and bytes (for the digest)."""
    merged: dict[str, Any] = {}
    files: list[tuple[str, bytes]] = []
    for path in sorted(DATA_DIR.iterdir()):
        raw = path.read_bytes()
        files.append((path.name, raw))
        if path.suffix != ".toml":
            continue  # the gazetteer: read by the place finder itself
        data = _parsed(path, raw)
        for section in data:
            if section in merged:
                raise LexiconError(f"lexicon {path}: section [{section}] is in two data files")
        merged.update(data)
    try:
        validate(merged, SCHEMA, base=True)
    except SchemaError as exc:
        raise LexiconError(f"package data: {exc}") from None
    return merged, tuple(files)


@cache
def code_digest(package: Path = DATA_DIR.parent) -> bytes:
    """SHA-256 of the engine's own Python sources (every ``.py`` file under ``package``, by
    relative path), so that a change of its rules, not only of its data, is a new identity.
    A file that cannot be read is hashed by its name alone."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        try:
            raw = path.read_bytes()
        except OSError:
            raw = b""
        digest.update(f"code/{name} {len(raw)}\n".encode())
        digest.update(raw)
    return digest.digest()


def merge(base: dict[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``overlay`` on top: lists extended, tables merged, values replaced."""
    out = dict(base)
    for key, value in overlay.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            out[key] = merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = [*old, *value]
        else:
            out[key] = copy.deepcopy(value)
    return out


class Lexicon:
    """The package's vocabulary with zero or more overlay files merged on top, in order."""

    def __init__(self, overlays: Iterable[str | Path | Mapping[str, Any]] = ()) -> None:
        data, files = _base()
        from summarizer import __version__

        digest = hashlib.sha256(f"summarizer {__version__}\n".encode())
        digest.update(code_digest())
        for name, raw in files:
            digest.update(f"data/{name} {len(raw)}\n".encode())
            digest.update(raw)
        paths: list[Path] = []
        for item in overlays:
            if isinstance(item, Mapping):  # an overlay built in memory
                path = Path("<overlay>")
                overlay = dict(item)
                raw = json.dumps(overlay, sort_keys=True, ensure_ascii=False).encode()
            else:
                path = Path(item)
                raw = _read(path)
                overlay = _parse(path, raw)
            try:
                validate(overlay, SCHEMA, base=False)
            except SchemaError as exc:
                raise LexiconError(f"lexicon {path}: {exc}") from None
            data = merge(data, overlay)
            digest.update(f"overlay {len(raw)}\n".encode())
            digest.update(raw)
            paths.append(path)
        self.data: dict[str, Any] = data
        self.overlays: tuple[Path, ...] = tuple(paths)
        #: SHA-256 (hex) of the package version, the engine's code, its data files and the overlays.
        self.digest = digest.hexdigest()
        self._rules: dict[Callable[[Lexicon], Any], Any] = {}
        self._gates: list[prefilter.Gated] = []
        self._index: prefilter.LiteralIndex | None = None
        self._lock = threading.Lock()
        if paths:
            self._check_compiles()

    def section(self, name: str) -> dict[str, Any]:
        """One top-level section of the vocabulary (``events``, ``actors``...)."""
        value: dict[str, Any] = self.data[name]
        return value

    def rules(self, build: Callable[[Lexicon], T]) -> T:
        """``build(self)``, built once per lexicon: the rules a module compiles from it.
        The pattern gates built meanwhile are this lexicon's (:meth:`literals`)."""
        found = self._rules.get(build)
        if found is None:
            token = prefilter.collecting(self._gates)
            try:
                found = build(self)
            finally:
                prefilter.done(token)
            with self._lock:
                found = self._rules.setdefault(build, found)
        return found  # type: ignore[no-any-return]

    def literals(self) -> prefilter.LiteralIndex:
        """Every literal the gates of this lexicon's rules look for, as one index (built
        once, after every rule set: each gate then checks a sentence's found set)."""
        if self._index is None:
            from summarizer.engines.offline.pipeline import RULE_BUILDERS

            for build in RULE_BUILDERS:
                self.rules(build)
            with self._lock:
                if self._index is None:
                    self._index = prefilter.LiteralIndex(self._gates)
        return self._index

    def fold(self, text: str) -> prefilter.Folded:
        """``text`` case-folded, with the literals of this lexicon's gates it holds (so a
        gate checks a set, not the text)."""
        return self.literals().fold(text)

    def _check_compiles(self) -> None:
        """Build every module's rules now, and compile every pattern (a gated one is otherwise
        compiled on first use), so a broken pattern in an overlay fails at once."""
        from summarizer.engines.offline.pipeline import RULE_BUILDERS

        for build in RULE_BUILDERS:
            try:
                self.rules(build)
                for gate in self._gates:
                    gate.prepare()
            except re.error as exc:
                names = ", ".join(str(p) for p in self.overlays)
                where = f" in {exc.pattern[:80]!r}" if isinstance(exc.pattern, str) else ""
                raise LexiconError(
                    f"lexicon {names}: a pattern does not compile ({exc}){where}"
                ) from None
            except (KeyError, ValueError, TypeError) as exc:
                names = ", ".join(str(p) for p in self.overlays)
                raise LexiconError(f"lexicon {names}: {type(exc).__name__}: {exc}") from None

    @classmethod
    def load(
        cls, source: Lexicon | str | Path | Iterable[str | Path | Mapping[str, Any]] | None
    ) -> Lexicon:
        """A lexicon from a :class:`Lexicon`, one overlay path, several (paths or mappings
        of sections), or None (the package's own vocabulary)."""
        if isinstance(source, Lexicon):
            return source
        if source is None:
            return default_lexicon()
        if isinstance(source, str | Path | Mapping):
            return cls([source])
        return cls(list(source))


@cache
def default_lexicon() -> Lexicon:
    """The package's vocabulary alone (shared by every engine without an overlay)."""
    return Lexicon()
