# Eco Supervision — set-up, demo, tests and packaging. Works on a fresh Debian 12.
SHELL := /bin/bash
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
ORACLE := .venv-oracle
STA_VENV := .venv-sta
export QT_QPA_PLATFORM := offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: qm setup deps venv oracle test test-unit test-qgis test-cli demo lint bench package deploy translations test-matrix clean

deps:
	@scripts/ensure_deps.sh

$(VENV)/.installed: requirements-test.txt
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-test.txt
	touch $@

venv: deps $(VENV)/.installed

# Reference implementations (spopt, esda, ...) used only as test oracles, in their own venv:
# installing them beside QGIS would upgrade numpy/pandas under GDAL.
$(ORACLE)/.installed: test/requirements-oracle.txt
	$(SYSTEM_PYTHON) -m venv $(ORACLE)
	$(ORACLE)/bin/python -m pip install -q --disable-pip-version-check -r test/requirements-oracle.txt
	touch $@

oracle: deps $(ORACLE)/.installed

# The real OGC SensorThings server (django-ogc-sensorthings) for the live-station tests and demo.
$(STA_VENV)/.installed: test/sta_server/requirements.txt
	$(SYSTEM_PYTHON) -m venv $(STA_VENV)
	$(STA_VENV)/bin/python -m pip install -q --disable-pip-version-check -r test/sta_server/requirements.txt
	touch $@

setup: venv oracle $(STA_VENV)/.installed

test: setup qm
	ECO_REQUIRE_ORACLE=1 $(PY) -m pytest test/unit test/qgis test/cli test/sourceattribution

test-unit: venv
	$(PY) -m pytest test/unit

test-qgis: venv
	$(PY) -m pytest test/qgis

test-cli: venv
	$(PY) -m pytest test/cli

demo: setup qm
	$(PY) scripts/demo.py --output demo_output

lint: venv
	$(VENV)/bin/ruff check .

bench: setup
	@for f in test/benchmarks/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

# Compile the translations (.ts → .qm); `translations` also refreshes the .ts from the source first.
qm: deps
	@for ts in resources/i18n/*.ts; do lrelease -silent $$ts -qm $${ts%.ts}.qm; done

translations: deps
	$(SYSTEM_PYTHON) scripts/i18n.py update
	$(MAKE) qm

package: deps
	scripts/package.sh

deploy: qm
	scripts/deploy.sh

test-matrix:
	scripts/test_matrix.sh $(MATRIX_ARGS)

clean:
	rm -rf $(VENV) $(ORACLE) demo_output dist .pytest_cache
