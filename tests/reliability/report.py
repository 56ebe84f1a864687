"""The reliability report: run every suite and print the figures (issue 8).

    python tests/reliability/report.py            # quick sizes (what the test suite runs)
    python tests/reliability/report.py --full     # report sizes: >= 500 hostile cases, 50 kill trials, ...

Prints cases tried, crashes, lost or changed articles, kill trials, integrity failures and fuzz
executions, plus the per-suite details, and writes them as JSON with ``--json FILE``. Exit status
1 if any failure count is not 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import crash  # noqa: E402
import fuzz  # noqa: E402
import hostile  # noqa: E402
import hostile_run  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--fuzz-seconds", type=int, default=None)
    ap.add_argument("--json", metavar="FILE")
    ap.add_argument("--cheap-steps", action="store_true",
                    help="with --full: the full-size corpora, but the corpus steps on their model-free paths "
                         "(as the quick suite); the full run with models takes hours on 2 cores")
    a = ap.parse_args()
    full = a.full
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="nw-reliability-") as tmp:
        work = Path(tmp)
        try:
            h = hostile_run.run_hostile(work / "hostile", seed=a.seed, quick=not full, case_timeout=60 if full else 30,
                                        cheap=(not full) or a.cheap_steps,
                                        log=lambda m: print(m, file=sys.stderr, flush=True))
        finally:
            hostile.cleanup(work)
        hostile_run.print_report(h)
        c = crash.run_crash_trials(work / "crash", trials=50 if full else 3, n_articles=1500 if full else 300,
                                   seed=a.seed, batch_size=100 if full else 50)
        crash.print_report(c)
        inj = crash.run_injections(work / "inject", n_articles=1000 if full else 300, seed=a.seed,
                                   batch_size=100 if full else 50, quick=not full)
        print(f"fault injection: died after {inj['points']} of {inj['commits']} commits ({inj['commit_kinds']}); "
              f"integrity failures {inj['integrity_failures']}, re-run failures {inj['rerun_failures']}, results "
              f"differing from the uninterrupted run {inj['mismatches']}")
        fz = fuzz.run_fuzz(a.fuzz_seconds or (300 if full else 20), work / "fuzz")
        print(f"fuzzing ({fz['engine']}): {fz['executions']} executions in {fz['seconds']} s, {fz['crashes']} crashes")
        for r in fz["reproducers"]:
            print(f"  {r}")
    figures = {
        "hostile cases tried": h.cases,
        "crashes (incl. timeouts, over memory)": h.crashes + h.timeouts + h.memory + h.cli_tracebacks,
        "lost or changed articles": h.lost_articles + h.changed_articles + c.lost_articles + c.changed_articles
        + c.extra_articles,
        "other hostile-case failures": h.silent + h.unnamed + h.expect + h.canary + h.contract,
        "max seconds per case": round(h.max_seconds, 2),
        "max RSS per case (MB)": round(h.max_rss_mb),
        "kill -9 trials": c.trials,
        "kills": c.kills,
        "fault-injection commit points": inj["points"],
        "integrity failures": c.integrity_failures + inj["integrity_failures"],
        "results differing from an uninterrupted run": c.mismatches + inj["mismatches"] + c.export_mismatches,
        "half-written exports": c.half_written_exports,
        "re-run failures": c.rerun_failures + inj["rerun_failures"],
        "fuzz executions": fz["executions"],
        "fuzz crashes": fz["crashes"],
    }
    print(f"\nreliability report ({'full' if full else 'quick'}{', model-free steps' if a.cheap_steps else ''}, seed {a.seed}, {time.perf_counter() - t0:.0f} s)")
    for k, v in figures.items():
        print(f"  {k:<48} {v}")
    failures = (figures["crashes (incl. timeouts, over memory)"] + figures["lost or changed articles"]
                + figures["other hostile-case failures"] + figures["integrity failures"]
                + figures["results differing from an uninterrupted run"] + figures["half-written exports"]
                + figures["re-run failures"] + figures["fuzz crashes"])
    print(f"  {'failures (target 0)':<48} {failures}")
    if a.json:
        Path(a.json).write_text(json.dumps({"figures": figures, "hostile": asdict(h) | {"per_case": None},
                                            "crash": asdict(c), "injection": inj, "fuzz": fz}, indent=1, default=str))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
