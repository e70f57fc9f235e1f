"""Why the offline engine misses MUC-4 role fillers: an error analysis on the TRAIN split.

    python scripts/muc4_train_analysis.py ../shared/muc4/train.jsonl [--json-out FILE]
        [--lexicon summarizer/evals/muc4/data/train_lexicon.json]

Runs the offline engine on every train document (about 10 s), maps its briefs with
:mod:`summarizer.evals.muc4.mapping`, scores them with
:mod:`summarizer.evals.muc4.scorer`, then breaks the missed gold entities down by cause:

- the engine judged the document to report no incident (every filler lost at once);
- the brief had nothing for the role at all in that document;
- the brief had something, but nothing that equals a gold mention, split into near misses
  (a prediction and a gold mention share their last word: "bomb" for "powerful bomb")
  and others.

And three diagnostics for the causes the issue suspects:

- capitalisation: the engine is run again on an oracle-cased copy of each document
  (sentence starts, and every gold PerpOrg and Victim mention, capitalised as news wire
  would: acronyms upper-case, names title-case); the recall it gains is what lower-cased
  text costs the capitalisation-based rules;
- lexicon: the share of gold PerpOrg entities that the engine's actor lexicon knows;
- phrasing: the share of gold Targets headed by a facility noun ("the x building") and the
  share of gold Weapons the engine's weapon words reach, and brief values dropped because
  they are not spans of the text (canonical names such as "civilians" for "people").

It refuses dev or test documents (ids starting with TST): rules are never tuned on them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.lexicon import default_lexicon
from summarizer.engines.offline.scan.actors import ActorRules
from summarizer.evals.muc4.data import ROLES, MucDocument, load_documents
from summarizer.evals.muc4.lexicon import load_lexicon
from summarizer.evals.muc4.mapping import PHYSICAL_HEADS, brief_to_roles, head_noun, locate
from summarizer.evals.muc4.scorer import count_matches, normalize_mention, score_documents
from summarizer.schema import IncidentBrief

_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([a-z])")
_VOWEL = re.compile(r"[aeiou]")


def _cased(mention: str) -> str:
    """A gold name as a wire story would write it: FMLN, Shining Path, Luis Carlos Galan."""
    words = mention.split()
    if len(words) == 1 and len(mention) <= 5 and (not _VOWEL.search(mention) or len(mention) <= 4):
        return mention.upper()
    return " ".join(w[:1].upper() + w[1:] for w in words)


def oracle_case(document: MucDocument) -> str:
    """The text with sentence starts and gold PerpOrg/Victim mentions capitalised."""
    text = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), document.text)
    names = {m for role in ("PerpOrg", "Victim") for e in document.gold[role] for m in e}
    for name in sorted(names, key=len, reverse=True):
        text = re.sub(
            rf"(?<![\w-]){re.escape(name)}(?![\w-])", _cased(name), text, flags=re.IGNORECASE
        )
    return text


def _briefs(engine: OfflineEngine, texts: list[str]) -> list[IncidentBrief | None]:
    out: list[IncidentBrief | None] = []
    for text in texts:
        try:
            out.append(engine.summarize(Article.from_text(text)))
        except Exception:  # an engine failure counts as predicting nothing
            out.append(None)
    return out


def _pct(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def _last_word(text: str) -> str:
    words = normalize_mention(text).split()
    return words[-1] if words else ""


def analyse(documents: list[MucDocument], lexicon: Path | None = None) -> dict[str, Any]:
    engine = OfflineEngine(lexicon=load_lexicon(lexicon) if lexicon else None)
    started = time.perf_counter()
    briefs = _briefs(engine, [d.text for d in documents])
    seconds = time.perf_counter() - started
    predictions = {
        d.numeric_id: brief_to_roles(b, d.text) for d, b in zip(documents, briefs, strict=True)
    }
    gold = {d.numeric_id: d.gold for d in documents}
    scores = score_documents(predictions, gold)

    causes: dict[str, Counter[str]] = {role: Counter() for role in ROLES}
    for document, brief in zip(documents, briefs, strict=True):
        predicted = predictions[document.numeric_id]
        for role in ROLES:
            entities = document.gold[role]
            if not entities:
                continue
            matched = count_matches(predicted[role], entities).matched
            causes[role]["gold"] += len(entities)
            causes[role]["matched"] += matched
            missed = len(entities) - matched
            if not missed:
                continue
            if brief is None or not brief.incident:
                causes[role]["document judged no incident"] += missed
            elif not predicted[role]:
                causes[role]["nothing predicted for the role"] += missed
            else:
                gold_heads = {_last_word(m) for e in entities for m in e}
                pred_heads = {_last_word(m) for e in predicted[role] for m in e}
                near = min(missed, len(gold_heads & pred_heads))
                causes[role]["near miss (same last word)"] += near
                causes[role]["predicted, but other entities"] += missed - near

    # Capitalisation: the same engine on oracle-cased text.
    cased_texts = [oracle_case(d) for d in documents]
    cased_briefs = _briefs(engine, cased_texts)
    cased_predictions = {
        d.numeric_id: brief_to_roles(b, t)
        for d, b, t in zip(documents, cased_briefs, cased_texts, strict=True)
    }
    cased = score_documents(cased_predictions, gold)

    # Lexicon: gold PerpOrg entities any mention of which the engine's lexicon knows.
    entries = default_lexicon().rules(ActorRules).entries
    aliases = {normalize_mention(a) for entry in entries for a in entry.aliases}
    org_entities = [e for d in documents for e in d.gold["PerpOrg"]]
    org_known = sum(1 for e in org_entities if {normalize_mention(m) for m in e} & aliases)
    org_names = Counter(normalize_mention(e[0]) for e in org_entities)

    # Phrasing: facility-headed targets; weapon words the engine ever outputs.
    targets = [e for d in documents for e in d.gold["Target"]]
    facility_targets = sum(1 for e in targets if any(head_noun(m) in PHYSICAL_HEADS for m in e))
    engine_weapons = Counter(w for b in briefs if b for w in b.weapons)
    weapon_entities = [e for d in documents for e in d.gold["Weapon"]]
    weapon_words = {w for w in engine_weapons}
    reachable = sum(
        1 for e in weapon_entities if any(any(locate(w, m) for w in weapon_words) for m in e)
    )
    gold_weapon_terms = Counter(normalize_mention(e[0]) for e in weapon_entities)
    recalled_terms: Counter[str] = Counter()
    for document in documents:
        weapons = {normalize_mention(e[0]) for e in predictions[document.numeric_id]["Weapon"]}
        for entity in document.gold["Weapon"]:
            if {normalize_mention(m) for m in entity} & weapons:
                recalled_terms[normalize_mention(entity[0])] += 1

    # Brief values dropped by span enforcement, and what the briefs hold at all.
    dropped: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    named_casualties = 0
    for document, brief in zip(documents, briefs, strict=True):
        if brief is None or not brief.incident:
            continue
        named_casualties += len(brief.named_casualties)
        values = [("perpetrators", a.name) for a in brief.perpetrators]
        values += [("targets", a.name) for a in brief.targets]
        values += [("weapons", w) for w in brief.weapons]
        values += [("named_casualties", c.name) for c in brief.named_casualties]
        for field, value in values:
            if locate(value, document.text) is None:
                dropped[f"{field}: {value.lower()}"] += 1
            else:
                kept[field] += 1

    empty_docs = sum(1 for d in documents if not any(d.gold[r] for r in ROLES))
    incident_flags = Counter(
        (bool(b and b.incident), any(d.gold[r] for r in ROLES))
        for d, b in zip(documents, briefs, strict=True)
    )
    return {
        "documents": len(documents),
        "documents_without_gold": empty_docs,
        "engine_seconds": round(seconds, 1),
        "scores": scores.as_dict(),
        "incident_vs_gold": {
            "incident, has gold": incident_flags[(True, True)],
            "incident, no gold": incident_flags[(True, False)],
            "no incident, has gold": incident_flags[(False, True)],
            "no incident, no gold": incident_flags[(False, False)],
        },
        "miss_causes": {role: dict(c) for role, c in causes.items()},
        "oracle_cased_scores": cased.as_dict(),
        "perp_org": {
            "gold_entities": len(org_entities),
            "known_to_engine_lexicon_pct": _pct(org_known, len(org_entities)),
            "top_names": org_names.most_common(15),
        },
        "target": {
            "gold_entities": len(targets),
            "facility_headed_pct": _pct(facility_targets, len(targets)),
        },
        "weapon": {
            "gold_entities": len(weapon_entities),
            "reachable_by_engine_words_pct": _pct(reachable, len(weapon_entities)),
            "engine_words": engine_weapons.most_common(),
            "gold_terms_recalled": [
                (term, recalled_terms[term], count)
                for term, count in gold_weapon_terms.most_common(15)
            ],
        },
        "brief_values": {
            "kept_as_spans": dict(kept),
            "dropped_not_spans": sum(dropped.values()),
            "top_dropped": dropped.most_common(12),
            "named_casualties_in_incident_briefs": named_casualties,
        },
    }


def _print(result: dict[str, Any]) -> None:
    print(
        f"{result['documents']} train documents ({result['documents_without_gold']} without "
        f"gold fillers); engine {result['engine_seconds']} s"
    )
    print("\nscores (P/R/F1, matched/predicted/gold) as is | on oracle-cased text:")
    for role in (*ROLES, "micro"):
        a = result["scores"]["roles"].get(role) or result["scores"]["micro"]
        b = (
            result["oracle_cased_scores"]["roles"].get(role)
            or result["oracle_cased_scores"]["micro"]
        )
        print(
            f"  {role:8} {a['p']:6.2f} {a['r']:6.2f} {a['f1']:6.2f} "
            f"({a['matched']}/{a['predicted']}/{a['gold']})"
            f"  |  {b['p']:6.2f} {b['r']:6.2f} {b['f1']:6.2f} ({b['matched']}/{b['predicted']})"
        )
    print("\nincident flag vs gold:", result["incident_vs_gold"])
    print("\nmissed gold entities by cause (% of the role's gold):")
    for role, causes in result["miss_causes"].items():
        gold = causes.get("gold", 0)
        parts = [
            f"{name} {count} ({_pct(count, gold)}%)"
            for name, count in causes.items()
            if name not in {"gold", "matched"}
        ]
        print(f"  {role:8} gold {gold}, matched {causes.get('matched', 0)}: " + "; ".join(parts))
    print("\nPerpOrg:", {k: v for k, v in result["perp_org"].items() if k != "top_names"})
    print("  most frequent gold names:", result["perp_org"]["top_names"])
    print("Target:", result["target"])
    weapon = result["weapon"]
    print(
        f"Weapon: {weapon['gold_entities']} gold, {weapon['reachable_by_engine_words_pct']}% "
        "reachable by the engine's weapon words"
    )
    print("  engine words:", weapon["engine_words"])
    print("  gold terms (term, recalled, gold):", weapon["gold_terms_recalled"])
    print("brief values:", {k: v for k, v in result["brief_values"].items() if k != "top_dropped"})
    print("  dropped (not spans):", result["brief_values"]["top_dropped"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("train", type=Path, help="MUC-4 train.jsonl (GRIT form)")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--json-out", type=Path)
    parser.add_argument(
        "--lexicon",
        type=Path,
        help="give the engine this learned lexicon "
        "(e.g. summarizer/evals/muc4/data/train_lexicon.json; "
        "on train that is an in-sample view: learn_muc4_lexicon.py --cv is the fair one)",
    )
    args = parser.parse_args(argv)
    documents = load_documents(args.train, limit=args.limit)
    if any(d.docid.startswith("TST") for d in documents):
        print(
            "refusing: this file holds dev/test documents (TST ids); analyse train only",
            file=sys.stderr,
        )
        return 2
    result = analyse(documents, args.lexicon)
    _print(result)
    if args.json_out:
        args.json_out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
