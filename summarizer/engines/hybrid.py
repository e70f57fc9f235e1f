"""The hybrid engine: the LLM's brief, checked against the offline engine's.

Both engines read the article; the LLM's brief is the base, and the offline brief is the
cross-check:

- **disagreements**: every fact field where both engines have a value and the values
  differ is listed in ``provenance.notes`` (``disagrees``, with both values), so a
  reader sees which facts two independent readings do not share;
- **gaps**: a fact the LLM left empty and the offline engine found is filled from the
  offline brief, with the offline engine's evidence for it (``filled``);
- **the event**: where the two disagree on whether there is an incident, or on its event
  type, :data:`EVENT_RULE` decides. The rule was chosen by measurement on the dev
  fixtures (README, "Engines"): ``offline_when_no_incident`` keeps the LLM's event type
  unless the offline engine finds no incident at all, which it judges far more reliably
  than a small model (opinion, sports and market pieces full of war words).

If the LLM's output never validates, the hybrid brief is the offline brief, and its
notes say so; any other LLM failure (authentication, rate limits, timeouts) is raised as
it is, since an offline brief would hide a broken configuration.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from summarizer.article import Article
from summarizer.engines.llm import LLMEngine
from summarizer.engines.offline import OfflineEngine
from summarizer.errors import BriefValidationError
from summarizer.grounding import content_words
from summarizer.schema import FieldNote, IncidentBrief

__all__ = ["EVENT_RULE", "EVENT_RULES", "HybridEngine"]

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
EVENT_RULE = "offline_when_no_incident"


class HybridEngine:
    """The LLM's facts, checked against and completed by the offline engine's."""

    name = "hybrid"

    def __init__(
        self,
        llm: LLMEngine,
        offline: OfflineEngine | None = None,
        *,
        event_rule: str = EVENT_RULE,
    ) -> None:
        if event_rule not in EVENT_RULES:
            raise ValueError(f"unknown event rule {event_rule!r}; one of {', '.join(EVENT_RULES)}")
        self.llm = llm
        self.offline = offline or OfflineEngine()
        self.event_rule = event_rule

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
        return combine(llm, offline, article, EVENT_RULES[self.event_rule])

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
        return combine(llm, await offline_task, article, EVENT_RULES[self.event_rule])

    async def aclose(self) -> None:
        await self.llm.aclose()

    def _fallback(self, offline: IncidentBrief, reason: str, article: Article) -> IncidentBrief:
        data = offline.model_dump(mode="json")
        data["provenance"]["engine"] = self.name
        data["provenance"]["notes"].append(
            FieldNote(field="*", action="replaced", detail=f"offline brief: {reason}").model_dump()
        )
        return IncidentBrief.model_validate(data, context={"article": article.text})


def combine(
    llm: IncidentBrief,
    offline: IncidentBrief,
    article: Article,
    event_rule: Callable[[IncidentBrief, IncidentBrief], IncidentBrief] = EVENT_RULES[EVENT_RULE],
) -> IncidentBrief:
    """The hybrid brief of ``llm`` and ``offline`` for ``article`` (see the module rules)."""
    winner = event_rule(llm, offline)
    notes: list[FieldNote] = list(llm.provenance.notes)
    if llm.incident != offline.incident:
        notes.append(_disagreement("incident", llm.incident, offline.incident))
    if winner is offline and not (offline.incident and llm.incident):
        data = offline.model_dump(mode="json")  # no incident, or no facts from the LLM
    else:
        data = llm.model_dump(mode="json")
        if winner is offline:
            theirs = offline.model_dump(mode="json")
            event_fields = ("event_type", "sub_event_type")
            for name in event_fields:
                data[name] = theirs[name]
            data["evidence"] = [e for e in data["evidence"] if e["field"] not in event_fields]
            data["evidence"] += [e for e in theirs["evidence"] if e["field"] in event_fields]
            if llm.sub_event_type != offline.sub_event_type:
                detail = (
                    f"llm: {llm.sub_event_type}; offline: {offline.sub_event_type} (offline kept)"
                )
                notes.append(FieldNote(field="sub_event_type", action="disagrees", detail=detail))
        elif llm.incident and offline.incident and llm.sub_event_type != offline.sub_event_type:
            notes.append(
                _disagreement("sub_event_type", llm.sub_event_type, offline.sub_event_type)
            )
        if data["incident"] and offline.incident:
            notes += _complete(data, llm, offline)
    data["provenance"] = llm.provenance.model_dump(mode="json")
    data["provenance"]["engine"] = "hybrid"
    data["provenance"]["model"] = f"{llm.provenance.model}+{offline.provenance.model}"
    data["provenance"]["notes"] = [n.model_dump() for n in notes]
    return IncidentBrief.model_validate(data, context={"article": article.text})


def _complete(data: dict[str, Any], llm: IncidentBrief, offline: IncidentBrief) -> list[FieldNote]:
    """Fill the LLM's empty fact fields from the offline brief; note where both differ."""
    notes: list[FieldNote] = []
    offline_data = offline.model_dump(mode="json")
    for name in (*_VALUE_FIELDS, *_LIST_FIELDS, "related_incidents"):
        mine, theirs = getattr(llm, name), getattr(offline, name)
        if _empty(mine) and not _empty(theirs):
            data[name] = offline_data[name]
            data["evidence"] += [e for e in offline_data["evidence"] if e["field"] == name]
            notes.append(FieldNote(field=name, action="filled", detail="from the offline engine"))
        elif name == "location" and not _empty(theirs):
            notes += _complete_location(data, offline_data)
        elif name == "related_incidents":
            continue  # the LLM is not asked for them: only ever filled
        elif not _empty(mine) and not _empty(theirs) and _key(name, mine) != _key(name, theirs):
            notes.append(_disagreement(name, _show(mine), _show(theirs)))
    return notes


def _complete_location(data: dict[str, Any], offline: dict[str, Any]) -> list[FieldNote]:
    """Parts of the place the LLM left out, from the offline engine when both name the same
    country (or the LLM names none)."""
    mine, theirs = data["location"], offline["location"]
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
    data["evidence"] += [e for e in offline["evidence"] if e["field"] == "location"]
    return [
        FieldNote(
            field="location", action="filled", detail="from the offline engine: " + ", ".join(parts)
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
