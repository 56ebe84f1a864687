"""Dump every ledger conflict of real news stories, to compare two checkouts' contradiction rules.

There is no contradiction gold for real news; what a rule change adds or drops on it is read by
eye. This builds the ledger of the first ``--stories`` Multi-News stories (rules NER, so it runs
in about a minute of CPU; ``--ner auto`` uses spaCy as the product does) and writes one JSON
record per conflict: story, kind, reason, both cited texts and some context. Run it from two checkouts and diff::

    PYTHONPATH=src python bench/ledger_conflicts.py --out /tmp/new.json
    (cd ../main && PYTHONPATH=src python bench/ledger_conflicts.py --out /tmp/old.json)
    python bench/ledger_conflicts.py --diff /tmp/old.json /tmp/new.json

The Multi-News sample is read from ../shared/eval (never copied into the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MULTINEWS = ROOT / "../shared/eval/mds_multinews_sample250/clusters.jsonl"


def dump(path: Path, n: int, out: Path, ner: str = "rules") -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from newsweave.analyze.ledger import build_ledger
    from newsweave.model import Article
    from newsweave.settings import Settings

    settings = Settings.load(environ={}).replace({"ledger": {"ner": ner}})
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:n]
    t0 = time.process_time()
    res = []
    for r in rows:
        arts = [Article(id=f"{r['id']}-{i}", source=f"{r['id']}-{i}", fmt="txt", raw=d, extracted=d, text=d,
                        language="en", outlet=f"o{i}", published="2018-01-01")
                for i, d in enumerate(r["documents"]) if d.strip()]
        if len(arts) < 2:
            continue
        texts = {a.id: a.text for a in arts}
        led = build_ledger(arts, {"id": r["id"], "version": 1}, settings)
        for c in led["claims"]:
            for k in c["conflicts"]:
                side = {x: texts[k[x]["article_id"]] for x in ("a", "b")}
                res.append({"story": r["id"], "kind": k["kind"], "reason": k["reason"],
                            **{x: side[x][k[x]["start"]:k[x]["end"]] for x in ("a", "b")},
                            **{f"ctx_{x}": side[x][max(0, k[x]["start"] - 150):k[x]["end"] + 100] for x in ("a", "b")}})
    out.write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{len(res)} conflicts in {len(rows)} stories, {time.process_time() - t0:.1f} s CPU -> {out}")


def diff(old: Path, new: Path) -> None:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (old, new))
    key = lambda c: (c["story"], c["kind"], c["a"], c["b"])  # noqa: E731
    ka, kb = {key(c) for c in a}, {key(c) for c in b}
    for sign, cs, other in (("+", b, ka), ("-", a, kb)):
        for c in cs:
            if key(c) not in other:
                print(sign, c["story"], c["kind"], c["reason"])
                print("    a:", " ".join(c["ctx_a"].split()))
                print("    b:", " ".join(c["ctx_b"].split()))
    print(f"{len(kb - ka)} added, {len(ka - kb)} dropped ({len(a)} -> {len(b)} conflicts)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--multinews", default=str(MULTINEWS), help="Multi-News clusters.jsonl")
    ap.add_argument("--stories", type=int, default=250)
    ap.add_argument("--out", default="conflicts.json")
    ap.add_argument("--ner", default="rules", choices=("rules", "auto"),
                    help="entity recogniser: rules (fast, the default here) or auto (spaCy for English, as shipped)")
    ap.add_argument("--diff", nargs=2, metavar=("OLD", "NEW"), help="compare two dumps instead")
    args = ap.parse_args(argv)
    if args.diff:
        diff(Path(args.diff[0]), Path(args.diff[1]))
        return 0
    path = Path(args.multinews)
    if not path.is_file():
        print(f"{path} not found; pass --multinews")
        return 1
    dump(path, args.stories, Path(args.out), args.ner)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
