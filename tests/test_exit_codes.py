"""The README's exit-code table lists every code the `summarizer` command can return."""

from __future__ import annotations

import re

from summarizer import cli, errors
from summarizer.batch import command
from tests.conftest import REPO


def _subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def _readme_codes() -> dict[int, str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("Every error is a `summarizer.SummarizerError`", 1)[1].split("\n\n")[1]
    rows = re.findall(r"^\| (\d+) \|([^|]*)\|", table, re.MULTILINE)
    codes: dict[int, str] = {}
    for code, error in rows:
        codes[int(code)] = codes.get(int(code), "") + error
    return codes


def test_every_exit_code_of_the_command_is_in_the_readme_table() -> None:
    raised = {sub.exit_code for sub in _subclasses(errors.SummarizerError)}
    constants = {
        getattr(module, name)
        for module in (cli, command)
        for name in dir(module)
        if name.startswith("EXIT_")
    }
    readme = _readme_codes()
    assert raised | constants == set(readme)
    for sub in _subclasses(errors.SummarizerError):  # each error is named on its code's row
        if sub.__module__ == errors.__name__ and sub is not errors.MissingVariablesError:
            assert sub.__name__ in readme[sub.exit_code], sub.__name__
