"""Service throughput: ``python scripts/bench_serve.py`` (or ``make bench-serve``).

Prints figures, not a pass/fail. It starts ``summarizer serve`` on the offline engine
(``--workers`` 2 by default, no cache, no rate limit) on 127.0.0.1, then a bounded load
generator in this process: ``--clients`` (50) keep-alive connections, each sending
``POST /v1/briefs`` (the example article as JSON) as soon as its last answer arrived,
for ``--seconds`` (30) after a short warm-up, in ``--rounds`` (3) slices. The generator
writes requests and reads answers with bare asyncio streams, to leave the cores to the
server. Between the slices, ``summarize()`` is called in a loop in as many processes as
the server has workers, on the same cores, for as long: the machine's load changes, and
taking turns lets a change fall on both alike.

Printed: requests a second (median of the slices), p50/p99 latency, errors (anything but
200; there should be none), the server's resident memory (all its processes) after the
warm-up and at the end, the in-process briefs a second (median) and the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
KEY = "bench-key"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _request(port: int, body: bytes) -> bytes:
    head = (
        f"POST /v1/briefs HTTP/1.1\r\nhost: 127.0.0.1:{port}\r\n"
        f"authorization: Bearer {KEY}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _answer(reader: asyncio.StreamReader) -> int:
    """Read one answer; its status."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    await reader.readexactly(length)
    return status


async def _client(
    port: int,
    payload: bytes,
    until: float,
    measure_from: float,
    latencies: list[float],
    errors: list[str],
    delay: float,
) -> None:
    await asyncio.sleep(delay)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while (now := time.perf_counter()) < until:
            writer.write(payload)
            try:
                status = await _answer(reader)
            except (asyncio.IncompleteReadError, ConnectionError) as exc:
                errors.append(type(exc).__name__)
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            done = time.perf_counter()
            if now >= measure_from:
                latencies.append(done - now)
                if status != 200:
                    errors.append(str(status))
    finally:
        writer.close()


async def _load(
    port: int, clients: int, warmup: float, seconds: float, spread: float
) -> tuple[list[float], list[str], float]:
    """``clients`` connections, opened over ``spread`` seconds, asking for ``warmup +
    seconds``; latencies and errors of the last ``seconds``, and how long that was."""
    text = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")
    payload = _request(port, json.dumps({"text": text, "published": "2024-03-15"}).encode())
    start = time.perf_counter()
    measure_from = start + warmup
    until = measure_from + seconds
    latencies: list[float] = []
    errors: list[str] = []
    await asyncio.gather(
        *(
            _client(port, payload, until, measure_from, latencies, errors, i * spread / clients)
            for i in range(clients)
        )
    )
    return latencies, errors, time.perf_counter() - measure_from


def _tree(pid: int) -> list[int]:
    """``pid`` and its children (uvicorn's workers)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    return [pid, *(int(child) for child in children)]


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of ``pid`` and its children."""
    total = 0.0
    for one in _tree(pid):
        try:
            fields = Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its children (uvicorn's workers), in MB."""
    total = 0.0
    for one in _tree(pid):
        try:
            for line in Path(f"/proc/{one}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


def _serve(port: int, workers: int, folder: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SUMMARIZER_API_KEYS": KEY}
    env.pop("OPENAI_API_KEY", None)
    env.pop("OPENAI_BASE_URL", None)
    command = [sys.executable, "-m", "summarizer", "serve", "--engine", "offline"]
    command += ["--port", str(port), "--workers", str(workers), "--no-cache", "--no-rate-limit"]
    command += ["--jobs-dir", folder, "--log-level", "warning"]
    server = subprocess.Popen(command, env=env, cwd=REPO)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                # the supervisor listens before its workers are up: give them a moment
                time.sleep(2.0 if workers > 1 else 0.5)
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def _in_process(seconds: float) -> tuple[int, float]:
    from summarizer import summarize

    text = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")
    summarize(text, published="2024-03-15", engine="offline")  # warm-up
    done = 0
    cpu = time.process_time()
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        summarize(text, published="2024-03-15", engine="offline")
        done += 1
    return done, time.process_time() - cpu


def in_process_rate(processes: int, seconds: float) -> tuple[float, float]:
    """Briefs a second of ``summarize()`` in a loop, in ``processes`` processes at once, and
    CPU seconds a brief."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        results = list(pool.map(_in_process, [seconds] * processes))
    done = sum(count for count, _ in results)
    return done / seconds, sum(cpu for _, cpu in results) / max(1, done)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/bench_serve.py", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3, help="slices of --seconds")
    parser.add_argument(
        "--spread",
        type=float,
        default=1.0,
        help="seconds over which the clients open their connections, not measured (0: all "
        "at once, when one worker may accept them all: a kept-alive connection stays with "
        "the worker that accepted it)",
    )
    args = parser.parse_args(argv)

    port = _free_port()
    slice_ = args.seconds / args.rounds
    latencies: list[float] = []
    errors: list[str] = []
    served: list[float] = []
    in_process: list[float] = []
    cpu_served: list[float] = []
    cpu_in_process: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        server = _serve(port, args.workers, folder)
        try:
            # imports, first briefs
            asyncio.run(_load(port, args.clients, 0.0, args.warmup, args.spread))
            rss_start = _rss_mb(server.pid)
            # the service and summarize() in turns, so that a change in the machine's load
            # falls on both alike
            for _ in range(args.rounds):
                cpu = _cpu_seconds(server.pid)
                some, failed, elapsed = asyncio.run(
                    _load(port, args.clients, args.spread, slice_, args.spread)
                )
                # the CPU of the spread-out start counts too: an over-estimate, a little
                cpu_served.append((_cpu_seconds(server.pid) - cpu) / max(1, len(some)))
                latencies += some
                errors += failed
                served.append(len(some) / elapsed)
                rate_in, cpu_in = in_process_rate(args.workers, slice_)
                in_process.append(rate_in)
                cpu_in_process.append(cpu_in)
            rss_end = _rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
    rate = statistics.median(served)
    baseline = statistics.median(in_process)
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"summarizer serve, offline engine, {args.workers} worker(s): {args.clients} clients "
        f"for {args.seconds:g} s in {args.rounds} slices (after {args.warmup:g} s of warm-up; "
        f"connections opened over {args.spread:g} s), "
        "POST /v1/briefs of examples/article.txt"
    )
    shown = " ".join(f"{r:.1f}" for r in served)
    print(
        f"  requests a second          {rate:8.1f}   (slices {shown}; {len(latencies):,} answered)"
    )
    print(f"  latency p50 / p99          {cuts[49] * 1000:6.1f} / {cuts[98] * 1000:.1f} ms")
    print(f"  errors                     {len(errors):8d}   {sorted(set(errors))[:5]}")
    print(f"  server RSS start / end     {rss_start:6.1f} / {rss_end:.1f} MB (all processes)")
    shown = " ".join(f"{r:.1f}" for r in in_process)
    print(
        f"  summarize() in-process, {args.workers} process(es), between the slices: "
        f"{baseline:.1f} briefs a second (slices {shown})"
    )
    print(f"  service / in-process       {rate / baseline:8.2f}")
    per_request = statistics.median(cpu_served) * 1000
    per_brief = statistics.median(cpu_in_process) * 1000
    print(
        f"  CPU a brief: service {per_request:.2f} ms a request (all its processes), "
        f"summarize() {per_brief:.2f} ms; ratio {per_brief / per_request:.2f} (less load-bound)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
