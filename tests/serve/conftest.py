"""The service under test: ``summarizer serve`` in a subprocess (uvicorn on 127.0.0.1)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from tests.conftest import TEST_KEY

#: API keys of the service under test (callers' keys, not the LLM's).
KEY = "svc-key-0123456789-SECRET"
OTHER_KEY = "svc-key-other-9876543210-SECRET"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class ServerProcess:
    """``summarizer serve ARGS`` on a free port; its output goes to :attr:`log`."""

    def __init__(self, folder: Path, args: list[str], env: dict[str, str] | None = None) -> None:
        self.folder = folder
        self.args = args
        self.env = env or {}
        self.port = free_port()
        self.log = folder / f"server-{self.port}.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> ServerProcess:
        env = {**os.environ, "SUMMARIZER_API_KEYS": f"{KEY},{OTHER_KEY}", **self.env}
        command = [sys.executable, "-m", "summarizer", "serve", "--port", str(self.port)]
        command += ["--jobs-dir", str(self.folder / "jobs"), *self.args]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx2.get(f"{self.url}/healthz", timeout=1.0).status_code == 200:
                    return self
            except httpx2.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the server did not start: {self.log.read_text()[-2000:]}")

    def terminate(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def stop(self) -> int | None:
        if self.process is None:
            return None
        self.terminate()
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()
            return None

    def client(self, key: str | None = KEY, **kwargs: Any) -> httpx2.Client:
        headers = {"authorization": f"Bearer {key}"} if key else {}
        return httpx2.Client(base_url=self.url, headers=headers, timeout=30.0, **kwargs)

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture(scope="module")
def offline_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """The offline engine, small body limit, no rate limit to speak of."""
    folder = tmp_path_factory.mktemp("offline-server")
    server = ServerProcess(
        folder,
        ["--engine", "offline", "--max-body", "200000", "--rate", "100000", "--no-cache"],
        env={"OPENAI_API_KEY": TEST_KEY},
    ).start()
    yield server
    server.stop()


def secrets_absent(text: str) -> None:
    for secret in (KEY, OTHER_KEY, TEST_KEY):
        assert secret not in text
