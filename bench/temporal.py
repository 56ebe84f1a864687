"""Temporal expressions benchmark on TempEval-3 TBAQ (TimeBank + AQUAINT, news with document dates).

For the whole dataset (row "all": both files pooled, micro-averaged; the headline figure) and for each
file it prints span precision/recall/F1 (strict: same offsets; relaxed: overlapping, one to
one), value accuracy and type accuracy on relaxed matches, value-F1 in the TempEval-3 style (a hit
needs an overlapping span *and* the same normalised value) and speed (documents/s, characters/s of
:func:`newsweave.analyze.time.find_timexes`, by the wall clock and per CPU second). Develop on timebank.jsonl,
report on aquaint.jsonl.

    python bench/temporal.py [--data ../shared/eval/temporal_tempeval3_tbaq] [--errors N] [--files timebank.jsonl]
        [--half even|odd]

``--half even`` scores only the documents at even positions (0, 2, 4...) of each file, ``--half odd`` the
others: a split by document for developing on one half and checking on the other.

The misses grouped by kind (missed, spurious, boundary, wrong value) are printed by bench/temporal_errors.py.

Floors live in bench/baselines/temporal.json; the exit status is 1 when a figure is below its floor.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.analyze.time import find_timexes  # noqa: E402

DEFAULT = ROOT / ".." / "shared" / "eval" / "temporal_tempeval3_tbaq"
FILES = ("timebank.jsonl", "aquaint.jsonl")


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def half_of(docs: list, half: str | None) -> list:
    """The documents at even (0, 2, 4...) or odd positions of a file, or all of them when half is None."""
    if half is None:
        return docs
    if half not in ("even", "odd"):
        raise ValueError(f"half must be 'even' or 'odd', not {half!r}")
    return docs[half == "odd"::2]


def score(path: Path, errors: int = 0, half: str | None = None) -> dict:
    docs = half_of([json.loads(line) for line in path.open(encoding="utf-8")], half)
    n_gold = n_pred = strict = relaxed = value_ok = type_ok = 0
    chars = 0
    elapsed = cpu = 0.0
    shown = 0
    miss = Counter()
    for d in docs:
        text, dct = d["text"], d["dct"]["value"]
        chars += len(text)
        t0, c0 = time.perf_counter(), time.process_time()
        pred = find_timexes(text, dct, "en")
        elapsed += time.perf_counter() - t0
        cpu += time.process_time() - c0
        gold = d["timex3"]
        n_gold += len(gold)
        n_pred += len(pred)
        gold_spans = {(g["start"], g["end"]) for g in gold}
        strict += sum((p.start, p.end) in gold_spans for p in pred)
        used: set[int] = set()
        for g in gold:
            best = None
            for i, p in enumerate(pred):
                if i in used or p.start >= g["end"] or p.end <= g["start"]:
                    continue
                ov = min(p.end, g["end"]) - max(p.start, g["start"])
                if best is None or ov > best[0]:
                    best = (ov, i)
            if best is None:
                miss[("missed", g["text"].lower())] += 1
                continue
            used.add(best[1])
            p = pred[best[1]]
            relaxed += 1
            ok = p.data["value"] == g["value"]
            value_ok += ok
            type_ok += p.data["type"] == g["type"]
            if not ok:
                miss[("value", g["text"].lower(), g["value"], p.data["value"])] += 1
        for i, p in enumerate(pred):
            if i not in used:
                miss[("spurious", text[p.start:p.end].lower())] += 1
    if errors:
        for k, c in miss.most_common(errors):
            print(f"  {c:3d} {k}")
    return {"docs": len(docs), "gold": n_gold, "predicted": n_pred, "strict": strict, "relaxed": relaxed,
            "value_ok": value_ok, "type_ok": type_ok, "chars": chars, "elapsed": elapsed, "cpu": cpu}


def metrics(c: dict) -> dict:
    """Figures from the counts of :func:`score` (or from their sums over several files)."""
    n, n_gold, n_pred, relaxed, elapsed, chars = (c["docs"], c["gold"], c["predicted"], c["relaxed"], c["elapsed"],
                                                  c["chars"])
    sp, sr, sf = _prf(c["strict"], n_pred, n_gold)
    rp, rr, rf = _prf(relaxed, n_pred, n_gold)
    vp, vr, vf = _prf(c["value_ok"], n_pred, n_gold)
    return {
        "docs": n, "gold": n_gold, "predicted": n_pred,
        "strict_p": sp, "strict_r": sr, "strict_f1": sf,
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "value_accuracy": c["value_ok"] / relaxed if relaxed else 0.0,
        "type_accuracy": c["type_ok"] / relaxed if relaxed else 0.0,
        "value_p": vp, "value_r": vr, "value_f1": vf,
        "docs_per_s": n / elapsed if elapsed else 0.0, "chars_per_s": chars / elapsed if elapsed else 0.0,
        # CPU seconds do not grow with other processes on shared cores as wall-clock seconds do
        "cpu_chars_per_s": chars / c["cpu"] if c.get("cpu") else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT, help="folder with timebank.jsonl and aquaint.jsonl")
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent errors of each file")
    ap.add_argument("--baseline", type=Path, default=ROOT / "bench" / "baselines" / "temporal.json")
    ap.add_argument("--files", nargs="+", default=list(FILES), choices=FILES,
                    help="score only these files (develop on timebank.jsonl alone)")
    ap.add_argument("--half", choices=("even", "odd"), default=None,
                    help="score only the documents at even (0, 2...) or odd positions of each file")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"no data at {args.data}: pass --data", file=sys.stderr)
        return 2
    floors = json.loads(args.baseline.read_text()) if args.baseline.is_file() else {}
    failed = []
    print(f"{'file':<16}{'strict P/R/F1':>22}{'relaxed P/R/F1':>22}{'val.acc':>9}{'type.acc':>9}"
          f"{'value P/R/F1':>22}{'docs/s':>9}{'chars/s':>11}{'cpu ch/s':>11}")
    counts = {name: score(args.data / name, args.errors, args.half) for name in args.files}
    rows = [(name, metrics(c)) for name, c in counts.items()]
    if len(counts) > 1:
        # the headline: every document of the dataset pooled (micro-averaged), then each part
        total = {k: sum(c[k] for c in counts.values()) for k in next(iter(counts.values()))}
        rows.insert(0, ("all", metrics(total)))
    for name, r in rows:
        print(f"{name:<16}{r['strict_p']:>8.3f}{r['strict_r']:>7.3f}{r['strict_f1']:>7.3f}"
              f"{r['relaxed_p']:>8.3f}{r['relaxed_r']:>7.3f}{r['relaxed_f1']:>7.3f}"
              f"{r['value_accuracy']:>9.3f}{r['type_accuracy']:>9.3f}"
              f"{r['value_p']:>8.3f}{r['value_r']:>7.3f}{r['value_f1']:>7.3f}"
              f"{r['docs_per_s']:>9.0f}{r['chars_per_s']:>11.0f}{r['cpu_chars_per_s']:>11.0f}"
              f"   ({r['docs']} docs, {r['gold']} gold, {r['predicted']} predicted)")
        # the floors are for whole files: a half is not held to them
        for key, floor in ({} if args.half else floors.get(name.split(".")[0], {})).items():
            if r[key] < floor:
                failed.append(f"{name} {key} {r[key]:.3f} < floor {floor}")
    if args.half:
        print(f"only the documents at {args.half} positions of each file (floors not checked)")
    print("all = the pooled figure over every document scored (the headline); the parts follow")
    print("reference: HeidelTime value-F1 about 0.78 on TempEval-3 (recalled); target here >= 0.85")
    for f in failed:
        print("BELOW FLOOR:", f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
