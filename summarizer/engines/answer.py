"""What the model is asked to fill: a schema a small model can fill, in reading order.

The contract's brief (:class:`~summarizer.schema.BriefDraft`) is written for readers; this
is written for a model, and :mod:`summarizer.engines.mapping` turns one into the other:

- the article arrives as numbered sentences (:mod:`summarizer.engines.numbered`) and every
  fact cites the number of the sentence that says it, never a quote: evidence is grounded
  by construction, and there is nothing to escape or copy wrong;
- fields come in reading order: the sentence that reports the main incident, a headline,
  the facts, and only then the event, whose ``none`` value is the no-incident decision.
  Nothing the model writes can contradict that decision (facts written before a ``none``
  are simply not used), so no cross-field rule is left for the model to break;
- ``event_type`` is not asked: every sub-event type belongs to one event type;
- lengths and counts are bounded in the schema (``maxLength``, ``maxItems``), so a server
  that enforces the schema with a grammar (llama.cpp, vLLM, Ollama) cannot run away;
- every field is required (nullable where it may be empty), so grammar-driven servers
  keep the declared order.

:func:`partial_answer` builds the schema of a re-ask: only the fields that failed.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, create_model

from summarizer.schema import ActorKind, CasualtyStatus, SubEventType

__all__ = [
    "ANSWER_FIELDS",
    "Answer",
    "AnswerActor",
    "AnswerClaim",
    "AnswerCount",
    "AnswerDate",
    "AnswerEvent",
    "AnswerLocation",
    "AnswerPerson",
    "AnswerWeapon",
    "partial_answer",
]

#: The value of ``event`` that means "this article reports no incident".
NO_INCIDENT = "none"

AnswerEvent = StrEnum(  # type: ignore[misc]
    "AnswerEvent", {**{s.name: s.value for s in SubEventType}, "none": NO_INCIDENT}
)
AnswerEvent.__doc__ = "An ACLED sub-event type, or ``none`` for an article with no incident."

_SENTENCE = "Number of the sentence that says it."


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AnswerDate(_Part):
    """The main incident's date: the words that give it, its value, and their sentence.

    The words come first: code resolves them against the publication date where it can
    ("on Friday", "March 3"), which a small model gets wrong more often than not.
    """

    words: str = Field(max_length=40, description="The date as the article writes it.")
    value: str = Field(
        pattern=r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
        description="YYYY-MM-DD, or YYYY-MM / YYYY when the article is less precise.",
    )
    sentence: int = Field(ge=1, description=_SENTENCE)


class AnswerLocation(_Part):
    """Where the main incident happened."""

    country: str | None = Field(max_length=60)
    admin1: str | None = Field(max_length=60, description="State, province or region.")
    place: str | None = Field(max_length=80, description="Most specific named place.")
    sentence: int = Field(ge=1, description=_SENTENCE)


class AnswerActor(_Part):
    """A perpetrator or a target, named as the article names it."""

    name: str = Field(min_length=1, max_length=80)
    kind: ActorKind
    sentence: int = Field(ge=1, description=_SENTENCE)


class AnswerWeapon(_Part):
    """A weapon as a plain noun."""

    name: str = Field(min_length=1, max_length=40)
    sentence: int = Field(ge=1, description=_SENTENCE)


class AnswerCount(_Part):
    """A casualty figure: the lowest and highest totals the sources give."""

    min: int = Field(ge=0, le=1_000_000)
    max: int = Field(ge=0, le=1_000_000)
    sentence: int = Field(ge=1, description=_SENTENCE)


class AnswerPerson(_Part):
    """A person the article names as killed, injured, abducted or arrested."""

    name: str = Field(min_length=1, max_length=60)
    status: CasualtyStatus
    role: str | None = Field(max_length=80, description="Who they were, briefly.")
    sentence: int = Field(ge=1, description=_SENTENCE)


class AnswerClaim(_Part):
    """Who said what about the incident."""

    source: str = Field(min_length=1, max_length=80, description="The speaker.")
    says: str = Field(min_length=1, max_length=160, description="What they said, briefly.")
    sentence: int = Field(ge=1, description=_SENTENCE)


class Answer(_Part):
    """A model's reading of one article (fields in the order the model writes them)."""

    main_sentence: int = Field(
        ge=1, description="Number of the sentence that first reports the main incident."
    )
    headline: str = Field(
        min_length=5, max_length=120, description="Who did what to whom, where; neutral."
    )
    date: AnswerDate | None
    location: AnswerLocation | None
    perpetrators: list[AnswerActor] = Field(max_length=3)
    targets: list[AnswerActor] = Field(max_length=3)
    weapons: list[AnswerWeapon] = Field(max_length=3)
    killed: AnswerCount | None
    injured: AnswerCount | None
    named_casualties: list[AnswerPerson] = Field(max_length=6)
    claims: list[AnswerClaim] = Field(max_length=4)
    event: AnswerEvent = Field(description="ACLED sub-event type, or none.")
    summary: str = Field(
        min_length=10, max_length=600, description="At most 80 words, neutral, past tense."
    )

    @property
    def incident(self) -> bool:
        """False when the model chose ``none`` for the event."""
        return str(self.event.value) != NO_INCIDENT

    @property
    def sub_event_type(self) -> SubEventType | None:
        """The sub-event type, or None for an article with no incident."""
        return SubEventType(self.event.value) if self.incident else None


#: The fields of :class:`Answer`, in the order the model writes them.
ANSWER_FIELDS: tuple[str, ...] = tuple(Answer.model_fields)


@cache
def partial_answer(fields: tuple[str, ...]) -> type[BaseModel]:
    """A model with only ``fields`` of :class:`Answer` (in its order), for a re-ask."""
    unknown = set(fields) - set(ANSWER_FIELDS)
    if unknown:
        raise ValueError(f"not fields of Answer: {', '.join(sorted(unknown))}")
    chosen: dict[str, Any] = {
        name: (info.annotation, info)
        for name, info in Answer.model_fields.items()
        if name in fields
    }
    model: type[BaseModel] = create_model(
        "AnswerFix", __config__=ConfigDict(extra="forbid"), **chosen
    )
    return model
