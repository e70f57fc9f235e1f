"""Evidence: the sentences each field cited, each with the phrase its value came from.

Rule: every entry quotes a whole cited sentence. Where that sentence holds a span of the
field's kind that gives the field's value, the first such span is marked as the entry's
phrase (``phrase``, ``phrase_start``, ``phrase_end``), so a reader sees the exact words:

- ``date``: a date mention that resolves to the brief's date ("on Tuesday");
- ``location``: a city, place, region or country mention naming the brief's place, region
  or country (a demonym counts for its country);
- ``perpetrators``, ``targets``: an actor mention of one of the field's actors, else an
  actor phrase whose words are the name's;
- ``killed``, ``injured``: a casualty figure of that kind within the brief's range;
- ``weapons``, ``named_casualties``: a weapon or a person the field lists.

A sentence with no such span is cited whole, without a phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from summarizer.engines.offline.document import Sentence, Span
from summarizer.engines.offline.resolve import Work
from summarizer.schema import Actor, CasualtyRange, Evidence, Location, NamedCasualty

__all__ = ["evidence"]

Test = Callable[[Span], bool]


def evidence(work: Work, values: dict[str, Any]) -> list[Evidence]:
    """The evidence of ``work``'s cited sentences; ``values``: the brief's fields by name."""
    entries = []
    for name, cited in work.evidence.items():
        labels, test = _matcher(name, values.get(name))
        for sentence in cited:
            entries.append(_entry(name, sentence, labels, test))
    return entries


def _entry(name: str, sentence: Sentence, labels: tuple[str, ...], test: Test) -> Evidence:
    for label in labels:
        for span in sentence.spans(label):
            if test(span):
                return Evidence(
                    field=name,
                    quote=sentence.text,
                    phrase=span.text,
                    phrase_start=span.start,
                    phrase_end=span.end,
                )
    return Evidence(field=name, quote=sentence.text)


def _matcher(name: str, value: Any) -> tuple[tuple[str, ...], Test]:
    """Which kinds of span can give field ``name`` its ``value``, and which of them do."""
    if value is None or value == []:
        return (), lambda span: False
    if name == "date":
        return ("date",), lambda span: span.value.value == value
    if name == "location":
        return ("city", "place", "region", "country"), _names_location(value)
    if name in ("perpetrators", "targets"):
        names = _folded(actor.name for actor in value if isinstance(actor, Actor))
        return (
            "actor",
            "role",
        ), lambda span: _same(span.text, names) or _same(getattr(span.value, "name", ""), names)
    if name in ("killed", "injured"):
        low, high = (value.min, value.max) if isinstance(value, CasualtyRange) else (value, value)
        return (
            "casualty",
        ), lambda span: span.value.kind == name and low <= span.value.count <= high
    if name == "weapons":
        return ("weapon",), lambda span: _same(span.value.name, _folded(value))
    if name == "named_casualties":
        people = _folded(p.name for p in value if isinstance(p, NamedCasualty))
        return ("person",), lambda span: _same(span.value.name, people)
    return (), lambda span: False


def _names_location(location: Location) -> Test:
    names = _folded(n for n in (location.place, location.admin1, location.country) if n)

    def test(span: Span) -> bool:
        if span.label == "country" and span.value.code == location.country_code:
            return True
        return _same(span.text, names)

    return test


def _folded(names: Iterable[Any]) -> frozenset[str]:
    return frozenset(" ".join(str(n).split()).casefold() for n in names if n)


def _same(text: str, names: frozenset[str]) -> bool:
    return " ".join(text.split()).casefold() in names
