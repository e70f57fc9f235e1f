"""The batch output: one JSON line per input id, appended so that a killed run can resume.

Each record is written with a single ``write()`` of a complete line (JSON escapes every
newline inside it), then flushed to the OS; the file is fsynced at most every
:data:`FSYNC_EVERY` seconds and when the run ends. A kill (even SIGKILL) can therefore
leave at most a *torn final line*: bytes after the last newline. Resuming drops those bytes
(truncating the file to its last newline) and skips every id already present.

The file is locked (``flock``) while a run writes it, so two runs cannot interleave their
records in one file; the lock goes away with the process, however it ends.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from summarizer.errors import InputError

try:  # POSIX; elsewhere runs are simply not protected against a second writer
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

__all__ = ["FSYNC_EVERY", "FileOutput", "RecordSink", "ResumeState", "StreamOutput", "scan_output"]

#: Seconds between fsyncs of the output file (records are flushed to the OS at once).
FSYNC_EVERY = 1.0
_CHUNK = 1 << 20


class RecordSink(Protocol):
    """Where records go: a file (resumable) or a stream."""

    name: str

    def write(self, line: str) -> None:
        """Write one record (JSON, no newline) as one complete line."""
        ...

    def close(self) -> None:
        """Flush, sync and close."""
        ...


@dataclass
class ResumeState:
    """What an existing output file already holds."""

    done: set[str] = field(default_factory=set)
    errors: int = 0
    torn_bytes: int = 0

    @property
    def records(self) -> int:
        return len(self.done)


def _record_id(line: bytes, number: int, path: Path) -> tuple[str, bool]:
    try:
        data = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        data = None
    if (
        not isinstance(data, dict)
        or not isinstance(data.get("id"), str)
        or ("brief" in data) == ("error" in data)
    ):
        raise InputError(
            f"{path} line {number} is not a batch record; it is not this command's output, "
            "so move it away or choose another OUTPUT"
        )
    return data["id"], "error" in data


def scan_output(fd: int, path: Path) -> ResumeState:
    """Read the records of the open output ``fd`` and cut a torn final line off the file."""
    state = ResumeState()
    good_end = 0  # offset just past the last newline
    offset = 0
    number = 0
    pending = b""
    while True:
        chunk = os.pread(fd, _CHUNK, offset)
        if not chunk:
            break
        offset += len(chunk)
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            number += 1
            good_end += len(line) + 1
            if not line.strip():
                continue
            record_id, failed = _record_id(line, number, path)
            if record_id not in state.done:
                state.done.add(record_id)
                state.errors += failed
    if pending:
        state.torn_bytes = len(pending)
        os.ftruncate(fd, good_end)
        os.fsync(fd)
    return state


def _encode(line: str) -> bytes:
    # "replace": a lone surrogate that slipped through must not stop the run mid-way
    return (line + "\n").encode("utf-8", errors="replace")


def _lock(fd: int, path: Path) -> None:
    if fcntl is None:  # pragma: no cover
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise InputError(
            f"{path} is being written by another summarizer batch run; wait for it to end "
            "or choose another OUTPUT"
        ) from None


class FileOutput:
    """An append-only, locked output file; see the module docstring."""

    def __init__(self, path: str | Path, *, resume: bool) -> None:
        """Open (creating) ``path``. Without ``resume`` a non-empty file is refused; with it,
        :attr:`resume` says which ids it already holds."""
        self.path = Path(path)
        self.name = str(self.path)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except IsADirectoryError:
            raise InputError(f"{self.path} is a directory; give an output file") from None
        except OSError as exc:
            raise InputError(f"{self.path}: cannot write ({exc.strerror or exc})") from None
        _lock(fd, self.path)
        self._fd = fd
        self.resume = ResumeState()
        if resume:
            self.resume = scan_output(fd, self.path)
        elif os.fstat(fd).st_size > 0:
            os.close(fd)
            raise InputError(
                f"{self.path} already holds records; pass --resume to finish that run, or "
                "choose another OUTPUT"
            )
        self._synced_at = time.monotonic()
        self.written = 0

    def write(self, line: str) -> None:
        data = _encode(line)
        view = memoryview(data)
        while view:  # one write() in practice; a short write is finished, never torn
            view = view[os.write(self._fd, view) :]
        self.written += 1
        now = time.monotonic()
        if now - self._synced_at >= FSYNC_EVERY:
            os.fsync(self._fd)
            self._synced_at = now

    def sync(self) -> None:
        """fsync now."""
        os.fsync(self._fd)
        self._synced_at = time.monotonic()

    def close(self) -> None:
        if self._fd < 0:
            return
        try:
            os.fsync(self._fd)
        finally:
            os.close(self._fd)  # releases the lock
            self._fd = -1


class StreamOutput:
    """Records to a byte stream (standard output by default); not resumable."""

    def __init__(self, stream: BinaryIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stdout.buffer
        self.name = "standard output"
        self.written = 0

    def write(self, line: str) -> None:
        self._stream.write(_encode(line))
        self._stream.flush()
        self.written += 1

    def close(self) -> None:
        self._stream.flush()
