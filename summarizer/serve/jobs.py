"""Batch jobs of ``summarizer serve``: on disk, run by the batch runner, resumed after a restart.

A job is a folder under the jobs directory, named by its id (32 random hex digits):

- ``meta.json``: id, owner (the SHA-256 of the key that made it, never the key), creation
  time, number of records; written once, before the job is announced;
- ``input.jsonl``: the records as uploaded (the format of ``summarizer batch``);
- ``output.jsonl``: one record per input record, appended as each finishes, by
  :class:`~summarizer.batch.output.FileOutput` (the batch's locked, resumable output);
- ``state.json``: written (atomically) when the job ends: ``done``, or ``failed`` with the
  error that ended it (the endpoint refused the credentials, say). No file: still running,
  or waiting to be resumed.

A job runs through :func:`~summarizer.batch.runner.summarize_many` with the service's engine
and cache, skipping the ids its output already holds. The output's lock says who runs a job:
at start-up every worker process tries to take each unfinished job's lock, and the one that
gets it resumes the job (the others leave it be). When the service stops, jobs in flight
are abandoned (what finished is on disk) and the next start finishes them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import secrets
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.batch.items import count_records, read_jsonl_file
from summarizer.batch.output import FileOutput
from summarizer.batch.runner import BatchResult, summarize_many
from summarizer.config import EngineName, Settings
from summarizer.errors import InputError, SummarizerError

__all__ = ["Job", "JobProgress", "JobStore"]

_ID = re.compile(r"^[0-9a-f]{32}$")
_POLL = 0.2
_CHUNK = 1 << 16


@dataclass(frozen=True)
class Job:
    """A batch job's identity and files."""

    id: str
    owner: str
    created: float
    total: int
    folder: Path

    @property
    def input(self) -> Path:
        return self.folder / "input.jsonl"

    @property
    def output(self) -> Path:
        return self.folder / "output.jsonl"

    @property
    def state_file(self) -> Path:
        return self.folder / "state.json"

    def state(self) -> dict[str, Any] | None:
        """The end state (``{"state": "done"|"failed", ...}``), or None while unfinished."""
        try:
            data: dict[str, Any] = json.loads(self.state_file.read_bytes())
        except FileNotFoundError:
            return None
        return data


@dataclass
class JobProgress:
    """Records counted so far in a job's output (read incrementally, complete lines only)."""

    offset: int = 0
    done: int = 0
    failed: int = 0
    ids: set[str] = field(default_factory=set)

    def scan(self, path: Path) -> None:
        for block, end in _complete_lines(path, self.offset):
            self.offset = end
            for line in block.splitlines():
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                record_id = record.get("id") if isinstance(record, dict) else None
                if not isinstance(record_id, str) or record_id in self.ids:
                    continue
                self.ids.add(record_id)
                self.done += 1
                self.failed += "error" in record


def _complete_lines(path: Path, offset: int) -> Iterator[tuple[bytes, int]]:
    """Blocks of whole lines of ``path`` from ``offset`` on, each with the offset past it; a
    last line not yet ended by a newline is left for a later call."""
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        return
    with stream:
        stream.seek(offset)
        pending = b""
        while data := stream.read(_CHUNK):
            pending += data
            end = pending.rfind(b"\n") + 1
            if end:
                offset += end
                yield pending[:end], offset
                pending = pending[end:]


def _write_atomically(path: Path, data: dict[str, Any]) -> None:
    temporary = path.with_suffix(".tmp")
    with temporary.open("w", encoding="utf-8") as out:
        json.dump(data, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)


class JobStore:
    """Creates, runs, resumes and reports the jobs under ``root``."""

    def __init__(
        self,
        root: Path,
        *,
        engine: EngineName,
        settings: Settings,
        cache: str | None,
        concurrency: int | None,
        gate: asyncio.Semaphore | None,
        on_result: Callable[[BatchResult], None] | None = None,
    ) -> None:
        self.root = root
        self.engine = engine
        self.settings = settings
        self.cache = cache
        self.concurrency = concurrency
        self.gate = gate
        self.on_result = on_result
        self.stopping = False
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._progress: dict[str, JobProgress] = {}
        root.mkdir(parents=True, exist_ok=True)

    @property
    def running(self) -> int:
        return sum(not task.done() for task in self._tasks.values())

    # -- creating --------------------------------------------------------------------------

    async def create(self, owner: str, chunks: AsyncIterator[bytes]) -> Job:
        """Store the JSONL ``chunks`` as a new job of ``owner`` and start it."""
        job_id = secrets.token_hex(16)
        folder = self.root / job_id
        folder.mkdir()
        try:
            with (folder / "input.jsonl").open("wb") as out:
                async for chunk in chunks:
                    out.write(chunk)
            total = count_records(folder / "input.jsonl")
            if total == 0:
                raise InputError("the batch holds no records (one JSON object a line)")
            job = Job(job_id, owner, time.time(), total, folder)
            meta = {"id": job_id, "owner": owner, "created": job.created, "total": total}
            _write_atomically(folder / "meta.json", meta)
        except BaseException:
            _remove(folder)
            raise
        self.start(job)
        return job

    def get(self, job_id: str, owner: str) -> Job | None:
        """The job ``job_id`` if ``owner`` made it; None otherwise (unknown, or another's)."""
        if not _ID.match(job_id):
            return None
        job = self._load(self.root / job_id)
        if job is None or not secrets.compare_digest(job.owner, owner):
            return None
        return job

    @staticmethod
    def _load(folder: Path) -> Job | None:
        try:
            meta = json.loads((folder / "meta.json").read_bytes())
        except (FileNotFoundError, NotADirectoryError, ValueError):
            return None
        return Job(meta["id"], meta["owner"], meta["created"], meta["total"], folder)

    # -- running ---------------------------------------------------------------------------

    def start(self, job: Job) -> None:
        if self.stopping or (job.id in self._tasks and not self._tasks[job.id].done()):
            return
        self._tasks[job.id] = asyncio.create_task(self._run(job), name=f"job-{job.id}")

    def resume_all(self) -> int:
        """Start every unfinished job whose output no other process holds; how many."""
        started = 0
        for folder in sorted(self.root.iterdir()):
            job = self._load(folder)
            if job is not None and job.state() is None:
                self.start(job)
                started += 1
        return started

    async def _run(self, job: Job) -> None:
        try:
            sink = FileOutput(job.output, resume=True)
        except InputError:  # another worker process holds it: that one runs the job
            return
        try:
            run = summarize_many(
                read_jsonl_file(job.input),
                engine=self.engine,
                settings=self.settings,
                concurrency=self.concurrency,
                cache=self.cache or False,
                skip=sink.resume.done,
                gate=self.gate,
            )
            async with run:
                try:
                    async for result in run:
                        sink.write(result.to_json())
                        if self.on_result is not None:
                            self.on_result(result)
                except SummarizerError as exc:  # every article would fail the same way
                    _write_atomically(
                        job.state_file,
                        {
                            "state": "failed",
                            "finished": time.time(),
                            "error": {"type": type(exc).__name__, "message": str(exc)},
                        },
                    )
                    return
                if not run.stopping:
                    sink.sync()
                    _write_atomically(job.state_file, {"state": "done", "finished": time.time()})
        finally:
            sink.close()

    async def stop_all(self, timeout: float) -> None:
        """Abandon the jobs in flight (a restart resumes them), waiting at most ``timeout``."""
        self.stopping = True
        tasks = [task for task in self._tasks.values() if not task.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)

    # -- reporting -------------------------------------------------------------------------

    def status(self, job: Job) -> dict[str, Any]:
        progress = self._progress.setdefault(job.id, JobProgress())
        state = job.state()  # read before the output: once done, the output is complete
        progress.scan(job.output)
        status: dict[str, Any] = {
            "id": job.id,
            "status": state["state"] if state else "running",
            "total": job.total,
            "done": progress.done,
            "succeeded": progress.done - progress.failed,
            "failed": progress.failed,
            "created": job.created,
            "finished": state.get("finished") if state else None,
        }
        if state and "error" in state:
            status["error"] = state["error"]
        return status

    async def results(self, job: Job, *, follow: bool) -> AsyncIterator[bytes]:
        """The output's complete lines as they are written; with ``follow``, until the job
        ends (or the service stops)."""
        offset = 0
        while True:
            finished = job.state() is not None
            for block, end in _complete_lines(job.output, offset):
                offset = end
                yield block
            if finished or not follow or self.stopping:
                return
            await asyncio.sleep(_POLL)


def _remove(folder: Path) -> None:
    for child in folder.iterdir():
        with contextlib.suppress(OSError):
            child.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()
