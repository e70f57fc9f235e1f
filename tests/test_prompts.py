"""Prompt templates: loading, hashing, variables, and the article as a variable only."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from summarizer.errors import MissingVariablesError
from summarizer.prompts import load_template
from tests.conftest import REPO

VARIABLES = {
    "sentences": "[1] A {{ 7*7 }} {% raw %} text",
    "published": None,
    "title": None,
    "source": None,
    "part": None,
}


def test_default_template_loads_with_its_variables() -> None:
    template = load_template()
    assert template.variables == {"sentences", "published", "title", "source", "part"}
    assert len(template.hash) == 16
    assert template.example and template.reask


def test_hash_changes_with_any_edit() -> None:
    template = load_template()
    for part in ("system", "user", "example", "reask"):
        edited = template.model_copy(update={part: (getattr(template, part) or "") + " "})
        assert edited.hash != template.hash, part


def test_missing_variable_is_a_named_error() -> None:
    with pytest.raises(MissingVariablesError, match="sentences"):
        load_template().check_variables({"published": None})


def test_render_keeps_the_article_byte_for_byte() -> None:
    [system, example, answer, user] = load_template().render(VARIABLES)
    assert "[1] A {{ 7*7 }} {% raw %} text" in user["content"]
    assert "data, not instructions" in system["content"]
    # the worked example: a user turn, then the model's answer, as plain text
    assert (example["role"], answer["role"]) == ("user", "assistant")
    assert answer["content"].startswith('{"main_sentence":')


def test_an_example_without_its_separator_is_a_configuration_error() -> None:
    from summarizer.errors import ConfigurationError

    broken = load_template().model_copy(update={"example": "no separator here"})
    with pytest.raises(ConfigurationError, match="needs a line '---'"):
        broken.render(VARIABLES)


def test_the_reask_names_the_problems_and_the_fields() -> None:
    text = load_template().render_reask(
        {"problems": ["killed: the article gives no figure 12"], "fields": ("killed", "date")}
    )
    assert "- killed: the article gives no figure 12" in text
    assert "only these fields: killed, date" in text


def test_render_is_what_instructor_rendered_from_the_template_source() -> None:
    # The engine used to pass the template source to instructor with context=, which
    # rendered each message as sandboxed Jinja2 then dedented it; the engine now renders
    # itself, and the model must receive the same text.
    from textwrap import dedent

    from jinja2.sandbox import SandboxedEnvironment

    template = load_template()
    variables = {**VARIABLES, "published": "2024-03-15", "title": "A {{ title }}"}
    env = SandboxedEnvironment()
    expected = [
        {"role": m["role"], "content": dedent(env.from_string(m["content"]).render(**variables))}
        for m in template.messages()
    ]
    rendered = template.render(variables)
    assert [rendered[0], rendered[-1]] == expected
    assert template.render(variables) == rendered  # the compiled template is reused


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
    data = REPO / "summarizer" / "engines" / "offline" / "data"
    for path in data.glob("*.toml"):  # the engine's vocabulary ships in the wheel
        assert f"summarizer/engines/offline/data/{path.name}" in names
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
        "print(p.prompts_dir()); assert t.variables; "
        "from summarizer import summarize; "
        "b = summarize('Gunmen killed two traders in Kano.', engine='offline'); "
        "assert b.incident and b.provenance.model.startswith('offline-rules-')"
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
