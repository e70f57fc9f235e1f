"""Sides the violent clause's grammar gives beyond the text's role rules.

Rules:

- the title read as a clause (:func:`title_roles`) gives the sides the text's clauses leave
  out ("Gunmen massacre 16 drinkers at tavern"), by its grammar alone, so that a title's
  victim is no doer ("Crime reporter gunned down": the victim): the doer only where the
  text gave none, the victims also where the text has only vague ones ("people") or sites
  (then people only), cited by the lead's first sentence; a vague crowd ("Crowds storm
  ...") adds nothing the text's own crowd words do not;
- in a protest or riot, a force that used deadly force on a crowd in the lead's first
  violent clause (:func:`force_on_crowd`: "Police opened fire on students marching ...";
  "... were killed when soldiers fired at supporters") acted, whatever the crowd did
  before: who acted is the subject of the violent verb. Only where the clause opens fire
  (``[roles.clause].complete``) or the sentence counts dead: a force that dispersed or
  detained a crowd met the crowd that acted.
"""

from __future__ import annotations

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan import roles
from summarizer.engines.offline.scan.clauses import ClauseRules
from summarizer.engines.offline.text import fold
from summarizer.schema import Actor, ActorKind

__all__ = ["force_on_crowd", "title_roles"]

Candidate = tuple[Actor, Sentence, bool]


def force_on_crowd(work: Work) -> bool:
    """Does the lead's first violent clause have a force use deadly force on a crowd
    (module docstring)?"""
    complete = work.lexicon.rules(ClauseRules).complete
    for sentence in work.main[: work.lead_count]:
        doers = [m for m in sentence.roles if m.role == "perpetrator"]
        if not doers:
            continue
        first = doers[0]
        hit = [m for m in sentence.roles if m.role == "target" and m.start > first.start]
        if not hit:
            return False
        deadly = any(c.kind == "killed" and c.count > 0 for c in sentence.casualties) or any(
            form in sentence.text[first.start : hit[0].start].lower() for form in complete
        )
        return (
            first.kind == ActorKind.state_forces and deadly and hit[0].kind == ActorKind.civilians
        )
    return False


def title_roles(
    work: Work,
    found: dict[str, dict[str, Candidate]],
    vague_crowd: frozenset[str],
    vague_victims: frozenset[str],
) -> None:
    """Add the sides the title's clause gives to ``found`` (module docstring)."""
    title = work.doc.title
    lexicon = work.lexicon
    if not title or not work.main:
        return
    empty = {role for role, side in found.items() if not side}
    sites = {k for k, c in found["target"].items() if roles.is_facility(c[0].name, lexicon)}
    if set(found["target"]) - sites <= vague_victims:
        empty.add("target")  # "killing 18 people", "fired at a minibus": the title's people
    if found["perpetrator"]:
        empty.discard("perpetrator")
    for mention in roles.find_roles(title, lexicon, grammar_only=True):
        if sites and roles.is_facility(mention.name, lexicon):
            continue  # a site the text names stands over the title's
        if mention.role in empty and fold(mention.name) not in vague_crowd:
            actor = Actor(name=mention.name, kind=mention.kind)
            found[mention.role].setdefault(fold(mention.name), (actor, work.main[0], False))
