"""What a batch is made of, and the readers that stream it from JSONL, a directory or stdin.

Every reader is a generator: it reads one record, yields it, and only then reads the next,
so memory does not grow with the size of the input.

A JSONL line is one object ``{"id", "text", "published"?, "title"?, "source"?}``; other keys
are ignored and blank lines are skipped. ``id`` is a non-empty string or an integer (kept
as its decimal string). A line that cannot become an article (not UTF-8, not JSON, not an
object, no usable ``id``, no ``text`` string, a wrong type) is yielded as a
:class:`BadInput`, which the runner turns into an error record for that line.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from summarizer.errors import InputError

__all__ = [
    "ARTICLE_SUFFIXES",
    "BadInput",
    "BatchInput",
    "BatchItem",
    "count_records",
    "item_from_mapping",
    "open_input",
    "parse_line",
    "read_directory",
    "read_jsonl",
    "read_jsonl_file",
]

#: Files a directory input takes (case-insensitive); anything else in it is ignored.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")

_OPTIONAL_TEXT_FIELDS = ("title", "source")
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One article of a batch. ``id`` names its record in the output and must be unique."""

    id: str
    text: str
    published: date | str | None = None
    title: str | None = None
    source: str | None = None
    #: Where it came from: the line of a JSONL file, the position in a directory or iterable.
    line: int | None = None


@dataclass(frozen=True, slots=True)
class BadInput:
    """An input record that cannot become an article; it becomes an ``InputError`` record.

    ``id`` is the record's id when it had a usable one, else None (the runner then names
    the record after its line, see :mod:`summarizer.batch.runner`).
    """

    id: str | None
    message: str
    line: int | None = None


def _where(line: int | None) -> str:
    return f"line {line}: " if line is not None else ""


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _id_of(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    return None


def _json_type(value: object) -> str:
    """What JSON calls the type of ``value``, with its article: "an array", "a number"."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    if value is None:
        return "null"
    return f"a {type(value).__name__}"


def item_from_mapping(data: object, line: int | None = None) -> BatchItem | BadInput:
    """Check one decoded record and turn it into a :class:`BatchItem`, or say what is wrong."""
    where = _where(line)
    if not isinstance(data, Mapping):
        return BadInput(None, f"{where}expected a JSON object, got {_json_type(data)}", line)
    item_id = _id_of(data.get("id"))
    if item_id is None:
        shown = "missing" if "id" not in data else f"{data['id']!r:.40} is not usable"
        return BadInput(
            None, f'{where}"id" is {shown}; give a non-empty string or an integer', line
        )
    text = data.get("text")
    if not isinstance(text, str):
        problem = "missing" if text is None else f"{_json_type(text)}, not a string"
        return BadInput(item_id, f'{where}"text" is {problem}', line)
    published = data.get("published")
    if published is not None and not isinstance(published, str | date):
        return BadInput(item_id, f'{where}"published" must be a YYYY-MM-DD string', line)
    extras: dict[str, str | None] = {}
    for name in _OPTIONAL_TEXT_FIELDS:
        value = data.get(name)
        if value is not None and not isinstance(value, str):
            return BadInput(item_id, f'{where}"{name}" must be a string', line)
        extras[name] = value
    for name, value in (("id", item_id), ("text", text), *extras.items()):
        if value is not None and not _encodable(value):
            return BadInput(
                None if name == "id" else item_id,
                f'{where}"{name}" holds a lone surrogate (not valid Unicode)',
                line,
            )
    return BatchItem(
        id=item_id,
        text=text,
        published=published,
        title=extras["title"],
        source=extras["source"],
        line=line,
    )


def _json_problem(exc: json.JSONDecodeError) -> str:
    # some of json's messages end in "at" already ("Unterminated string starting at")
    joiner = " " if exc.msg.endswith(" at") else " at "
    return f"{exc.msg}{joiner}column {exc.colno}"


def parse_line(raw: bytes, line: int) -> BatchItem | BadInput | None:
    """One JSONL line (bytes, newline included or not); None for a blank line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return BadInput(None, f"line {line}: not UTF-8 (bad byte at offset {exc.start})", line)
    if not text.strip():
        return None
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        return BadInput(None, f"line {line}: not valid JSON ({_json_problem(exc)})", line)
    return item_from_mapping(data, line)


def read_jsonl(stream: BinaryIO) -> Iterator[BatchItem | BadInput]:
    """Records of a JSONL byte stream, one line at a time (blank lines skipped)."""
    for number, raw in enumerate(stream, start=1):
        record = parse_line(raw, number)
        if record is not None:
            yield record


def read_jsonl_file(path: str | Path) -> Iterator[BatchItem | BadInput]:
    """Records of the JSONL file ``path``; opened when iteration starts, closed at its end
    (for runners that hold a path, not an open INPUT: the service's jobs, Ray's driver)."""
    with open(path, "rb") as stream:
        yield from read_jsonl(stream)


def count_records(path: str | Path) -> int:
    """How many records the JSONL file or article directory ``path`` holds, unparsed."""
    source = open_input(str(path))
    try:
        assert source.total is not None, "a path names a regular file or a directory"
        return source.total
    finally:
        source.close()


def _article_names(folder: Path) -> list[str]:
    names = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.name.lower().endswith(ARTICLE_SUFFIXES) and entry.is_file():
                names.append(entry.name)
    return sorted(names)


def read_directory(folder: str | Path) -> Iterator[BatchItem | BadInput]:
    """One item per ``.txt``/``.html``/``.htm`` file of ``folder`` (not recursive), by name.

    The id is the file name. Files are read one at a time as the batch needs them; one that
    cannot be read or is not UTF-8 becomes a :class:`BadInput` under its name.
    """
    folder = Path(folder)
    return _read_files(folder, _article_names(folder))


def _read_files(folder: Path, names: list[str]) -> Iterator[BatchItem | BadInput]:
    for position, name in enumerate(names, start=1):
        try:
            data = (folder / name).read_bytes()
        except OSError as exc:
            yield BadInput(name, f"{name}: cannot read ({exc.strerror or exc})", position)
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield BadInput(name, f"{name}: not UTF-8 (bad byte at offset {exc.start})", position)
            continue
        yield BatchItem(id=name, text=text, line=position)


def _count_lines(fd: int) -> int:
    """Non-blank lines of the regular file ``fd``, read with ``pread`` (the offset the
    reader starts from is not moved)."""
    count = offset = 0
    pending = b""
    while chunk := os.pread(fd, _CHUNK, offset):
        offset += len(chunk)
        *lines, pending = (pending + chunk).split(b"\n")
        count += sum(1 for line in lines if line.strip())
    return count + bool(pending.strip())


class BatchInput:
    """INPUT, opened once: its records as a stream, and their number when a regular file or a
    directory tells it without being consumed (None for a pipe, FIFO or terminal).

    Every kind of input is opened exactly once and read front to back as the run goes, so
    ``-``, ``/dev/stdin``, a FIFO and process substitution (``<(...)``, a ``/dev/fd/N``)
    work like a file.
    """

    def __init__(
        self,
        name: str,
        records: Iterator[BatchItem | BadInput],
        total: int | None,
        *,
        identity: tuple[int, int] | None = None,
        stream: BinaryIO | None = None,
    ) -> None:
        self.name = name
        self.records = records
        self.total = total
        #: (device, inode) of the file or pipe, to tell when OUTPUT is the same file.
        self.identity = identity
        self._stream = stream

    def close(self) -> None:
        """Close a regular file. A pipe or FIFO is left to the process's exit: closing it
        would wait for the reader thread, which may be blocked on a writer that never
        writes."""
        if self._stream is not None and self.total is not None:
            self._stream.close()


def open_input(spec: str, stdin: BinaryIO | None = None) -> BatchInput:
    """Open INPUT ``spec`` once: ``-`` (JSONL on ``stdin``, default standard input), a
    directory of article files, or a JSONL file of any kind (regular, FIFO, ``/dev/fd/N``).
    Raises a one-line :class:`InputError` when it cannot be read."""
    if spec == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return BatchInput("standard input", read_jsonl(stream), None, stream=stream)
    path = Path(spec)
    if path.is_dir():
        try:
            names = _article_names(path)
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        if not names:
            raise InputError(
                f"{path} holds no {', '.join(ARTICLE_SUFFIXES)} files; give a directory of "
                "articles or a JSONL file"
            )
        return BatchInput(str(path), _read_files(path, names), len(names))
    try:
        # kept open for the run (closed by BatchInput.close); a FIFO waits here for its
        # writer, as `cat` would
        stream = open(path, "rb")  # noqa: SIM115
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    info = os.fstat(stream.fileno())
    total = _count_lines(stream.fileno()) if stat.S_ISREG(info.st_mode) else None
    return BatchInput(
        str(path),
        read_jsonl(stream),
        total,
        identity=(info.st_dev, info.st_ino),
        stream=stream,
    )
