"""A domain vocabulary's additions to a brief (``[domain]`` in an overlay).

Rule: from the main sentences, each find citing its sentence as evidence,

- perpetrators: the perpetrator groups named in sentences of violence (each once, by the
  first of its aliases the text uses), the domain's perpetrator phrases, and doers headed
  by a perpetrator noun ("three heavily armed men dynamited", "killed by members of the
  fmln");
- weapons: the domain's weapon terms, lower-cased, each once;
- targets: in a sentence that reports damage, facility phrases headed by a target noun,
  without a bare head noun a fuller phrase already names ("embassy" beside "peruvian
  embassy");
- named casualties: people named by a first name in a sentence that says what befell
  them, unless the clause makes them speakers ("jose perez said") or doers ("killed by jose
  perez").

Without a domain vocabulary (the package's own lists are empty) it adds nothing.
"""

from __future__ import annotations

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.scan import domain
from summarizer.engines.offline.scan.actors import LexiconEntry
from summarizer.schema import Actor, ActorKind, NamedCasualty

__all__ = ["extend"]


def extend(
    work: Work,
    perpetrators: list[Actor],
    targets: list[Actor],
    weapons: list[str],
    named: list[NamedCasualty],
) -> tuple[list[Actor], list[Actor], list[str], list[NamedCasualty]]:
    """The brief's actors, weapons and named casualties with the domain's additions."""
    lexicon = work.lexicon
    rules = lexicon.rules(domain.DomainRules)
    perpetrators, targets = list(perpetrators), list(targets)
    weapons, named = list(weapons), list(named)
    have = {a.name.lower() for a in perpetrators}
    for entry, surface, sentence in _organisations(work, rules):
        if surface.lower() not in have:
            perpetrators.append(Actor(name=surface, kind=entry.kind))
            have.add(surface.lower())
            work.cite("perpetrators", sentence)
    for sentence in work.main:
        text = sentence.text
        for phrase in domain.individuals_in(text, lexicon) + domain.doers_in(text, lexicon):
            if phrase.lower() not in have:
                perpetrators.append(Actor(name=phrase, kind=ActorKind.unknown))
                have.add(phrase.lower())
                work.cite("perpetrators", sentence)
        for term in domain.weapons_in(text, lexicon):
            if term.lower() not in weapons:
                weapons.append(term.lower())
                work.cite("weapons", sentence)
        for phrase in dict.fromkeys(domain.targets_in(text, lexicon), None):
            if _unseen(phrase, targets):
                targets.append(Actor(name=phrase, kind=ActorKind.unknown))
                work.cite("targets", sentence)
        status = domain.status_of(text, lexicon)
        if status is None:
            continue
        for name, start, end in domain.names_in(text, lexicon):
            if domain.is_speaker(text, end, rules) or domain.is_doer(text, start, end, rules):
                continue  # "jose perez said", "... was killed by jose perez"
            if all(name.lower() != c.name.lower() for c in named):
                named.append(NamedCasualty(name=name, status=status))
                work.cite("named_casualties", sentence)
    if rules.target_heads:  # the domain's facility phrases repeat fuller ones
        targets = _fullest(targets)
    return perpetrators, targets, weapons, named


def _unseen(phrase: str, targets: list[Actor]) -> bool:
    key = " ".join(phrase.lower().split())
    return all(key != " ".join(t.name.lower().split()) for t in targets)


def _organisations(
    work: Work, rules: domain.DomainRules
) -> list[tuple[LexiconEntry, str, Sentence]]:
    """Each perpetrator group named in a main sentence of violence once, in order of first
    mention, by the first of its aliases that the sentences use (the usual name first)."""
    found: dict[str, dict[str, tuple[str, Sentence]]] = {}
    entries: dict[str, LexiconEntry] = {}
    for sentence in work.main:
        if not rules.violent.search(sentence.text):
            continue
        for entry, start, end in domain.organisations_in(sentence.text, work.lexicon):
            entries.setdefault(entry.name, entry)
            surface = sentence.text[start:end]
            found.setdefault(entry.name, {}).setdefault(surface.lower(), (surface, sentence))
    out = []
    for name, surfaces in found.items():
        entry = entries[name]
        preferred = [a.lower() for a in entry.aliases if a.lower() in surfaces]
        surface, sentence = surfaces[preferred[0]] if preferred else next(iter(surfaces.values()))
        out.append((entry, surface, sentence))
    return out


def _fullest(targets: list[Actor]) -> list[Actor]:
    """Targets without a bare head noun that a fuller phrase has ("embassy" beside "peruvian
    embassy"): the article names the same facility again, shorter."""
    heads = {t.name.lower().split()[-1] for t in targets if " " in t.name}
    return [t for t in targets if " " in t.name or t.name.lower() not in heads]
