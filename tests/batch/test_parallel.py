"""``summarizer batch --workers N``: the offline engine in N processes, the local runner's rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.batch.conftest import article, write_jsonl
from tests.conftest import REPO

#: An input with every kind of record: briefs, a line that is not JSON, a repeated id, a
#: line with no text, an integer id, a blank line; more records than one chunk.
MIXED: list[dict[str, Any] | str] = [
    *({"id": f"m{i}", "text": article(i), "published": "2024-03-15"} for i in range(150)),
    "not json at all",
    {"id": "m3", "text": "a repeated id"},
    {"id": "no-text"},
    {"id": 77, "text": article(77)},
    "",
    *({"id": f"t{i}", "text": article(200 + i)} for i in range(20)),
]


def _batch(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    return subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=300,
        check=False,
    )


def comparable(path: Path) -> dict[str, dict[str, Any]]:
    """Records by id, briefs without their creation time; fails on an id written twice."""
    records: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "brief" in record:
            record["brief"]["provenance"].pop("created_at")
        assert record["id"] not in records, record["id"]
        records[record["id"]] = record
    return records


def test_workers_write_the_local_runners_rows(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", MIXED)
    local, parallel = tmp_path / "local.jsonl", tmp_path / "parallel.jsonl"
    first = _batch(str(source), "-o", str(local), "--engine", "offline", "--no-cache", "--quiet")
    second = _batch(
        str(source), "-o", str(parallel), "--engine", "offline", "--no-cache", "--workers", "2"
    )
    assert first.returncode == second.returncode == 5, second.stderr  # error records
    expected = comparable(local)
    assert comparable(parallel) == expected
    assert len(expected) == 174
    assert {"@line:151", "m3@line:152", "no-text", "77"} <= set(expected)
    assert "done       174 records" in second.stderr  # the summary counts what workers did


def test_workers_resume_and_use_the_cache(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": article(i)} for i in range(40)]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    done_before = [
        json.dumps({"id": f"r{i}", "error": {"type": "X", "message": "m"}}) for i in range(10)
    ]
    out.write_text("\n".join(done_before) + "\n")
    cache = tmp_path / "cache.sqlite"
    resumed = _batch(
        str(source),
        "-o",
        str(out),
        "--engine",
        "offline",
        "--workers",
        "2",
        "--resume",
        "--cache",
        str(cache),
    )
    assert resumed.returncode == 5, resumed.stderr  # the earlier error records count
    assert "30 (0 from the cache)" in resumed.stderr
    assert sorted(comparable(out)) == sorted(r["id"] for r in records)
    again = _batch(
        str(source),
        "-o",
        str(tmp_path / "again.jsonl"),
        "--engine",
        "offline",
        "--workers",
        "2",
        "--cache",
        str(cache),
    )
    assert again.returncode == 0, again.stderr
    assert "40 (30 from the cache)" in again.stderr  # the 30 briefed by the resumed run


def test_workers_are_for_the_offline_engine(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", MIXED[:2])
    done = _batch(
        str(source), "--engine", "openai", "--base-url", "http://127.0.0.1:9/v1", "--workers", "2"
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--workers" in done.stderr
    both = _batch(str(source), "--engine", "offline", "--workers", "2", "--ray")
    assert both.returncode == 2 and "not both" in both.stderr
