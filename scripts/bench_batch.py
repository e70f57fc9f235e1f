"""Batch speed and memory: ``python scripts/bench_batch.py`` (or ``make bench-batch``).

Prints figures, not a pass/fail:

- **LLM engine against the local test server** (``tests/chat_server.py``, run in a separate
  process so it does not share this one's core), which answers every request with a valid
  brief after a fixed latency (default 200 ms). N articles (1,000) go through
  :func:`summarize_many` at concurrency C (50), with a fresh SQLite cache and an output
  file, as ``summarizer batch`` runs them (after its :func:`~summarizer.batch.freeze_heap`).
  Printed: the median wall time of the rounds, the ideal ``N × latency ÷ C``, their ratio,
  the client's CPU time per article (one event loop on one core cannot finish faster than
  N × that), and the server's CPU time per request (it must keep up with C ÷ latency
  requests a second without being the bottleneck).
- **Offline engine memory**: the peak resident set of ``summarizer batch`` in a subprocess
  over 1,000, 10,000 and 100,000 generated short articles (no cache), to show that memory
  stays flat as the input grows.

Needs a checkout (it imports the test server from ``tests/``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from summarizer.batch import BatchItem, freeze_heap, summarize_many
from summarizer.batch.output import FileOutput
from summarizer.config import Secret, Settings

REPO = Path(__file__).resolve().parent.parent

_PLACES = ("Kunduz", "Mogadishu", "Maiduguri", "Kharkiv", "Goma", "Bamako", "Jenin", "Gao")


# -- the server, in its own process ------------------------------------------------------------


def serve(latency: float) -> None:
    """Run the test server (answering valid briefs after ``latency`` s) until stdin closes."""
    sys.path.insert(0, str(REPO))
    from tests.chat_server import ChatServer, Reply
    from tests.conftest import valid_answer

    answer = json.dumps(valid_answer())
    reply = Reply.raw(answer, delay=latency)
    with ChatServer(fallback=lambda request: reply, record=False) as server:
        print(server.base_url, flush=True)
        sys.stdin.read()


def _start_server(latency: float) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--serve", str(latency)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


# -- LLM throughput ---------------------------------------------------------------------------


def _llm_items(count: int) -> list[BatchItem]:
    example = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")
    # A distinct last line per article: every article is a cache miss and its own request.
    return [
        BatchItem(f"a{i}", f"{example}\n\nReference {i}.", published="2024-03-15")
        for i in range(count)
    ]


async def _one_round(
    items: list[BatchItem], base_url: str, concurrency: int, folder: Path
) -> tuple[float, float, int]:
    """Wall and CPU seconds of one run from the first request to the last record written."""
    settings = Settings(api_key=Secret("sk-bench"), base_url=base_url, model="bench-model")
    out = FileOutput(folder / "out.jsonl", resume=False)
    run = summarize_many(
        items,
        engine="openai",
        settings=settings,
        concurrency=concurrency,
        cache=folder / "cache.sqlite",
    )
    cpu = time.process_time()
    started = time.perf_counter()
    failures = 0
    async with run:
        async for result in run:
            out.write(result.to_json())
            failures += not result.ok
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu
    out.close()
    return wall, cpu, failures


def _rounds(
    items: list[BatchItem], base_url: str, concurrency: int, rounds: int
) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            wall, cpu, failures = asyncio.run(_one_round(items, base_url, concurrency, Path(tmp)))
        if failures:
            print(f"  warning: {failures} articles failed in a round")
        walls.append(wall)
        cpus.append(cpu)
    return walls, cpus


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process ``pid`` so far (Linux), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def llm_throughput(
    articles: int, concurrency: int, latency: float, rounds: int, compare: list[int]
) -> None:
    items = _llm_items(articles)
    server, base_url = _start_server(latency)
    try:
        _rounds(items[:100], base_url, concurrency, 1)  # warm-up: imports, first connections
        freeze_heap()  # as `summarizer batch` does before its run
        server_cpu = _cpu_seconds(server.pid)
        walls, cpus = _rounds(items, base_url, concurrency, rounds)
        server_cpu_after = _cpu_seconds(server.pid)
        ideal = articles * latency / concurrency
        wall = statistics.median(walls)
        cpu_per = statistics.median(cpus) / articles
        print(
            f"LLM engine, local test server ({latency * 1000:.0f} ms a request): "
            f"{articles:,} articles at concurrency {concurrency}"
        )
        print(f"  ideal (articles × latency ÷ concurrency)  {ideal:6.2f} s")
        shown = ", ".join(f"{w:.2f}" for w in walls)
        print(f"  wall time, median of {rounds}                 {wall:6.2f} s   (rounds: {shown})")
        print(f"  ratio wall / ideal                        {wall / ideal:6.2f}")
        print(
            f"  client CPU per article                    {cpu_per * 1000:6.2f} ms "
            f"(one event loop on one core: at least {cpu_per * articles:.2f} s)"
        )
        if server_cpu is not None and server_cpu_after is not None:
            per_request = (server_cpu_after - server_cpu) / (articles * rounds)
            rate = concurrency / latency
            print(
                f"  server CPU per request                    {per_request * 1000:6.2f} ms "
                f"({per_request * rate:.0%} of a core at the ideal {rate:,.0f} requests/s)"
            )
        for other in compare:
            # the same ideal time with fewer articles in flight: is the gap CPU or scheduling?
            count = max(1, round(articles * other / concurrency))
            [other_wall], [other_cpu] = _rounds(items[:count], base_url, other, 1)
            other_ideal = count * latency / other
            print(
                f"  for comparison: {count:,} articles at concurrency {other}: "
                f"{other_wall:.2f} s against {other_ideal:.2f} s ideal, ratio "
                f"{other_wall / other_ideal:.2f} (CPU {other_cpu:.2f} s)"
            )
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)


# -- offline memory ---------------------------------------------------------------------------


def _short_article(i: int) -> str:
    rng = random.Random(i)
    killed = rng.randint(1, 30)
    return (
        f"Gunmen attacked a police checkpoint in {rng.choice(_PLACES)} on Tuesday, killing "
        f"{killed} officers and wounding {killed + 3} others, officials said. No group "
        f"claimed responsibility for the attack, report {i}."
    )


def _write_input(path: Path, lines: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(lines):
            record = {"id": f"n{i}", "text": _short_article(i), "published": "2024-03-15"}
            out.write(json.dumps(record) + "\n")


def _high_water_mb(pid: int) -> float | None:
    """The process's peak resident set so far (``VmHWM``), or None once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def _peak_rss(lines: int, folder: Path) -> tuple[float, float]:
    """Peak RSS (MB) and wall time (s) of ``summarizer batch`` over ``lines`` articles.

    Read from ``/proc/PID/status`` (``VmHWM``, which restarts at exec) while it runs: the
    rusage of a child also counts the parent's pages it shared before exec.
    """
    source, output = folder / f"in-{lines}.jsonl", folder / f"out-{lines}.jsonl"
    _write_input(source, lines)
    command = [sys.executable, "-m", "summarizer", "batch", str(source), "-o", str(output)]
    command += ["--engine", "offline", "--no-cache", "--quiet"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _high_water_mb(process.pid) or 0.0)
        time.sleep(0.05)
    wall = time.perf_counter() - started
    if process.returncode not in (0, 5):
        raise SystemExit(f"summarizer batch exited {process.returncode}")
    written = output.read_bytes().count(b"\n")
    if written != lines:
        raise SystemExit(f"expected {lines} records, found {written}")
    return peak, wall


def offline_memory(sizes: list[int]) -> None:
    words = statistics.mean(len(_short_article(i).split()) for i in range(100))
    chars = statistics.mean(len(_short_article(i)) for i in range(100))
    print(
        f"offline engine, `summarizer batch` peak memory (articles of ~{words:.0f} words, "
        f"~{chars:.0f} characters; no cache)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for lines in sizes:
            rss, wall = _peak_rss(lines, Path(tmp))
            rate = lines / wall
            print(f"  {lines:>9,} lines   peak RSS {rss:6.1f} MB   {wall:7.1f} s ({rate:,.0f}/s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python scripts/bench_batch.py", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds per request")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--compare",
        type=int,
        nargs="*",
        default=[20],
        metavar="CONCURRENCY",
        help="also time these concurrencies once, with articles scaled to the same ideal",
    )
    parser.add_argument(
        "--memory-lines",
        type=int,
        nargs="*",
        default=[1_000, 10_000, 100_000],
        help="input sizes for the offline memory figure (none to skip it)",
    )
    parser.add_argument("--no-llm", action="store_true", help="skip the LLM throughput figure")
    parser.add_argument("--serve", type=float, metavar="LATENCY", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve is not None:
        serve(args.serve)
        return 0
    if not args.no_llm:
        llm_throughput(args.articles, args.concurrency, args.latency, args.rounds, args.compare)
    if args.memory_lines:
        offline_memory(args.memory_lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
