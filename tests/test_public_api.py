"""The package's public surface is exactly what __all__ says."""

from __future__ import annotations

import asyncio

import summarizer
from summarizer import IncidentBrief, asummarize, summarize
from tests.conftest import EXAMPLE_ARTICLE, NO_INCIDENT_ARTICLE


def test_all_is_exactly_the_public_names() -> None:
    public = {name for name in vars(summarizer) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(summarizer, name)).__name__ == "module"}
    assert set(summarizer.__all__) - {"__version__"} == public - modules


def test_summarize_defaults_to_offline_without_an_endpoint() -> None:
    brief = summarize(EXAMPLE_ARTICLE, published="2024-03-15")
    assert isinstance(brief, IncidentBrief)
    assert brief.provenance.engine == "offline"


def test_asummarize_matches_summarize() -> None:
    sync = summarize(NO_INCIDENT_ARTICLE)
    async_ = asyncio.run(asummarize(NO_INCIDENT_ARTICLE))
    assert sync.model_dump(exclude={"provenance"}) == async_.model_dump(exclude={"provenance"})
