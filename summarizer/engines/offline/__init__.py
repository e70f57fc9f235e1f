"""The offline engine: deterministic rules, no network, no model weights.

It is the default when no LLM is configured, what ``make run`` and CI use, and a
cross-check on LLM output. Every evidence and claim quote it emits is a slice of the
article, so its briefs are grounded by construction.

The parts:

- :mod:`.lexicon`: the vocabulary, from the data files in ``data/`` and any overlay;
- :mod:`.document`: the article read once: sentences, tokens and spans;
- :mod:`.scan`: the span finders (dates, places, actors and roles, casualty figures,
  weapons, statements, people, event cues);
- :mod:`.resolve`: one resolver per field of the brief;
- :mod:`.pipeline`: the resolvers, in order, into a :class:`BriefDraft`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.engines.offline.lexicon import Lexicon, LexiconError, default_lexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.schema import IncidentBrief, Provenance

__all__ = ["Lexicon", "LexiconError", "OfflineEngine", "engine_model"]


def engine_model(lexicon: Lexicon) -> str:
    """The engine's identity for ``lexicon``: ``offline-rules-`` and the first 16 hex digits
    of the hash of the package version, the engine's Python sources, its data files and any
    overlay. Reported as ``provenance.model`` and part of the batch cache key, so a changed
    rule, a changed vocabulary or an upgrade never serves a brief made before."""
    return f"offline-rules-{lexicon.digest[:16]}"


class OfflineEngine:
    """Briefs from deterministic rules.

    ``lexicon``: overlay file(s) that extend the package's vocabulary (a path, several,
    or a :class:`Lexicon`); without one, the package's own vocabulary. A bad file raises
    :class:`LexiconError` here, before any brief."""

    name = "offline"

    def __init__(
        self,
        lexicon: Lexicon | str | Path | Iterable[str | Path | Mapping[str, Any]] | None = None,
    ) -> None:
        self.lexicon = Lexicon.load(lexicon) if lexicon is not None else default_lexicon()
        #: The rules' identity, reported as ``provenance.model`` and read by the batch
        #: cache key (so a change of rules or vocabulary misses): see :func:`engine_model`.
        self.model = engine_model(self.lexicon)

    def summarize(self, article: Article) -> IncidentBrief:
        """A validated brief for ``article``."""
        draft = draft_brief(article, self.lexicon)
        provenance = Provenance(engine=self.name, model=self.model, created_at=datetime.now(UTC))
        return IncidentBrief.from_draft(draft, provenance, article.text, article.title)

    async def asummarize(self, article: Article) -> IncidentBrief:
        """Same as :meth:`summarize`, in a worker thread so the event loop stays free."""
        import asyncio  # here: a process that briefs without an event loop never needs it

        return await asyncio.to_thread(_no_stop_iteration, self.summarize, article)


def _no_stop_iteration(
    summarize: Callable[[Article], IncidentBrief], article: Article
) -> IncidentBrief:
    # A StopIteration cannot cross into an asyncio Future (the await would hang forever);
    # turn a stray one from a rule into an ordinary error.
    try:
        return summarize(article)
    except StopIteration as exc:
        raise RuntimeError("offline engine rule raised StopIteration") from exc
