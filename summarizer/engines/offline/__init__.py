"""The offline engine: deterministic rules, no network, no model weights.

It is the default when no LLM is configured, what ``make run`` and CI use, and a
cross-check on LLM output. Every evidence and claim quote it emits is a slice of the
article, so its briefs are grounded by construction.

The parts, each a module with its own tests:

- :mod:`.text`: sentences with offsets;
- :mod:`.numbers`: counts in digits and words;
- :mod:`.dates`: explicit, yearless and relative dates;
- :mod:`.places`: countries, regions and named places;
- :mod:`.actors`: perpetrators and targets from a lexicon and the text's structure;
- :mod:`.casualties`: killed and injured figures;
- :mod:`.claims`: attributed statements;
- :mod:`.classify`: incident or not, and the ACLED event type;
- :mod:`.compose`: headline and summary;
- :mod:`.pipeline`: the steps above, in order, into a :class:`BriefDraft`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime

from summarizer.article import Article
from summarizer.engines.offline.domain import DomainLexicon
from summarizer.engines.offline.pipeline import draft_brief
from summarizer.schema import IncidentBrief, Provenance

__all__ = ["DomainLexicon", "OfflineEngine"]

#: Reported as ``provenance.model``: bump when the rules change what briefs say.
RULES_VERSION = "offline-rules-1"


class OfflineEngine:
    """Briefs from deterministic rules.

    ``lexicon``: vocabulary for one kind of text (:class:`DomainLexicon`), used by this
    engine only; without it, briefs are the engine's own."""

    name = "offline"
    #: The rules' identity: ``provenance.model`` of its briefs, and its part of a batch
    #: cache key (read from here, so a change of identity reaches both).
    model = RULES_VERSION

    def __init__(self, lexicon: DomainLexicon | None = None) -> None:
        self.lexicon = lexicon

    def summarize(self, article: Article) -> IncidentBrief:
        """A validated brief for ``article``."""
        lexicon = self.lexicon  # without one, the very same call as ever
        draft = draft_brief(article) if lexicon is None else draft_brief(article, lexicon)
        provenance = Provenance(engine=self.name, model=self.model, created_at=datetime.now(UTC))
        return IncidentBrief.from_draft(draft, provenance, article.text)

    async def asummarize(self, article: Article) -> IncidentBrief:
        """Same as :meth:`summarize`, in a worker thread so the event loop stays free."""
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
