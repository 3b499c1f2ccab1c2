# The two set-up commands: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
DEV_ENV := DJANGO_DEBUG=true

.PHONY: run test lint format messages migrations-check deploy-check clean bench loadtest wrk

$(BIN)/python:
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
	  echo "Python's venv module is missing; installing Debian's python3-venv."; \
	  rm -rf $(VENV); \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq python3-venv; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq python3-venv; fi && \
	  $(PYTHON) -m venv $(VENV); }
	@$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when a requirements file changed: a second `make run` starts at once.
$(VENV)/.runtime-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime-installed

run: $(VENV)/.runtime-installed
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(BIN)/python manage.py load_demo
	@echo "The portal: http://127.0.0.1:$(PORT)/ (Ctrl+C stops it)"
	$(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.dev-installed
	$(BIN)/pytest $(PYTEST_ARGS)

# The templates: templates/ and each app's (*/templates skips .venv, a hidden folder).
TEMPLATE_DIRS := templates */templates

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint --check $(TEMPLATE_DIRS)
	$(BIN)/djlint --lint $(TEMPLATE_DIRS)

format: $(VENV)/.dev-installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Needs GNU gettext (Debian: gettext). Compiled .mo files are committed.
messages: $(VENV)/.dev-installed
	$(DEV_ENV) $(BIN)/python manage.py makemessages -l fi -l sv --no-location --no-wrap --extension html,txt,py,xml --ignore=.venv --ignore=staticfiles --ignore=node_modules
	$(DEV_ENV) $(BIN)/python manage.py compilemessages --ignore=.venv

migrations-check: $(VENV)/.dev-installed
	$(DEV_ENV) $(BIN)/python manage.py makemigrations --check --dry-run

# Not run by CI: they need PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379.
wrk:
	@command -v wrk >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq wrk; fi; }

bench: $(VENV)/.runtime-installed wrk
	$(BIN)/python -m bench.run $(BENCH_ARGS)

loadtest: $(VENV)/.runtime-installed
	$(BIN)/python -m bench.loadtest $(LOADTEST_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
