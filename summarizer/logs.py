"""Logging set-up for the command line, with secrets redacted from every record."""

from __future__ import annotations

import contextlib
import logging
import os
import re
from typing import Any, TextIO

__all__ = ["BestEffortStream", "RedactingFilter", "configure_logging"]

# Bearer tokens and OpenAI-style keys, whatever library logs them.
_PATTERNS = (
    re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?bearer\s+)[^\s'\",}]+"),
    re.compile(r"\bsk-[A-Za-z0-9_\-*]{8,}"),
)


class RedactingFilter(logging.Filter):
    """Replaces known secrets and anything shaped like a key or bearer token with ``***``."""

    def __init__(self, secrets: list[str] | None = None) -> None:
        super().__init__()
        self.secrets = [s for s in (secrets or []) if s]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        for pattern in _PATTERNS:
            text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + "***", text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def configure_logging(debug: bool, secrets: list[str] | None = None) -> None:
    """Log to stderr: everything with ``debug``, else only critical; secrets always redacted."""
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter(secrets))
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if debug else logging.CRITICAL)


class BestEffortStream:
    """A text stream (standard error) whose writes never raise.

    Diagnostics are best effort: with ``2>/dev/full`` the brief or the batch still goes to
    its output and the exit code still says how it went. After the first failure the
    stream's descriptor is pointed at /dev/null, so that what its buffer holds does not
    fail again when the interpreter exits.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._broken = False

    def write(self, text: str) -> int:
        if not self._broken:
            try:
                return self._stream.write(text)
            except OSError:
                self._give_up()
        return len(text)

    def flush(self) -> None:
        if not self._broken:
            try:
                self._stream.flush()
            except OSError:
                self._give_up()

    def _give_up(self) -> None:
        self._broken = True
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)

    def __getattr__(self, name: str) -> Any:  # isatty, encoding, fileno...: the stream's
        return getattr(self._stream, name)
