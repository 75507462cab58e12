# ReportQA: every set-up step lives here, so a fresh machine needs only `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
HOST ?= 127.0.0.1
PORT ?= 7860

export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False
export TOKENIZERS_PARALLELISM := false

.PHONY: install run test test-fast ingest eval bench chromium clean

install: $(STAMP)

# torch first: `pip install torch==2.13.0` takes the CPU wheel on this disk; a plain `torch`
# requirement would pull a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian's Chromium drives the browser tests (Playwright must not download a browser of its own).
chromium:
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

ingest: install
	$(BIN)/reportqa ingest

run: install
	@$(BIN)/reportqa docs --json 2>/dev/null | grep -q '"doc_id"' || $(BIN)/reportqa ingest
	$(BIN)/reportqa serve --host $(HOST) --port $(PORT)

test: install chromium
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow and not browser and not server"

eval: install
	$(BIN)/reportqa eval --out eval-out

bench: install
	$(BIN)/reportqa bench

clean:
	rm -rf $(VENV) .reportqa .pytest_cache
