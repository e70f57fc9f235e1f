"""Headline and summary, composed from the article's own content within the contract's limits.

Rule, headline (≤ 120 characters): "<noun of the sub-event type> by <first perpetrator> in
<place, region, country>; N reported killed", from the resolved fields, so it is neutral
whatever the article's own title says. An article with no incident: "No incident reported:
<its title, or its first sentence>".

Rule, summary (≤ 100 words): it opens with the incident's date ("On 12 August 2023:",
"In August 2023:" when only the month is known),
then greedily takes the main sentence that adds the most new content words per word it
costs (each sentence told without its asides - a parenthesis, a relative clause or an
apposition to a name set off by commas - unless the aside carries a figure, blame,
attribution or the sentence's cue or casualty figure, so more facts fit; a figure is a word
it adds, a toll by another source being a new fact; a sentence that no longer fits whole
may be told by its main clause), weighed
(``[summary.weights]``) for the lead, figures, attribution (contested
numbers keep their source), blame and its denial, and the sentences cited for casualties and actors, and less for
a direct quote without figures or a fragment (a short sentence of blame is none: "No group
has claimed responsibility."), and more for the sentence that dates the
incident when the first tells of no violence (a feature's scene, a funeral open the piece;
the act is told later); until nothing more fits. Sentences keep the
article's order; wire datelines, live-blog clock times and banners are dropped. An article
with no incident is summarised the same way after a line saying what kind of piece it is
(its genre, ``data/genres.toml``) and who wrote it, when a closing line says ("The author
is a lawyer..."); a genre may weigh its own cue words more and its closing sentences like
the opening ones (an op-ed's case is made at its end).
"""

from __future__ import annotations

import re

from summarizer.engines.offline.document import Document, Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.patternstore import compiled
from summarizer.engines.offline.scan import genre
from summarizer.schema import Actor, CasualtyRange, Location, SubEventType, drawn_from_article

__all__ = ["describe_non_incident", "headline", "summary"]

MAX_HEADLINE = 120
MAX_WORDS = 100
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC)?\s*[—–:-]?\s*", re.I)
_QUOTED = re.compile(r"^[\"“‘']")
_WORD = re.compile(r"[a-z0-9]+")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


class SummaryRules:
    """The summary vocabulary and weights of one lexicon (``[summary]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("summary")
        self.stop = frozenset(section["stop_words"])
        self.figures = compiled(rf"\d|\b{alternation(section['figures'])}\b", re.I)
        self.attributed = compiled(rf"\b{alternation(section['attribution'])}\b", re.I)
        self.blame = compiled(rf"\b{alternation(section['blame'])}\b", re.I)
        self.banner = compiled(rf"^{alternation(section['banners'])}\b", re.I)
        self.author = compiled(rf"^(?:{alternation(section['author'])})\s+(?P<who>.+)$")
        self.asides = [compiled(p, re.I) for p in section["asides"]]
        self.aside_words = int(section["aside_words"])
        self.clause_end = compiled(alternation(section["clause_ends"]), re.I)
        self.pool = int(section["pool"])
        self.fragment_words = int(section["fragment_words"])
        self.weights: dict[str, float] = {k: float(v) for k, v in section["weights"].items()}
        self.headlines = {SubEventType(k): v for k, v in section["headlines"].items()}


def clip_chars(text: str, limit: int) -> str:
    """``text`` cut at a word to at most ``limit`` characters, with an ellipsis if cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def clip_words(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` words, with an ellipsis if cut."""
    words = text.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")


def headline(
    doc: Document,
    sub_event_type: SubEventType,
    perpetrators: list[Actor],
    location: Location,
    killed: CasualtyRange | None,
) -> str:
    """One neutral line from the resolved fields (module docstring).

    The line must pass the brief's drawn-from-the-article check: when the resolved names
    are not the article's words ("Egypt" for an article that says only "Sinai" and
    "Egyptian", a figure in digits for one in words), the parts the article does not word
    are left out in turn (the places it does not name, then the doer), down to the
    sub-event's own noun, which always passes."""
    noun = doc.lexicon.rules(SummaryRules).headlines[sub_event_type]
    by = None
    if perpetrators and noun[0].isupper():
        by = _as_worded(doc, perpetrators[0].name)
    # a region the article does not name (one the gazetteer knows a town by) stays out: the
    # headline must be drawn from the article
    admin1 = (
        location.admin1
        if location.admin1 and doc.lexicon.fold(location.admin1) in doc.folded
        else None
    )
    where = list(dict.fromkeys(p for p in (location.place, admin1, location.country) if p))
    named = [p for p in where if doc.lexicon.fold(p) in doc.folded]
    toll = None
    if killed is not None and killed.max > 0:
        figure = str(killed.min) if killed.min == killed.max else f"{killed.min}-{killed.max}"
        toll = f"{figure} reported killed"
    line = ""
    for doer, places in ((by, where), (by, named), (None, named), (None, [])):
        line = clip_chars(_compose(noun, doer, places, toll), MAX_HEADLINE)
        if drawn_from_article(line, doc.text):
            return line
    return clip_chars(noun, MAX_HEADLINE)


def _compose(noun: str, doer: str | None, places: list[str], toll: str | None) -> str:
    line = f"{noun} by {doer}" if doer else noun
    if places:
        line += f" in {', '.join(places)}"
    return f"{line}; {toll}" if toll else line


def _as_worded(doc: Document, name: str) -> str:
    """An actor's name as the article words it: the lexicon's name ("Tigray People's
    Liberation Front") when the article has it, else the alias a sentence mentions it by
    ("TPLF"), so the headline stays drawn from the article."""
    if doc.lexicon.fold(name) in doc.folded:
        return name
    surfaces = (m.surface for s in doc.sentences for m in s.actors if m.name == name)
    return next(surfaces, name)


def _human_date(iso: str | None) -> str | None:
    """ "2023-08-12" → "12 August 2023"; "2023-08" → "August 2023"; "2023" stays."""
    if not iso:
        return None
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def _clean(sentence: Sentence, rules: SummaryRules) -> str:
    text = _CLOCK.sub("", sentence.body.strip())  # a live blog's "11:05 —"
    return "" if rules.banner.match(text) else text.strip()


def compress(sentence: Sentence, text: str, rules: SummaryRules) -> str:
    """``text`` (the sentence's words) told without its asides (``[summary] asides``): a
    parenthesis, a relative clause or an apposition to a name set off by commas. An aside
    that carries a fact stays: a figure, blame, attribution, the sentence's violence cue or
    casualty figure; so does one shorter than ``aside_words`` (a list's item)."""
    facts = [f.text for f in sentence.casualties if f.text]
    if sentence.cue is not None:
        facts.append(sentence.text[sentence.cue.start : sentence.cue.end])

    def cut(found: re.Match[str]) -> str:
        aside = found.group("aside")
        carries = (
            len(aside.split()) < rules.aside_words
            or any(f and f in aside for f in facts)
            or any(p.search(aside) for p in (rules.figures, rules.blame, rules.attributed))
        )
        if carries:
            return found.group(0)
        return found.groupdict().get("keep") or ""

    for pattern in rules.asides:
        text = pattern.sub(cut, text)
    return text


def main_clause(text: str, rules: SummaryRules) -> str:
    """The sentence's main clause, told when only it fits the summary's last words: the
    text before the first break a clause ends at (``[summary] clause_ends``: ", though ...",
    ", while ...", a dash), as a sentence; the whole ``text`` when there is none or what is
    left would be a fragment."""
    found = rules.clause_end.search(text)
    if found is None or len(text[: found.start()].split()) < rules.fragment_words:
        return text
    return text[: found.start()].rstrip(" ,;:—–-") + "."


def _weigh(text: str, size: int, rank: int, rules: SummaryRules, style: genre.Summary) -> float:
    """How much a sentence (or its main clause) weighs per word (module docstring)."""
    weights = rules.weights
    weight = 1.0 / (1.0 + weights["rank_decay"] * rank)
    weight *= style.weight if style.cues is not None and style.cues.search(text) else 1.0
    figures = rules.figures.search(text) is not None
    weight *= weights["figure"] if figures and style.figures else 1.0
    weight *= weights["attributed"] if rules.attributed.search(text) else 1.0
    blame = rules.blame.search(text) is not None
    weight *= weights["blame"] if blame else 1.0
    weight *= weights["first"] if rank == 0 else 1.0
    weight *= weights["quoted"] if _QUOTED.match(text) and not figures else 1.0
    # ("No group has claimed responsibility.": short, but whole)
    weight *= weights["fragment"] if size < rules.fragment_words and not blame else 1.0
    return weight


def _content(text: str, rules: SummaryRules) -> set[str]:
    """The words a sentence adds: no stop word nor one- or two-letter word, but every figure
    ("39", "45": a toll as another source gives it is a new fact)."""
    words = _WORD.findall(text.lower())
    return {w for w in words if w not in rules.stop and (len(w) > 2 or w[0].isdigit())}


def summary(
    doc: Document,
    main: list[Sentence],
    date: str | None = None,
    cited: frozenset[int] = frozenset(),
    opening: str | None = None,
    style: genre.Summary | None = None,
    dated: int | None = None,
) -> str:
    """Greedy extractive summary of ``main``, ≤ 100 words (module docstring). ``cited``:
    indexes of the sentences cited for casualties and actors; ``opening`` replaces the
    date opening; ``style``: how a genre's pieces are summarised; ``dated``: index of the
    sentence the incident's date came from."""
    rules = doc.lexicon.rules(SummaryRules)
    weights = rules.weights
    style = style or genre.Summary()
    if opening is None:
        when = _human_date(date)
        # "On 12 August 2023:", but "In August 2023:" / "In 2023:" for a month or a year
        opening = f"{'On' if date and date.count('-') == 2 else 'In'} {when}:" if when else ""
    ranked = list(enumerate(main[: rules.pool]))
    # an opening that tells of no violence (a scene, a funeral): the act is told later
    scene = bool(main) and not (main[0].cue or main[0].casualties or main[0].weapons)
    if style.conclusion:  # the closing sentences too, ranked from the end
        closing = range(max(rules.pool, len(main) - rules.pool), len(main))
        ranked += [(len(main) - 1 - i, main[i]) for i in closing]
    pool: list[tuple[Sentence, list[tuple[str, int, float, set[str]]]]] = []
    for rank, sentence in ranked:
        text = compress(sentence, _clean(sentence, rules), rules)
        if style.conclusion:
            rank = min(rank, len(main) - 1 - main.index(sentence))
        told = [text, main_clause(text, rules)] if text else [text]
        variants = []
        for version in dict.fromkeys(t for t in told if t):
            size = len(version.split())
            weight = _weigh(version, size, rank, rules, style)
            weight *= weights["dated"] if rank and sentence.index == dated and scene else 1.0
            weight *= weights["cited"] if sentence.index in cited else 1.0
            variants.append((version, size, weight, _content(version, rules)))
        pool.append((sentence, variants))
    covered: set[str] = _content(opening, rules)
    chosen: list[tuple[Sentence, str]] = []
    taken: set[int] = set()
    total = len(opening.split())
    while True:
        best, best_score = None, 0.0
        for i, (_, variants) in enumerate(pool):
            # the whole sentence, or its main clause when only that fits
            fits = [v for v in variants if total + v[1] <= MAX_WORDS][:1]
            if i in taken or not fits:
                continue
            text, size, weight, content = fits[0]
            score = len(content - covered) * weight / size ** weights["length_exponent"]
            if score > best_score:
                best, best_score = (i, fits[0]), score
        if best is None:
            break
        (i, (text, size, _, content)) = best
        taken.add(i)
        chosen.append((pool[i][0], text))
        covered |= content
        total += size
    if not chosen and pool:
        lead = next((v[0][0] for _, v in pool if v), pool[0][0].text)
        budget = MAX_WORDS - 1 - len(opening.split())
        return f"{opening} {' '.join(lead.split()[:budget])}…".strip()
    chosen.sort(key=lambda pair: pair[0].start)
    return " ".join([opening, *(text for _, text in chosen)]).strip()


def describe_non_incident(doc: Document) -> tuple[str, str]:
    """Headline and summary for an article that reports no incident."""
    title = doc.title
    subject = title or (doc.sentences[0].body if doc.sentences else "") or "the article"
    # one line, without a dateline (the body has none) and without line breaks
    line = clip_chars(f"No incident reported: {' '.join(subject.split())}", MAX_HEADLINE)
    kind, style = genre.piece(doc.title, doc.text, doc.lexicon, doc.folded, doc.masthead)
    sentences, author = _without_author(doc)
    by = f" by {author}" if author else ""
    opening = f"The article is {kind}{by} and reports no violent or security incident."
    if title:
        opening += f" {clip_words(title.rstrip('.'), 20)}."
    return line, summary(doc, sentences, opening=opening, style=style)


def _without_author(doc: Document) -> tuple[list[Sentence], str | None]:
    """The sentences without a closing line about the author ("The author is a lawyer
    who..."), and who the line says the author is."""
    rules = doc.lexicon.rules(SummaryRules)
    for sentence in doc.sentences[-2:]:
        found = rules.author.match(sentence.text.strip())
        if found:
            who = clip_words(found.group("who").strip().rstrip("."), 25)
            return [s for s in doc.sentences if s is not sentence], who
    return doc.sentences, None
