# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
OUT    ?= outputs

.PHONY: run test test-all bench train gold-check report clean

$(BIN)/minsheng: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# Extract the corpus into outputs/ and score it against the gold set.
run: $(BIN)/minsheng
	$(BIN)/minsheng extract corpus/ -o $(OUT)
	$(BIN)/minsheng evaluate --gold gold/ --pred $(OUT)/records.jsonl --json $(OUT)/scores.json --report $(OUT)/report.html

# The quick suite (under 3 minutes on 2 cores, on every core: 3 min 44 s in one process as the
# suite grew, 2 min 30 s on two); test-all adds the slow end-to-end,
# training and cross-validation tests, and is what CI runs: on every core (pytest-xdist),
# since it is CPU-bound and its tests share no files (each writes under its tmp_path).
test: $(BIN)/minsheng
	$(BIN)/minsheng gold check gold/
	$(BIN)/python -m pytest -q -m "not slow" -n auto --dist worksteal

test-all: $(BIN)/minsheng
	$(BIN)/minsheng gold check gold/
	$(BIN)/python -m pytest -q -n auto --dist worksteal

bench: $(BIN)/minsheng
	$(BIN)/python benchmarks/bench.py

train: $(BIN)/minsheng
	$(BIN)/minsheng train

clean:
	rm -rf $(VENV) $(OUT)/*.jsonl $(OUT)/*.csv $(OUT)/*.parquet $(OUT)/*.duckdb $(OUT)/*.html $(OUT)/*.json
