"""Running an engine over MUC-4 documents, and GRIT-format prediction files.

A prediction file (``--out``), as GRIT's scorer reads it, is one JSON object keyed by the
numeric document id (:func:`~summarizer.evals.muc4.data.numeric_docid`), with an entry for every
document and all five roles, each a list of entities, each a list of mention strings::

    {"10001": {"pred_extracts": {"PerpInd": [["guerrillas"]], "PerpOrg": [], ...}}, ...}
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarizer.article import Article
from summarizer.engines import Engine
from summarizer.errors import AuthenticationError, SummarizerError
from summarizer.evals.muc4.data import (
    EXIT_MALFORMED,
    EXIT_UNREADABLE,
    ROLES,
    Entity,
    MucDocument,
    SplitFileError,
)
from summarizer.evals.muc4.mapping import brief_to_roles
from summarizer.schema import IncidentBrief

__all__ = [
    "DocumentResult",
    "grit_predictions",
    "read_grit_predictions",
    "run_documents",
]

#: Errors that would fail every other document the same way: the run stops at the first.
FATAL_ERRORS: tuple[type[SummarizerError], ...] = (AuthenticationError,)


@dataclass
class DocumentResult:
    """One document's brief (or error), mapped role fillers and time taken."""

    document: MucDocument
    brief: IncidentBrief | None
    error: dict[str, str] | None
    latency_s: float
    predicted: dict[str, list[Entity]]

    def as_dict(self) -> dict[str, Any]:
        """What ``--json-out`` keeps per document."""
        return {
            "docid": self.document.docid,
            "numeric_id": self.document.numeric_id,
            "predicted": self.predicted,
            "gold": self.document.gold,
            "error": self.error,
            "latency_s": round(self.latency_s, 4),
            "brief": self.brief.model_dump(mode="json") if self.brief else None,
        }


async def _one(engine: Engine, document: MucDocument, gate: asyncio.Semaphore) -> DocumentResult:
    async with gate:
        started = time.perf_counter()
        brief: IncidentBrief | None = None
        error: dict[str, str] | None = None
        try:
            brief = await engine.asummarize(Article.from_text(document.text))
        except FATAL_ERRORS:
            raise
        except SummarizerError as exc:
            error = {"type": type(exc).__name__, "message": str(exc)}
        except Exception as exc:  # an engine bug must not lose the rest of the run
            error = {"type": f"internal:{type(exc).__name__}", "message": str(exc)}
        predicted = brief_to_roles(brief, document.text)
        return DocumentResult(document, brief, error, time.perf_counter() - started, predicted)


async def _run_async(
    engine: Engine,
    documents: Sequence[MucDocument],
    concurrency: int,
    progress: Callable[[DocumentResult], None] | None,
) -> list[DocumentResult]:
    gate = asyncio.Semaphore(max(1, concurrency))
    tasks = [asyncio.create_task(_one(engine, d, gate)) for d in documents]
    results: list[DocumentResult] = []
    try:
        for done in asyncio.as_completed(tasks):
            result = await done
            results.append(result)
            if progress is not None:
                progress(result)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    order = {d.docid: i for i, d in enumerate(documents)}
    return sorted(results, key=lambda r: order[r.document.docid])


def run_documents(
    engine: Engine,
    documents: Sequence[MucDocument],
    *,
    concurrency: int = 4,
    progress: Callable[[DocumentResult], None] | None = None,
) -> list[DocumentResult]:
    """Brief and map every document, ``concurrency`` at a time, in file order.

    A document the engine fails on gets five empty roles and its error recorded; an
    :class:`~summarizer.errors.AuthenticationError` stops the whole run (it would repeat).
    """
    return asyncio.run(_run_async(engine, documents, concurrency, progress))


def grit_predictions(results: Sequence[DocumentResult]) -> dict[str, Any]:
    """The results as a GRIT prediction file (module docstring)."""
    return {
        r.document.numeric_id: {"pred_extracts": {role: r.predicted[role] for role in ROLES}}
        for r in results
    }


def read_grit_predictions(
    path: Path, documents: Sequence[MucDocument]
) -> dict[str, dict[str, list[Entity]]]:
    """Predictions from a GRIT-format file, for each of ``documents`` (keyed by numeric id).

    Raises :class:`SplitFileError` when the file cannot be read (exit code 5) or is not a
    GRIT prediction file, lacks one of the documents or roles, or holds a mention that is
    not a string (exit code 6).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SplitFileError(f"{path}: no such file", EXIT_UNREADABLE) from None
    except IsADirectoryError:
        raise SplitFileError(f"{path} is a directory; give a .json file", EXIT_UNREADABLE) from None
    except PermissionError:
        raise SplitFileError(f"{path}: permission denied", EXIT_UNREADABLE) from None
    except UnicodeDecodeError:
        raise SplitFileError(f"{path}: not UTF-8 text", EXIT_MALFORMED) from None
    except json.JSONDecodeError as exc:
        raise SplitFileError(
            f"{path}: not JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})",
            EXIT_MALFORMED,
        ) from None
    except OSError as exc:
        raise SplitFileError(
            f"{path}: cannot read ({exc.strerror or exc})", EXIT_UNREADABLE
        ) from None
    if not isinstance(data, dict):
        raise SplitFileError(f"{path}: not a JSON object keyed by document id", EXIT_MALFORMED)
    predictions: dict[str, dict[str, list[Entity]]] = {}
    for document in documents:
        key = document.numeric_id
        entry = data.get(key)
        extracts = entry.get("pred_extracts") if isinstance(entry, dict) else None
        if not isinstance(extracts, dict):
            raise SplitFileError(
                f"{path}: no pred_extracts for document {key} ({document.docid})", EXIT_MALFORMED
            )
        roles: dict[str, list[Entity]] = {}
        for role in ROLES:
            entities = extracts.get(role)
            if not isinstance(entities, list) or not all(
                isinstance(e, list) and all(isinstance(m, str) for m in e) for e in entities
            ):
                raise SplitFileError(
                    f"{path}: document {key} ({document.docid}): {role} is missing or not a "
                    "list of lists of mention strings",
                    EXIT_MALFORMED,
                )
            roles[role] = entities
        predictions[key] = roles
    return predictions
