"""``newsweave watch``: continuous ingestion of folders and feeds."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time

from .common import add_common, add_executor, load_settings, open_db, open_executor


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "watch", help="keep the database up to date with folders and feeds (continuous ingestion)",
        description="Watch folders (and feed files or URLs): every pass ingests new or changed files, updates "
        "stories incrementally and gives changed stories' briefs a new version.\n\n"
        "Safe to stop at any moment (Ctrl-C, kill, even kill -9) and start again: files whose articles were not "
        "fully stored are read again, and storing is idempotent, so nothing is lost or stored twice.\n\n"
        "Examples:\n"
        "  newsweave watch inbox/ --db news.db                   a pass every 30 s until stopped\n"
        "  newsweave watch inbox/ --feed wire.xml --interval 5   also a feed file, every 5 s\n"
        "  newsweave watch inbox/ --db news.db --once            one pass, then exit (cron)\n"
        "  newsweave watch inbox/ --feed https://example.org/rss.xml   (needs [fetch] enabled = true)",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dirs", nargs="*", metavar="DIR", help="folders (walked recursively) or single files to watch")
    p.add_argument("--feed", action="append", default=[], metavar="FILE_OR_URL",
                   help="an RSS/Atom feed file (read when it changes) or URL (fetched every pass); repeatable")
    p.add_argument("--interval", type=float, default=None, metavar="SECONDS",
                   help="seconds between passes (default: [watch] interval_seconds, 30)")
    p.add_argument("--once", action="store_true", help="one pass over everything, then exit")
    p.add_argument("--out", default=None, metavar="DIR",
                   help="also rewrite this export folder after every pass that changed something")
    add_executor(p)
    add_common(p, json_out=True)
    p.set_defaults(func=cmd_watch)


def cmd_watch(args: argparse.Namespace) -> int:
    from ..export import export
    from ..run.watch import Watcher

    settings = load_settings(args)
    stop = {"flag": False}

    def on_term(signum: int, frame: object) -> None:
        # finish the current pass's transaction, then leave between passes
        stop["flag"] = True
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    with open_db(args, settings) as store, open_executor(args, settings) as ex:
        w = Watcher(args.dirs, store, settings, feeds=args.feed, executor=ex, settle_seconds=0.0 if args.once else None)
        if not args.quiet and not args.json:
            every = "once" if args.once else f"every {args.interval or settings.watch.interval_seconds:g} s"
            print(f"watching {', '.join(args.dirs + args.feed)} {every}; database {store.url}; stop with Ctrl-C",
                  file=sys.stderr)

        def on_pass(rep) -> None:
            if args.out and rep.changed:
                export(store, args.out, settings)
            if args.json:
                print(json.dumps(rep.to_dict(), ensure_ascii=False, default=str), flush=True)
            elif not args.quiet and (rep.files_ingested or rep.feeds_fetched or rep.number == 1):
                ing = rep.ingest or {}
                print(f"{time.strftime('%H:%M:%S')} pass {rep.number}: {len(rep.files_ingested)} files read, "
                      f"{ing.get('stored', 0)} new articles, {ing.get('unchanged', 0)} unchanged, "
                      f"{ing.get('rejected', 0)} rejected; {rep.files_seen} files watched ({rep.seconds:.1f} s)",
                      file=sys.stderr, flush=True)

        w.run(interval=args.interval if args.interval is not None else settings.watch.interval_seconds,
              once=args.once, on_pass=on_pass, should_stop=lambda: stop["flag"])
    return 0
