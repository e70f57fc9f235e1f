"""Prompt templates: Jinja2 files in ``prompts/``, loaded as data.

A template is a set of files: ``NAME.system.j2`` and ``NAME.user.j2``, and optionally
``NAME.example.j2`` (a worked example, plain text: the user turn, a line ``---``, the
model's answer, sent before the article so that a small model sees the exact form of an
answer) and ``NAME.reask.j2`` (the message that asks again for fields that failed their
checks). Their text is the only template *source* ever rendered. The article, its title
and every other user-supplied value enter as *variables*, so an article containing
``{{ 7*7 }}`` or ``{% raw %}`` reaches the model byte for byte.

The LLM engine renders the messages itself (:meth:`PromptTemplate.render`, each part
compiled once per process in a sandboxed environment) and hands instructor the finished
text, without ``context=``: instructor then renders nothing (given a context it would
compile every message as a new template on every request), and the brief's validators get
the article from :func:`summarizer.schema.grounding_article` instead. The rendering is the
one instructor would do (sandboxed Jinja2, then ``textwrap.dedent``).

In a checkout the files are read from ``prompts/`` at the top of the repo; an installed
wheel carries them as ``summarizer/prompts``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from textwrap import dedent
from typing import Any

from jinja2 import Template, meta
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict

from summarizer.errors import ConfigurationError, MissingVariablesError

__all__ = ["DEFAULT_TEMPLATE", "PromptTemplate", "load_template", "prompts_dir"]

DEFAULT_TEMPLATE = "incident_brief"

_PACKAGE_PROMPTS = Path(__file__).resolve().parent / "prompts"
_CHECKOUT_PROMPTS = Path(__file__).resolve().parent.parent / "prompts"


def prompts_dir() -> Path:
    """The folder templates are read from: the wheel's copy, else the checkout's."""
    for candidate in (_PACKAGE_PROMPTS, _CHECKOUT_PROMPTS):
        if candidate.is_dir():
            return candidate
    raise ConfigurationError(
        f"prompt templates not found in {_PACKAGE_PROMPTS} or {_CHECKOUT_PROMPTS}; "
        "reinstall summarizer"
    )


_EXAMPLE_SEPARATOR = "\n---\n"
_DEFAULT_REASK = (
    "Your answer had these problems:\n{% for p in problems %}- {{ p }}\n{% endfor %}"
    "Answer again with only these fields: {{ fields | join(', ') }}."
)


class PromptTemplate(BaseModel):
    """A system and user message pair (plus an optional example and re-ask), as Jinja2 source."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    system: str
    user: str
    example: str | None = None
    reask: str | None = None

    @property
    def hash(self) -> str:
        """First 16 hex digits of the SHA-256 of every part: changes with any edit."""
        parts = (self.name, self.system, self.user, self.example or "", self.reask or "")
        return _template_hash(*parts)

    @property
    def variables(self) -> frozenset[str]:
        """Every variable the system and user parts refer to."""
        return _undeclared_variables(self.system, self.user)

    def check_variables(self, variables: Mapping[str, Any]) -> None:
        """Raise :class:`MissingVariablesError` unless every variable is given (None is fine)."""
        missing = set(self.variables) - set(variables)
        if missing:
            raise MissingVariablesError(self.name, missing)

    def messages(self) -> list[dict[str, str]]:
        """Chat messages whose content is template source (not yet rendered)."""
        return [
            {"role": "system", "content": self.system},
            {"role": "user", "content": self.user},
        ]

    def render(self, variables: Mapping[str, Any]) -> list[dict[str, str]]:
        """The messages as the model receives them: each part rendered with ``variables``.

        Only the template's own text is ever compiled; the values (the article, its title)
        are inserted as data, so template syntax in them reaches the model byte for byte.
        """
        self.check_variables(variables)
        return [
            {"role": "system", "content": _render(self.system, variables)},
            *self._example_messages(),
            {"role": "user", "content": _render(self.user, variables)},
        ]

    def _example_messages(self) -> list[dict[str, str]]:
        if not self.example:
            return []
        if _EXAMPLE_SEPARATOR not in self.example:
            raise ConfigurationError(
                f"the example of prompt template {self.name!r} needs a line '---' between "
                "the user turn and the answer"
            )
        asked, answered = self.example.split(_EXAMPLE_SEPARATOR, 1)
        # Plain text, not template source: an example holds JSON braces, and no variables.
        return [
            {"role": "user", "content": asked.strip()},
            {"role": "assistant", "content": answered.strip()},
        ]

    def render_reask(self, variables: Mapping[str, Any]) -> str:
        """The re-ask message: ``problems`` (lines) and ``fields`` (names) as variables."""
        return _render(self.reask or _DEFAULT_REASK, variables).strip()


@cache
def _template_hash(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _render(source: str, variables: Mapping[str, Any]) -> str:
    if not _undeclared_variables(source):
        return _constant(source)
    return dedent(_compiled(source).render(**variables))


@cache
def _compiled(source: str) -> Template:
    # Compiling is most of the cost of rendering; a template's text never changes.
    return SandboxedEnvironment().from_string(source)


@cache
def _constant(source: str) -> str:
    # A part without variables (the system message) renders the same every time.
    return dedent(_compiled(source).render())


@cache
def _undeclared_variables(*sources: str) -> frozenset[str]:
    # Parsing is the costly part of checking a request's variables; a template's text
    # never changes, so each text is parsed once per process.
    env = SandboxedEnvironment()
    names: set[str] = set()
    for source in sources:
        names |= meta.find_undeclared_variables(env.parse(source))
    return frozenset(names)


@cache
def load_template(name: str = DEFAULT_TEMPLATE) -> PromptTemplate:
    """Load the template ``name`` from :func:`prompts_dir`."""
    folder = prompts_dir()
    parts: dict[str, str] = {}
    for part in ("system", "user"):
        path = folder / f"{name}.{part}.j2"
        try:
            parts[part] = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigurationError(f"prompt template file {path} does not exist") from None
    for part in ("example", "reask"):
        path = folder / f"{name}.{part}.j2"
        if path.is_file():
            parts[part] = path.read_text(encoding="utf-8")
    return PromptTemplate(name=name, **parts)
