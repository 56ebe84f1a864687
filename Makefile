# make install : a virtualenv in .venv with newsweave and everything it uses
# make demo    : install, then run the main job on the bundled demo corpus
# make test    : the test suite
# Python 3.12 when there is one (on PATH or under pyenv), else python3 (>= 3.11). spaCy's wheels for
# Pythons before 3.12 are built with Cython's profiling hooks, which take the GIL in every call of
# the NER's inner loop: the same entities cost twice the CPU there (docs/evidence.md, Speed).
PY ?= $(shell for p in python3.12 $$(ls -d "$$(pyenv root 2>/dev/null)"/versions/3.12*/bin/python3.12 2>/dev/null | sort -V | tail -1) python3; do \
	"$$p" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo "$$p"; break; }; done)
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
