# The two commands of the README:
#   make example   set up .venv from the hash-locked requirements, then analyse examples/il76 into out/
#   make test      add the test tools (and Chromium for the browser tests), then run the whole test suite
#   make lint      ruff check, ruff format --check and mypy (strict, over src/rashomon), with the test tools
# and for rashomon serve:
#   make server    add the server extra (FastAPI, uvicorn; PostgreSQL's driver too)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --no-input

.PHONY: example test lint venv dev server lock clean

example: venv
	$(BIN)/rashomon analyze examples/il76 -o out/

test: dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

venv: $(VENV)/.core-installed

$(VENV)/.core-installed: requirements/core.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "rashomon needs Python 3.11 or newer (found $$($(PYTHON) --version))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --require-hashes --no-deps -r requirements/core.txt
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	@touch $@

dev: $(VENV)/.dev-installed

$(VENV)/.dev-installed: $(VENV)/.core-installed requirements/dev.txt
	$(PIP) install --quiet --require-hashes --no-deps -r requirements/dev.txt
	scripts/ensure-chromium
	@touch $@

# The server extra (and the other extras of requirements/dev.txt) without Chromium: what `rashomon serve` needs.
server: $(VENV)/.server-installed

$(VENV)/.server-installed: $(VENV)/.core-installed requirements/dev.txt
	$(PIP) install --quiet --require-hashes --no-deps -r requirements/dev.txt
	@touch $@

# Regenerate the hash-locked requirements after changing pyproject.toml (needs the network).
lock: venv
	$(PIP) install --quiet pip-tools==7.6.2
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements/core.txt pyproject.toml
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --extra dev --extra server --extra postgres --extra scale -o requirements/dev.txt pyproject.toml

clean:
	rm -rf $(VENV) out .pytest_cache
