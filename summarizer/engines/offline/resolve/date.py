"""The incident's date, and which sentences are about other incidents.

Rule: the date is the first resolvable date in the opening sentences
(``[dates.background].date_sentences``), skipping sentences after the first with a
background cue, that is neither part of the wire dateline ("BAMAKO, May 14 —") nor the day
a statement was made ("said on Sunday") nor a period's bound ("held since April"), or an
earlier day the same sentence names up to ``aftermath_days`` before it (the act, when the
first is its aftermath: "spent Monday burying relatives killed on Sunday"); such a date is taken only when nothing else dates
the incident, and a month named alone ("in late March") only before such a date. In a piece about an earlier incident (a court report: genre policy "about"),
the date is the earliest a sentence reporting the act of violence gives, or any day a
sentence narrates outside background ("The court heard that on 14 August 2022, ..."), when
earlier; a live blog is dated by its oldest entry's day up to ``aftermath_days`` before
its publication, else by its publication; a report naming no day at all by its publication
(:mod:`.undated`). A feature whose
opening date is its scene's (no violence told) is dated by the act a later opening sentence
dates, up to ``scene_days`` earlier; a follow-up whose opening tells of no violence at all
(a funeral, a vigil) by the act any later sentence dates.

A sentence after the first is *background* (another incident: it does not feed the main
one) when it has a background cue ("since", "last year"), a cumulative tally from
``cumulative_from`` on, opens in another month or year than the incident's ("In
December, ..."), gives a figure beside only years before the incident's ("the 2015 siege,
when gunmen killed 20"), or names only dates before the incident's, more than
``same_episode_days`` earlier (dates after it are the aftermath: statements, funerals),
or names only days after the publication (what is yet to come).
"""

from __future__ import annotations

from datetime import date

from summarizer.engines.offline.document import Document, Sentence
from summarizer.engines.offline.resolve.undated import publication_day
from summarizer.engines.offline.scan.dates import POSSESSIVE, DateRules
from summarizer.schema import EventType, SubEventType

__all__ = ["is_background", "main_date", "main_sentences"]


# Sub-event types that are no act of violence: a court story's date is not theirs.
_NOT_THE_ACT = frozenset({SubEventType.arrests, SubEventType.agreement, SubEventType.other})
# Event types that tell of no act of violence: a protest, a development.
_NOT_VIOLENCE = frozenset({EventType.protests, EventType.strategic_developments})


def main_date(doc: Document) -> tuple[str | None, Sentence | None]:
    """The incident's date and the sentence that gives it (module docstring)."""
    found = _opening_date(doc)
    live = doc.genre is not None and doc.genre.policy == "live"
    if live and doc.published is not None and doc.sentences:
        first = _first_day_of_the_blog(doc)
        if first is not None and (found[0] is None or first[0] < found[0]):
            return first  # its oldest entry's day: "20:15 (Friday)", "last night's attack"
        if found[0] is None:
            return doc.published.isoformat(), doc.sentences[0]  # a live blog: the day's news
    if doc.genre is not None and doc.genre.policy == "about":
        earlier = _date_of_the_act(doc)
        if earlier is not None and (found[0] is None or earlier[0] < found[0]):
            return earlier
    found = _act_before_the_aftermath(doc, found) or _act_before_the_scene(doc, found) or found
    return found if found[0] is not None else publication_day(doc)  # no day named at all


def _act_before_the_aftermath(
    doc: Document, found: tuple[str | None, Sentence | None]
) -> tuple[str, Sentence] | None:
    """When the opening date's sentence dates what came after the act (``[dates.aftermath]``:
    a verdict, "A jury on Wednesday convicted ..."; a body found or a death, "was found on
    Saturday"), the earlier day the opening gives an act of violence: a verdict's, any
    (:func:`_date_of_the_act`, a sentence set in a period of its own too: "on 22 July last
    year"); a finding's or a death's, up to ``scene_days`` earlier."""
    value, opening = found
    if value is None or opening is None:
        return None
    rules = doc.lexicon.rules(DateRules)
    words = _words(opening)
    if words & rules.verdict_words:
        earlier = _date_of_the_act(doc, asides=True)
    elif words & rules.found_words and len(value) == 10 and _violent(opening):
        # (an opening that tells of no violence is a scene: :func:`_act_before_the_scene`)
        told = [s for s in doc.sentences[: rules.date_sentences] if _tells_the_act(s)]
        earlier = _date_of_the_act(doc, sentences=told)
        if earlier is not None and _days_apart(earlier[0], value) > rules.scene_days:
            return None
    else:
        return None
    if earlier is None or not earlier[0] < value:
        return None
    return earlier


def _first_day_of_the_blog(doc: Document) -> tuple[str, Sentence] | None:
    """A live blog's earliest day, up to ``aftermath_days`` before its publication: its
    entries run newest first, and the oldest tells of the act ("20:15 (Friday)", "the
    Islamic State has claimed last night's attack")."""
    assert doc.published is not None
    rules = doc.lexicon.rules(DateRules)
    published = doc.published.isoformat()
    best: tuple[str, Sentence] | None = None
    for sentence in doc.sentences:
        if sentence.time_cues.background and sentence.index:
            continue
        for mention in sentence.dates:
            value = mention.value
            if not value or len(value) != 10 or mention.reported or mention.bound:
                continue
            if value > published or _days_apart(value, published) > rules.aftermath_days:
                continue
            if best is None or value < best[0]:
                best = (value, sentence)
    return best


def _act_before_the_scene(
    doc: Document, found: tuple[str | None, Sentence | None]
) -> tuple[str, Sentence] | None:
    """A feature that opens on a scene days after the incident ("On Wednesday morning the
    canal was quiet again. ... On August 26, a suicide bomber walked into the crowd"): when
    the opening date's sentence tells of no violence, the day an act of violence is dated
    in a later opening sentence, up to ``scene_days`` earlier, is the incident's; when no
    opening sentence tells of violence (a funeral, a vigil), in any later sentence."""
    value, opening = found
    if value is None or opening is None or len(value) != 10 or _violent(opening):
        return None
    rules = doc.lexicon.rules(DateRules)
    end = rules.date_sentences
    if not any(map(_violent, doc.sentences[:end])):
        end = len(doc.sentences)  # a follow-up (a funeral, a vigil) tells of the act later
    for sentence in doc.sentences[opening.index + 1 : end]:
        days = [  # the days it gives that could be the act's (read before its cue: cheaper)
            mention.value
            for mention in sentence.dates
            if mention.value
            and len(mention.value) == 10
            and not (mention.reported or mention.bound)
            and mention.value < value
            and _days_apart(mention.value, value) <= rules.scene_days
        ]
        if not days:
            continue
        cue = sentence.cue
        if sentence.time_cues.background or cue is None:
            continue
        if cue.event_type in _NOT_VIOLENCE or cue.sub_event_type in _NOT_THE_ACT:
            continue
        return days[0], sentence
    return None


def _tells_the_act(sentence: Sentence) -> bool:
    """Whether ``sentence`` tells of an act of violence (its cue's), not of what came after."""
    cue = sentence.cue
    return cue is not None and cue.event_type not in _NOT_VIOLENCE


def _date_of_the_act(
    doc: Document, asides: bool = False, sentences: list[Sentence] | None = None
) -> tuple[str, Sentence] | None:
    """In a piece about an earlier incident (a court report), the earliest date a sentence
    reporting an act of violence gives (a day before a month: :func:`_before`): when it
    happened, not when the verdict came. A
    sentence set in a period of its own ("In September 2013, gunmen attacked a mall") tells
    of another case: its date counts only when no sentence after the lead gives one; with
    ``asides``, so does one with a background cue ("on 22 July last year").
    ``sentences``: those read (default: all)."""
    best: tuple[str, Sentence] | None = None
    aside: tuple[str, Sentence] | None = None
    narrated = False  # a sentence after the lead dates the act
    for sentence in doc.sentences if sentences is None else sentences:
        cue = sentence.cue
        if cue is not None and cue.sub_event_type in _NOT_THE_ACT:
            continue
        cues = sentence.time_cues
        if cues.background and sentence.index and not asides:
            continue
        found = _earliest_act_date(sentence)
        if found is None:
            continue
        if (cues.month or cues.year or cues.background) and sentence.index:
            aside = found if _before(found[0], aside) else aside
            continue
        narrated = narrated or sentence.index > 0
        best = found if _before(found[0], best) else best
    if aside is not None and not narrated and (best is None or aside[0] < best[0]):
        return aside  # the lead's own day is the verdict's
    return best


def _earliest_act_date(sentence: Sentence) -> tuple[str, Sentence] | None:
    """The earliest day (or month, with a violence cue) ``sentence`` narrates; not the day
    of the week a verdict was given on ("A court on Monday sentenced ...")."""
    best: tuple[str, Sentence] | None = None
    verdict = bool(_words(sentence) & sentence.doc.lexicon.rules(DateRules).verdict_words)
    for mention in sentence.dates:
        value = mention.value
        if not value or mention.reported or mention.bound or mention.kind == "m":
            continue
        if verdict and mention.kind == "weekday":
            continue  # "a court on Monday sentenced ...": the verdict's day, not the act's
        # the narrative of the act names no violence word of its own ("The court heard
        # that on the evening of 14 August 2022, X ..."): its day still dates the act
        if (sentence.cue is not None or len(value) == 10) and _before(value, best):
            best = (value, sentence)
    return best


def _words(sentence: Sentence) -> set[str]:
    """The sentence's words, lower-cased (to meet ``verdict_words``, ``found_words``)."""
    return {token.text.lower() for token in sentence.tokens}


def _before(value: str, best: tuple[str, Sentence] | None) -> bool:
    """Whether ``value`` dates the act rather than ``best``: a day narrated beats a month
    named ("On the night of 14 July 2016 ..." beside "in November 2015, gunmen ..."), then
    the earlier wins."""
    if best is None:
        return True
    if len(value) != len(best[0]):
        return len(value) > len(best[0])
    return value < best[0]


def _opening_date(doc: Document) -> tuple[str | None, Sentence | None]:
    """The first date of the opening that is not a dateline's, a statement's or a period's
    bound; else, in this order, the first month named alone, the first day a statement was
    made (nearest the act), the dateline's, a bound's."""
    rules = doc.lexicon.rules(DateRules)
    weak: list[tuple[str, Sentence] | None] = [None, None, None]  # said, dateline, bound
    month: tuple[str, Sentence] | None = None  # "in late March": when nothing nearer
    for sentence in doc.sentences[: rules.date_sentences]:
        if sentence.time_cues.background and sentence.index:
            continue
        for mention in sentence.dates:
            if not mention.value:
                continue
            if mention.start < sentence.dateline_end or mention.reported or mention.bound:
                rank = 2 if mention.bound else 0 if mention.reported else 1
                weak[rank] = weak[rank] or (mention.value, sentence)
                continue
            if mention.kind == "m":
                month = month or (mention.value, sentence)
                continue
            return _act_of_the_sentence(sentence, mention.value, rules.aftermath_days), sentence
    return month or next((w for w in weak if w is not None), (None, None))


def _act_of_the_sentence(sentence: Sentence, first: str, days: int) -> str:
    """The day of the act when one sentence names two ("spent Monday digging graves for
    relatives killed late on Sunday"): a full day later in it, on the same line, up to
    ``days`` before the first, outside a clause about an earlier incident and not a
    possessive of anything but an event cue ("Sunday's election", "Thursday's planned
    protest"; not "Monday's riot"); else ``first``."""
    if len(first) != 10:
        return first
    elsewhere = sentence.time_cues.elsewhere
    text = sentence.text
    opening = next((m.start for m in sentence.dates if m.value == first), 0)
    best = first
    for mention in sentence.dates:
        value = mention.value
        if not value or len(value) != 10 or mention.reported or mention.bound or value >= best:
            continue
        if elsewhere is not None and mention.start >= elsewhere:
            continue
        if "\n" in text[opening : mention.start]:
            continue  # a new line: another item
        if text.startswith(POSSESSIVE, mention.end) and (
            sentence.doc.cue(text[mention.end : mention.end + 25]) is None
        ):
            continue  # "Sunday's election" names another event ("Monday's riot": this one)
        if _days_apart(value, first) <= days:
            best = value
    return best


def _days_apart(first: str, second: str) -> int:
    """Days between two full ISO dates; a large number when either is only a month or year."""
    if len(first) != 10 or len(second) != 10:
        return 1 << 30
    return abs((date.fromisoformat(first) - date.fromisoformat(second)).days)


def _other_period(sentence: Sentence, main: str) -> bool:
    """True when ``sentence`` opens in a month or year that is not the incident's."""
    cues = sentence.time_cues
    if cues.year:
        return cues.year != main[:4]
    if cues.month:
        return len(main) >= 7 and int(main[5:7]) != cues.month
    return False  # no opening in a period of its own


def is_background(sentence: Sentence, main: str | None) -> bool:
    """Is ``sentence`` about another incident than the one dated ``main`` (docstring)?"""
    if sentence.index == 0:
        return False
    rules = sentence.doc.lexicon.rules(DateRules)
    cues = sentence.time_cues
    if cues.background:
        return True
    if sentence.index >= rules.cumulative_from and cues.cumulative:
        return True
    if not main:
        return False
    if _other_period(sentence, main):
        return True
    if not sentence.dates and _all_before(cues.years, main) and sentence.casualties:
        return True  # "the 2015 siege of a hotel, when gunmen killed 20": an earlier toll
    mentioned = [m.value for m in sentence.dates if m.value and not m.reported and m.kind != "m"]
    anchor = sentence.doc.anchor
    if mentioned and anchor is not None and all(v > anchor.isoformat() for v in mentioned):
        return True  # what is yet to come: "a gathering is due to take place on Friday"
    return bool(mentioned) and not any(
        main.startswith(v)
        or v.startswith(main)
        or v > main
        or _days_apart(v, main) <= rules.same_episode_days
        for v in mentioned
    )


def main_sentences(doc: Document, main: str | None) -> list[Sentence]:
    """The sentences about the main incident, in order. A sentence that dates nothing and
    tells of violence goes on with the background sentence before it in its paragraph when
    that one begins another incident's story (:func:`_begins_a_story`): "Marawi was the
    scene of a siege in 2017. More than 1,000 people were killed ..." """
    main_ones: list[Sentence] = []
    previous: Sentence | None = None
    history = False  # the sentence before begins another incident's story
    for sentence in doc.sentences:
        same = previous is not None and previous.paragraph == sentence.paragraph
        aside = is_background(sentence, main)
        if not aside and history and same and not sentence.dates and _violent(sentence):
            aside = True  # it goes on with the story the sentence before began
        else:
            history = aside and _begins_a_story(sentence, main)
        if not aside:
            main_ones.append(sentence)
        previous = sentence
    return main_ones


def _violent(sentence: Sentence) -> bool:
    """Whether ``sentence`` tells of violence: an event cue, a figure or a weapon."""
    return sentence.cue is not None or bool(sentence.casualties) or bool(sentence.weapons)


def _begins_a_story(sentence: Sentence, main: str | None) -> bool:
    """Whether the background ``sentence`` begins another incident's story: a background word
    with an act of violence (a figure, a cue of neither protest nor development: "Hours
    earlier, a police helicopter was downed"), an act of violence dated only days before the
    incident's episode, or years before the incident's without one ("a siege in 2017";
    "Since 2018 it has become a front line" begins none)."""
    cues = sentence.time_cues
    cue = sentence.cue
    told = cue is not None and cue.event_type not in _NOT_VIOLENCE
    if cues.background:
        return told or any(f.count for f in sentence.casualties)
    if told and main and _dated_before(sentence, main):
        return True  # "accused of driving the bombers to the stadium on November 13"
    return _all_before(cues.years, main)


def _dated_before(sentence: Sentence, main: str) -> bool:
    """Whether every day ``sentence`` dates is more than ``same_episode_days`` before
    ``main``, and it dates one."""
    days = sentence.doc.lexicon.rules(DateRules).same_episode_days
    found = [m.value for m in sentence.dates if m.value and not m.reported]
    return bool(found) and all(v < main and _days_apart(v, main) > days for v in found)


def _all_before(years: tuple[str, ...], main: str | None) -> bool:
    """True when ``years`` are some, all before the incident's year."""
    return bool(main and years and all(y < main[:4] for y in years))
