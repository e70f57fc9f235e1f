"""Screenshot an HTML report with headless Chromium.

    python -m summarizer.evals.reports.screenshot REPORT.html OUT.png [--window-size W,H]

Exit codes: 0 written; 1 Chromium ran but wrote no PNG (or timed out); 2 bad usage,
a missing input, or no Chromium installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

__all__ = ["browser_command", "find_chromium", "main", "run_browser", "screenshot"]

TIMEOUT_S = 60
CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
EXIT_FAILED = 1
EXIT_USAGE = 2


def find_chromium() -> str | None:
    """The Chromium executable: Debian's /usr/bin/chromium, else one on PATH."""
    for candidate in CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


def browser_command(browser: str, page: Path, profile: str, *extra: str) -> list[str]:
    """Headless Chromium on ``page`` as root in a closed network, with ``extra`` flags.

    No sandbox (root), no GPU, and none of the background connections Chromium would try
    (refused here, and slow); ``profile`` is an empty --user-data-dir of its own."""
    return [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *extra,
        page.as_uri(),
    ]


def run_browser(
    browser: str, page: Path, *extra: str, timeout: float = TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on ``page`` with ``extra`` flags, in a fresh profile.

    Raises :class:`TimeoutError` (its helpers killed too) when it does not finish in time.
    """
    with tempfile.TemporaryDirectory(prefix="evals-chromium-") as profile:
        command = browser_command(browser, page.resolve(), profile, *extra)
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own process group, so a timeout ends its helpers too
        )
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise TimeoutError(f"Chromium did not finish within {timeout:g} s") from None
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def screenshot(
    browser: str, page: Path, out: Path, window: str = "1400,2400", timeout: float = TIMEOUT_S
) -> str | None:
    """Render ``page`` to ``out``; None on success, otherwise why it failed."""
    out.unlink(missing_ok=True)
    try:
        done = run_browser(
            browser, page, f"--window-size={window}", f"--screenshot={out.resolve()}",
            timeout=timeout,
        )  # fmt: skip
    except TimeoutError as exc:
        return str(exc)
    if done.returncode != 0 or not out.is_file() or out.stat().st_size == 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return f"Chromium exited {done.returncode} without writing {out}: {last}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m summarizer.evals.reports.screenshot", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("report", type=Path, metavar="REPORT.html")
    parser.add_argument("out", type=Path, metavar="OUT.png")
    parser.add_argument("--window-size", default="1400,2400", metavar="W,H")
    args = parser.parse_args(argv)
    if not args.report.is_file():
        print(f"screenshot: no such file: {args.report}", file=sys.stderr)
        return EXIT_USAGE
    browser = find_chromium()
    if browser is None:
        print(
            "screenshot: Chromium not found (install it: apt-get install -y chromium)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    problem = screenshot(browser, args.report, args.out, args.window_size)
    if problem:
        print(f"screenshot: {problem}", file=sys.stderr)
        return EXIT_FAILED
    print(f"screenshot: wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
