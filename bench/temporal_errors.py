"""Error analysis for the temporal benchmark: the misses of find_timexes on one TempEval-3 file, grouped.

Groups: missed spans (gold with no overlapping prediction), spurious spans (predictions with no
overlapping gold), boundary errors (overlap but different offsets; value right or wrong) and wrong
values, split by the kind of the gold value (day, week, month, quarter, year, reference, duration,
time, set...). Each group prints its size and its most frequent cases, with a little context.

    python bench/temporal_errors.py [--data ../shared/eval/temporal_tempeval3_tbaq] [--file timebank.jsonl]
        [--top 25] [--context 50] [--only GROUP] [--half even|odd] [--counts]

``--half even|odd`` reads only the documents at even (0, 2...) or odd positions of the file (a split by
document: develop on one half, check the other); ``--counts`` prints only the group sizes, no cases, for
looking at the held-out half without reading its items.

This prints eval text to the terminal for the developer; nothing is written to disk.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.analyze.time import find_timexes  # noqa: E402

DEFAULT = ROOT / ".." / "shared" / "eval" / "temporal_tempeval3_tbaq"


def kind(value: str, typ: str) -> str:
    """A coarse class of a TIMEX3 value, for grouping wrong values."""
    if typ == "DURATION":
        return "duration"
    if typ == "SET":
        return "set"
    if value.endswith("_REF"):
        return "ref"
    v = value.split("T")[0]
    if "T" in value:
        return "time"
    for name, rx in (("day", r"\d{4}-\d\d-\d\d"), ("week", r"\d{4}-W\w\w(-WE)?"), ("month", r"\d{4}-\d\d"),
                     ("quarter/half", r"\d{4}-[QH]\w"), ("season", r"\d{4}-(SP|SU|FA|WI)"), ("year", r"\d{4}"),
                     ("decade/century", r"\d{2,3}")):
        if re.fullmatch(rx, v):
            return name
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--file", default="timebank.jsonl")
    ap.add_argument("--top", type=int, default=25, help="cases shown per group")
    ap.add_argument("--context", type=int, default=50, help="characters of context shown on each side")
    ap.add_argument("--only", default=None, help="show only groups whose name contains this")
    ap.add_argument("--half", choices=("even", "odd"), default=None,
                    help="only the documents at even (0, 2...) or odd positions of the file")
    ap.add_argument("--counts", action="store_true", help="print the group sizes only, no cases")
    args = ap.parse_args(argv)
    path = args.data / args.file
    if not path.is_file():
        print(f"no data at {path}: pass --data", file=sys.stderr)
        return 2
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    n_gold = n_pred = hits = 0
    lines = path.open(encoding="utf-8").read().splitlines()
    lines = lines if args.half is None else lines[args.half == "odd"::2]
    for line in lines:
        d = json.loads(line)
        text, dct = d["text"], d["dct"]["value"]
        pred = find_timexes(text, dct, "en")
        gold = d["timex3"]
        n_gold += len(gold)
        n_pred += len(pred)

        def ctx(s: int, e: int) -> str:
            a = text[max(0, s - args.context):s].replace("\n", " ")
            b = text[e:e + args.context].replace("\n", " ")
            return f"{d['doc_id']} dct={dct} | ...{a}[[{text[s:e]}]]{b}..."

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
                groups[f"missed {g['type']}"].append((f"{g['text'].lower()!r} gold={g['value']}", ctx(g["start"], g["end"])))
                continue
            used.add(best[1])
            p = pred[best[1]]
            ok = p.data["value"] == g["value"]
            hits += ok
            ptext = text[p.start:p.end]
            if (p.start, p.end) != (g["start"], g["end"]):
                groups["boundary (value ok)" if ok else "boundary (value wrong)"].append(
                    (f"gold {g['text'].lower()!r} pred {ptext.lower()!r}" + ("" if ok else f" gold={g['value']} pred={p.data['value']}"),
                     ctx(g["start"], g["end"])))
            if not ok:
                groups[f"value {kind(g['value'], g['type'])}"].append(
                    (f"{g['text'].lower()!r} gold={g['value']} pred={p.data['value']}", ctx(g["start"], g["end"])))
        for i, p in enumerate(pred):
            if i not in used:
                groups[f"spurious {p.data['type']}"].append(
                    (f"{text[p.start:p.end].lower()!r} pred={p.data['value']}", ctx(p.start, p.end)))
    print(f"{args.file}{'' if args.half is None else ' (' + args.half + ' documents)'}: gold {n_gold}, predicted {n_pred}, value hits {hits}, "
          f"value-F1 {2 * hits / (n_gold + n_pred):.3f}")
    print("group sizes:", ", ".join(f"{k} {len(v)}" for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1]))))
    if args.counts:
        return 0
    for name, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        if args.only and args.only not in name:
            continue
        print(f"\n=== {name}: {len(items)}")
        keys = Counter(k for k, _ in items)
        example = {}
        for k, c in items:
            example.setdefault(k, c)
        for k, c in keys.most_common(args.top):
            print(f"  {c:3d} {k}\n        {example[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
