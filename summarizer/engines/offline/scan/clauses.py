"""Who did it and to whom, from the grammar of the violent clause.

The fallback of :mod:`.roles` for actor phrases no role rule reads (``[roles.clause]`` in
``data/roles.toml``). Rules:

- the *subject*: an actor phrase that starts a clause (after the sentence's start,
  punctuation, a speech verb, a subordinator, a time, or "and" after a comma; not a
  verb's object, not a place or unit, not "the woman" named back) and is a whole noun
  phrase (not "an M23 advance", "a village councillor") is the doer of the first active
  violent verb after it ("Gunmen who pulled up in several cars burst into a party and
  sprayed it with gunfire, killing 15"; "Masked gunmen in pick-up trucks stopped a bus
  ... and opened fire") when what lies between them only modifies it: an aside in commas
  or brackets right after it, a relative clause, a prepositional or participial phrase,
  adverbs, a time ("before dawn"). Not when a speech verb ("Police said ..."), a
  subordinator ("Residents fled as rebels shelled ..."; "Three soldiers died when ..."), a
  clause break (";", ":", a quote), the phrase's own "be" ("crowds were roaming ...,
  burning cars") or another phrase that is itself the verb's subject ("Witnesses saw
  gunmen shoot ...") lies between; not when the verb is passive ("were attacked"), a noun
  ("the attack", "with bombs"), a name ("Constable Burns") or a bare participle with no
  object ("soldiers killed in an ambush"); in a subordinate clause, not a participle after
  a comma ("as worshippers left prayers, killing ...": the main clause's);
- a present-tense form ("Gunmen kill 15", "Police fire tear gas") only right after its
  subject and not before another verb's form: nouns share those forms ("shell casings",
  "shells pound");
- the *object*: the actor phrase right after that verb (perhaps after "on", "at", "both",
  or a second verb: "shot and wounded both men") is its target, kept only when no role
  rule gave the sentence a target;
- one subject per sentence, the first that fits; the role rules win wherever they fire;
- a headline with no active clause: the phrase opening it, right before a violent verb's
  bare participle ("Crime reporter gunned down in Lagos"), is the victim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation, expand
from summarizer.engines.offline.prefilter import Match
from summarizer.engines.offline.text import CLAUSE_WORD

__all__ = ["ClauseRules", "clause_roles", "clause_words", "in_perfect", "may_hold"]


class ClauseRules:
    """The clause vocabulary of one lexicon (``[roles.clause]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("roles")["clause"]
        entries = [entry.split("|") for entry in section["violent_verbs"]]
        forms = sorted({f for entry in entries for f in entry}, key=lambda f: (-len(f), f))
        self.present = frozenset(f for entry in entries for f in entry[:2])
        self.verb = re.compile(rf"(?<![\w'’-]){alternation(forms)}(?![\w'’-])", re.I)
        self.complete = frozenset(section["complete"])
        self.speech = frozenset(section["speech"])
        self.subordinators = frozenset(section["subordinators"])
        self.as_aside = re.compile(rf"\b{alternation(section['as_asides'])}\b", re.I)
        self.passive = frozenset(section["passive"])
        self.determiners = frozenset(section["determiners"])
        self.prepositions = frozenset(section["prepositions"])
        self.object_preposition = re.compile(
            rf"\s+{alternation(section['object_prepositions'])}(?=\s)", re.I
        )
        self.object_determiner = re.compile(
            rf"\s+{alternation(section['object_determiners'])}(?=\s)", re.I
        )
        self.adverbs = frozenset(section["adverbs"])
        self.openers = frozenset(section["openers"]) | self.speech | self.subordinators
        self.times = frozenset(section["times"])
        self.coordinators = frozenset(section["coordinators"])
        self.relatives = frozenset(section["relatives"])
        self.chain = re.compile(rf"\s+{alternation(section['coordinators'])}\s+", re.I)
        self.reach = int(section["reach"])
        self.perfect = re.compile(
            rf"(?<![\w'’-]){alternation(section['perfect'])}\s+(?={self.verb.pattern})", re.I
        )
        # an aside right after the phrase: "(ISWAP)", ", riding motorcycles,"
        self.aside = re.compile(r"\s*\([^()]{1,40}\)|\s*,[^,;:.\"“”]{1,100},")
        self.breaks = re.compile(r"[;:\"“”]")
        # a count before the object ("killing at least 36 people"): the roles' own words
        fragments = dict(lexicon.section("roles")["fragments"])
        self.count = re.compile(r"\s*" + expand("{@quantity}", fragments), re.I)
        # a verb's past or participle ("gunmen burst into", "men dressed in", "troops
        # searching"), and the words that may follow a whole subject (:func:`_goes_on`)
        self.past = re.compile(rf"(?:{expand('{@first_deed}', fragments)})$")
        self.deed = re.compile(rf"(?:{self.past.pattern[:-1]}|[a-z]+ing)$")
        self.follows = (
            self.relatives
            | self.prepositions
            | self.adverbs
            | self.coordinators
            | self.speech
            | self.subordinators
            | self.passive
            | self.determiners
        )


def may_hold(folded: str, lexicon: Lexicon) -> bool:
    """Can the sentence hold a violent clause at all (one of the verbs' forms)?"""
    return lexicon.rules(ClauseRules).verb.search(folded) is not None


def in_perfect(sentence: str, lexicon: Lexicon) -> bool:
    """Is a violent verb of the sentence in the perfect ("groups linked to al-Qaeda have
    attacked churches in the region")? What has been done over time: background, not the
    incident's own deed ("had attacked" tells an earlier deed of the story: not read)."""
    return lexicon.rules(ClauseRules).perfect.search(sentence) is not None


def clause_roles(
    sentence: str,
    phrases: Sequence[Match],
    lexicon: Lexicon,
    site: Callable[[Match], bool],
    headline: bool = False,
) -> dict[int, str]:
    """The role the clause's grammar gives actor phrases (by their match's start): the first
    subject of an active violent verb is its perpetrator, the phrase that is the verb's
    object its target (module docstring). A place or unit (``site``) is no subject. In a
    ``headline`` with no active clause, a phrase opening it right before a bare participle
    is the victim ("Crime reporter gunned down in ...", "Asylum seeker killed, 77 hurt")."""
    rules = lexicon.rules(ClauseRules)
    found = _active(sentence, phrases, rules, site) if phrases else {}
    if found or not headline:
        return found
    for match in phrases[:1]:
        verb = rules.verb.match(sentence, match.end() + 1)
        if (
            not clause_words(sentence[: match.start()])
            and sentence[match.end() : match.end() + 1].isspace()
            and verb is not None
            and verb.group(0).lower() not in rules.present
            and not _has_object(sentence, verb, rules)
        ):
            return {match.start(): "target"}
    return {}


def _active(
    sentence: str, phrases: Sequence[Match], rules: ClauseRules, site: Callable[[Match], bool]
) -> dict[int, str]:
    """The subject and object of the first active violent clause (:func:`clause_roles`)."""
    words = sentence.split()  # a title's words are most of them capitalised
    title = sum(w[:1].isupper() for w in words) * 2 > len(words)
    for match in phrases:
        verb = None if site(match) else _verb_after(sentence, match, phrases, rules, title)
        if verb is None:
            continue
        found = {match.start(): "perpetrator"}
        object_at = verb.end()
        # "shot and wounded both men": the second verb's object is the first one's too
        chained = rules.chain.match(sentence, object_at)
        second = rules.verb.match(sentence, chained.end()) if chained else None
        object_at = second.end() if second else object_at
        for opener in (rules.object_preposition, rules.object_determiner):
            opened = opener.match(sentence, object_at)
            object_at = opened.end() if opened else object_at
        for other in phrases:
            if other.start() >= object_at and not sentence[object_at : other.start()].strip():
                found[other.start()] = "target"
        return found
    return {}


def clause_words(text: str) -> list[str]:
    """``text``'s words and marks, lower-cased, as the clause readers count them."""
    return [w.lower() for w in CLAUSE_WORD.findall(text)]


def _last_words(text: str, end: int, reach: int = 80) -> list[str]:
    """The last words of ``text[:end]``, at least the two a clause's opening is read from
    (:func:`_opens`), without splitting the whole sentence before every phrase."""
    start = max(0, end - reach)
    words = clause_words(text[start:end])
    # the window's first word may be cut: it is never one of the last two unless few fit
    return words if start == 0 or len(words) > 2 else clause_words(text[:end])


def _verb_after(
    sentence: str, match: Match, phrases: Sequence[Match], rules: ClauseRules, title: bool
) -> re.Match[str] | None:
    """The active violent verb ``match`` is the subject of, if any (module docstring;
    ``title``: the sentence is written as a title, so a capitalised verb is no name)."""
    before = _last_words(sentence, match.start())
    if not _opens(before, rules):
        return None  # "attacked by bandits", "separating students from": no clause's start
    # in a subordinate clause, a participle after a comma is the main clause's ("as
    # worshippers left prayers, killing ...")
    subordinate = bool(before) and before[-1] in rules.subordinators
    start = match.end()
    if _goes_on(sentence, start, rules):
        return None
    aside = rules.aside.match(sentence, start)
    start = aside.end() if aside else start
    end = min(len(sentence), start + rules.reach)
    for verb in rules.verb.finditer(sentence, start, end):
        gap = sentence[start : verb.start()]
        if rules.breaks.search(gap):
            return None
        if subordinate and gap.rstrip().endswith(",") and verb.group(0).lower().endswith("ing"):
            return None
        if verb.group(0)[:1].isupper() and not title:
            continue  # "Constable Burns", "the Fire Department": a name
        words = clause_words(rules.as_aside.sub(" ", gap))
        if any(
            w in rules.speech
            or (w in rules.subordinators and (words[i + 1 : i + 2] or [""])[0] not in rules.times)
            for i, w in enumerate(words)
        ):
            return None  # "said", "as rebels shelled"; not "before dawn"
        if any(
            match.end() <= o.start()
            and o.end() <= verb.start()
            and _adjacent(sentence, o, verb, rules)
            for o in phrases
        ):
            return None  # "saw gunmen shoot": the nearer phrase is the subject
        own = words[: next((i for i, w in enumerate(words) if w in rules.relatives), len(words))]
        if any(w in rules.passive for w in own[:-1]):
            return None  # "crowds were roaming the streets, burning cars": its own verb
        near = [w for w in words if w not in rules.adverbs]
        if near and (near[-1] in rules.determiners or near[-1] in rules.prepositions):
            continue  # "the attack", "with bombs": a noun, read on
        if near and near[-1] in rules.passive:
            return None  # "were attacked"
        # right after the phrase or its bracket, not after an aside in commas ("volunteers,
        # track loggers, burn their camps")
        bracket = aside is not None and aside.group(0).lstrip().startswith("(")
        right_after = clause_words(sentence[start if bracket else match.end() : verb.start()])
        adjacent = all(w in rules.adverbs for w in right_after)
        if verb.group(0).lower() in rules.present and not (
            adjacent and not _verb_next(sentence, verb, rules)
        ):
            continue  # "found shell casings", "shells pound": a noun
        if _has_object(sentence, verb, rules):
            return verb
    return None


def _goes_on(sentence: str, end: int, rules: ClauseRules) -> bool:
    """Does the noun phrase go on past the actor phrase ending at ``end``: a word that is
    no verb and no function word, then a past verb ("an M23 advance raped", "a village
    councillor pulled out")? The phrase read is then a modifier, no subject."""
    if not sentence[end : end + 1].isspace():
        return False  # punctuation, "'s"
    following = clause_words(sentence[end : end + 60])[:2]
    if len(following) < 2 or not following[0][0].isalpha():
        return False
    word, then = following
    if word in rules.follows or rules.deed.match(word) or rules.verb.match(sentence, end + 1):
        return False
    return bool(rules.past.match(then) or rules.verb.fullmatch(then))


def _opens(before: list[str], rules: ClauseRules) -> bool:
    """Does a clause start after these words (the sentence's start, punctuation, an
    opener; "and" only after a comma)?"""
    if not before or not before[-1][0].isalnum():
        return True
    if before[-1] in rules.coordinators:
        return len(before) > 1 and before[-2] == ","
    return before[-1] in rules.openers


def _verb_next(sentence: str, verb: re.Match[str], rules: ClauseRules) -> bool:
    """Is the verb's form followed by another ("shells pound")?"""
    return rules.verb.match(sentence, verb.end() + 1) is not None


def _adjacent(sentence: str, phrase: Match, verb: re.Match[str], rules: ClauseRules) -> bool:
    """Is ``phrase`` followed by ``verb`` with only adverbs between (its own subject)?"""
    return all(w in rules.adverbs for w in clause_words(sentence[phrase.end() : verb.start()]))


def _has_object(sentence: str, verb: re.Match[str], rules: ClauseRules) -> bool:
    """Does the verb act on something ("killed 15", "opened fire"), not only describe a
    phrase as a bare participle ("soldiers killed in an ambush", "killed, police said")?"""
    if verb.group(0).lower() in rules.complete:
        return True
    counted = rules.count.match(sentence, verb.end())
    after = clause_words(sentence[counted.end() : counted.end() + 20]) if counted else []
    if counted and (
        any(c.isdigit() for c in counted.group(0)) or (bool(after) and after[0][0].isdigit())
    ):
        return True  # "kill 15 at a party", "killing at least 20.": the count is the object
    following = clause_words(sentence[verb.end() : verb.end() + 40])
    if not following:
        return False
    word = following[0]
    return (word[0].isalnum() or word[0] in "'’") and word not in rules.prepositions | (
        rules.subordinators | rules.passive
    )
