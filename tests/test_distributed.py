"""Batch runs on Ray Data (a local instance, ``ray.init(num_cpus=2)``, once per session):
the same rows as the local runner, JSONL and Parquet, the LLM engine's limits split
across actors, and ``summarizer batch --ray-address``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import ray

from summarizer import summarize_many_sync
from summarizer.batch import read_jsonl
from summarizer.distributed import run_batch
from summarizer.errors import AuthenticationError
from tests.batch.conftest import article, items, llm_settings_for, write_jsonl
from tests.batch.test_parallel import MIXED, comparable
from tests.chat_server import ChatServer, Reply
from tests.conftest import REPO, valid_answer


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[str]:
    """A local Ray instance for the whole session; its address."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


def _local_records(source: Path, **kwargs: Any) -> dict[str, dict[str, Any]]:
    out = source.parent / "local.jsonl"
    with source.open("rb") as stream, out.open("w") as sink:
        for result in summarize_many_sync(read_jsonl(stream), cache=False, **kwargs):
            sink.write(result.to_json() + "\n")
    return comparable(out)


def test_jsonl_on_ray_is_the_local_runners_output(ray_cluster: str, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", MIXED)
    out = tmp_path / "ray.jsonl"
    stats = run_batch(source, out, engine="offline")
    assert comparable(out) == _local_records(source, engine="offline")
    assert (stats.succeeded, stats.failures) == (171, 3)


def test_parquet_in_and_out(ray_cluster: str, tmp_path: Path) -> None:
    rows = [{"id": f"p{i}", "text": article(i), "published": "2024-03-15"} for i in range(30)]
    rows.append({"id": "p3", "text": "a repeated id", "published": None})
    source = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(rows), source)
    out = tmp_path / "out.parquet"
    run_batch(source, out, engine="offline")
    table = pq.read_table(out).to_pylist()
    got = {row["id"]: row for row in table}
    assert len(got) == len(table) == 31
    assert got["p3@line:31"]["error_type"] == "InputError"
    assert got["p3@line:31"]["brief"] is None
    # the same briefs as the local runner on the same records
    expected = _local_records(write_jsonl(tmp_path / "same.jsonl", rows), engine="offline")
    for item_id, row in got.items():
        record = expected[item_id]
        if row["brief"] is None:
            assert record["error"] == {"type": row["error_type"], "message": row["error_message"]}
        else:
            brief = json.loads(row["brief"])
            brief["provenance"].pop("created_at")
            assert brief == record["brief"]


def test_llm_on_ray_splits_the_rate_across_actors(ray_cluster: str, tmp_path: Path) -> None:
    with ChatServer(fallback=lambda request: Reply.answer(valid_answer())) as server:
        source = write_jsonl(tmp_path / "in.jsonl", items(24))
        out = tmp_path / "out.jsonl"
        settings = llm_settings_for(server)
        stats = run_batch(
            source, out, engine="openai", settings=settings, actors=2, concurrency=4, rpm=600
        )
        busiest = server.busiest(1.0)
    assert stats.succeeded == 24
    # 600 a minute is 10 a second for the whole run: 5 per actor (each may start with a
    # burst of one); unsplit, two actors would send twice that
    assert busiest <= 12
    assert sorted(comparable(out)) == sorted(f"a{i}" for i in range(24))


def test_refused_credentials_end_a_ray_run(ray_cluster: str, tmp_path: Path) -> None:
    with ChatServer(fallback=lambda request: Reply.error(401, "no")) as server:
        source = write_jsonl(tmp_path / "in.jsonl", items(4))
        with pytest.raises(AuthenticationError, match="refused the credentials"):
            run_batch(
                source, tmp_path / "out.jsonl", engine="openai", settings=llm_settings_for(server)
            )


def test_the_command_joins_a_cluster(ray_cluster: str, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", MIXED[:40])
    out = tmp_path / "cli.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    done = subprocess.run(
        [
            *(sys.executable, "-m", "summarizer", "batch", str(source), "-o", str(out)),
            *("--engine", "offline", "--no-cache", "--ray-address", ray_cluster),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert comparable(out) == _local_records(source, engine="offline")
    assert "done       40 records" in done.stderr
