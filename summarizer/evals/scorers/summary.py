"""``summary``: how many of the fixture's ``key_facts`` the summary conveys.

Lexical and number-aware (the default): a key fact is conveyed when at least 50 % of its
content words (stemmed, stopwords dropped, number words as digits) appear in the summary
and every number in the fact appears there too. The score is conveyed facts / key facts.
Nothing is scored against the article.

An embedding-based variant (``--summary-scorer embedding``) needs the optional
``embeddings`` extra; see :mod:`summarizer.evals.scorers.summary_embedding`.
"""

from __future__ import annotations

from typing import Any

from summarizer.evals.matching import content_tokens, numbers_in
from summarizer.evals.scorers._base import FieldScore

FACT_THRESHOLD = 0.5


def fact_conveyed(fact: str, summary: str) -> bool:
    """True when ``summary`` conveys ``fact`` by the module's rule."""
    wanted = content_tokens(fact)
    if not numbers_in(fact) <= numbers_in(summary):
        return False
    return not wanted or len(wanted & content_tokens(summary)) / len(wanted) >= FACT_THRESHOLD


def score_summary(key_facts: Any, summary: str) -> FieldScore:
    """Share of ``key_facts`` that ``summary`` conveys."""
    facts = [str(f) for f in key_facts or []]
    if not facts:
        return FieldScore(1.0, facts, summary)
    conveyed = [fact_conveyed(f, summary) for f in facts]
    missing = [f for f, ok in zip(facts, conveyed, strict=True) if not ok]
    note = f"missing: {missing[0][:80]!r}" if missing else None
    return FieldScore(sum(conveyed) / len(facts), facts, summary, note)
