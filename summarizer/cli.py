"""The ``summarizer`` command: ``brief`` (one article), ``batch`` (many), ``serve`` (HTTP),
``eval`` (the suite).

Exit codes: 0 ok; 2 bad usage, input or configuration; 3 the LLM provider failed;
4 the model's output never validated; 5 a batch finished with error records; 6 the output
could not be written (disk full, file too large...); 130 interrupted (143 a batch stopped
by SIGTERM). Errors are one line on stderr,
``summarizer: error: ...``; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from typing import NoReturn, TextIO, cast

from rich.console import Console

from summarizer import __version__
from summarizer.api import prepare
from summarizer.article import decode_bytes, read_article_file
from summarizer.config import EngineName, Mode, Settings
from summarizer.engines import choose_engine
from summarizer.errors import ConfigurationError, InputError, OutputError, SummarizerError
from summarizer.logs import BestEffortStream, configure_logging
from summarizer.schema import IncidentBrief

__all__ = ["main"]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="summarizer",
        description="Turn a news article about a violent or security incident into a validated, "
        "source-grounded incident brief.",
    )
    parser.add_argument("--version", action="version", version=f"summarizer {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    brief = commands.add_parser(
        "brief",
        help="print the brief of one article",
        description="Print the incident brief of one article (a file, or - for standard input).",
    )
    brief.add_argument("file", metavar="FILE", help="article file (text or HTML), or - for stdin")
    _add_engine_options(brief)
    brief.add_argument(
        "--json", action="store_true", help="print the brief as JSON (the contract's form)"
    )
    brief.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of the article")
    brief.add_argument("--title", help="title of the article, if not in the text")
    brief.add_argument(
        "--html",
        metavar="OUT.html",
        help="also write one self-contained page: the article with each fact's evidence "
        "highlighted, the brief beside it",
    )
    brief.add_argument("--debug", action="store_true", help="show tracebacks and HTTP logs")

    from summarizer.batch.command import add_arguments
    from summarizer.batch.parallel import add_arguments as add_parallel_arguments

    batch = commands.add_parser(
        "batch",
        help="brief many articles into a JSONL file (concurrent, cached, resumable)",
        description="Brief every article of INPUT, writing one JSON line per article to "
        "OUTPUT as it finishes. Exit codes: 0 all briefs, 5 some records are errors, 2 bad "
        "usage or input, 3 the endpoint refused every request, 6 OUTPUT could not be "
        "written, 130/143 interrupted (finish with --resume).",
    )
    add_arguments(batch)
    add_parallel_arguments(batch)
    _add_engine_options(batch)
    batch.add_argument("--debug", action="store_true", help="show tracebacks and HTTP logs")
    # Listed for --help only: main() hands `eval ...` to the suite's own parser first.
    commands.add_parser(
        "eval",
        help="score briefs against hand-labeled fixtures: run, check, compare, draft, muc4 "
        "(needs the extra: pip install 'summarizer[evals]')",
    )

    from summarizer.serve.command import add_arguments as add_serve_arguments

    serve = commands.add_parser(
        "serve",
        help="serve briefs and batch jobs over HTTP (needs summarizer[serve])",
        description="Run the incident-brief service: POST /v1/briefs, /v1/batches, health "
        "and metrics. Callers send 'Authorization: Bearer KEY'; keys come from "
        "$SUMMARIZER_API_KEYS or --api-keys-file.",
    )
    add_serve_arguments(serve)
    _add_engine_options(serve)
    serve.add_argument("--debug", action="store_true", help="show tracebacks")
    return parser


def _add_engine_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--engine",
        choices=[e.value for e in EngineName],
        help="offline rules, an OpenAI-compatible LLM, or hybrid (the LLM checked against and "
        "completed by the offline rules); default: openai when OPENAI_API_KEY or "
        "OPENAI_BASE_URL is set, else offline",
    )
    parser.add_argument("--model", help="model name (default: $SUMMARIZER_MODEL or gpt-4.1-mini)")
    parser.add_argument(
        "--base-url", help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1"
    )
    parser.add_argument(
        "--mode",
        choices=[m.value for m in Mode],
        help="structured-output mode: tools (default) or json_schema (for local servers)",
    )
    parser.add_argument(
        "--lexicon",
        action="append",
        metavar="FILE",
        help="offline engine: a vocabulary overlay (TOML or JSON: your own actors, places, "
        "weapons...) on top of the built-in one; repeatable (default: $SUMMARIZER_LEXICON)",
    )


def _fail(message: str, code: int) -> NoReturn:
    # One line, whatever the message holds.
    print(f"summarizer: error: {' '.join(message.split())}", file=sys.stderr)
    raise SystemExit(code)


def _read(path: str) -> str:
    if path == "-":
        return decode_bytes(sys.stdin.buffer.read(), "standard input")
    return read_article_file(path)


def offline_only_lexicon(args: argparse.Namespace, settings: Settings) -> Settings:
    """``settings`` with ``--lexicon``, which only the offline engine reads: with another
    engine it is a usage error, not a silent no-op."""
    if not args.lexicon:
        return settings
    settings = settings.with_overrides(lexicon=args.lexicon)
    if choose_engine(args.engine, settings) is not EngineName.offline:
        raise ConfigurationError("--lexicon is for the offline engine; add --engine offline")
    return settings


def _run_brief(args: argparse.Namespace) -> int:
    settings = offline_only_lexicon(args, Settings.from_env())
    engine, article = prepare(
        _read(args.file),
        published=args.published,
        title=args.title,
        engine=args.engine,
        model=args.model,
        base_url=args.base_url,
        mode=args.mode,
        settings=settings,
    )
    if args.engine is None and engine.name == EngineName.offline:
        print(
            "summarizer: no LLM configured (OPENAI_API_KEY / OPENAI_BASE_URL unset); "
            "using the offline engine",
            file=sys.stderr,
        )
    if article.extracted_from_html:
        print(
            "summarizer: input is HTML; extracted its visible text",
            file=sys.stderr,
        )
    brief = engine.summarize(article)
    if args.html:
        _write_html(args.html, brief, article.text)
    try:
        if args.json:
            sys.stdout.write(brief.model_dump_json(indent=2) + "\n")
        else:
            from summarizer.render import print_brief

            print_brief(brief, Console())
        sys.stdout.flush()  # here, where a failure is caught, not at the interpreter's exit
    except BrokenPipeError:
        raise
    except OSError as exc:
        _drop_stdout()
        raise OutputError(
            f"could not write the brief to standard output ({exc.strerror or exc})"
        ) from None
    return EXIT_OK


def _run_eval(argv: list[str]) -> int:
    try:
        from summarizer.evals.__main__ import main as eval_main
    except ModuleNotFoundError as exc:
        _fail(
            f"`summarizer eval` needs the evals extra (no module {exc.name!r}); "
            "install it with: pip install 'summarizer[evals]'",
            EXIT_USAGE,
        )
    return eval_main(argv, prog="summarizer eval")


def _write_html(path: str, brief: IncidentBrief, text: str) -> None:
    from pathlib import Path

    from summarizer.view import render_brief_html

    try:
        Path(path).write_text(render_brief_html(brief, text), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None
    print(f"summarizer: wrote {path}", file=sys.stderr)


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so that what its buffer still holds is not
    written again (and failed again, with a traceback) when the interpreter exits."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _print_traceback(exc: BaseException) -> None:
    key = os.environ.get("OPENAI_API_KEY")
    text = "".join(traceback.format_exception(exc))
    print(text.replace(key, "***") if key else text, file=sys.stderr, end="")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``summarizer`` command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    stderr = sys.stderr
    sys.stderr = cast(TextIO, BestEffortStream(stderr))  # a full stderr never ends the run
    try:
        return _main(argv)
    finally:
        sys.stderr = stderr


def _main(argv: list[str]) -> int:
    if argv[:1] == ["eval"]:
        return _run_eval(argv[1:])
    args = _parser().parse_args(argv)
    debug = getattr(args, "debug", False)
    configure_logging(debug, secrets=[os.environ.get("OPENAI_API_KEY", "")])
    try:
        if args.command == "brief":
            return _run_brief(args)
        if args.command == "batch":
            from summarizer.batch.command import run

            return run(args, argv)
        if args.command == "serve":
            from summarizer.serve.command import run as serve

            return serve(args)
        _fail(f"unknown command {args.command!r}", EXIT_USAGE)
    except SummarizerError as exc:
        if debug:
            _print_traceback(exc)
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        print("summarizer: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        _drop_stdout()
        return EXIT_OK
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
