"""Scale: wall time, articles/s, peak memory and store size vs corpus size, local vs Dask.

    python bench/scale.py [--sizes 1000,10000,30000,100000] [--executors local,dask] [--workers 2]
                          [--steps] [--quick] [--no-check] [--replot]

For every size it writes a generated corpus (``newsweave.gen``: events, outlets, wire reprints,
German articles, chrome; one JSON Lines file, cached under ``bench/results/data/``), then for
every executor runs ``pipeline.ingest`` (read, extract, clean, language, MinHash, reprint
assignment, store) into a fresh SQLite file in a *separate process*, sampling the resident
memory of that process **and all its children** (the Dask scheduler/worker processes) every
0.1 s with psutil; the peak of that sum is reported. CPU seconds are summed over the whole
process tree too. ``--steps`` also runs the corpus steps (stories, analyze, brief) one after the
other and reports each one's wall time and the CPU seconds of the whole process tree (driver,
Dask workers, forked NER workers), and whether the local and Dask stores hold the same stories,
ledgers and briefs; they cost far more per article than ingestion, so use it with small sizes
(results then go to ``bench/results/scale-steps.json``).

Prints a table, the per-article cost at each size, a linear fit (time = a + b * n) and the
ratio of per-article cost at the largest vs. the 10k size (1.0 = perfectly linear); writes
``bench/results/scale.json`` and a plot ``bench/results/scale.png`` (time vs size). The load
average is printed before and after every run: the machine is shared, so wall times measure the
neighbours too, and the floors in ``bench/baselines/scale.json`` (checked unless ``--no-check``;
exit status 1 below them) use CPU time of the whole process tree.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
BASELINE = ROOT / "bench" / "baselines" / "scale.json"


def _child(args: argparse.Namespace) -> int:
    """In the subprocess: one ingest (and optionally the corpus steps); one JSON line of figures."""
    from newsweave import pipeline
    from newsweave.run.executor import make_executor
    from newsweave.settings import Settings
    from newsweave.store.sqlite import SQLiteStore

    settings = Settings.load(environ={})
    t_start = time.perf_counter()
    ex = make_executor(args.executor, settings, workers=args.workers)
    t_ready = time.perf_counter()
    store = SQLiteStore(args.db)
    rep = pipeline.ingest([args.input], store, settings, executor=ex)
    t_ingest = time.perf_counter()
    steps_s = None
    steps: dict = {}
    if args.steps:
        import psutil

        me = psutil.Process()

        def tree_cpu() -> float:
            t = me.cpu_times()  # children_*: finished children (forked NER workers)
            total = t.user + t.system + t.children_user + t.children_system
            for c in me.children(recursive=True):  # live ones (Dask workers)
                try:
                    ct = c.cpu_times()
                    total += ct.user + ct.system
                except psutil.Error:
                    pass
            return total

        pipeline._load_steps()
        for name in [n for n in args.step_names.split(",") if n in dict(pipeline.CORPUS_STEPS)]:
            w0, c0 = time.perf_counter(), tree_cpu()
            stats = pipeline.update(store, settings, executor=ex, only=[name])[name]
            steps[name] = {"wall_s": round(time.perf_counter() - w0, 2), "cpu_s_tree": round(tree_cpu() - c0, 2),
                           "stats": stats}
        steps_s = time.perf_counter() - t_ingest
    n = store.count_articles()
    store.close()
    ex.close()
    print(json.dumps({"startup_s": t_ready - t_start, "ingest_s": t_ingest - t_ready, "steps_s": steps_s,
                      "steps": steps,
                      "read": rep.read, "stored": rep.stored, "reprints": rep.reprints, "rejected": rep.rejected,
                      "articles": n, "stage_cpu_s": rep.stage_cpu_s}))
    return 0


class TreeSampler:
    """Peak RSS (sum over a process and its descendants) and CPU seconds of the whole tree."""

    def __init__(self, pid: int, every: float = 0.1):
        import psutil

        self.root = psutil.Process(pid)
        self.every = every
        self.peak = 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            rss = 0
            for p in procs:
                try:
                    rss += p.memory_info().rss
                    t = p.cpu_times()
                    self.cpu[p.pid] = t.user + t.system
                except psutil.Error:
                    continue
            self.peak = max(self.peak, rss)
            self._stop.wait(self.every)

    def __enter__(self) -> "TreeSampler":
        self._t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._t.join()


def corpus(n: int, seed: int) -> Path:
    from newsweave.gen import generate, write_corpus

    d = RESULTS / "data" / f"gen-{n}-s{seed}"
    if not (d / "articles.jsonl").exists():
        d.mkdir(parents=True, exist_ok=True)
        write_corpus(generate(n, seed=seed), d, fmt="jsonl")
    return d / "articles.jsonl"


def run_one(n: int, executor: str, workers: int, seed: int, steps: str) -> dict:
    data = corpus(n, seed)
    db = RESULTS / f"scale-{n}-{executor}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    cmd = [sys.executable, __file__, "--child", "--input", str(data), "--db", str(db), "--executor", executor,
           "--workers", str(workers)] + (["--steps", "--step-names", steps] if steps else [])
    load0 = os.getloadavg()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeSampler(proc.pid) as s:
        out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{executor} n={n} failed:\n{err[-3000:]}")
    fig = json.loads(out.strip().splitlines()[-1])
    size = sum(Path(f"{db}{x}").stat().st_size for x in ("", "-wal") if Path(f"{db}{x}").exists())
    ingest_s = fig["ingest_s"]
    row = {
        "n": n, "executor": executor, "workers": workers if executor == "dask" else 1,
        "wall_s": round(wall, 2), "ingest_s": round(ingest_s, 2), "startup_s": round(fig["startup_s"], 2),
        "steps_s": None if fig["steps_s"] is None else round(fig["steps_s"], 2),
        "articles_per_s": round(n / ingest_s, 1), "ms_per_article": round(1000 * ingest_s / n, 3),
        "cpu_s_tree": round(sum(s.cpu.values()), 1),
        "cpu_ms_per_article": round(1000 * sum(s.cpu.values()) / n, 3), "peak_rss_mb": round(s.peak / 2**20, 1),
        "store_mb": round(size / 2**20, 1), "store_bytes_per_article": round(size / max(1, fig["articles"])),
        "stored": fig["stored"], "reprints": fig["reprints"], "rejected": fig["rejected"],
        "load_before": round(load0[0], 2), "load_after": round(os.getloadavg()[0], 2),
        # CPU milliseconds per article of each ingest stage (tasks measure themselves; less load-sensitive)
        "stage_cpu_ms_per_article": {k: round(1000 * v / n, 3) for k, v in fig["stage_cpu_s"].items()},
        "steps": fig.get("steps") or {},
        "db": str(db),
    }
    return row


def same_outputs(db_a: str, db_b: str) -> dict[str, bool]:
    """Do two stores hold the same stories, ledgers and briefs (brief timestamps aside)?"""
    from newsweave.store.sqlite import SQLiteStore

    def snap(path: str) -> dict:
        with SQLiteStore(path) as st:
            return {"stories": list(st.iter_docs("story")), "ledgers": list(st.iter_docs("ledger")),
                    "briefs": [(k, {x: y for x, y in d.items() if x != "created_at"})
                               for k, d in st.iter_docs("brief")]}

    a, b = snap(db_a), snap(db_b)
    return {k: a[k] == b[k] for k in a}


def fit(rows: list[dict]) -> tuple[float, float]:
    """Least-squares time = a + b * n over the rows."""
    xs = [r["n"] for r in rows]
    ys = [r["ingest_s"] for r in rows]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 0.0
    return my - b * mx, b


def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax, ax2) = plt.subplots(1, 2, figsize=(11, 4.2))
    for ex, style, color in (("local", "o-", "C0"), ("dask", "s--", "C1")):
        rs = sorted((r for r in rows if r["executor"] == ex), key=lambda r: r["n"])
        if not rs:
            continue
        label = ex if ex == "local" else f"dask ({rs[0]['workers']} workers)"
        ax.plot([r["n"] for r in rs], [r["ingest_s"] for r in rs], style, color=color, label=label)
        ax2.plot([r["n"] for r in rs], [r["ms_per_article"] for r in rs], style, color=color, label=f"{label}: wall")
        ax2.plot([r["n"] for r in rs], [1000 * r["cpu_s_tree"] / r["n"] for r in rs], style, color=color, alpha=0.45,
                 linewidth=1, label=f"{label}: CPU (process tree)")
        if len(rs) >= 2:
            a, b = fit(rs)
            xs = [0, max(r["n"] for r in rs)]
            ax.plot(xs, [a + b * x for x in xs], ":", color="grey", linewidth=1)
    ax.set_xlabel("articles")
    ax.set_ylabel("ingest wall time (s)")
    ax.set_title("time vs corpus size (dotted: linear fit)")
    ax.legend()
    ax.grid(alpha=0.3)
    ax2.set_xscale("log")
    ax2.set_xlabel("articles (log)")
    ax2.set_ylabel("ms per article")
    ax2.set_ylim(bottom=0)
    ax2.set_title("per-article cost (flat = linear; wall time follows the load)")
    ax2.legend()
    ax2.grid(alpha=0.3)
    loads = [r["load_before"] for r in rows] + [r["load_after"] for r in rows]
    fig.suptitle(f"newsweave ingest, {os.cpu_count()} cores shared (load average {min(loads):.1f}-{max(loads):.1f})")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def check(rows: list[dict]) -> list[str]:
    base = json.loads(BASELINE.read_text())
    problems = []
    for r in rows:
        # wall time on a shared machine measures the neighbours: the floor is on articles per CPU-second
        floor = base["min_articles_per_cpu_s"].get(r["executor"])
        rate = 1000 / r["cpu_ms_per_article"]
        if r["n"] >= 10000 and floor and rate < floor:
            problems.append(f"{r['executor']} n={r['n']}: {rate:.0f} articles per CPU-second < floor {floor}")
        cap = base["max_peak_rss_mb"].get(r["executor"])
        if cap and r["peak_rss_mb"] > cap:
            problems.append(f"{r['executor']} n={r['n']}: peak {r['peak_rss_mb']} MB > cap {cap}")
        if r["store_bytes_per_article"] > base["max_store_bytes_per_article"]:
            problems.append(f"n={r['n']}: {r['store_bytes_per_article']} store bytes/article > "
                            f"{base['max_store_bytes_per_article']}")
    for ex in ("local", "dask"):
        rs = {r["n"]: r for r in rows if r["executor"] == ex}
        if 10000 in rs and len(rs) > 1:
            big = rs[max(rs)]
            ratio = big["cpu_ms_per_article"] / rs[10000]["cpu_ms_per_article"]
            if ratio > base["max_cpu_cost_ratio_largest_vs_10k"]:
                problems.append(f"{ex}: CPU per article at n={big['n']} is {ratio:.2f}x that at 10k "
                                f"(> {base['max_cpu_cost_ratio_largest_vs_10k']}: not linear)")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,30000,100000")
    ap.add_argument("--executors", default="local,dask")
    ap.add_argument("--workers", type=int, default=2, help="Dask workers (default 2)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--steps", action="store_true", help="also run the corpus steps (slow; small sizes)")
    ap.add_argument("--step-names", default="stories,analyze,brief",
                    help="with --steps: which corpus steps to run, in this order (default all three)")
    ap.add_argument("--quick", action="store_true", help="sizes 1000,10000 only (a smoke run, ~2 minutes)")
    ap.add_argument("--no-check", dest="check", action="store_false",
                    help="do not exit 1 when below the floors in bench/baselines/scale.json")
    ap.add_argument("--replot", action="store_true", help="redraw the table and plot from bench/results/scale.json")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--executor", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return _child(args)
    sys.path.insert(0, str(ROOT / "src"))
    RESULTS.mkdir(parents=True, exist_ok=True)
    sizes = [int(x) for x in ("1000,10000" if args.quick else args.sizes).split(",")]
    rows = []
    if args.replot:
        rows = json.loads((RESULTS / "scale.json").read_text())["rows"]
        for r in rows:
            r.setdefault("cpu_ms_per_article", round(1000 * r["cpu_s_tree"] / r["n"], 3))
        sizes = []
    else:
        print(f"{os.cpu_count()} cores; load average at start {os.getloadavg()}", flush=True)
    for n in sizes:
        corpus(n, args.seed)
        done = {}
        for ex in args.executors.split(","):
            r = run_one(n, ex, args.workers, args.seed, args.step_names if args.steps else "")
            rows.append(r)
            done[ex] = r
            if args.steps and len(done) == 2:
                r["same_as_local"] = same_outputs(done["local"]["db"], r["db"]) if "local" in done else None
                print(f"  same stories/ledgers/briefs as local: {r['same_as_local']}", flush=True)
            print(f"  {ex:<5} n={n:<7} ingest {r['ingest_s']:>8.2f} s  {r['articles_per_s']:>7.1f} art/s  "
                  f"peak {r['peak_rss_mb']:>7.1f} MB  store {r['store_mb']:>7.1f} MB  "
                  f"(load {r['load_before']}->{r['load_after']})", flush=True)
    hdr = ("executor", "articles", "wall s", "ingest s", "art/s", "ms/art", "tree CPU s", "CPU ms/art", "peak MB", "store MB",
           "B/art", "reprints", "load")
    print("\n" + " | ".join(hdr))
    print(" | ".join("---" for _ in hdr))
    for r in sorted(rows, key=lambda r: (r["executor"], r["n"])):
        ex = r["executor"] + (f" ({r['workers']}w)" if r["executor"] == "dask" else "")
        print(" | ".join(str(x) for x in (ex, r["n"], r["wall_s"], r["ingest_s"], r["articles_per_s"],
                                           r["ms_per_article"], r["cpu_s_tree"], r["cpu_ms_per_article"],
                                           r["peak_rss_mb"], r["store_mb"],
                                           r["store_bytes_per_article"], r["reprints"],
                                           f"{r['load_before']}->{r['load_after']}")))
        print("    CPU ms/article by stage: " + ", ".join(f"{k} {v}" for k, v in r["stage_cpu_ms_per_article"].items()))
        if r["steps_s"] is not None:
            print(f"    corpus steps: {r['steps_s']} s ({1000 * r['steps_s'] / r['n']:.2f} ms/article)")
            for name, st in (r.get("steps") or {}).items():
                print(f"      {name:<8} wall {st['wall_s']:>8.2f} s  CPU (tree) {st['cpu_s_tree']:>8.2f} s  "
                      f"{json.dumps({k: v for k, v in st['stats'].items() if k != 'seconds'})}")
    summary = {}
    for ex in sorted({r["executor"] for r in rows}, reverse=True):
        rs = sorted((r for r in rows if r["executor"] == ex), key=lambda r: r["n"])
        if len(rs) >= 2:
            a, b = fit(rs)
            by = {r["n"]: r for r in rs}
            ratio = by[max(by)]["ms_per_article"] / by[10000]["ms_per_article"] if 10000 in by else None
            cratio = by[max(by)]["cpu_ms_per_article"] / by[10000]["cpu_ms_per_article"] if 10000 in by else None
            summary[ex] = {"fit_a_s": round(a, 2), "fit_ms_per_article": round(1000 * b, 3),
                           "wall_cost_ratio_largest_vs_10k": None if ratio is None else round(ratio, 2),
                           "cpu_cost_ratio_largest_vs_10k": None if cratio is None else round(cratio, 2)}
            print(f"{ex}: time = {a:.2f} s + {1000 * b:.3f} ms x n" +
                  (f"; per-article cost at n={max(by)} vs 10k: wall {ratio:.2f}x, CPU {cratio:.2f}x" if ratio else ""))
    name = "scale-steps" if args.steps else "scale"
    (RESULTS / f"{name}.json").write_text(json.dumps({"rows": rows, "fit": summary}, indent=1))
    plot(rows, RESULTS / f"{name}.png")
    print(f"wrote {RESULTS / (name + '.json')} and {RESULTS / (name + '.png')}")
    if args.check:
        problems = check(rows)
        for p in problems:
            print("BELOW FLOOR:", p)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
