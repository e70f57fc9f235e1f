"""The shapes of an attributed statement (:mod:`.quotes`), compiled from ``data/claims.toml``:
the verbs of speech, the speaker-last and "according to" shapes, and the words that trim a
speaker's noun phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.prefilter import Gated

__all__ = ["FoundClaim", "QuoteRules"]

_SPEAKER_WORD = r"[\w'’.()&-]+"
_SPEAKER = rf"(?P<src>(?:{_SPEAKER_WORD}\s+){{0,9}}?{_SPEAKER_WORD})"
# the speaker may carry an appositive: "..., the brigade commander, Colonel X, told reporters."
_BACK_SPEAKER = (
    rf"(?P<src>(?:{_SPEAKER_WORD}\s+){{0,9}}?{_SPEAKER_WORD}(?:,(?:\s+{_SPEAKER_WORD}){{1,10}},)?)"
)
# '..." said a classmate, Nusrat Jahan Mim, who ...': the name in apposition is the speaker's
_INVERTED_SPEAKER = (
    rf"(?P<src>(?:{_SPEAKER_WORD}\s+){{0,9}}?{_SPEAKER_WORD}"
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}(?=,|\.?\s*$))?)"
)


@dataclass(frozen=True)
class FoundClaim:
    """A claim as found: the speaker and a paraphrase-sized statement."""

    source: str
    says: str


class QuoteRules:
    """One lexicon's claim vocabulary, compiled into the shapes above."""

    def __init__(self, lexicon: Lexicon) -> None:
        c = lexicon.section("claims")
        verbs = "|".join(c["speech_verbs"])
        addressees = alternation(c["addressees"])
        # whom "X told": reporters, a name, or a listed audience ("a news conference")
        self.addressee = re.compile(
            r"^(?:(?:reporters|journalists|the press|\w+ news agency"
            rf"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|(?i:{addressees}))\s*)?"
        )
        stance = alternation(c["stance_verbs"])
        single = alternation([v for v in c["stance_verbs"] if " " not in v])
        multi = alternation([v for v in c["stance_verbs"] if " " in v])
        self.stance = re.compile(rf"{stance}(?:\s+to)?$", re.I)
        self.verb = Gated(
            # "X condemned the attack", "X accused the army of ...": the verb is part of what
            # X says; "the men accused of ordering it", "condemned to death" are no speech;
            # "X vowed to hunt down the killers" is
            rf"\b{single}\b(?!\s+(?:of|for|by|to|in|as|with|over|at|on)\b)"
            # "X claimed responsibility in a statement": a stance with its object is one
            rf"|\b{multi}\b"
            rf"|\b{alternation(c['stance_to_verbs'])}\s+to\b"
            rf"|\b(?:{verbs})\b"
            r"|\bput (?:the|its|their) (?:[\w-]+ ){0,4}?(?:toll|number|figure|count|crowd|turnout)\b"
            # "put the toll at", "put the number killed by the pair at four"
            r"(?: [\w-]+){0,4}?,? at\b"
            r"|\b(?:gave|given|gives|give) (?:an?|the|its|their) (?:[\w-]+ )?(?:estimate|figure|count|toll) of\b",
            re.I,
        )
        self.back = Gated(
            rf"^(?P<says>.+?)[,;]\s*[\"”’']?\s*{_BACK_SPEAKER}\s+(?:has\s+|have\s+|had\s+|also\s+)*"
            # "..., the shrine of Sidi Bou Said, ...": a capitalised "Said" is a name, no verb
            rf"(?P<verb>(?-i:{verbs}))"
            rf"(?:\s+(?:reporters|journalists|the \w+|\w+ news agency|[A-Z][\w.]+|{addressees})"
            r"(?:\s+on \w+)?)?"
            # "..., the manager said in an emailed statement." / "... said on Telegram."
            rf"(?:\s+(?:in|on|at|to|during|after|before|late|early|by|via|through|outside|near|"
            rf"from|while|when|last|earlier|later|yesterday|today)\b[^,;\"”]{{0,60}})?"
            # "..., the ministry said, ending six years of rule" / "..., some two months
            # after ...": a gloss on the statement, not the statement; "..., the ministry
            # said; it was the third such fire": the narrator's own clause after it
            rf"(?:[,;]\s+(?!that\b)[^\"”]*)?"
            rf"\.?[\"”’']?\s*$",
            re.I,
        )
        self.back_inverted = Gated(
            rf"^(?P<says>.+?)(?:[,;]\s*[\"”’']?|[\"”’'][,;]?)\s*"
            rf"{alternation(c['inverted_verbs'])}\s+{_INVERTED_SPEAKER}"
            # '..." said a herder who asked not to be named', '..., said X, commander of Y.'
            rf"(?:,\s*[^\"”]*|\s+(?:who|whose)\b[^\"”]*"
            # '..." explained X in Jakarta, Saturday.': where and when it was said
            rf"|\s+(?:in|on|at|during|after|before|late|early|from)\b[^;\"”]{{0,60}})?"
            rf"\.?\s*$",
            re.I,
        )
        appositive = alternation(c["appositive_start"])
        self.according = Gated(
            # "The toll, according to the ministry, rose to 45": the source between the
            # subject and its verb (not an appositive after it: "..., a deputy spokesman")
            rf"^(?P<head3>[^,;\"“”]+?),\s+according to\s+(?P<src3>[^,;\"“”]+?),\s+"
            rf"(?P<tail3>(?!{appositive}\b)[a-z][^\"“”]+)$"
            # "..., according to Nasrat Rahimi, a deputy spokesman for the ministry."
            rf"|^(?P<says>.+?),?\s+according to\s+{_SPEAKER}(?:,\s+[^,;\"”]{{1,80}}?)?\.?\s*$"
            r"|^according to\s+(?P<src2>[^,]+),\s*(?P<says2>.+)$",
            re.I,
        )
        self.pronoun_back = Gated(
            rf"^(?P<says>.+?)[,;]\s*[\"”’']?\s*(?:he|she|they|it)\s+(?:{verbs})\b", re.I
        )
        self.pronoun_front = Gated(
            rf"^(?:he|she|they|it)\s+(?:also\s+|later\s+|then\s+)?(?:{verbs})\b[,:]?\s*"
            r"(?:(?:reporters|journalists)\s+)?(?:that\s+)?(?P<says>.+)$",
            re.I,
        )
        self.second = re.compile(alternation(c["second_clause"]))
        self.subject_clause = re.compile(alternation(c["subject_clause"]))
        self.function_start = frozenset(c["function_start"])
        self.joins = self.function_start | frozenset(c["inner_prepositions"])
        self.speech_verbs = frozenset(c["speech_verbs"])
        self.trailing_aux = re.compile(rf"(?:\s+{alternation(c['trailing_aux'])})+$", re.I)
        # "And by the next day al-Shabaab said": the opening words may come one after another
        self.leading = re.compile(rf"^(?:{alternation(c['leading'])}[, ]+)+", re.I)
        documents = alternation(c["documents"])
        links = alternation(c["document_links"])
        self.statement_from = re.compile(rf"^(?:an?|the)\s+{documents}\s+{links}\s+", re.I)
        # "X said in a statement (on Telegram) it had ...": how X spoke, before what X said
        self.document_lead = re.compile(
            rf"^(?:in|via|through)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?{documents}s?\b"
            rf"(?:\s+(?:on|to|{links})\s+(?:[\w'’.-]+\s+){{0,4}}?)?,?\s*"
            rf"(?=(?:{alternation(c['pronoun_subjects'])})\b)",
            re.I,
        )
        self.claim_noun = re.compile(
            rf"^(?:an?|the)\s+{alternation(c['claim_nouns'])}s?\s+(?:that\s+|which\s+)?", re.I
        )
        # "the police account and to witnesses": the account's owner, and the second speaker
        self.owner_noun = re.compile(
            rf"^(?:the\s+)?(?P<who>.+?)(?:['’]s)?\s+{alternation(c['owner_nouns'])}(?=\s+and\b|$)",
            re.I,
        )
        self.and_to = re.compile(r"\s+and\s+to\s+", re.I)
        self.postmodifier = re.compile(
            rf"\s+(?:{'|'.join(c['postmodifiers'])}|[a-z]+ed\s+(?:by|to|in|at|with|from))\b.*$",
            re.I,
        )
        self.issued_by = re.compile(rf"^{alternation(c['issued_by'])}\s+by\s+(?P<by>.+)$", re.I)
        # "a statement carried by ...", "its news agency": how a speaker spoke, not who
        self.channel = re.compile(
            rf"^(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+)?{documents}\b|(?:its|their)\s)", re.I
        )
        self.circumstance = re.compile(rf"^{alternation(c['circumstance'])}\b", re.I)
        self.speaker_nouns = frozenset(c["speaker_nouns"])
        #: month names: "October" alone is when, not who (``[dates].months``)
        self.months = frozenset(lexicon.section("dates")["months"])
        self.agent_suffix = re.compile(rf"{alternation(c['agent_suffixes'])}s?$")
