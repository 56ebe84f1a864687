"""HTML body extraction benchmark: newsweave vs plain trafilatura on the Scrapinghub gold corpus.

Usage::

    PYTHONPATH=src python bench/extraction.py [DATA_DIR] [--baseline bench/baselines/extraction.json]

``DATA_DIR`` defaults to ``../shared/eval/article_extraction_scrapinghub`` next to the repository.
It holds ``html/<id>.html.gz`` pages and ``ground-truth.json`` ``{id: {"articleBody": ...}}``.

The metric is the one the benchmark's README.rst describes: per page, the text is tokenised into
``\\w+`` words, cut into 4-word shingles counted as a multiset, and true/false positives and false
negatives are counted (tp = min of the two counts per shingle) and normalised by their sum so
every page weighs the same; precision and recall are averaged over pages (precision over pages
with tp+fp > 0, recall over pages with tp+fn > 0), and F1 is the harmonic mean of the two
averages. The scorer is validated first by scoring the published tool outputs in
``tool_outputs/`` (trafilatura 2.0.0 must come out at 0.958 / 0.938 / 0.978 F1 / P / R).

Both extractors run in the same process on the same pages; pages/s is wall time of the
extraction alone. Exits 1 when newsweave falls below the floors in the baseline file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO / ".." / "shared" / "eval" / "article_extraction_scrapinghub"
DEFAULT_BASELINE = REPO / "bench" / "baselines" / "extraction.json"

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingle_counts(text: str | None, n: int = 4) -> Counter:
    """Multiset of ``n``-word shingles; a text shorter than ``n`` words is one short shingle."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(true: str | None, pred: str | None, n: int = 4) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum to 1 (all zero when both texts are empty)."""
    t, p = shingle_counts(true, n), shingle_counts(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    if s == 0:
        return 0.0, 0.0, 0.0
    return tp / s, fp / s, fn / s


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def score(gold: dict[str, str], pred: dict[str, str | None]) -> dict[str, float]:
    """Precision, recall (page averages) and F1 of ``pred`` against ``gold`` (both id -> body)."""
    if set(gold) != set(pred):
        raise ValueError(f"prediction ids differ from the gold ids ({len(set(gold) ^ set(pred))} differ)")
    counts = [page_counts(gold[k], pred[k]) for k in sorted(gold)]
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "pages": len(counts)}


def load_gold(data: Path) -> dict[str, str]:
    gt = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    return {k: v.get("articleBody", "") for k, v in gt.items()}


def load_pages(data: Path, ids: list[str]) -> dict[str, str]:
    pages = {}
    for k in ids:
        with gzip.open(data / "html" / f"{k}.html.gz", "rt", encoding="utf-8") as f:
            pages[k] = f.read()
    return pages


def load_tool_output(path: Path) -> dict[str, str | None]:
    d = json.loads(path.read_text(encoding="utf-8"))
    out = d.get("output", d) if isinstance(d, dict) else d
    return {k: (v or {}).get("articleBody") for k, v in out.items()}


def run_trafilatura(pages: dict[str, str]) -> tuple[dict[str, str | None], float]:
    """Plain trafilatura with default settings, called the way the benchmark's runner calls it."""
    import trafilatura

    t0 = time.perf_counter()
    out = {k: trafilatura.extract(html, include_comments=False) for k, html in pages.items()}
    return out, time.perf_counter() - t0


def run_newsweave(pages: dict[str, str], urls: dict[str, str]) -> tuple[dict[str, str | None], float]:
    """The body newsweave stores: extraction + metadata + cleaning, exactly as ingestion does."""
    from newsweave.errors import InputError
    from newsweave.model import RawDoc
    from newsweave.pipeline import finish, prepare
    from newsweave.settings import Settings

    settings = Settings.load(environ={})
    out: dict[str, str | None] = {}
    t0 = time.perf_counter()
    for k, html in pages.items():
        raw = RawDoc(source=f"{k}.html", kind="html", content=html, fmt="html", meta={"url": urls.get(k)})
        try:
            out[k] = finish(prepare(raw, settings), settings, set()).text
        except InputError:
            out[k] = ""
    return out, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA, help="benchmark folder (default: %(default)s)")
    ap.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE, help="floors file (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N pages (quick look; floors not checked)")
    ap.add_argument("--dump", type=Path, default=None, help="write newsweave's outputs here as {id: {articleBody}}")
    ap.add_argument("--worst", type=int, default=0, help="list the N pages where newsweave has the lowest F1")
    args = ap.parse_args(argv)

    data = args.data.resolve()
    if not (data / "ground-truth.json").exists():
        print(f"extraction bench: no ground-truth.json in {data}; pass the benchmark folder", file=sys.stderr)
        return 2
    gold = load_gold(data)

    # 1. validate the scorer against published figures before trusting it
    published = {"trafilatura.json": (0.958, 0.938, 0.978)}
    print("scorer check on published tool outputs (F1 / P / R):")
    ok = True
    for path in sorted((data / "tool_outputs").glob("*.json")):
        s = score(gold, load_tool_output(path))
        line = f"  {path.stem:<14} {s['f1']:.3f} / {s['precision']:.3f} / {s['recall']:.3f}"
        if path.name in published:
            want = published[path.name]
            got = (round(s["f1"], 3), round(s["precision"], 3), round(s["recall"], 3))
            match = got == want
            ok &= match
            line += f"   published {want[0]:.3f} / {want[1]:.3f} / {want[2]:.3f} {'OK' if match else 'MISMATCH'}"
        print(line)
    if not ok:
        print("extraction bench: the scorer does not reproduce the published figures", file=sys.stderr)
        return 1

    ids = sorted(gold)[: args.limit] if args.limit else sorted(gold)
    gt = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    urls = {k: gt[k].get("url") for k in ids}
    pages = load_pages(data, ids)
    sub = {k: gold[k] for k in ids}

    import trafilatura

    traf, t_traf = run_trafilatura(pages)
    nw, t_nw = run_newsweave(pages, urls)
    s_traf, s_nw = score(sub, traf), score(sub, nw)
    print(f"\n{len(ids)} pages                   F1      precision  recall   pages/s")
    print(f"  trafilatura {trafilatura.__version__:<8}     {s_traf['f1']:.3f}   {s_traf['precision']:.3f}      "
          f"{s_traf['recall']:.3f}    {len(ids) / t_traf:.1f}")
    print(f"  newsweave                {s_nw['f1']:.3f}   {s_nw['precision']:.3f}      "
          f"{s_nw['recall']:.3f}    {len(ids) / t_nw:.1f}")

    if args.dump:
        args.dump.write_text(json.dumps({k: {"articleBody": v} for k, v in nw.items()}, ensure_ascii=False))
    if args.worst:
        per = sorted(ids, key=lambda k: 2 * (c := page_counts(gold[k], nw[k]))[0] / (2 * c[0] + c[1] + c[2] or 1))
        for k in per[: args.worst]:
            tp, fp, fn = page_counts(gold[k], nw[k])
            ttp, tfp, tfn = page_counts(gold[k], traf[k])
            print(f"  {k[:16]} newsweave tp={tp:.2f} fp={fp:.2f} fn={fn:.2f}   trafilatura tp={ttp:.2f} fp={tfp:.2f} fn={tfn:.2f}")

    if args.limit:
        return 0
    floors = json.loads(args.baseline.read_text()) if args.baseline.exists() else {}
    failed = []
    for key in ("f1", "precision", "recall"):
        floor = floors.get(key)
        if floor is not None and s_nw[key] < floor:
            failed.append(f"{key} {s_nw[key]:.3f} < floor {floor}")
    if floors.get("precision_not_below_trafilatura") and s_nw["precision"] < s_traf["precision"]:
        failed.append(f"precision {s_nw['precision']:.3f} < trafilatura's {s_traf['precision']:.3f}")
    if failed:
        print("BELOW FLOOR: " + "; ".join(failed), file=sys.stderr)
        return 1
    print(f"floors ({args.baseline.name}): ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
