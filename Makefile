# make run   - install into .venv and ingest the bundled sample, then summarise it
# make test  - install with test extras into .venv and run the test suite
# Both are idempotent: pip runs again only when pyproject.toml changes (stamp files).

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= rapport.duckdb
SAMPLE ?= src/rapport/sample

.PHONY: run test install clean-db

run: $(VENV)/.installed
	$(BIN)/rapport ingest $(SAMPLE) --db $(DB)
	$(BIN)/rapport summary --db $(DB)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

install: $(VENV)/.installed

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	@touch $@ $(VENV)/.installed

clean-db:
	rm -f $(DB) $(DB).wal
