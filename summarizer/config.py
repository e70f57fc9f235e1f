"""Settings: where the LLM is, which model, how long to wait, how much input to take.

Values come from keyword arguments first, then the environment, then defaults:

=========================  ===============================  ==========================
setting                    environment variable             default
=========================  ===============================  ==========================
``api_key``                ``OPENAI_API_KEY``               none
``base_url``               ``OPENAI_BASE_URL``              OpenAI's API
``model``                  ``SUMMARIZER_MODEL``             :data:`DEFAULT_MODEL`
``mode``                   ``SUMMARIZER_MODE``              ``tools``
``timeout``                ``SUMMARIZER_TIMEOUT``           60 s per HTTP request
                                                            (600 s on a local server)
``deadline``               ``SUMMARIZER_DEADLINE``          180 s for a whole brief
                                                            (1,800 s on a local server)
``max_input_chars``        ``SUMMARIZER_MAX_INPUT_CHARS``   60,000 characters
``context_tokens``         ``SUMMARIZER_CONTEXT_TOKENS``    what the server reports, else
                                                            none (no chunking)
``strict``                 ``SUMMARIZER_STRICT``            off
``lexicon``                ``SUMMARIZER_LEXICON``           none (offline engine's own)
=========================  ===============================  ==========================

A *local server* is one at a loopback address (``localhost``, ``127.0.0.1``, ``::1``): a
model on the CPU there takes minutes where a hosted one takes seconds, so its request
timeout and brief deadline default longer. ``strict`` makes a brief all-or-nothing: a fact
still unsupported after the re-asks fails the brief instead of being dropped.

The API key is held as a :class:`Secret` whose ``repr`` and ``str`` never show it.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from summarizer.errors import ConfigurationError

__all__ = [
    "DEFAULT_MODEL",
    "EngineName",
    "Mode",
    "Secret",
    "Settings",
]

#: A current small OpenAI model that supports tool calls and ``temperature=0``.
DEFAULT_MODEL = "gpt-4.1-mini"
#: Request timeout and brief deadline, in seconds: for a hosted API, for a local server.
HOSTED_TIMEOUTS = (60.0, 180.0)
LOCAL_TIMEOUTS = (600.0, 1800.0)


class EngineName(StrEnum):
    """The engines behind :func:`summarizer.summarize`."""

    offline = "offline"
    openai = "openai"
    hybrid = "hybrid"  #: the LLM's brief checked against, and completed by, the offline one


class Mode(StrEnum):
    """How the LLM is asked for structured output."""

    tools = "tools"  #: function/tool calling: OpenAI, Azure, vLLM, recent Ollama
    json_schema = "json_schema"  #: ``response_format`` JSON schema: llama.cpp, Ollama, vLLM


class Secret:
    """A string that never shows itself in ``repr``, ``str``, logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        """The secret value, for the one place that must send it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def _env_float(env: Mapping[str, str], name: str, default: float | None) -> float | None:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number of seconds") from None
    if value <= 0:
        raise ConfigurationError(f"{name} must be positive, got {raw!r}")
    return value


def _env_int(env: Mapping[str, str], name: str, default: int | None) -> int | None:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a whole number") from None
    if value <= 0:
        raise ConfigurationError(f"{name} must be positive, got {raw!r}")
    return value


def _env_bool(env: Mapping[str, str], name: str) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if raw in {"", "0", "false", "no", "off"}:
        return False
    if raw in {"1", "true", "yes", "on"}:
        return True
    raise ConfigurationError(f"{name}={raw!r} is not a yes/no value (use 1 or 0)")


def is_loopback(url: str | None) -> bool:
    """True when ``url`` names this machine: ``localhost`` or a loopback address."""
    if not url:
        return False
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_mode(value: str | Mode) -> Mode:
    """Turn ``value`` into a :class:`Mode`, with a one-line error naming the choices."""
    try:
        return Mode(value)
    except ValueError:
        choices = ", ".join(m.value for m in Mode)
        raise ConfigurationError(f"unknown mode {value!r}; choose one of: {choices}") from None


def parse_engine(value: str | EngineName) -> EngineName:
    """Turn ``value`` into an :class:`EngineName`, with a one-line error naming the choices."""
    try:
        return EngineName(value)
    except ValueError:
        choices = ", ".join(e.value for e in EngineName)
        raise ConfigurationError(f"unknown engine {value!r}; choose one of: {choices}") from None


@dataclass(frozen=True)
class Settings:
    """Everything an engine needs to know, resolved once per call."""

    api_key: Secret | None = None
    base_url: str | None = None
    model: str = DEFAULT_MODEL
    mode: Mode = Mode.tools
    temperature: float = 0.0
    max_output_tokens: int = 4096
    timeout: float | None = None  #: None: 60 s, or 600 s on a local server
    deadline: float | None = None  #: None: 180 s, or 1,800 s on a local server
    max_validation_retries: int = 2
    max_input_chars: int = 60_000
    context_tokens: int | None = None  #: None: ask the server (llama.cpp reports it)
    strict: bool = False
    extra_headers: dict[str, str] = field(default_factory=dict)
    #: Vocabulary overlay file(s) for the offline engine (``--lexicon FILE``).
    lexicon: tuple[str, ...] = ()

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``env`` (default ``os.environ``), then ``overrides`` that are not None."""
        env = os.environ if env is None else env
        key = env.get("OPENAI_API_KEY") or None
        settings = cls(
            api_key=Secret(key) if key else None,
            base_url=env.get("OPENAI_BASE_URL") or None,
            model=env.get("SUMMARIZER_MODEL") or DEFAULT_MODEL,
            mode=parse_mode(env.get("SUMMARIZER_MODE") or Mode.tools),
            timeout=_env_float(env, "SUMMARIZER_TIMEOUT", None),
            deadline=_env_float(env, "SUMMARIZER_DEADLINE", None),
            max_input_chars=_env_int(env, "SUMMARIZER_MAX_INPUT_CHARS", None)
            or cls.max_input_chars,
            context_tokens=_env_int(env, "SUMMARIZER_CONTEXT_TOKENS", None),
            strict=_env_bool(env, "SUMMARIZER_STRICT"),
            lexicon=tuple(p for p in env.get("SUMMARIZER_LEXICON", "").split(os.pathsep) if p),
        )
        return settings.with_overrides(**overrides)

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with every override that is not None applied."""
        changes = {k: v for k, v in overrides.items() if v is not None}
        if "api_key" in changes and isinstance(changes["api_key"], str):
            changes["api_key"] = Secret(changes["api_key"])
        if "mode" in changes:
            changes["mode"] = parse_mode(changes["mode"])
        if "lexicon" in changes:
            lexicon = changes["lexicon"]
            changes["lexicon"] = (
                (str(lexicon),)
                if isinstance(lexicon, str | os.PathLike)
                else tuple(map(str, lexicon))
            )
        unknown = set(changes) - set(self.__dataclass_fields__)
        if unknown:
            raise ConfigurationError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return replace(self, **changes)

    @property
    def local_server(self) -> bool:
        """True when ``base_url`` points at this machine (a loopback address)."""
        return is_loopback(self.base_url)

    @property
    def request_timeout(self) -> float:
        """Seconds to wait for one HTTP answer (``timeout``, else the default for the server)."""
        if self.timeout is not None:
            return self.timeout
        return (LOCAL_TIMEOUTS if self.local_server else HOSTED_TIMEOUTS)[0]

    @property
    def brief_deadline(self) -> float:
        """Seconds a whole brief may take, re-asks and retries included."""
        if self.deadline is not None:
            return self.deadline
        return (LOCAL_TIMEOUTS if self.local_server else HOSTED_TIMEOUTS)[1]

    @property
    def llm_configured(self) -> bool:
        """True when an LLM endpoint is configured (an API key or a base URL)."""
        return self.api_key is not None or self.base_url is not None
