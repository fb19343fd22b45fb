# Two commands do everything on a fresh Debian machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test lint typecheck sysdeps clean bench screenshots reliability package \
	translations golden

sysdeps:
	@sh tools/system-deps.sh

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

setup: sysdeps $(STAMP)

run: setup
	$(BIN)/actionmentor

lint: setup
	$(BIN)/ruff check src tests tools benchmarks
	$(BIN)/ruff format --check src tests tools benchmarks
	$(BIN)/lint-imports --no-cache

typecheck: setup
	$(BIN)/mypy

test: lint typecheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# tests/golden/: the demo workbook's JSON, calendar and PDF text, masked, rewritten from the
# real command; review what changed with `git diff tests/golden/`.
golden: setup
	$(BIN)/python -m tests.golden.shapes --write

# Benchmarks, each figure beside its floor measured in the same run (not part of `make test`).
bench: setup
	$(BIN)/python benchmarks/run.py

# docs/screenshots/: every view of the demo workbook, rendered offscreen.
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

# 500 SIGKILLs while writing, then four concurrent writers, a restore while open and a full
# disk; prints the counts (`make test` runs 15 kills and the other cases as tests).
reliability: setup
	$(BIN)/python tests/reliability/crash_harness.py --kills 500
	$(BIN)/python tests/reliability/fault_cases.py --writes 200

# dist/actionmentor/ (PyInstaller one-folder) and dist/actionmentor-VERSION-linux-ARCH.tar.gz,
# validated and smoke-tested offscreen.
$(VENV)/.package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	@touch $@

package: setup $(VENV)/.package
	@sh tools/system-deps.sh package
	sh packaging/build.sh

# resources/translations: extract the interface strings (.ts) and build what the app loads (.qm).
translations: setup
	$(BIN)/python tools/translations.py
