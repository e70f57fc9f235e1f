"""The date of a report that names no day: its publication day.

Rule: a report whose opening gives no date at all (no day, month, weekday or relative
word: "shortly after midnight", "as the city saw in the new year", "during Friday
prayers" without a day named) tells of what happened by the time it was published, so
its incident is dated to the publication day; an article without a publication date stays
undated. The caller uses this only when :func:`.date.main_date` found nothing.
"""

from __future__ import annotations

from summarizer.engines.offline.document import Document, Sentence

__all__ = ["publication_day"]


def publication_day(doc: Document) -> tuple[str | None, Sentence | None]:
    """The publication day and the lead that it dates, or (None, None) without either."""
    if doc.published is None or not doc.sentences:
        return None, None
    return doc.published.isoformat(), doc.sentences[0]
