"""Dump every ledger conflict of real news stories, to compare two checkouts' contradiction rules.

There is no contradiction gold for real news; what a rule change adds or drops on it is read by
eye. This builds the ledger of the first ``--stories`` Multi-News stories (rules NER, so it runs
in about a minute of CPU; ``--ner auto`` uses spaCy as the product does) and writes one JSON
record per conflict: story, kind, reason, both cited texts and some context. Run it from two checkouts and diff::

    PYTHONPATH=src python bench/ledger_conflicts.py --out /tmp/new.json
    (cd ../main && PYTHONPATH=src python bench/ledger_conflicts.py --out /tmp/old.json)
    python bench/ledger_conflicts.py --diff /tmp/old.json /tmp/new.json

With ``--labels bench/data/multinews_conflict_labels.json`` the dump is scored against our by-eye
labels (does each pair of cited spans really tell one fact two ways?) and checked against the
floors in bench/baselines/ledger_conflicts.json; conflicts nobody has labelled yet are printed for
labelling (``--score DUMP`` scores an existing dump). Articles are undated by default, as
Multi-News gives no dates (``--published`` sets one for all).

The Multi-News sample is read from ../shared/eval (never copied into the repository); the labels
hold only story ids, article ids, character offsets and verdicts.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MULTINEWS = ROOT / "../shared/eval/mds_multinews_sample250/clusters.jsonl"
LABELS = ROOT / "bench" / "data" / "multinews_conflict_labels.json"


def dump(path: Path, n: int, out: Path, ner: str = "rules", published: str | None = None) -> None:
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
                        language="en", outlet=f"o{i}", published=published)
                for i, d in enumerate(r["documents"]) if d.strip()]
        if len(arts) < 2:
            continue
        texts = {a.id: a.text for a in arts}
        led = build_ledger(arts, {"id": r["id"], "version": 1}, settings)
        for c in led["claims"]:
            for k in c["conflicts"]:
                side = {x: texts[k[x]["article_id"]] for x in ("a", "b")}
                res.append({"story": r["id"], "kind": k["kind"], "reason": k["reason"],
                            **{f"span_{x}": [k[x]["article_id"], k[x]["start"], k[x]["end"]] for x in ("a", "b")},
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


def score(dump_path: Path, labels_path: Path, show: bool = True) -> dict:
    """Precision of a dump's conflicts against our by-eye labels (``disagree``: do the two cited
    spans really tell one fact two ways?). Precision notes are not conflicts and are not scored.
    Conflicts nobody has labelled yet are counted and, with ``show``, printed for labelling."""
    res = json.loads(dump_path.read_text(encoding="utf-8"))
    labels = json.loads(labels_path.read_text(encoding="utf-8"))["labels"]
    verdict = {(x["kind"], tuple(x["a"]), tuple(x["b"])): x["disagree"] for x in labels}
    tp = fp = 0
    unlabelled = []
    seen = set()
    for c in res:
        if c["kind"] == "precision":
            continue
        key = (c["kind"], tuple(c["span_a"]), tuple(c["span_b"]))
        if key in seen:
            continue
        seen.add(key)
        v = verdict.get(key)
        if v is None:
            unlabelled.append(c)
        elif v:
            tp += 1
        else:
            fp += 1
    if show:
        for c in unlabelled:
            print("?", c["story"], c["kind"], c["span_a"], c["span_b"], c["reason"])
            print("    a:", " ".join(c["ctx_a"].split()))
            print("    b:", " ".join(c["ctx_b"].split()))
    labelled_true = sum(1 for x in labels if x["disagree"])
    out = {"conflicts": len(seen), "labelled": tp + fp, "disagree": tp, "agree_or_unrelated": fp,
           "unlabelled": len(unlabelled), "precision_on_labelled": round(tp / max(1, tp + fp), 3),
           "labelled_disagreements_kept": f"{tp}/{labelled_true}"}
    print(json.dumps(out))
    return out


def check_floors(out: dict, path: Path = ROOT / "bench" / "baselines" / "ledger_conflicts.json") -> list[str]:
    """Floors for the labelled real-news figures (precision, and how many labelled true
    disagreements are still found); a dump with unlabelled conflicts must be labelled first."""
    floors = json.loads(path.read_text(encoding="utf-8"))
    failed = []
    if out["precision_on_labelled"] < floors["precision_on_labelled"]:
        failed.append(f"precision on labelled {out['precision_on_labelled']} < {floors['precision_on_labelled']}")
    kept = int(out["labelled_disagreements_kept"].split("/")[0])
    if kept < floors["labelled_disagreements_kept"]:
        failed.append(f"labelled disagreements kept {kept} < {floors['labelled_disagreements_kept']}")
    if out["unlabelled"]:
        failed.append(f"{out['unlabelled']} conflicts are not labelled yet (label them in {LABELS.name})")
    for f in failed:
        print("BELOW FLOOR:", f)
    return failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--multinews", default=str(MULTINEWS), help="Multi-News clusters.jsonl")
    ap.add_argument("--stories", type=int, default=250)
    ap.add_argument("--out", default="conflicts.json")
    ap.add_argument("--ner", default="rules", choices=("rules", "auto"),
                    help="entity recogniser: rules (fast, the default here) or auto (spaCy for English, as shipped)")
    ap.add_argument("--published", default="none",
                    help="publication date given to every article (ISO day), or 'none': Multi-News gives no dates, "
                         "and one shared made-up date turns every weekday into a false calendar day")
    ap.add_argument("--labels", help="score the dump (--out) against by-eye labels, e.g. "
                                     "bench/data/multinews_conflict_labels.json")
    ap.add_argument("--no-floors", action="store_true", help="report only, do not fail below the floors")
    ap.add_argument("--score", metavar="DUMP", help="score an existing dump against --labels instead")
    ap.add_argument("--diff", nargs=2, metavar=("OLD", "NEW"), help="compare two dumps instead")
    args = ap.parse_args(argv)
    if args.diff:
        diff(Path(args.diff[0]), Path(args.diff[1]))
        return 0
    if args.score:
        return 1 if check_floors(score(Path(args.score), Path(args.labels or LABELS))) and not args.no_floors else 0
    path = Path(args.multinews)
    if not path.is_file():
        print(f"{path} not found; pass --multinews")
        return 1
    dump(path, args.stories, Path(args.out), args.ner, None if args.published == "none" else args.published)
    if args.labels:
        return 1 if check_floors(score(Path(args.out), Path(args.labels))) and not args.no_floors else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
