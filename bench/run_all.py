"""Run every benchmark once, in sequence, and summarise which met their floors.

    python bench/run_all.py [--quick] [--only NAME ...]

Each benchmark is its own script (see its --help); this runner only calls them with their
defaults (datasets under ../shared/eval, beside the repository) and reports exit codes.
``--quick`` uses smaller sizes where a benchmark takes a size argument. Benchmarks whose dataset
is missing (or, for pg_vectors, whose server variable is unset) are reported as skipped, not failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"

_MN_DUMP = str(Path(tempfile.gettempdir()) / "newsweave-mn-conflicts.json")
_MN_LABELS = str(HERE / "data" / "multinews_conflict_labels.json")
# name, script, arguments (full), arguments (quick), dataset needed
BENCHES = [
    ("extraction", "extraction.py", [], ["--limit", "40"], "eval/article_extraction_scrapinghub"),
    ("ingest_throughput", "ingest_throughput.py", ["--n", "10000"], ["--n", "2000"], None),
    ("temporal", "temporal.py", [], [], "eval/temporal_tempeval3_tbaq"),
    ("ledger", "ledger.py", [], [], None),
    ("ledger_conflicts", "ledger_conflicts.py", ["--ner", "auto", "--labels", _MN_LABELS, "--out", _MN_DUMP],
     ["--ner", "auto", "--labels", _MN_LABELS, "--out", _MN_DUMP], "eval/mds_multinews_sample250"),
    ("ledger_quotes", "ledger_quotes.py", [], ["--quiet"], "eval/mds_multinews_sample250"),
    ("summarize", "summarize.py", [], ["--limit", "60", "--speed-stories", "200"], "eval/mds_multinews_sample250"),
    ("clustering", "clustering.py", [], ["--quick"], "eval/mds_multinews_sample250"),
    ("serve_load", "serve_load.py", [], ["--n", "2000", "--duration", "5"], None),
    ("scale", "scale.py", [], ["--quick"], None),
    ("pg_vectors", "pg_vectors.py", [], ["--n", "2000", "--no-check"], "env:NEWSWEAVE_TEST_PGVECTOR_URL"),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller sizes (a smoke run, floors may not apply)")
    ap.add_argument("--only", nargs="*", help="run only these benchmarks")
    args = ap.parse_args()
    results = []
    for name, script, full, quick, data in BENCHES:
        if args.only and name not in args.only:
            continue
        path = HERE / script
        if not path.exists():
            results.append((name, "missing", 0.0))
            continue
        if data and data.startswith("env:"):
            if not os.environ.get(data[4:]):
                results.append((name, f"skipped (no ${data[4:]})", 0.0))
                continue
        elif data and not (SHARED / data).exists():
            results.append((name, f"skipped (no {SHARED / data})", 0.0))
            continue
        cmd = [sys.executable, str(path), *(quick if args.quick else full)]
        print(f"\n=== {name}: {' '.join(cmd)}", flush=True)
        t0 = time.perf_counter()
        rc = subprocess.call(cmd)
        results.append((name, "ok" if rc == 0 else f"FAILED (exit {rc})", time.perf_counter() - t0))
    print("\n=== summary")
    for name, status, secs in results:
        print(f"{name:<20} {status:<40} {secs:8.1f} s")
    return 0 if all(s in ("ok",) or s.startswith("skipped") for _, s, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
