"""The resumable output file: whole lines, torn tails dropped, no overwrite, one writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.batch.output import FileOutput
from summarizer.batch.runner import BatchResult, ItemError
from summarizer.errors import InputError


def _line(item_id: str, error: bool = False) -> str:
    if error:
        return BatchResult(item_id, error=ItemError("InputError", "bad\nline")).to_json()
    return json.dumps({"id": item_id, "brief": {"headline": "multi\nline"}})


def test_records_are_single_lines_appended(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    out = FileOutput(path, resume=False)
    out.write(_line("a"))
    out.write(_line("b", error=True))
    out.close()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["a", "b"]
    assert json.loads(lines[1])["error"] == {"type": "InputError", "message": "bad\nline"}


def test_refuses_to_overwrite_without_resume(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(_line("a") + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="--resume"):
        FileOutput(path, resume=False)
    assert path.read_text(encoding="utf-8") == _line("a") + "\n"
    (tmp_path / "empty.jsonl").touch()
    FileOutput(tmp_path / "empty.jsonl", resume=False).close()  # an empty file is fine


def test_resume_drops_a_torn_last_line_and_collects_ids(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    whole = _line("a") + "\n" + _line("b", error=True) + "\n"
    path.write_text(whole + '{"id": "c", "brief": {"hea', encoding="utf-8")
    out = FileOutput(path, resume=True)
    assert out.resume.done == {"a", "b"}
    assert out.resume.errors == 1
    assert out.resume.torn_bytes == len('{"id": "c", "brief": {"hea')
    out.write(_line("c"))
    out.close()
    assert path.read_text(encoding="utf-8") == whole + _line("c") + "\n"


def test_resume_of_a_missing_file_starts_afresh(tmp_path: Path) -> None:
    out = FileOutput(tmp_path / "new.jsonl", resume=True)
    assert out.resume.done == set()
    out.close()


def test_resume_refuses_a_file_that_is_not_batch_output(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonl"
    path.write_text("hello\n" + _line("a") + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1 is not a batch record"):
        FileOutput(path, resume=True)
    inputs = tmp_path / "in.jsonl"  # an input file given as OUTPUT by mistake
    inputs.write_text(_line("a") + "\n" + '{"id": "b", "text": "t"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2 is not a batch record"):
        FileOutput(inputs, resume=True)


def test_a_second_writer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    first = FileOutput(path, resume=False)
    with pytest.raises(InputError, match="another summarizer batch run"):
        FileOutput(path, resume=True)
    first.close()
    FileOutput(path, resume=True).close()  # the lock went with the first writer
