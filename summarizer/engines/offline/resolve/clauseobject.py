"""What the violent clause hit, read from its grammar: the target where the role rules give
only anyone ("civilians", "people"), a vehicle or nothing.

Rules (called by :mod:`.actors` on the targets it chose; vocabulary ``[roles.objects]``):

- when: the targets chosen are only weak or none, or only sites and the clause gives
  people ("opened fire on drinkers at a bar": the drinkers); a weak target yields to a
  site only where the site is named ("the Meena Bazaar") and the blow did not come from
  afar (a shell that fell on a market hit whom it found); none yields to any site;
- where it is read: the lead's sentences, first to last, but one telling another act or
  background (as :mod:`.actors` skips them); a band read as the doer is not its own
  target ("settlers burned homes after two settlers were shot"); the first noun phrase that
  qualifies wins, in this order within a sentence: the subject of a violent passive
  ("Twelve farmers were shot dead by gunmen"), the object of an active violent verb in a
  past or participle form (after "on", "at", "into", "both", "all" or a count: "opened fire
  on drinkers", "torched shops and banks", ", killing nine pilgrims"; not a present form,
  which nouns share, not after a determiner: "the attack"; not the weapon a verb like
  "fired" takes, nor a vehicle: "rammed a car packed with explosives into"), the place a blast hit ("exploded outside the Hanuman temple", "blew
  himself up among lawyers");
- the noun phrase runs from there to a preposition, a relative, a conjunction, a verb of
  the clause, a time, a participle after its head ("vaccinators taking part": not a site
  word like "building") or punctuation (at most ``reach`` words); "tore through" and
  "ripped through" name the place right after them; its HEAD noun decides: a site (a
  facility word, ``sites``, or a ``site`` of :mod:`.nouns`, last two words first: "stock
  exchange") is a target as worded ("the Indian embassy"), a named one with its name's "of"
  ("the National Museum of Iraq"); people by a ``people`` plural of :mod:`.nouns`
  ("pilgrims"; yielding to a site already chosen) or the grammar of a plural: a word
  ending like one who does something ("drinkers", "Christians") or any plural after a
  number ("two sadhus"); a force never (the role rules read it); a name alone (a town:
  "hit Sderot") or a singular common noun is not read; else, the subject of any passive
  with its doer after it, or a named site's with none (:func:`_passive_subject`), then a
  named site any past verb takes (:func:`_named_object`); in a battle or a blow from afar
  with nothing read, the force after a preposition of aim (:func:`_other_side`);
- a phrase whose head is only part of a site ("the golden dome of the X shrine", "the car
  park of the X club") yields to the site its "of" phrase names; a common noun that is no
  target ("crowds", "a group") to the people its "of" phrase names ("crowds of football
  fans"), not a name's own "of" ("the Ministry of Refugees");
- a thing with an owner followed by "of" is its owners (:mod:`.owners`: "tore through the
  motorcade of X", "ambushed a patrol of X and Y");
- the phrase must not be one of the words for anyone ("people", "civilians"): those are
  the weak targets it replaces; two phrases joined by "and" are both read ("shops and
  banks").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.numbers import parse_number
from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.resolve import Work
from summarizer.engines.offline.resolve.nouns import is_force, noun_classes
from summarizer.engines.offline.resolve.owners import OwnerRules, owners_after
from summarizer.engines.offline.resolve.sitenames import SiteRules
from summarizer.engines.offline.scan import roles
from summarizer.engines.offline.scan.clauses import ClauseRules
from summarizer.engines.offline.scan.cues import event_of
from summarizer.engines.offline.text import CLAUSE_WORD, fold
from summarizer.schema import Actor, ActorKind, EventType, SubEventType

__all__ = ["FROM_AFAR", "ObjectRules", "clause_objects"]

# Events with another side, whose force a preposition of aim names ("gas against X").
_SIDED = frozenset({EventType.battles, EventType.explosions_remote_violence})

# A blow from afar kills whom it finds: the people it hit are no target picked out, and
# where it fell is no site it was aimed at.
FROM_AFAR = frozenset(
    {
        SubEventType.air_drone_strike,
        SubEventType.shelling_artillery_missile_attack,
        SubEventType.chemical_weapon,
    }
)


class ObjectRules:
    """The clause-object vocabulary of one lexicon (``[roles.objects]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("roles")["objects"]
        clause = lexicon.rules(ClauseRules)
        self.sites = frozenset(section["sites"]) | lexicon.rules(roles.RoleRules).facilities
        self.weapon_verbs = frozenset(section["weapon_verbs"])
        self.heads = lexicon.rules(roles.RoleRules).heads
        self.determiners = clause.determiners
        self.vehicles = lexicon.rules(SiteRules).vehicles
        self.containers = lexicon.rules(OwnerRules).containers
        self.endings = tuple(section["people_endings"])
        self.plural = tuple(section["plural_endings"])
        self.participle = tuple(section["participle_endings"])
        self.not_plural = tuple(section["not_plural_endings"])
        self.part_of = re.compile(section["part_of"])
        self.joined = re.compile(section["joined"])
        self.manner = re.compile(section["manner"], re.IGNORECASE)
        self.reach = int(section["reach"])
        self.nouns = noun_classes()
        self.particle = lexicon.rules(roles.RoleRules).particle  # "al-" of "al-Shifa"
        self.blast = re.compile(
            rf"(?<![\w-])(?:{alternation(section['blasts'])}\s+"
            rf"{alternation(section['blast_places'])}|{alternation(section['blasts_through'])})\s+",
            re.IGNORECASE,
        )
        self.ends = (
            frozenset(section["ends"])
            | clause.prepositions
            | clause.relatives
            | clause.coordinators
            | clause.subordinators
            | clause.speech
            | clause.passive
            | clause.openers  # "on Friday", "overnight": a time ends it
            | clause.times
        )
        general = lexicon.section("roles")["passive_objects"]
        self.agents = frozenset(general["agents"])
        self.agent_reach = int(general["agent_reach"])
        self.past = re.compile(  # a past verb, its particle, a determiner: "tore down the"
            rf"(?<![\w'’-])([a-z]+(?:{alternation(general['participle_endings'])})|"
            rf"{alternation(general['past_forms'])})"
            rf"(?:\s+(?:{alternation(general['particles'])}))?\s+"
            rf"(?=(?:{alternation(sorted(clause.determiners))})\s)",
        )
        self.aim = re.compile(rf"(?<![\w-])(?:{alternation(general['aim'])})\s+", re.I)
        self.any_passive = re.compile(
            rf"\s+(?:{alternation(general['auxiliaries'])}\s+)?"
            rf"(?:{alternation(sorted(clause.passive))})\s+(?:[a-z]+ly\s+)?"
            rf"[a-z]+(?:{alternation(general['participle_endings'])})(?![\w'’-])",
            re.IGNORECASE,
        )
        self.passive = re.compile(
            rf"\s+(?:{alternation(sorted(clause.passive))})\s+(?:[a-z]+ly\s+)?(?={clause.verb.pattern})",
            re.IGNORECASE,
        )


def clause_objects(
    work: Work,
    targets: list[tuple[Actor, Sentence]],
    weak: frozenset[str],
    sub_event_type: SubEventType | None = None,
    later: Callable[[Sentence], bool] = lambda _: False,
    doers: frozenset[str] = frozenset(),
) -> list[tuple[Actor, Sentence]]:
    """``targets``, or where they are only weak (``weak`` words for anyone, vehicles) or
    none, the targets the lead's first violent clause gives by its grammar (module
    docstring); from afar (a shell, an air strike), a weak target yields to people only."""
    lexicon = work.lexicon
    vehicles = lexicon.rules(SiteRules).vehicles
    weak_only = all(fold(a.name) in weak or roles.head_word(a.name) in vehicles for a, _ in targets)
    sites_only = bool(targets) and all(roles.is_facility(a.name, lexicon) for a, _ in targets)
    if not (weak_only or sites_only):
        return targets
    for sentence in work.main[: work.lead_count]:
        if later(sentence):
            continue  # another act's, or background's
        found = _read(sentence.text, lexicon, weak, broad=not sites_only)
        if any(roles.head_word(a.name) in doers for a in found):
            break  # "settlers burned homes after two settlers were shot": one band
        people = all(a.kind == ActorKind.civilians for a in found)
        named = all(a.name != a.name.lower() for a in found)  # "the Meena Bazaar"
        afar = sub_event_type in FROM_AFAR  # a shell that fell on a market hit whom it found
        if found and (people or not targets or (weak_only and named and not afar)):
            work.cite("targets", sentence)
            return [(actor, sentence) for actor in found]
        if found:
            break
    if not targets and sub_event_type and event_of(sub_event_type) in _SIDED:
        return _other_side(work, later, doers)
    return targets


def _other_side(
    work: Work, later: Callable[[Sentence], bool], doers: frozenset[str]
) -> list[tuple[Actor, Sentence]]:
    """In a battle or a blow from afar that hit no one read yet, the first force named
    after a preposition of aim in the lead ("gas against the French colonial troops
    holding the line", "dropped bombs on the troops there"): the other side, up to its
    force word, not the doer's own."""
    rules = work.lexicon.rules(ObjectRules)
    for sentence in work.main[: work.lead_count]:
        if later(sentence):
            continue
        for aim in rules.aim.finditer(sentence.text):
            found = _phrase(sentence.text, aim.end(), rules)
            words = found[0] if found else []
            at = next((i for i, w in enumerate(words) if is_force(_bare(w), rules.heads)), None)
            if at is None or _bare(words[at]) in doers:
                continue
            work.cite("targets", sentence)
            kind = rules.heads.get(_bare(words[at]), ActorKind.state_forces)
            return [(Actor(name=" ".join(words[: at + 1]), kind=kind), sentence)]
    return []


def _read(text: str, lexicon: Lexicon, weak: frozenset[str], broad: bool) -> list[Actor]:
    """The targets one sentence's clause gives (module docstring)."""
    rules = lexicon.rules(ObjectRules)
    clause = lexicon.rules(ClauseRules)
    for passive in rules.passive.finditer(text):  # "Twelve farmers were shot dead by"
        words = text[: passive.start()].split()[-rules.reach :]
        cut = max((i + 1 for i, w in enumerate(words) if _bare(w) in rules.ends), default=0)
        # "a member of the X parliament was": an "of" phrase, not the subject
        of = cut > 0 and rules.part_of.match(" " + " ".join(words[cut - 1 : cut + 1])) is not None
        words = [w for w in words[cut:] if _bare(w) not in clause.determiners]
        words = words[1:] if _is_number(words[:1], lexicon) else words  # "Six bandsmen"
        if words and not of and not any(not w[-1:].isalnum() for w in words[:-1]):
            subject = _qualify(" ".join(words).strip(",;:"), rules, weak, counted=False)
            if subject and subject.kind == ActorKind.civilians:  # people, not a site
                return [subject]
    for verb in clause.verb.finditer(text):
        form = verb.group(0).lower()
        before = CLAUSE_WORD.findall(text[: verb.start()])[-1:]
        if form in clause.present or form in rules.weapon_verbs or verb.group(0)[:1].isupper():
            continue
        if before and (before[0].lower() in clause.determiners | clause.passive):
            continue  # "the attack", "were shot": a noun, a passive
        at = verb.end()
        manner = rules.manner.match(text, at)  # "stabbed to death hundreds of ..."
        at = manner.end() if manner else at
        for opener in (clause.object_preposition, clause.object_determiner):
            opened = opener.match(text, at)
            at = opened.end() if opened else at
        found = _phrases(text, at, lexicon, weak, clause, broad)
        if found and all(roles.head_word(a.name) not in rules.vehicles for a in found):
            return found  # "rammed a car into ...": the vehicle was the weapon
    for blast in rules.blast.finditer(text):
        found = _phrases(text, blast.end(), lexicon, weak, clause, broad)
        if found:
            return found
    return _passive_subject(text, rules, clause, weak, broad) or _named_object(text, rules, weak)


def _named_object(text: str, rules: ObjectRules, weak: frozenset[str]) -> list[Actor]:
    """The object of any past verb but speech in a violent story that is a NAMED site of the
    noun classes ("wrecked the Bombay Stock Exchange", "tore down the Babri mosque"); not a
    place after a preposition ("near the station": no object)."""
    for verb in rules.past.finditer(text):
        if _bare(verb.group(1)) in rules.ends:
            continue
        found = _phrase(text, verb.end(), rules)
        if found and any(_named(w, rules) for w in found[0]):
            actor = _qualify(" ".join(found[0]), rules, weak, counted=False)
            if actor is not None and actor.kind == ActorKind.unknown:
                of = rules.part_of.match(text[found[1] :])  # "the Jewish Museum of Belgium"
                owner = _phrase(text, found[1] + of.end(), rules) if of else None
                if owner and all(_named(w, rules) for w in [*found[0][-1:], *owner[0]]):
                    actor = Actor(name=f"{actor.name} of {' '.join(owner[0])}", kind=actor.kind)
                return [actor]
    return []


def _passive_subject(
    text: str, rules: ObjectRules, clause: ClauseRules, weak: frozenset[str], broad: bool
) -> list[Actor]:
    """The subject of any passive with its doer after it ("The Babri mosque was torn down on
    Sunday by", "volunteers were taken off a bus ... by"): a site or people of the noun
    classes, from the last punctuation, end word or determiner before the verb."""
    for passive in rules.any_passive.finditer(text):
        after = text[passive.end() :].split()[: rules.agent_reach]
        words = text[: passive.start()].split()[-rules.reach :]
        cut = max(
            (i + 1 for i, w in enumerate(words) if _bare(w) in rules.ends or not w[-1].isalnum()),
            default=0,
        )
        named_of = cut >= 2 and _bare(words[cut - 1]) == "of" and _named(words[cut - 2], rules)
        of = f" of {' '.join(words[cut:])}" if named_of else ""  # "the Cathedral of St Michael"
        words = [
            w for w in words[cut - 2 if named_of else cut :] if _bare(w) not in clause.determiners
        ]
        words = words[1:] if words and parse_number(words[0].lower()) is not None else words
        actor = _qualify(" ".join(words[:1] if of else words), rules, weak, False, broad)
        named = actor is not None and actor.kind == ActorKind.unknown and _named(actor.name, rules)
        if actor is not None and (named or any(w.lower() in rules.agents for w in after)):
            return [Actor(name=actor.name + of, kind=actor.kind)]  # a named site needs no doer
    return []


def _phrases(
    text: str,
    at: int,
    lexicon: Lexicon,
    weak: frozenset[str],
    clause: ClauseRules,
    broad: bool = False,
) -> list[Actor]:
    """The noun phrases at ``at`` (one, or two joined by "and"), those that qualify."""
    rules = lexicon.rules(ObjectRules)
    counted = clause.count.match(text, at)
    number = bool(counted and any(c.isdigit() for c in counted.group(0)))
    start = counted.end() if counted and counted.group(0).strip() else at
    number = number or _is_number(text[start:].split()[:1], lexicon)
    found: list[Actor] = []
    first = _phrase(text, start, rules)
    if first is None:
        return []
    words, end = first
    if number and len(words) > 1:
        words = words[1:]
    actor = _qualify(" ".join(words), rules, weak, counted=number, broad=broad)
    owners = owners_after(text, end, lexicon) if _bare(words[-1]) in rules.containers else []
    if owners:  # "the motorcade of X", "a patrol of X and Y": whom it belongs to
        return owners
    of = rules.part_of.match(text[end:])
    if of:  # "the golden dome of the X shrine": the site the part belongs to
        owner = _phrase(text, end + of.end(), rules)
        site = _qualify(" ".join(owner[0]), rules, weak, counted=False) if owner else None
        if site is not None and roles.head_word(site.name) in rules.sites:
            actor = site if actor is None or actor.kind != ActorKind.civilians else actor
        elif (
            owner
            and actor is not None
            and actor.kind == ActorKind.unknown
            and all(_named(w, rules) for w in [*words[-1:], *owner[0]])
        ):  # "the National Museum of Iraq": a named site keeps its name's "of"
            actor = Actor(name=f"{actor.name} of {' '.join(owner[0])}", kind=actor.kind)
        elif site is not None and actor is None and words[-1].islower():
            # "crowds of football fans", "a group of farmers": the people; not a name's
            # own "of" ("the Ministry of Refugees")
            actor = site
    if actor is None:
        return []
    found.append(actor)
    joined = rules.joined.match(text[end:])
    second = _phrase(text, end + joined.end(), rules) if joined else None
    other = _qualify(" ".join(second[0]), rules, weak, number, broad) if second else None
    if other is not None and (other.kind == actor.kind):
        found.append(other)
    return found


def _is_number(words: list[str], lexicon: Lexicon) -> bool:
    """Is the word a number written out ("two", "twelve")?"""
    return bool(words) and parse_number(words[0].lower()) is not None


def _phrase(text: str, at: int, rules: ObjectRules) -> tuple[list[str], int] | None:
    """The words of the noun phrase starting at ``at`` and where it ends."""
    words: list[str] = []
    end = at
    for word in re.finditer(r"\S+", text[at : at + 120]):
        bare = _bare(word.group(0))
        if not bare or bare in rules.ends or len(words) >= rules.reach:
            break
        if (
            words
            and bare.endswith(rules.participle)
            and (bare not in rules.sites or _bare(words[-1]).endswith(rules.endings))
        ):
            break  # "vaccinators taking part in", "marchers gathering": it modifies them
        if not words and bare in rules.determiners:
            end = at + word.end()
            continue
        words.append(word.group(0).rstrip(',.;:)"”'))
        end = at + word.start() + len(words[-1])
        if word.group(0) != words[-1]:
            break  # punctuation ends it
    return (words, end) if words else None


def _bare(word: str) -> str:
    return word.strip(',.;:()"“”').lower()


def _qualify(
    phrase: str, rules: ObjectRules, weak: frozenset[str], counted: bool, broad: bool = False
) -> Actor | None:
    """The phrase as a target, by its head noun (module docstring), else None."""
    words = phrase.split()
    if not words or fold(phrase) in weak:
        return None
    head = words[-1].lower()
    if fold(head) in weak:
        return None
    # the noun classes: the last two words first ("the Bombay Stock Exchange"), then the head
    noun = rules.nouns.get(" ".join(words[-2:]).lower()) or rules.nouns.get(head)
    if head in rules.sites or noun == "site":  # "the Indian embassy"; not "old" in "the old X"
        named = next((i for i, w in enumerate(words) if _named(w, rules)), 0)
        return Actor(name=" ".join(words[named:]), kind=ActorKind.unknown)
    if head in rules.heads:  # the engine's own word for the head wins over the classes
        noun = "people" if rules.heads[head] == ActorKind.civilians else "force"
    if noun == "force":
        return None  # "officers", "soldiers", "a battalion": a force, read by the role rules
    noun = noun if broad else None  # a class member yields to a site already chosen
    if not words[-1][:1].islower() and not head.endswith(rules.endings) and noun != "people":
        return None  # a name alone: a town
    plural = head.endswith(rules.plural) and not head.endswith(rules.not_plural)
    if plural and (counted or head.endswith(rules.endings) or noun == "people"):
        return Actor(name=phrase, kind=ActorKind.civilians)  # "Jews", "inmates", "pilgrims"
    return None


def _named(word: str, rules: ObjectRules) -> bool:
    """Does the word start a name ("Babri", "al-Shifa")?"""
    return word[:1].isupper() or bool(rules.particle.match(word))
