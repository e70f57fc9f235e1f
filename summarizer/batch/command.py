"""``summarizer batch``: the command around :func:`summarize_many`.

It reads INPUT lazily, writes each result to OUTPUT as it finishes (see
:mod:`summarizer.batch.output`), shows a progress bar on standard error and ends with a
summary. Exit codes: 0 every record is a brief; 5 the run finished but some records are
errors (this run's or, with ``--resume``, earlier ones); 2 bad usage, input or
configuration; 3 the endpoint refused every request (credentials, unknown model); 6 OUTPUT
could not be written (disk full, file too large: it ends on its last whole record, so the
run is resumable); 130 interrupted by Ctrl-C, 143 by SIGTERM (both resumable).

Ctrl-C stops taking new articles and lets the ones in flight finish; a second Ctrl-C (or
SIGTERM) abandons those instead. Either way everything finished is written and synced,
and the command prints how to resume.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shlex
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from summarizer.batch.cache import BriefCache, default_cache_path
from summarizer.batch.items import BatchInput, open_input
from summarizer.batch.output import FileOutput, RecordSink, StreamOutput
from summarizer.batch.parallel import AnyRun, offloaded_run
from summarizer.batch.pricing import BUILTIN_PRICES_AS_OF, PriceTable
from summarizer.batch.runner import BatchStats, freeze_heap, summarize_many
from summarizer.config import EngineName, Settings
from summarizer.engines import choose_engine
from summarizer.errors import ConfigurationError, OutputError, SummarizerError

__all__ = [
    "EXIT_INTERRUPTED",
    "EXIT_ITEMS_FAILED",
    "EXIT_TERMINATED",
    "add_arguments",
    "run",
]

EXIT_OK = 0
#: The run finished, but OUTPUT holds error records.
EXIT_ITEMS_FAILED = 5
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The batch-specific options (the engine options are added by :mod:`summarizer.cli`)."""
    parser.add_argument(
        "input",
        metavar="INPUT",
        help='JSONL file (one {"id", "text", "published"?, "title"?, "source"?} per line), '
        "a directory of .txt/.html files (id = file name), or - for stdin (JSONL)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUTPUT",
        help='JSONL of {"id", "brief"} or {"id", "error"} records, one per input record '
        "(default: standard output, which cannot be resumed)",
    )
    parser.add_argument(
        "--concurrency",
        type=_positive_int,
        metavar="N",
        help="articles in flight at once (default: 8; the offline engine briefs one at a time)",
    )
    parser.add_argument(
        "--rpm", type=_positive_float, metavar="R", help="at most R requests per minute (openai)"
    )
    parser.add_argument(
        "--tpm", type=_positive_float, metavar="T", help="at most T tokens per minute (openai)"
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="finish an interrupted run: keep OUTPUT's records, skip their ids",
    )
    cache = parser.add_mutually_exclusive_group()
    cache.add_argument(
        "--cache",
        metavar="PATH",
        help=f"SQLite brief cache (default: {_shown_cache_path()})",
    )
    cache.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    parser.add_argument(
        "--prices",
        metavar="FILE",
        help='JSON price table {"model": {"input": $, "output": $}} in dollars per million '
        "tokens, added to the built-in one (default: $SUMMARIZER_PRICES; built-in: example "
        f"OpenAI list prices of {BUILTIN_PRICES_AS_OF}, for api.openai.com only)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar and no summary")


def _shown_cache_path() -> str:
    path = str(default_cache_path())
    home = str(Path.home())
    return "~" + path[len(home) :] if path.startswith(home) else path


# -- progress -------------------------------------------------------------------------------


def _progress(console: Console, quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]briefs"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}", style="progress.data.speed"),
        TextColumn("eta {task.fields[eta]}", style="progress.remaining"),
        TextColumn("{task.fields[errors]} errors", style="red"),
        TextColumn("{task.fields[tokens]}"),
        TimeElapsedColumn(),
        console=console,
        disable=quiet,
        refresh_per_second=4,
    )


def _show(
    progress: Progress, task: TaskID, stats: BatchStats, total: int | None, llm: bool
) -> None:
    """Rate and ETA from the run's own totals (steadier than rich's sampled speed)."""
    elapsed = stats.elapsed
    rate = stats.done / elapsed if elapsed > 0 else 0.0
    eta = "–"
    if total is not None and rate > 0:
        seconds = max(0, round((total - stats.done) / rate))
        eta = f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    tokens = f"{stats.usage.input_tokens:,}+{stats.usage.output_tokens:,} tokens" if llm else ""
    progress.update(
        task,
        completed=stats.done,
        rate=f"{rate:,.1f}/s",
        eta=eta,
        errors=f"{stats.failures:,}",
        tokens=tokens,
    )


# -- the run --------------------------------------------------------------------------------


@dataclass
class _Outcome:
    signal: int | None = None
    fatal: SummarizerError | None = None


async def _drive(
    run: AnyRun, sink: RecordSink, progress: Progress, total: int | None, console: Console
) -> _Outcome:
    outcome = _Outcome()
    loop = asyncio.get_running_loop()

    def on_signal(signum: int) -> None:
        first = outcome.signal is None
        outcome.signal = outcome.signal or signum
        if signum == signal.SIGINT and first:
            run.stop()
            console.print(
                "summarizer: stopping: taking no new article, finishing the ones in flight "
                "(Ctrl-C again to abandon them)",
                style="yellow",
                highlight=False,
                soft_wrap=True,
            )
        elif not run.abandoned:
            run.stop(abandon=True)
            console.print(
                "summarizer: stopping: abandoning the articles in flight",
                style="yellow",
                highlight=False,
                soft_wrap=True,
            )

    handled = (signal.SIGINT, signal.SIGTERM)
    for signum in handled:
        loop.add_signal_handler(signum, on_signal, signum)
    llm = run.identity.engine != EngineName.offline
    task = progress.add_task("briefs", total=total, rate="", eta="–", errors="0", tokens="")
    try:
        async with run:
            try:
                async for result in run:
                    try:
                        sink.write(result.to_json())
                    except OutputError as exc:  # disk full...: every later record would fail
                        outcome.fatal = exc
                        run.stop(abandon=True)
                        break
                    _show(progress, task, run.stats, total, llm)
            except SummarizerError as exc:
                outcome.fatal = exc
    finally:
        for signum in handled:
            loop.remove_signal_handler(signum)
        _show(progress, task, run.stats, total, llm)
    return outcome


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _resume_command(argv: Sequence[str]) -> str:
    args = list(argv)
    if "--resume" not in args:
        args.append("--resume")
    return shlex.join(["summarizer", *args])


def _cost(stats: BatchStats, run: AnyRun, prices: PriceTable) -> str:
    if run.identity.engine == EngineName.offline:
        return "$0 (offline engine)"
    model = run.settings.model
    price = prices.lookup(model, run.settings.base_url)
    if price is None:
        return (
            f"cost unknown: no price for {model!r} at this endpoint (give one with "
            "--prices FILE or $SUMMARIZER_PRICES)"
        )
    dollars = price.cost(stats.usage.input_tokens, stats.usage.output_tokens)
    source = (
        f"built-in example list price of {BUILTIN_PRICES_AS_OF}, check yours"
        if price.builtin
        else f"from {price.source}"
    )
    return (
        f"~${dollars:,.4f} ({model} at ${price.input:g} in, ${price.output:g} out per "
        f"million tokens, {source}; cache hits cost nothing)"
    )


def _summary(
    console: Console, run: AnyRun, sink: RecordSink, prices: PriceTable, earlier: int
) -> None:
    stats = run.stats
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column()
    rate = stats.done / stats.elapsed if stats.elapsed > 0 else 0.0
    table.add_row("done", f"{stats.done:,} records in {stats.elapsed:.1f} s ({rate:,.1f}/s)")
    table.add_row("briefs", f"{stats.succeeded:,} ({stats.cached:,} from the cache)")
    failed = ", ".join(f"{name} {count:,}" for name, count in stats.failed.most_common())
    table.add_row("failed", f"{stats.failures:,}" + (f": {failed}" if failed else ""))
    if stats.skipped or earlier:
        table.add_row(
            "resumed", f"{stats.skipped:,} records already in the output ({earlier:,} errors)"
        )
    if run.identity.engine != EngineName.offline:
        usage = stats.usage
        throttled = f", {usage.throttled:,} answered 429" if usage.throttled else ""
        table.add_row(
            "tokens",
            f"{usage.input_tokens:,} in, {usage.output_tokens:,} out, "
            f"{usage.requests:,} requests{throttled}",
        )
    table.add_row("cost", _cost(stats, run, prices))
    table.add_row("wall time", f"{stats.elapsed:.1f} s")
    table.add_row("output", sink.name)
    console.print(table)


def _open_sink(args: argparse.Namespace, source: BatchInput) -> RecordSink:
    if args.output in (None, "-"):
        if args.resume:
            raise ConfigurationError("--resume needs an output file: give -o OUTPUT")
        return StreamOutput()
    if source.identity is not None:
        try:
            info = os.stat(args.output)
        except OSError:
            pass  # not there yet (or unreadable: opening it says why)
        else:
            if (info.st_dev, info.st_ino) == source.identity:
                raise ConfigurationError("OUTPUT is INPUT; give another output file")
    return FileOutput(args.output, resume=args.resume)


def run(args: argparse.Namespace, argv: Sequence[str]) -> int:
    """Run ``summarizer batch`` with parsed ``args``; ``argv`` is echoed in the resume hint."""
    console = Console(stderr=True)
    from summarizer.cli import offline_only_lexicon

    settings = Settings.from_env().with_overrides(
        model=args.model, base_url=args.base_url, mode=args.mode
    )
    settings = offline_only_lexicon(args, settings)
    engine = choose_engine(args.engine, settings)
    if args.engine is None and engine is EngineName.offline and not args.quiet:
        _say(
            "summarizer: no LLM configured (OPENAI_API_KEY / OPENAI_BASE_URL unset); "
            "using the offline engine"
        )
    if args.resume and args.output in (None, "-"):  # before INPUT, which may wait on a pipe
        raise ConfigurationError("--resume needs an output file: give -o OUTPUT")
    prices = PriceTable.load(args.prices)
    source = open_input(args.input)
    cache: BriefCache | None = None
    try:
        cache = None if args.no_cache else BriefCache(args.cache or default_cache_path())
        sink = _open_sink(args, source)
    except BaseException:
        if cache is not None:
            cache.close()
        source.close()
        raise
    earlier_errors = 0
    try:
        done: set[str] = set()
        if isinstance(sink, FileOutput):
            done = sink.resume.done
            earlier_errors = sink.resume.errors
            if sink.resume.torn_bytes and not args.quiet:
                _say(
                    f"summarizer: dropped a torn last line ({sink.resume.torn_bytes} bytes) "
                    f"from {sink.name}; its article is done again"
                )
        batch: AnyRun = offloaded_run(
            args, source.records, engine=engine, settings=settings, skip=done
        ) or summarize_many(
            source.records,
            engine=engine,
            settings=settings,
            concurrency=args.concurrency,
            rpm=args.rpm,
            tpm=args.tpm,
            cache=cache if cache is not None else False,
            skip=done,
        )
        total = None if source.total is None else max(0, source.total - len(done))
        progress = _progress(console, args.quiet)
        freeze_heap()
        try:
            with progress:
                outcome = asyncio.run(_drive(batch, sink, progress, total, console))
        except BrokenPipeError:
            # the reader of standard output went away (| head): nothing more to say
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_OK
    finally:
        if cache is not None:
            cache.close()
        sink.close()
        source.close()

    if not args.quiet:
        _summary(console, batch, sink, prices, earlier_errors)
    unfinished = outcome.signal is not None or outcome.fatal is not None
    if unfinished:
        if isinstance(sink, FileOutput):
            _say(
                f"summarizer: {sink.name} holds every finished record; to finish the run: "
                f"{_resume_command(argv)}"
            )
        else:
            _say(
                "summarizer: the output went to standard output, so this run cannot be "
                "resumed; give -o OUTPUT next time"
            )
    if outcome.fatal is not None:
        raise outcome.fatal
    if outcome.signal is not None:
        return EXIT_INTERRUPTED if outcome.signal == signal.SIGINT else EXIT_TERMINATED
    if batch.stats.failures or earlier_errors:
        return EXIT_ITEMS_FAILED
    return EXIT_OK
