# Two entry points: `make run` (set up, then print a brief on the offline engine) and
# `make test` (set up, then lint, type-check, run the eval gate and every test).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install run test lint typecheck pytest clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/summarizer brief examples/article.txt --engine offline --published 2024-03-15

lint: install
	$(BIN)/ruff check summarizer tests

typecheck: install
	$(BIN)/mypy

pytest: install
	$(BIN)/python -m pytest

# pytest runs last, so its summary line closes the output.
test: lint typecheck pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache dist build
