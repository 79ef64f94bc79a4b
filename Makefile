# The README's two commands: `make run` and `make test`. Both work from a fresh clone.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
HOST   ?= 127.0.0.1
PORT   ?= 8080
SANDBOX_PORT ?= 8081
APT_PACKAGES := espeak-ng sox chromium hunspell-sv postgresql openssl systemd nginx
SV_MODEL := models/vosk-model-small-sv-rhasspy-0.15

.PHONY: run test bench model install install-test system-packages clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# espeak-ng and sox synthesise test speech; chromium runs the browser tests (never `playwright install`);
# the tests start their own PostgreSQL and nginx. Installing must not start the packages' own services
# (nginx on port 80, a PostgreSQL cluster): where no policy-rc.d says so already (Docker images have
# one), a temporary one refuses every start while apt-get runs.
POLICY_RC ?= /usr/sbin/policy-rc.d
system-packages:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing$$missing with apt-get"; \
	    if [ ! -e $(POLICY_RC) ]; then printf '#!/bin/sh\nexit 101\n' > $(POLICY_RC) && chmod 755 $(POLICY_RC) && \
	      trap 'rm -f $(POLICY_RC)' EXIT; fi; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing system packages:$$missing (install them as root; their tests will be skipped)"; \
	  fi; \
	fi

run: install
	$(PY) -m assistant init-demo
	@echo "Provbutiken (sandbox grocer) on http://$(HOST):$(SANDBOX_PORT)"
	@$(PY) -m assistant.grocer.sandbox --host $(HOST) --port $(SANDBOX_PORT) --state var/sandbox.json & sandbox=$$!; \
	trap 'kill $$sandbox 2>/dev/null' EXIT INT TERM; \
	if [ -z "$${ASSISTANT_VOSK_MODEL:-}" ] && [ -d $(SV_MODEL) ]; then export ASSISTANT_VOSK_MODEL=$(SV_MODEL); fi; \
	ASSISTANT_VENDOR_URL=$${ASSISTANT_VENDOR_URL:-http://$(HOST):$(SANDBOX_PORT)} \
	  $(PY) -m assistant serve --host $(HOST) --port $(PORT)

# Two pytest-xdist workers (a CI machine has two cores), each taking whole modules so that a module's
# shared service, browser and fixtures are made once; tests/conftest.py hands out the process-heavy modules
# first. Each worker has its own temporary folders, PostgreSQL cluster, speech worker and free ports.
# TEST_WORKERS=0 runs the suite in one process.
TEST_WORKERS ?= 2

test: system-packages install-test
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadscope --no-loadscope-reorder

bench: install-test
	$(PY) bench/run_all.py

model: install
	$(PY) -m assistant download-model sv

clean:
	rm -rf $(VENV) var test-artifacts .pytest_cache
