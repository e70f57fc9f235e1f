"""The ``summarizer`` command in a subprocess: output, exit codes, one-line errors, no secrets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.schema import IncidentBrief
from tests.chat_server import ChatServer, Reply
from tests.conftest import EXAMPLE_ARTICLE, REPO, TEST_KEY, valid_answer


def run(
    *args: str, stdin: bytes = b"", env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m summarizer ARGS`` with a clean environment plus ``env``."""
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_MODEL"}
    }
    full_env.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "summarizer", *args],
        input=stdin,
        capture_output=True,
        env=full_env,
        timeout=timeout,
        cwd=REPO,
        check=False,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
    )


def _text(done: subprocess.CompletedProcess[str]) -> tuple[str, str]:
    return done.stdout, done.stderr


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(EXAMPLE_ARTICLE, encoding="utf-8")
    return path


def test_offline_json_brief_is_valid_and_says_it_fell_back(article_file: Path) -> None:
    done = run("brief", str(article_file), "--json", "--published", "2024-03-15")
    out, err = _text(done)
    assert done.returncode == 0, err
    brief = IncidentBrief.model_validate(json.loads(out), context={"article": EXAMPLE_ARTICLE})
    assert brief.incident is True
    assert brief.provenance.engine == "offline"
    assert "using the offline engine" in err
    assert len(err.strip().splitlines()) == 1


def test_readable_output(article_file: Path) -> None:
    done = run("brief", str(article_file))
    out, _ = _text(done)
    assert done.returncode == 0
    assert "explosions_remote_violence" in out and "killed" in out


def test_stdin_and_html(tmp_path: Path) -> None:
    html = (
        "<html><body><nav>Home | World</nav>"
        + "".join(f"<p>{p}</p>" for p in EXAMPLE_ARTICLE.split("\n\n"))
        + "<script>var x=1;</script></body></html>"
    )
    done = run("brief", "-", "--json", stdin=html.encode())
    out, err = _text(done)
    assert done.returncode == 0, err
    assert "input is HTML; extracted its visible text" in err
    brief = json.loads(out)
    assert "Home | World" not in json.dumps(brief)


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\xff\xfe\x00bad", "not UTF-8"),
        (b"<html><body><script>x()</script></body></html>", "no visible text"),
    ],
)
def test_bad_input_is_one_line_exit_2(stdin: bytes, message: str) -> None:
    done = run("brief", "-", stdin=stdin)
    out, err = _text(done)
    assert done.returncode == 2
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert out == ""


def test_missing_file_directory_and_bad_date(tmp_path: Path, article_file: Path) -> None:
    for args, message in [
        (("brief", str(tmp_path / "nope.txt")), "no such file"),
        (("brief", str(tmp_path)), "is a directory"),
        (("brief", str(article_file), "--published", "14/03/2024"), "not an ISO date"),
    ]:
        done = run(*args)
        _, err = _text(done)
        assert done.returncode == 2, args
        assert message in err and "Traceback" not in err


def test_article_over_the_input_budget(article_file: Path) -> None:
    done = run("brief", str(article_file), env={"SUMMARIZER_MAX_INPUT_CHARS": "200"})
    _, err = _text(done)
    assert done.returncode == 2
    assert "input budget" in err and "SUMMARIZER_MAX_INPUT_CHARS" in err


def test_bad_usage_exits_2() -> None:
    assert run("brief").returncode == 2
    assert run("brief", "x.txt", "--engine", "gpt").returncode == 2


def test_openai_engine_without_endpoint_is_a_configuration_error(article_file: Path) -> None:
    done = run("brief", str(article_file), "--engine", "openai")
    _, err = _text(done)
    assert done.returncode == 2
    assert "OPENAI_API_KEY" in err


def test_llm_brief_through_the_cli(article_file: Path, chat_server: ChatServer) -> None:
    chat_server.add(Reply.answer(valid_answer()))
    done = run(
        "brief",
        str(article_file),
        "--json",
        "--base-url",
        chat_server.base_url,
        "--model",
        "m1",
        "--published",
        "2024-03-15",
        env={"OPENAI_API_KEY": TEST_KEY},
    )
    out, err = _text(done)
    assert done.returncode == 0, err
    assert json.loads(out)["provenance"]["engine"] == "openai"
    assert err == ""  # no fallback notice when an LLM is configured
    assert TEST_KEY not in out + err


def test_provider_failure_exits_3_without_leaking_the_key(
    article_file: Path, chat_server: ChatServer
) -> None:
    chat_server.add(Reply.error(401, f"Incorrect API key provided: {TEST_KEY}"))
    done = run(
        "brief",
        str(article_file),
        "--debug",
        env={"OPENAI_API_KEY": TEST_KEY, "OPENAI_BASE_URL": chat_server.base_url},
    )
    out, err = _text(done)
    assert done.returncode == 3
    assert "refused the credentials" in err
    assert "Traceback" in err  # --debug shows it...
    assert TEST_KEY not in out + err  # ...but never the key


def test_output_that_never_validates_exits_4(article_file: Path, chat_server: ChatServer) -> None:
    not_iso = {"words": "14 March", "value": "14 March", "sentence": 2}
    chat_server.add(*[Reply.answer(valid_answer(date=not_iso))] * 3)
    done = run(
        "brief",
        str(article_file),
        env={"OPENAI_API_KEY": TEST_KEY, "OPENAI_BASE_URL": chat_server.base_url},
    )
    _, err = _text(done)
    assert done.returncode == 4
    assert "never validated" in err
    assert len(err.strip().splitlines()) == 1
    assert len(chat_server.received) == 3


def test_rate_limited_exit_3_names_the_cause(article_file: Path, chat_server: ChatServer) -> None:
    chat_server.add(Reply.error(429, "quota", headers={"retry-after": "3600"}))
    done = run(
        "brief",
        str(article_file),
        env={"OPENAI_API_KEY": TEST_KEY, "OPENAI_BASE_URL": chat_server.base_url},
    )
    _, err = _text(done)
    assert done.returncode == 3
    assert "429" in err


def test_lexicon_overlays_the_offline_vocabulary(tmp_path: Path) -> None:
    article = tmp_path / "batibo.txt"
    article.write_text(
        "Bui Warriors fighters attacked a gendarmerie post in Batibo on Tuesday, "
        "killing two gendarmes, the regional governor said.",
        encoding="utf-8",
    )
    example = str(REPO / "examples" / "lexicon.toml")
    plain = run("brief", str(article), "--engine", "offline", "--json")
    local = run("brief", str(article), "--engine", "offline", "--json", "--lexicon", example)
    assert plain.returncode == local.returncode == 0, local.stderr
    one, two = json.loads(plain.stdout), json.loads(local.stdout)
    assert two["location"]["place"] == "Batibo" and one["location"]["place"] != "Batibo"
    assert one["provenance"]["model"] != two["provenance"]["model"]
    bad = tmp_path / "bad.toml"
    bad.write_text('[weapons]\nmax = "four"\n', encoding="utf-8")
    for args in (
        ("--engine", "offline", "--lexicon", str(bad)),
        ("--engine", "offline", "--lexicon", str(tmp_path / "missing.toml")),
        ("--lexicon", example),  # an LLM is configured: the flag is for the offline engine
    ):
        done = run("brief", str(article), *args, env={"OPENAI_API_KEY": TEST_KEY})
        assert done.returncode == 2 and done.stdout == ""
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    inputs = tmp_path / "in.jsonl"
    inputs.write_text(json.dumps({"id": "a", "text": article.read_text()}) + "\n")
    batch = run(
        "batch", str(inputs), "--engine", "offline", "--no-cache", "--quiet", "--lexicon", example
    )
    assert batch.returncode == 0, batch.stderr
    assert json.loads(batch.stdout)["brief"]["location"]["place"] == "Batibo"


@pytest.mark.parametrize("as_json", [True, False])
def test_a_brief_to_a_full_disk_exits_6_with_one_line(article_file: Path, as_json: bool) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "summarizer", "brief", str(article_file)]
            + (["--json"] if as_json else []),
            stdout=full,
            stderr=subprocess.PIPE,
            env=env,
            cwd=REPO,
            timeout=60,
            check=False,
        )
    err = done.stderr.decode()
    assert done.returncode == 6, err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert err.splitlines()[-1] == (
        "summarizer: error: could not write the brief to standard output (No space left on device)"
    )


def test_a_brief_reads_a_pipe_through_dev_stdin() -> None:
    done = run("brief", "/dev/stdin", "--json", stdin=EXAMPLE_ARTICLE.encode())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["incident"] is True


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not-a-url", "is not an http(s) URL with a host"),
        ("ftp://models.example/v1", "is not an http(s) URL with a host"),
        ("http://localhost:port/v1", "is not a valid URL"),
    ],
)
@pytest.mark.parametrize("command", ["brief", "batch"])
def test_a_base_url_that_is_no_http_url_exits_2_at_once(
    article_file: Path, url: str, message: str, command: str
) -> None:
    done = run(command, str(article_file), "--engine", "openai", "--base-url", url)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("target", "code"), [("article", 0), ("missing", 2)])
def test_a_full_standard_error_changes_neither_the_output_nor_the_exit_code(
    article_file: Path, tmp_path: Path, target: str, code: int
) -> None:
    path = str(article_file) if target == "article" else str(tmp_path / "missing.txt")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "summarizer", "brief", path, "--json"],
            stdout=subprocess.PIPE,
            stderr=full,
            env=env,
            cwd=REPO,
            timeout=60,
            check=False,
        )
    assert done.returncode == code
    if code == 0:
        assert json.loads(done.stdout)["incident"] is True
