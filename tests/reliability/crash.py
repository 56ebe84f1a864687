"""Crash safety: ``kill -9`` the main job at random moments; nothing may be lost, doubled or half-written.

One *reference* run of ``newsweave run CORPUS`` goes uninterrupted. Each *trial* (seeded) starts
the same command on a fresh database, sends ``SIGKILL`` after a random delay drawn over the
reference run's duration (some trials kill twice: the first re-run is killed again), then checks

* ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` on the killed database;
* the export folder holds no half-written file (each file is a complete old or new version:
  ``articles.jsonl`` parses line by line, ``stories.json`` parses);

then re-runs the command to completion and compares with the reference: every article's id, text,
title, published, outlet, reprint_of, its removed spans, the rejects, and the story membership
(the set of article-id sets of the live story documents) must be equal, and the re-run's export
must equal the reference export.

The corpus comes from ``newsweave.gen`` (CONTRACTS.md) when it is installed, else from a small
built-in generator with outlets' recurring chrome lines and wire reprints, so the outlet learning
and the reprint re-pointing that cross batch boundaries are exercised. ``[ingest] batch_size`` is
set small so a run has many commit points.

    python tests/reliability/crash.py [--trials 50] [--articles 3000] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import hostile  # noqa: E402


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (env.get("PYTHONPATH"), str(REPO / "src")) if p)
    env.setdefault("OMP_NUM_THREADS", "1")
    return env


def _simple_corpus(n: int, seed: int) -> list[dict]:
    """Fictional articles: outlets with recurring chrome, ~15% wire reprints, a few shared stories."""
    rng = random.Random(seed)
    chrome = {o: [f"Subscribe to {o} for the morning briefing.", f"{o} - all rights reserved"] for o in hostile.OUTLETS}
    # promo lines that recur only a few times per outlet: whether one counts as chrome depends on
    # the counts stored by earlier batches, so a crash that loses those counts changes later cleaning
    promos = {o: [f"Read next: the {w} of {p}" for w in ("harbour", "tram", "ferry", "library", "barrier")
                  for p in hostile.PLACES] for o in hostile.OUTLETS}
    items: list[dict] = []
    for i in range(n):
        outlet = hostile.OUTLETS[i % len(hostile.OUTLETS)]
        day = 2 + (i * 26) // max(n, 1)
        if items and rng.random() < 0.15:
            # a wire copy; sometimes dated before the copy that arrived first, which re-points the older one
            orig = rng.choice(items[-300:])
            body = orig["body"].split("\n\n")
            body[-1] = body[-1] + f" Edited by desk {rng.randrange(99)}."
            body = "\n\n".join(body)
            title = "Wire: " + orig["title"]
            if rng.random() < 0.5:
                day = int(orig["published"][-2:]) - 1
        else:
            title, body = hostile.article_text(rng, 4)
        items.append({
            "id": f"c{i:05d}", "outlet": outlet, "title": title, "published": f"2025-02-{day:02d}",
            "language": "en", "url": f"https://{outlet.split()[-1].lower()}.example/{i}", "body": body,
            "text": f"{chrome[outlet][0]}\n\n{body}\n\n{rng.choice(promos[outlet])}\n\n{chrome[outlet][1]}",
        })
    for it in items:
        del it["body"]
    return items


def make_corpus(out: Path, n: int, seed: int, files: int = 10) -> str:
    """Write the corpus as ``files`` JSONL files; returns the generator used."""
    out.mkdir(parents=True, exist_ok=True)
    try:
        from newsweave import gen  # type: ignore[attr-defined]

        import datetime as dt

        full = list(gen.generate(n, seed=seed))
        by_id = {it["id"]: it for it in full}
        rng = random.Random(seed)
        for it in full:
            # some wire copies dated a day before the copy that arrived first: that re-points stored articles
            orig = by_id.get(it.get("reprint_of") or "")
            if orig is not None and orig.get("published") and rng.random() < 0.3:
                day = dt.date.fromisoformat(orig["published"][:10]) - dt.timedelta(days=1)
                it["published"] = day.isoformat()
        items = [{k: it[k] for k in ("id", "url", "outlet", "title", "published", "text", "language")} for it in full]
        used = "newsweave.gen"
    except ImportError:
        items = _simple_corpus(n, seed)
        used = "built-in"
    per = -(-len(items) // files)
    for f in range(files):
        chunk = items[f * per:(f + 1) * per]
        lines = [json.dumps(x, ensure_ascii=False) for x in chunk]
        lines.insert(len(lines) // 2, '{"id": "broken line')  # every file has one reject
        (out / f"part-{f:03d}.jsonl").write_text("".join(x + "\n" for x in lines))
    return used


def snapshot(db: str) -> dict:
    """What must equal the uninterrupted run: articles, removed spans, rejects, story membership."""
    c = sqlite3.connect(db)
    try:
        arts = [tuple(r) for r in c.execute(
            "SELECT id, text, title, published, outlet, reprint_of, content_hash FROM articles ORDER BY id")]
        removed = [tuple(r) for r in c.execute('SELECT article_id, n, start, "end", text, reason FROM removed ORDER BY article_id, n')]
        rejects = sorted(tuple(r) for r in c.execute("SELECT source, record, code, message FROM rejects"))
        stories = []
        have_docs = c.execute("SELECT 1 FROM sqlite_master WHERE name = 'docs'").fetchone()
        for (data,) in (c.execute("SELECT data FROM docs WHERE kind = 'story'") if have_docs else []):
            d = json.loads(data)
            if "merged_into" not in d:
                stories.append(tuple(sorted(d.get("article_ids", []))))
        return {"articles": arts, "removed": removed, "rejects": rejects, "stories": sorted(stories)}
    finally:
        c.close()


def read_export(out: Path) -> dict:
    """Export files as parsed data; raises ValueError on a half-written file."""
    got: dict = {}
    p = out / "articles.jsonl"
    if p.exists():
        got["articles"] = sorted((json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line),
                                 key=lambda d: d["id"])
    p = out / "stories.json"
    if p.exists():
        stories = json.loads(p.read_text(encoding="utf-8"))
        got["stories"] = sorted(tuple(sorted(s.get("article_ids", []))) for s in stories)
    return got


@dataclass
class CrashReport:
    trials: int = 0
    kills: int = 0
    killed_before_done: int = 0
    integrity_failures: int = 0
    half_written_exports: int = 0
    rerun_failures: int = 0
    mismatches: int = 0
    lost_articles: int = 0
    extra_articles: int = 0
    changed_articles: int = 0
    story_mismatches: int = 0
    export_mismatches: int = 0
    stale_temp_files: int = 0
    articles: int = 0
    stories: int = 0
    reference_seconds: float = 0.0
    total_seconds: float = 0.0
    generator: str = ""
    details: list = field(default_factory=list)

    @property
    def failure_count(self) -> int:
        return (self.integrity_failures + self.half_written_exports + self.rerun_failures + self.mismatches
                + self.export_mismatches)


def _cmd(corpus: Path, db: Path, out: Path, cfg: Path) -> list[str]:
    return [sys.executable, "-m", "newsweave", "run", str(corpus), "--db", str(db), "--out", str(out),
            "--config", str(cfg), "--quiet"]


def _integrity(db: Path) -> str:
    c = sqlite3.connect(db)
    try:
        ok = c.execute("PRAGMA integrity_check").fetchone()[0]
        fk = c.execute("PRAGMA foreign_key_check").fetchall()
        return "ok" if ok == "ok" and not fk else f"{ok}; {len(fk)} foreign-key violations"
    finally:
        c.close()


def run_crash_trials(work: Path, *, trials: int = 50, n_articles: int = 3000, seed: int = 0, batch_size: int = 100,
                     timeout: float = 600, log=None) -> CrashReport:
    rep = CrashReport()
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    rep.generator = make_corpus(corpus, n_articles, seed)
    cfg = work / "crash.toml"
    cfg.write_text(f"[ingest]\nbatch_size = {batch_size}\n")
    env = _env()
    t0 = time.perf_counter()
    ref_db, ref_out = work / "ref.db", work / "ref-out"
    subprocess.run(_cmd(corpus, ref_db, ref_out, cfg), check=True, env=env, timeout=timeout, capture_output=True)
    rep.reference_seconds = time.perf_counter() - t0
    ref = snapshot(str(ref_db))
    ref_export = read_export(ref_out)
    rep.articles, rep.stories = len(ref["articles"]), len(ref["stories"])
    ref_ids = {a[0]: a for a in ref["articles"]}
    rng = random.Random(seed)
    t_all = time.perf_counter()
    for t in range(trials):
        db, out = work / f"t{t}.db", work / f"t{t}-out"
        kills = 2 if rng.random() < 0.2 else 1
        problems: list[str] = []
        for k in range(kills):
            p = subprocess.Popen(_cmd(corpus, db, out, cfg), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            delay = rng.uniform(0.05, rep.reference_seconds)
            try:
                p.wait(delay)
            except subprocess.TimeoutExpired:
                p.send_signal(signal.SIGKILL)
                p.wait()
                rep.killed_before_done += 1
            rep.kills += 1
            if db.exists():
                verdict = _integrity(db)
                if verdict != "ok":
                    rep.integrity_failures += 1
                    problems.append(f"integrity after kill {k}: {verdict}")
            try:
                read_export(out)
            except (ValueError, KeyError) as exc:
                rep.half_written_exports += 1
                problems.append(f"half-written export after kill {k}: {exc}")
        done = subprocess.run(_cmd(corpus, db, out, cfg), env=env, timeout=timeout, capture_output=True, text=True)
        if done.returncode != 0:
            rep.rerun_failures += 1
            problems.append(f"re-run exit {done.returncode}: {done.stderr[-400:]}")
        else:
            got = snapshot(str(db))
            if got != ref:
                rep.mismatches += 1
                ids = {a[0]: a for a in got["articles"]}
                lost = set(ref_ids) - set(ids)
                extra = set(ids) - set(ref_ids)
                changed = [i for i in set(ids) & set(ref_ids) if ids[i] != ref_ids[i]]
                rep.lost_articles += len(lost)
                rep.extra_articles += len(extra)
                rep.changed_articles += len(changed)
                if got["stories"] != ref["stories"]:
                    rep.story_mismatches += 1
                parts = [k for k in ref if got[k] != ref[k]]
                problems.append(f"differs from the uninterrupted run in {parts}: lost {len(lost)}, extra {len(extra)}, "
                                f"changed {len(changed)} (e.g. {sorted(changed)[:3]})")
            try:
                if read_export(out) != ref_export:
                    rep.export_mismatches += 1
                    problems.append("re-run export differs from the reference export")
            except ValueError as exc:
                rep.export_mismatches += 1
                problems.append(f"re-run export unreadable: {exc}")
            rep.stale_temp_files += len(list(out.glob("*.tmp")))
        rep.trials += 1
        if problems:
            rep.details.append({"trial": t, "problems": problems})
            if log:
                log(f"trial {t}: {problems}")
        for f in work.glob(f"t{t}.db*"):
            f.unlink()
    rep.total_seconds = time.perf_counter() - t_all
    return rep


def print_report(rep: CrashReport, out=sys.stdout) -> None:
    print(f"crash safety: {rep.trials} trials, {rep.kills} kill -9 ({rep.killed_before_done} landed before the run "
          f"finished); corpus {rep.articles} articles, {rep.stories} stories ({rep.generator}); reference run "
          f"{rep.reference_seconds:.1f} s, trials {rep.total_seconds:.1f} s", file=out)
    print(f"  integrity failures {rep.integrity_failures}, half-written exports {rep.half_written_exports}, "
          f"re-run failures {rep.rerun_failures}, results differing from the uninterrupted run {rep.mismatches} "
          f"(lost {rep.lost_articles}, duplicated/extra {rep.extra_articles}, changed {rep.changed_articles} articles; "
          f"story sets {rep.story_mismatches}), export differences {rep.export_mismatches}; "
          f"stale temp files left {rep.stale_temp_files}", file=out)
    for d in rep.details[:20]:
        print(f"  trial {d['trial']}: {d['problems']}", file=out)


# fault injection: die right after the N-th commit --------------------------------------------


def child_main(argv: list[str]) -> int:
    """``--child count FILE -- CLI ARGS`` lists every commit (outermost ``store.transaction()`` that
    committed, labelled with the function that opened it); ``--child die N -- CLI ARGS`` dies
    (``os._exit``: no cleanup, no rollback, like ``kill -9``) right after the N-th commit."""
    from newsweave.cli import main as cli_main
    from newsweave.store.sqlite import SQLiteStore

    sep = argv.index("--")
    mode, rest, cli_args = argv[0], argv[1:sep], argv[sep + 1:]
    labels: list[str] = []
    orig_tx = SQLiteStore.transaction

    class _CountedTx:
        def __init__(self, store, label: str):
            self.inner, self.store, self.label = orig_tx(store), store, label

        def __enter__(self):
            self.outer = not self.store.conn.in_transaction
            return self.inner.__enter__()

        def __exit__(self, *exc):
            r = self.inner.__exit__(*exc)
            if self.outer and exc[0] is None:
                labels.append(self.label)
                if mode == "die" and len(labels) == int(rest[0]):
                    os._exit(137)
            return r

    SQLiteStore.transaction = lambda self: _CountedTx(self, sys._getframe(1).f_code.co_name)
    code = cli_main(cli_args)
    if mode == "count":
        Path(rest[0]).write_text(json.dumps(labels))
    return code


def injection_points(labels: list[str], quick: bool, most: int = 40) -> list[int]:
    """Commit numbers to die after: every one when there are few, else spread evenly (each kind of
    commit at least once); quick: one of each kind."""
    first: dict[str, int] = {}
    for i, lab in enumerate(labels, 1):
        first.setdefault(lab, i)
    if quick:
        return sorted(first.values())
    if len(labels) <= most:
        return list(range(1, len(labels) + 1))
    step = len(labels) / most
    return sorted(set(first.values()) | {max(1, round(step * (k + 1))) for k in range(most)})


def run_injections(work: Path, *, n_articles: int = 600, seed: int = 0, batch_size: int = 100, quick: bool = False,
                   timeout: float = 600, log=None) -> dict:
    """Die after each commit point in turn; afterwards the re-run must equal the uninterrupted run."""
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    make_corpus(corpus, n_articles, seed)
    cfg = work / "crash.toml"
    cfg.write_text(f"[ingest]\nbatch_size = {batch_size}\n")
    env = _env()
    me = str(Path(__file__).resolve())

    def cli(db: Path, out: Path) -> list[str]:
        return _cmd(corpus, db, out, cfg)[3:]

    counts_file = work / "counts.json"
    ref_db, ref_out = work / "iref.db", work / "iref-out"
    subprocess.run([sys.executable, me, "--child", "count", str(counts_file), "--", *cli(ref_db, ref_out)],
                   check=True, env=env, timeout=timeout, capture_output=True)
    labels = json.loads(counts_file.read_text())
    ref = snapshot(str(ref_db))
    kinds: dict[str, int] = {}
    for lab in labels:
        kinds[lab] = kinds.get(lab, 0) + 1
    res = {"commits": len(labels), "commit_kinds": kinds, "points": 0, "died": 0, "integrity_failures": 0,
           "mismatches": 0, "rerun_failures": 0, "details": []}
    for i, n in enumerate(injection_points(labels, quick)):
        db, out = work / f"i{i}.db", work / f"i{i}-out"
        where = f"commit {n} ({labels[n - 1]})"
        p = subprocess.run([sys.executable, me, "--child", "die", str(n), "--", *cli(db, out)], env=env,
                           timeout=timeout, capture_output=True, text=True)
        res["points"] += 1
        res["died"] += p.returncode == 137
        problems = []
        if db.exists() and _integrity(db) != "ok":
            res["integrity_failures"] += 1
            problems.append("integrity")
        done = subprocess.run(_cmd(corpus, db, out, cfg), env=env, timeout=timeout, capture_output=True, text=True)
        if done.returncode != 0:
            res["rerun_failures"] += 1
            problems.append(f"re-run exit {done.returncode}: {done.stderr[-300:]}")
        else:
            got = snapshot(str(db))
            if got != ref:
                res["mismatches"] += 1
                diff = [k for k in ref if got[k] != ref[k]]
                ga, ra = {a[0]: a for a in got["articles"]}, {a[0]: a for a in ref["articles"]}
                changed = sorted(k for k in ra if ga.get(k) != ra[k])
                problems.append(f"differs in {diff}; articles differing: {len(changed)} e.g. "
                                f"{[(ga.get(k), ra[k]) for k in changed[:1]]!r:.300}")
        if problems:
            res["details"].append({"point": where, "problems": problems})
            if log:
                log(f"die after {where}: {problems}")
        for f in work.glob(f"i{i}.db*"):
            f.unlink()
    return res


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return child_main(sys.argv[2:])
    ap = argparse.ArgumentParser(description="kill -9 trials of `newsweave run`; prints the figures.")
    ap.add_argument("--trials", type=int, default=50)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--batch-size", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", metavar="DIR")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="nw-crash-") as tmp:
        rep = run_crash_trials(Path(a.keep or tmp), trials=a.trials, n_articles=a.articles, seed=a.seed,
                               batch_size=a.batch_size, log=lambda m: print(m, file=sys.stderr))
    print_report(rep)
    return 1 if rep.failure_count else 0


if __name__ == "__main__":
    sys.exit(main())
