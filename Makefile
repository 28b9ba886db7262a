# newsstand: `make help` lists the targets.
PORT ?= 8000
ARTICLES ?= 100000
RUNS ?= 3
FOLLOWERS ?= 100000
BENCH_PACKAGES := wrk nginx libnginx-mod-http-cache-purge
PEER_PACKAGES := wordpress php-fpm php-mysql php-cli mariadb-server curl
POSTS ?= 2000
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
# The Nu HTML Checker, from its maintainers' npm package; the HTML validity test runs it.
VNU_VERSION := 26.9.27
VNU_JAR := $(VENV)/vnu/node_modules/vnu-jar/build/dist/vnu.jar
# The first of these that is Python >= 3.12.
PYTHON := $(shell for p in python3.13 python3.12 python3; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { echo $$p; break; }; done)

.DEFAULT_GOAL := help
.PHONY: help install run test test-scaleout lint format check lock check-deps bench bench-peers lighthouse packages bench-import bench-mail clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml requirements.lock
	@if [ -z "$(PYTHON)" ]; then \
		echo "newsstand needs Python 3.12 or newer (looked for python3.13, python3.12, python3)."; \
		echo "Install one, e.g. 'apt-get install python3.12' or 'pyenv install 3.13', then run make again."; \
		exit 1; fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

install: $(BIN)/.installed ## Create the virtualenv and install the locked dependencies

run: install ## Migrate, load the demo publication if the database is empty, and serve it with the scheduler and the worker
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo --base-url http://127.0.0.1:$(PORT)
	@echo "Serving http://127.0.0.1:$(PORT)/ (admin at http://127.0.0.1:$(PORT)/admin/). Ctrl-C stops."
	@$(MANAGE) run_scheduler & scheduler=$$!; \
		$(MANAGE) db_worker --backend background --no-reload --verbosity 0 & worker=$$!; \
		trap 'kill $$scheduler $$worker 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install check lint $(VNU_JAR) ## Run the whole test suite on SQLite (browser and HTML-validity tests included)
	env -u DATABASE_URL -u REDIS_URL $(BIN)/pytest

test-scaleout: install $(VNU_JAR) ## Run the suite against PostgreSQL and Redis (needs DATABASE_URL and REDIS_URL)
	@case "$$DATABASE_URL" in postgres://*|postgresql://*|pgsql://*) ;; \
		*) echo "Set DATABASE_URL=postgres://user:password@host:port/name (a role that may create databases)."; exit 1;; esac
	@case "$$REDIS_URL" in redis://*|rediss://*) ;; \
		*) echo "Set REDIS_URL=redis://host:port/db (the tests clear that database)."; exit 1;; esac
	DJANGO_SETTINGS_MODULE=newsstand.settings.test $(BIN)/python manage.py check --database default
	DJANGO_SETTINGS_MODULE=newsstand.settings.test $(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest -m "not browser and not nginx"

$(VNU_JAR):
	@if command -v npm >/dev/null 2>&1; then \
		npm install --no-save --no-audit --no-fund --silent --prefix $(VENV)/vnu vnu-jar@$(VNU_VERSION); \
	else echo "npm not found: the HTML validity test will be skipped (apt-get install npm)"; fi

lint: install ## Check code style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Format code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install ## Django system checks and a check that migrations match the models
	DJANGO_SETTINGS_MODULE=newsstand.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=newsstand.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

lock: install ## Re-resolve requirements.lock from pyproject.toml (UPGRADE="pkg1 pkg2" to move those on)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --group dev --extra postgres --extra redis \
		--python-version 3.12 -o requirements.lock $(foreach p,$(UPGRADE),--upgrade-package $(p))

check-deps: install ## Fail if a pinned package has a newer patch release (asks the package index)
	$(BIN)/python .ci/dependencies.py

bench: install ## Measure a generated publication (ARTICLES=100000) served by granian and nginx, with wrk
	@$(MAKE) --no-print-directory packages PACKAGES="$(BENCH_PACKAGES)"
	$(BIN)/python -m newsstand.bench --articles $(ARTICLES)

bench-peers: install ## newsstand's uncached pages beside WordPress from Debian (POSTS=2000 each), in one run, as root
	@$(MAKE) --no-print-directory packages PACKAGES="$(BENCH_PACKAGES) $(PEER_PACKAGES)"
	$(BIN)/python -m newsstand.bench.peers --posts $(POSTS)

lighthouse: install ## Lighthouse mobile scores and bytes of each page type of the demo, served as in production (RUNS=3)
	@$(MAKE) --no-print-directory packages PACKAGES="$(BENCH_PACKAGES) chromium \
		$$(command -v npm >/dev/null || echo npm)"
	$(BIN)/python -m newsstand.bench.lighthouse --runs $(RUNS)

packages: # Install the Debian PACKAGES that are missing (as root), or say which are
	@missing=""; for package in $(PACKAGES); do \
		dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else echo "This needs:$$missing (apt-get install$$missing)"; exit 1; fi; fi

bench-import: install ## Benchmark the WordPress importer on a generated 10,000-post export
	$(BIN)/python -m newsstand.imports.bench

bench-mail: install ## Benchmark followers' email: publishing with 100,000 followers, then sending to all
	$(BIN)/python -m newsstand.followers.bench --followers $(FOLLOWERS)

clean: ## Remove the virtualenv and local data (database, media, secret key)
	rm -rf $(VENV) var
