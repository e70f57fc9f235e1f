"""The name a site hit is given: its proper name where the article gives one next to its kind.

Rules (called by :mod:`.actors` on each target it chose):

- a site read by its bare kind ("bar", "mausoleum", "hotel") or by part of its name
  ("Amis bar") is named as the sentence names it: with all the capitalised words right
  after "the" before the kind ("the Chez les Amis bar" -> "Chez les Amis bar"), else with
  the proper name that ends its "of" phrase, put before the kind ("the mausoleum of Sidi Bou
  Said" -> "Sidi Bou Said mausoleum"; "the offices of the weekly Charlie Hebdo in Paris" ->
  "Charlie Hebdo offices"; not "the mausoleums of Sufi saints");
- a name that is only where the site stands (a town, a region: "the market of Gao") or
  opens with a date word ("the Friday market") is not taken as the site's name;
- a person's own place named with the person ("the residence of President X", "the home
  of X") is the person: X was the one attacked.

The patterns are ``[roles.victims]`` in ``data/roles.toml``.
"""

from __future__ import annotations

import re

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patternstore import compiled
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan import roles
from summarizer.engines.offline.scan.people import PeopleRules
from summarizer.schema import Actor, ActorKind

__all__ = ["SiteRules", "named_site"]


class SiteRules:
    """The site-naming vocabulary of one lexicon (``[roles.victims]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("roles")["victims"]
        self.named_before = compiled(section["named_before"])
        self.named_after = compiled(section["named_after"])
        self.not_names = frozenset(section["not_site_names"])
        self.owned = frozenset(lexicon.section("actors")["resolve"]["owned"])
        self.vehicles = frozenset(section["vehicles"])
        self.described = compiled(section["described"], re.IGNORECASE)


def named_site(work: Work, actor: Actor, sentence: Sentence) -> tuple[Actor, Sentence]:
    """``actor`` under the name the sentence gives the site (module docstring), else as is."""
    lexicon = work.lexicon
    if not roles.is_facility(actor.name, lexicon):
        return actor, sentence
    rules = lexicon.rules(SiteRules)
    owned = roles.head_word(actor.name) in rules.owned
    kind = actor.name.split(" of ")[0]  # "private residence of President X": its kind first
    words = kind.split()
    lower = next((i for i, w in enumerate(words) if w == w.lower()), len(words))
    named, kind = " ".join(words[:lower]), " ".join(words[lower:])  # "Amis", "bar"
    at = sentence.text.find(f"{named} {kind}".strip())
    if at < 0 or not kind or (named and " of " in actor.name):
        return actor, sentence
    at += len(named) + 1 if named else 0
    end = at + len(kind)
    before = rules.named_before.search(sentence.text[:at])
    if (  # the whole name before the kind ("Chez les Amis bar", not "Amis bar")
        not owned
        and before
        and len(before.group(1)) > len(named)
        and before.group(1).endswith(named)
        and _a_name(sentence, before.start(1), before.end(1), rules)
    ):
        return Actor(name=f"{before.group(1)} {kind}", kind=actor.kind), sentence
    if named:
        return actor, sentence  # named already ("Siam Paragon shopping centre")
    after = rules.named_after.match(sentence.text[end:])
    if after is None or not _a_name(sentence, end + after.start(1), end + after.end(1), rules):
        return actor, sentence
    if owned:  # "the home of X": X was attacked
        person = _person(sentence, end + after.start(1), end + after.end(1), lexicon)
        return (Actor(name=person, kind=ActorKind.civilians) if person else actor), sentence
    return Actor(name=f"{after.group(1)} {kind}", kind=actor.kind), sentence


def _a_name(sentence: Sentence, start: int, end: int, rules: SiteRules) -> bool:
    """Is the capitalised run at ``start:end`` a site's own name: not a date word first,
    not a place the text names (a town, a region) where the site only stands?"""
    first = sentence.text[start:end].split()[0].lower()
    if first in rules.not_names:
        return False
    shift = sentence.dateline_end  # towns are found in the body, after a dateline
    places = [(s + shift, e + shift) for _, s, e in sentence.cities]
    places += [(s, e) for _, s, e in sentence.regions]
    places += [(p.start, p.end) for p in sentence.places]
    return not any(s <= start and end <= e for s, e in places)


def _person(sentence: Sentence, start: int, end: int, lexicon: Lexicon) -> str:
    """The person named at ``start:end``, without the country and titles before the name
    ("Haitian President Jovenel Moïse" -> "Jovenel Moïse"); "" when it is no person."""
    for hit in sentence.countries:  # a demonym or country first ("Haitian ...")
        if hit.start == start:
            start = hit.end
    name = sentence.text[start:end].strip()
    name = lexicon.rules(PeopleRules).leading_title.sub("", name)
    return name if roles.is_person_name(name) else ""
