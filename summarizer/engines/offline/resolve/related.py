"""Related incidents: other incidents the article mentions as context.

Rule: a background sentence (:mod:`.date`) that cues an event type and names a date it
resolves (more than a month named alone) is a related incident: that date, that type, and the sentence's first 30 words;
at most four, in the article's order.
"""

from __future__ import annotations

from summarizer.engines.offline.resolve import Work
from summarizer.schema import RelatedIncident

__all__ = ["related_incidents"]

_MAX = 4
_WORDS = 30


def related_incidents(work: Work) -> list[RelatedIncident]:
    """The related incidents (module docstring)."""
    main = set(map(id, work.main))
    related: list[RelatedIncident] = []
    for sentence in work.sentences:
        if id(sentence) in main:
            continue
        cue = sentence.cue
        # (a month named alone, "since ... took control in mid-August", dates no incident)
        values = [m.value for m in sentence.dates if m.value and m.kind != "m"]
        if cue is None or not values:
            continue
        words = sentence.text.split()
        description = " ".join(words[:_WORDS]) + ("…" if len(words) > _WORDS else "")
        related.append(
            RelatedIncident(date=values[0], event_type=cue.event_type, description=description)
        )
    return related[:_MAX]
