"""Prompt templates: Jinja2 files in ``prompts/``, loaded as data.

A template is a pair of files, ``NAME.system.j2`` and ``NAME.user.j2``. Their text is the
only template *source* ever rendered. The article, its title and every other user-supplied
value enter as *variables*, so an article containing ``{{ 7*7 }}`` or ``{% raw %}`` reaches
the model byte for byte.

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


class PromptTemplate(BaseModel):
    """A system and user message pair, as Jinja2 source."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    system: str
    user: str

    @property
    def hash(self) -> str:
        """First 16 hex digits of the SHA-256 of both parts: changes with any edit."""
        return _template_hash(self.name, self.system, self.user)

    @property
    def variables(self) -> frozenset[str]:
        """Every variable the two parts refer to."""
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
            {"role": "user", "content": _render(self.user, variables)},
        ]


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
    return PromptTemplate(name=name, system=parts["system"], user=parts["user"])
