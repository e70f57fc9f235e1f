"""Attributed statements: who said what, with the sentence as the verbatim quote.

Shapes recognised: "X said (that) ...", "X told reporters ...", "X stated/claimed/reported/
confirmed/denied ...", "..., X said.", "according to X, ...", "..., according to X.".
The speaker is the noun phrase the article gives ("Iran-backed militia officials in Iraq").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.engines.offline.text import Sentence

__all__ = ["FoundClaim", "find_claim"]

_VERBS = (
    r"said|says|stated|states|told|claimed|claims|reported|reports|confirmed|confirms|denied|denies|"
    r"announced|announces|added|insisted|alleged|warned|acknowledged|admitted|estimated|put the toll"
)
_SPEAKER = r"(?P<src>(?:[\w'’.-]+\s+){0,7}?[\w'’.-]+)"
_LEADING = re.compile(
    r"^(?:however|but|and|meanwhile|separately|earlier|later|also|in a statement|on \w+day)[, ]+",
    re.I,
)
_FRONT = re.compile(
    rf"^(?P<pre>.*?)\b{_SPEAKER}\s+(?:also\s+|later\s+|previously\s+|has\s+|have\s+|had\s+)*(?P<verb>{_VERBS})\b[,:]?\s*(?:that\s+)?(?P<says>.+)$",
    re.I,
)
_BACK = re.compile(
    rf"^(?P<says>.+?)[,;]\s*[\"”’']?\s*{_SPEAKER}\s+(?P<verb>{_VERBS})"
    rf"(?:\s+(?:reporters|journalists|the \w+|\w+ news agency|[A-Z][\w.]+)(?:\s+on \w+)?)?"
    # "..., the manager said in an emailed statement." / "... said on Telegram on Friday."
    rf"(?:\s+(?:in|on|at|to|during|after|late|early|by)\b[^,;\"”]{{0,60}})?\.?[\"”’']?\s*$",
    re.I,
)
_BACK_INVERTED = re.compile(
    rf"^(?P<says>.+?)[,;]\s*[\"”’']?\s*(?P<verb>said|says|according to)\s+{_SPEAKER}\.?\s*$", re.I
)
_ACCORDING = re.compile(
    rf"^(?P<says>.+?),?\s+according to\s+{_SPEAKER}\.?\s*$|^according to\s+(?P<src2>[^,]+),\s*(?P<says2>.+)$",
    re.I,
)
_NOT_SPEAKERS = frozenset(
    {"it", "he", "she", "they", "we", "i", "you", "this", "that", "which", "who"}
)
# A speaker is a noun phrase: these words at its start, or a verb inside it, mean the
# pattern caught part of a clause instead ("There were no", "Sánchez condemned the bombing").
_BAD_SPEAKER_START = re.compile(
    r"^(?:there|it|this|that|these|those|our|my|his|her|its|their|when|while|as|if)\b", re.I
)
_VERB_INSIDE = re.compile(r"\b\w+(?:ed|ing)\s+(?:the|a|an|on|to|in)\b", re.I)
_STATEMENT_FROM = re.compile(
    r"^(?:an?|the)\s+(?:statement|report|post|message|spokesperson|spokesman|spokeswoman)\s+(?:from|by|of|for)\s+",
    re.I,
)


@dataclass(frozen=True)
class FoundClaim:
    """A claim as found: the speaker, a paraphrase-sized statement, and the sentence."""

    source: str
    says: str
    sentence: Sentence


def _clean_source(raw: str) -> str | None:
    source = _LEADING.sub("", raw.strip(" ,;:.\"'“”’"))
    source = _STATEMENT_FROM.sub("", source)
    words = source.split()
    if not words or source.lower() in _NOT_SPEAKERS or len(words) > 9:
        return None
    if _BAD_SPEAKER_START.match(source) or _VERB_INSIDE.search(source):
        return None
    if not any(w[:1].isupper() for w in words) and not re.search(
        r"manager|director|owner|operator|company|captain|master|chief|head|council|prosecutor|court|coalition|union|rescuers|relatives|family|survivors?|analysts?|experts?|officers?|"
        r"officials?|spokes|police|army|military|ministry|residents?|witness|doctors?|medics?|sources?|governor|mayor|group|agency|statement|authorities|commander|hospital|monitor|observatory",
        source,
        re.I,
    ):
        return None
    return source


def _clip(text: str, words: int = 30) -> str:
    parts = text.strip().strip('"“”').split()
    clipped = " ".join(parts[:words])
    return clipped.rstrip(".,;:") + ("…" if len(parts) > words else "")


_PRONOUN_SPEAKER = re.compile(
    rf"^(?P<says>.+?)[,;]\s*[\"”’']?\s*(?P<src>he|she|they)\s+(?P<verb>{_VERBS})\b", re.I
)


def find_claim(sentence: Sentence, previous: str | None = None) -> FoundClaim | None:
    """The attributed statement ``sentence`` makes, if it makes one.

    ``previous`` is the last named speaker; a sentence that ends "..., he said" is theirs.
    """
    text = sentence.text
    if previous:
        pronoun = _PRONOUN_SPEAKER.match(text)
        if pronoun and len(pronoun.group("says").split()) >= 3:
            return FoundClaim(previous, _clip(pronoun.group("says")), sentence)
    for pattern in (_ACCORDING, _BACK_INVERTED, _BACK, _FRONT):
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        src = groups.get("src") or groups.get("src2")
        says = groups.get("says") or groups.get("says2")
        if not src or not says:
            continue
        if pattern is _FRONT and groups.get("pre") and len(groups["pre"].split()) > 3:
            src = src.split(",")[-1]
        source = _clean_source(src)
        if source and len(says.split()) >= 3:
            return FoundClaim(source, _clip(says), sentence)
    return None
