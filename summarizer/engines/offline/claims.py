"""Attributed statements: who said what, with the sentence as the verbatim quote.

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
bodies that speak ("officials", "residents", "the general staff").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.offline.places import strip_dateline
from summarizer.engines.offline.text import Sentence

__all__ = ["FoundClaim", "find_claim", "same_speaker"]

_VERB_WORDS = (
    "said|says|stated|states|told|tells|claimed|claims|reported|reports|confirmed|confirms|"
    "denied|denies|announced|announces|added|adds|insisted|alleged|warned|acknowledged|"
    "admitted|estimated|saying"
)
_VERB = re.compile(
    rf"\b(?:{_VERB_WORDS})\b"
    r"|\bput (?:the|its|their) (?:[\w-]+ ){0,4}?(?:toll|number|figure|count)\b(?: of [\w-]+(?: [\w-]+)?)?"
    r"(?: \w+)?,? at\b",
    re.I,
)
_SPEAKER_WORD = r"[\w'’.()&-]+"
_SPEAKER = rf"(?P<src>(?:{_SPEAKER_WORD}\s+){{0,9}}?{_SPEAKER_WORD})"
# the speaker may carry an appositive: "..., the brigade commander, Colonel X, told reporters."
_BACK_SPEAKER = (
    rf"(?P<src>(?:{_SPEAKER_WORD}\s+){{0,9}}?{_SPEAKER_WORD}(?:,(?:\s+{_SPEAKER_WORD}){{1,10}},)?)"
)
_BACK = re.compile(
    rf"^(?P<says>.+?)[,;]\s*[\"”’']?\s*{_BACK_SPEAKER}\s+(?:has\s+|have\s+|had\s+|also\s+)*"
    rf"(?P<verb>{_VERB_WORDS})"
    rf"(?:\s+(?:reporters|journalists|the \w+|\w+ news agency|[A-Z][\w.]+)(?:\s+on \w+)?)?"
    # "..., the manager said in an emailed statement." / "... said on Telegram on Friday."
    rf"(?:\s+(?:in|on|at|to|during|after|before|late|early|by|via|through|outside|near|from|"
    rf"while|when)\b[^,;\"”]{{0,60}})?"
    rf"\.?[\"”’']?\s*$",
    re.I,
)
_BACK_INVERTED = re.compile(
    rf"^(?P<says>.+?)(?:[,;]\s*[\"”’']|[\"”’'][,;]?)\s*(?:said|says|added)\s+{_SPEAKER}"
    rf"(?:,\s*(?:who|whose|which|a|an|the)\b[^\"”]*)?\.?\s*$",
    re.I,
)
_ACCORDING = re.compile(
    rf"^(?P<says>.+?),?\s+according to\s+{_SPEAKER}\.?\s*$"
    r"|^according to\s+(?P<src2>[^,]+),\s*(?P<says2>.+)$",
    re.I,
)
_PRONOUN_BACK = re.compile(
    rf"^(?P<says>.+?)[,;]\s*[\"”’']?\s*(?:he|she|they|it)\s+(?:{_VERB_WORDS})\b", re.I
)
_PRONOUN_FRONT = re.compile(
    rf"^(?:he|she|they|it)\s+(?:also\s+|later\s+|then\s+)?(?:{_VERB_WORDS})\b[,:]?\s*"
    r"(?:(?:reporters|journalists)\s+)?(?:that\s+)?(?P<says>.+)$",
    re.I,
)

_FUNCTION_START = frozenset(
    """in on at of for from by with to into as than and but or nor so yet we i you he she it
    they there this that these those our my his her its their when while if because after
    before since although though until where which who whom whose what how why not no
    also then""".split()
)
_TRAILING_AUX = re.compile(
    r"(?:\s+(?:has|have|had|also|later|earlier|previously|then|separately|again|repeatedly|"
    r"publicly|would|will|had also|has also))+$",
    re.I,
)
_LEADING = re.compile(
    r"^(?:however|but|and|meanwhile|separately|earlier|later|also|in a statement|on \w+day)"
    r"[, ]+",
    re.I,
)
_TIMESTAMP = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d+)\s*[—–:-]?\s*", re.I)
_STATEMENT_FROM = re.compile(
    r"^(?:an?|the)\s+(?:statement|report|post|message|communiqu[eé])\s+(?:from|by|of|for)\s+",
    re.I,
)
_NOUN_FOR_A_CLAIM = re.compile(
    r"^(?:an?|the)\s+(?:accusation|claim|charge|figure|allegation|version|account|toll|number|"
    r"estimate|report)s?\s+(?:that\s+|which\s+)?",
    re.I,
)
# "Two residents contacted by phone", "a trader who sells cloth", "a village administrator
# appointed by the council": the speaker ends there.
_POSTMODIFIER = re.compile(
    r"\s+(?:contacted|reached|quoted|cited|speaking|interviewed|writing|who|whose|which|that|"
    r"[a-z]+ed\s+(?:by|to|in|at|with|from))\b.*$",
    re.I,
)
_ABBREVIATION_START = re.compile(r"^(?:[a-z]\.){2,}\s+")  # "a.m. Police said", a missed split
_PRONOUNS = frozenset({"it", "he", "she", "they"})
# "The report, compiled by the UN mission's human rights division, said": the division speaks.
_BY_APPOSITIVE = re.compile(
    r"^(?:compiled|issued|published|released|prepared|signed|written|produced)\s+by\s+(?P<by>.+)$",
    re.I,
)
_VERB_INSIDE = re.compile(
    r"\b[a-z]\w+(?:ed|ing)\s+(?:the|a|an|on|to|in|for|at|with|by|from|calm|that)\b"
)
_CLAUSE_WORDS = re.compile(
    r"^.*\b(?:that|when|while|after|because|where|although|though|since|until|before|if|as)\s+",
    re.I,
)
# Words for people and bodies that speak; a speaker not ending in a name ends in one of these.
_SPEAKER_NOUNS = frozenset(
    """official spokesman spokeswoman spokesperson spokespeople police army military ministry
    resident witness doctor medic source governor mayor group agency authorities authority
    commander hospital monitor observatory manager director owner operator company captain
    master chief head council prosecutor court coalition union rescuer relative family
    survivor analyst expert officer staff office department service team government force
    leader member villager worker teacher student activist journalist reporter correspondent
    administrator elder imam priest bishop minister president secretary ambassador embassy
    organisation organization network committee commission mission command division brigade
    battalion unit guard militia militant rebel fighter insurgent movement party campaign
    watchdog investigator inspector judge lawyer attorney nephew niece son daughter brother
    sister father mother wife husband uncle aunt cousin neighbour neighbor friend colleague
    trader shopkeeper farmer driver passenger paramedic nurse surgeon physician coroner
    charity broadcaster media ministry administration spokesmen spokeswomen police
    gendarmerie navy ngo people junta regime cabinet parliament presidency statement report
    communique communiqué message post data figures agent student president inhabitant participant
    migrant merchant sergeant lieutenant assistant consultant correspondent respondent
    attendant servant adjutant""".split()
)
# ... or in a suffix that names people or bodies ("commissioner", "association", "activists")
_AGENT_SUFFIX = re.compile(
    r"(?:er|or|ist|ian|tion|sion|ty|cy|ship|ee|man|men|woman|women|ary|ive)s?$"
)


@dataclass(frozen=True)
class FoundClaim:
    """A claim as found: the speaker, a paraphrase-sized statement, and the sentence."""

    source: str
    says: str
    sentence: Sentence


def _head_ok(words: list[str]) -> bool:
    last = words[-1].strip("()’'.,")
    if not last:
        return False
    if any(ch.isupper() or ch.isdigit() for ch in last):
        return True
    lower = last.lower().removesuffix("’s").removesuffix("'s")
    return (
        lower in _SPEAKER_NOUNS
        or lower.rstrip("s") in _SPEAKER_NOUNS
        or (lower.endswith("ies") and lower[:-3] + "y" in _SPEAKER_NOUNS)
        or bool(_AGENT_SUFFIX.search(lower))
    )


def clean_source(raw: str) -> str | None:
    """``raw`` trimmed to the speaker's noun phrase, or None when it names no speaker."""
    source = raw.rsplit("\n", 1)[-1].strip(" ,;:.\"'“”’—–-")
    # the end of a quotation or a dateline before the speaker: '"...," Kiprono', 'March 18 - X'
    source = re.sub(r"^.*[,.!?][\"”]\s+", "", source)
    source = re.split(r"\s[—–-]\s", source)[-1].strip(" ,;:.'’—–-")
    source = re.sub(r"[\"“”]", "", source)
    source = _TIMESTAMP.sub("", source)
    source = _ABBREVIATION_START.sub("", source)
    source = _LEADING.sub("", source)
    source = _STATEMENT_FROM.sub("", source)
    source = _NOUN_FOR_A_CLAIM.sub("", source)
    source = _POSTMODIFIER.sub("", source)
    source = _TRAILING_AUX.sub("", source).strip(" ,;:")
    words = source.split()
    if not words or len(words) > 14:
        return None
    if words[0].lower() in _FUNCTION_START or source.count("(") != source.count(")"):
        return None
    if len(words) == 1 and words[0].lower() in {"the", "a", "an", "some", "many", "one"}:
        return None
    if _VERB_INSIDE.search(source) or not _head_ok(words):
        return None
    return source


def _clip(text: str, words: int = 30) -> str:
    parts = text.strip().strip('"“”').split()
    clipped = " ".join(parts[:words])
    return clipped.rstrip(".,;:") + ("…" if len(parts) > words else "")


def _strip_dateline(text: str) -> str:
    return strip_dateline(text).lstrip(" —–-:")


# "X, speaking on state television, said" / "X, in a video posted on Sunday, denied": the
# aside is about the circumstances, not the speaker.
_PARTICIPLE_APPOSITIVE = re.compile(
    r"^(?:speaking|reached|contacted|quoted|citing|writing|interviewed|asked|addressing|"
    r"in|on|at|during|after|before|via|through|by|from|late|early|earlier|later)\b",
    re.I,
)
_ADDRESSEE = re.compile(
    r"^(?:(?:reporters|journalists|the press|\w+ news agency|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
    r"\s*)?",
)
_THAT_SOON = re.compile(
    r"^(?:(?:in|on|at|by|via|through|during|late|early|after|earlier|later|to|from)\b"
    r"[^,.;\"“”]{0,60}?\s)?that\s+",
    re.I,
)


def _subject_at_start(text: str) -> str | None:
    """The sentence's opening noun phrase: "X" or "X, the group's spokesman"."""
    segments = text.split(",")
    first = segments[0].strip()
    if len(segments) > 2:
        second = segments[1].strip()
        described = re.match(r"^(?:the|a|an|its|his|her|their)\b", second, re.I)
        named = re.match(r"^(?:the|a|an)\b", first, re.I) and second[:1].isupper()
        if (described or named) and len((first + " " + second).split()) <= 14:
            whole = clean_source(f"{first}, {second}")
            if whole is not None and clean_source(first) is not None:
                return whole
    # no appositive: the words before the first verb-like word
    words: list[str] = []
    for word in first.split():
        if word[:1].islower() and (
            word.endswith("ed") or word in {"has", "have", "had", "is", "was", "were", "are"}
        ):
            break
        words.append(word)
    return clean_source(" ".join(words)) if words else None


def _front(text: str, previous: str | None) -> tuple[str, str] | None:
    """A speaker-first claim: (speaker, what follows the verb); "it said" is ``previous``."""
    for verb in _VERB.finditer(text):
        left, right = text[: verb.start()], text[verb.end() :]
        left_words = left.split()
        if not left_words or left_words[-1].lower() in {
            "been",
            "be",
            "being",
            "was",
            "were",
            "is",
            "are",
            "not",
        }:
            continue
        word = verb.group(0).lower()
        trimmed = _TRAILING_AUX.sub("", left.rstrip())
        source: str | None
        if word == "saying" or re.search(r"\band$", trimmed, re.I):
            if word == "saying" and not trimmed.endswith(","):
                continue
            source = _subject_at_start(text)
        elif trimmed.endswith(","):
            segments = [s.strip() for s in trimmed.rstrip(", ").split(",")]
            if len(segments) < 2:
                continue
            appositive, subject = segments[-1], segments[-2]
            subject = _CLAUSE_WORDS.sub("", subject)
            by = _BY_APPOSITIVE.match(appositive)
            if by:
                source = clean_source(by.group("by"))
            elif _PARTICIPLE_APPOSITIVE.match(appositive):
                source = clean_source(subject)
            else:
                whole = clean_source(f"{subject}, {appositive}")
                named = appositive[:1].isupper() and not re.match(r"(?:The|A|An)\b", appositive)
                alone = clean_source(subject)
                source = whole if whole and (alone or named) else alone
                if source is None and named:  # "Its director, Abdikadir Abdirahman, said"
                    source = clean_source(appositive)
        else:
            segment = _CLAUSE_WORDS.sub("", re.split(r"[,;:—–(]\s|\s[—–]\s", trimmed)[-1])
            pronoun = segment.strip().lower() in _PRONOUNS
            source = previous if pronoun else clean_source(segment)
        if source is None:
            continue
        says = right.lstrip(" ,:")
        if word.startswith("put "):
            says = f"{verb.group(0)} {says}"
        if re.match(r"(?:were|was|is|are|had|has|have|would|will|could|may|might)\b", says):
            continue  # "killings that the UN said were ordered by ...": no subject of its own
        if word in {"told", "tells"}:
            says = _ADDRESSEE.sub("", says, count=1)
        that = _THAT_SOON.match(says)
        if that:
            says = says[that.end() :]
        return source, says
    return None


def find_claim(sentence: Sentence, previous: str | None = None) -> FoundClaim | None:
    """The attributed statement ``sentence`` makes, if it makes one.

    ``previous`` is the last named speaker; a sentence that ends "..., he said" or starts
    "He added that ..." is theirs.
    """
    text = sentence.text
    if previous:
        for pronoun in (_PRONOUN_BACK, _PRONOUN_FRONT):
            match = pronoun.match(text)
            if match and len(match.group("says").split()) >= 3:
                return FoundClaim(previous, _clip(match.group("says")), sentence)
    for pattern in (_ACCORDING, _BACK_INVERTED, _BACK):
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        src = groups.get("src") or groups.get("src2")
        says = groups.get("says") or groups.get("says2")
        if not src or not says:
            continue
        source = clean_source(src)
        says = _strip_dateline(says)
        if source and len(says.split()) >= 3:
            return FoundClaim(source, _clip(says), sentence)
    front = _front(text, previous)
    if front is not None:
        source, says = front
        if len(says.split()) >= 3:
            return FoundClaim(source, _clip(says), sentence)
    return None


_GENERIC = frozenset(
    """the a an of in at for on and 's local senior state national regional""".split()
)


def _tokens(speaker: str) -> set[str]:
    words = re.findall(r"[\w-]+", speaker.lower().replace("’s", "").replace("'s", ""))
    return {w for w in words if w not in _GENERIC}


def same_speaker(first: str, second: str) -> bool:
    """True when two speakers are one: "The RNDDH" and "The National Human Rights Defense
    Network (RNDDH)", "the doctor" and "A doctor at the Kunduz provincial hospital"."""
    a, b = _tokens(first), _tokens(second)
    if not a or not b:
        return False
    if a <= b or b <= a:
        return True
    head_a, head_b = first.split()[-1], second.split()[-1]
    definite = first.lower().startswith("the ") or second.lower().startswith("the ")
    return definite and head_a.lower() == head_b.lower() and head_a.islower()
