"""The example CI workflow (examples/ci/eval.yml) calls the suite with options it has."""

from __future__ import annotations

import shlex
from typing import Any

import pytest
import yaml

from summarizer.evals.__main__ import _parser
from tests.conftest import REPO

WORKFLOW = REPO / "examples" / "ci" / "eval.yml"


def _steps() -> list[dict[str, Any]]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    [job] = data["jobs"].values()
    steps: list[dict[str, Any]] = job["steps"]
    return steps


def _eval_commands() -> list[list[str]]:
    commands = []
    for step in _steps():
        for line in str(step.get("run", "")).splitlines():
            words = shlex.split(line)
            if words[:2] == ["summarizer", "eval"]:
                commands.append(words[2:])
    return commands


def test_the_workflow_installs_the_extra_and_writes_the_job_summary() -> None:
    runs = " ".join(str(step.get("run", "")) for step in _steps())
    assert 'pip install "summarizer[evals]"' in runs
    assert '>> "$GITHUB_STEP_SUMMARY"' in runs
    summary = next(s for s in _steps() if "GITHUB_STEP_SUMMARY" in str(s.get("run")))
    assert summary["if"] == "always()"  # the table shows when the gate fails too


@pytest.mark.parametrize("words", _eval_commands(), ids=lambda w: w[0])
def test_each_eval_command_parses(words: list[str]) -> None:
    args = _parser("summarizer eval").parse_args(words)  # exits 2 on an unknown option
    if args.command == "run":
        assert args.replay is not None and args.gate is not None
        assert args.gate_mode == "paired" and args.markdown_out is not None


def test_the_workflow_runs_check_and_run() -> None:
    assert [w[0] for w in _eval_commands()] == ["check", "run"]
