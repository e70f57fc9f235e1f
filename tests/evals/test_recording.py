"""Record LLM exchanges once against the local server, replay them with no server and no key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.chat_server import ChatServer, Received, Reply
from tests.conftest import (
    EXAMPLE_ARTICLE,
    NO_INCIDENT_ARTICLE,
    REPO,
    TEST_KEY,
    no_incident_answer,
    valid_answer,
)


def _answer(request: Received) -> Reply:
    *_, user = request.message_text("user")  # the article's; a worked example comes first
    return Reply.answer(valid_answer() if "Afgooye" in user else no_incident_answer())


def _fixtures(directory: Path) -> Path:
    directory.mkdir()
    for name, text, expected in [
        ("somalia-example", EXAMPLE_ARTICLE, {"incident": True, "killed": {"min": 4, "max": 9}}),
        ("football-example", NO_INCIDENT_ARTICLE, {"incident": False}),
    ]:
        data = {
            "id": name,
            "article": {"text": text, "published": "2024-03-15"},
            "expected": expected,
        }
        (directory / f"{name}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    return directory


def _evals(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    return subprocess.run(
        [sys.executable, "-m", "evals", "run", "--engine", "openai", "--quiet", *args],
        cwd=REPO,
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _briefs(path: Path) -> dict[str, Any]:
    report = json.loads(path.read_text())
    briefs = {}
    for fixture in report["fixtures"]:
        brief = fixture["brief"]
        brief["provenance"].pop("created_at")
        briefs[fixture["id"]] = brief
    return briefs


def test_record_then_replay_byte_for_byte(tmp_path: Path) -> None:
    fixtures = _fixtures(tmp_path / "fixtures")
    cassette = tmp_path / "cassette"
    with ChatServer(fallback=_answer) as server:
        done = _evals(
            "--fixtures",
            str(fixtures),
            "--record",
            str(cassette),
            "--base-url",
            server.base_url,
            "--json-out",
            str(tmp_path / "recorded.json"),
            env={"OPENAI_API_KEY": TEST_KEY},
        )
        assert done.returncode == 0, done.stderr
        recorded_requests = len(server.received)
    assert recorded_requests == 2

    # the server is gone and there is no key: replay must not touch the network
    done = _evals(
        "--fixtures",
        str(fixtures),
        "--replay",
        str(cassette),
        "--json-out",
        str(tmp_path / "replayed.json"),
        env={},
    )
    assert done.returncode == 0, done.stderr
    assert _briefs(tmp_path / "replayed.json") == _briefs(tmp_path / "recorded.json")
    assert json.loads((tmp_path / "replayed.json").read_text())["errors"] == 0

    stored = "".join(p.read_text() for p in cassette.glob("*.json"))
    paths = sorted(json.loads(p.read_text())["request"]["path"] for p in cassette.glob("*.json"))
    # two chats, and the probe for a llama.cpp server's context size (404 here: not llama.cpp)
    assert paths == ["/props", "/v1/chat/completions", "/v1/chat/completions"]
    assert TEST_KEY not in stored
    assert "authorization" not in stored.lower()


def _record_somalia(server: ChatServer, fixtures: Path, cassette: Path) -> None:
    """Record the Somalia fixture's exchange alone into ``cassette``."""
    done = _evals(
        "--fixtures", str(fixtures), "--only", "somalia-example", "--record", str(cassette),
        "--base-url", server.base_url, env={"OPENAI_API_KEY": TEST_KEY},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_a_replay_leaves_out_and_names_the_fixtures_never_recorded(tmp_path: Path) -> None:
    fixtures = _fixtures(tmp_path / "fixtures")
    cassette = tmp_path / "cassette"
    with ChatServer(fallback=_answer) as server:
        _record_somalia(server, fixtures, cassette)
    done = _evals(
        "--fixtures", str(fixtures), "--replay", str(cassette),
        "--json-out", str(tmp_path / "r.json"), env={},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "1 fixture(s) left out, not recorded" in done.stderr
    assert "football-example" in done.stderr
    # said once, in that line: not again by every retry of the client library's log
    assert "API call failed" not in done.stderr
    assert done.stderr.count("no recorded exchange") == 0
    debug = subprocess.run(
        [sys.executable, "-m", "evals", "--debug", "run", "--engine", "openai", "--quiet",
         "--fixtures", str(fixtures), "--replay", str(cassette)],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
        env={k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))},
    )  # fmt: skip
    assert debug.returncode == 0, debug.stderr
    assert "no recorded exchange" in debug.stderr  # --debug shows the library's own log
    report = json.loads((tmp_path / "r.json").read_text())
    # the unrecorded fixture is no failure of the model: it is not scored at all
    assert [f["id"] for f in report["fixtures"]] == ["somalia-example"]
    assert report["errors"] == 0 and report["n_fixtures"] == 1
    # gated against a baseline that scored the left-out fixture, the replay fails: its
    # requests changed since they were recorded
    baseline = tmp_path / "baseline.json"
    baseline.write_text(
        json.dumps(
            {
                **report,
                "fixtures": [
                    *report["fixtures"],
                    {"id": "football-example", "overall": 1.0, "scores": {}},
                ],
            }
        )
    )
    done = _evals(
        "--fixtures", str(fixtures), "--replay", str(cassette), "--gate", str(baseline), env={}
    )
    assert done.returncode != 0
    assert "1 fixture(s) of the baseline now send requests" in done.stderr + done.stdout


def test_a_replay_from_a_cassette_with_nothing_recorded_is_a_clear_error(tmp_path: Path) -> None:
    fixtures = _fixtures(tmp_path / "fixtures")
    cassette = tmp_path / "empty-cassette"
    cassette.mkdir()
    done = _evals("--fixtures", str(fixtures), "--replay", str(cassette), env={})
    assert done.returncode != 0
    assert "no fixture has recorded exchanges in" in done.stderr
    assert "Traceback" not in done.stderr


def test_recording_into_a_kept_folder_sends_only_what_is_missing(tmp_path: Path) -> None:
    fixtures = _fixtures(tmp_path / "fixtures")
    cassette = tmp_path / "cassette"
    with ChatServer(fallback=_answer) as server:
        _record_somalia(server, fixtures, cassette)
        assert len(server.received) == 1
        # an interrupted recording resumed: the Somalia request is answered from disk
        again = _evals(
            "--fixtures", str(fixtures), "--record", str(cassette), "--base-url",
            server.base_url, "--json-out", str(tmp_path / "r.json"),
            env={"OPENAI_API_KEY": TEST_KEY},
        )  # fmt: skip
        assert again.returncode == 0, again.stderr
        assert len(server.received) == 2
        [*_, last] = server.received
        assert "Afgooye" not in last.message_text("user")[-1]
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["errors"] == 0 and len(report["fixtures"]) == 2
    entries = [json.loads(p.read_text()) for p in cassette.glob("*.json")]
    assert sorted(len(e["responses"]) for e in entries) == [1, 1, 1]  # nothing asked twice
