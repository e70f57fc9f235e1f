"""End to end: the real service (uvicorn in a subprocess) on the offline engine."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from summarizer import summarize, summarize_many_sync
from summarizer.batch import read_jsonl
from summarizer.schema import IncidentBrief
from tests.batch.conftest import article
from tests.conftest import EXAMPLE_ARTICLE
from tests.serve.conftest import KEY, OTHER_KEY, ServerProcess, secrets_absent


def _comparable(brief: dict[str, Any]) -> dict[str, Any]:
    brief = json.loads(json.dumps(brief))
    brief["provenance"].pop("created_at")
    return brief


def _records(text: str) -> dict[str, dict[str, Any]]:
    records = {}
    for line in text.splitlines():
        record = json.loads(line)
        if "brief" in record:
            record["brief"] = _comparable(record["brief"])
        assert record["id"] not in records, "an id twice"
        records[record["id"]] = record
    return records


def test_json_brief_is_the_in_process_brief(offline_server: ServerProcess) -> None:
    with offline_server.client() as client:
        answer = client.post(
            "/v1/briefs", json={"text": EXAMPLE_ARTICLE, "published": "2024-03-15"}
        )
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/json"
    brief = IncidentBrief.model_validate(answer.json(), context={"article": EXAMPLE_ARTICLE})
    local = summarize(EXAMPLE_ARTICLE, published="2024-03-15", engine="offline")
    assert _comparable(answer.json()) == _comparable(local.model_dump(mode="json"))
    assert brief.provenance.engine == "offline"


def test_text_and_html_bodies_take_query_parameters(offline_server: ServerProcess) -> None:
    html = "<html><body><p>" + EXAMPLE_ARTICLE.replace("\n\n", "</p><p>") + "</p></body></html>"
    with offline_server.client() as client:
        plain = client.post(
            "/v1/briefs",
            content=EXAMPLE_ARTICLE.encode(),
            params={"published": "2024-03-15", "title": "Convoy hit"},
            headers={"content-type": "text/plain; charset=utf-8"},
        )
        marked = client.post(
            "/v1/briefs",
            content=html.encode(),
            params={"published": "2024-03-15"},
            headers={"content-type": "text/html"},
        )
    assert plain.status_code == 200 and marked.status_code == 200
    assert plain.json()["date"] == "2024-03-14"  # "on Thursday" resolved against published
    assert marked.json()["event_type"] == plain.json()["event_type"]


def test_callers_need_a_valid_key(offline_server: ServerProcess) -> None:
    body = {"text": EXAMPLE_ARTICLE}
    for key in (None, "wrong-key", f"{KEY}x"):
        with offline_server.client(key) as client:
            answer = client.post("/v1/briefs", json=body)
        assert answer.status_code == 401
        assert answer.headers["www-authenticate"] == "Bearer"
        assert answer.json()["error"]["type"] == "Unauthorized"
    with offline_server.client(None) as client:
        basic = client.post("/v1/briefs", json=body, headers={"authorization": f"Basic {KEY}"})
        assert basic.status_code == 401
        assert client.get("/healthz").status_code == 200  # probes need no key


def test_bad_input_is_a_json_error(offline_server: ServerProcess) -> None:
    with offline_server.client() as client:
        cases = [
            (client.post("/v1/briefs", json={"text": "   "}), 422, "InputError"),
            (client.post("/v1/briefs", json={"title": "no text"}), 422, "InputError"),
            (
                client.post(
                    "/v1/briefs", content=b"{not json", headers={"content-type": "application/json"}
                ),
                422,
                "InputError",
            ),
            (
                client.post(
                    "/v1/briefs", content=b"\xff\xfe", headers={"content-type": "text/plain"}
                ),
                422,
                "InputError",
            ),
            (
                client.post("/v1/briefs", content=b"x", headers={"content-type": "image/png"}),
                415,
                "UnsupportedMediaType",
            ),
            (
                client.post("/v1/briefs", json={"text": EXAMPLE_ARTICLE, "published": "March"}),
                422,
                "InputError",
            ),
        ]
    for answer, status, kind in cases:
        assert answer.status_code == status, answer.text
        error = answer.json()["error"]
        assert error["type"] == kind and "\n" not in error["message"] and error["message"]


def test_body_size_limit(offline_server: ServerProcess) -> None:
    big = "word " * 50_000  # 250,000 bytes, over the server's 200,000
    with offline_server.client() as client:
        declared = client.post("/v1/briefs", json={"text": big})

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
            for _ in range(50):
                yield b"word " * 1000

        streamed = client.post(
            "/v1/briefs", content=chunks(), headers={"content-type": "text/plain"}
        )
    for answer in (declared, streamed):
        assert answer.status_code == 413, answer.text
        assert answer.json()["error"]["type"] == "PayloadTooLarge"


def test_batch_job_matches_the_local_runner(offline_server: ServerProcess) -> None:
    records = [{"id": f"b{i}", "text": article(i), "published": "2024-03-15"} for i in range(6)]
    lines = [json.dumps(r) for r in records]
    lines[2:2] = ["not json", json.dumps({"id": "b1", "text": "a repeated id"}), ""]
    body = ("\n".join(lines) + "\n").encode()
    with offline_server.client() as client:
        created = client.post(
            "/v1/batches", content=body, headers={"content-type": "application/x-ndjson"}
        )
        assert created.status_code == 202, created.text
        job = created.json()
        assert created.headers["location"] == f"/v1/batches/{job['id']}"
        assert job["total"] == 8
        streamed = client.get(f"/v1/batches/{job['id']}/results").text  # follows to the end
        status = client.get(f"/v1/batches/{job['id']}").json()
    assert status["status"] == "done"
    assert (status["done"], status["succeeded"], status["failed"]) == (8, 6, 2)

    local = "\n".join(
        r.to_json()
        for r in summarize_many_sync(read_jsonl(io.BytesIO(body)), engine="offline", cache=False)
    )
    assert _records(streamed) == _records(local)
    assert set(_records(streamed)) >= {"@line:3", "b1@line:4"}


def test_batch_upload_and_owner_only(offline_server: ServerProcess) -> None:
    body = json.dumps({"id": "u1", "text": EXAMPLE_ARTICLE}).encode() + b"\n"
    with offline_server.client() as client:
        created = client.post("/v1/batches", files={"file": ("in.jsonl", body)})
        assert created.status_code == 202, created.text
        job_id = created.json()["id"]
        deadline = time.monotonic() + 30
        while client.get(f"/v1/batches/{job_id}").json()["status"] == "running":
            assert time.monotonic() < deadline
            time.sleep(0.1)
        mine = client.get(f"/v1/batches/{job_id}/results", params={"follow": "false"})
        assert [json.loads(line)["id"] for line in mine.text.splitlines()] == ["u1"]
        assert client.get("/v1/batches/0123456789abcdef0123456789abcdef").status_code == 404
        assert client.get("/v1/batches/../../etc").status_code == 404
        empty = client.post(
            "/v1/batches", content=b"\n\n", headers={"content-type": "application/x-ndjson"}
        )
        assert empty.status_code == 422
    with offline_server.client(OTHER_KEY) as other:
        for path in (f"/v1/batches/{job_id}", f"/v1/batches/{job_id}/results"):
            answer = other.get(path)
            assert answer.status_code == 404 and answer.json()["error"]["type"] == "NotFound"


def test_openapi_metrics_and_logs(offline_server: ServerProcess) -> None:
    with offline_server.client() as client:
        client.post("/v1/briefs", json={"text": EXAMPLE_ARTICLE})
        schema = client.get("/openapi.json").json()
        metrics = client.get("/metrics")
        ready = client.get("/readyz").json()
    assert "IncidentBrief" in schema["components"]["schemas"]
    assert schema["paths"]["/v1/briefs"]["post"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ] == {"$ref": "#/components/schemas/IncidentBrief"}
    assert ready == {"status": "ready", "engine": "offline"}
    assert metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'summarizer_http_requests_total{method="POST",route="/v1/briefs",status="200"}' in text
    assert "summarizer_http_request_duration_seconds_bucket" in text
    assert 'summarizer_briefs_total{origin="single",outcome="ok"}' in text
    assert "summarizer_brief_duration_seconds_count" in text
    secrets_absent(offline_server.output())


def test_per_key_rate_limit(tmp_path: Path) -> None:
    server = ServerProcess(tmp_path, ["--engine", "offline", "--rate", "30"]).start()
    try:
        with server.client() as client, server.client(OTHER_KEY) as other:
            answers = [client.get("/v1/batches/0123456789abcdef0123456789abcdef") for _ in range(8)]
            assert other.get("/v1/batches/0123456789abcdef0123456789abcdef").status_code == 404
    finally:
        server.stop()
    statuses = [a.status_code for a in answers]
    assert statuses[:5] == [404] * 5  # a burst of 10 s worth: 5 requests
    assert 429 in statuses
    limited = answers[statuses.index(429)]
    assert int(limited.headers["retry-after"]) >= 1
    assert limited.json()["error"]["type"] == "TooManyRequests"


def test_serve_without_keys_is_a_one_line_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "serve", "--jobs-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "SUMMARIZER_API_KEYS"},
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "SUMMARIZER_API_KEYS" in done.stderr
