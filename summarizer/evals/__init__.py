"""The eval suite: hand-labeled fixtures, per-field scorers, reports and a regression gate.

Installed with ``pip install "summarizer[evals]"``; run ``summarizer eval --help`` (in a
checkout, ``python -m evals --help`` is the same).
"""
