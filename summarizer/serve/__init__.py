"""``summarizer serve``: the incident-brief service over HTTP (needs ``summarizer[serve]``).

- :mod:`.app`: the FastAPI app (routes, errors, limits, metrics);
- :mod:`.auth`: API keys as SHA-256 hashes, compared in constant time;
- :mod:`.jobs`: batch jobs on disk, run and resumed by the batch runner;
- :mod:`.metrics`: Prometheus metrics;
- :mod:`.config`: the service's settings, shared with uvicorn's worker processes;
- :mod:`.command`: the command line.
"""
