"""``summarizer serve``: run the service with uvicorn.

Options are resolved here once (keys hashed, engine checked, folders made) and handed to
every uvicorn worker process as :data:`~summarizer.serve.config.CONFIG_ENV`. With several
workers, Prometheus metrics go through a folder they share (multiprocess mode).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from summarizer.batch.cache import default_cache_path
from summarizer.batch.command import _positive_float, _positive_int
from summarizer.config import Settings
from summarizer.engines import choose_engine
from summarizer.errors import ConfigurationError
from summarizer.serve.auth import KEYS_ENV, KeyRing
from summarizer.serve.config import CONFIG_ENV, ServeConfig, default_jobs_dir

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The serve-specific options (the engine options are added by :mod:`summarizer.cli`)."""
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (8000)")
    parser.add_argument(
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes (1); each has its own engine and LLM-call bound",
    )
    parser.add_argument(
        "--api-keys-file",
        metavar="FILE",
        help=f"SHA-256 hashes of the API keys, one a line (and/or ${KEYS_ENV}: keys, "
        "comma-separated)",
    )
    parser.add_argument(
        "--jobs-dir",
        metavar="DIR",
        help=f"where batch jobs are kept (default: {default_jobs_dir()})",
    )
    cache = parser.add_mutually_exclusive_group()
    cache.add_argument("--cache", metavar="PATH", help="SQLite brief cache (default: batch's)")
    cache.add_argument("--no-cache", action="store_true", help="neither read nor write a cache")
    parser.add_argument(
        "--max-llm-calls",
        type=_positive_int,
        default=16,
        metavar="N",
        help="LLM briefs in flight at once per worker, single and batch together (16)",
    )
    parser.add_argument(
        "--job-concurrency",
        type=_positive_int,
        metavar="N",
        help="articles in flight per batch job (default: 8, offline 1)",
    )
    parser.add_argument(
        "--rate",
        type=_positive_float,
        default=600.0,
        metavar="R",
        help="requests a minute per API key (600; bursts of 10 s worth)",
    )
    parser.add_argument(
        "--no-rate-limit", action="store_true", help="no per-key request rate limit"
    )
    parser.add_argument(
        "--max-body",
        type=_positive_int,
        default=1 << 20,
        metavar="BYTES",
        help="largest body of POST /v1/briefs (1 MiB)",
    )
    parser.add_argument(
        "--max-batch-body",
        type=_positive_int,
        default=256 << 20,
        metavar="BYTES",
        help="largest body of POST /v1/batches (256 MiB)",
    )
    parser.add_argument(
        "--shutdown-timeout",
        type=_positive_float,
        default=20.0,
        metavar="SECONDS",
        help="on SIGTERM, how long requests in flight may finish (20)",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )


def config_from_args(args: argparse.Namespace) -> ServeConfig:
    """Resolve and check the options, as every worker will see them."""
    settings = Settings.from_env().with_overrides(
        model=args.model, base_url=args.base_url, mode=args.mode
    )
    engine = choose_engine(args.engine, settings)
    keys = KeyRing.load(args.api_keys_file, os.environ)
    jobs = Path(args.jobs_dir).expanduser() if args.jobs_dir else default_jobs_dir()
    try:
        jobs.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigurationError(f"{jobs}: cannot create ({exc.strerror or exc})") from None
    cache = None if args.no_cache else str(args.cache or default_cache_path())
    return ServeConfig(
        key_hashes=keys.hashes,
        jobs_dir=str(jobs),
        engine=engine.value,
        model=args.model,
        base_url=args.base_url,
        mode=args.mode,
        cache=cache,
        max_llm_calls=args.max_llm_calls,
        job_concurrency=args.job_concurrency,
        rate=None if args.no_rate_limit else args.rate,
        max_body=args.max_body,
        max_batch_body=args.max_batch_body,
        shutdown_timeout=args.shutdown_timeout,
    )


def run(args: argparse.Namespace) -> int:
    """Run ``summarizer serve`` until SIGTERM or Ctrl-C."""
    try:
        import uvicorn
    except ImportError:
        raise ConfigurationError(
            "summarizer serve needs its extra: pip install 'summarizer[serve]'"
        ) from None
    config = config_from_args(args)
    metrics_dir = None
    if args.workers > 1:
        # each worker writes its metrics here; /metrics adds them up
        metrics_dir = tempfile.mkdtemp(prefix="summarizer-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    os.environ[CONFIG_ENV] = config.to_env()
    print(
        f"summarizer: serving the {config.engine} engine on http://{args.host}:{args.port} "
        f"({args.workers} worker(s)); jobs in {config.jobs_dir}",
        file=sys.stderr,
        flush=True,
    )
    logging.getLogger().setLevel(logging.INFO)
    try:
        uvicorn.run(
            "summarizer.serve.app:app_from_env",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level=args.log_level,
            timeout_graceful_shutdown=int(max(1, round(config.shutdown_timeout))),
            server_header=False,
        )
    finally:
        if metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)
    return 0
