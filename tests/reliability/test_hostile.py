"""Item 1: the generated hostile corpus through the pipeline against a store of good articles."""

from __future__ import annotations

import os
import sys

import pytest

from .hostile_run import print_report, run_hostile

# ~390 cases through the whole pipeline take longer than CI's budget on 2 busy cores; the reader-
# level hostile corpus (tests/ingest/test_ingest_hostile.py, 209 cases) runs in every suite, and
# this one runs with NEWSWEAVE_RELIABILITY=quick|full or through tests/reliability/report.py.
pytestmark = pytest.mark.skipif(not os.environ.get("NEWSWEAVE_RELIABILITY"),
                                reason="set NEWSWEAVE_RELIABILITY=quick (or full) to run the pipeline-level hostile corpus")


def test_hostile_corpus_breaks_nothing(tmp_path, full):
    from .hostile import cleanup

    try:
        rep = run_hostile(tmp_path / "hostile", quick=not full, case_timeout=60 if full else 30)
    finally:
        cleanup(tmp_path)
    print_report(rep, sys.stderr)
    assert rep.cases >= (500 if full else 300)
    assert len(rep.by_category) >= 15
    assert rep.stored > 0 and rep.rejected > 0  # the corpus exercises both outcomes
    assert rep.failure_count == 0, rep.failed_cases
