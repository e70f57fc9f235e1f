"""Learn a small MUC-4 lexicon from TRAIN gold fillers, and estimate what it would be worth.

    python scripts/learn_muc4_lexicon.py ../shared/muc4/train.jsonl \
        [--min-docs 3] [--min-precision 0.2] [--cv 5] \
        [--out summarizer/evals/muc4/data/train_lexicon.json]

What is learned (every count is a number of train *documents*, so a name repeated in one
story counts once):

- ``perpetrator_organisations``: PerpOrg mentions (compared normalised as the scorer does,
  stored as most often written), grouped into alias sets by the gold clusters they share
  ("fmln" ~ "farabundo marti national liberation front"), with a kind guessed from their
  words (cartel/mafia/extraditables/traffickers → criminal_group; liberation, front,
  movement, path... or no force word → rebel_group; army/police/air force/government →
  state_forces);
- ``perpetrator_individuals``: PerpInd mentions ("unidentified individuals", "urban
  guerrillas", "gunmen");
- ``weapons``: Weapon mentions ("dynamite", "car bomb", "explosive device");
- ``target_heads``: head nouns of Target mentions (office, headquarters, bus, pipeline);
- ``victim_titles``: the word right before a Victim mention in the text ("mayor",
  "priest", "candidate"), minus function words, verbs in -ed/-ing and words that are
  themselves parts of victims' names; the engine ends a name at one;
- ``perpetrator_heads``: head nouns of PerpInd mentions (the word before "of", "in",
  "wearing"..., else the last: guerrillas, men, individuals, members), minus surnames
  (the last word of a mention that starts with a learned first name or a rank), number
  words, and nouns that head more PerpOrg than PerpInd mentions ("forces");
- ``given_names``: the first word of Victim mentions of two words or more, in at least
  two documents ("luis", "hector"), minus function words and titles: where the engine
  starts a name in lower-cased text (``summarizer/evals/muc4/data/hand_written.toml`` adds common
  first names written by hand).

A filler entry is kept when it is gold in at least ``--min-docs`` documents and, among the
train documents whose text contains it (word-bounded), gold for that role in at least
``--min-precision`` of them ("army" is in hundreds of stories but a gold PerpOrg in few).
Both numbers are kept with each entry (the overlay's ``about.support``). Target heads,
victim titles and perpetrator heads are cues, not fillers: only ``--min-docs`` applies to
them. The defaults (3 documents, 0.2) were chosen by the --cv estimate below over a small
grid (0.1/0.2/0.3 × 2/3/5), on train only.

``--cv N`` estimates, without touching dev, what the lexicon is worth to the offline
engine: N folds of train, each briefed by ``OfflineEngine(lexicon=...)`` with an overlay
learned on the other folds, beside the hand-written one (support threshold scaled to the
folds' share, at least 2), mapped by :mod:`summarizer.evals.muc4.mapping` and scored; beside it, the
engine without a lexicon.

It refuses dev or test documents (ids starting with TST).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from summarizer.evals.muc4.data import Entity, MucDocument, load_documents
from summarizer.evals.muc4.lexicon import compact_json, overlay
from summarizer.evals.muc4.mapping import brief_to_roles, head_noun
from summarizer.evals.muc4.scorer import Scores, normalize_mention, score_documents
from summarizer.schema import IncidentBrief

DEFAULT_OUT = (
    Path(__file__).resolve().parent.parent / "summarizer/evals/muc4/data/train_lexicon.json"
)
_REBEL = re.compile(
    r"\b(?:liberation|revolutionary|front|movement|guerrillas?|path|luminoso|popular|patriotic)\b"
)
_STATE = re.compile(r"\b(?:army|armed forces|military|air force|police|government|navy|guard)\b")
_CRIMINAL = re.compile(r"\b(?:cartel|mafias?|extraditables|traffickers?|narco\w*)\b")
_WORD = re.compile(r"[a-z][a-z'-]*")


def _normalised_text(document: MucDocument) -> str:
    return " " + normalize_mention(document.text) + " "


def _occurs(term: str, normalised_text: str) -> bool:
    return f" {term} " in normalised_text


def _doc_counts(
    documents: Sequence[MucDocument], role: str
) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Documents where each normalised mention is gold for ``role``, and its written forms."""
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for document in documents:
        keys = set()
        for entity in document.gold[role]:
            for mention in entity:
                key = normalize_mention(mention)
                if key:
                    keys.add(key)
                    forms[key][mention.lower()] += 1
        counts.update(keys)
    return counts, forms


def _reliable(
    documents: Sequence[MucDocument],
    texts: Sequence[str],
    role: str,
    min_docs: int,
    min_precision: float,
) -> dict[str, tuple[int, int, str]]:
    """normalised term → (documents where it is gold, documents whose text contains it,
    its most frequent written form)."""
    gold_docs, forms = _doc_counts(documents, role)
    kept: dict[str, tuple[int, int, str]] = {}
    for term, support in gold_docs.items():
        if support < min_docs:
            continue
        in_text = sum(1 for t in texts if _occurs(term, t))
        if in_text and support / in_text >= min_precision:
            kept[term] = (support, in_text, forms[term].most_common(1)[0][0])
    return kept


def _alias_groups(documents: Sequence[MucDocument], names: Iterable[str]) -> list[list[str]]:
    """Union-find over names that share a gold PerpOrg cluster."""
    parent = {n: n for n in names}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for document in documents:
        for entity in document.gold["PerpOrg"]:
            members = [normalize_mention(m) for m in entity]
            members = [m for m in members if m in parent]
            for other in members[1:]:
                parent[find(other)] = find(members[0])
    groups: dict[str, list[str]] = defaultdict(list)
    for name in parent:
        groups[find(name)].append(name)
    return list(groups.values())


def _kind(aliases: Sequence[str]) -> str:
    joined = " | ".join(aliases)
    if _CRIMINAL.search(joined):
        return "criminal_group"
    if _REBEL.search(joined) or not _STATE.search(joined):
        return "rebel_group"
    return "state_forces"


def learn(documents: Sequence[MucDocument], min_docs: int, min_precision: float) -> dict[str, Any]:
    """The lexicon (see the module docstring) learned from ``documents``."""
    texts = [_normalised_text(d) for d in documents]
    orgs = _reliable(documents, texts, "PerpOrg", min_docs, min_precision)
    organisations: list[dict[str, Any]] = []
    for group in _alias_groups(documents, orgs):
        group.sort(key=lambda n: (-orgs[n][0], n))
        organisations.append(
            {
                "name": orgs[group[0]][2],
                "aliases": [orgs[n][2] for n in group],
                "kind": _kind(group),
                "documents": max(orgs[n][0] for n in group),
                "precision": round(max(orgs[n][0] / orgs[n][1] for n in group), 2),
            }
        )
    organisations.sort(key=lambda e: (-int(e["documents"]), str(e["name"])))

    def entries(role: str, key: str) -> list[dict[str, Any]]:
        found = _reliable(documents, texts, role, min_docs, min_precision)
        return [
            {key: form, "documents": support, "precision": round(support / in_text, 2)}
            for term, (support, in_text, form) in sorted(
                found.items(), key=lambda kv: (-kv[1][0], kv[0])
            )
        ]

    heads: Counter[str] = Counter()
    titles: Counter[str] = Counter()
    name_words = _victim_name_words(documents)
    for document in documents:
        heads.update({head_noun(m) for e in document.gold["Target"] for m in e} - {""})
        before: set[str] = set()
        for entity in document.gold["Victim"]:
            for mention in entity:
                for match in re.finditer(re.escape(mention), document.text):
                    words = _WORD.findall(document.text[max(0, match.start() - 30) : match.start()])
                    if words:
                        before.add(words[-1])
        titles.update(before)
    perp_heads: Counter[str] = Counter()
    person_named: set[str] = set()
    org_heads: Counter[str] = Counter()
    for document in documents:
        perp_heads.update({_person_head(m) for e in document.gold["PerpInd"] for m in e} - {""})
        org_heads.update({_person_head(m) for e in document.gold["PerpOrg"] for m in e} - {""})
    given: Counter[str] = Counter()
    for document in documents:
        given.update(
            {
                words[0]
                for entity in document.gold["Victim"]
                for mention in entity
                if len(words := _WORD.findall(mention.lower())) >= 2
            }
        )
    victim_titles = [
        {"title": t, "documents": n}
        for t, n in sorted(titles.items(), key=lambda kv: (-kv[1], kv[0]))
        if n >= min_docs
        and t not in _STOP_TITLES
        and name_words[t] < 2
        and not t.endswith(("ed", "ing"))
    ]
    title_words = {str(t["title"]) for t in victim_titles}
    given_words = {g for g, n in given.items() if n >= _GIVEN_MIN_DOCS}
    for document in documents:
        for role in ("PerpInd", "Victim"):
            for entity in document.gold[role]:
                for mention in entity:
                    words = _WORD.findall(mention.lower())
                    if len(words) >= 2 and (words[0] in given_words or words[0] in _RANKS):
                        person_named.add(words[-1])
    return {
        "perpetrator_organisations": organisations,
        "perpetrator_individuals": entries("PerpInd", "phrase"),
        "weapons": entries("Weapon", "term"),
        "target_heads": [
            {"head": h, "documents": n}
            for h, n in sorted(heads.items(), key=lambda kv: (-kv[1], kv[0]))
            if n >= min_docs
        ],
        "victim_titles": victim_titles,
        "perpetrator_heads": [
            {"head": h, "documents": n}
            for h, n in sorted(perp_heads.items(), key=lambda kv: (-kv[1], kv[0]))
            if n >= min_docs
            and h not in person_named
            and h not in _NUMBERS
            and org_heads[h] < n  # "forces" heads more organisations than individuals
        ],
        "given_names": [
            {"name": g, "documents": n}
            for g, n in sorted(given.items(), key=lambda kv: (-kv[1], kv[0]))
            if n >= _GIVEN_MIN_DOCS and g not in _STOP_TITLES and g not in title_words
        ],
    }


# Ranks before a person's name: "colonel benavides" names a person, not a kind of people.
_RANKS = frozenset(
    "colonel col lieutenant lt major maj captain capt sergeant sgt corporal general gen "
    "president".split()
)
_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())
# Words after a perpetrator's head noun that start a description ("men in uniform").
_AFTER_HEAD = frozenset("of in on with wearing who from riding dressed carrying".split())


def _person_head(mention: str) -> str:
    """The head noun of a PerpInd mention: the last word before "of", "in", "wearing"...
    ("members of the fmln" → members, "men in uniform" → men), else the last word."""
    words: list[str] = _WORD.findall(mention.lower())
    for i, word in enumerate(words[1:], 1):
        if word in _AFTER_HEAD:
            return words[i - 1]
    return words[-1] if words else ""


# A first name is kept when it begins a victim's name in this many train documents.
_GIVEN_MIN_DOCS = 2

# Function words seen before names; they carry no cue.
_STOP_TITLES = frozenset(
    "the a an of and to in on at by for from with that who whom whose said says was were is "
    "are has have had been as or but when where".split()
)


def _victim_name_words(documents: Sequence[MucDocument]) -> Counter[str]:
    """Documents in which each word is part of a gold Victim name ("carlos", "lopez")."""
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update({w for e in document.gold["Victim"] for m in e for w in _WORD.findall(m)})
    return counts


# -- the --cv estimate ---------------------------------------------------------------------


def cross_validate(
    documents: Sequence[MucDocument], folds: int, min_docs: int, min_precision: float
) -> dict[str, Scores]:
    """The offline engine without a lexicon, and with one learned on the other folds (plus
    the hand-written first names), every document scored once through the mapping."""
    from summarizer.article import Article
    from summarizer.engines.offline import OfflineEngine
    from summarizer.evals.muc4.lexicon import HAND_WRITTEN

    def briefs(engine: OfflineEngine, chosen: Sequence[MucDocument]) -> list[IncidentBrief | None]:
        out: list[IncidentBrief | None] = []
        for document in chosen:
            try:
                out.append(engine.summarize(Article.from_text(document.text)))
            except Exception:  # an engine failure counts as predicting nothing
                out.append(None)
        return out

    gold = {d.numeric_id: d.gold for d in documents}
    alone = {
        d.numeric_id: brief_to_roles(b, d.text)
        for d, b in zip(documents, briefs(OfflineEngine(), documents), strict=True)
    }
    combined: dict[str, dict[str, list[Entity]]] = {}
    # Fewer documents to learn from: scale the support threshold with the fold's share.
    fold_min = max(2, round(min_docs * (folds - 1) / folds))
    for fold in range(folds):
        held = [d for i, d in enumerate(documents) if i % folds == fold]
        rest = [d for i, d in enumerate(documents) if i % folds != fold]
        learned = overlay(learn(rest, fold_min, min_precision))
        engine = OfflineEngine(lexicon=[learned, HAND_WRITTEN])
        for document, brief in zip(held, briefs(engine, held), strict=True):
            combined[document.numeric_id] = brief_to_roles(brief, document.text)
    return {
        "engine alone": score_documents(alone, gold),
        "engine + lexicon learned on the other folds": score_documents(combined, gold),
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--min-docs", type=int, default=3)
    parser.add_argument("--min-precision", type=float, default=0.2)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--cv", type=int, default=0, metavar="FOLDS")
    args = parser.parse_args(argv)
    documents = load_documents(args.train)
    if any(d.docid.startswith("TST") for d in documents):
        print(
            "refusing: this file holds dev/test documents (TST ids); learn from train only",
            file=sys.stderr,
        )
        return 2
    lexicon = learn(documents, args.min_docs, args.min_precision)
    about = {
        "note": "Learned by scripts/learn_muc4_lexicon.py from MUC-4 train gold fillers "
        "(never dev or test); see that script's docstring for every field. support: [train "
        "documents where the entry is a gold filler, that number over the train documents "
        "whose text contains it].",
        "source": {
            "file": args.train.name,
            "sha256": _sha256(args.train),
            "documents": len(documents),
        },
        "min_docs": args.min_docs,
        "min_precision": args.min_precision,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(compact_json(overlay(lexicon, about)), encoding="utf-8")
    sizes = {k: len(v) for k, v in lexicon.items()}
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes): {sizes}")
    if args.cv:
        for name, scores in cross_validate(
            documents, args.cv, args.min_docs, args.min_precision
        ).items():
            line = "  ".join(
                f"{role} {100 * c.f1:.1f}"
                for role, c in [*scores.roles.items(), ("micro", scores.micro)]
            )
            m = scores.micro
            print(
                f"{args.cv}-fold CV on train, {name}: P {100 * m.precision:.2f} "
                f"R {100 * m.recall:.2f} F1 {100 * m.f1:.2f} | F1 by role: {line}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
