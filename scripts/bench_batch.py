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
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from summarizer.batch import BatchItem, freeze_heap, summarize_many, transport
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
    articles: int,
    concurrency: int,
    latency: float,
    rounds: int,
    compare: list[int],
    pool: str = transport.DEFAULT_POOL,
) -> tuple[float, float]:
    """Print the figures of one pool at one concurrency; its median wall/ideal ratio and
    client CPU per article."""
    transport.DEFAULT_POOL = pool  # the pool every batch run of this process sends through
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
            f"{articles:,} articles at concurrency {concurrency}, pool {pool!r}"
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
    return wall / ideal, cpu_per


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


def compare_pools(args: argparse.Namespace) -> None:
    """Each pool in a fresh process (imports, heap and caches start equal), interleaved
    round-robin ``args.rounds`` times so that a change in the machine's load hits every
    pool alike; the median of each pool's runs."""
    figures: dict[str, list[tuple[float, float]]] = {pool: [] for pool in args.pools}
    for _ in range(args.rounds):
        for pool in args.pools:
            command = [sys.executable, str(Path(__file__).resolve()), "--pool", pool]
            command += ["--articles", str(args.articles), "--concurrency", str(args.concurrency)]
            command += ["--latency", str(args.latency), "--rounds", "1", "--compare"]
            done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=True)
            result = [line for line in done.stdout.splitlines() if line.startswith("RESULT")]
            ratio, cpu = map(float, result[-1].split()[1:])
            figures[pool].append((ratio, cpu))
    ideal = args.articles * args.latency / args.concurrency
    print(
        f"connection pools: {args.articles:,} articles at concurrency {args.concurrency}, "
        f"{args.latency * 1000:.0f} ms a request (ideal {ideal:.2f} s); "
        f"{args.rounds} runs each, interleaved"
    )
    for pool, runs in figures.items():
        ratios = [r for r, _ in runs]
        cpus = [c * 1000 for _, c in runs]
        print(
            f"  {pool:<8} wall/ideal median {statistics.median(ratios):5.2f} "
            f"(runs {' '.join(f'{r:.2f}' for r in ratios)}); client CPU an article median "
            f"{statistics.median(cpus):.2f} ms (runs {' '.join(f'{c:.2f}' for c in cpus)})"
        )


# -- offline scaling: one process, --workers, --ray ------------------------------------------


def _descendants(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{current}/task/{task}/children").read_text().split()
            except OSError:
                continue
            queue += [int(child) for child in children]
    return found


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and every process below it (workers, Ray's daemons)."""
    total = 0.0
    for one in _descendants(pid):
        try:
            for line in Path(f"/proc/{one}/status").read_text(encoding="ascii").splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


def _timed_batch(source: Path, output: Path, extra: list[str]) -> tuple[float, float, float]:
    """Wall time, peak resident memory (the whole process tree, sampled every 0.1 s) and CPU
    time (every process the command waited for: its workers; not Ray's daemons)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-m", "summarizer", "batch", str(source), "-o", str(output)]
    command += ["--engine", "offline", "--no-cache", "--quiet", *extra]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _tree_rss_mb(process.pid))
        time.sleep(0.1)
    wall = time.perf_counter() - started
    if process.returncode not in (0, 5):
        raise SystemExit(f"summarizer batch {' '.join(extra)} exited {process.returncode}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, peak, cpu


def offline_scaling(articles: int, workers: int) -> None:
    """``summarizer batch`` over ``articles`` short offline articles: one process, then
    ``--workers``, then ``--ray`` (a local instance of ``workers`` CPUs, started by the run)."""
    modes = [
        ("one process", []),
        (f"--workers {workers}", ["--workers", str(workers)]),
        (f"--ray ({workers} CPUs)", ["--ray"]),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "in.jsonl"
        _write_input(source, articles)
        results: list[tuple[str, float, float, float]] = []
        for name, extra in modes:
            wall, peak, cpu = _timed_batch(source, folder / f"out-{len(results)}.jsonl", extra)
            results.append((name, wall, peak, cpu))
    base = results[0][1]
    print(
        f"offline engine, `summarizer batch` over {articles:,} short articles "
        f"({os.cpu_count()} cores)"
    )
    print(
        f"  {'mode':<18} {'wall':>8} {'articles/s':>11} {'vs one':>7} {'peak RSS (tree)':>16} "
        f"{'CPU':>8}"
    )
    for name, wall, peak, cpu in results:
        print(
            f"  {name:<18} {wall:7.1f}s {articles / wall:11,.0f} {base / wall:6.2f}x "
            f"{peak:13.0f} MB {cpu:7.1f}s"
        )
    overhead = (results[2][1] - results[1][1]) / articles
    print(
        f"  Ray's overhead over --workers {workers}: {overhead * 1000:.2f} ms an article "
        f"({results[2][1] - results[1][1]:.1f} s in all, Ray's start-up included)"
    )


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
    parser.add_argument(
        "--pools",
        nargs="+",
        choices=transport.POOLS,
        default=[transport.DEFAULT_POOL],
        help="connection pools to compare (each in its own process, one after the other)",
    )
    parser.add_argument("--pool", choices=transport.POOLS, help=argparse.SUPPRESS)
    parser.add_argument("--serve", type=float, metavar="LATENCY", help=argparse.SUPPRESS)
    parser.add_argument(
        "--scaling",
        type=int,
        metavar="ARTICLES",
        help="time ARTICLES offline articles in one process, --workers and --ray",
    )
    parser.add_argument("--workers", type=int, default=2, help="for --scaling (2)")
    args = parser.parse_args(argv)
    if args.serve is not None:
        serve(args.serve)
        return 0
    if args.pool is not None:  # one pool, in a process of its own (see compare_pools)
        ratio, cpu = llm_throughput(
            args.articles, args.concurrency, args.latency, args.rounds, args.compare, args.pool
        )
        print(f"RESULT {ratio:.4f} {cpu:.6f}")
        return 0
    if not args.no_llm and len(args.pools) > 1:
        compare_pools(args)
    elif not args.no_llm:
        llm_throughput(
            args.articles, args.concurrency, args.latency, args.rounds, args.compare, args.pools[0]
        )
    if args.memory_lines:
        offline_memory(args.memory_lines)
    if args.scaling:
        offline_scaling(args.scaling, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
