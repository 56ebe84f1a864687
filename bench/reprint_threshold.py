"""Threshold study for reprint detection: Jaccard of wire copies vs. same-event articles.

Usage::

    PYTHONPATH=src python bench/reprint_threshold.py [../shared/eval/mds_multinews_sample250/clustering_view.jsonl]

Negatives are real near-misses: pairs of *different* articles about the same event (same
MultiNews cluster), which share names, numbers and often quotes. Positives are copies generated
from those articles the way wire copies differ: the last paragraph trimmed, chrome lines added,
and 1-3 sentences in ten rewritten (a seeded generator). For each threshold the script prints
the share of positives found and of negatives wrongly grouped, by estimated Jaccard of the
MinHash signatures newsweave stores (5-word shingles, 128 permutations), and exits 1 if the
configured threshold lets a same-event pair through or misses more than 5% of the copies.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO / ".." / "shared" / "eval" / "mds_multinews_sample250" / "clustering_view.jsonl"
_SENT = re.compile(r"(?<=[.!?])\s+")


def variants(text: str, rng: random.Random) -> list[tuple[str, str]]:
    sents = [s for s in _SENT.split(text) if s.strip()]
    out = [("trim-last", " ".join(sents[:-1])), ("chrome", text + "\nFollow us on Telegram\nRelated Posts")]
    for k in (1, 2, 3):
        n = max(1, round(len(sents) * k / 10))
        edited = list(sents)
        for i in rng.sample(range(len(sents)), min(n, len(sents))):
            edited[i] = f"A desk editor rewrote this sentence number {i} with wording of their own {rng.random():.6f}."
        out.append((f"edit-{k}/10", " ".join(edited)))
    return out


def main(argv: list[str] | None = None) -> int:
    from newsweave.dedupe.minhash import minhash_of
    from newsweave.settings import Settings

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"reprint threshold study: {args.data} not found; pass the clustering_view.jsonl path", file=sys.stderr)
        return 2
    s = Settings.load(environ={})
    rows = [json.loads(l) for l in args.data.read_text(encoding="utf-8").splitlines() if l.strip()]
    rows = [r for r in rows if len(r["text"].split()) >= 150]
    sig = {r["id"]: minhash_of(r["text"], s.dedupe.num_perm, s.dedupe.shingle_words, s.dedupe.seed) for r in rows}
    by_cluster: dict[str, list[str]] = {}
    for r in rows:
        by_cluster.setdefault(r["cluster_id"], []).append(r["id"])
    from newsweave.dedupe.minhash import shingles

    sh = {r["id"]: shingles(r["text"], s.dedupe.shingle_words) for r in rows}
    neg, dup = [], []
    for ids in by_cluster.values():
        for a, b in itertools.combinations(ids, 2):
            # the corpus itself holds a few real copies (one article twice, or an excerpt of
            # another): most of the shorter one's shingles are in the longer one
            contained = len(sh[a] & sh[b]) / max(1, min(len(sh[a]), len(sh[b])))
            (dup if contained >= 0.8 else neg).append(sig[a].jaccard(sig[b]))
    rng = random.Random(args.seed)
    pos: dict[str, list[float]] = {}
    for r in rows:
        for kind, v in variants(r["text"], rng):
            pos.setdefault(kind, []).append(sig[r["id"]].jaccard(minhash_of(v, s.dedupe.num_perm, s.dedupe.shingle_words, s.dedupe.seed)))
    allpos = [x for v in pos.values() for x in v]
    print(f"{len(rows)} articles of >= 150 words; {len(neg)} same-event pairs; {len(dup)} pairs that are copies "
          f"in the data (Jaccard {', '.join(f'{x:.2f}' for x in dup)}); {len(allpos)} generated copies")
    print(f"same-event pairs: max Jaccard {max(neg):.3f}, 99th pct {sorted(neg)[int(0.99 * len(neg))]:.3f}")
    for kind, v in pos.items():
        print(f"copies {kind:<10} min {min(v):.3f}  median {sorted(v)[len(v) // 2]:.3f}")
    print("\nthreshold  copies found  same-event pairs grouped")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        mark = "  <- [dedupe] threshold" if abs(t - s.dedupe.threshold) < 1e-9 else ""
        print(f"  {t:.1f}       {sum(x >= t for x in allpos) / len(allpos):6.1%}        "
              f"{sum(x >= t for x in neg)}/{len(neg)}{mark}")
    t = s.dedupe.threshold
    recall = sum(x >= t for x in allpos) / len(allpos)
    fp = sum(x >= t for x in neg)
    if fp or recall < 0.95:
        print(f"threshold {t}: recall {recall:.1%}, {fp} same-event pairs grouped: below target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
