# Two commands: `make run` (set up, index corpus/, serve http://127.0.0.1:8000) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run test setup index lint bench clean

setup: $(STAMP)

# torch first: the pinned CPU build lies on this machine's disk; letting another package pull torch
# would fetch a multi-GB CUDA build.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

index: $(STAMP)
	$(BIN)/qa index corpus/

run: $(STAMP)
	$(BIN)/qa index corpus/
	$(BIN)/qa serve --no-index --host 127.0.0.1 --port 8000

test: $(STAMP)
	$(BIN)/ruff check qa tests bench
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check qa tests bench

clean:
	rm -rf $(VENV) index/gen-* index/CURRENT
