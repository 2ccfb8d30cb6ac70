# Every target builds what it needs: `make test` on a fresh clone creates .venv and installs
# the project with its pinned dev tools before it checks and tests.
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install generate check test demo bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip
	$(BIN)/python -m pip install -qq -e '.[dev]'
	touch $(STAMP)

DOCUMENT ?= openapi/digitalriver.yaml
OUT ?= src/digitalriver_api

## generate: regenerate src/digitalriver_api from openapi/ (never edit src/ by hand);
## `make generate DOCUMENT=path OUT=dir` generates any document into any folder
generate: $(STAMP)
	$(BIN)/python overlays/generator/generate.py --document $(DOCUMENT) $(OUT)

## check: the document, lint, format and types
check: $(STAMP)
	$(BIN)/python -m openapi_spec_validator openapi/digitalriver.yaml
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## test: check, then the whole test suite
test: check
	$(BIN)/python -m pytest

## demo: the fake API on 127.0.0.1, seeded with thousands of objects, exported with `digitalriver export`
demo: $(STAMP)
	$(BIN)/python examples/demo.py

# The benchmark's peers (pydantic, aiohttp, a JDK) go into a venv of their own, never into .venv.
BENCH_VENV := .bench-venv
BENCH_STAMP := $(BENCH_VENV)/.installed-stamp

$(BENCH_STAMP): bench/requirements.txt pyproject.toml
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install -qq --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install -qq -r bench/requirements.txt -e .
	touch $(BENCH_STAMP)

## bench: the SDK against raw httpx, the stock templates and OpenAPI Generator, in one table (not part of test)
bench: $(STAMP) $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python -m bench

clean:
	rm -rf $(VENV) $(BENCH_VENV) .pytest_cache .mypy_cache .ruff_cache demo-output node_modules
