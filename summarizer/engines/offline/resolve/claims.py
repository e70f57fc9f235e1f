"""Claims: who said what about the main incident.

Rule: each main sentence that attributes a statement (:mod:`..scan.quotes`) is a claim of
its speaker; "he said" within two sentences of a named speaker is theirs, unless the
sentence just before opens on another person it tells of no harm to ("Prosecutor X
charged the boy. She said ...": X); "the group said"
is the group the article last named (a speaker whose name has the noun, or for an armed
group the last non-state group named), else no claim, unless a word describes the noun
("the defence ministry said", "the aid group said" name a body of their own); "the statement said" is whoever
issued the statement. A speaker's claims are one, its weightiest statement with a second
that gives figures folded in, under the fullest of its names ("the regional governor",
then "Governor X": X); "its spokesman said" / "their spokesman, X, said" is the body the
sentence before opens on, speaking through them. Claims are weighed (``[claims.weights]``): figures, blame or
denial, from an institution; less for a first-person colour quote or an unnamed crowd. The
weightiest ``[claims].max`` are kept, in the article's order. A press release is its
issuer's statement: its lead is the issuer's claim.
"""

from __future__ import annotations

import re

from summarizer.engines.offline.document import Sentence
from summarizer.engines.offline.lexicon import Lexicon
from summarizer.engines.offline.patterns import alternation
from summarizer.engines.offline.resolve import NON_STATE, Work
from summarizer.engines.offline.scan.quotes import (
    FoundClaim,
    QuoteRules,
    clean_source,
    clip,
    find_claim,
    same_speaker,
    second_claim,
    specificity,
    subject_at_start,
)
from summarizer.schema import Claim

__all__ = ["claims"]

_Item = tuple[int, int, FoundClaim, Sentence]


class ClaimRules:
    """The claim weighing vocabulary of one lexicon (``[claims]``), compiled."""

    def __init__(self, lexicon: Lexicon) -> None:
        section = lexicon.section("claims")
        cues = section["cues"]
        self.weights = {k: int(v) for k, v in section["weights"].items()}
        self.max = int(section["max"])
        self.fold = int(section["fold"])
        self.substance = re.compile(rf"\d|\b{alternation(cues['substance'])}\b", re.I)
        self.institution = re.compile(
            rf"\b{alternation(cues['institution'])}\b|\b[A-Z]{{2,}}\b", re.I
        )
        self.figures = re.compile(rf"\d|\b{alternation(cues['figures'])}\b", re.I)
        self.first_person = re.compile(rf"\b{alternation(cues['first_person'])}\b")
        self.vague = re.compile(
            r"^(?:(?:two|three|several|some|many|other|local)\s+)?"
            rf"{alternation(cues['vague_speakers'])}\b",
            re.I,
        )
        self.anaphor = re.compile(
            rf"^the\s+(?P<mod>\w+\s+)?(?P<noun>{'|'.join(cues['anaphors'])})$", re.I
        )
        self.armed_anaphors = frozenset(cues["armed_anaphors"])
        self.armed_modifiers = frozenset(cues["armed_modifiers"])
        self.mouthpiece = re.compile(
            rf"^(?:its|their)\s+{alternation(cues['mouthpieces'])}(?:,.*)?$", re.I
        )
        # past denials only: "a charge Kabul denies" is a standing dispute, not this incident's
        denials = alternation(v for v in section["denial_verbs"] if v.endswith("ed"))
        nouns = alternation(section["claim_nouns"])
        # "..., a charge the ruling party denied": what comes before is another's claim
        self.denied_charge = re.compile(
            rf"^(?P<head>.+?),\s+(?:an?|the)\s+(?P<noun>{nouns})s?\s+(?:that\s+|which\s+)?"
            rf"(?P<src>[^,]+?)\s+(?:has\s+|have\s+|had\s+)?(?P<verb>{denials})\.?$",
            re.I,
        )
        # "blamed activists of the party, which denied it": the blamed party's denial
        self.which_denied = re.compile(
            rf"^(?P<verb>\w+)\s+(?P<who>[^,]+?),\s+(?:which|who)\s+(?:has\s+|have\s+|had\s+)?"
            rf"(?P<denial>{denials}\b.*)$",
            re.I,
        )
        documents = "|".join(section["documents"])
        self.document_noun = re.compile(rf"\b({documents})\b", re.I)
        self.document = re.compile(rf"^(?:the|that|this|its|their)\s+(?P<doc>{documents})$", re.I)
        incident = alternation(cues["incident_nouns"])
        # the reported clause opens on the incident itself, within its first words
        self.incident = re.compile(
            rf"^(?:\S+\s+){{0,3}}?(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?{incident}s?\b",
            re.I,
        )


def _weight(source: str, says: str, rules: ClaimRules) -> int:
    """How much a brief wants this claim (module docstring)."""
    weights = rules.weights
    weight = weights["substance"] if rules.substance.search(says) else 0
    if rules.institution.search(source):
        weight += weights["institution"]
    if rules.first_person.search(says):
        weight += weights["first_person"]
    if rules.vague.match(source):
        weight += weights["vague_speaker"]
    return weight


def _doc_key(noun: str) -> str:
    return noun.lower().replace("communiqué", "communique")


def _antecedent(
    noun: str, groups: list[tuple[str, list[_Item]]], work: Work, sentence: Sentence
) -> str | None:
    """Who "the <noun>" is: the latest speaker so far whose name has the noun (or, for an
    armed group, the latest non-state group of the lexicon named before the sentence)."""
    rules = work.lexicon.rules(ClaimRules)
    noun = noun.removesuffix("s") if noun == "rebels" else noun
    for name, _ in reversed(groups):
        if re.search(rf"\b{noun}", name, re.IGNORECASE):
            return name
    if noun in rules.armed_anaphors:
        for earlier in reversed([s for s in work.main if s.index <= sentence.index]):
            named = [m for m in earlier.actors if m.kind in NON_STATE]
            if named:
                return named[-1].name
    return None


def claims(work: Work) -> list[Claim]:
    """The claims (module docstring)."""
    groups: list[tuple[str, list[_Item]]] = []
    speaker: str | None = None
    owners: dict[str, str] = {}  # "statement" -> the speaker whose statement it is
    last_index = -10
    for order, sentence in enumerate(_read(work)):
        # "he said" two sentences on is still the last named speaker, unless the sentence
        # before, which made no claim, opens on someone else ("Prosecutor X charged him.
        # She said ...": X)
        previous = speaker if sentence.index - last_index <= 2 else None
        if sentence.index - last_index > 1:
            previous = _subject_before(sentence, work) or previous
        first = sentence.claim(previous)
        if first is None or (sentence not in work.main and not _about_it(first, sentence, work)):
            continue
        first, second = _clauses(sentence.text, first, work.lexicon, previous)
        for found in (first, second):
            filed = _file(found, sentence, order, groups, owners, work) if found else None
            if filed is not None:
                speaker, last_index = filed, sentence.index
    return _choose(groups, work)


def _read(work: Work) -> list[Sentence]:
    """The main sentences, with the sentences set aside that date nothing and tell of no dead
    (an aside about the motive: "Al-Shabaab said the attack was revenge for raids on ...");
    of these only a claim about the incident itself counts (:func:`_about_it`)."""
    main = {s.index for s in work.main}
    return [
        s
        for s in work.sentences
        if s.index in main
        or (s.index > 0 and not s.dates and not s.time_cues.years and not s.casualties)
    ]


def _about_it(found: FoundClaim, sentence: Sentence, work: Work) -> bool:
    """Whether a claim outside the main sentences speaks of the incident itself: its
    speaker opens the sentence and the reported clause opens on the incident ("X said the
    attack was revenge for ...", "X said it carried out the bombings ..."); not the
    narration "The attack came hours after ..., according to X"."""
    at = sentence.text.find(found.says[:20])
    first = 0 <= sentence.text.find(found.source) < at
    return first and bool(work.lexicon.rules(ClaimRules).incident.match(found.says))


def _subject_before(sentence: Sentence, work: Work) -> str | None:
    """The person the sentence before ``sentence`` opens on (within its first few words),
    when it tells of no harm to them ("She said" / "He said"); for "It said" / "They said",
    the speaker-like noun phrase it opens on; None otherwise."""
    start = _PRONOUN_START.match(sentence.text) if sentence.index else None
    if start is None:
        return None
    before = work.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    if start.group(1) in {"It", "They"}:
        # "The army issued a statement on Wednesday. It said ...": a body's pronoun is the
        # body the sentence before opens on, when that is a speaker's noun phrase
        return _head_phrase(subject_at_start(before.text, work.lexicon), work.lexicon)
    opening = [p for p in before.people if p.start <= _OPENING and p.status is None]
    if not opening:
        return None
    return subject_at_start(before.text, work.lexicon) or opening[0].name


def _head_phrase(subject: str | None, lexicon: Lexicon) -> str | None:
    """The shortest opening of ``subject`` that names a speaker and is followed by a
    lowercase word, a verb the opening left in ("The District Court found Akilov": "The
    District Court"); ``subject`` whole when none is."""
    words = (subject or "").split()
    for end in range(1, len(words)):
        if words[end][:1].islower() and clean_source(" ".join(words[:end]), lexicon):
            return " ".join(words[:end])
    return subject


#: How far into a sentence (in characters) its subject may be named: "Prosecutor X".
_OPENING = 30
_PRONOUN_START = re.compile(r"^(He|She|It|They)\s")


def _clauses(
    text: str, first: FoundClaim, lexicon: Lexicon, previous: str | None
) -> tuple[FoundClaim, FoundClaim | None]:
    """The sentence's claim and a second speaker's in a clause of its own: "..., a Taliban
    official said; the group later claimed the attack" is the official's, then the group's
    (not the group's claim of all the sentence)."""
    split = _denial(text, first, lexicon, previous)
    if split is not None:
        return split
    second = second_claim(text, lexicon, first)
    if second is not None:  # each speaker its own clause
        return FoundClaim(first.source, _before(first.says, second.source, lexicon)), second
    head, joint, tail = text.partition("; ")
    if joint:
        own, other = find_claim(head, lexicon, previous), find_claim(tail, lexicon)
        if own and other and not same_speaker(own.source, other.source, lexicon):
            return own, other
    return first, None


def _denial(
    text: str, first: FoundClaim, lexicon: Lexicon, previous: str | None
) -> tuple[FoundClaim, FoundClaim] | None:
    """A claim and the denial of it, each its speaker's: "The opposition accused the militia
    of staging the blasts, a charge the ruling party denied" (the opposition's accusation,
    the party's denial, which says what it denies: "denied the charge that <the opposition's
    claim>"); "The government blamed the party, which denied it" (the party's denial). None when the sentence is no such pair."""
    rules = lexicon.rules(ClaimRules)
    charge = rules.denied_charge.match(text.strip())
    if charge is not None:
        head = find_claim(charge.group("head"), lexicon, previous)
        denier = clean_source(charge.group("src"), lexicon)
        if head is not None and denier and not same_speaker(head.source, denier, lexicon):
            # the denial says what it denies ("rejected the claim that those targeted were
            # al-Qaeda suspects"), or that it denies the accusation when the claim is one
            # ("accused the militia of staging the blasts")
            verb, noun = charge.group("verb"), charge.group("noun").lower()
            words = head.says.split()
            stance = any(
                lexicon.rules(QuoteRules).stance.match(" ".join(words[:n])) for n in (1, 2, 3)
            )
            denied = f"{verb} the accusation" if stance else f"{verb} the {noun} that {head.says}"
            return head, FoundClaim(denier, denied)
        return None
    blamed = rules.which_denied.match(first.says)
    if blamed is None or not lexicon.rules(QuoteRules).stance.match(blamed.group("verb")):
        return None
    who = clean_source(re.split(r"\s+for\s+", blamed.group("who"))[0], lexicon)
    if not who or same_speaker(who, first.source, lexicon):
        return None
    own = (
        first.says[: blamed.start("denial")]
        .rstrip(" ,")
        .removesuffix(" which")
        .removesuffix(" who")
    )
    return FoundClaim(first.source, own.rstrip(" ,")), FoundClaim(who, blamed.group("denial"))


def _before(says: str, other: str, lexicon: Lexicon) -> str:
    """``says`` up to the clause of the other speaker ("...; police gave ...", "..., and a
    lawmaker told ..."): where a ``second_clause`` joint is followed by them."""
    for joint in lexicon.rules(QuoteRules).second.finditer(says):
        if joint.start() > 0 and says.startswith(other, joint.end()):
            return says[: joint.start()]
    return says


def _file(
    found: FoundClaim,
    sentence: Sentence,
    order: int,
    groups: list[tuple[str, list[_Item]]],
    owners: dict[str, str],
    work: Work,
) -> str | None:
    """File ``found`` under its speaker, who is returned (None: the shape names no one)."""
    lexicon = work.lexicon
    rules = lexicon.rules(ClaimRules)
    source = found.source
    if rules.mouthpiece.match(source):  # "Its spokesman said": the body just named
        source = _mouthpiece_of(source, sentence, work) or source
    anaphor = rules.anaphor.match(source)
    if anaphor:  # "the group said": the group the article last named, or no claim
        noun, mod = anaphor.group("noun").lower(), (anaphor.group("mod") or "").strip().lower()
        # "the aid group", "the rights group": a word that says it is no armed group
        descriptive = bool(mod) and mod not in rules.armed_modifiers
        resolved = _antecedent(noun, groups, work, sentence)
        if descriptive and resolved and mod not in resolved.lower():
            resolved = None
        if resolved is None and (not mod or (noun in rules.armed_anaphors and not descriptive)):
            return None
        source = resolved or source  # "the interior ministry" names the body itself
    document = rules.document.match(source)
    if document:
        owner = owners.get(_doc_key(document.group("doc")))
        if owner is None:
            return None
        source = owner
    else:  # the statement (report, communiqué...) this speaker issued
        for noun in rules.document_noun.findall(sentence.text):
            owners[_doc_key(noun)] = source
    item = (-_weight(source, found.says, rules), order, found, sentence)
    for at, (name, items) in enumerate(groups):
        if same_speaker(name, source, lexicon):
            items.append(item)
            if specificity(source, lexicon) > specificity(name, lexicon):
                groups[at] = (source, items)  # "the governor", then "Governor X": X
            break
    else:
        groups.append((source, [item]))
    return source


def _mouthpiece_of(source: str, sentence: Sentence, work: Work) -> str | None:
    """Who "its spokesman" is: the body the sentence before opens on, in the same paragraph
    ("The rebels rejected the accusations. Their spokesman said ..."), or the speaker it
    quotes: that body, or with a
    name "The rebels' spokesman, X"; None if no such sentence opens on a speaker."""
    if sentence.index == 0:
        return None
    before = work.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return None
    said = before.claim(None)  # "The group said it ...": its speaker, else its subject
    body = said.source if said is not None else subject_at_start(before.text, work.lexicon)
    if body is None:
        return None
    body = body.split(",")[0].strip()
    role, _, name = source.partition(",")
    if not name.strip():
        return body
    owner = f"{body}'" if body.endswith("s") else f"{body}'s"
    return f"{owner} {role.split(None, 1)[1]}, {name.strip()}"


def _choose(groups: list[tuple[str, list[_Item]]], work: Work) -> list[Claim]:
    """One claim a speaker, the weightiest ``max`` in the article's order."""
    lexicon = work.lexicon
    rules = lexicon.rules(ClaimRules)
    best: list[tuple[int, int, Claim]] = []
    for name, items in groups:
        ranked = sorted(items, key=lambda item: (item[0], item[1]))
        says = ranked[0][2].says
        # what else the speaker said, weightiest first: a spokesman's second sentence is
        # often the half of the statement a brief wants ("...; no one was hurt")
        for item in ranked[1 : 1 + rules.fold]:
            says = f"{says.rstrip('…')}; {item[2].says}"
        claim = Claim(source=name, says=says, quote=ranked[0][3].text)
        best.append((ranked[0][0], ranked[0][1], claim))
    best.sort(key=lambda item: (item[0], item[1]))
    chosen = sorted(best[: rules.max], key=lambda item: item[1])
    made = [claim for _, _, claim in chosen]
    issued = _issuer_claim(work)
    if issued is not None and all(not same_speaker(c.source, issued.source, lexicon) for c in made):
        made = [issued, *made][: rules.max]
    return made


def _issuer_claim(work: Work) -> Claim | None:
    """A press release is its issuer's statement: the lead is what the issuer says."""
    doc = work.doc
    if doc.genre is None or doc.genre.policy != "release" or doc.issuer is None:
        return None
    lead = work.main[0] if work.main else None
    if lead is None or not lead.body.strip():
        return None
    return Claim(source=doc.issuer[0], says=clip(lead.body), quote=lead.text)
