# Two commands on a fresh machine: `make demo` and `make test`. Both create and use ./.venv.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
DEMO_DB := out/demo.db

.PHONY: demo test lint eval bench screenshots clean

$(PY):
	python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(VENV)/bin/storyline ingest examples/demo --db $(DEMO_DB)
	$(VENV)/bin/storyline build --db $(DEMO_DB)
	$(VENV)/bin/storyline report out/demo --db $(DEMO_DB)

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests eval bench examples
	$(VENV)/bin/ruff format --check src tests eval bench examples

test: $(STAMP) lint
	bash scripts/ensure-chromium.sh
	bash scripts/ensure-postgres.sh
	$(VENV)/bin/pytest

eval: $(STAMP)
	$(PY) eval/pipeline.py
	$(PY) eval/cluster.py
	$(PY) eval/dedup.py
	$(PY) eval/extraction.py
	$(PY) eval/metadata.py
	$(PY) eval/quotes.py
	$(PY) eval/understand.py

bench: $(STAMP)
	$(PY) bench/cluster.py

screenshots: demo
	bash scripts/ensure-chromium.sh
	$(PY) scripts/screenshots.py --db $(DEMO_DB) --out out/screenshots

clean:
	rm -rf out .pytest_cache storyline.db storyline.db-*
