"""The article read once: paragraphs, sentences, tokens and the spans found in them.

A :class:`Document` is built once per article. Lines above the story (letterhead, "PRESS
RELEASE", a reference number, a byline, an update stamp) are its masthead, not sentences.
Its sentences keep their offsets in the article, and each finds its spans (dates, counts, places, actor mentions and their roles,
weapons, casualty figures, attributed statements, the event cue) the first time a resolver
asks, then keeps them: no step scans the same text twice. The title, the wire dateline and
the byline are told apart from the body.

Spans found in a sentence carry offsets within that sentence (the rules read the words
around them); :meth:`Sentence.at` turns them into article offsets, and :meth:`Document.spans`
lists every span of a kind with article offsets, for evidence that marks the exact phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from summarizer.article import Article
from summarizer.engines.offline import text as text_module
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.prefilter import LiteralIndex, fold_case
from summarizer.engines.offline.scan import (
    actors as scan_actors,
)
from summarizer.engines.offline.scan import (
    casualties as scan_casualties,
)
from summarizer.engines.offline.scan import (
    cues as scan_cues,
)
from summarizer.engines.offline.scan import (
    dates as scan_dates,
)
from summarizer.engines.offline.scan import (
    gazetteer as scan_gazetteer,
)
from summarizer.engines.offline.scan import (
    genre as scan_genre,
)
from summarizer.engines.offline.scan import (
    masthead as scan_masthead,
)
from summarizer.engines.offline.scan import (
    people as scan_people,
)
from summarizer.engines.offline.scan import (
    placenames as scan_placenames,
)
from summarizer.engines.offline.scan import (
    places as scan_places,
)
from summarizer.engines.offline.scan import (
    quotes as scan_quotes,
)
from summarizer.engines.offline.scan import (
    roles as scan_roles,
)
from summarizer.engines.offline.scan import (
    weapons as scan_weapons,
)
from summarizer.schema import CasualtyStatus

__all__ = ["Document", "Paragraph", "Sentence", "Span", "Token"]

_T = TypeVar("_T")


class cached_property(Generic[_T]):
    """:func:`functools.cached_property` without its lock: Python 3.11's takes a lock at
    every first read, and a document's spans are read first some 300 times a brief (one
    document is never shared between threads)."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> _T:
        if instance is None:
            return self  # type: ignore[return-value]
        value = self.func(instance)
        instance.__dict__[self.name] = value  # read from there from now on
        return value


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark, with its offsets in the article."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Span:
    """A typed span of the article: what was found (``label``), where, and its value."""

    label: str
    start: int
    end: int
    text: str
    sentence: int
    value: Any


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A run of lines without a blank line between them."""

    index: int
    start: int
    end: int


class Sentence:
    """One sentence of a :class:`Document`; its spans are found on first use, then kept."""

    def __init__(self, doc: Document, text: str, start: int, end: int, para: int, index: int):
        self.doc = doc
        self.text = text
        self.start = start
        self.end = end
        self.paragraph = para
        self.index = index

    def __repr__(self) -> str:
        return f"Sentence({self.index}, {self.text[:40]!r})"

    def at(self, start: int, end: int) -> tuple[int, int]:
        """Article offsets of a span found at ``start:end`` in this sentence."""
        return self.start + start, self.start + end

    def spans(self, label: str) -> Iterator[Span]:
        """This sentence's spans of one kind (see :meth:`Document.spans`), article offsets."""
        text = self.doc.text
        for start, end, value in _LOCATORS[label](self):
            first, last = self.at(start, end)
            yield Span(label, first, last, text[first:last], self.index, value)

    @cached_property
    def tokens(self) -> list[Token]:
        """The article's tokens that start in the sentence, read from the start of the run
        of non-space characters it opens in (tokens hold no space: as if read from the top)."""
        text, first, last = self.doc.text, self.start, self.end
        pos = first
        while pos and not text[pos - 1].isspace():
            pos -= 1
        found = []
        for token, start, end in text_module.tokens(text, pos):
            if start >= last:
                break
            if start >= first:
                found.append(Token(token, start, end))
        return found

    @cached_property
    def folded(self) -> str:
        """The text case-folded (:func:`~.prefilter.fold_case`): what span finders check for
        the words their patterns need before running them."""
        return self.doc.literals.fold(self.text)

    @cached_property
    def body(self) -> str:
        """The text without a wire dateline (only the first sentence has one)."""
        return self.text[self.dateline_end :]

    @cached_property
    def dateline_end(self) -> int:
        """Where a leading dateline ("KUNDUZ, Afghanistan —") ends; 0 without one."""
        if self.index != 0:
            return 0
        return scan_places.dateline_end(self.text, self.doc.lexicon)

    @cached_property
    def cue(self) -> scan_cues.EventCue | None:
        return scan_cues.classify(self.text, self.doc.lexicon, self.folded)

    @cached_property
    def dates(self) -> list[scan_dates.DateMention]:
        doc = self.doc
        return scan_dates.find_dates(
            self.text, doc.lexicon, doc.anchor, doc.fallback_year, self.folded
        )

    @cached_property
    def time_cues(self) -> scan_dates.TimeCues:
        return scan_dates.time_cues(self.text, self.doc.lexicon, self.folded)

    @cached_property
    def countries(self) -> list[scan_places.CountryHit]:
        return scan_places.find_countries(self.text, self.doc.lexicon, self.folded)

    @cached_property
    def regions(self) -> list[tuple[scan_places.Region, int, int]]:
        return scan_places.find_regions(self.text, self.doc.lexicon)

    @cached_property
    def places(self) -> list[scan_places.PlaceHit]:
        return scan_placenames.find_places(self.text, self.doc.lexicon, self.folded)

    @cached_property
    def cities(self) -> list[tuple[scan_gazetteer.City, int, int]]:
        """Towns named in the sentence's :attr:`body` (offsets within the body)."""
        return scan_gazetteer.find_cities(self.body, self.doc.lexicon)

    @cached_property
    def actors(self) -> list[scan_actors.ActorMention]:
        """Named actors of the sentence; none inside a wire dateline ("OSLO (NPA) -": the
        agency's code, not the New People's Army)."""
        found = scan_actors.find_actors(self.text, self.doc.lexicon, self.folded)
        return [a for a in found if a.start >= self.dateline_end] if self.dateline_end else found

    @cached_property
    def roles(self) -> list[scan_roles.RoleMention]:
        return scan_roles.find_roles(self.text, self.doc.lexicon, self.folded)

    @cached_property
    def casualties(self) -> list[scan_casualties.CasualtyFigure]:
        return scan_casualties.find_casualties(self.text, self.doc.lexicon, self.folded)

    @cached_property
    def zero_cues(self) -> scan_casualties.ZeroCues:
        return scan_casualties.zero_cues(self.text, self.doc.lexicon, self.folded)

    @cached_property
    def weapons(self) -> list[scan_weapons.WeaponMention]:
        return scan_weapons.find_weapons(self.text, self.doc.lexicon, self.folded)

    @cached_property
    def people(self) -> list[scan_people.PersonMention]:
        return scan_people.find_people(self.text, self.doc.lexicon, self.folded)

    @cached_property
    def befell(self) -> CasualtyStatus | None:
        """What the sentence says befell the people it names (killed, injured...)."""
        return scan_people.status_of(self.text, self.doc.lexicon, self.folded)

    def claim(self, previous: str | None) -> scan_quotes.FoundClaim | None:
        """The statement this sentence attributes, ``previous`` being the last speaker
        ("..., he said")."""
        found = self._claims.get(previous, _MISSING)
        if found is _MISSING:
            found = scan_quotes.find_claim(self.text, self.doc.lexicon, previous, self.folded)
            self._claims[previous] = found
        return found  # type: ignore[return-value]

    @cached_property
    def _claims(self) -> dict[str | None, object]:
        return {}


_MISSING = object()


class Document:
    """An article, read once (module docstring)."""

    def __init__(self, article: Article, lexicon: Lexicon) -> None:
        self.article = article
        self.lexicon = lexicon
        self.text = article.text
        self.title = article.title
        self.published: date | None = article.published
        found = text_module.split_sentences(article.text)
        lines = lexicon.rules(scan_masthead.MastheadRules).lines
        top = scan_masthead.head(found, article.text, self.title is not None, lines)
        skip = top.skip
        #: The lines above the story (letterhead, reference number, byline), kept apart.
        self.masthead = top.masthead
        if top.title is not None:  # a plain-text article's first line
            self.title = top.title
        self.sentences = [
            Sentence(self, s.text, s.start, s.end, s.paragraph, i)
            for i, s in enumerate(found[skip:])
        ]

    def release(self) -> None:
        """Forget the sentences and everything found in them. A sentence points back at its
        document, so without this the two would wait for the garbage collector's next pass
        (whose cost grows with what it finds waiting); with it, they are freed at once."""
        self.__dict__.clear()

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs, as the splitter numbered its sentences."""
        spans: dict[int, tuple[int, int]] = {}
        for s in self.sentences:
            start, _ = spans.get(s.paragraph, (s.start, s.end))
            spans[s.paragraph] = (start, s.end)
        return [Paragraph(i, start, end) for i, (start, end) in spans.items()]

    @cached_property
    def folded(self) -> str:
        """The whole text case-folded. Without its literal set: the few gates asked about
        the whole text (genre, cue counts: about five an article) look for their literals
        in it at less cost than finding the article's literals would (a third of a
        millisecond); a gate gives the same answer either way."""
        return fold_case(self.text)

    @cached_property
    def genre(self) -> scan_genre.Genre | None:
        """What kind of piece the article is (opinion, a court report...), if it is one."""
        return scan_genre.detect(self.title, self.text, self.lexicon, self.folded, self.masthead)

    @cached_property
    def literals(self) -> LiteralIndex:
        return self.lexicon.literals()

    @cached_property
    def fallback_year(self) -> int | None:
        """The one year the article mentions, if exactly one: yearless dates take it."""
        return scan_dates.article_year(self.text)

    @cached_property
    def anchor(self) -> date | None:
        """The day relative dates count from: the day a release's masthead says it was issued
        if at most a week before publication ("MEDIA RELEASE 19 June 2020"), else the
        publication date, else the dateline's."""
        issued = (scan_dates.full_date(t, self.lexicon, None) for t in self.masthead)
        day = next(filter(None, issued), None)
        days = int(self.lexicon.section("dates")["background"]["release_anchor_days"])
        if day and (self.published is None or 0 <= (self.published - day).days <= days):
            return day
        if self.published is not None or not self.sentences or not self.dateline:
            return self.published
        return scan_dates.full_date(self.dateline, self.lexicon, self.fallback_year)

    @cached_property
    def dateline(self) -> str | None:
        """The wire dateline the first sentence opens with ("BAMAKO, May 14 —"), if any."""
        if not self.sentences or not self.sentences[0].dateline_end:
            return None
        return self.sentences[0].text[: self.sentences[0].dateline_end].strip(" —–-")

    @cached_property
    def issuer(self) -> tuple[str, bool] | None:
        """The institution whose masthead heads the article ("NIGERIAN AIR FORCE"), and
        whether it is a state force: who a press release is issued by."""
        section = self.lexicon.section("document")
        for text in self.masthead:
            for line in text.splitlines():
                name = " ".join(line.split()).strip(" ,.")
                lower = name.lower()
                force = any(word in lower for word in section["force_words"])
                if force or any(word in lower for word in section["issuer_words"]):
                    return (name.title() if name.isupper() else name), force
        return None

    @cached_property
    def byline(self) -> str | None:
        """A "By Jane Doe" line above the story, if any."""
        return scan_masthead.byline(self.masthead)

    def lead(self, count: int) -> list[Sentence]:
        """The first ``count`` sentences."""
        return self.sentences[:count]

    def cue(self, text: str) -> scan_cues.EventCue | None:
        """The event cue of any text of this article (the title, the lead, the whole)."""
        if text not in self._cues:
            self._cues[text] = scan_cues.classify(text, self.lexicon, self.lexicon.fold(text))
        return self._cues[text]

    @cached_property
    def _cues(self) -> dict[str, scan_cues.EventCue | None]:
        return {}

    def spans(self, label: str) -> Iterator[Span]:
        """Every span of one kind with article offsets: ``date``, ``country``, ``region``,
        ``city``, ``place``, ``actor``, ``role``, ``weapon``, ``casualty``, ``person``."""
        for sentence in self.sentences:
            yield from sentence.spans(label)


def _offset_cities(sentence: Sentence) -> list[tuple[int, int, Any]]:
    shift = sentence.dateline_end
    return [(start + shift, end + shift, city) for city, start, end in sentence.cities]


_LOCATORS: dict[str, Any] = {
    "date": lambda s: [(m.start, m.end, m) for m in s.dates],
    "country": lambda s: [(h.start, h.end, h) for h in s.countries],
    "region": lambda s: [(start, end, r) for r, start, end in s.regions],
    "city": _offset_cities,
    "place": lambda s: [(h.start, h.end, h) for h in s.places],
    "actor": lambda s: [(m.start, m.end, m) for m in s.actors],
    "role": lambda s: [(m.start, m.start + len(m.surface), m) for m in s.roles],
    "weapon": lambda s: [(m.start, m.end, m) for m in s.weapons],
    "casualty": lambda s: [(f.start, f.end, f) for f in s.casualties],
    "person": lambda s: [(p.start, p.end, p) for p in s.people],
}
