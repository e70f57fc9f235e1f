"""From a model's :class:`~summarizer.engines.answer.Answer` to the contract's brief.

Two steps, kept apart so that the engine can re-ask between them:

1. :func:`check` lists every :class:`Problem` of an answer, field by field: a sentence
   number the article does not have, a name or a casualty figure the article does not
   contain, a date in the future of the article, a headline or summary not drawn from the
   article. Each problem names the answer field to ask again for, and says why in words a
   model can act on.
2. :func:`to_draft` builds the :class:`~summarizer.schema.BriefDraft`, dropping whatever
   still has a problem (each drop returned as a :class:`~summarizer.schema.FieldNote`):
   evidence quotes are the cited sentences themselves, so they are verbatim by
   construction; ``event_type`` follows from the sub-event type; the country's ISO code is
   looked up, never asked.

:func:`merge` combines the answers of an article read in chunks: the main incident comes
from the lead chunk, later chunks only fill what it left empty and add people and claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from summarizer.engines.answer import Answer, AnswerActor, AnswerCount
from summarizer.engines.numbered import NumberedArticle, NumberedSentence
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.numbers import NUMBER, parse_number
from summarizer.engines.offline.scan.actors import find_actors
from summarizer.engines.offline.scan.dates import article_year, find_dates
from summarizer.engines.offline.scan.places import country_name, find_countries
from summarizer.grounding import content_words, drawn_from
from summarizer.schema import (
    MAX_SUMMARY_WORDS,
    SUB_EVENT_TYPES,
    Actor,
    ActorKind,
    BriefDraft,
    CasualtyRange,
    Claim,
    EventType,
    Evidence,
    FieldNote,
    Location,
    NamedCasualty,
    SubEventType,
    check_iso_date,
)

__all__ = ["Problem", "check", "cut_summary", "incident_date", "merge", "tidy", "to_draft"]

_EVENT_TYPE_OF: dict[SubEventType, EventType] = {
    sub: event for event, subs in SUB_EVENT_TYPES.items() for sub in subs
}
# Phrases by which an article says that nobody was killed or hurt (a figure of 0).
_NOBODY = re.compile(
    r"\b(?:no(?:body| one|-one)|none|no (?:casualties|deaths|injuries|fatalities|one was)|"
    r"without (?:casualties|injur))",
    re.IGNORECASE,
)
_NUMBER = re.compile(rf"(?<![\w.]){NUMBER}(?![\w])", re.IGNORECASE)
_LIST_FIELDS = ("perpetrators", "targets", "weapons", "named_casualties", "claims")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field (or one item of a list field) of an answer."""

    field: str
    message: str
    index: int | None = None

    def __str__(self) -> str:
        where = self.field if self.index is None else f"{self.field}[{self.index}]"
        return f"{where}: {self.message}"


# -- tidying ------------------------------------------------------------------------------


def tidy(answer: Answer, article: NumberedArticle) -> Answer:
    """``answer`` with the habits of small models undone before it is checked.

    A casualty figure of 0 where the article never says that nobody was hurt is how a
    small model writes "no figure": it becomes null, with no re-ask (that costs a whole
    request and teaches the model nothing).
    """
    if _ArticleFacts.of(article.text).says_nobody:
        return answer
    updates = {
        name: None
        for name in ("killed", "injured")
        if (count := getattr(answer, name)) is not None and count.max == 0
    }
    return answer.model_copy(update=updates) if updates else answer


# -- checking ----------------------------------------------------------------------------


def check(answer: Answer, article: NumberedArticle, published: date | None) -> list[Problem]:
    """Every problem of ``answer`` as a reading of ``article``."""
    facts = _ArticleFacts.of(article.text)
    problems: list[Problem] = []
    problems += _sentence_problems("main_sentence", answer.main_sentence, article)
    if not drawn_from(answer.headline, article.text):
        problems.append(
            Problem("headline", "it is not drawn from the article; use the article's own words")
        )
    if not drawn_from(answer.summary, article.text):
        problems.append(
            Problem("summary", "it is not drawn from the article; use the article's own words")
        )
    if answer.date is not None:
        problems += _date_problems(answer, article, published)
    if answer.location is not None:
        problems += _sentence_problems("location", answer.location.sentence, article)
        if answer.location.place and not facts.names(answer.location.place, strict=False):
            problems.append(
                Problem(
                    "location", f"the article does not name the place {answer.location.place!r}"
                )
            )
    for name in ("perpetrators", "targets"):
        actors: list[AnswerActor] = getattr(answer, name)
        for index, actor in enumerate(actors):
            problems += _sentence_problems(name, actor.sentence, article, index)
            if not facts.names(actor.name, strict=False):
                problems.append(Problem(name, f"the article does not name {actor.name!r}", index))
    for index, weapon in enumerate(answer.weapons):
        problems += _sentence_problems("weapons", weapon.sentence, article, index)
        if not facts.names(weapon.name, strict=False):
            problems.append(
                Problem("weapons", f"the article does not mention {weapon.name!r}", index)
            )
    for name in ("killed", "injured"):
        count: AnswerCount | None = getattr(answer, name)
        if count is not None:
            problems += _count_problems(name, count, article, facts)
    for index, person in enumerate(answer.named_casualties):
        problems += _sentence_problems("named_casualties", person.sentence, article, index)
        if not facts.names(person.name, strict=True):
            problems.append(
                Problem("named_casualties", f"the article does not name {person.name!r}", index)
            )
    for index, claim in enumerate(answer.claims):
        problems += _sentence_problems("claims", claim.sentence, article, index)
        if not facts.names(claim.source, strict=False):
            problems.append(
                Problem("claims", f"the article does not name the speaker {claim.source!r}", index)
            )
    return problems


def _sentence_problems(
    field: str, number: int, article: NumberedArticle, index: int | None = None
) -> list[Problem]:
    if article.get(number) is not None:
        return []
    return [
        Problem(field, f"there is no sentence {number} (the article has {len(article)})", index)
    ]


def incident_date(answer: Answer, article: NumberedArticle, published: date | None) -> str | None:
    """The main incident's date: the model's words resolved by code, else its own value.

    Code resolves weekdays, yearless and relative dates against the publication date (the
    offline engine's reader); the model's value stands where the words are not a date
    expression code can read.
    """
    if answer.date is None:
        return None
    fallback_year = article_year(article.text) if published is None else None
    # the offline engine's own date reader and vocabulary
    for mention in find_dates(answer.date.words, default_lexicon(), published, fallback_year):
        # a month named alone ("in late February") leaves the model's own value standing
        if mention.value and mention.kind != "m":
            return mention.value
    return answer.date.value


def _date_problems(
    answer: Answer, article: NumberedArticle, published: date | None
) -> list[Problem]:
    assert answer.date is not None
    problems = _sentence_problems("date", answer.date.sentence, article)
    value = incident_date(answer, article, published)
    assert value is not None
    try:
        check_iso_date(value)
    except ValueError as exc:
        return [*problems, Problem("date", str(exc))]
    if published is not None:
        parts = [int(p) for p in value.split("-")]
        earliest = date(
            parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
        )
        if earliest > published + timedelta(days=1):
            problems.append(
                Problem(
                    "date",
                    f"{value} is after the publication date {published.isoformat()}; "
                    "resolve weekdays and yearless dates to the past",
                )
            )
    return problems


def _count_problems(
    field: str, count: AnswerCount, article: NumberedArticle, facts: _ArticleFacts
) -> list[Problem]:
    problems = _sentence_problems(field, count.sentence, article)
    for value in sorted({count.min, count.max}):
        if value == 1:
            continue  # "killed the watchman" gives 1 with no figure written (CONTRACT.md)
        if value == 0:
            if not facts.says_nobody:
                problems.append(Problem(field, "the article does not say that nobody was"))
        elif value not in facts.numbers:
            sentence = article.get(count.sentence)
            parts = _numbers_in(sentence.text) if sentence else []
            if value != sum(parts) or len(parts) < 2:
                problems.append(
                    Problem(
                        field,
                        f"the article gives no figure {value}; use the figures it gives, "
                        "or null when it gives none",
                    )
                )
    return problems


def _numbers_in(text: str) -> list[int]:
    values = (parse_number(m.group(0)) for m in _NUMBER.finditer(text))
    return [v for v in values if v is not None]


@dataclass(frozen=True)
class _ArticleFacts:
    """What the checks look up in an article, computed once per article."""

    words: frozenset[str]
    numbers: frozenset[int]
    says_nobody: bool

    @staticmethod
    @cache
    def of(text: str) -> _ArticleFacts:
        return _ArticleFacts(
            words=frozenset(content_words(text, keep_short=True)),
            numbers=frozenset(_numbers_in(text)),
            says_nobody=bool(_NOBODY.search(text)),
        )

    def names(self, name: str, *, strict: bool) -> bool:
        """True when the article names ``name``: all of its words (``strict``) or half."""
        words = content_words(name, keep_short=True)
        if not words:
            return False
        found = sum(1 for w in words if w in self.words)
        return found == len(words) if strict else 2 * found >= len(words)


# -- merging chunks ----------------------------------------------------------------------


def merge(answers: Sequence[Answer]) -> Answer:
    """One answer from the answers to an article's chunks (the first is the lead)."""
    lead = answers[0]
    if len(answers) == 1:
        return lead
    updates: dict[str, Any] = {}
    for name in ("date", "location", "killed", "injured"):
        if getattr(lead, name) is None:
            found = (getattr(a, name) for a in answers[1:] if getattr(a, name) is not None)
            updates[name] = next(found, None)
    for name in _LIST_FIELDS:
        items = list(getattr(lead, name))
        seen = {_item_key(item) for item in items}
        for other in answers[1:]:
            for item in getattr(other, name):
                if _item_key(item) not in seen:
                    seen.add(_item_key(item))
                    items.append(item)
        updates[name] = items
    # Not validated again: merged lists may pass the per-answer limits, which bound what a
    # model writes at once, not what an article holds.
    return lead.model_copy(update=updates)


def _item_key(item: Any) -> str:
    return " ".join(content_words(str(getattr(item, "name", None) or item.source)))


# -- building the brief ------------------------------------------------------------------


def to_draft(
    answer: Answer,
    article: NumberedArticle,
    problems: Iterable[Problem] = (),
    published: date | None = None,
) -> tuple[BriefDraft, list[FieldNote]]:
    """The brief ``answer`` stands for, without anything ``problems`` name."""
    bad_items = {(p.field, p.index) for p in problems if p.index is not None}
    bad_fields = {p.field for p in problems if p.index is None}
    notes = [
        FieldNote(field=p.field, action="dropped", detail=str(p))
        for p in problems
        if p.field not in {"headline", "summary", "main_sentence"}
    ]
    main = article.get(answer.main_sentence) if "main_sentence" not in bad_fields else None
    main = main or (article.sentences[0] if article.sentences else None)
    headline = answer.headline
    if "headline" in bad_fields:
        headline = _clip_words(main.text if main else answer.headline, 120)
        notes.append(FieldNote(field="headline", action="replaced", detail="by the main sentence"))
    summary = cut_summary(answer.summary)
    if "summary" in bad_fields or not summary:
        summary = _extract_summary(article, main.number if main else 1)
        notes.append(FieldNote(field="summary", action="replaced", detail="by the lead sentences"))
    if not answer.incident:
        return BriefDraft(incident=False, headline=headline, summary=summary), []

    evidence = _Evidence(article)
    sub_event = answer.sub_event_type
    assert sub_event is not None
    if main is not None:
        evidence.add("event_type", main.number)
        evidence.add("sub_event_type", main.number)
    fields: dict[str, Any] = {}
    if answer.date is not None and "date" not in bad_fields:
        fields["date"] = incident_date(answer, article, published)
        evidence.add("date", answer.date.sentence, answer.date.words)
    if answer.location is not None and "location" not in bad_fields:
        location = _location(answer.location.country, answer.location.admin1, answer.location.place)
        if not location.is_empty():
            fields["location"] = location
            where = answer.location
            evidence.add("location", where.sentence, where.place, where.admin1, where.country)
    for name in ("perpetrators", "targets"):
        actors = [a for i, a in enumerate(getattr(answer, name)) if (name, i) not in bad_items]
        fields[name] = _unique(_canonical_actor(a.name, a.kind) for a in actors)
        for actor in actors:
            evidence.add(name, actor.sentence, actor.name)
    weapons = [w for i, w in enumerate(answer.weapons) if ("weapons", i) not in bad_items]
    fields["weapons"] = [w.name for w in weapons]
    for weapon in weapons:
        evidence.add("weapons", weapon.sentence, weapon.name)
    for name in ("killed", "injured"):
        count: AnswerCount | None = getattr(answer, name)
        if count is not None and name not in bad_fields:
            low, high = sorted((count.min, count.max))
            fields[name] = CasualtyRange(min=low, max=high)
            evidence.add(name, count.sentence)
    people = [
        p for i, p in enumerate(answer.named_casualties) if ("named_casualties", i) not in bad_items
    ]
    cased = any(s.text != s.text.lower() for s in article.sentences)
    unnamed = [p for p in people if cased and not _has_a_capital(p.name)]
    notes += [
        FieldNote(field="named_casualties", action="dropped", detail=f"{p.name!r} names no one")
        for p in unnamed
    ]
    people = [p for p in people if p not in unnamed]
    fields["named_casualties"] = _unique(
        NamedCasualty(name=p.name, status=p.status, description=p.role or None) for p in people
    )
    for person in people:
        evidence.add("named_casualties", person.sentence, person.name)
    claims = [c for i, c in enumerate(answer.claims) if ("claims", i) not in bad_items]
    fields["claims"] = _unique(
        Claim(
            source=c.source,
            says=c.says,
            quote=evidence.quote(c.sentence),
            start=evidence.sentence(c.sentence).start,
            end=evidence.sentence(c.sentence).end,
        )
        for c in claims
    )
    draft = BriefDraft(
        incident=True,
        headline=headline,
        summary=summary,
        event_type=_EVENT_TYPE_OF[sub_event],
        sub_event_type=sub_event,
        evidence=evidence.items,
        **fields,
    )
    return draft, notes


class _Evidence:
    """Evidence entries, one per (field, sentence), each quoting the whole sentence.

    Where the value's own words stand verbatim in the sentence (a name, "on Friday"), the
    entry marks them as its phrase, so a viewer can highlight exactly where it came from.
    """

    def __init__(self, article: NumberedArticle) -> None:
        self.article = article
        self.items: list[Evidence] = []
        self._seen: set[tuple[str, int]] = set()

    def sentence(self, number: int) -> NumberedSentence:
        sentence = self.article.get(number)
        assert sentence is not None, "checked sentence numbers only"
        return sentence

    def quote(self, number: int) -> str:
        return self.sentence(number).text

    def add(self, field: str, number: int, *phrases: str | None) -> None:
        if (field, number) in self._seen:
            return
        self._seen.add((field, number))
        sentence = self.sentence(number)
        marks: dict[str, Any] = {}
        for phrase in phrases:
            at = sentence.text.find(phrase) if phrase else -1
            if phrase and at >= 0:
                start = sentence.start + at
                marks = {"phrase": phrase, "phrase_start": start, "phrase_end": start + len(phrase)}
                break
        self.items.append(
            Evidence(
                field=field, quote=sentence.text, start=sentence.start, end=sentence.end, **marks
            )
        )


def _location(country: str | None, admin1: str | None, place: str | None) -> Location:
    code = None
    if country:
        hits = find_countries(country, default_lexicon())
        code = hits[0].code if hits else None
    return Location(
        country=country_name(code, default_lexicon()) if code else None,
        country_code=code,
        admin1=admin1 or None,
        place=place or None,
    )


def _unique(items: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    keys: set[str] = set()
    for item in items:
        key = _item_key(item)
        if key not in keys:
            keys.add(key)
            out.append(item)
    return out


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")


def _canonical_actor(name: str, kind: ActorKind) -> Actor:
    """The actor under the name the offline engine's actor lexicon gives it, when the
    model's words name exactly one known actor ("remnants of Daesh" is the Islamic State,
    "Israeli artillery" Israel's forces); else the model's own words."""
    known = {(m.name, m.kind) for m in find_actors(name, default_lexicon())}
    if len(known) == 1:
        [(canonical, canonical_kind)] = known
        return Actor(name=canonical, kind=canonical_kind)
    return Actor(name=name, kind=kind)


def _has_a_capital(name: str) -> bool:
    """A named casualty is a person the article names: a capitalised word in the name
    ("Amina Bello", "al-Hassan Ould"), not "villagers" or "a police officer" (small models
    list those too). Asked only of an article with capitals at all."""
    return any(word[:1].isupper() for word in name.split())


def cut_summary(text: str, max_words: int = MAX_SUMMARY_WORDS) -> str:
    """``text`` without a cut-off last sentence, and at most ``max_words`` words.

    A summary that a length limit cut mid-sentence ends at its last full sentence; one
    over ``max_words`` is cut at the last sentence end within the limit (or, with no
    sentence end there, at the limit). A sentence the model already wrote is left out: a
    small model that starts to loop is cut where the loop began (the repetition guard
    beside the schema's ``maxLength`` and the request's ``max_tokens``).
    """
    text = " ".join(text.split())
    if not text:
        return text
    text = _before_a_repeat(text)
    if text[-1] not in ".!?\"'”’)" and re.search(r"[.!?]", text[:-1]):
        pieces = _SENTENCE_END.split(text)
        text = " ".join(pieces[:-1]) if len(pieces) > 1 else text
    words = text.split()
    if len(words) <= max_words:
        return text
    clipped = " ".join(words[:max_words])
    ends = [m.start() for m in re.finditer(r"[.!?](?=[\"'”’)]*$|[\"'”’)]*\s)", clipped)]
    return clipped[: ends[-1] + 1] if ends else clipped


def _before_a_repeat(text: str) -> str:
    """``text`` up to the first sentence that repeats an earlier one (all of it if none)."""
    seen: set[str] = set()
    start = 0
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = text[start:end].strip(" \"'”’)").casefold()
        if sentence in seen:
            return text[:start].rstrip()
        seen.add(sentence)
        start = end
    return text


def _extract_summary(article: NumberedArticle, first: int, max_words: int = 80) -> str:
    words: list[str] = []
    for sentence in article.sentences[first - 1 :]:
        more = sentence.text.split()
        if words and len(words) + len(more) > max_words:
            break
        words += more
    return " ".join(words[:MAX_SUMMARY_WORDS]) or article.text[:200]


def _clip_words(text: str, width: int) -> str:
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    return text[: width - 1].rsplit(" ", 1)[0] + "…"
