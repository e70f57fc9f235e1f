"""Paired comparison: bootstrap interval, sign-flip p-value, and the paired gate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summarizer.evals.__main__ import main
from summarizer.evals.paired import paired_changes, paired_difference, paired_regressions


def _report(scores: list[dict[str, float]]) -> dict[str, Any]:
    fixtures = [
        {"id": f"f{i}", "overall": sum(s.values()) / len(s), "scores": s}
        for i, s in enumerate(scores)
    ]
    fields = {k: sum(f["scores"][k] for f in fixtures) / len(fixtures) for k in scores[0]}
    overall = sum(f["overall"] for f in fixtures) / len(fixtures)
    return {"overall": overall, "fields": fields, "fixtures": fixtures}


def test_identical_runs_show_no_change() -> None:
    change = paired_difference([0.5, 0.7, 1.0], [0.5, 0.7, 1.0])
    assert (change.delta, change.low, change.high, change.p_value) == (0.0, 0.0, 0.0, 1.0)
    assert not change.beyond_noise


def test_the_exact_sign_flip_p_value() -> None:
    # d = 1, 2, 3: of the 8 sign flips only all-plus and all-minus reach |sum| 6
    change = paired_difference([0.0, 0.0, 0.0], [1.0, 2.0, 3.0])
    assert change.p_value == pytest.approx(2 / 8)
    assert change.delta == pytest.approx(2.0)
    assert not change.beyond_noise  # three fixtures cannot show it


def test_a_consistent_improvement_is_beyond_noise() -> None:
    before = [0.4 + 0.01 * i for i in range(30)]
    after = [b + 0.05 + (0.02 if i % 3 else -0.01) for i, b in enumerate(before)]
    change = paired_difference(before, after, name="killed")
    assert change.beyond_noise and change.delta > 0
    assert 0 < change.low < change.delta < change.high
    assert change.p_value < 0.001
    assert "killed rose from" in str(change)


def test_one_fixture_moving_among_many_is_noise() -> None:
    before = [0.5] * 40
    after = [0.5] * 39 + [0.0]
    change = paired_difference(before, after)
    assert change.delta < 0 and change.p_value == 1.0 and not change.beyond_noise


def test_random_flips_are_used_beyond_the_exact_limit_and_are_seeded() -> None:
    before = [0.0] * 40
    after = [0.1 if i % 2 else -0.1 for i in range(39)] + [0.3]
    first = paired_difference(before, after, permutations=2000)
    assert 0.05 < first.p_value < 1.0 and not first.beyond_noise
    assert paired_difference(before, after, permutations=2000) == first


def test_fields_are_paired_on_shared_fixtures_only() -> None:
    a = _report([{"killed": 1.0, "date": 1.0}] * 25)
    b = _report([{"killed": 0.0, "date": 1.0}] * 25)
    b["fixtures"].append({"id": "new", "overall": 0.0, "scores": {"killed": 0.0}})
    changes = {c.name: c for c in paired_changes(a, b)}
    assert changes["killed"].n == 25 and changes["killed"].beyond_noise
    assert not changes["date"].beyond_noise
    assert [r.name for r in paired_regressions(a, b)] == ["overall", "killed"]


def test_reports_without_per_fixture_scores_are_refused() -> None:
    with pytest.raises(ValueError, match="per-fixture scores"):
        paired_changes({"overall": 1.0, "fields": {}}, {"overall": 1.0, "fields": {}})


def _write(path: Path, report: dict[str, Any]) -> Path:
    path.write_text(json.dumps(report), encoding="utf-8")
    return path


def test_compare_marks_only_changes_beyond_noise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _report([{"killed": 0.5, "date": 0.5}] * 30)
    b = _report([{"killed": 0.9, "date": 0.5 if i else 0.0} for i in range(30)])
    out = tmp_path / "cmp.json"
    paths = [str(_write(tmp_path / f"{n}.json", r)) for n, r in (("a", a), ("b", b))]
    code = main(["compare", *paths, "--json-out", str(out)])
    assert code == 0
    lines = {line.split()[0]: line for line in capsys.readouterr().out.splitlines() if line}
    assert lines["killed"].endswith("* beyond noise")
    assert "beyond noise" not in lines["date"]
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert {c["name"]: c["beyond_noise"] for c in saved["paired"]}["killed"] is True
    assert len(saved["changed_fixtures"]) == 30
