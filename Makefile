# dossier: `make run` extracts the bundled example, `make test` runs the checks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXAMPLE := examples/iran_missiles_ap.txt
CORPUS := examples/corpus.jsonl
EXAMPLE_DB := examples/example.db

.PHONY: install run test lint format bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(CORPUS): examples/corpus.json scripts/build_example_corpus.py
	$(PYTHON) scripts/build_example_corpus.py -o $@

run: install $(CORPUS)
	@$(BIN)/dossier extract $(EXAMPLE) --published 2024-09-07 --format json -o $(EXAMPLE:.txt=.json)
	@$(BIN)/dossier report $(EXAMPLE:.txt=.json)
	@echo "JSON written to $(EXAMPLE:.txt=.json)"
	@rm -f $(EXAMPLE_DB) $(EXAMPLE_DB)-wal $(EXAMPLE_DB)-shm
	@$(BIN)/dossier ingest $(EXAMPLE) --published 2024-09-07 --db $(EXAMPLE_DB)
	@$(BIN)/dossier ingest $(CORPUS) --db $(EXAMPLE_DB)
	@printf '\n# Across reports: the seed and examples/corpus.json (%s)\n\n## Copies\n' $(EXAMPLE_DB)
	@$(BIN)/dossier copies --db $(EXAMPLE_DB)
	@printf '\n## Claims that at least two distinct sources assert or deny\n'
	@$(BIN)/dossier claims --db $(EXAMPLE_DB) --min-sources 2
	@printf '\n## The contradicted claims, source by source\n\n'
	@$(BIN)/dossier claims --db $(EXAMPLE_DB) --min-sources 2 --contradicted --format board
	@printf '\n## A claim found by its meaning: "Israel opened dams and flooded Gaza"\n\n'
	@$(BIN)/dossier claims --db $(EXAMPLE_DB) --query "Israel opened dams and flooded Gaza" --limit 1 --format board

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/speed.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist src/*.egg-info
