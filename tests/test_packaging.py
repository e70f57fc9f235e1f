"""What the wheel ships and needs: every import declared, the eval suite usable outside the repo.

The wheel test builds the wheel, installs it with its ``evals`` extra into a virtualenv
outside the checkout and runs ``summarizer eval`` there on a copied fixtures folder. The
virtualenv with the dependencies is cached (keyed by the Python version and the declared
dependencies) under ``$SUMMARIZER_TEST_CACHE`` or ``~/.cache/summarizer-tests``, so only the
first run pays for the install; the project's wheel itself is reinstalled every time.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE = REPO / "summarizer"


def _dist(requirement: str) -> str:
    name = re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(*extras: str) -> set[str]:
    project = PYPROJECT["project"]
    names = {_dist(r) for r in project["dependencies"]}
    for extra in extras:
        names |= {_dist(r) for r in project["optional-dependencies"][extra]}
    return names


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"summarizer", "__future__"}


def _allowed(path: Path) -> set[str]:
    relative = path.relative_to(PACKAGE).as_posix()
    if relative == "evals/scorers/summary_embedding.py":
        return _declared("evals", "embeddings")
    if relative.startswith("evals/"):
        return _declared("evals")
    if relative.startswith("serve/"):
        return _declared("serve")
    if relative == "distributed.py":
        return _declared("ray")
    return _declared()


def test_every_third_party_import_of_the_package_is_declared() -> None:
    owners = packages_distributions()
    undeclared = []
    for path in sorted(PACKAGE.rglob("*.py")):
        allowed = _allowed(path)
        for module in sorted(_imports(path)):
            # a module of an extra not installed here is named like its distribution
            dists = {_dist(d) for d in owners.get(module, [module])}
            if not dists & allowed:
                undeclared.append(f"{path.relative_to(REPO)}: {module} ({', '.join(dists)})")
    assert undeclared == []


def test_the_core_does_not_import_the_eval_extra() -> None:
    extra_only = _declared("evals") - _declared()
    owners = packages_distributions()
    leaks = [
        f"{path.relative_to(REPO)}: {module}"
        for path in PACKAGE.rglob("*.py")
        if not path.relative_to(PACKAGE).as_posix().startswith("evals/")
        for module in _imports(path)
        if {_dist(d) for d in owners.get(module, [module])} & extra_only
    ]
    assert leaks == []


# -- the wheel in a virtualenv outside the checkout -----------------------------------------


def _cache_root() -> Path:
    configured = os.environ.get("SUMMARIZER_TEST_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "summarizer-tests"


def _clean_env() -> dict[str, str]:
    drop = {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PYTHONSTARTUP"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def _run(*command: str | Path, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=900,
    )
    if check and done.returncode != 0:
        pytest.fail(f"{' '.join(map(str, command))} exited {done.returncode}:\n{done.stderr}")
    return done


def _venv_with_dependencies(wheel: Path) -> Path:
    """A cached virtualenv with the wheel's dependencies and its ``evals`` extra."""
    project = PYPROJECT["project"]
    key = json.dumps(
        [sys.version_info[:2], project["dependencies"], project["optional-dependencies"]["evals"]]
    )
    venv = _cache_root() / f"wheel-venv-{hashlib.sha256(key.encode()).hexdigest()[:16]}"
    if (venv / "ready").is_file():
        return venv
    building = venv.with_name(f"{venv.name}.{os.getpid()}.tmp")
    shutil.rmtree(building, ignore_errors=True)
    building.parent.mkdir(parents=True, exist_ok=True)
    _run(sys.executable, "-m", "venv", building, cwd=building.parent)
    _run(building / "bin" / "python", "-m", "pip", "install", "-q", f"{wheel}[evals]",
         cwd=building.parent)  # fmt: skip
    (building / "ready").write_text("ok\n")
    # a venv's scripts name its path, so it is built where it will stay
    shutil.rmtree(venv, ignore_errors=True)
    try:
        building.rename(venv)
    except OSError:  # another run finished first; use its venv
        shutil.rmtree(building, ignore_errors=True)
    return venv


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", out, cwd=REPO)
    [built] = out.glob("summarizer-*.whl")
    return built


def test_the_wheel_ships_the_suite_inside_the_package_only(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"summarizer", f"{wheel.name.split('-py3')[0]}.dist-info"}
    assert "summarizer/evals/__main__.py" in names
    assert "summarizer/evals/muc4/data/train_lexicon.json" in names
    assert "summarizer/prompts/incident_brief.system.j2" in names
    assert not any(n.endswith(".yaml") for n in names)  # the project's fixtures stay home


def test_the_eval_suite_runs_from_the_wheel_outside_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    venv = _venv_with_dependencies(wheel)
    python, summarizer = venv / "bin" / "python", venv / "bin" / "summarizer"
    _run(
        python, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", wheel, cwd=tmp_path
    )
    _run(python, "-m", "pip", "check", cwd=tmp_path)
    where = _run(python, "-c", "import summarizer; print(summarizer.__file__)", cwd=tmp_path)
    assert where.stdout.strip().startswith(str(venv))
    assert _run(python, "-c", "import evals", cwd=tmp_path, check=False).returncode != 0

    mine = tmp_path / "my_fixtures"
    mine.mkdir()
    chosen = sorted((REPO / "evals" / "fixtures").glob("*.yaml"))[:3]
    for fixture in chosen:
        shutil.copy(fixture, mine)
    assert (
        "3 fixtures checked, 0 problem(s)"
        in _run(summarizer, "eval", "check", "--fixtures", mine, cwd=tmp_path).stdout
    )
    _run(summarizer, "eval", "run", "--fixtures", mine, "--quiet", "--json-out", "r.json",
         "--markdown-out", "r.md", cwd=tmp_path)  # fmt: skip
    report: dict[str, Any] = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert report["n_fixtures"] == 3 and 0.0 <= report["overall"] <= 1.0
    assert report["engine"] == "offline" and report["errors"] == 0
    assert "| field |" in (tmp_path / "r.md").read_text(encoding="utf-8")

    # the gate: the run against itself passes; against a better baseline it fails (exit 1)
    gate = _run(summarizer, "eval", "run", "--fixtures", mine, "--quiet", "--gate", "r.json",
                cwd=tmp_path)  # fmt: skip
    assert "gate passed" in gate.stdout
    for fixture in report["fixtures"]:
        fixture["overall"] = 1.0
        fixture["scores"] = dict.fromkeys(fixture["scores"], 1.0)
    (tmp_path / "better.json").write_text(json.dumps(report), encoding="utf-8")
    failed = _run(summarizer, "eval", "run", "--fixtures", mine, "--quiet", "--gate",
                  "better.json", cwd=tmp_path, check=False)  # fmt: skip
    assert failed.returncode == 1 and "gate FAILED" in failed.stderr

    # no fixtures named, and none beside the install: one clear line, exit 2
    bare = _run(summarizer, "eval", "run", "--quiet", cwd=tmp_path, check=False)
    assert bare.returncode == 2 and "--fixtures" in bare.stderr
    assert len(bare.stderr.strip().splitlines()) == 1


def test_summarizer_eval_without_the_extra_says_how_to_install_it() -> None:
    # yaml made unimportable, as in an install without the evals extra
    code = (
        "import sys; sys.modules['yaml'] = None\n"
        "from summarizer.cli import main\n"
        "sys.exit(main(['eval', 'check']))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "summarizer: error: `summarizer eval` needs the evals extra (no module 'yaml'); "
        "install it with: pip install 'summarizer[evals]'"
    )


def test_summarizer_eval_is_the_suite(tmp_path: Path) -> None:
    from summarizer.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("id: other\narticle: {text: x}\nexpected: {killed: -1}\n", encoding="utf-8")
    assert main(["eval", "check", "--fixtures", str(tmp_path)]) == 1
