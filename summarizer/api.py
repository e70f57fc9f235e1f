"""The Python API: :func:`summarize` and :func:`asummarize`."""

from __future__ import annotations

from datetime import date

from summarizer.article import Article
from summarizer.config import EngineName, Mode, Settings
from summarizer.engines import Engine, choose_engine, make_engine
from summarizer.schema import IncidentBrief

__all__ = ["asummarize", "prepare", "summarize"]


def prepare(
    text: str,
    *,
    published: date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    engine: str | EngineName | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | Mode | None = None,
    settings: Settings | None = None,
) -> tuple[Engine, Article]:
    """Resolve settings, pick the engine and normalise the article (no model call yet)."""
    resolved = (settings or Settings.from_env()).with_overrides(
        model=model, base_url=base_url, api_key=api_key, mode=mode
    )
    chosen = choose_engine(engine, resolved)
    article = Article.from_text(
        text, published=published, title=title, source=source, max_chars=resolved.max_input_chars
    )
    return make_engine(chosen, resolved), article


def summarize(
    text: str,
    *,
    published: date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    engine: str | EngineName | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | Mode | None = None,
    settings: Settings | None = None,
) -> IncidentBrief:
    """Turn one article into a validated, source-grounded :class:`IncidentBrief`.

    Args:
        text: the article (plain text or HTML).
        published: publication date, used to resolve "on Tuesday" and "February 7th".
        title, source: optional metadata, shown to the LLM.
        engine: ``"offline"`` or ``"openai"``. Default: ``"openai"`` when ``OPENAI_API_KEY`` or
            ``OPENAI_BASE_URL`` is set, else ``"offline"``.
        model, base_url, api_key, mode: override the environment (see :mod:`summarizer.config`).
        settings: a complete :class:`Settings` to start from instead of the environment.

    Raises:
        InputError: the text is empty, HTML without text, or over the input budget.
        ConfigurationError: an unknown engine or mode, or ``openai`` with no endpoint.
        ProviderError: the endpoint failed after retries (auth, rate limit, timeout, 5xx).
        BriefValidationError: the model's output never validated, re-asks included.
    """
    chosen, article = prepare(
        text,
        published=published,
        title=title,
        source=source,
        engine=engine,
        model=model,
        base_url=base_url,
        api_key=api_key,
        mode=mode,
        settings=settings,
    )
    return chosen.summarize(article)


async def asummarize(
    text: str,
    *,
    published: date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    engine: str | EngineName | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | Mode | None = None,
    settings: Settings | None = None,
) -> IncidentBrief:
    """Async :func:`summarize`: same arguments, same result, same errors."""
    chosen, article = prepare(
        text,
        published=published,
        title=title,
        source=source,
        engine=engine,
        model=model,
        base_url=base_url,
        api_key=api_key,
        mode=mode,
        settings=settings,
    )
    return await chosen.asummarize(article)
