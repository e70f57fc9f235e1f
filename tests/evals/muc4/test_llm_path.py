"""``python -m evals muc4 --engine openai`` against the local Chat Completions server.

The server answers each document with a scripted brief (chosen by the document's text in
the request), whose quotes are spans of that document, so a real instructor + openai
round trip produces the briefs, and the mapping and scorer turn them into role fillers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.evals.__main__ import main
from tests.chat_server import ChatServer, Received, Reply
from tests.evals.muc4.conftest import (
    BOMBING_TEXT,
    POLICY_TEXT,
    SHOOTING_TEXT,
    bombing_doc,
    write_split,
)

BOMBING_BRIEF: dict[str, Any] = {
    "incident": True,
    "headline": "EPL guerrillas bomb a power substation in Villa Nueva",
    "summary": "Urban guerrillas set off dynamite at a power substation, killing a watchman.",
    "event_type": "explosions_remote_violence",
    "sub_event_type": "remote_explosive_landmine_ied",
    "perpetrators": [
        {"name": "EPL", "kind": "rebel_group"},
        {"name": "Urban guerrillas", "kind": "rebel_group"},
        {"name": "Revolutionary Workers Party", "kind": "rebel_group"},  # not in the text
    ],
    "targets": [{"name": "electric power substation", "kind": "unknown"}],
    "weapons": ["dynamite"],
    "killed": {"min": 1, "max": 1},
    "named_casualties": [{"name": "Ramon Ortiz", "status": "killed"}],
    "evidence": [
        {"field": "event_type", "quote": "set off dynamite at the electric power substation"},
        {"field": "perpetrators", "quote": "the epl claimed responsibility"},
        {"field": "targets", "quote": "the electric power substation in villa nueva"},
        {"field": "weapons", "quote": "set off dynamite"},
        {"field": "killed", "quote": "the blast killed the watchman, ramon ortiz"},
        {"field": "named_casualties", "quote": "the watchman, ramon ortiz"},
    ],
}
SHOOTING_BRIEF: dict[str, Any] = {
    "incident": True,
    "headline": "Gunmen wound judge Elena Marquez near San Isidro",
    "summary": "Three armed men fired rifles at a judge's car, wounding her.",
    "event_type": "violence_against_civilians",
    "sub_event_type": "attack",
    "perpetrators": [{"name": "armed men", "kind": "unknown"}],
    "targets": [
        {"name": "car", "kind": "civilians"},
        {"name": "hospital", "kind": "unknown"},  # a span, but not a gold target
    ],
    "weapons": ["rifle"],  # the text says "rifles"
    "injured": {"min": 1, "max": 1},
    "named_casualties": [{"name": "Elena Marquez", "status": "injured"}],
    "evidence": [
        {"field": "event_type", "quote": "fired rifles at the car of judge elena marquez"},
        {"field": "perpetrators", "quote": "three heavily armed men fired rifles"},
        {"field": "targets", "quote": "the car of judge elena marquez"},
        {"field": "weapons", "quote": "fired rifles"},
        {"field": "injured", "quote": "the judge was wounded"},
        {"field": "named_casualties", "quote": "the judge was wounded"},
    ],
}
POLICY_BRIEF: dict[str, Any] = {
    "incident": False,
    "headline": "Legislative assembly approves penal code reform",
    "summary": "A report on a penal code reform; no violent incident.",
}


def _answer(received: Received) -> Reply:
    [user] = received.message_text("user")
    if BOMBING_TEXT in user:
        return Reply.brief(BOMBING_BRIEF)
    if SHOOTING_TEXT in user:
        return Reply.brief(SHOOTING_BRIEF)
    if POLICY_TEXT in user:
        return Reply.brief(POLICY_BRIEF)
    return Reply.error(400, "unexpected document")


def _argv(split_file: Path, server: ChatServer, *extra: str) -> list[str]:
    return [
        "muc4",
        "--split-file",
        str(split_file),
        "--engine",
        "openai",
        "--base-url",
        server.base_url,
        "--model",
        "test-model",
        "--quiet",
        *extra,
    ]


def test_llm_briefs_become_role_fillers_and_scores(
    split_file: Path, tmp_path: Path, chat_server: ChatServer
) -> None:
    chat_server.fallback = _answer
    preds, scores = tmp_path / "preds.json", tmp_path / "scores.json"
    code = main(_argv(split_file, chat_server, "--out", str(preds), "--json-out", str(scores)))
    assert code == 0

    assert len(chat_server.received) == 3
    assert {r.body["model"] for r in chat_server.received} == {"test-model"}

    written = json.loads(preds.read_text(encoding="utf-8"))
    assert written == {
        "10001": {
            "pred_extracts": {
                "PerpInd": [["urban guerrillas"]],
                "PerpOrg": [["epl"]],
                "Target": [["electric power substation"]],
                "Victim": [["ramon ortiz"]],
                "Weapon": [["dynamite"]],
            }
        },
        "10002": {
            "pred_extracts": {
                "PerpInd": [],
                "PerpOrg": [],
                "Target": [],
                "Victim": [],
                "Weapon": [],
            }
        },
        "20003": {
            "pred_extracts": {
                "PerpInd": [["armed men"]],
                "PerpOrg": [],
                "Target": [["car"], ["hospital"]],
                "Victim": [["elena marquez"]],
                "Weapon": [["rifles"]],
            }
        },
    }
    report = json.loads(scores.read_text(encoding="utf-8"))
    assert report["engine"] == "openai" and report["model"] == "test-model"
    assert report["prompt"]["hash"]
    assert report["usage"]["requests"] == 3
    roles = report["scores"]["roles"]
    assert {r: (v["matched"], v["predicted"], v["gold"]) for r, v in roles.items()} == {
        "PerpInd": (2, 2, 2),
        "PerpOrg": (1, 1, 1),
        "Target": (2, 3, 2),
        "Victim": (2, 2, 2),
        "Weapon": (2, 2, 2),
    }
    assert report["scores"]["micro"] == {
        "matched": 9,
        "predicted": 10,
        "gold": 9,
        "p": 90.0,
        "r": 100.0,
        "f1": 94.74,
    }


def test_a_document_whose_brief_never_validates_predicts_nothing(
    split_file: Path, tmp_path: Path, chat_server: ChatServer, capsys: pytest.CaptureFixture[str]
) -> None:
    def answer(received: Received) -> Reply:
        [user] = received.message_text("user")
        if SHOOTING_TEXT in user:
            invented = json.loads(json.dumps(SHOOTING_BRIEF))
            invented["evidence"][0]["quote"] = "a sniper shot the judge from a rooftop"
            return Reply.brief(invented)
        return _answer(received)

    chat_server.fallback = answer
    preds = tmp_path / "preds.json"
    code = main(_argv(split_file, chat_server, "--out", str(preds)))
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert "failed on 1 of 3 document(s)" in err and "TST2-MUC4-0003: BriefValidationError" in err
    assert "\n" not in err
    written = json.loads(preds.read_text(encoding="utf-8"))
    assert written["20003"]["pred_extracts"] == {
        "PerpInd": [],
        "PerpOrg": [],
        "Target": [],
        "Victim": [],
        "Weapon": [],
    }
    assert written["10001"]["pred_extracts"]["Weapon"] == [["dynamite"]]


def test_refused_credentials_stop_the_run(
    tmp_path: Path, chat_server: ChatServer, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = [bombing_doc(f"TST1-MUC3-000{i}") for i in range(1, 6)]
    split_file = write_split(tmp_path / "five.jsonl", docs)
    chat_server.fallback = lambda _: Reply.error(401, "bad key")
    code = main(_argv(split_file, chat_server, "--concurrency", "1"))
    assert code == 3
    assert "refused the credentials" in capsys.readouterr().err
    assert len(chat_server.received) <= 2  # not one request per document
