"""``python -m evals`` from a checkout: the eval suite, now :mod:`summarizer.evals`.

A shim for the repository only; the wheel does not ship it (no top-level ``evals`` package
to shadow anyone's). The code, fixtures checker, scorers and reports live in
``summarizer/evals/``; the project's fixtures and baseline stay in ``evals/`` beside this file.
"""

from __future__ import annotations

import sys

from summarizer.evals.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
