"""Item 4: coverage-guided fuzzing of the readers (atheris; hypothesis when atheris is missing), bounded time."""

from __future__ import annotations

import sys

from .fuzz import run_fuzz


def test_fuzz_readers(tmp_path, full):
    res = run_fuzz(300 if full else 20, tmp_path / "fuzz")
    print(f"fuzzing ({res['engine']}): {res['executions']} executions in {res['seconds']} s, "
          f"{res['crashes']} crashes {res['reproducers']}", file=sys.stderr)
    assert res["executions"] > 100
    assert res["crashes"] == 0, res.get("log_tail") or res["reproducers"]
