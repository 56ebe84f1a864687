"""Item 2: kill -9 at random moments and right after commit points; nothing lost, doubled or half-written."""

from __future__ import annotations

import sys

from .crash import print_report, run_crash_trials, run_injections


def test_kill_minus_nine_trials(tmp_path, full):
    rep = run_crash_trials(tmp_path / "crash", trials=50 if full else 3, n_articles=1500 if full else 300,
                           batch_size=100 if full else 50)
    print_report(rep, sys.stderr)
    assert rep.trials == (50 if full else 3) and rep.kills >= rep.trials
    assert rep.articles > 0
    assert rep.failure_count == 0, rep.details


def test_die_after_each_commit(tmp_path, full):
    res = run_injections(tmp_path / "inject", n_articles=1000 if full else 300, batch_size=100 if full else 50,
                         quick=not full)
    print(f"fault injection: {res['points']} commit points of {res['commits']} ({res['commit_kinds']}), "
          f"died {res['died']}, integrity failures {res['integrity_failures']}, re-run failures "
          f"{res['rerun_failures']}, differing results {res['mismatches']}", file=sys.stderr)
    assert res["points"] >= 1 and res["died"] == res["points"]
    assert res["integrity_failures"] == res["rerun_failures"] == res["mismatches"] == 0, res["details"]
