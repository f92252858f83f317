# dossier: `make run` extracts the bundled example and reads the shipped VOA stories across reports
# (no ../shared needed); `make run-fnc` adds the FNC-1 example corpus from ../shared; `make test` runs the checks.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXAMPLE := examples/iran_missiles_ap.txt
VOA := examples/voa_stories.jsonl
EXAMPLE_DB := examples/example.db
# The optional FNC-1 example corpus: built from ../shared, never committed (examples/SOURCES.md).
SHARED := ../shared
CORPUS := examples/corpus.jsonl
FNC_DB := examples/fnc_example.db
HIJACKING := Militants attacked the Jaffar Express train in Balochistan
HIJACKING_STORY := Baloch militants hijacked the Jaffar Express train in Balochistan, Pakistan
CHARGE := Pakistan says the train attack was planned and directed from Afghanistan

.PHONY: install run run-fnc exports serve test lint format bench bench-serve clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Reads only what the repository ships: the seed and the public-domain VOA stories (no ../shared).
run: install
	@$(BIN)/dossier extract $(EXAMPLE) --published 2024-09-07 --format json -o $(EXAMPLE:.txt=.json)
	@$(BIN)/dossier report $(EXAMPLE:.txt=.json)
	@echo "JSON written to $(EXAMPLE:.txt=.json)"
	@rm -f $(EXAMPLE_DB) $(EXAMPLE_DB)-wal $(EXAMPLE_DB)-shm
	@$(BIN)/dossier ingest $(EXAMPLE) --published 2024-09-07 --db $(EXAMPLE_DB)
	@$(BIN)/dossier ingest $(VOA) --db $(EXAMPLE_DB)
	@printf '\n# Across reports: the seed and %s Voice of America stories (%s)\n\n## Copies\n' \
		"$$(grep -c . $(VOA))" $(VOA)
	@$(BIN)/dossier copies --db $(EXAMPLE_DB)
	@printf '\n## Claims that at least two distinct sources assert or deny\n'
	@$(BIN)/dossier claims --db $(EXAMPLE_DB) --min-sources 2
	@printf '\n## The Pakistan train hijacking (VOA, 11-14 March 2025): its claims, closest first\n'
	@$(BIN)/dossier claims --db $(EXAMPLE_DB) --query "$(HIJACKING_STORY)" --limit 12
	@printf '\n## The attack, source by source: "%s"\n\n' "$(HIJACKING)"
	@$(BIN)/dossier claims --db $(EXAMPLE_DB) --query "$(HIJACKING)" --limit 1 --format board
	@printf '\n## Pakistan'"'"'s charge and its denials, source by source: "%s"\n\n' "$(CHARGE)"
	@$(BIN)/dossier claims --db $(EXAMPLE_DB) --query "$(CHARGE)" --limit 1 --format board
	@printf '\n## The contradicted claims, source by source\n\n'
	@$(BIN)/dossier claims --db $(EXAMPLE_DB) --min-sources 2 --contradicted --format board
	@printf 'Stored in %s: the seed (%s) and the %s VOA stories of\n' $(EXAMPLE_DB) $(EXAMPLE) "$$(grep -c . $(VOA))"
	@printf '%s (public domain; credit: Voice of America, voanews.com; provenance in\n' $(VOA)
	@printf 'examples/SOURCES.md), with their extractions, copies and claims. Explore it:\n'
	@printf '  dossier claims --db %s --query "..." --format board\n' $(EXAMPLE_DB)
	@if [ -f $(SHARED)/datasets/fnc1/train_bodies.csv ]; then \
		echo "../shared is beside the checkout: 'make run-fnc' reads the FNC-1 example corpus too."; fi
	@printf '\nBrowse it in a browser (claims, boards, articles, sources) at http://127.0.0.1:8000/:\n'
	@printf '  dossier serve --db %s      (or: make serve)\n' $(EXAMPLE_DB)

$(CORPUS): examples/corpus.json scripts/build_example_corpus.py
	$(PYTHON) scripts/build_example_corpus.py --fnc1 $(SHARED)/datasets/fnc1 -o $@

# Optional: the 18 FNC-1 reports of examples/corpus.json, built from ../shared into their own database.
run-fnc: install
	@test -f $(SHARED)/datasets/fnc1/train_bodies.csv || \
		{ echo "run-fnc needs $(SHARED) beside the checkout (the FNC-1 texts are never committed)"; exit 2; }
	@$(MAKE) --no-print-directory $(CORPUS)
	@rm -f $(FNC_DB) $(FNC_DB)-wal $(FNC_DB)-shm
	@$(BIN)/dossier ingest $(EXAMPLE) --published 2024-09-07 --db $(FNC_DB)
	@$(BIN)/dossier ingest $(CORPUS) --db $(FNC_DB)
	@printf '\n# Across reports: the seed and examples/corpus.json (%s)\n\n## Copies\n' $(FNC_DB)
	@$(BIN)/dossier copies --db $(FNC_DB)
	@printf '\n## Claims that at least two distinct sources assert or deny\n'
	@$(BIN)/dossier claims --db $(FNC_DB) --min-sources 2
	@printf '\n## The contradicted claims, source by source\n\n'
	@$(BIN)/dossier claims --db $(FNC_DB) --min-sources 2 --contradicted --format board
	@printf '\n## A claim found by its meaning: "Israel opened dams and flooded Gaza"\n\n'
	@$(BIN)/dossier claims --db $(FNC_DB) --query "Israel opened dams and flooded Gaza" --limit 1 --format board
	@printf '\nStored in %s: the seed and the %s FNC-1 reports of examples/corpus.json.\n' \
		$(FNC_DB) "$$(grep -c . $(CORPUS))"

# The exports for other tools (STIX 2.1, GEXF, GraphML, Parquet, Datasette metadata) from the example
# database that 'make run' stores.
EXPORTS := examples/exports
exports: install
	@test -f $(EXAMPLE_DB) || $(MAKE) --no-print-directory run
	@$(BIN)/dossier export --db $(EXAMPLE_DB) --format stix -o $(EXPORTS)/bundle.json
	@$(BIN)/dossier export --db $(EXAMPLE_DB) --format gexf -o $(EXPORTS)/evidence.gexf
	@$(BIN)/dossier export --db $(EXAMPLE_DB) --format graphml -o $(EXPORTS)/evidence.graphml
	@$(BIN)/dossier export --db $(EXAMPLE_DB) --format parquet -o $(EXPORTS)/parquet
	@$(BIN)/dossier datasette-metadata --db $(EXAMPLE_DB) -o $(EXPORTS)/metadata.json
	@echo "Browse it: $(BIN)/datasette $(EXAMPLE_DB) -m $(EXPORTS)/metadata.json"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint
	$(BIN)/python -m pytest

# The example database in a browser, read-only, at http://127.0.0.1:8000/ (`make run` builds it).
serve: install
	$(BIN)/dossier serve --db $(EXAMPLE_DB)

bench: install
	$(BIN)/python bench/speed.py

# The web server under load: bench/serve.py starts `dossier serve` and measures it from a second process.
bench-serve: install
	$(BIN)/python bench/serve.py --db $(EXAMPLE_DB)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist src/*.egg-info
