# The two set-up commands of the README: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest system-deps translations lupdate demo clean bench-sync \
	dist deb msi test-dist test-e2e

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

# The end-to-end fault suite (docs/fault-suite.md): real server processes, five CLI
# laptops, a faulty proxy, kills and a restore; FIELD_DOSSIER_E2E_SEED=N repeats a run.
test-e2e: $(STAMP) translations
	scripts/ensure-postgres.sh
	$(BIN)/python -m pytest -p no:cacheprovider tests/e2e -s -q

# Debian packages Qt (offscreen and on a screen), the PDF/DOCX checks and the venv need.
system-deps:
	@scripts/install-system-deps.sh

$(STAMP): pyproject.toml | system-deps
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

# Compiled catalogues (.qm) are build outputs: made from translations/*.ts into the package
# (as setup.py does for every install and wheel), never committed. Again after editing a .ts.
QM_DIR := desktop/resources/translations
translations: $(STAMP)
	@mkdir -p $(QM_DIR)
	@for ts in translations/*.ts; do \
		[ -e "$$ts" ] || continue; \
		qm="$(QM_DIR)/$$(basename "$${ts%.ts}").qm"; \
		if [ ! -e "$$qm" ] || [ "$$ts" -nt "$$qm" ]; then \
			$(BIN)/pyside6-lrelease -silent "$$ts" -qm "$$qm" || exit 1; \
		fi; \
	done

# For developers after changing user-visible strings: refresh the .ts catalogues.
lupdate: $(STAMP)
	scripts/update-translations.sh

demo: $(STAMP)
	$(BIN)/field-dossier demo

# Sync throughput beside the PouchDB peer, from one run (docs: bench/sync_bench.py).
PEER ?= ../shared/peers/pouchdb
bench-sync: $(STAMP)
	scripts/ensure-postgres.sh
	$(BIN)/python -m bench.sync_bench --peer $(PEER) $(BENCH_ARGS)

# Installers (installers/README.md). The frozen app is built from a wheel of this tree in
# its own venv under build/installers, never from .venv's editable install.
INSTALLERS := build/installers
BUNDLE := $(INSTALLERS)/dist/field-dossier
VERSION = $$($(BUNDLE)/field-dossier --version | awk '{print $$NF}')

dist: system-deps
	installers/build-bundle.sh . $(INSTALLERS)

deb: dist
	installers/linux/build-deb.sh $(BUNDLE) $(INSTALLERS)/icons dist

# On Linux this proves the WiX source: the Linux bundle staged under the Windows names.
# The real MSI is built on Windows by installers/windows/build.ps1.
msi: dist
	rm -rf $(INSTALLERS)/msi-stage && cp -a $(BUNDLE) $(INSTALLERS)/msi-stage
	mv $(INSTALLERS)/msi-stage/field-dossier $(INSTALLERS)/msi-stage/FieldDossier.exe
	cp $(INSTALLERS)/msi-stage/FieldDossier.exe $(INSTALLERS)/msi-stage/field-dossier.exe
	installers/windows/build-msi.sh $(INSTALLERS)/msi-stage $(INSTALLERS)/icons/field-dossier.ico \
		$(VERSION) dist/FieldDossier-$(VERSION).msi

# Wheel, frozen app, .deb and MSI from a clean clone of HEAD, installed and run (CI).
test-dist: system-deps
	scripts/test-dist.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache $(QM_DIR)
