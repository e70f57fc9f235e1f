"""The batch output: one JSON line per input id, appended so that a killed run can resume.

Each record is written with a single ``write()`` of a complete line (JSON escapes every
newline inside it), then flushed to the OS; the file is fsynced at most every
:data:`FSYNC_EVERY` seconds and when the run ends. A kill (even SIGKILL) can therefore
leave at most a *torn final line*: bytes after the last newline. Resuming drops those bytes
(truncating the file to its last newline) and skips every id already present.

The file is locked (``flock``) while a run writes it, so two runs cannot interleave their
records in one file; the lock goes away with the process, however it ends.

A write that fails (disk full, file too large, an I/O error) raises :class:`OutputError`
after cutting the file back to its last whole record, so no torn line is left and every
record written before stays; a resumed run carries on from there.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from summarizer.errors import InputError, OutputError

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


def _cannot_write(name: str, exc: OSError, written: int) -> OutputError:
    kept = f"the {written:,} record(s) written before it are kept" if written else "none written"
    return OutputError(f"{name}: could not write a record ({exc.strerror or exc}); {kept}")


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
            raise OutputError(f"{self.path}: cannot write ({exc.strerror or exc})") from None
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
        self._end = os.fstat(fd).st_size  # just past the last whole record
        self._failed = False
        self._synced_at = time.monotonic()
        self.written = 0

    def write(self, line: str) -> None:
        data = _encode(line)
        view = memoryview(data)
        try:
            while view:  # one write() in practice; a short write is finished, never torn
                view = view[os.write(self._fd, view) :]
        except OSError as exc:
            self._failed = True
            self._cut_back()
            raise _cannot_write(self.name, exc, self.written) from None
        self._end += len(data)
        self.written += 1
        now = time.monotonic()
        if now - self._synced_at >= FSYNC_EVERY:
            self.sync()

    def _cut_back(self) -> None:
        # Drop the part of a record a failed write left, so the file ends on a whole line
        # (a device such as /dev/full cannot be cut, and has nothing to keep).
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, self._end)

    def sync(self) -> None:
        """fsync now."""
        try:
            os.fsync(self._fd)
        except OSError as exc:
            self._failed = True
            raise _cannot_write(self.name, exc, self.written) from None
        self._synced_at = time.monotonic()

    def close(self) -> None:
        """Sync and close. A sync that fails after a write already failed adds nothing."""
        if self._fd < 0:
            return
        try:
            os.fsync(self._fd)
        except OSError as exc:
            if not self._failed:
                raise _cannot_write(self.name, exc, self.written) from None
        finally:
            os.close(self._fd)  # releases the lock
            self._fd = -1


class StreamOutput:
    """Records to a byte stream (standard output by default); not resumable.

    A stream with a file descriptor is written with ``os.write``, a whole record at a time
    (a short write is finished, as for :class:`FileOutput`; a buffered writer loses track of
    one when the disk fills). A write that fails raises :class:`OutputError`; when the
    stream is a regular file (``> out.jsonl``), it is first cut back to its last whole
    record.
    """

    def __init__(self, stream: BinaryIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stdout.buffer
        self.name = "standard output"
        self.written = 0
        self._failed = False
        self._fd: int | None = None
        self._end: int | None = None  # offset past the last whole record, for a regular file
        try:
            self._stream.flush()
            self._fd = self._stream.fileno()
            if stat.S_ISREG(os.fstat(self._fd).st_mode):
                self._end = os.lseek(self._fd, 0, os.SEEK_CUR)
        except (OSError, ValueError, AttributeError):  # no descriptor (a BytesIO): its writes
            self._fd = None

    def write(self, line: str) -> None:
        data = _encode(line)
        try:
            if self._fd is None:
                self._stream.write(data)
                self._stream.flush()
            else:
                view = memoryview(data)
                while view:
                    view = view[os.write(self._fd, view) :]
        except BrokenPipeError:
            raise  # the reader left (| head): the command ends quietly
        except OSError as exc:
            self._failed = True
            if self._fd is not None and self._end is not None:
                with contextlib.suppress(OSError):  # drop the part of the record written
                    os.ftruncate(self._fd, self._end)
                    os.lseek(self._fd, self._end, os.SEEK_SET)
            raise _cannot_write(self.name, exc, self.written) from None
        if self._end is not None:
            self._end += len(data)
        self.written += 1

    def close(self) -> None:
        if self._failed or self._fd is not None:
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _cannot_write(self.name, exc, self.written) from None
