"""Batch input readers: JSONL lines and directories become items or per-line problems."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer.batch.items import (
    BadInput,
    BatchItem,
    open_input,
    parse_line,
    read_directory,
    read_jsonl,
)
from summarizer.errors import InputError


def test_good_line_with_every_field() -> None:
    line = json.dumps(
        {"id": "x1", "text": "t", "published": "2024-01-02", "title": "T", "source": "S", "k": 1}
    )
    assert parse_line(line.encode(), 7) == BatchItem(
        id="x1", text="t", published="2024-01-02", title="T", source="S", line=7
    )


def test_integer_id_becomes_its_string() -> None:
    item = parse_line(b'{"id": 42, "text": "t"}\n', 1)
    assert isinstance(item, BatchItem) and item.id == "42"


@pytest.mark.parametrize(
    ("raw", "has_id", "message"),
    [
        (b"{not json", False, "not valid JSON (Expecting property name"),
        (b'{"id": "a", "text": "unterminated', False, "starting at column 21)"),
        (b"[1, 2]", False, "expected a JSON object, got an array"),
        (b'{"text": "t"}', False, '"id" is missing'),
        (b'{"id": "", "text": "t"}', False, "not usable"),
        (b'{"id": true, "text": "t"}', False, "not usable"),
        (b'{"id": "a"}', True, '"text" is missing'),
        (b'{"id": "a", "text": 3}', True, '"text" is a number, not a string'),
        (b'{"id": "a", "text": "t", "published": 20240101}', True, '"published"'),
        (b'{"id": "a", "text": "t", "title": ["x"]}', True, '"title" must be a string'),
        (b'{"id": "a", "text": "\xff"}', False, "not UTF-8"),
        (b'{"id": "a", "text": "lone \\ud800 surrogate"}', True, "lone surrogate"),
    ],
)
def test_bad_lines_say_what_is_wrong(raw: bytes, has_id: bool, message: str) -> None:
    record = parse_line(raw, 12)
    assert isinstance(record, BadInput)
    assert message in record.message and record.message.startswith("line 12: ")
    assert record.line == 12
    assert (record.id == "a") if has_id else record.id is None


def test_blank_lines_are_skipped_and_line_numbers_kept() -> None:
    stream = io.BytesIO(b'{"id": "a", "text": "t"}\n\n   \n{"id": "b", "text": "u"}')
    records = list(read_jsonl(stream))
    assert [(r.id, r.line) for r in records] == [("a", 1), ("b", 4)]


def test_jsonl_reader_is_lazy() -> None:
    pulled = []

    def lines() -> Iterator[bytes]:
        for i in range(1_000_000):
            pulled.append(i)
            yield json.dumps({"id": i, "text": "t"}).encode() + b"\n"

    reader = read_jsonl(lines())  # type: ignore[arg-type]
    first = [next(reader) for _ in range(3)]
    assert [r.id for r in first] == ["0", "1", "2"]
    assert len(pulled) == 3


def test_directory_reader(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("second", encoding="utf-8")
    (tmp_path / "a.HTML").write_text("<p>first</p>", encoding="utf-8")
    (tmp_path / "c.htm").write_bytes(b"\xff\xfe bad")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "sub.txt").mkdir()
    records = list(read_directory(tmp_path))
    assert [r.id for r in records] == ["a.HTML", "b.txt", "c.htm"]
    assert isinstance(records[1], BatchItem) and records[1].text == "second"
    assert isinstance(records[2], BadInput) and "not UTF-8" in records[2].message
    source = open_input(str(tmp_path))
    assert source.total == 3
    assert [r.id for r in source.records] == ["a.HTML", "b.txt", "c.htm"]


def test_a_regular_file_is_counted_without_moving_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": 1, "text": "t"}\n\nnot json\n  \n{"id": 2, "text": "u"}')
    source = open_input(str(path))
    assert source.total == 3  # non-blank lines
    assert [r.line for r in source.records] == [1, 3, 5]
    source.close()


def test_a_pipe_is_read_once_and_has_no_total() -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "wb") as writer:
        writer.write(b'{"id": "a", "text": "t"}\n{"id": "b", "text": "u"}\n')
    source = open_input(f"/dev/fd/{read_end}")
    assert source.total is None  # counting would have consumed it
    assert [r.id for r in source.records] == ["a", "b"]
    os.close(read_end)


def test_standard_input_and_unreadable_inputs(tmp_path: Path) -> None:
    source = open_input("-", stdin=io.BytesIO(b'{"id": "a", "text": "t"}\n'))
    assert source.total is None and [r.id for r in source.records] == ["a"]
    with pytest.raises(InputError, match="no such file"):
        open_input(str(tmp_path / "missing.jsonl"))
    with pytest.raises(InputError, match="holds no"):
        open_input(str(tmp_path))
