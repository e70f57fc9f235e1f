"""The incident brief: field names, enums and validation rules of ``CONTRACT.md`` §1.

Two models share one set of fields and validators:

- :class:`BriefDraft` is what an engine produces and what the LLM is asked to fill
  (its field descriptions are written for the model: with instructor the schema is half
  the prompt);
- :class:`IncidentBrief` is a draft plus :class:`Provenance`, which the project fills in,
  never the model.

Validation needs the article to check quotes. Pass it as validation context:
``IncidentBrief.model_validate(data, context={"article": text})``, or validate inside
``with grounding_article(text):`` (what the LLM engine does around instructor's call, so
that instructor needs no ``context=``). An explicit context wins. Without an article from
either, quotes are not checked (a brief loaded from disk can still be read).

Validated against its article, every evidence and claim quote is *aligned*
(:mod:`summarizer.alignment`): its ``start``/``end`` offsets into the article are filled (or
checked, when the engine gave them), ``alignment`` says ``exact`` or ``fuzzy``, and a fuzzy
quote is replaced by the article's own text of its span; a quote that aligns nowhere fails
validation. Evidence may also point at the exact ``phrase`` inside its quote that the value
came from ("on Thursday morning" for the date), by text or by ``phrase_start``/``phrase_end``.
These fields are the project's, not the model's: they are left out of the JSON schema the
LLM is shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date as _date
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from summarizer.alignment import (
    Alignment,
    Span,
    align_quote,
    closest_passage,
    locate_phrase,
    same_text,
)
from summarizer.article import one_line
from summarizer.countries import ALPHA_2
from summarizer.grounding import content_words, drawn_from

__all__ = [
    "SCHEMA_VERSION",
    "SUB_EVENT_TYPES",
    "Actor",
    "ActorKind",
    "Alignment",
    "BriefDraft",
    "CasualtyRange",
    "CasualtyStatus",
    "Claim",
    "EventType",
    "Evidence",
    "FieldNote",
    "IncidentBrief",
    "Location",
    "NamedCasualty",
    "PromptRef",
    "Provenance",
    "RelatedIncident",
    "SubEventType",
    "Usage",
    "check_iso_date",
    "grounding_article",
]

#: Bumped whenever a change to the schema changes what a valid brief is (cache keys use it).
#: 2: quotes carry ``start``/``end``/``alignment``, evidence an optional ``phrase`` span.
#: Briefs of version 1 still load (the new fields are optional).
SCHEMA_VERSION = "2"


class EventType(StrEnum):
    """ACLED event type of the main incident."""

    battles = "battles"
    explosions_remote_violence = "explosions_remote_violence"
    violence_against_civilians = "violence_against_civilians"
    protests = "protests"
    riots = "riots"
    strategic_developments = "strategic_developments"


class SubEventType(StrEnum):
    """ACLED sub-event type; each belongs to exactly one :class:`EventType`."""

    armed_clash = "armed_clash"
    government_regains_territory = "government_regains_territory"
    non_state_actor_overtakes_territory = "non_state_actor_overtakes_territory"
    chemical_weapon = "chemical_weapon"
    air_drone_strike = "air_drone_strike"
    suicide_bomb = "suicide_bomb"
    shelling_artillery_missile_attack = "shelling_artillery_missile_attack"
    remote_explosive_landmine_ied = "remote_explosive_landmine_ied"
    grenade = "grenade"
    sexual_violence = "sexual_violence"
    attack = "attack"
    abduction_forced_disappearance = "abduction_forced_disappearance"
    peaceful_protest = "peaceful_protest"
    protest_with_intervention = "protest_with_intervention"
    excessive_force_against_protesters = "excessive_force_against_protesters"
    violent_demonstration = "violent_demonstration"
    mob_violence = "mob_violence"
    agreement = "agreement"
    arrests = "arrests"
    change_to_group_activity = "change_to_group_activity"
    disrupted_weapons_use = "disrupted_weapons_use"
    headquarters_or_base_established = "headquarters_or_base_established"
    looting_property_destruction = "looting_property_destruction"
    non_violent_transfer_of_territory = "non_violent_transfer_of_territory"
    other = "other"


_S = SubEventType
SUB_EVENT_TYPES: dict[EventType, frozenset[SubEventType]] = {
    EventType.battles: frozenset(
        {_S.armed_clash, _S.government_regains_territory, _S.non_state_actor_overtakes_territory}
    ),
    EventType.explosions_remote_violence: frozenset(
        {
            _S.chemical_weapon,
            _S.air_drone_strike,
            _S.suicide_bomb,
            _S.shelling_artillery_missile_attack,
            _S.remote_explosive_landmine_ied,
            _S.grenade,
        }
    ),
    EventType.violence_against_civilians: frozenset(
        {_S.sexual_violence, _S.attack, _S.abduction_forced_disappearance}
    ),
    EventType.protests: frozenset(
        {_S.peaceful_protest, _S.protest_with_intervention, _S.excessive_force_against_protesters}
    ),
    EventType.riots: frozenset({_S.violent_demonstration, _S.mob_violence}),
    EventType.strategic_developments: frozenset(
        {
            _S.agreement,
            _S.arrests,
            _S.change_to_group_activity,
            _S.disrupted_weapons_use,
            _S.headquarters_or_base_established,
            _S.looting_property_destruction,
            _S.non_violent_transfer_of_territory,
            _S.other,
        }
    ),
}

#: Codes outside ISO 3166-1 in wide use, accepted as ``country_code``: Kosovo's ``XK``
#: (user-assigned; GeoNames, the EU and the IMF use it, and ISO has no code for Kosovo).
USER_ASSIGNED_CODES: dict[str, str] = {"XK": "Kosovo"}

#: Words a headline or summary may use whatever the article's wording (stemmed): the event
#: taxonomy's ("Attack on civilians" names the sub-event) and those that describe an article
#: rather than its story ("The article is a sports report and reports no violent or
#: security incident"). Neither is a placeholder.
_BRIEF_WORDS = frozenset(
    content_words(" ".join(str(v).replace("_", " ") for v in (*EventType, *SubEventType)))
    + content_words(
        "article piece report reported incident violent security feature opinion analysis "
        "statistical court press release live blog obituary review sports business markets "
        "accident disaster politics"
    )
)


def drawn_from_article(text: str, article: str) -> bool:
    """True when a headline or summary ``text`` passes the brief's check that it is drawn
    from ``article`` (enough of its content words are the article's or the taxonomy's), so
    an engine can test a line it composed before it builds the brief."""
    return drawn_from(text, article, vocabulary=_BRIEF_WORDS)


class ActorKind(StrEnum):
    """What sort of actor a perpetrator or target is."""

    state_forces = "state_forces"
    rebel_group = "rebel_group"
    militia = "militia"
    terrorist_group = "terrorist_group"
    criminal_group = "criminal_group"
    civilians = "civilians"
    unknown = "unknown"


class CasualtyStatus(StrEnum):
    """What happened to a named person."""

    killed = "killed"
    injured = "injured"
    abducted = "abducted"
    arrested = "arrested"


_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_iso_date(value: str) -> str:
    """Validate ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real calendar date."""
    match = _ISO_DATE.match(value)
    if not match:
        raise ValueError(f"date {value!r} is not ISO YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        _date(year, month or 1, day or 1)
    except ValueError as exc:
        raise ValueError(f"date {value!r} is not a real date: {exc}") from None
    return value


# Text fields that say something in the brief's own words (not quotes, which are verbatim
# spans of the article and must stay so): each is one line, see _Model._one_line.
_PROSE_FIELDS = (
    "headline",
    "summary",
    "name",
    "description",
    "source",
    "says",
    "country",
    "admin1",
    "place",
    "weapons",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator(*_PROSE_FIELDS, mode="before", check_fields=False)
    @classmethod
    def _one_line(cls, value: Any) -> Any:
        # No control character (NUL, escape...) and no line break reaches a headline,
        # summary, name or description, whatever the article or the model held.
        if isinstance(value, str):
            return one_line(value)
        if isinstance(value, list):
            return [one_line(item) if isinstance(item, str) else item for item in value]
        return value


class Actor(_Model):
    """A party to the incident."""

    name: str = Field(
        min_length=1,
        description="The actor's name as the article gives it, e.g. 'Kataib Hezbollah', "
        "'U.S. military', 'unidentified gunmen'.",
    )
    kind: ActorKind = Field(
        description="state_forces (army, police, a government's military), rebel_group, "
        "militia, terrorist_group, criminal_group (gangs, cartels), civilians, or unknown."
    )


class CasualtyRange(_Model):
    """A casualty figure as the span of the totals that sources give."""

    min: int = Field(ge=0, description="Lowest total any source gives.")
    max: int = Field(ge=0, description="Highest total any source gives.")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.min > self.max:
            raise ValueError(f"casualty range min {self.min} is greater than max {self.max}")
        return self


class Location(_Model):
    """Where the main incident happened; unknown parts are null."""

    country: str | None = Field(
        default=None,
        description="English short name of the country, e.g. 'Iraq'. Null at sea unless "
        "the article places it in a country's waters.",
    )
    country_code: str | None = Field(
        default=None, description="ISO 3166-1 alpha-2 code of the country, e.g. 'IQ'."
    )
    admin1: str | None = Field(
        default=None,
        description="First-level region: state, province or governorate, e.g. 'Baghdad'.",
    )
    place: str | None = Field(
        default=None,
        description="Most specific named place: town, district, neighbourhood, base or sea "
        "area, e.g. 'Mashtal'.",
    )

    @field_validator("country_code")
    @classmethod
    def _real_country_code(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = value.upper()
        if code in USER_ASSIGNED_CODES:
            return code
        if code not in ALPHA_2:
            raise ValueError(f"country_code {value!r} is not an ISO 3166-1 alpha-2 code")
        return code

    def is_empty(self) -> bool:
        """True when no part of the location is known."""
        return not any((self.country, self.country_code, self.admin1, self.place))


class NamedCasualty(_Model):
    """A person the article names as killed, injured, abducted or arrested."""

    name: str = Field(min_length=1, description="The person's name as written in the article.")
    status: CasualtyStatus
    description: str | None = Field(
        default=None, description="Who they were, e.g. 'commander of the group's Syria operations'."
    )


# Offsets into the article (code points, as Python slices it), filled by alignment when a
# brief is validated against its article; hidden from the model's schema (SkipJsonSchema).
_Offset = SkipJsonSchema[int | None]
_START = "Offset in the article of the quote's first character; article[start:end] == quote."
_END = "Offset in the article just past the quote's last character."
_ALIGNMENT = "exact: the quote is a literal span of the article; fuzzy: it differed only in "
_ALIGNMENT += "spacing, quote marks, dashes, case or an ellipsis and was replaced by the span."


def _offset_problem(start: int | None, end: int | None, what: str) -> str | None:
    if (start is None) != (end is None):
        return f"{what}: give both start and end, or neither"
    if start is not None and end is not None and start >= end:
        return f"{what}: start {start} must be less than end {end}"
    return None


class Claim(_Model):
    """Who said what about the incident. Conflicting claims are all kept."""

    source: str = Field(
        min_length=1, description="The speaker as the article names it, e.g. 'militia officials'."
    )
    says: str = Field(min_length=1, description="What they said, briefly, in neutral words.")
    quote: str = Field(
        min_length=1,
        description="A verbatim span of the article (copied exactly) where the claim is made.",
    )
    start: _Offset = Field(default=None, ge=0, description=_START)
    end: _Offset = Field(default=None, ge=0, description=_END)
    alignment: SkipJsonSchema[Alignment | None] = Field(default=None, description=_ALIGNMENT)

    @model_validator(mode="after")
    def _offsets(self) -> Self:
        problem = _offset_problem(self.start, self.end, f"claim by {self.source}")
        if problem:
            raise ValueError(problem)
        return self


class RelatedIncident(_Model):
    """Another incident the article mentions as context."""

    date: str | None = Field(default=None, description="ISO date, as precise as the text allows.")
    event_type: EventType | None = None
    place: str | None = None
    description: str = Field(min_length=1, description="One neutral line on what happened.")

    @field_validator("date")
    @classmethod
    def _iso(cls, value: str | None) -> str | None:
        return None if value is None else check_iso_date(value)


class Evidence(_Model):
    """A verbatim span of the article that supports one filled field of the brief."""

    field: str = Field(
        min_length=1,
        description="The brief field this quote supports, e.g. 'date', 'location', 'killed', "
        "'perpetrators'.",
    )
    quote: str = Field(
        min_length=1,
        description="A verbatim span of the article, copied exactly, a sentence or less.",
    )
    start: _Offset = Field(default=None, ge=0, description=_START)
    end: _Offset = Field(default=None, ge=0, description=_END)
    alignment: SkipJsonSchema[Alignment | None] = Field(default=None, description=_ALIGNMENT)
    phrase: SkipJsonSchema[str | None] = Field(
        default=None,
        min_length=1,
        description="The exact words inside the quote that the value came from, e.g. 'on "
        "Thursday morning' for the date, 'four soldiers' for killed. Optional.",
    )
    phrase_start: _Offset = Field(
        default=None, ge=0, description="Offset in the article of the phrase's first character."
    )
    phrase_end: _Offset = Field(
        default=None, ge=0, description="Offset in the article just past the phrase."
    )

    @model_validator(mode="after")
    def _offsets(self) -> Self:
        where = f"evidence for {self.field}"
        problem = _offset_problem(self.start, self.end, where) or _offset_problem(
            self.phrase_start, self.phrase_end, f"{where}: phrase"
        )
        if problem:
            raise ValueError(problem)
        return self


class Usage(_Model):
    """Tokens and requests spent on one brief, summed over every attempt."""

    input_tokens: int = 0
    output_tokens: int = 0
    requests: int = 0


class PromptRef(_Model):
    """Which prompt template produced a brief."""

    name: str
    hash: str = Field(description="SHA-256 (first 16 hex digits) of the template files.")


class FieldNote(_Model):
    """What an engine did to one field that a reader of the brief should know.

    - ``dropped``: the model's value was left out, still unsupported after the re-asks;
    - ``replaced``: the model's text was replaced by the article's own (a headline or
      summary that was not drawn from the article);
    - ``filled``: an empty field was filled from another engine's grounded value (hybrid);
    - ``disagrees``: two engines read the field differently; ``detail`` gives both.
    """

    field: str
    action: Literal["dropped", "replaced", "filled", "disagrees"]
    detail: str


class Provenance(_Model):
    """Enough to reproduce or audit a brief. Filled by the project, never by the model."""

    engine: str
    model: str | None = None
    prompt: PromptRef | None = None
    created_at: datetime
    usage: Usage | None = None
    schema_version: str = SCHEMA_VERSION
    notes: list[FieldNote] = Field(default_factory=list)


# Fact fields: empty when ``incident`` is false, and each needs evidence when filled.
_FACT_FIELDS = (
    "event_type",
    "date",
    "location",
    "perpetrators",
    "targets",
    "weapons",
    "killed",
    "injured",
    "named_casualties",
)
_EMPTY_WHEN_NO_INCIDENT = (
    *_FACT_FIELDS,
    "sub_event_type",
    "claims",
    "related_incidents",
    "evidence",
)
_KNOWN_EVIDENCE_FIELDS = frozenset(
    {*_FACT_FIELDS, "sub_event_type", "incident", "claims", "related_incidents", "summary"}
)
_WORD = re.compile(r"\S+")
MAX_SUMMARY_WORDS = 100


class BriefDraft(_Model):
    """An incident brief as an engine produces it, before provenance is attached.

    Every fact must be supported by at least one ``evidence`` entry whose ``quote`` is a
    verbatim span of the article.
    """

    incident: bool = Field(
        description="True when the article reports a concrete violent or security incident. "
        "False for op-eds, market reports, sports, speeches; then every fact field is empty "
        "and the summary says what the article is."
    )
    headline: str = Field(
        min_length=1,
        max_length=120,
        description="One neutral line, at most 120 characters: who did what to whom, where.",
    )
    summary: str = Field(
        min_length=1,
        description="At most 100 words, neutral, past tense. Attribute contested facts and "
        "casualty figures to their sources ('militia officials said...').",
    )
    event_type: EventType | None = Field(
        default=None,
        description="ACLED event type of the main incident; null when incident is false.",
    )
    sub_event_type: SubEventType | None = Field(
        default=None, description="ACLED sub-event type; must belong to event_type."
    )
    date: str | None = Field(
        default=None,
        description="Date of the main incident: YYYY-MM-DD, YYYY-MM or YYYY, only as precise as "
        "the text. Resolve yearless and relative dates against the publication date.",
    )
    location: Location = Field(default_factory=Location)
    perpetrators: list[Actor] = Field(
        default_factory=list,
        description="Who carried out the incident or is accused of it by a source. Empty when "
        "the article names nobody; never guessed from outside knowledge.",
    )
    targets: list[Actor] = Field(
        default_factory=list, description="Who or what was attacked: group, institution, facility."
    )
    weapons: list[str] = Field(
        default_factory=list,
        description="Plain lowercase nouns: 'drone', 'rocket', 'car bomb', 'rifle'.",
    )
    killed: CasualtyRange | None = Field(
        default=None,
        description="Deaths in the main incident as the span of totals sources give. Null when "
        "no figure is given ('several', 'lost their lives'). 'At least N' counts as N.",
    )
    injured: CasualtyRange | None = Field(
        default=None, description="Wounded in the main incident; same rules as killed."
    )
    named_casualties: list[NamedCasualty] = Field(default_factory=list)
    claims: list[Claim] = Field(
        default_factory=list,
        description="Who said what about the incident, each with a verbatim quote. Keep all "
        "conflicting claims.",
    )
    related_incidents: list[RelatedIncident] = Field(
        default_factory=list, description="Other incidents the article mentions as context."
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="For every filled fact field, at least one verbatim quote of the article "
        "that supports it.",
    )

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        return None if value is None else check_iso_date(value)

    @field_validator("summary")
    @classmethod
    def _summary_length(cls, value: str) -> str:
        words = len(_WORD.findall(value))
        if words > MAX_SUMMARY_WORDS:
            raise ValueError(f"summary has {words} words; at most {MAX_SUMMARY_WORDS} are allowed")
        return value

    @field_validator("weapons")
    @classmethod
    def _weapon_nouns(cls, value: list[str]) -> list[str]:
        cleaned: list[str] = []
        for weapon in value:
            noun = weapon.strip().lower()
            if noun and noun not in cleaned:
                cleaned.append(noun)
        return cleaned

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Self:
        problems: list[str] = []
        if self.incident:
            problems += self._event_type_problems()
            problems += self._evidence_coverage_problems()
        else:
            filled = [name for name in _EMPTY_WHEN_NO_INCIDENT if _is_filled(getattr(self, name))]
            if filled:
                problems.append(
                    "incident is false, so these fields must be empty: " + ", ".join(filled)
                )
        for item in self.evidence:
            root = item.field.split(".", 1)[0].split("[", 1)[0]
            if root not in _KNOWN_EVIDENCE_FIELDS:
                problems.append(f"evidence names unknown field {item.field!r}")
        article = _article_from(info)
        if article is not None:
            problems += self._alignment_problems(article)
            title = info.context.get("title") if isinstance(info.context, dict) else None
            # a headline may come from the article's title, which is not in its text
            problems += self._drawn_from_problems(f"{title}\n{article}" if title else article)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def _event_type_problems(self) -> list[str]:
        if self.event_type is None or self.sub_event_type is None:
            return ["incident is true, so event_type and sub_event_type are required"]
        if self.sub_event_type not in SUB_EVENT_TYPES[self.event_type]:
            allowed = ", ".join(sorted(SUB_EVENT_TYPES[self.event_type]))
            return [
                f"sub_event_type {self.sub_event_type.value!r} does not belong to event_type "
                f"{self.event_type.value!r} (allowed: {allowed})"
            ]
        return []

    def _evidence_coverage_problems(self) -> list[str]:
        covered = {item.field.split(".", 1)[0].split("[", 1)[0] for item in self.evidence}
        if "sub_event_type" in covered:
            covered.add("event_type")
        missing = [
            name for name in _FACT_FIELDS if _is_filled(getattr(self, name)) and name not in covered
        ]
        if missing:
            return ["no evidence quote supports these filled fields: " + ", ".join(missing)]
        return []

    def _alignment_problems(self, article: str) -> list[str]:
        """Align every quote to ``article`` (filling offsets); what could not be aligned."""
        problems: list[str] = []
        for item in self.evidence:
            where = f"evidence for {item.field}"
            near = None
            if item.phrase_start is not None and item.phrase_end is not None:
                near = (item.phrase_start, item.phrase_end)
            if _align(item, article, where, problems, near):
                problems += _phrase_problems(item, article, where)
        for claim in self.claims:
            _align(claim, article, f"claim by {claim.source}", problems, None)
        return problems

    def _drawn_from_problems(self, article: str) -> list[str]:
        # A placeholder ("title_text_field_1") or a text about another article fails here;
        # the taxonomy's words and those describing an article are allowed (_BRIEF_WORDS).
        return [
            f"{name} {_clip(text)!r} is not drawn from the article (too few of its words are in it)"
            for name, text in (("headline", self.headline), ("summary", self.summary))
            if not drawn_from_article(text, article)
        ]


class IncidentBrief(BriefDraft):
    """A validated, source-grounded incident brief (``CONTRACT.md`` §1)."""

    provenance: Provenance

    @classmethod
    def from_draft(
        cls, draft: BriefDraft, provenance: Provenance, article: str, title: str | None = None
    ) -> IncidentBrief:
        """Attach provenance to ``draft``, validating everything again against ``article``
        (and its ``title``, which a headline may draw on)."""
        data: dict[str, Any] = draft.model_dump(mode="json")
        data["provenance"] = provenance.model_dump(mode="json")
        return cls.model_validate(data, context={"article": article, "title": title})


def _given_span(item: Evidence | Claim, article: str) -> Span | None:
    """The engine's own offsets for ``item``, when they hold its quote."""
    start, end = item.start, item.end
    if start is None or end is None or end > len(article):
        return None
    text = article[start:end]
    if text == item.quote:
        return Span(start, end, item.alignment or Alignment.exact)
    return Span(start, end, Alignment.fuzzy) if same_text(text, item.quote) else None


def _align(
    item: Evidence | Claim,
    article: str,
    where: str,
    problems: list[str],
    near: tuple[int, int] | None,
) -> bool:
    """Fill ``item``'s span (its quote becomes the article's text); False when none is found."""
    span = _given_span(item, article) or align_quote(item.quote, article, near=near)
    if span is None:
        closest = closest_passage(item.quote, article)
        hint = f" (closest passage: {_clip(closest)!r})" if closest else ""
        problems.append(
            f"{where}: quote {_clip(item.quote)!r} is not a verbatim span of the article{hint}"
        )
        return False
    item.quote = article[span.start : span.end]
    item.start, item.end, item.alignment = span.start, span.end, span.alignment
    return True


def _phrase_problems(item: Evidence, article: str, where: str) -> list[str]:
    """Fill or check the phrase span inside ``item``'s (aligned) quote."""
    assert item.start is not None and item.end is not None
    start, end = item.phrase_start, item.phrase_end
    if start is not None and end is not None:
        inside = item.start <= start and end <= item.end
        if inside and (item.phrase is None or _same_phrase(article[start:end], item.phrase)):
            item.phrase = article[start:end]
            return []
        if item.phrase is None:
            return [f"{where}: phrase offsets {start}-{end} are not inside its quote"]
    if item.phrase is None:
        return []
    found = locate_phrase(item.phrase, article, item.start, item.end)
    if found is None:
        return [f"{where}: phrase {_clip(item.phrase)!r} is not inside its quote"]
    item.phrase_start, item.phrase_end = found
    item.phrase = article[found[0] : found[1]]
    return []


def _same_phrase(text: str, phrase: str) -> bool:
    """``same_text(text, phrase)``, without reading either when they are equal (an engine's
    own phrase span mostly is: each reading costs a pass over both)."""
    if text == phrase:
        return bool(text.strip())
    return same_text(text, phrase)


def _is_filled(value: object) -> bool:
    if isinstance(value, Location):
        return not value.is_empty()
    if isinstance(value, list):
        return bool(value)
    return value is not None


# The article that validation without an explicit context checks quotes against. A context
# variable, so each thread and each asyncio task (which runs in a copy of the context it
# was created in) sees only the article it set: concurrent briefs never see each other's.
_GROUNDING_ARTICLE: ContextVar[str | None] = ContextVar("grounding_article", default=None)


@contextmanager
def grounding_article(article: str) -> Iterator[None]:
    """Check quotes against ``article`` in validations (without a context) inside the block.

    Scoped to the current thread or asyncio task; the previous value is restored on exit.
    """
    token = _GROUNDING_ARTICLE.set(article)
    try:
        yield
    finally:
        _GROUNDING_ARTICLE.reset(token)


def _article_from(info: ValidationInfo) -> str | None:
    context = info.context
    if isinstance(context, dict):
        article = context.get("article")
        if isinstance(article, str):
            return article
    return _GROUNDING_ARTICLE.get()


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
