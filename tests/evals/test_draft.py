"""``eval draft``: a fixture labeled with an engine's brief, refused until a person confirms it."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.evals.__main__ import main
from summarizer.evals.draft import MARK, marked_fields
from summarizer.evals.fixtures import check_fixture, load_fixture
from tests.conftest import EXAMPLE_ARTICLE, NO_INCIDENT_ARTICLE, REPO


def _draft(tmp_path: Path, text: str, name: str = "drafted", *extra: str) -> Path:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "fixtures" / f"{name}.yaml"
    assert main(["draft", str(article), "-o", str(out), "--published", "2024-03-15", *extra]) == 0
    return out


def test_a_draft_is_refused_until_every_mark_is_gone(tmp_path: Path) -> None:
    out = _draft(tmp_path, EXAMPLE_ARTICLE)
    text = out.read_text(encoding="utf-8")
    refused = {p.field for p in check_fixture(out)}
    wanted = {"incident", "event_type", "date", "location", "killed", "claims", "key_facts"}
    assert wanted <= refused
    assert all("delete its '# CONFIRM'" in p.message for p in check_fixture(out))
    assert main(["run", "--fixtures", str(out.parent), "--quiet"]) == 1  # run refuses it too
    # one mark left: only that field is named
    out.write_text(text.replace(f"  {MARK}", "", text.count(f"  {MARK}") - 1), encoding="utf-8")
    assert [p.field for p in check_fixture(out)] == ["key_facts"]
    out.write_text(text.replace(f"  {MARK}", ""), encoding="utf-8")
    assert check_fixture(out) == []


def test_a_confirmed_draft_holds_the_article_and_the_engines_brief(tmp_path: Path) -> None:
    out = _draft(tmp_path, EXAMPLE_ARTICLE, "afgooye-convoy")
    out.write_text(out.read_text(encoding="utf-8").replace(f"  {MARK}", ""), encoding="utf-8")
    fixture = load_fixture(out)
    assert fixture.id == "afgooye-convoy"
    assert fixture.text.rstrip("\n") == EXAMPLE_ARTICLE.rstrip("\n")
    assert str(fixture.published) == "2024-03-15"
    expected = fixture.expected
    assert expected["event_type"] == "explosions_remote_violence"
    assert expected["killed"] == {"min": 4, "max": 9} and expected["injured"] == 7
    assert expected["location"]["country"] == "Somalia"
    assert expected["location"].get("admin1") in (None, "Lower Shabelle")
    assert {c["source"] for c in expected["claims"]} >= {"a military officer", "Al-Shabaab"}
    assert expected["key_facts"] and all(isinstance(f, str) for f in expected["key_facts"])
    # scored against itself, the engine agrees with its own labels
    import json

    report = tmp_path / "r.json"
    assert main(["run", "--fixtures", str(out.parent), "--quiet", "--json-out", str(report)]) == 0
    scores = json.loads(report.read_text(encoding="utf-8"))["fixtures"][0]["scores"]
    assert scores["event_type"] == scores["killed"] == scores["location"] == 1.0


def test_a_non_incident_draft_labels_only_incident_and_key_facts(tmp_path: Path) -> None:
    out = _draft(tmp_path, NO_INCIDENT_ARTICLE, "match-report")
    assert marked_fields(out.read_text(encoding="utf-8")) == ["incident", "key_facts"]


def test_marks_inside_the_article_text_are_not_marks(tmp_path: Path) -> None:
    text = "Header\n\n# CONFIRM this was typed by the reporter\n\n" + EXAMPLE_ARTICLE
    out = _draft(tmp_path, text)
    clean = out.read_text(encoding="utf-8").replace(f"  {MARK}", "")
    assert marked_fields(clean) == []


def test_draft_refuses_to_overwrite_and_bad_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _draft(tmp_path, EXAMPLE_ARTICLE)
    article = str(tmp_path / "article.txt")
    assert main(["draft", article, "-o", str(out)]) == 2
    assert main(["draft", article, "-o", str(tmp_path / "x.txt")]) == 2
    assert main(["draft", str(REPO / "no-such-article.txt"), "-o", str(tmp_path / "y.yaml")]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3 and all(e.startswith("evals: error: ") for e in errors)
    assert "exists; pass --force" in errors[0] and "no such file" in errors[2]
    assert main(["draft", article, "-o", str(out), "--force"]) == 0
