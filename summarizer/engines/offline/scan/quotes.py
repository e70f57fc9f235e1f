"""Attributed statements: who said what in a sentence.

Shapes recognised:

- speaker first: "X said (that) ...", "X told reporters on Friday that ...", "X, the
  group's spokesman, said ...", "X, speaking on state television, says ...",
  "X condemned the attack and said ...", "X claimed responsibility, saying ...";
- speaker last: "..., X said (in a statement).", "..., said X, whose ...", "..., an
  accusation X has denied.";
- "according to X, ..." and "..., according to X.";
- "..., he said." / "He added that ..." for the last named speaker.

The speaker is the noun phrase the article gives ("Iran-backed militia officials in Iraq",
"Matiullah Rohani, the Taliban's head of culture"), checked to look like one: it starts
with no preposition or pronoun, holds no verb, and ends in a name or a word for people or
bodies that speak. The words are ``data/claims.toml``.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.scan.places import strip_dateline
from summarizer.engines.offline.scan.quoterules import FoundClaim, QuoteRules
from summarizer.engines.offline.scan.speakers import same_speaker, specificity

__all__ = [
    "FoundClaim",
    "QuoteRules",
    "clean_source",
    "clip",
    "find_claim",
    "same_speaker",
    "second_claim",
    "specificity",
    "subject_at_start",
]

_TIMESTAMP = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d+)\s*[—–:-]?\s*", re.I)
_ABBREVIATION_START = re.compile(r"^(?:[a-z]\.){2,}\s+")  # "a.m. Police said", a missed split
_VERB_INSIDE = re.compile(
    r"\b[a-z]\w+(?:ed|ing)\s+(?:the|a|an|on|to|in|for|at|with|by|from|calm|that)\b"
)
_CLAUSE_WORDS = re.compile(
    r"^.*\b(?:that|when|while|after|because|where|although|though|since|until|before|if|as)\s+",
    re.I,
)
_THAT_SOON = re.compile(
    r"^(?:(?:in|on|at|by|via|through|during|late|early|after|earlier|later|to|from)\b"
    r"[^,.;\"“”]{0,60}?\s)?that\s+",
    re.I,
)
_ISSUED = re.compile(
    r"\b(?:issued|read|released|published|posted|put out|sent)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:statement|communiqu\w+|message|video|post|note)$",
    re.I,
)
# ", who spoke on condition of anonymity because the government has warned ...": a verb
# inside a relative clause has that clause's subject, not the sentence's speaker
_RELATIVE = re.compile(r"^\s*(?:who|whom|whose|which)\b", re.I)
# a phrase that names someone: a capitalised word after its first ("The National Liberation
# Army"), or one capitalised word
_NAMED = re.compile(r"^\s*(?:\S+\s+(?:\S+\s+)*?[A-Z]|[A-Z]\S*\s*$)")
_PLACE_PREPOSITIONS = frozenset({"from", "in", "of", "at"})
_PRONOUNS = frozenset({"it", "he", "she", "they"})
_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_NOT_A_SUBJECT = frozenset({"been", "be", "being", "was", "were", "is", "are", "not"})


def _head_ok(words: list[str], rules: QuoteRules) -> bool:
    # "the school's principal", "the students' parents": a noun owned by another names a
    # person by their relation to it (no verb comes between: checked by the caller)
    if len(words) >= 2 and words[-1].isalpha() and words[-2].endswith(("'s", "’s", "s'", "s’")):
        return True
    last = words[-1].strip("()’'.,")
    if not last:
        return False
    if any(ch.isupper() or ch.isdigit() for ch in last):
        return True
    lower = last.lower().removesuffix("’s").removesuffix("'s")
    nouns = rules.speaker_nouns
    return (
        lower in nouns
        or lower.rstrip("s") in nouns
        or (lower.endswith("es") and lower[:-2] in nouns)
        or (lower.endswith("ies") and lower[:-3] + "y" in nouns)
        or bool(rules.agent_suffix.search(lower))
    )


def _time_words_off(source: str, rules: QuoteRules) -> str:
    """``source`` without the date it opens on ("October 5 police": "police"); a phrase
    that is only a date ("October") names no one and comes back empty."""
    words = source.split()
    while words and (
        words[0].lower().strip(",.") in rules.months or words[0].strip(",.").isdigit()
    ):
        words = words[1:]
    return " ".join(words)


def _two_phrases(words: list[str], rules: QuoteRules) -> bool:
    """Whether an inner "the/a/an" follows a lowercase word that joins nothing (no
    preposition, conjunction or possessive): two noun phrases side by side."""
    return any(
        word.lower() in {"the", "a", "an"}
        and before.isalpha()
        and before.islower()
        and before not in rules.joins
        for before, word in pairwise(words)
    )


def clean_source(raw: str, lexicon: Lexicon) -> str | None:
    """``raw`` trimmed to the speaker's noun phrase, or None when it names no speaker."""
    rules = lexicon.rules(QuoteRules)
    source = raw.rsplit("\n", 1)[-1].strip(" ,;:.\"'“”’—–-")
    # the end of a quotation or a dateline before the speaker: '"...," Kiprono', 'March 18 - X'
    source = re.sub(r"^.*[,.!?][\"”]\s+", "", source)
    source = re.split(r"\s(?:--|[—–-])\s", source)[-1].strip(" ,;:.'’—–-")
    source = re.sub(r"[\"“”]", "", source).rsplit(": ", 1)[-1]  # "Editor's note: X"
    source = _TIMESTAMP.sub("", source)
    source = _ABBREVIATION_START.sub("", source)
    source = rules.leading.sub("", source)
    source = _time_words_off(source, rules)
    source = rules.statement_from.sub("", source)
    source = rules.claim_noun.sub("", source)
    source = rules.owner_noun.sub(r"\g<who>", rules.and_to.sub(" and ", source))
    source = rules.postmodifier.sub("", source)
    source = rules.trailing_aux.sub("", source).strip(" ,;:")
    words = source.split()
    if not words or len(words) > 14:
        return None
    # "his lawyer", "their families": a possessive opens a speaker that names who speaks
    possessive = words[0].lower() in _POSSESSIVES and len(words) > 1
    if (words[0].lower() in rules.function_start and not possessive) or source.count(
        "("
    ) != source.count(")"):
        return None
    if len(words) == 1 and words[0].lower() in {"the", "a", "an", "some", "many", "one"}:
        return None
    if _two_phrases(words, rules):
        return None  # "a sentence the victims' families (said ...)": a relative clause
    if words[0].lower() in rules.speech_verbs:
        return None  # "wrote on Facebook that he had been told": a verb, not a speaker
    if _VERB_INSIDE.search(source):
        return None
    if not _head_ok(words, rules):
        # "an elected official from Banibangou commune": the head comes before the place
        cuts = [i for i, w in enumerate(words) if i and w.lower() in _PLACE_PREPOSITIONS]
        if not cuts or not _head_ok(words[: cuts[0]], rules):
            return None
    return source


def clip(text: str, words: int = 30) -> str:
    """A statement cut to at most ``words`` words, without quotation marks."""
    parts = text.strip().strip('"“”').split()
    clipped = " ".join(parts[:words])
    return clipped.rstrip(".,;:") + ("…" if len(parts) > words else "")


def subject_at_start(text: str, lexicon: Lexicon) -> str | None:
    """The sentence's opening noun phrase: "X" or "X, the group's spokesman" (no dateline)."""
    segments = strip_dateline(text, lexicon).lstrip(" —–-:").split(",")
    first = segments[0].strip()
    if len(segments) > 2:
        second = segments[1].strip()
        described = re.match(r"^(?:the|a|an|its|his|her|their)\b", second, re.I)
        named = re.match(r"^(?:the|a|an)\b", first, re.I) and second[:1].isupper()
        if (described or named) and len((first + " " + second).split()) <= 14:
            whole = clean_source(f"{first}, {second}", lexicon)
            if whole is not None and clean_source(first, lexicon) is not None:
                return whole
    # no appositive: the words before the first verb-like word
    words: list[str] = []
    for word in first.split():
        if word[:1].islower() and (
            word.endswith("ed") or word in {"has", "have", "had", "is", "was", "were", "are"}
        ):
            break
        words.append(word)
    return clean_source(" ".join(words), lexicon) if words else None


def _source_before(trimmed: str, word: str, text: str, previous: str | None, lexicon: Lexicon):  # type: ignore[no-untyped-def]
    """The speaker of a speaker-first claim whose verb follows ``trimmed``; False when the
    shape does not fit (skip this verb), None when it fits but names no speaker."""
    rules = lexicon.rules(QuoteRules)
    if word == "saying" or re.search(r"\band$", trimmed, re.I):
        if word == "saying" and _ISSUED.search(trimmed):  # "X issued a statement saying"
            return subject_at_start(text, lexicon)
        if word == "saying" and not trimmed.endswith(","):
            return False
        return subject_at_start(text, lexicon)
    if trimmed.endswith(","):
        segments = [s.strip() for s in trimmed.rstrip(", ").split(",")]
        if len(segments) < 2:
            return False
        appositive, subject = segments[-1], segments[-2]
        subject = _CLAUSE_WORDS.sub("", subject)
        by = rules.issued_by.match(appositive)
        if by:
            return clean_source(by.group("by"), lexicon)
        if rules.circumstance.match(appositive):
            # "The National Liberation Army, Colombia's last rebel group, which ..., said":
            # the name before the description is the speaker's
            if len(segments) > 2:
                earlier = _CLAUSE_WORDS.sub("", segments[-3])
                if _NAMED.search(earlier) and clean_source(subject, lexicon):
                    whole = clean_source(f"{earlier}, {subject}", lexicon)
                    if whole:
                        return whole
            return clean_source(subject, lexicon)
        whole = clean_source(f"{subject}, {appositive}", lexicon)
        named = appositive[:1].isupper() and not re.match(r"(?:The|A|An)\b", appositive)
        if whole and (named or clean_source(subject, lexicon)):
            return whole
        if named:  # "Its director, Abdikadir Abdirahman, said"; a title too long to keep
            return clean_source(appositive, lexicon) or clean_source(subject, lexicon)
        return clean_source(subject, lexicon)
    segment = _CLAUSE_WORDS.sub("", re.split(r"[,;:—–(]\s|\s[—–]\s", trimmed)[-1])
    pronoun = segment.strip().lower() in _PRONOUNS
    return previous if pronoun else clean_source(segment, lexicon)


def _front(
    text: str, folded: str, previous: str | None, lexicon: Lexicon
) -> tuple[str, str] | None:
    """A speaker-first claim: (speaker, what follows the verb); "it said" is ``previous``."""
    rules = lexicon.rules(QuoteRules)
    for verb in rules.verb.finditer(text, folded):
        left, right = text[: verb.start()], text[verb.end() :]
        left_words = left.split()
        if not left_words or left_words[-1].lower() in _NOT_A_SUBJECT:
            continue
        if verb.group(0)[:1].isupper() or _RELATIVE.match(left.rsplit(",", 1)[-1]):
            continue  # "The United States said"; ", who ... because X warned ..."
        word = verb.group(0).lower()
        trimmed = rules.trailing_aux.sub("", left.rstrip())
        source = _source_before(trimmed, word, text, previous, lexicon)
        if not source:
            continue
        says = right.lstrip(" ,:")
        if re.match(r"(?:were|was|is|are|had|has|have|would|will|could|may|might)\b", says):
            continue  # "killings that the UN said were ordered by ...": no subject of its own
        if word.startswith(("put ", "gave ", "given ", "gives ", "give ")) or rules.stance.match(
            word
        ):
            return source, f"{verb.group(0)} {says}"
        if word in {"told", "tells"}:
            # "told a judicial commission of inquiry on Monday that ...": whoever was told,
            # what was told opens after "that"
            told = _TOLD_THAT.match(says)
            says = says[told.end() :] if told else rules.addressee.sub("", says, count=1)
        that = _THAT_SOON.match(says)
        # ("... said in a statement it had attacked a base": the statement is how)
        says = says[that.end() :] if that else rules.document_lead.sub("", says, count=1)
        return source, says
    return None


def find_claim(
    text: str, lexicon: Lexicon, previous: str | None = None, folded: str | None = None
) -> FoundClaim | None:
    """The attributed statement sentence ``text`` makes, if it makes one.

    ``previous`` is the last named speaker; a sentence that ends "..., he said" or starts
    "He added that ..." is theirs.
    """
    rules = lexicon.rules(QuoteRules)
    folded = lexicon.fold(text) if folded is None else folded
    if not rules.verb.possible(folded) and not rules.according.possible(folded):
        return None  # no verb of speech, no "according to": no claim
    if previous:
        for pronoun in (rules.pronoun_back, rules.pronoun_front):
            match = pronoun.match(text, folded)
            if match and len(match.group("says").split()) >= 3:
                return FoundClaim(previous, clip(match.group("says")))
    for pattern in (rules.according, rules.back_inverted, rules.back):
        match = pattern.match(text, folded)
        if not match:
            continue
        groups = match.groupdict()
        src = groups.get("src") or groups.get("src2") or groups.get("src3")
        says = groups.get("says") or groups.get("says2")
        if groups.get("head3"):  # "The toll, according to X, rose to 45"
            says = f"{groups['head3']} {groups['tail3']}".rstrip(". ")
        if not src or not says:
            continue
        if pattern is rules.back and _THAT_AFTER.search(text[match.end("verb") :].split(",")[0]):
            continue  # "X, a rebel group, which ..., said on Twitter that ...": X speaks first
        if pattern is rules.back_inverted and not _inversion(
            text, match.start("src"), src, says, lexicon
        ):
            continue
        if pattern is rules.back_inverted and "," in src:
            head, tail = src.split(",", 1)  # the pattern ignores case: a name has capitals
            src = src if tail.strip()[:1].isupper() else head
        source = clean_source(src, lexicon)
        says = strip_dateline(says, lexicon).lstrip(" —–-:")
        if pattern is rules.according and source and rules.channel.match(source):
            # "X said it carried out the bombing, according to a statement on its website":
            # the statement is how X spoke, X the speaker
            inner = _front(says, lexicon.fold(says), previous, lexicon)
            if inner is not None and len(inner[1].split()) >= 3:
                return FoundClaim(inner[0], clip(inner[1]))
        if source and len(says.split()) >= 3:
            return FoundClaim(source, clip(says))
    front = _front(text, folded, previous, lexicon)
    if front is not None:
        source, says = front
        words = says.split()
        # "The Taliban denied involvement.": a stance needs no third word
        if len(words) >= 3 or (len(words) == 2 and rules.stance.match(words[0])):
            return FoundClaim(source, clip(says))
    return None


def _inversion(text: str, at: int, src: str, says: str, lexicon: Lexicon) -> bool:
    """Whether an inverted "..., said X" is one: after a quotation mark always; without one,
    only when X is no clause ("..., said volunteers had buried ...": "said" is X's verb)
    and what comes before is no speaker ("X, who ..., said ...", "The chief, X, said")."""
    before = text[:at].rstrip().rsplit(None, 1)[0]  # up to the verb (X starts at ``at``)
    if before.rstrip(",; ").endswith(_QUOTE_MARKS):
        return True
    if _AUXILIARY.search(src) or _VERB_INSIDE.search(src):
        return False
    if _RELATIVE.match(says.rsplit(",", 1)[-1]):
        return False
    # "The army chief, General X, said the military ...": the speaker comes first
    return clean_source(says, lexicon) is None


_TOLD_THAT = re.compile(r"^[^,;:\"“”]{0,80}?\bthat\s+")
_QUOTE_MARKS = ('"', "”", "’", "'")
_THAT_AFTER = re.compile(r"\bthat\s")
_AUXILIARY = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would|could|did)\b", re.I)


def second_claim(text: str, lexicon: Lexicon, first: FoundClaim) -> FoundClaim | None:
    """A second speaker's statement in the clause after ";", "while", ", but" or ", and"
    (``second_clause``: "Amnesty said 66 died, while officials put the toll at 19", "Staff
    said the toll was higher, and a lawmaker told Reuters 50 had died"), if the sentence
    makes one."""
    rules = lexicon.rules(QuoteRules)
    for split in rules.second.finditer(text):
        rest = text[split.end() :]
        found = find_claim(rest, lexicon)
        if found is None or same_speaker(found.source, first.source, lexicon):
            continue
        # (after ", and" (``subject_clause``) the speaker opens the clause, and a quotation
        # closing after it is still the first speaker's: '... SP (38), and AR (25)," said X';
        # a quoted phrase whole inside it is not: 'called it an act of "racial hatred"')
        if rules.subject_clause.fullmatch(split.group()) and (
            not rest.casefold().startswith(found.source.casefold())
            or rest.count('"') % 2 == 1
            or rest.count("”") > rest.count("“")
        ):
            continue
        return found
    return None
