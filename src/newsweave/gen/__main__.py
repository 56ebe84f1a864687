"""``python -m newsweave.gen --n 10000 --seed 1 --out DIR [--format jsonl|txt]``: write a synthetic corpus.

Writes the articles (``DIR/articles.jsonl`` or ``DIR/NNNN/<id>.txt``) and ``DIR/gold.jsonl`` with
one ``{id, event_id, reprint_of}`` per article. For txt output the article id that newsweave
assigns is not the generated id: map gold to articles through the file name (``<id>.txt``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import GOLD_FILE, generate, write_corpus


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m newsweave.gen",
        description="Write a synthetic news corpus (fictional events, outlets with chrome, wire reprints, "
                    "German coverage) plus gold.jsonl (event_id and reprint_of per article id). "
                    "The same --seed gives the same corpus.",
    )
    ap.add_argument("--n", type=int, required=True, help="number of articles")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--out", required=True, help="output folder (created)")
    ap.add_argument("--format", choices=("jsonl", "txt"), default="jsonl",
                    help="one articles.jsonl file, or one .txt file per article (default jsonl)")
    ap.add_argument("--events", type=int, default=None, help="number of events (default: about n/10)")
    ap.add_argument("--languages", default="en,de", help="comma-separated subset of en,de (default en,de)")
    ap.add_argument("--reprint-rate", type=float, default=0.1, help="share of wire reprints (default 0.1)")
    ap.add_argument("--no-chrome", action="store_true", help="plain bodies without outlet chrome lines")
    ap.add_argument("--start", default="2025-01-01", help="first possible event date (ISO, default 2025-01-01)")
    ap.add_argument("--days", type=int, default=60, help="events spread over this many days (default 60)")
    ap.add_argument("--words", type=int, default=None,
                    help="make each original body about this many words (e.g. 600, a typical news article); default ~170")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    try:
        items = generate(args.n, seed=args.seed, languages=tuple(x.strip() for x in args.languages.split(",") if x.strip()),
                         n_events=args.events, reprint_rate=args.reprint_rate, chrome=not args.no_chrome,
                         start=args.start, days=args.days, words=args.words)
        n = write_corpus(items, args.out, args.format, gold_path=Path(args.out) / GOLD_FILE)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    dt = time.perf_counter() - t0
    print(f"wrote {n} articles ({args.format}) and {GOLD_FILE} to {args.out} in {dt:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
