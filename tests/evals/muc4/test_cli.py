"""``python -m evals muc4`` on tiny self-written split files, offline engine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from summarizer.evals.__main__ import main
from summarizer.evals.muc4.data import ROLES, load_documents
from tests.conftest import REPO
from tests.evals.muc4.conftest import bombing_doc


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_offline_run_writes_grit_predictions_and_scores(
    split_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    preds, scores = tmp_path / "preds.json", tmp_path / "scores.json"
    code = main(
        ["muc4", "--split-file", str(split_file), "--out", str(preds), "--json-out", str(scores)]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "micro" in out and "64.19/47.36/54.50" in out and "test split" in out
    assert "tiny.jsonl" in out

    documents = load_documents(split_file)
    written = _json(preds)
    # an entry for every document, keyed by numeric id, with all five roles
    assert list(written) == ["10001", "10002", "20003"]
    for document in documents:
        extracts = written[document.numeric_id]["pred_extracts"]
        assert list(extracts) == list(ROLES)
        for entities in extracts.values():
            for entity in entities:
                assert entity and all(mention in document.text for mention in entity)

    report = _json(scores)
    assert report["engine"] == "offline" and report["model"]
    assert report["scores"]["documents"] == 3
    assert report["published"]["micro"]["f1"] == 54.5
    assert [d["docid"] for d in report["documents"]] == [d.docid for d in documents]
    gold_total = sum(len(d.gold[r]) for d in documents for r in ROLES)
    assert report["scores"]["micro"]["gold"] == gold_total

    # the written predictions, scored on their own, give the same figures
    rescored = tmp_path / "rescored.json"
    code = main(
        [
            "muc4",
            "--split-file",
            str(split_file),
            "--preds",
            str(preds),
            "--json-out",
            str(rescored),
            "--quiet",
        ]
    )
    assert code == 0
    assert _json(rescored)["scores"] == report["scores"]


def test_limit_scores_only_the_first_documents(split_file: Path, tmp_path: Path) -> None:
    preds, scores = tmp_path / "preds.json", tmp_path / "scores.json"
    argv = ["muc4", "--split-file", str(split_file), "--limit", "1", "--quiet"]
    assert main([*argv, "--out", str(preds), "--json-out", str(scores)]) == 0
    assert list(_json(preds)) == ["10001"]
    assert _json(scores)["scores"]["micro"]["gold"] == 5


def test_the_offline_engine_gets_the_train_lexicon_unless_told_not_to(
    split_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scores = tmp_path / "scores.json"
    argv = ["muc4", "--split-file", str(split_file), "--json-out", str(scores), "--quiet"]
    assert main(argv) == 0
    assert _json(scores)["lexicon"].endswith("summarizer/evals/muc4/data/train_lexicon.json")
    assert main([*argv, "--no-lexicon"]) == 0
    assert _json(scores)["lexicon"] is None
    code, err = _fails([*argv, "--lexicon", str(tmp_path / "absent.json")], capsys)
    assert code == 5 and "absent.json" in err


def test_perfect_predictions_score_100(split_file: Path, tmp_path: Path) -> None:
    preds = tmp_path / "gold-as-preds.json"
    documents = load_documents(split_file)
    preds.write_text(
        json.dumps({d.numeric_id: {"pred_extracts": d.gold} for d in documents}),
        encoding="utf-8",
    )
    scores = tmp_path / "scores.json"
    argv = ["muc4", "--split-file", str(split_file), "--preds", str(preds)]
    assert main([*argv, "--json-out", str(scores), "--quiet"]) == 0
    micro = _json(scores)["scores"]["micro"]
    assert (micro["p"], micro["r"], micro["f1"]) == (100.0, 100.0, 100.0)


def _fails(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    err = capsys.readouterr().err.strip()
    assert err.startswith("evals: error: ") and "\n" not in err
    return code, err


def test_bad_split_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _fails(["muc4", "--split-file", str(tmp_path / "absent.jsonl")], capsys)
    assert code == 5 and "no such file" in err
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(bombing_doc()) + "\nnot json\n", encoding="utf-8")
    code, err = _fails(["muc4", "--split-file", str(bad)], capsys)
    assert code == 6 and f"{bad}:2: not JSON" in err


def test_bad_prediction_files(
    split_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["muc4", "--split-file", str(split_file), "--preds"]
    code, err = _fails([*argv, str(tmp_path / "absent.json")], capsys)
    assert code == 5
    partial = tmp_path / "partial.json"
    empty = {role: [] for role in ROLES}
    partial.write_text(json.dumps({"10001": {"pred_extracts": empty}}), encoding="utf-8")
    code, err = _fails([*argv, str(partial)], capsys)
    assert code == 6 and "no pred_extracts for document 10002 (TST1-MUC3-0002)" in err
    no_role = tmp_path / "no-role.json"
    no_role.write_text(
        json.dumps({k: {"pred_extracts": {"PerpInd": []}} for k in ("10001", "10002", "20003")}),
        encoding="utf-8",
    )
    code, err = _fails([*argv, str(no_role)], capsys)
    assert code == 6 and "PerpOrg is missing" in err


def test_bad_usage(split_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["muc4", "--split-file", str(split_file)]
    assert _fails([*base, "--limit", "0"], capsys)[0] == 2
    assert _fails([*base, "--concurrency", "0"], capsys)[0] == 2
    preds = str(tmp_path / "p.json")
    assert _fails([*base, "--preds", preds, "--out", preds], capsys)[0] == 2


def test_as_a_process_a_missing_file_is_one_line_and_exit_5(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "evals", "muc4", "--split-file", str(tmp_path / "x.jsonl")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 5
    assert done.stderr.strip() == f"evals: error: {tmp_path / 'x.jsonl'}: no such file"
    assert done.stdout == ""
