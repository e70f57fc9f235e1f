"""Fixture checking names file and field; the project's fixtures all pass."""

from __future__ import annotations

from pathlib import Path

from summarizer.evals.__main__ import main
from summarizer.evals.fixtures import (
    DEFAULT_DIR,
    HELDOUT18_DIR,
    HELDOUT_DIR,
    check_directories,
    check_fixture,
    held_out_dirs,
    load_fixtures,
)

GOOD = """\
id: {id}
article:
  published: 2024-02-08
  text: |
    Gunmen killed three villagers in Example on Monday, police said.
expected:
  incident: true
  event_type: violence_against_civilians
  sub_event_type: attack
  date: '2024-02-05'
  killed: 3
  perpetrators: [[gunmen, unidentified gunmen]]
  key_facts: [Gunmen killed three villagers.]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_projects_fixtures_are_well_formed_and_many() -> None:
    count, problems = check_directories([DEFAULT_DIR, *held_out_dirs()])
    assert problems == []
    assert count >= 40


def test_the_default_check_covers_every_held_out_split(capsys) -> None:  # type: ignore[no-untyped-def]
    assert held_out_dirs() == [HELDOUT_DIR, HELDOUT18_DIR]
    assert main(["check"]) == 0
    count, _ = check_directories([DEFAULT_DIR, *held_out_dirs()])
    assert f"{count} fixtures checked, 0 problem(s)" in capsys.readouterr().out


def test_the_heldout18_split_is_whole_and_apart_from_the_others() -> None:
    sealed = load_fixtures([HELDOUT18_DIR])
    assert len(sealed) >= 40
    assert all(f.id.startswith("heldout18-") for f in sealed)
    # Apart from the dev set and every other held-out split (heldout/, and any sealed beside it).
    others = [DEFAULT_DIR, *(d for d in held_out_dirs() if d != HELDOUT18_DIR)]
    other_ids = {f.id for f in load_fixtures(others)}
    assert other_ids.isdisjoint(f.id for f in sealed)
    # The default check covers it; a run that does not name the split never scores it.
    assert HELDOUT18_DIR in held_out_dirs()
    assert not any(f.id.startswith("heldout18-") for f in load_fixtures([DEFAULT_DIR]))


def test_a_good_fixture_loads(tmp_path: Path) -> None:
    _write(tmp_path, "good-one", GOOD.format(id="good-one"))
    [fixture] = load_fixtures([tmp_path])
    assert fixture.published is not None and fixture.expected["killed"] == 3


def test_problems_name_file_and_field(tmp_path: Path) -> None:
    bad = (
        GOOD.format(id="other-name")
        .replace("sub_event_type: attack", "sub_event_type: air_drone_strike")
        .replace("killed: 3", "killed: {min: 5, max: 2}")
        .replace("date: '2024-02-05'", "date: '2024-13-01'")
        .replace("[[gunmen, unidentified gunmen]]", "[[gunmen, '']]")
    )
    path = _write(tmp_path, "bad-one", bad + "  mood: grim\n")
    problems = {(p.field, p.path.name) for p in check_fixture(path)}
    assert {f for f, _ in problems} == {
        "id",
        "sub_event_type",
        "killed",
        "date",
        "perpetrators",
        "mood",
    }
    assert {n for _, n in problems} == {"bad-one.yaml"}


def test_check_command_exit_codes(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _write(tmp_path, "good-one", GOOD.format(id="good-one"))
    assert main(["check", "--fixtures", str(tmp_path)]) == 0
    _write(tmp_path, "broken", "id: broken\narticle: {text: ''}\n")
    assert main(["check", "--fixtures", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "broken.yaml: article.text: missing or empty" in out


def test_related_incidents_are_accepted_and_checked(tmp_path: Path) -> None:
    good = GOOD.format(id="related") + (
        "  related_incidents:\n"
        "    - {date: 2023-11, event_type: battles, place: [Example, Example town]}\n"
        "    - {date: [2024-01-02, 2024-01-09], description: a raid on a market}\n"
    )
    assert check_fixture(_write(tmp_path, "related", good)) == []
    bad = GOOD.format(id="related-bad") + (
        "  related_incidents:\n"
        "    - {date: 2023-13, event_type: war, place: 7, mood: grim}\n"
        "    - {description: only words}\n"
        "    - just a string\n"
    )
    problems = {p.field: p.message for p in check_fixture(_write(tmp_path, "related-bad", bad))}
    assert set(problems) == {
        "related_incidents[0].date",
        "related_incidents[0].event_type",
        "related_incidents[0].place",
        "related_incidents[0].mood",
        "related_incidents[1]",
        "related_incidents[2]",
    }
    assert "labels none of date, event_type, place" in problems["related_incidents[1]"]
    not_list = GOOD.format(id="related-map") + "  related_incidents: {date: 2023}\n"
    [problem] = check_fixture(_write(tmp_path, "related-map", not_list))
    assert problem.field == "related_incidents"
