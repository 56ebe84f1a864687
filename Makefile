# make install : a virtualenv in .venv with newsweave and everything it uses
# make demo    : install, then run the main job on the bundled demo corpus
# make test    : the test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install demo test bench clean

$(BIN)/newsweave: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[all,dev]'
	@touch $@

install: $(BIN)/newsweave

demo: install
	rm -f demo.db
	$(BIN)/newsweave run demo/corpus --db demo.db --out demo-out

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) demo.db demo-out build *.egg-info
