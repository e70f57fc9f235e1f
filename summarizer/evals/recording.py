"""Record and replay the LLM's HTTP exchanges, so an LLM eval run costs nothing twice.

A cassette is a directory of JSON files, one per distinct request: the request is keyed by
the SHA-256 of its method, path and canonical JSON body (never its host or headers), and
the file holds the responses received for it, in order. Replay answers each request with
the next recorded response for its key (the last one again when they run out), so a run
recorded once with a real key replays byte for byte in CI, with no network and no key.

Recording into a folder that already holds exchanges resumes it: a request answered there
before is answered from disk again (in order), and only what is missing goes to the server.
An interrupted recording therefore costs only the requests it had not yet made.

Nothing secret is stored: request headers are not recorded at all, response headers are
reduced to ``content-type``, and bodies are scrubbed of anything shaped like an API key.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

import httpx2

from summarizer.config import Settings
from summarizer.engines.llm import LLMEngine
from summarizer.logs import RedactingFilter

__all__ = ["UNRECORDED", "CassetteTransport", "cassette_engine", "request_key", "unrecorded"]

_KEPT_RESPONSE_HEADERS = ("content-type",)
_REPLAY_BASE_URL = "http://cassette.invalid/v1"


def request_key(method: str, path: str, body: bytes) -> str:
    """Stable key of a request: method, path and canonical JSON body."""
    try:
        canonical = json.dumps(json.loads(body or b"null"), sort_keys=True, separators=(",", ":"))
    except json.JSONDecodeError:
        canonical = body.decode("utf-8", "replace")
    digest = hashlib.sha256(f"{method.upper()} {path}\n{canonical}".encode()).hexdigest()
    return digest[:32]


#: What a replayed request the cassette never recorded is answered with (HTTP 400); a run
#: that replays leaves such fixtures out of its scores (``unrecorded``).
UNRECORDED = "no recorded exchange for this request"


def unrecorded(error: dict[str, str] | None) -> bool:
    """Did a fixture fail only because the cassette holds no answer for one of its requests?"""
    return error is not None and UNRECORDED in error.get("message", "")


class CassetteTransport(httpx2.BaseTransport, httpx2.AsyncBaseTransport):
    """Records through a real transport (``mode="record"``) or answers from disk (``"replay"``)."""

    def __init__(self, directory: Path, mode: str, secrets: list[str] | None = None) -> None:
        if mode not in {"record", "replay"}:
            raise ValueError(f"cassette mode must be record or replay, not {mode!r}")
        self.directory = Path(directory)
        self.mode = mode
        self._redactor = RedactingFilter(secrets)
        self._lock = threading.Lock()
        self._replayed: dict[str, int] = {}
        if mode == "record":
            self.directory.mkdir(parents=True, exist_ok=True)
            self._sync = httpx2.HTTPTransport()
            self._async = httpx2.AsyncHTTPTransport()
        elif not self.directory.is_dir():
            raise ValueError(f"no cassette directory {self.directory}; record one with --record")

    # -- storage ---------------------------------------------------------------------------

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def _load(self, key: str) -> dict[str, Any] | None:
        path = self._path(key)
        if not path.exists():
            return None
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data

    def _store(
        self, key: str, request: httpx2.Request, response: httpx2.Response, body: bytes
    ) -> None:
        with self._lock:
            entry = self._load(key) or {
                "request": {
                    "method": request.method,
                    "path": request.url.path,
                    "body": self._redactor.redact(request.content.decode("utf-8", "replace")),
                },
                "responses": [],
            }
            entry["responses"].append(
                {
                    "status": response.status_code,
                    "headers": {
                        k: v
                        for k, v in response.headers.items()
                        if k.lower() in _KEPT_RESPONSE_HEADERS
                    },
                    "body": self._redactor.redact(body.decode("utf-8", "replace")),
                }
            )
            fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entry, handle, indent=1, ensure_ascii=False)
            os.replace(tmp, self._path(key))
            # What this run recorded counts as used: the same request again goes to the server.
            self._replayed[key] = len(entry["responses"])

    def _replay(self, request: httpx2.Request) -> httpx2.Response:
        key = request_key(request.method, request.url.path, request.content)
        entry = self._load(key)
        if entry is None:
            message = f"{UNRECORDED} (key {key}) in {self.directory}; record it first with --record"
            return httpx2.Response(
                400, json={"error": {"message": message, "type": "cassette"}}, request=request
            )
        with self._lock:
            index = self._replayed.get(key, 0)
            self._replayed[key] = index + 1
        recorded = entry["responses"][min(index, len(entry["responses"]) - 1)]
        return httpx2.Response(
            recorded["status"],
            headers=recorded["headers"],
            content=recorded["body"].encode("utf-8"),
            request=request,
        )

    # -- transports ------------------------------------------------------------------------

    def _recorded_already(self, request: httpx2.Request) -> bool:
        """In record mode: is the next response for this request on disk from an earlier run?"""
        key = request_key(request.method, request.url.path, request.content)
        entry = self._load(key)
        with self._lock:
            index = self._replayed.get(key, 0)
            return entry is not None and index < len(entry["responses"])

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if self.mode == "replay" or self._recorded_already(request):
            return self._replay(request)
        response = self._sync.handle_request(request)
        body = response.read()
        self._store(
            request_key(request.method, request.url.path, request.content), request, response, body
        )
        return httpx2.Response(
            response.status_code, headers=response.headers, content=body, request=request
        )

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        if self.mode == "replay" or self._recorded_already(request):
            return self._replay(request)
        response = await self._async.handle_async_request(request)
        body = await response.aread()
        self._store(
            request_key(request.method, request.url.path, request.content), request, response, body
        )
        return httpx2.Response(
            response.status_code, headers=response.headers, content=body, request=request
        )

    def close(self) -> None:
        if self.mode == "record":
            self._sync.close()

    async def aclose(self) -> None:
        if self.mode == "record":
            await self._async.aclose()


def cassette_engine(
    settings: Settings, *, record: Path | None = None, replay: Path | None = None
) -> LLMEngine:
    """An LLM engine whose HTTP goes through a cassette in ``record`` or ``replay``."""
    if replay is not None:
        # Replay needs no endpoint and no key: requests never leave the process.
        transport = CassetteTransport(replay, "replay")
        settings = settings.with_overrides(base_url=settings.base_url or _REPLAY_BASE_URL)
    elif record is not None:
        key = settings.api_key.get() if settings.api_key else None
        transport = CassetteTransport(record, "record", secrets=[key] if key else None)
    else:
        raise ValueError("cassette_engine needs record or replay")
    return LLMEngine(settings, transport=transport, async_transport=transport)
