"""Embeddings in PostgreSQL: pgvector column vs BYTEA, write / read / scan speed, and in-database kNN.

For each configuration a fresh database gets ``--n`` articles, then their float32 vectors of
``--dim`` dimensions are timed through the store interface the clustering step uses:

* ``put_embeddings`` in batches of ``--batch`` (as the cluster step writes them),
* ``get_embeddings`` of every id in batches of ``--batch`` (as the cluster step reads them),
* ``iter_embeddings`` over all of them (what a resumed run reads back).

Every vector read back is compared bit for bit with what was written (a mismatch exits 2), and
the table size is reported. Configurations (``--configs``): ``pgvector`` and ``bytea`` on the
``--url`` server (which has the extension; BYTEA forced with ``vectors='bytea'``), and ``plain``:
the store's default on ``--bytea-url`` (a server without it) when given; ``plain`` alone also runs
against older checkouts, which is how the "before" figures in docs/postgres.md were taken. Times are wall seconds, the benchmark's own CPU seconds and the
server backend's CPU seconds (from /proc, same machine): the machine is shared, so compare CPU.

``--knn`` (on by default) also times nearest-neighbour queries over the pgvector column: exact
(``ORDER BY vec <=> q``), and with an HNSW cosine index (built and timed here), against numpy's
exact top-k over the same vectors in the process, and reports HNSW recall@k. newsweave's store has
no kNN method (clustering searches its in-process day index); these figures are for deciding
whether one would pay. The vectors are clustered (``--clusters`` centres plus noise, unit length)
so the index sees something like embedding data rather than uniform noise.

Floors in ``bench/baselines/pg_vectors.json`` (checked unless ``--no-check``): per operation, the
CPU cost (benchmark + server) of the pgvector form at most ``max_cpu_ratio`` times the BYTEA form's
on the same server, so moving vectors into pgvector never makes the store's own path much dearer.

    NEWSWEAVE_TEST_PGVECTOR_URL=postgresql://postgres@127.0.0.1:55433/postgres \\
    NEWSWEAVE_TEST_PG_URL=postgresql://postgres@127.0.0.1:55432/postgres python bench/pg_vectors.py
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import uuid
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import psycopg  # noqa: E402

from newsweave.model import Article  # noqa: E402
from newsweave.store.postgres import PostgresStore  # noqa: E402

BASELINE = ROOT / "bench" / "baselines" / "pg_vectors.json"
MODEL = "bench"


def backend_cpu(store: PostgresStore) -> float:
    """CPU seconds used so far by this thread's server backend (utime + stime from /proc)."""
    pid = store.conn.execute("SELECT pg_backend_pid() AS p").fetchone()["p"]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Timer:
    def __init__(self, store: PostgresStore):
        self.store = store

    def __enter__(self) -> "Timer":
        self.w, self.c, self.s = time.perf_counter(), time.process_time(), backend_cpu(self.store)
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.w
        self.cpu = time.process_time() - self.c
        self.server = backend_cpu(self.store) - self.s

    def row(self) -> dict:
        return {"wall_s": round(self.wall, 3), "cpu_s": round(self.cpu, 3), "server_cpu_s": round(self.server, 3)}


def make_vectors(n: int, dim: int, clusters: int, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((clusters, dim)).astype(np.float32)
    v = centres[rng.integers(0, clusters, n)] + 0.6 * rng.standard_normal((n, dim)).astype(np.float32)
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def fresh(server_url: str) -> tuple[str, str]:
    name = "nwbench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(server_url, autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    return f"{server_url.rsplit('/', 1)[0]}/{name}", name


def drop(server_url: str, name: str) -> None:
    with psycopg.connect(server_url, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_config(label: str, server_url: str, vectors: str, vecs: np.ndarray, batch: int, knn: dict | None) -> dict:
    url, name = fresh(server_url)
    ids = [f"a{i:07d}" for i in range(len(vecs))]
    try:
        # 'auto' passes nothing, so this script also times stores from before the vectors option
        with (PostgresStore(url) if vectors == "auto" else PostgresStore(url, vectors=vectors)) as s:
            s.put_articles([Article(id=a, source=a, fmt="txt", raw="x", extracted="x", text=f"Body {a}.") for a in ids])
            out = {"config": label, "storage": getattr(s, "vector_storage", "bytea"),
                   "server": s.conn.execute("SHOW server_version").fetchone()["server_version"]}
            with Timer(s) as t:
                for i in range(0, len(ids), batch):
                    s.put_embeddings(MODEL, zip(ids[i:i + batch], vecs[i:i + batch]))
            out["put"] = t.row()
            got: dict = {}
            with Timer(s) as t:
                for i in range(0, len(ids), batch):
                    got.update(s.get_embeddings(MODEL, ids[i:i + batch]))
            out["get"] = t.row()
            with Timer(s) as t:
                scanned = list(s.iter_embeddings(MODEL))
            out["iter"] = t.row()
            want = vecs.tobytes()
            if (np.stack([got[a] for a in ids]).tobytes() != want or [a for a, _ in scanned] != ids
                    or np.stack([v for _, v in scanned]).tobytes() != want):
                print(f"{label}: vectors read back differ from those written", file=sys.stderr)
                sys.exit(2)
            out["table_mb"] = round(s.conn.execute("SELECT pg_total_relation_size('embeddings') AS b")
                                    .fetchone()["b"] / 2**20, 1)
            if knn is not None and out["storage"] == "pgvector":
                out["knn"] = run_knn(s, vecs, **knn)
    finally:
        drop(server_url, name)
    return out


def run_knn(s: PostgresStore, vecs: np.ndarray, queries: int, k: int, ef_search: int) -> dict:
    from newsweave.store.postgres import _PgVec  # the store's binary vector parameter

    rng = np.random.default_rng(2)
    q = vecs[rng.integers(0, len(vecs), queries)] + 0.05 * rng.standard_normal((queries, vecs.shape[1])).astype(np.float32)
    q = (q / np.linalg.norm(q, axis=1, keepdims=True)).astype(np.float32)
    dim = vecs.shape[1]
    def top(sims: np.ndarray) -> np.ndarray:
        part = np.argpartition(-sims, k - 1)[:k]
        return part[np.argsort(-sims[part], kind="stable")]

    t0 = time.process_time()
    exact = [top(vecs @ row) for row in q]  # one query at a time, like SQL
    numpy_ms = (time.process_time() - t0) / queries * 1000
    t0 = time.process_time()
    sims = q @ vecs.T  # all queries in one matrix product, as the clustering index answers a batch
    batch_exact = [top(row) for row in sims]
    numpy_batch_ms = (time.process_time() - t0) / queries * 1000
    assert all(set(a) == set(b) for a, b in zip(exact, batch_exact))
    ids = [f"a{i:07d}" for i in range(len(vecs))]

    def sql(expr: str) -> tuple[float, float, list[list[str]]]:
        res = []
        with Timer(s) as t:
            for row in q:
                res.append([r["article_id"] for r in s.conn.execute(
                    f"SELECT article_id FROM embeddings WHERE model = %s ORDER BY {expr} <=> %b LIMIT %s",
                    (MODEL, _PgVec(row), k))])
        return t.wall / queries * 1000, (t.cpu + t.server) / queries * 1000, res

    exact_wall, exact_cpu, exact_sql = sql("vec")
    with Timer(s) as t:
        s.conn.execute(f"CREATE INDEX emb_hnsw ON embeddings USING hnsw ((vec::vector({dim})) vector_cosine_ops)"
                       " WHERE model = 'bench'")
    build = t.row()
    s.conn.execute(f"SET hnsw.ef_search = {int(ef_search)}")
    plan = "\n".join(r["QUERY PLAN"] for r in s.conn.execute(
        f"EXPLAIN SELECT article_id FROM embeddings WHERE model = 'bench' ORDER BY vec::vector({dim}) <=> %b LIMIT 10",
        (_PgVec(q[0]),)))
    hnsw_wall, hnsw_cpu, hnsw_res = sql(f"vec::vector({dim})")
    truth = [{ids[j] for j in e} for e in exact]
    recall = float(np.mean([len(truth[i] & set(hnsw_res[i])) / k for i in range(queries)]))
    exact_agree = float(np.mean([len(truth[i] & set(exact_sql[i])) / k for i in range(queries)]))
    return {"queries": queries, "k": k, "numpy_exact_cpu_ms": round(numpy_ms, 3),
            "numpy_batch_exact_cpu_ms": round(numpy_batch_ms, 3),
            "sql_exact_ms": round(exact_wall, 2), "sql_exact_cpu_ms": round(exact_cpu, 2),
            "sql_exact_agrees_with_numpy": round(exact_agree, 4),
            "hnsw_build": build, "hnsw_ef_search": ef_search, "hnsw_used": "emb_hnsw" in plan,
            "sql_hnsw_ms": round(hnsw_wall, 2), "sql_hnsw_cpu_ms": round(hnsw_cpu, 2),
            "hnsw_recall_at_k": round(recall, 4)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default=os.environ.get("NEWSWEAVE_TEST_PGVECTOR_URL"),
                    help="a server with pgvector where the user may CREATE DATABASE (default: $NEWSWEAVE_TEST_PGVECTOR_URL)")
    ap.add_argument("--bytea-url", default=os.environ.get("NEWSWEAVE_TEST_PG_URL"),
                    help="a server without pgvector, for the plain BYTEA figures (default: $NEWSWEAVE_TEST_PG_URL)")
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--dim", type=int, default=512)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--clusters", type=int, default=200)
    ap.add_argument("--no-knn", action="store_true", help="skip the kNN query timings")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--ef-search", type=int, default=40, help="hnsw.ef_search (pgvector's default is 40)")
    ap.add_argument("--configs", nargs="+", default=["pgvector", "bytea", "plain"],
                    choices=["pgvector", "bytea", "plain"],
                    help="pgvector and bytea: on --url (BYTEA forced); plain: the store's default on --bytea-url")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--no-check", action="store_true", help="do not exit 1 when above the ceilings in the baseline")
    args = ap.parse_args()
    if not args.url and {"pgvector", "bytea"} & set(args.configs):
        print("no pgvector server: pass --url or set NEWSWEAVE_TEST_PGVECTOR_URL (docs/postgres.md)", file=sys.stderr)
        return 2
    vecs = make_vectors(args.n, args.dim, args.clusters)
    knn = None if args.no_knn else {"queries": args.queries, "k": args.k, "ef_search": args.ef_search}
    results = []
    if "pgvector" in args.configs:
        results.append(run_config("pgvector", args.url, "pgvector", vecs, args.batch, knn))
    if "bytea" in args.configs:
        results.append(run_config("bytea (same server)", args.url, "bytea", vecs, args.batch, None))
    if "plain" in args.configs and args.bytea_url:
        results.append(run_config("default (--bytea-url)", args.bytea_url, "auto", vecs, args.batch, None))
    print(f"{args.n} x {args.dim} float32 vectors, batches of {args.batch}; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{'config':<28}{'server':>8}{'op':>6}{'wall s':>9}{'cpu s':>8}{'srv cpu s':>11}{'MB':>8}")
    for r in results:
        for op in ("put", "get", "iter"):
            print(f"{r['config']:<28}{r['server'].split()[0]:>8}{op:>6}{r[op]['wall_s']:>9.3f}{r[op]['cpu_s']:>8.3f}"
                  f"{r[op]['server_cpu_s']:>11.3f}{r['table_mb'] if op == 'put' else '':>8}")
    kn = results[0].get("knn") if results else None
    if kn:
        print(f"kNN, {kn['queries']} queries, top {kn['k']} of {args.n}: numpy exact {kn['numpy_exact_cpu_ms']} CPU-ms/query"
              f" ({kn['numpy_batch_exact_cpu_ms']} in one batch);"
              f" SQL exact {kn['sql_exact_ms']} ms ({kn['sql_exact_cpu_ms']} CPU-ms, agrees {kn['sql_exact_agrees_with_numpy']});"
              f" HNSW build {kn['hnsw_build']['wall_s']} s, query {kn['sql_hnsw_ms']} ms ({kn['sql_hnsw_cpu_ms']} CPU-ms),"
              f" recall@{kn['k']} {kn['hnsw_recall_at_k']} at ef_search {kn['hnsw_ef_search']}"
              f"{'' if kn['hnsw_used'] else ' (planner did NOT use the index)'}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    by_cfg = {r["config"]: r for r in results}
    if args.no_check or not {"pgvector", "bytea (same server)"} <= set(by_cfg):
        return 0
    base = json.loads(BASELINE.read_text())
    pv, by = by_cfg["pgvector"], by_cfg["bytea (same server)"]
    problems = []
    for op in ("put", "get", "iter"):
        a = pv[op]["cpu_s"] + pv[op]["server_cpu_s"]
        b = by[op]["cpu_s"] + by[op]["server_cpu_s"]
        if args.n >= base["n_min"] and a > base["max_cpu_ratio"][op] * max(b, 0.01):
            problems.append(f"{op}: pgvector {a:.3f} CPU-s > {base['max_cpu_ratio'][op]} x BYTEA {b:.3f} CPU-s")
    for p in problems:
        print("BELOW FLOOR:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
