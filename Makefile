# The two set-up commands of the README: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest system-deps translations lupdate demo clean

run: $(STAMP) translations
	$(BIN)/field-dossier

test: $(STAMP) translations lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	scripts/ensure-postgres.sh
	$(BIN)/python -m pytest

# Debian packages Qt (offscreen and on a screen), the PDF/DOCX checks and the venv need.
system-deps:
	@scripts/install-system-deps.sh

$(STAMP): pyproject.toml | system-deps
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

# Compiled catalogues (.qm) are build outputs: made from translations/*.ts, never committed.
translations: $(STAMP)
	@for ts in translations/*.ts; do \
		[ -e "$$ts" ] || continue; \
		qm="$${ts%.ts}.qm"; \
		if [ ! -e "$$qm" ] || [ "$$ts" -nt "$$qm" ]; then \
			$(BIN)/pyside6-lrelease -silent "$$ts" -qm "$$qm" || exit 1; \
		fi; \
	done

# For developers after changing user-visible strings: refresh the .ts catalogues.
lupdate: $(STAMP)
	scripts/update-translations.sh

demo: $(STAMP)
	$(BIN)/field-dossier demo

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache translations/*.qm
