"""Offline engine speed and memory: ``python scripts/bench.py`` (or ``make bench``).

Prints, over the project's fixtures (articles repeated to fill each round):
- cold start: a fresh interpreter's ``import summarizer`` plus its first brief, median of 5,
  with the engine's pattern store (``patternstore.py``: filled by the first run) and without
  (``SUMMARIZER_PATTERN_STORE=0``: what the very first run after an install or upgrade costs);
- throughput: articles per second on one core, median of 5 rounds, with mean words per article,
  and the rate at 600 words: from a line fitted to each article's time against its length,
  and as measured on the fixtures of 450-800 words; every cache keyed by an article's text
  is cleared before every brief, so repeating an article never makes it cheaper (what is
  kept is keyed by words or patterns); and the CPU time a brief on
  those fixtures (``time.process_time``: the figure other work on a shared machine changes
  least);
- peak memory: the process's maximum resident set after the rounds.
Figures vary with the machine; compare medians and ratios, not single runs.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from summarizer import alignment, grounding
from summarizer.article import Article
from summarizer.engines.offline import OfflineEngine
from summarizer.engines.offline.text import fold
from summarizer.evals.fixtures import DEFAULT_DIR, load_fixtures

# The caches that outlive a brief and are keyed by an article's text or its parts, so that
# an article repeated costs what an unseen one would. What stays warm is keyed by words or
# patterns (grounding's stems, the compiled patterns), as in a process that briefs many
# articles; those few words repeat across the fixtures more than across real news.
_ARTICLE_CACHES = (
    fold,
    grounding._article_words,
    grounding._normalized_article,
    grounding._normalized_quote,
    alignment._article_skeleton,
)


def clear_caches() -> None:
    """Forget every article seen (see ``_ARTICLE_CACHES``)."""
    for cache in _ARTICLE_CACHES:
        cache.cache_clear()


_COLD = (
    "import time; t = time.perf_counter(); import summarizer; "
    "from summarizer import summarize; "
    "summarize(open({path!r}, encoding='utf-8').read(), engine='offline'); "
    "print(time.perf_counter() - t)"
)


def cold_start(path: Path, runs: int = 5, store: bool = True) -> float:
    """Median seconds for a new process to import summarizer and brief one article
    (``store``: with the pattern store, which the first run fills if it is empty)."""
    env = {**os.environ, "SUMMARIZER_PATTERN_STORE": "1" if store else "0"}
    times = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _COLD.format(path=str(path))],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        times.append(float(done.stdout.strip()))
    return statistics.median(times)


def throughput(articles: list[Article], rounds: int = 5, per_round: int = 200) -> float:
    """Median articles per second over ``rounds`` of ``per_round`` briefs, one core.

    The engine's caches are cleared before every brief, so an article repeated from an
    earlier round costs what a new one would."""
    engine = OfflineEngine()
    engine.summarize(articles[0])  # warm the lazily loaded data
    rates = []
    for _ in range(rounds):
        batch = [articles[i % len(articles)] for i in range(per_round)]
        started = time.perf_counter()
        for article in batch:
            clear_caches()
            engine.summarize(article)
        rates.append(per_round / (time.perf_counter() - started))
    return statistics.median(rates)


def seconds_per_article(articles: list[Article], repeats: int = 5) -> list[tuple[int, float]]:
    """(words, median seconds) for each article, caches cleared before every brief."""
    engine = OfflineEngine()
    engine.summarize(articles[0])
    timings = []
    for article in articles:
        times = []
        for _ in range(repeats):
            clear_caches()
            started = time.perf_counter()
            engine.summarize(article)
            times.append(time.perf_counter() - started)
        timings.append((len(article.text.split()), statistics.median(times)))
    return timings


def cpu_per_article(articles: list[Article], rounds: int = 5) -> float:
    """Median CPU seconds a brief (``time.process_time``, this process only) over
    ``rounds`` passes through ``articles``: what other work on a shared machine changes
    least."""
    engine = OfflineEngine()
    engine.summarize(articles[0])
    per = []
    for _ in range(rounds):
        started = time.process_time()
        for article in articles:
            clear_caches()
            engine.summarize(article)
        per.append((time.process_time() - started) / len(articles))
    return statistics.median(per)


def rate_at(words: int, timings: list[tuple[int, float]]) -> float:
    """Articles per second at ``words`` words, from a least-squares line of seconds on words
    (a fixed cost per article plus a cost per word)."""
    slope, intercept = statistics.linear_regression(
        [float(w) for w, _ in timings], [t for _, t in timings]
    )
    return 1.0 / (intercept + slope * words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python scripts/bench.py", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--fixtures", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    fixtures = [f for f in load_fixtures([args.fixtures])]
    articles = [Article.from_text(f.text, published=f.published, title=f.title) for f in fixtures]
    words = statistics.mean(len(a.text.split()) for a in articles)
    example = Path(__file__).resolve().parent.parent / "examples" / "article.txt"
    cold = cold_start(example)
    unstored = cold_start(example, store=False)
    rate = throughput(articles, rounds=args.rounds)
    timings = seconds_per_article(articles)
    long = [(w, t) for w, t in timings if 450 <= w <= 800]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"fixtures            {len(articles)} articles, mean {words:.0f} words")
    print(f"cold start          {cold * 1000:.0f} ms (import + first brief, median of 5)")
    print(f"  without the store {unstored * 1000:.0f} ms (patterns read and compiled afresh)")
    print(f"throughput          {rate:.1f} articles/s on one core (median of {args.rounds} rounds)")
    print(
        f"  at 600 words      {rate_at(600, timings):.1f} articles/s "
        "(line fitted to each article's median time against its length)"
    )
    if long:
        mean_words = statistics.mean(w for w, _ in long)
        measured = len(long) / sum(t for _, t in long)
        print(
            f"  450-800 words     {measured:.1f} articles/s measured on the {len(long)} "
            f"fixtures of that length (mean {mean_words:.0f} words)"
        )
        chosen = [a for a in articles if 450 <= len(a.text.split()) <= 800]
        cpu = cpu_per_article(chosen, rounds=args.rounds)
        print(
            f"  CPU time          {cpu * 1000:.2f} ms a brief on those fixtures "
            f"({1 / cpu:.1f} a second; median of {args.rounds} passes)"
        )
    print(f"peak memory (RSS)   {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
