"""``summarizer eval muc4``: score an engine (or a GRIT prediction file) on a MUC-4 split.

    summarizer eval muc4 --split-file PATH [--engine offline|openai] [--model M]
                         [--base-url URL] [--mode tools|json_schema] [--limit N]
                         [--concurrency N] [--out PREDS.json] [--json-out SCORES.json]
                         [--record DIR | --replay DIR] [--lexicon PATH | --no-lexicon]
                         [--quiet]
    summarizer eval muc4 --split-file PATH --preds PREDS.json

Exit codes: 0 ok; 1 the engine failed on some documents (scores are still printed and
written, counting those documents as predicting nothing); 2 bad usage; 3 the endpoint
refused the credentials (the run stops); 5 the split or predictions file cannot be read;
6 it is malformed.

The offline engine is given the vocabulary overlays for MUC-4 (the one learned from train,
``summarizer/evals/muc4/data/train_lexicon.json``, and the hand-written ``hand_written.toml``; see
their README) unless ``--no-lexicon``; ``--lexicon PATH`` gives another learned overlay.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from summarizer.config import Settings
from summarizer.engines.offline import OfflineEngine
from summarizer.evals.muc4.data import load_documents
from summarizer.evals.muc4.lexicon import DEFAULT_LEXICON, load_lexicon
from summarizer.evals.muc4.report import PUBLISHED, print_scores
from summarizer.evals.muc4.runner import (
    DocumentResult,
    grit_predictions,
    read_grit_predictions,
    run_documents,
)
from summarizer.evals.muc4.scorer import Scores, score_documents

__all__ = ["add_parser", "run"]

EXIT_DOCUMENT_ERRORS = 1

EngineFactory = Callable[[argparse.Namespace], tuple[Any, Settings]]


def add_parser(commands: Any) -> None:
    """Add the ``muc4`` sub-command to ``commands`` (an argparse sub-parsers object)."""
    muc4 = commands.add_parser(
        "muc4",
        help="MUC-4 role-filler extraction: run an engine on a split file and score it",
        description="Run an engine on each document of a MUC-4 split file (GRIT's JSON-lines "
        "form), map its briefs to PerpInd, PerpOrg, Target, Victim and Weapon, and score "
        "them with the standard metric.",
    )
    muc4.add_argument(
        "--split-file",
        type=Path,
        required=True,
        metavar="PATH",
        help="a MUC-4 split in GRIT's JSON-lines form (e.g. ../shared/muc4/dev.jsonl)",
    )
    muc4.add_argument(
        "--engine", choices=["offline", "openai"], default="offline", help="default: offline"
    )
    muc4.add_argument("--model", help="the LLM's model name (openai engine)")
    muc4.add_argument("--base-url", help="an OpenAI-compatible endpoint (openai engine)")
    muc4.add_argument("--mode", choices=["tools", "json_schema"])
    muc4.add_argument("--limit", type=int, metavar="N", help="only the first N documents")
    muc4.add_argument(
        "--concurrency", type=int, default=4, metavar="N", help="documents in flight (default 4)"
    )
    muc4.add_argument(
        "--out", type=Path, metavar="PREDS.json", help="write predictions in GRIT's format"
    )
    muc4.add_argument(
        "--json-out",
        type=Path,
        metavar="FILE",
        help="write scores, settings and per-document predictions as JSON",
    )
    muc4.add_argument(
        "--preds",
        type=Path,
        metavar="PREDS.json",
        help="score this GRIT-format prediction file instead of running an engine",
    )
    lexicon = muc4.add_mutually_exclusive_group()
    lexicon.add_argument(
        "--lexicon",
        type=Path,
        default=DEFAULT_LEXICON,
        metavar="PATH",
        help="the offline engine's learned vocabulary overlay, with the hand-written one "
        "(default: the one learned from MUC-4 train, "
        "summarizer/evals/muc4/data/train_lexicon.json)",
    )
    lexicon.add_argument(
        "--no-lexicon",
        dest="lexicon",
        action="store_const",
        const=None,
        help="run the offline engine without a domain lexicon",
    )
    cassettes = muc4.add_mutually_exclusive_group()
    cassettes.add_argument("--record", type=Path, metavar="DIR", help="record the LLM's HTTP")
    cassettes.add_argument("--replay", type=Path, metavar="DIR", help="replay recorded HTTP")
    muc4.add_argument("--quiet", action="store_true", help="no progress bar or table")


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _run_engine(
    args: argparse.Namespace, documents: list[Any], engine_for: EngineFactory
) -> tuple[list[DocumentResult], dict[str, Any]]:
    engine, settings = engine_for(args)
    lexicon = None
    if isinstance(engine, OfflineEngine) and args.lexicon is not None:
        lexicon = str(args.lexicon)
        engine = OfflineEngine(lexicon=load_lexicon(args.lexicon))
    quiet = args.quiet
    with Progress(
        TextColumn("muc4"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True, quiet=quiet),
        transient=True,
        disable=quiet,
    ) as bar:
        task = bar.add_task("documents", total=len(documents))

        def advance(_: DocumentResult) -> None:
            bar.advance(task)

        results = run_documents(engine, documents, concurrency=args.concurrency, progress=advance)
    template = getattr(engine, "template", None)
    model = settings.model if engine.name == "openai" else None
    if model is None:
        model = next((r.brief.provenance.model for r in results if r.brief), None)
    usage = {"input_tokens": 0, "output_tokens": 0, "requests": 0}
    for result in results:
        spent = result.brief.provenance.usage if result.brief else None
        if spent is not None:
            usage["input_tokens"] += spent.input_tokens
            usage["output_tokens"] += spent.output_tokens
            usage["requests"] += spent.requests
    about = {
        "engine": engine.name,
        "model": model,
        "prompt": {"name": template.name, "hash": template.hash} if template else None,
        "lexicon": lexicon,
        "usage": usage,
    }
    return results, about


def run(args: argparse.Namespace, engine_for: EngineFactory) -> int:
    """Carry out ``summarizer eval muc4``; returns the exit code (see the module docstring)."""
    if args.concurrency < 1:
        raise ValueError(f"--concurrency must be at least 1, not {args.concurrency}")
    if args.preds is not None and (args.out is not None or args.record or args.replay):
        raise ValueError(
            "--preds scores an existing file; it cannot be combined with --out, "
            "--record or --replay"
        )
    started = time.perf_counter()
    documents = load_documents(args.split_file, limit=args.limit)
    gold = {d.numeric_id: d.gold for d in documents}
    results: list[DocumentResult] = []
    if args.preds is not None:
        predictions = read_grit_predictions(args.preds, documents)
        about: dict[str, Any] = {"engine": f"predictions {args.preds}", "model": None}
    else:
        results, about = _run_engine(args, documents, engine_for)
        predictions = {r.document.numeric_id: r.predicted for r in results}
    scores: Scores = score_documents(predictions, gold)
    wall_s = time.perf_counter() - started
    errors = [r for r in results if r.error]
    if args.out is not None:
        _write_json(args.out, grit_predictions(results))
    if args.json_out is not None:
        _write_json(
            args.json_out,
            {
                "benchmark": "MUC-4 role-filler extraction (GRIT metric, phi_strict)",
                "split_file": str(args.split_file),
                **about,
                "scores": scores.as_dict(),
                "published": PUBLISHED,
                "errors": len(errors),
                "wall_s": round(wall_s, 3),
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "documents": [r.as_dict() for r in results],
            },
        )
    if not args.quiet:
        engine = about["engine"] + (f" ({about['model']})" if about.get("model") else "")
        print_scores(
            scores,
            split_file=str(args.split_file),
            engine=engine,
            wall_s=wall_s,
            console=Console(),
        )
    if errors:
        first = errors[0]
        assert first.error is not None
        print(
            f"evals: muc4: the engine failed on {len(errors)} of {len(results)} document(s), "
            f"scored as predicting nothing; first: {first.document.docid}: "
            f"{first.error['type']}: {' '.join(first.error['message'].split())}",
            file=sys.stderr,
        )
        return EXIT_DOCUMENT_ERRORS
    return 0
