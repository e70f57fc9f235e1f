"""What a ``summarizer serve`` process needs to know, as one value every worker can rebuild.

``summarizer serve`` resolves its options once, then hands them to uvicorn's worker
processes in the environment variable :data:`CONFIG_ENV` (JSON). It holds key *hashes*
only; the LLM endpoint's own key stays in ``OPENAI_API_KEY``, read by each worker.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from summarizer.config import EngineName, Settings
from summarizer.errors import ConfigurationError

__all__ = ["CONFIG_ENV", "ServeConfig", "default_jobs_dir"]

CONFIG_ENV = "SUMMARIZER_SERVE_CONFIG"


def default_jobs_dir(env: Mapping[str, str] | None = None) -> Path:
    """``$SUMMARIZER_JOBS_DIR``, else ``$XDG_DATA_HOME/summarizer/jobs``, else
    ``~/.local/share/summarizer/jobs``."""
    env = os.environ if env is None else env
    if env.get("SUMMARIZER_JOBS_DIR"):
        return Path(env["SUMMARIZER_JOBS_DIR"]).expanduser()
    base = env.get("XDG_DATA_HOME") or str(Path("~/.local/share").expanduser())
    return Path(base) / "summarizer" / "jobs"


@dataclass(frozen=True)
class ServeConfig:
    """The service's settings; engine and model are the server's, never the caller's."""

    key_hashes: tuple[str, ...]
    jobs_dir: str
    engine: str = EngineName.offline.value
    model: str | None = None
    base_url: str | None = None
    mode: str | None = None
    #: SQLite brief cache shared by single briefs and batch jobs; None for none.
    cache: str | None = None
    #: LLM briefs in flight at once in one worker process, single and batch together.
    max_llm_calls: int = 16
    #: Articles in flight per batch job (the offline engine briefs one at a time).
    job_concurrency: int | None = None
    #: Requests a minute per key (None: unlimited), and the burst a key may send at once.
    rate: float | None = 600.0
    burst: float | None = None
    #: Largest request body, in bytes: POST /v1/briefs, and POST /v1/batches.
    max_body: int = 1 << 20
    max_batch_body: int = 256 << 20
    #: Seconds SIGTERM waits for requests in flight before closing them.
    shutdown_timeout: float = 20.0
    #: Where worker processes share their metrics (set when there are several workers).
    metrics_dir: str | None = None

    def settings(self) -> Settings:
        """The engine settings: the environment, then the server's flags."""
        return Settings.from_env().with_overrides(
            model=self.model, base_url=self.base_url, mode=self.mode
        )

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ServeConfig:
        env = os.environ if env is None else env
        raw = env.get(CONFIG_ENV)
        if not raw:
            raise ConfigurationError(
                f"{CONFIG_ENV} is not set; start the service with `summarizer serve`"
            )
        data = json.loads(raw)
        data["key_hashes"] = tuple(data["key_hashes"])
        return cls(**data)
