"""Core commands: run, ingest, articles, show, search, export, rejects."""

from __future__ import annotations

import argparse
import sys
import textwrap

from .. import pipeline
from ..export import export
from .common import (add_common, add_executor, close_progress, emit_json, load_settings, open_db, open_executor,
                     progress_printer)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="ingest inputs, update stories and analyses, export (the main job)",
                       description="Ingest every input (files, directories, '-' for stdin), bring stories, ledgers "
                       "and briefs up to date, and write the export folder (articles.jsonl, stories.json, briefs).\n"
                       "Bad inputs are reported and stored as rejects; the others go on.\n\n"
                       "Example: newsweave run demo/corpus --db demo.db --out demo-out",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*", help="files, directories or '-' (none: only update and export)")
    p.add_argument("--out", default="newsweave-out", metavar="DIR", help="export folder (default: newsweave-out)")
    p.add_argument("--strict", action="store_true", help="exit non-zero if any input was rejected")
    add_executor(p)
    add_common(p, json_out=True)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("ingest", help="read, clean, de-duplicate and store inputs (no export)",
                       description="Store articles from files, directories or '-' (stdin). Ingesting the same input "
                       "twice changes nothing.")
    p.add_argument("inputs", nargs="+", help="files, directories or '-'")
    p.add_argument("--strict", action="store_true", help="exit non-zero if any input was rejected")
    add_executor(p)
    add_common(p, json_out=True)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("articles", help="list stored articles")
    p.add_argument("--outlet", help="only this outlet")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50; 0 = all)")
    add_common(p, json_out=True)
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("show", help="one article: metadata, clean text, and what was removed and why")
    p.add_argument("id", help="article id (see `newsweave articles`)")
    p.add_argument("--raw", action="store_true", help="also print the raw input")
    add_common(p, json_out=True)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("search", help="full-text search over titles and bodies (SQLite FTS5 syntax)",
                       description='Search articles. Words are ANDed; "quoted phrases", OR, NOT and prefix* work.')
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    add_common(p, json_out=True)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("export", help="write articles.jsonl and stories.json (docs/format.md)")
    p.add_argument("--out", required=True, metavar="DIR")
    add_common(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("rejects", help="inputs that could not be ingested, with the reason")
    add_common(p, json_out=True)
    p.set_defaults(func=cmd_rejects)


def _print_ingest(rep: dict, quiet: bool) -> None:
    if quiet:
        return
    print(f"read {rep['read']} records: {rep['stored']} new articles, {rep['unchanged']} unchanged, "
          f"{rep['reprints']} reprints, {rep['rejected']} rejected", file=sys.stderr)
    for r in rep["rejects"][:20]:
        print(f"  rejected: {r}", file=sys.stderr)
    if len(rep["rejects"]) > 20:
        print(f"  ... and {len(rep['rejects']) - 20} more (newsweave rejects)", file=sys.stderr)


def _exit_code(rep: dict, strict: bool, had_inputs: bool) -> int:
    if strict and rep["rejected"]:
        return 1
    if had_inputs and rep["stored"] == 0 and rep["unchanged"] == 0:
        return 1
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    cb = progress_printer(args)
    with open_db(args, settings) as store, open_executor(args, settings) as ex:
        result = pipeline.process(args.inputs, store, settings, args.out, cb, executor=ex)
        close_progress(cb)
        if args.json:
            emit_json(result)
        else:
            _print_ingest(result["ingest"], args.quiet)
            if not args.quiet:
                for name, stats in result["steps"].items():
                    print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in stats.items()), file=sys.stderr)
                print(f"results in {args.out}/ (articles.jsonl, stories.json); database {store.url}")
        return _exit_code(result["ingest"], args.strict, bool(args.inputs))


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    cb = progress_printer(args)
    with open_db(args, settings) as store, open_executor(args, settings) as ex:
        rep = pipeline.ingest(args.inputs, store, settings, cb, executor=ex).to_dict()
        close_progress(cb)
        if args.json:
            emit_json(rep)
        else:
            _print_ingest(rep, args.quiet)
        return _exit_code(rep, args.strict, True)


def cmd_articles(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    with open_db(args, settings) as store:
        rows = []
        for a in store.iter_articles(outlet=args.outlet, limit=args.limit or None):
            rows.append({"id": a.id, "published": a.published, "outlet": a.outlet, "language": a.language,
                         "title": a.title, "reprint_of": a.reprint_of, "source": a.source})
        if args.json:
            emit_json(rows)
            return 0
        for r in rows:
            rp = f"  (reprint of {r['reprint_of']})" if r["reprint_of"] else ""
            print(f"{r['id']:<18} {(r['published'] or '-')[:10]:<10} {(r['outlet'] or '-')[:18]:<18} "
                  f"{r['language'] or '-':<3} {(r['title'] or '(no title)')[:70]}{rp}")
        if not args.quiet:
            print(f"{len(rows)} of {store.count_articles()} articles", file=sys.stderr)
        return 0


def cmd_show(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    with open_db(args, settings) as store:
        a = store.get_article(args.id)
        if a is None:
            print(f"newsweave: no article with id {args.id!r} (see `newsweave articles`)", file=sys.stderr)
            return 1
        if args.json:
            d = a.to_export()
            if args.raw:
                d["raw"] = a.raw
            emit_json(d)
            return 0
        for k in ("id", "title", "outlet", "published", "language", "dateline", "byline", "credit", "url", "source", "reprint_of"):
            v = getattr(a, k)
            if v:
                print(f"{k + ':':<12}{v}")
        print()
        for para in a.text.split("\n\n"):
            print(textwrap.fill(para, 100))
            print()
        if a.removed:
            print(f"--- removed ({len(a.removed)}) ---")
            for r in a.removed:
                t = r.text if len(r.text) <= 90 else r.text[:87] + "..."
                print(f"  [{r.reason}] {t}")
        if args.raw:
            print("--- raw input ---")
            print(a.raw)
        return 0


def cmd_search(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    with open_db(args, settings) as store:
        hits = store.search(args.query, limit=args.limit)
        if args.json:
            emit_json(hits)
            return 0
        for h in hits:
            print(f"{h['id']:<18} {(h['outlet'] or '-')[:18]:<18} {(h['title'] or '')[:60]}\n    {h['snippet']}")
        if not args.quiet:
            print(f"{len(hits)} hits", file=sys.stderr)
        return 0


def cmd_export(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    with open_db(args, settings) as store:
        files = export(store, args.out, settings)
        if not args.quiet:
            print(f"wrote {', '.join(files.values())}")
        return 0


def cmd_rejects(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    with open_db(args, settings) as store:
        rows = store.rejects()
        if args.json:
            emit_json(rows)
            return 0
        for r in rows:
            rec = f" [{r['record']}]" if r["record"] else ""
            print(f"{r['source']}{rec}: [{r['code']}] {r['message']}")
        return 0
