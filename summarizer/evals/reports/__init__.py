"""Renderings of a run's JSON: terminal (rich), Markdown (CI job summary), HTML (one file)."""
