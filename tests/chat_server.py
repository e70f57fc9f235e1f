"""A real HTTP server on 127.0.0.1 that speaks the Chat Completions API, scripted per test.

Tests (and the batch benchmark) point the ``openai`` client at it. It answers in the shape
the request asks for: a tool call when the request carries ``tools`` (instructor's TOOLS
mode), message content when it carries ``response_format`` (JSON_SCHEMA mode).

Each request takes the next :class:`Reply` from the script; when the script is empty the
``fallback`` callable (if any) builds the reply from the request. Every request is
recorded (path, headers, JSON body, arrival time, the status and token usage answered) so
tests can assert on what the server received, and how fast (:meth:`ChatServer.busiest`).
:class:`Faults` is a fallback that injects failures at a given rate with a seeded RNG.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["ChatServer", "Received", "Reply"]


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    arguments: str | None = None  # the model's JSON output, as text (may be malformed)
    finish_reason: str = "stop"
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # a raw body, sent as is (errors, garbage)
    delay: float = 0.0  # seconds to wait before answering (timeouts, latency)
    usage: tuple[int, int] = (120, 80)  # prompt, completion tokens
    content_type: str = "application/json"

    @classmethod
    def brief(cls, data: dict[str, Any], **kwargs: Any) -> Reply:
        """A successful answer whose model output is ``data`` as JSON."""
        return cls(arguments=json.dumps(data), **kwargs)

    @classmethod
    def raw(cls, arguments: str, **kwargs: Any) -> Reply:
        """A successful HTTP answer whose model output is ``arguments`` verbatim."""
        return cls(arguments=arguments, **kwargs)

    @classmethod
    def error(
        cls,
        status: int,
        message: str = "scripted error",
        *,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
    ) -> Reply:
        """An HTTP error with an OpenAI-style error body."""
        body = json.dumps({"error": {"message": message, "type": "scripted", "code": status}})
        return cls(status=status, body=body.encode(), headers=headers or {}, delay=delay)


@dataclass
class Received:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    at: float  # time.monotonic() on arrival
    status: int | None = None  # filled once the reply is chosen
    usage: tuple[int, int] | None = None  # prompt, completion tokens answered (2xx only)

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    def message_text(self, role: str) -> list[str]:
        """Text of every message of ``role`` (string content, or text parts)."""
        texts = []
        for message in self.messages:
            if message.get("role") != role:
                continue
            content = message.get("content")
            if isinstance(content, str):
                texts.append(content)
            elif isinstance(content, list):
                texts += [p.get("text", "") for p in content if isinstance(p, dict)]
        return texts


class Faults:
    """A fallback that answers ``good(request)``, except for a share ``rate`` of requests,
    which get a fault drawn from ``kinds``, reproducibly (seeded RNG, thread-safe):

    - ``"429"``: rate limited, with ``Retry-After: retry_after`` seconds;
    - ``"500"``: a server error;
    - ``"timeout"``: the good answer, but only after ``timeout_delay`` seconds;
    - ``"malformed"``: HTTP 200 whose model output is truncated JSON.

    ``injected`` counts the faults served, by kind.
    """

    KINDS = ("429", "500", "timeout", "malformed")

    def __init__(
        self,
        good: Callable[[Received], Reply],
        rate: float,
        *,
        seed: int = 0,
        kinds: Iterable[str] = KINDS,
        retry_after: float = 0.05,
        timeout_delay: float = 1.0,
    ) -> None:
        self.good = good
        self.rate = rate
        self.kinds = tuple(kinds)
        self.retry_after = retry_after
        self.timeout_delay = timeout_delay
        self.injected: dict[str, int] = dict.fromkeys(self.kinds, 0)
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def __call__(self, request: Received) -> Reply:
        with self._lock:
            kind = self._rng.choice(self.kinds) if self._rng.random() < self.rate else None
            if kind is not None:
                self.injected[kind] += 1
        if kind is None:
            return self.good(request)
        if kind == "429":
            return Reply.error(429, "injected", headers={"retry-after": f"{self.retry_after:g}"})
        if kind == "500":
            return Reply.error(500, "injected")
        if kind == "timeout":
            return replace(self.good(request), delay=self.timeout_delay)
        if kind == "malformed":
            return Reply.raw('{"incident": true, "headline": "Roadside bo')
        raise ValueError(f"unknown fault kind {kind!r}")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the default (5) refuses connections at concurrency 50


class ChatServer:
    """Start with :meth:`start` (or as a context manager); ``base_url`` is for the client."""

    def __init__(
        self, fallback: Callable[[Received], Reply] | None = None, *, record: bool = True
    ) -> None:
        """``record=False`` keeps no request (only :attr:`count`), for long benchmarks."""
        self.script: deque[Reply] = deque()
        self.fallback = fallback
        self.record = record
        self.count = 0
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> ChatServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out as separate writes; without this, Nagle's algorithm
            # and the client's delayed ACK add ~40 ms to every answer.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                server._handle(self)

            def do_GET(self) -> None:
                self.send_error(404)

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> ChatServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    # -- scripting ------------------------------------------------------------------------

    def add(self, *replies: Reply) -> ChatServer:
        """Queue replies, answered in order."""
        with self._lock:
            self.script.extend(replies)
        return self

    def extend(self, replies: Iterable[Reply]) -> ChatServer:
        return self.add(*replies)

    # -- counting -------------------------------------------------------------------------

    def busiest(self, window: float = 1.0, *, tokens: bool = False) -> float:
        """Most requests (or, with ``tokens``, most tokens answered) in any ``window`` seconds.

        Sliding, not aligned to clock seconds: every window that ends at an arrival.
        """
        with self._lock:
            arrivals = sorted(
                (r.at, float(sum(r.usage or (0, 0))) if tokens else 1.0) for r in self.received
            )
        best = total = 0.0
        first = 0
        for at, amount in arrivals:
            total += amount
            while at - arrivals[first][0] >= window:
                total -= arrivals[first][1]
                first += 1
            best = max(best, total)
        return best

    # -- handling -------------------------------------------------------------------------

    def _next_reply(self, received: Received) -> Reply:
        with self._lock:
            self.count += 1
            if self.record:
                self.received.append(received)
            if self.script:
                return self.script.popleft()
        if self.fallback is not None:
            return self.fallback(received)
        return Reply.error(500, "the test server has no scripted reply left")

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("content-length") or 0)
        raw = handler.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            body = {"_unparsed": raw.decode("utf-8", "replace")}
        received = Received(
            handler.path, {k.lower(): v for k, v in handler.headers.items()}, body, time.monotonic()
        )
        reply = self._next_reply(received)
        received.status = reply.status
        if reply.status < 300 and reply.body is None:
            received.usage = reply.usage
        if reply.delay:
            time.sleep(reply.delay)
        payload = reply.body if reply.body is not None else self._completion(body, reply)
        try:
            handler.send_response(reply.status)
            handler.send_header("content-type", reply.content_type)
            handler.send_header("content-length", str(len(payload)))
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            handler.end_headers()
            handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test); nothing to answer

    @staticmethod
    def _completion(request: dict[str, Any], reply: Reply) -> bytes:
        arguments = reply.arguments or "{}"
        message: dict[str, Any] = {"role": "assistant", "content": None}
        tools = request.get("tools") or []
        if tools:
            name = tools[0].get("function", {}).get("name", "BriefDraft")
            message["tool_calls"] = [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": name, "arguments": arguments},
                }
            ]
        else:
            message["content"] = arguments
        prompt, completion = reply.usage
        data = {
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": request.get("model", "test-model"),
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "finish_reason": reply.finish_reason,
                    "logprobs": None,
                }
            ],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }
        return json.dumps(data).encode()
