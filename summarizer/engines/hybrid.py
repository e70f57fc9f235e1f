"""The hybrid engine: two independent readings of an article, cross-checked.

Both engines read the article. One brief is the *base* (:data:`BASE`): its facts,
headline and summary stand; the other is the cross-check:

- **disagreements**: every fact field where both engines have a value and the values
  differ is listed in ``provenance.notes`` (``disagrees``, with both values), so a
  reader sees which facts two independent readings do not share;
- **gaps**: a fact the base left empty and the other engine found is filled from it, with
  its evidence (``filled``), for the fields :data:`FILLS` names for that base;
- **the event**: where the two disagree on whether there is an incident, or on its event
  type, :data:`EVENT_RULE` decides.

The defaults were chosen by measurement (``scripts/hybrid_rules.py`` on the recorded
real-model answers for the dev fixtures; README, "Engines"): with Qwen2.5 1.5B the offline
brief is the better base on every field, and the LLM's values help only where the offline
engine found nothing for the date, the place or the injured. Against a stronger model,
``base="llm"`` (the LLM's brief, gaps filled by the offline engine's) is one argument away.

If the LLM's output never validates, the hybrid brief is the offline brief, and its
notes say so; any other LLM failure (authentication, rate limits, timeouts) is raised as
it is, since an offline brief would hide a broken configuration.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection
from typing import Any

from summarizer.article import Article
from summarizer.engines.llm import LLMEngine
from summarizer.engines.offline import OfflineEngine
from summarizer.errors import BriefValidationError
from summarizer.grounding import content_words
from summarizer.schema import FieldNote, IncidentBrief

__all__ = [
    "BASE",
    "BASES",
    "EVENT_RULE",
    "EVENT_RULES",
    "FILLABLE",
    "FILLS",
    "HybridEngine",
    "combine",
]

# Scalar-like fact fields, and list fields whose entries have a name to compare by.
_VALUE_FIELDS = ("date", "location", "killed", "injured")
_LIST_FIELDS = ("perpetrators", "targets", "weapons", "named_casualties", "claims")


def _llm(llm: IncidentBrief, offline: IncidentBrief) -> IncidentBrief:
    return llm


def _offline_when_no_incident(llm: IncidentBrief, offline: IncidentBrief) -> IncidentBrief:
    return offline if not offline.incident else llm


def _offline_event(llm: IncidentBrief, offline: IncidentBrief) -> IncidentBrief:
    return offline


# Sub-event types a reader falls back on when nothing more specific fits.
_CATCH_ALL = frozenset({"attack", "other", "peaceful_protest"})


def _offline_when_no_incident_or_llm_catch_all(
    llm: IncidentBrief, offline: IncidentBrief
) -> IncidentBrief:
    if not offline.incident:
        return offline
    if llm.sub_event_type in _CATCH_ALL and offline.sub_event_type not in _CATCH_ALL:
        return offline
    return llm


#: Which engine's reading of the event (incident or not, event and sub-event type) wins.
EVENT_RULES: dict[str, Callable[[IncidentBrief, IncidentBrief], IncidentBrief]] = {
    "llm": _llm,
    "offline_when_no_incident": _offline_when_no_incident,
    "offline_when_no_incident_or_llm_catch_all": _offline_when_no_incident_or_llm_catch_all,
    "offline": _offline_event,
}
EVENT_RULE = "offline"

#: Whose facts stand where both engines give one: the other fills the gaps.
BASES = ("llm", "offline")
BASE = "offline"
#: Every field one engine may fill for the other.
FILLABLE = frozenset({*_VALUE_FIELDS, *_LIST_FIELDS, "related_incidents"})
#: The fields each base lets the other engine fill when it left them empty: the offline
#: engine's gaps only where the LLM's values measured better than the gap (the others,
#: perpetrators and named casualties above all, measured worse).
FILLS: dict[str, frozenset[str]] = {
    "llm": FILLABLE,
    "offline": frozenset({"date", "location", "injured"}),
}


class HybridEngine:
    """Two engines' briefs of one article: the base's facts, cross-checked and completed
    by the other's (see the module's rules)."""

    name = "hybrid"

    def __init__(
        self,
        llm: LLMEngine,
        offline: OfflineEngine | None = None,
        *,
        event_rule: str = EVENT_RULE,
        base: str = BASE,
    ) -> None:
        if event_rule not in EVENT_RULES:
            raise ValueError(f"unknown event rule {event_rule!r}; one of {', '.join(EVENT_RULES)}")
        if base not in BASES:
            raise ValueError(f"unknown base {base!r}; one of {', '.join(BASES)}")
        self.llm = llm
        self.offline = offline or OfflineEngine()
        self.event_rule = event_rule
        self.base = base

    @property
    def template(self) -> Any:
        """The LLM's prompt template (what the eval suite reports)."""
        return self.llm.template

    @property
    def model(self) -> str:
        return f"{self.llm.model}+offline"

    def summarize(self, article: Article) -> IncidentBrief:
        """A validated brief for ``article``."""
        offline = self.offline.summarize(article)
        try:
            llm = self.llm.summarize(article)
        except BriefValidationError as exc:
            return self._fallback(offline, str(exc), article)
        return combine(llm, offline, article, EVENT_RULES[self.event_rule], self.base)

    async def asummarize(self, article: Article) -> IncidentBrief:
        """Async twin of :meth:`summarize` (the offline engine runs in a worker thread)."""
        offline_task = asyncio.ensure_future(self.offline.asummarize(article))
        try:
            llm = await self.llm.asummarize(article)
        except BriefValidationError as exc:
            return self._fallback(await offline_task, str(exc), article)
        except BaseException:
            offline_task.cancel()
            raise
        rule = EVENT_RULES[self.event_rule]
        return combine(llm, await offline_task, article, rule, self.base)

    async def aclose(self) -> None:
        await self.llm.aclose()

    def _fallback(self, offline: IncidentBrief, reason: str, article: Article) -> IncidentBrief:
        data = offline.model_dump(mode="json")
        data["provenance"]["engine"] = self.name
        data["provenance"]["notes"].append(
            FieldNote(field="*", action="replaced", detail=f"offline brief: {reason}").model_dump()
        )
        return IncidentBrief.model_validate(
            data, context={"article": article.text, "title": article.title}
        )


def combine(
    llm: IncidentBrief,
    offline: IncidentBrief,
    article: Article,
    event_rule: Callable[[IncidentBrief, IncidentBrief], IncidentBrief] = EVENT_RULES[EVENT_RULE],
    base: str = BASE,
    fills: Collection[str] | None = None,
) -> IncidentBrief:
    """The hybrid brief of ``llm`` and ``offline`` for ``article`` (see the module rules).

    ``base``: ``"llm"`` or ``"offline"``, the engine whose facts, headline and summary stand
    where both give one (:data:`BASE`); the other fills the fields in ``fills`` (default
    :data:`FILLS` of the base) that the base left empty."""
    if base not in BASES:
        raise ValueError(f"unknown base {base!r}; one of {', '.join(BASES)}")
    winner = event_rule(llm, offline)
    notes: list[FieldNote] = list(llm.provenance.notes)
    if llm.incident != offline.incident:
        notes.append(_disagreement("incident", llm.incident, offline.incident))
    if not (llm.incident and offline.incident):
        data = winner.model_dump(mode="json")  # no incident, or only one engine saw one
    else:
        first, second = (llm, offline) if base == "llm" else (offline, llm)
        data = first.model_dump(mode="json")
        if first.sub_event_type != second.sub_event_type:
            kept = "llm" if winner is llm else "offline"
            detail = f"llm: {llm.sub_event_type}; offline: {offline.sub_event_type} ({kept} kept)"
            notes.append(FieldNote(field="sub_event_type", action="disagrees", detail=detail))
        if winner is not first:
            theirs = winner.model_dump(mode="json")
            event_fields = ("event_type", "sub_event_type")
            for name in event_fields:
                data[name] = theirs[name]
            data["evidence"] = [e for e in data["evidence"] if e["field"] not in event_fields]
            data["evidence"] += [e for e in theirs["evidence"] if e["field"] in event_fields]
        source = "llm" if second is llm else "offline engine"
        notes += _complete(data, first, second, source, FILLS[base] if fills is None else fills)
    data["provenance"] = llm.provenance.model_dump(mode="json")
    data["provenance"]["engine"] = "hybrid"
    data["provenance"]["model"] = f"{llm.provenance.model}+{offline.provenance.model}"
    data["provenance"]["notes"] = [n.model_dump() for n in notes]
    return IncidentBrief.model_validate(
        data, context={"article": article.text, "title": article.title}
    )


def _complete(
    data: dict[str, Any],
    first: IncidentBrief,
    second: IncidentBrief,
    source: str,
    fills: Collection[str],
) -> list[FieldNote]:
    """Fill ``first``'s empty fact fields named in ``fills`` from ``second`` (``source``
    names it); note where both give a value and the values differ."""
    notes: list[FieldNote] = []
    second_data = second.model_dump(mode="json")
    for name in (*_VALUE_FIELDS, *_LIST_FIELDS, "related_incidents"):
        mine, theirs = getattr(first, name), getattr(second, name)
        if name not in fills and (_empty(mine) or name == "related_incidents"):
            continue
        if _empty(mine) and not _empty(theirs):
            data[name] = second_data[name]
            data["evidence"] += [e for e in second_data["evidence"] if e["field"] == name]
            notes.append(FieldNote(field=name, action="filled", detail=f"from the {source}"))
        elif name == "location" and not _empty(theirs) and name in fills:
            notes += _complete_location(data, second_data, source)
        elif name == "related_incidents":
            continue  # the LLM is not asked for them: only ever filled
        elif not _empty(mine) and not _empty(theirs) and _key(name, mine) != _key(name, theirs):
            llm_value, offline_value = (mine, theirs) if source != "llm" else (theirs, mine)
            notes.append(_disagreement(name, _show(llm_value), _show(offline_value)))
    return notes


def _complete_location(
    data: dict[str, Any], second: dict[str, Any], source: str
) -> list[FieldNote]:
    """Parts of the place the base left out, from the other engine when both name the same
    country (or the base names none)."""
    mine, theirs = data["location"], second["location"]
    if mine.get("country_code") not in (None, theirs.get("country_code")):
        return []
    parts = [
        k
        for k in ("country", "country_code", "admin1", "place")
        if not mine.get(k) and theirs.get(k)
    ]
    if not parts:
        return []
    for part in parts:
        mine[part] = theirs[part]
    data["evidence"] += [e for e in second["evidence"] if e["field"] == "location"]
    return [
        FieldNote(
            field="location", action="filled", detail=f"from the {source}: " + ", ".join(parts)
        )
    ]


def _empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, list):
        return not value
    is_empty = getattr(value, "is_empty", None)
    return bool(is_empty()) if callable(is_empty) else False


def _key(name: str, value: Any) -> Any:
    """What two values are compared by: names as content words, figures and dates as is."""
    if name in _LIST_FIELDS:
        return frozenset(
            " ".join(content_words(str(getattr(v, "name", None) or getattr(v, "source", v))))
            for v in value
        )
    if name == "location":
        return value.country_code, " ".join(content_words(value.place or ""))
    if name in ("killed", "injured"):
        return value.min, value.max
    return value


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(getattr(v, "name", None) or getattr(v, "source", v)) for v in value)
    if hasattr(value, "model_dump"):
        return ", ".join(f"{k}={v}" for k, v in value.model_dump().items() if v is not None)
    return str(value)


def _disagreement(field: str, llm: Any, offline: Any) -> FieldNote:
    return FieldNote(field=field, action="disagrees", detail=f"llm: {llm}; offline: {offline}")
