"""`python -m evals run`: the contract's JSON, reports, and a gate that catches regressions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.evals.gate import check_gate
from tests.conftest import REPO

SHARED = REPO.parent / "shared" / "fixtures"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "evals", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    out = tmp_path_factory.mktemp("run")
    done = _run(
        "run",
        "--engine",
        "offline",
        "--quiet",
        "--json-out",
        str(out / "r.json"),
        "--markdown-out",
        str(out / "r.md"),
        "--baseline-out",
        str(out / "b.json"),
    )
    assert done.returncode == 0, done.stderr
    data = json.loads((out / "r.json").read_text())
    data["_md"] = (out / "r.md").read_text()
    data["_baseline"] = json.loads((out / "b.json").read_text())
    return data


def test_json_has_the_contracts_shape(report: dict) -> None:  # type: ignore[type-arg]
    assert 0 <= report["overall"] <= 1
    assert report["fields"] and all(0 <= v <= 1 for v in report["fields"].values())
    assert {"incident", "event_type", "killed", "summary", "grounding"} <= set(report["fields"])
    fixture = report["fixtures"][0]
    assert {"id", "overall", "scores", "details", "latency_s", "brief"} <= set(fixture)
    assert report["engine"] == "offline" and report["n_fixtures"] >= 30
    assert "| field | mean |" in report["_md"]


def test_run_scores_the_shared_fixtures_when_present(tmp_path: Path) -> None:
    # ../shared sits beside the checkout in CI; a user's machine may not have it.
    directory = SHARED if SHARED.is_dir() else tmp_path
    if directory == tmp_path:
        (tmp_path / "x.yaml").write_text(
            "id: x\narticle: {text: Gunmen killed two people.}\nexpected: {incident: true}\n"
        )
    done = _run(
        "run", "--fixtures", str(directory), "--quiet", "--json-out", str(tmp_path / "s.json")
    )
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "s.json").read_text())["n_fixtures"] >= 1


def _shifted(report: dict, field: str, delta: float) -> dict:  # type: ignore[type-arg]
    """A copy with ``field`` moved by ``delta`` in every fixture (``overall`` for the overall)."""
    copy = json.loads(json.dumps(report))
    for fixture in copy["fixtures"]:
        if field == "overall":
            fixture["overall"] += delta
        elif field in fixture["scores"]:
            fixture["scores"][field] += delta
    return copy


def test_gate_passes_on_itself_and_fails_on_a_broken_field(report: dict) -> None:  # type: ignore[type-arg]
    baseline = report["_baseline"]
    assert check_gate(baseline, report) == []
    broken = _shifted(report, "killed", -0.06)
    assert [f.name for f in check_gate(baseline, broken)] == ["killed"]
    broken = _shifted(broken, "overall", -0.03)
    assert {f.name for f in check_gate(baseline, broken)} == {"overall", "killed"}
    within = _shifted(_shifted(report, "killed", -0.04), "overall", -0.015)
    assert check_gate(baseline, within) == []


def test_gate_compares_only_the_fixtures_both_runs_have(report: dict) -> None:  # type: ignore[type-arg]
    baseline = report["_baseline"]
    fewer = json.loads(json.dumps(report))
    fewer["fixtures"] = fewer["fixtures"][:5]
    fewer["overall"] = 0.0  # the aggregate is ignored in favour of the shared fixtures
    assert check_gate(baseline, fewer) == []


def test_gate_command_exits_nonzero_and_names_the_field(report: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    inflated = _shifted(report["_baseline"], "date", 0.2)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(inflated))
    done = _run("run", "--quiet", "--gate", str(baseline))
    assert done.returncode == 1
    assert "date fell from" in done.stderr


def test_compare_prints_deltas_and_changed_fixtures(report: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    a = tmp_path / "a.json"
    b = tmp_path / "b.json"
    a.write_text(json.dumps(report["_baseline"]))
    changed = json.loads(json.dumps(report["_baseline"]))
    first = changed["fixtures"][0]
    first["scores"]["killed"] = 0.0 if first["scores"].get("killed", 0) else 1.0
    first["overall"] = (first["overall"] or 0) + 0.1
    b.write_text(json.dumps(changed))
    done = _run("compare", str(a), str(b))
    assert done.returncode == 0
    assert "1 fixture(s) changed" in done.stdout and first["id"] in done.stdout


def test_run_takes_a_lexicon_overlay(tmp_path: Path) -> None:
    example = REPO / "examples" / "lexicon.toml"
    out = tmp_path / "with.json"
    done = _run("run", "--quiet", "--lexicon", str(example), "--json-out", str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text())["model"].startswith("offline-rules-")
    bad = _run("run", "--quiet", "--lexicon", str(tmp_path / "missing.toml"))
    assert bad.returncode == 2 and "missing.toml" in bad.stderr


def test_paired_gate_fails_beyond_noise_not_on_one_fixture(
    report: dict,  # type: ignore[type-arg]
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from summarizer.evals.__main__ import main

    ids = [f["id"] for f in report["fixtures"] if "date" in f["scores"]][:8]
    own = json.loads(json.dumps(report["_baseline"]))
    own["fixtures"] = [f for f in own["fixtures"] if f["id"] in ids]
    # every one of the 8 fixtures was 0.2 better on date: a fall beyond noise
    better = _shifted(own, "date", 0.2)
    # one fixture was far better on date: the mean falls 0.1, the tolerance gate fails,
    # but one fixture is no evidence of a change
    lucky = json.loads(json.dumps(own))
    lucky["fixtures"][0]["scores"]["date"] += 0.8
    for name, baseline, mode, code in [
        ("better", better, "paired", 1),
        ("lucky", lucky, "paired", 0),
        ("lucky", lucky, "tolerance", 1),
    ]:
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(baseline))
        args = ["run", "--quiet", "--only", *ids, "--gate", str(path), "--gate-mode", mode]
        assert main(args) == code, (name, mode)
        err = capsys.readouterr().err
        if code:
            assert "date fell from" in err
            assert ("beyond noise" if mode == "paired" else "allowed -0.05") in err
