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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from summarizer.errors import InputError

__all__ = [
    "ARTICLE_SUFFIXES",
    "BadInput",
    "BatchItem",
    "count_records",
    "item_from_mapping",
    "parse_line",
    "read_directory",
    "read_jsonl",
    "read_jsonl_file",
]

#: Files a directory input takes (case-insensitive); anything else in it is ignored.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")

_OPTIONAL_TEXT_FIELDS = ("title", "source")


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
    """Records of the JSONL file ``path``; the file is opened when iteration starts."""
    with open(path, "rb") as stream:
        yield from read_jsonl(stream)


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
    for position, name in enumerate(_article_names(folder), start=1):
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


def count_records(path: str | Path) -> int:
    """How many records a JSONL file or a directory holds (for progress), without parsing."""
    path = Path(path)
    if path.is_dir():
        return len(_article_names(path))
    count = 0
    with open(path, "rb") as stream:
        for raw in stream:
            if raw.strip():
                count += 1
    return count


def check_input(spec: str) -> None:
    """Raise a one-line :class:`InputError` unless ``spec`` is ``-``, a readable JSONL file
    or a directory holding at least one article file."""
    if spec == "-":
        return
    path = Path(spec)
    if path.is_dir():
        try:
            found = _article_names(path)
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        if not found:
            raise InputError(
                f"{path} holds no {', '.join(ARTICLE_SUFFIXES)} files; give a directory of "
                "articles or a JSONL file"
            )
        return
    try:
        with open(path, "rb"):
            pass
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
