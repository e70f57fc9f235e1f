"""``summarizer eval`` (``python -m evals`` in a checkout): check fixtures, score an engine, gate.

    summarizer eval [--debug] COMMAND ...   (--debug: log every client retry and exchange)
    summarizer eval check [--fixtures DIR ...]
    summarizer eval run [--fixtures DIR ...] [--engine offline|openai] [--model M] [--lexicon F]
                        [--json-out F] [--markdown-out F] [--html-out F] [--baseline-out F]
                        [--concurrency N] [--only ID ...] [--gate BASELINE]
                        [--record DIR | --replay DIR]
    summarizer eval compare A.json B.json [--json-out F]
    summarizer eval draft ARTICLE -o FIXTURE.yaml [--engine offline|openai] [--published D]
    summarizer eval muc4 --split-file PATH [--engine offline|openai] [--limit N]
                         [--out PREDS.json] [--json-out SCORES.json]   (see muc4/cli.py)

Installed from the wheel it needs the ``evals`` extra (``pip install "summarizer[evals]"``)
and ``--fixtures DIR``; in a checkout the project's ``evals/fixtures`` is the default.

Exit codes: 0 ok; 1 fixture problems, the gate failed, or (muc4) the engine failed on some
documents; 2 bad usage or input; 3 provider refused the credentials; 5 a MUC-4 split or
predictions file cannot be read; 6 it is malformed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from summarizer.config import EngineName, Settings
from summarizer.engines import choose_engine, make_engine
from summarizer.errors import ConfigurationError, SummarizerError
from summarizer.evals.fixtures import DEFAULT_DIR, check_directories, held_out_dirs, load_fixtures
from summarizer.evals.gate import changed_fixtures, check_gate
from summarizer.evals.muc4 import cli as muc4_cli
from summarizer.evals.paired import PairedChange, paired_changes, paired_regressions
from summarizer.evals.reports.markdown import render_markdown
from summarizer.evals.reports.terminal import print_report
from summarizer.evals.runner import FixtureResult, fixture_article, run_fixtures, summarise_run
from summarizer.logs import configure_logging

EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def _parser(prog: str = "python -m evals") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--debug",
        action="store_true",
        help="log the client libraries (every retry and HTTP exchange; secrets redacted)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser(
        "check", help="validate fixtures, naming file and field of each problem"
    )
    check.add_argument(
        "--fixtures",
        action="append",
        type=Path,
        metavar="DIR",
        help="fixture directory (repeatable; default: the project's, held-out splits included)",
    )

    run = commands.add_parser("run", help="brief every fixture and score it")
    run.add_argument(
        "--fixtures",
        action="append",
        type=Path,
        metavar="DIR",
        help="fixture directory (repeatable; default: evals/fixtures, held-out excluded)",
    )
    run.add_argument("--engine", choices=[e.value for e in EngineName])
    run.add_argument("--model")
    run.add_argument("--base-url")
    run.add_argument("--mode", choices=["tools", "json_schema"])
    run.add_argument("--json-out", type=Path, metavar="FILE")
    run.add_argument("--markdown-out", type=Path, metavar="FILE")
    run.add_argument("--html-out", type=Path, metavar="FILE")
    run.add_argument(
        "--baseline-out",
        type=Path,
        metavar="FILE",
        help="write the compact form used as a gate baseline",
    )
    run.add_argument(
        "--lexicon",
        dest="overlays",
        action="append",
        type=Path,
        metavar="FILE",
        help="offline engine: a vocabulary overlay on top of the built-in one (repeatable)",
    )
    run.add_argument("--concurrency", type=int, default=4, metavar="N")
    run.add_argument("--only", nargs="+", metavar="ID", help="score only these fixture ids")
    run.add_argument(
        "--limit", type=int, metavar="N", help="score only the first N fixtures (in id order)"
    )
    run.add_argument(
        "--gate",
        type=Path,
        metavar="BASELINE",
        help="fail (exit 1) when the run falls below this baseline",
    )
    run.add_argument(
        "--gate-mode",
        choices=["tolerance", "paired"],
        default="tolerance",
        help="tolerance: fail when the overall falls more than 0.02 or a field more than 0.05 "
        "(default); paired: fail when any figure falls beyond noise (paired bootstrap and "
        "sign-flip test on the shared fixtures)",
    )
    cassettes = run.add_mutually_exclusive_group()
    cassettes.add_argument(
        "--record",
        type=Path,
        metavar="DIR",
        help="record the LLM's HTTP exchanges into DIR (keys never stored)",
    )
    cassettes.add_argument(
        "--replay", type=Path, metavar="DIR", help="replay recorded exchanges from DIR; no network"
    )
    run.add_argument(
        "--summary-scorer",
        choices=["lexical", "embedding"],
        default="lexical",
        help="how key facts are matched (embedding needs the optional extra)",
    )
    run.add_argument("--quiet", action="store_true", help="no progress bar or table")

    compare = commands.add_parser(
        "compare",
        help="paired per-field differences of two runs (95%% CI, p-value; changes beyond noise "
        "marked) and the fixtures that changed",
    )
    compare.add_argument("a", type=Path)
    compare.add_argument("b", type=Path)
    compare.add_argument("--json-out", type=Path, metavar="FILE", help="write the comparison")

    draft = commands.add_parser(
        "draft",
        help="write a fixture labeled with an engine's brief, every value marked for a person "
        "to confirm (eval check refuses it until the marks are gone)",
    )
    draft.add_argument("article", type=Path, metavar="ARTICLE", help="article file (text or HTML)")
    draft.add_argument("-o", "--out", type=Path, required=True, metavar="FIXTURE.yaml")
    draft.add_argument("--engine", choices=[e.value for e in EngineName])
    draft.add_argument("--model")
    draft.add_argument("--base-url")
    draft.add_argument("--mode", choices=["tools", "json_schema"])
    draft.add_argument("--published", metavar="YYYY-MM-DD", help="publication date")
    draft.add_argument("--title", help="title of the article")
    draft.add_argument("--force", action="store_true", help="overwrite FIXTURE.yaml")
    draft.set_defaults(record=None, replay=None)

    muc4_cli.add_parser(commands)
    return parser


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"evals: error: {' '.join(message.split())}", file=sys.stderr)
    return code


def _default_dirs(*candidates: Path) -> list[Path]:
    """The checkout's own fixture directories, when there is a checkout with them."""
    found = [d for d in candidates if d.is_dir()]
    if not found:
        raise ValueError("no --fixtures DIR given, and no project fixtures beside this install")
    return found


def _cmd_check(args: argparse.Namespace) -> int:
    # by default the project's fixtures, and every held-out split the checkout has
    directories = args.fixtures or _default_dirs(DEFAULT_DIR, *held_out_dirs())
    missing = [d for d in directories if not Path(d).is_dir()]
    if missing:
        return _fail(f"not a directory: {missing[0]}")
    count, problems = check_directories(directories)
    for problem in problems:
        print(problem)
    print(f"{count} fixtures checked, {len(problems)} problem(s)")
    return EXIT_PROBLEMS if problems or count == 0 else 0


def _load_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read {path}: {exc}") from None
    if not isinstance(data, dict) or "overall" not in data or "fields" not in data:
        raise ValueError(f"{path} is not an eval report (no overall/fields)")
    return data


def compact(report: dict[str, Any]) -> dict[str, Any]:
    """The report without per-fixture details: what a committed baseline holds."""
    keep = ("overall", "fields", "counts", "engine", "model", "prompt", "n_fixtures")
    return {
        **{k: report[k] for k in keep},
        "fixture_dirs": [Path(d).name for d in report["fixture_dirs"]],
        "fixtures": [
            {"id": f["id"], "overall": f["overall"], "scores": f["scores"]}
            for f in report["fixtures"]
        ],
    }


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _engine_for(args: argparse.Namespace) -> tuple[Any, Settings]:
    overlays = getattr(args, "overlays", None)  # `run --lexicon`; muc4 has its own
    settings = Settings.from_env().with_overrides(
        model=args.model, base_url=args.base_url, mode=args.mode, lexicon=overlays
    )
    if overlays and (args.engine or "offline") != "offline":
        raise ConfigurationError("--lexicon is for the offline engine")
    llm_engines = {EngineName.openai.value, EngineName.hybrid.value}
    if (args.replay or args.record) and args.engine in llm_engines:
        from summarizer.engines.hybrid import HybridEngine
        from summarizer.evals.recording import cassette_engine

        recorded = cassette_engine(settings, record=args.record, replay=args.replay)
        engine = HybridEngine(recorded) if args.engine == EngineName.hybrid.value else recorded
        return engine, recorded.settings
    chosen = choose_engine(args.engine or "offline", settings)
    return make_engine(chosen, settings), settings


def _recorded_only(
    results: list[FixtureResult], cassette: Path
) -> tuple[list[FixtureResult], set[str]]:
    """A replay scores what was recorded: fixtures the cassette holds no answer for are left
    out (and named), not scored as failures of the model. Returns the kept results and the
    ids left out."""
    from summarizer.evals.recording import unrecorded

    kept: list[FixtureResult] = []
    missing: list[str] = []
    for result in results:
        if unrecorded(result.error):
            missing.append(result.fixture.id)
        else:
            kept.append(result)
    if missing:
        shown = ", ".join(missing[:5]) + (
            f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        )
        print(
            f"evals: {len(missing)} fixture(s) left out, not recorded in {cassette} "
            f"(make llm-record records them): {shown}",
            file=sys.stderr,
        )
    return kept, set(missing)


def _cmd_run(args: argparse.Namespace) -> int:
    directories = args.fixtures or _default_dirs(DEFAULT_DIR)
    for directory in directories:
        if not Path(directory).is_dir():
            return _fail(f"not a fixture directory: {directory}")
    _, problems = check_directories(directories)
    if problems:
        for problem in problems[:10]:
            print(problem, file=sys.stderr)
        return _fail(
            f"{len(problems)} fixture problem(s); run `python -m evals check`", EXIT_PROBLEMS
        )
    fixtures = load_fixtures(directories, only=args.only)
    if args.limit is not None:
        fixtures = fixtures[: args.limit]
    if not fixtures:
        return _fail("no fixtures to score" + (" with those ids" if args.only else ""))
    baseline = _load_json(args.gate) if args.gate else None
    engine, settings = _engine_for(args)
    console = Console(stderr=True, quiet=args.quiet)
    started = time.perf_counter()
    with Progress(
        TextColumn("scoring"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=args.quiet,
    ) as bar:
        task = bar.add_task("fixtures", total=len(fixtures))

        def advance(_: FixtureResult) -> None:
            bar.advance(task)

        results = run_fixtures(engine, fixtures, concurrency=args.concurrency, progress=advance)
    left_out: set[str] = set()
    if args.replay and args.engine in {EngineName.openai.value, EngineName.hybrid.value}:
        results, left_out = _recorded_only(results, args.replay)
        if not results:
            return _fail(f"no fixture has recorded exchanges in {args.replay}")
    template = getattr(engine, "template", None)
    report = summarise_run(
        results,
        engine=engine.name,
        model=settings.model if engine.name != "offline" else _offline_model(results),
        prompt={"name": template.name, "hash": template.hash} if template else None,
        fixture_dirs=directories,
        wall_s=time.perf_counter() - started,
        summary_scorer=args.summary_scorer,
    )
    failures = None
    if baseline is not None:
        gate = paired_regressions if args.gate_mode == "paired" else check_gate
        failures = [str(r) for r in gate(baseline, report)]
        # a fixture the baseline scored that now sends a request never recorded: the requests
        # changed (prompt, schema, re-asks), so the replay no longer tests them
        stale = sorted(left_out & {f["id"] for f in baseline.get("fixtures", [])})
        if stale:
            failures.append(
                f"{len(stale)} fixture(s) of the baseline now send requests {args.replay} never "
                f"recorded (re-record with make llm-record): {', '.join(stale[:5])}"
            )
    if not args.quiet:
        print_report(report, Console())
    if args.json_out:
        _write(args.json_out, json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n")
    if args.baseline_out:
        _write(args.baseline_out, json.dumps(compact(report), indent=2, ensure_ascii=False) + "\n")
    if args.markdown_out:
        _write(args.markdown_out, render_markdown(report, failures))
    if args.html_out:
        from summarizer.evals.reports.html import render_html, write_views

        # one article view per fixture, in a folder beside the report (r.html: r.views/)
        views = args.html_out.with_name(f"{args.html_out.stem}.views")
        articles = {f.id: (fixture_article(f).text, f.expected) for f in fixtures}
        write_views(report, articles, views)
        _write(args.html_out, render_html(report, views=views.name))
    if failures is not None:
        if failures:
            for failure in failures:
                print(f"evals: gate: {failure}", file=sys.stderr)
            print(f"evals: gate FAILED against {args.gate}", file=sys.stderr)
            return EXIT_PROBLEMS
        print(f"evals: gate passed against {args.gate} (overall {report['overall']:.3f})")
    return 0


def _offline_model(results: Sequence[FixtureResult]) -> str | None:
    return next((r.brief.provenance.model for r in results if r.brief), None)


def _print_paired(changes: list[PairedChange]) -> None:
    print(f"{'field':<18}{'n':>4}{'A':>8}{'B':>8}{'delta':>9}  {'95% CI':<18}{'p':>7}")
    for c in changes:
        interval = f"[{c.low:+.3f}, {c.high:+.3f}]"
        mark = "  * beyond noise" if c.beyond_noise else ""
        print(
            f"{c.name:<18}{c.n:>4}{c.a:>8.3f}{c.b:>8.3f}{c.delta:>+9.3f}  {interval:<18}"
            f"{c.p_value:>7.3f}{mark}"
        )
    print(
        "\n* the paired 95% bootstrap interval excludes 0 and the sign-flip p < 0.05 "
        "(shared fixtures only)"
    )


def _cmd_compare(args: argparse.Namespace) -> int:
    a, b = _load_json(args.a), _load_json(args.b)
    paired = paired_changes(a, b)
    _print_paired(paired)
    changes = changed_fixtures(a, b)
    if args.json_out:
        result = {"paired": [c.as_dict() for c in paired], "changed_fixtures": changes}
        _write(args.json_out, json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"\n{len(changes)} fixture(s) changed")
    for change in changes:
        moved = ", ".join(
            f"{f} {x:.2f}→{y:.2f}" for f, (x, y) in change["fields"].items() if x is not None
        )
        before, after, delta = change["before"], change["after"], change["delta"]
        print(f"  {change['id']}: {before:.3f} → {after:.3f} ({delta:+.3f}) {moved}")
    return 0


def _cmd_draft(args: argparse.Namespace) -> int:
    from summarizer.article import Article, read_article_file
    from summarizer.evals.draft import draft_fixture, write_draft

    out: Path = args.out
    if out.suffix not in {".yaml", ".yml"}:
        return _fail(f"{out}: a fixture file ends in .yaml")
    if out.exists() and not args.force:
        return _fail(f"{out} exists; pass --force to overwrite it")
    article = Article.from_text(
        read_article_file(args.article), published=args.published, title=args.title
    )
    engine, _ = _engine_for(args)
    brief = engine.summarize(article)
    write_draft(out, draft_fixture(out.stem, article, brief, args.article.name), force=True)
    print(f"wrote {out}: confirm every value marked '# CONFIRM', then delete the marks")
    return 0


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m evals") -> int:
    """Entry point (``python -m evals``, ``summarizer eval``); returns the exit code."""
    args = _parser(prog).parse_args(argv)
    # A fixture's failure is recorded in its result and the report; the client library's own
    # log of every failed attempt would repeat it (once per unrecorded fixture in a replay).
    configure_logging(args.debug, secrets=[os.environ.get("OPENAI_API_KEY", "")])
    try:
        if args.command == "check":
            return _cmd_check(args)
        if args.command == "run":
            return _cmd_run(args)
        if args.command == "muc4":
            return muc4_cli.run(args, _engine_for)
        if args.command == "draft":
            return _cmd_draft(args)
        return _cmd_compare(args)
    except (SummarizerError, ValueError, RuntimeError) as exc:
        return _fail(str(exc), getattr(exc, "exit_code", EXIT_USAGE))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:  # the reader (| head) has gone; nothing left to say
        return 0


if __name__ == "__main__":
    sys.exit(main())
