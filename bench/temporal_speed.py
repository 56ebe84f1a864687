"""Speed of find_timexes per CPU second, and a fingerprint of its output, on TempEval-3 and Multi-News texts.

Speed: best of ``--repeat`` runs of ``find_timexes`` (English, the document date as DCT) over every
TempEval-3 TBAQ document and every Multi-News sample document, in characters and milliseconds per CPU
second. Fingerprint: a sha256 over every result list of the rules (English with and without a DCT, German
and French rules on the same texts): run it on two checkouts to show that a speed change changed no output.

    python bench/temporal_speed.py [--tbaq ../shared/eval/temporal_tempeval3_tbaq]
        [--multinews ../shared/eval/mds_multinews_sample250/clusters.jsonl] [--repeat 3]

Nothing is written to disk.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.analyze import timex_values as V  # noqa: E402
from newsweave.analyze.time import _detect, _detect_cached, find_timexes  # noqa: E402

EVAL = ROOT / ".." / "shared" / "eval"
MULTINEWS_DCT = "2016-05-01"  # the sample has no dates; a fixed DCT keeps runs comparable


def load(tbaq: Path, multinews: Path) -> dict[str, list[tuple[str, str]]]:
    sets = {"tempeval3": [], "multinews": []}
    for name in ("timebank.jsonl", "aquaint.jsonl"):
        for line in (tbaq / name).open(encoding="utf-8"):
            d = json.loads(line)
            sets["tempeval3"].append((d["text"], d["dct"]["value"]))
    for line in multinews.open(encoding="utf-8"):
        sets["multinews"].extend((t, MULTINEWS_DCT) for t in json.loads(line)["documents"] if t)
    return sets


def fingerprint(texts: list[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    for lang in ("en", "de", "fr"):
        for text, dct in texts:
            for d in ((V.parse_date(dct), None) if lang == "en" else (V.parse_date(dct),)):
                out = [(t.start, t.end, t.data()) for t in _detect(text, d, lang)]
                h.update(json.dumps(out, sort_keys=True).encode())
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tbaq", type=Path, default=EVAL / "temporal_tempeval3_tbaq")
    ap.add_argument("--multinews", type=Path, default=EVAL / "mds_multinews_sample250" / "clusters.jsonl")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.tbaq.is_dir() or not args.multinews.is_file():
        print("no data: pass --tbaq and --multinews", file=sys.stderr)
        return 2
    sets = load(args.tbaq, args.multinews)
    for name, texts in sets.items():
        chars = sum(len(t) for t, _ in texts)
        best = float("inf")
        for _ in range(args.repeat):
            _detect_cached.cache_clear()
            t0 = time.process_time()
            for text, dct in texts:
                find_timexes(text, dct, "en")
            best = min(best, time.process_time() - t0)
        print(f"{name:<10} {len(texts):4d} texts {chars:>9,} chars  best-of-{args.repeat} CPU {best:6.3f} s  "
              f"{chars / best:>11,.0f} chars/s  {1000 * best / len(texts):5.2f} ms/text")
    print("output fingerprint (en with/without DCT, de, fr):",
          fingerprint(sets["tempeval3"] + sets["multinews"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
