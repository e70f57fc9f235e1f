"""``summarizer batch`` in a subprocess: kill -9 then --resume, Ctrl-C and SIGTERM, the
cache across runs, exit codes and one-line errors, and no secret anywhere."""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.batch.conftest import assert_exactly_once, items, read_records, write_jsonl
from tests.chat_server import ChatServer, Reply
from tests.conftest import EXAMPLE_ARTICLE, REPO, TEST_KEY, valid_brief


def _env(server: ChatServer | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    if server is not None:
        env |= {"OPENAI_API_KEY": TEST_KEY, "OPENAI_BASE_URL": server.base_url}
    return env


def _batch(
    *args: str, server: ChatServer | None = None, stdin: bytes = b""
) -> tuple[int, str, str]:
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", "batch", *args],
        input=stdin,
        capture_output=True,
        env=_env(server),
        cwd=REPO,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout.decode(), done.stderr.decode()


def _start(*args: str, server: ChatServer) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "summarizer", "batch", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(server),
        cwd=REPO,
    )


def _wait_for_lines(path: Path, count: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        assert process.poll() is None, process.communicate()
        time.sleep(0.02)
    raise AssertionError(f"{path} never reached {count} lines")


@pytest.fixture
def slow_server() -> ChatServer:
    server = ChatServer(fallback=lambda r: Reply.brief(valid_brief(), delay=0.1))
    return server.start()


def test_sigkill_mid_run_then_resume_writes_every_id_once(
    tmp_path: Path, slow_server: ChatServer
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", items(30))
    out = tmp_path / "out.jsonl"
    args = (str(source), "-o", str(out), "--concurrency", "4", "--no-cache")
    with slow_server:
        process = _start(*args, server=slow_server)
        _wait_for_lines(out, 8, process)
        process.kill()  # SIGKILL: no handler runs
        process.communicate(timeout=30)
        finished = len(read_records(out))
        assert 8 <= finished < 30
        with out.open("ab") as tail:  # as if the kill had landed in the middle of a write
            tail.write(b'{"id": "a29", "brief": {"incident": tr')
        before = len(slow_server.received)

        code, _, err = _batch(*args, "--resume", server=slow_server)

        assert code == 0, err
        assert "dropped a torn last line" in err
        records = read_records(out)
        assert_exactly_once((r["id"] for r in records), [f"a{i}" for i in range(30)])
        assert all("brief" in r for r in records)
        assert len(slow_server.received) - before == 30 - finished  # done ones were skipped


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_and_sigterm_stop_cleanly_and_say_how_to_resume(
    tmp_path: Path, slow_server: ChatServer, signum: int, code: int
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", items(24))
    out = tmp_path / "out.jsonl"
    args = (str(source), "-o", str(out), "--concurrency", "4", "--no-cache")
    with slow_server:
        process = _start(*args, server=slow_server)
        _wait_for_lines(out, 4, process)
        process.send_signal(signum)
        _, err_bytes = process.communicate(timeout=30)
        err = err_bytes.decode()

        assert process.returncode == code, err
        assert "--resume" in err and "Traceback" not in err
        records = read_records(out)
        assert_exactly_once((r["id"] for r in records), {r["id"] for r in records})
        if signum == signal.SIGINT:  # in-flight articles were finished, not dropped
            assert len(records) == len(slow_server.received)

        code, _, err = _batch(*args, "--resume", server=slow_server)
        assert code == 0, err
        records = read_records(out)
        assert_exactly_once((r["id"] for r in records), [f"a{i}" for i in range(24)])


def test_rerun_is_served_from_the_cache_and_no_secret_is_stored(
    tmp_path: Path, chat_server: ChatServer
) -> None:
    chat_server.fallback = lambda r: Reply.brief(valid_brief())
    source = write_jsonl(tmp_path / "in.jsonl", items(6))
    cache = tmp_path / "cache" / "briefs.sqlite"

    code, _, err1 = _batch(
        str(source), "-o", str(tmp_path / "1.jsonl"), "--cache", str(cache), server=chat_server
    )
    assert code == 0, err1
    assert len(chat_server.received) == 6
    code, _, err2 = _batch(
        str(source), "-o", str(tmp_path / "2.jsonl"), "--cache", str(cache), server=chat_server
    )
    assert code == 0, err2
    assert len(chat_server.received) == 6  # the server saw nothing new
    assert "6 from the cache" in err2
    code, _, err3 = _batch(
        str(source), "-o", str(tmp_path / "3.jsonl"), "--no-cache", server=chat_server
    )
    assert code == 0, err3
    assert len(chat_server.received) == 12

    first, second = read_records(tmp_path / "1.jsonl"), read_records(tmp_path / "2.jsonl")
    assert {r["id"]: r["brief"] for r in first} == {r["id"]: r["brief"] for r in second}
    for text in (err1, err2, err3):
        assert TEST_KEY not in text and "Traceback" not in text
    for path in [*cache.parent.iterdir(), *tmp_path.glob("*.jsonl")]:
        assert TEST_KEY.encode() not in path.read_bytes(), path


def test_authentication_failure_exits_3_and_leaves_the_rest_to_resume(
    tmp_path: Path, chat_server: ChatServer
) -> None:
    chat_server.fallback = lambda r: Reply.error(401, f"Incorrect API key provided: {TEST_KEY}")
    source = write_jsonl(tmp_path / "in.jsonl", items(20))
    out = tmp_path / "out.jsonl"
    code, _, err = _batch(str(source), "-o", str(out), "--concurrency", "2", server=chat_server)
    assert code == 3
    assert "refused the credentials" in err and "--resume" in err
    assert TEST_KEY not in err and "Traceback" not in err
    assert read_records(out) == []
    assert len(chat_server.received) <= 3


def test_exit_codes_inputs_and_one_line_errors(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "somalia.txt").write_text(EXAMPLE_ARTICLE, encoding="utf-8")
    (folder / "page.html").write_text(f"<html><body><p>{EXAMPLE_ARTICLE}</p></body></html>")
    out = tmp_path / "out.jsonl"

    code, stdout, err = _batch(str(folder), "-o", str(out), "--engine", "offline")
    assert code == 0, err
    assert stdout == ""
    assert sorted(r["id"] for r in read_records(out)) == ["page.html", "somalia.txt"]

    code, _, err = _batch(str(folder), "-o", str(out), "--engine", "offline")
    assert code == 2 and "already holds records" in err and "--resume" in err
    assert err.count("\n") == 1

    lines = [json.dumps({"id": "ok", "text": EXAMPLE_ARTICLE}), "{broken", ""]
    code, stdout, err = _batch(
        "-", "--engine", "offline", "--quiet", stdin="\n".join(lines).encode()
    )
    assert code == 5, err  # finished, but one record is an error
    records = [json.loads(line) for line in stdout.splitlines()]
    assert [r["id"] for r in records if "brief" in r] == ["ok"]
    assert [r["error"]["type"] for r in records if "error" in r] == ["InputError"]
    assert err == ""

    for args, message in [
        ((str(tmp_path / "missing.jsonl"),), "no such file"),
        (("-", "--resume"), "--resume needs an output file"),
        ((str(folder), "--concurrency", "0"), "must be at least 1"),
        ((str(folder), "--engine", "openai"), "OPENAI_API_KEY"),
        ((str(folder), "--prices", str(tmp_path / "nope.json")), "price table"),
        ((str(out), "-o", str(out), "--resume"), "OUTPUT is INPUT"),
    ]:
        code, _, err = _batch(*args)
        assert code == 2, (args, err)
        assert message in err and "Traceback" not in err, (args, err)


_COMMAND = (sys.executable, "-m", "summarizer")


def _offline_lines(n: int) -> bytes:
    return "".join(
        json.dumps({"id": f"p{i}", "text": f"{EXAMPLE_ARTICLE}\n\nNote {i}."}) + "\n"
        for i in range(n)
    ).encode()


def test_a_fifo_is_read_once_to_its_end(tmp_path: Path) -> None:
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [*_COMMAND, "batch", str(fifo), "-o", str(out), "--engine", "offline", "--no-cache"],
        stderr=subprocess.PIPE,
        env=_env(),
        cwd=REPO,
    )
    with fifo.open("wb") as writer:  # waits for the command to open it
        writer.write(_offline_lines(3))
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert_exactly_once((r["id"] for r in read_records(out)), ["p0", "p1", "p2"])


@pytest.mark.parametrize(
    "command",
    [
        'summarizer batch <(cat "$IN") -o "$OUT"',  # process substitution: /dev/fd/63
        'cat "$IN" | summarizer batch /dev/stdin -o "$OUT"',
        'summarizer batch /dev/stdin -o "$OUT" < "$IN"',  # a regular file behind it
        'cat "$IN" | summarizer batch - > "$OUT"',
    ],
)
def test_pipes_and_process_substitution_lose_nothing(tmp_path: Path, command: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(_offline_lines(3))
    out = tmp_path / "out.jsonl"
    shim = tmp_path / "bin"
    shim.mkdir()
    (shim / "summarizer").write_text(f'#!/bin/sh\nexec {sys.executable} -m summarizer "$@"\n')
    (shim / "summarizer").chmod(0o755)
    env = _env() | {"IN": str(source), "OUT": str(out), "PATH": f"{shim}:{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", "-c", command + " --engine offline --no-cache --quiet"],
        capture_output=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert_exactly_once((r["id"] for r in read_records(out)), ["p0", "p1", "p2"])


def _limited(max_bytes: int) -> Callable[[], None]:
    """A preexec_fn: files the command writes cannot grow past ``max_bytes`` (EFBIG)."""
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))


def _run_to(
    args: list[str], stdout: Path | str, preexec: Callable[[], None] | None = None
) -> tuple[int, str]:
    with open(stdout, "wb") as out:
        done = subprocess.run(
            [sys.executable, "-m", "summarizer", "batch", *args],
            stdout=out,
            stderr=subprocess.PIPE,
            env=_env(),
            cwd=REPO,
            timeout=120,
            check=False,
            preexec_fn=preexec,
        )
    return done.returncode, done.stderr.decode()


def _one_error_line(err: str) -> str:
    assert "Traceback" not in err and "Exception ignored" not in err, err
    errors = [line for line in err.splitlines() if line.startswith("summarizer: error:")]
    assert len(errors) == 1, err
    return errors[0]


def test_a_full_disk_ends_with_exit_6_and_one_line(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(_offline_lines(3))
    base = [str(source), "--engine", "offline", "--no-cache", "--quiet"]
    code, err = _run_to(base, "/dev/full")  # standard output on a full disk
    assert code == 6
    assert "standard output: could not write a record (No space left on device)" in (
        _one_error_line(err)
    )
    code, err = _run_to([*base, "-o", "/dev/full"], tmp_path / "stdout")
    assert code == 6
    assert "/dev/full: could not write a record (No space left on device)" in _one_error_line(err)
    assert "--resume" in err


def test_a_file_size_limit_leaves_whole_records_and_resume_finishes(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(_offline_lines(6))
    out = tmp_path / "out.jsonl"
    base = [str(source), "--engine", "offline", "--no-cache", "--quiet"]
    record = len(_run_and_read(base, tmp_path)[0])  # the size of one record line
    limit = int(record * 2.5)

    code, err = _run_to([*base, "-o", str(out)], tmp_path / "stdout", _limited(limit))
    assert code == 6
    assert "File too large" in _one_error_line(err) and "2 record(s)" in err
    assert len(read_records(out)) == 2  # whole lines only: the torn third was cut off
    code, err = _run_to([*base, "-o", str(out), "--resume"], tmp_path / "stdout")
    assert code == 0, err
    assert_exactly_once((r["id"] for r in read_records(out)), [f"p{i}" for i in range(6)])

    redirected = tmp_path / "redirected.jsonl"  # > FILE: cut back the same way
    code, err = _run_to(base, redirected, _limited(limit))
    assert code == 6 and "standard output: could not write" in _one_error_line(err)
    assert len(read_records(redirected)) == 2


def _run_and_read(args: list[str], tmp_path: Path) -> list[bytes]:
    target = tmp_path / "probe.jsonl"
    code, err = _run_to(args, target)
    assert code == 0, err
    return target.read_bytes().splitlines(keepends=True)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_cached_rerun_after_a_kill_and_a_resume_sends_no_request(
    tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    server = ChatServer(fallback=lambda r: Reply.brief(valid_brief(), delay=0.05))
    source = write_jsonl(tmp_path / "in.jsonl", items(24))
    out, cache = tmp_path / "out.jsonl", tmp_path / "cache.sqlite"
    args = (str(source), "-o", str(out), "--concurrency", "4", "--cache", str(cache))
    with server:
        process = _start(*args, server=server)
        _wait_for_lines(out, 1, process)
        time.sleep(rng.uniform(0, 0.3))  # somewhere in the run (or just after it)
        process.kill()  # SIGKILL: nothing is flushed, nothing is closed
        process.communicate(timeout=30)

        code, _, err = _batch(*args, "--resume", server=server)
        assert code == 0, err
        assert_exactly_once((r["id"] for r in read_records(out)), [f"a{i}" for i in range(24)])
        before = len(server.received)

        again = tmp_path / "again.jsonl"
        code, _, err = _batch(str(source), "-o", str(again), "--cache", str(cache), server=server)
        assert code == 0, err
        assert len(server.received) == before  # every brief came from the cache
        assert "24 from the cache" in err
