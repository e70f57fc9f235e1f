"""The eval harness: hand-labeled fixtures, per-field scorers, reports and a regression gate.

Run ``python -m evals --help``.
"""
