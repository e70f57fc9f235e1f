"""summarizer: news article in, validated and source-grounded incident brief out.

>>> from summarizer import summarize
>>> brief = summarize(article_text, published="2024-02-08")   # doctest: +SKIP
>>> brief.event_type, brief.killed                              # doctest: +SKIP

Many articles at once (concurrent, rate-limited, cached; see :mod:`summarizer.batch`):

>>> for result in summarize_many_sync(items, engine="offline"):  # doctest: +SKIP
...     print(result.id, result.ok)
"""

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from summarizer.api import asummarize, summarize
from summarizer.article import Article
from summarizer.config import EngineName, Mode, Settings
from summarizer.errors import (
    AuthenticationError,
    BriefValidationError,
    ConfigurationError,
    InputError,
    MissingVariablesError,
    OutputError,
    ProviderError,
    ProviderTimeoutError,
    RateLimitError,
    SummarizerError,
    TruncatedOutputError,
)
from summarizer.schema import (
    Actor,
    ActorKind,
    CasualtyRange,
    CasualtyStatus,
    Claim,
    EventType,
    Evidence,
    IncidentBrief,
    Location,
    NamedCasualty,
    Provenance,
    RelatedIncident,
    SubEventType,
)

if _TYPE_CHECKING:
    from summarizer.batch import (
        BatchItem,
        BatchResult,
        BatchRun,
        ItemError,
        summarize_many,
        summarize_many_sync,
    )

__version__ = "0.1.0"

#: Names imported on first use: the batch runner brings asyncio, sqlite3 and ssl, which a
#: process that only briefs one article never needs.
_BATCH = frozenset(
    {"BatchItem", "BatchResult", "BatchRun", "ItemError", "summarize_many", "summarize_many_sync"}
)


def __getattr__(name: str) -> _Any:
    if name in _BATCH:
        from summarizer import batch

        value = getattr(batch, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'summarizer' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _BATCH)


__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "AuthenticationError",
    "BatchItem",
    "BatchResult",
    "BatchRun",
    "BriefValidationError",
    "CasualtyRange",
    "CasualtyStatus",
    "Claim",
    "ConfigurationError",
    "EngineName",
    "EventType",
    "Evidence",
    "IncidentBrief",
    "InputError",
    "ItemError",
    "Location",
    "MissingVariablesError",
    "Mode",
    "NamedCasualty",
    "OutputError",
    "Provenance",
    "ProviderError",
    "ProviderTimeoutError",
    "RateLimitError",
    "RelatedIncident",
    "Settings",
    "SubEventType",
    "SummarizerError",
    "TruncatedOutputError",
    "__version__",
    "asummarize",
    "summarize",
    "summarize_many",
    "summarize_many_sync",
]
