"""Related incidents: other incidents the article mentions as context.

Rule: a background sentence (:mod:`.date`) that cues an event type and names a date it
resolves (more than a month named alone) is a related incident: that date, that type, the
sentence's first 30 words, and its place: the first named place the sentence marks as such
("the village of X"), else its first town after "in"/"near", else its first region, else
its first country (none from a wire dateline); at most four, in the article's order.
"""

from __future__ import annotations

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.resolve.locplace import as_written
from summarizer.engines.offline.scan.places import PlaceRules, country_name
from summarizer.engines.offline.scan.placewords import locative_weight, region_display
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
            RelatedIncident(
                date=values[0],
                event_type=cue.event_type,
                place=_place(work, sentence),
                description=description,
            )
        )
    return related[:_MAX]


def _place(work: Work, sentence: Sentence) -> str | None:
    """Where a background sentence sets its incident (module docstring)."""
    after = sentence.dateline_end
    for place in sentence.places:
        if place.start >= after:
            return place.name
    lexicon = work.lexicon
    least = lexicon.rules(PlaceRules).weights["locative"]
    for _, start, end in sentence.cities:  # (in the body, after any dateline)
        if locative_weight(sentence.body, start, end, lexicon) >= least:  # not "Pineda said"
            return as_written(sentence.body[start:end])
    for region, start, _ in sentence.regions:
        if start >= after:
            return region_display(region, sentence.text, work.lexicon)
    for country in sentence.countries:
        if country.start >= after:
            return country_name(country.code, work.lexicon)
    return None
