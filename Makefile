# Two commands set everything up on a fresh clone (Python 3.11+):
#   make run    install into .venv if needed, run the main job on the bundled corpus, publish a release
#   make test   install into .venv if needed, run the test suite
# and `make ui` opens the Dagster UI on the same warehouse.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DAGSTER_HOME_DIR := $(abspath warehouse/dagster_home)

.PHONY: install run test ui bench status

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("tradedeals needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/tradedeals run

test: $(STAMP)
	$(BIN)/python -m pytest -q

ui: $(STAMP)
	mkdir -p $(DAGSTER_HOME_DIR)
	test -f $(DAGSTER_HOME_DIR)/dagster.yaml || printf 'telemetry:\n  enabled: false\n' > $(DAGSTER_HOME_DIR)/dagster.yaml
	DAGSTER_HOME=$(DAGSTER_HOME_DIR) $(BIN)/dagster dev -m assets.definitions

status: $(STAMP)
	$(BIN)/tradedeals status

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	for script in bench/*.py; do name=$$(basename $$script .py); case $$name in _*|gold|learning|train_*) continue;; esac; echo "== $$name"; $(BIN)/python -m bench.$$name || exit 1; done

