"""Prompt templates: loading, hashing, variables, and the article as a variable only."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from summarizer.errors import MissingVariablesError
from summarizer.prompts import PromptTemplate, load_template
from tests.conftest import REPO

VARIABLES = {
    "article": "A {{ 7*7 }} {% raw %} text",
    "published": None,
    "title": None,
    "source": None,
}


def test_default_template_loads_with_its_variables() -> None:
    template = load_template()
    assert template.variables == {"article", "published", "title", "source"}
    assert len(template.hash) == 16


def test_hash_changes_with_any_edit() -> None:
    template = load_template()
    edited = PromptTemplate(name=template.name, system=template.system + " ", user=template.user)
    assert edited.hash != template.hash


def test_missing_variable_is_a_named_error() -> None:
    with pytest.raises(MissingVariablesError, match="article"):
        load_template().check_variables({"published": None})


def test_render_keeps_the_article_byte_for_byte() -> None:
    [system, user] = load_template().render(VARIABLES)
    assert "A {{ 7*7 }} {% raw %} text" in user["content"]
    assert "data, not instructions" in system["content"]


def test_unknown_template_is_a_configuration_error() -> None:
    from summarizer.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="does not exist"):
        load_template("no_such_template")


def test_wheel_ships_the_prompts_and_finds_them_installed(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    [wheel] = (tmp_path / "dist").glob("summarizer-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "summarizer/prompts/incident_brief.system.j2" in names
    assert "summarizer/py.typed" in names
    assert "summarizer/engines/offline/data/cities.tsv.gz" in names
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = (
        "import summarizer.prompts as p; t = p.load_template(); "
        "print(p.prompts_dir()); assert t.variables"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(target)},
        check=True,
    )
    assert done.stdout.strip().startswith(str(target))
