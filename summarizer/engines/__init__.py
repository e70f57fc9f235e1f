"""Engines turn an :class:`~summarizer.article.Article` into an :class:`IncidentBrief`.

Two engines stand behind one interface (:class:`Engine`):

- ``offline`` (:mod:`summarizer.engines.offline`): deterministic rules, no network, no weights;
- ``openai`` (:mod:`summarizer.engines.llm`): instructor over any OpenAI-compatible endpoint;
- ``hybrid`` (:mod:`summarizer.engines.hybrid`): the LLM's brief checked against, and
  completed by, the offline engine's.
"""

from __future__ import annotations

from typing import Protocol
from urllib.parse import urlsplit

from summarizer.article import Article
from summarizer.config import EngineName, Settings, parse_engine
from summarizer.errors import ConfigurationError
from summarizer.schema import IncidentBrief

__all__ = ["Engine", "check_base_url", "choose_engine", "make_engine"]


class Engine(Protocol):
    """What every engine provides."""

    name: str

    def summarize(self, article: Article) -> IncidentBrief:
        """A validated brief for ``article``."""
        ...

    async def asummarize(self, article: Article) -> IncidentBrief:
        """A validated brief for ``article``, without blocking the event loop."""
        ...


def choose_engine(engine: str | EngineName | None, settings: Settings) -> EngineName:
    """The engine to use: the one asked for, else the LLM when configured, else offline."""
    if engine is not None:
        chosen = parse_engine(engine)
        if chosen is not EngineName.offline and not settings.llm_configured:
            raise ConfigurationError(
                f"the {chosen.value} engine needs OPENAI_API_KEY or OPENAI_BASE_URL "
                "(or --base-url); set one, or use --engine offline"
            )
    else:
        chosen = EngineName.openai if settings.llm_configured else EngineName.offline
    if chosen is EngineName.openai and settings.base_url is not None:
        check_base_url(settings.base_url)
    return chosen


def check_base_url(url: str) -> None:
    """Raise a one-line :class:`ConfigurationError` unless ``url`` is an http(s) URL with a
    host: anything else would only fail on every retry, long after the mistake."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018  (raises ValueError for a port that is no number)
    except ValueError as exc:
        raise ConfigurationError(f"base URL {url!r} is not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"base URL {url!r} is not an http(s) URL with a host (from --base-url or "
            "OPENAI_BASE_URL); give one like http://localhost:11434/v1"
        )


def make_engine(name: EngineName, settings: Settings) -> Engine:
    """Build the engine ``name`` with ``settings``."""
    if name is EngineName.openai:
        from summarizer.engines.llm import LLMEngine

        return LLMEngine(settings)
    if name is EngineName.hybrid:
        from summarizer.engines.hybrid import HybridEngine
        from summarizer.engines.llm import LLMEngine

        return HybridEngine(LLMEngine(settings))
    from summarizer.engines.offline import OfflineEngine

    return OfflineEngine(lexicon=settings.lexicon or None)
