"""What kind of piece an article is (``data/genres.toml``): opinion, statistics, a court
report, a press release, a live blog, an obituary, a review, sports, business, an accident.

A genre scores ``title_weight`` (its own, else the file's) when one of its title cues fits the title
or one of its ``rubric`` cues fits a whole masthead line above the story (a section label
on a line of its own: "OPINION", "NEWS RELEASE", "... — AS IT HAPPENED"), plus one for
each different word of its body cues the text has (the text is read once for every
genre's cues); the best genre reaching its threshold is the article's. Its policy says what the genre means for the incident (see the data file); its ``none_when`` cues, found in the title or the
lead, say the piece reports no incident whatever its policy (an obituary of a death from
illness); an event type in its ``waived_by`` that the title or lead cues sets the genre
aside (a politics piece that leads on a march is a protest report).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation, cue_source
from summarizer.engines.offline.patternstore import compiled
from summarizer.engines.offline.prefilter import Gated

__all__ = ["Genre", "GenreRules", "Summary", "detect", "label", "piece"]


@dataclass(frozen=True)
class Genre:
    """A genre found in an article, with its score."""

    name: str
    label: str
    policy: str
    score: int
    none_when: Gated | None = None
    waived_by: frozenset[str] = frozenset()
    #: Event types that set the genre aside only when the lead's cue tells how the harm
    #: was done ("set it on fire"), not a bare "killed" (an accident's dead).
    waived_by_told: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Summary:
    """How a piece of a genre is summarised when it reports no incident: sentences with a
    ``cues`` word weigh ``weight`` times more; with ``conclusion`` the closing sentences
    weigh like the opening ones (an op-ed's case is made at its end); without ``figures``
    a figure adds no weight."""

    cues: re.Pattern[str] | None = None
    weight: float = 1.0
    conclusion: bool = False
    figures: bool = True


@dataclass(frozen=True)
class _Kind:
    name: str
    label: str
    policy: str
    threshold: int
    title: Gated | None
    rubric: re.Pattern[str] | None  # a masthead line, whole
    words: re.Pattern[str]  # a body cue, whole
    summary: Summary
    none_when: Gated | None
    title_weight: int
    waived_by: frozenset[str]
    waived_by_told: frozenset[str]


class GenreRules:
    """One lexicon's genres, compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("genres")
        self.title_weight = int(section["title_weight"])
        self.kinds = [
            _Kind(
                kind["name"],
                kind["label"],
                kind["policy"],
                int(kind["threshold"]),
                Gated(cue_source(kind["title"]), re.IGNORECASE) if kind.get("title") else None,
                compiled(rf"\W*{alternation(kind['rubric'])}\W*", re.IGNORECASE)
                if kind.get("rubric")
                else None,
                compiled(alternation(kind["cues"]), re.IGNORECASE),
                _summary(kind.get("summary", {})),
                Gated(cue_source(kind["none_when"]), re.IGNORECASE)
                if kind.get("none_when")
                else None,
                int(kind.get("title_weight", self.title_weight)),
                frozenset(kind.get("waived_by", ())),
                frozenset(kind.get("waived_by_told", ())),
            )
            for kind in section["kinds"]
        ]
        # every genre's body cues in one pattern: the text is read once, and each word
        # found is then credited to the genres whose cues it is
        cues = [cue for kind in section["kinds"] for cue in kind["cues"]]
        # cues with a flag of their own apart, so the rest run fast on the folded text
        flagged = [c for c in cues if "(?" in c and ("(?-i:" in c or "(?m:" in c)]
        plain = [c for c in cues if c not in flagged]
        self.body = [Gated(cue_source(group), re.IGNORECASE) for group in (plain, flagged) if group]


def _summary(section: dict[str, object]) -> Summary:
    cues = section.get("cues")
    return Summary(
        compiled(rf"\b{alternation(cues)}", re.IGNORECASE) if isinstance(cues, list) else None,
        float(section.get("weight", 1.0)),  # type: ignore[arg-type]
        bool(section.get("conclusion", False)),
        bool(section.get("figures", True)),
    )


def _scores(
    title: str | None, text: str, folded: str, lexicon: Lexicon, masthead: Sequence[str] = ()
) -> list[tuple[int, int, _Kind]]:
    """(score, distinct body words, kind) for every genre; ``masthead``: the lines above
    the story."""
    rules = lexicon.rules(GenreRules)
    folded_title = lexicon.fold(title) if title else ""
    # each different word once, as written: a cue may keep its case ("I think")
    found = {
        m.group(0).lower(): m.group(0) for body in rules.body for m in body.finditer(text, folded)
    }.values()
    lines = [" ".join(line.split()) for text in masthead for line in text.splitlines()]
    out = []
    for kind in rules.kinds:
        fits = bool(title and kind.title is not None and kind.title.search(title, folded_title))
        fits = fits or (kind.rubric is not None and any(map(kind.rubric.fullmatch, lines)))
        words = sum(1 for word in found if kind.words.fullmatch(word))
        out.append(((kind.title_weight if fits else 0) + words, words, kind))
    return out


def detect(
    title: str | None,
    text: str,
    lexicon: Lexicon,
    folded: str | None = None,
    masthead: Sequence[str] = (),
) -> Genre | None:
    """The article's genre, or None when no genre reaches its threshold."""
    folded = lexicon.fold(text) if folded is None else folded
    best: Genre | None = None
    for score, _, kind in _scores(title, text, folded, lexicon, masthead):
        if score >= kind.threshold and (best is None or score > best.score):
            best = Genre(
                kind.name,
                kind.label,
                kind.policy,
                score,
                kind.none_when,
                kind.waived_by,
                kind.waived_by_told,
            )
    return best


def label(
    title: str | None,
    text: str,
    lexicon: Lexicon,
    folded: str | None = None,
    masthead: Sequence[str] = (),
) -> str:
    """What kind of piece an article without an incident is: its genre's label, else the
    genre with the most of its words in the text, else "a feature"."""
    return piece(title, text, lexicon, folded, masthead)[0]


def piece(
    title: str | None,
    text: str,
    lexicon: Lexicon,
    folded: str | None = None,
    masthead: Sequence[str] = (),
) -> tuple[str, Summary]:
    """:func:`label`, and how such a piece is summarised."""
    folded = lexicon.fold(text) if folded is None else folded
    scores = _scores(title, text, folded, lexicon, masthead)
    best: tuple[int, _Kind] | None = None
    for score, _, kind in scores:
        if score >= kind.threshold and (best is None or score > best[0]):
            best = (score, kind)
    if best is None:  # a guess by its words: the label, but not how its genre is summarised
        scored = [(score, kind) for score, words, kind in scores if words]
        guess = max(scored, key=lambda item: item[0]) if scored else None
        return (guess[1].label, _plain(guess[1].summary)) if guess else ("a feature", Summary())
    return best[1].label, best[1].summary


def _plain(style: Summary) -> Summary:
    """``style`` without its cue words: a genre guessed by its words alone keeps its
    ordering of the sentences (an op-ed's conclusion) but not its cue weights."""
    return Summary(None, 1.0, style.conclusion, style.figures)
