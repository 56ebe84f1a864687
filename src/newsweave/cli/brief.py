"""``newsweave brief``: the cited brief of one story (Markdown, HTML or JSON), its versions and diffs."""

from __future__ import annotations

import argparse
import sys

from .common import add_common, load_settings, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "brief", help="the cited brief of a story: summary, key facts, disagreements, quotes, timeline",
        description="Print the brief of a story. Every sentence carries numbered citations to the exact "
        "source spans (article id and characters) that support it.\n\n"
        "The current brief is built when missing or out of date (the story gained articles) and kept as a "
        "new version; all versions are kept.\n\n"
        "Examples:\n"
        "  newsweave brief s-1a2b --db news.db                  Markdown to stdout\n"
        "  newsweave brief s-1a2b --format html -o brief.html   a self-contained page\n"
        "  newsweave brief s-1a2b --versions                    list kept versions\n"
        "  newsweave brief s-1a2b --version 2 --format json     one old version\n"
        "  newsweave brief s-1a2b --diff                        what is new since the previous version\n"
        "  newsweave brief s-1a2b --check                       verify every citation (exit 1 on a problem)",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("story_id", metavar="STORY_ID", help="story id (see `newsweave stories`); merged ids are followed")
    p.add_argument("--format", choices=("md", "html", "json"), default="md", help="output format (default: md)")
    p.add_argument("--version", dest="brief_version", type=int, default=None, metavar="N",
                   help="show stored version N instead of the current brief")
    p.add_argument("--versions", action="store_true", help="list the kept versions and exit")
    p.add_argument("--diff", action="store_true",
                   help="show what is new since the previous version (of N with --version N)")
    p.add_argument("--check", action="store_true", help="check every citation; print problems, exit 1 if any")
    p.add_argument("--rebuild", action="store_true", help="build a new version now even if nothing changed")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    add_common(p)
    p.set_defaults(func=cmd_brief)


def _emit(text: str, path: str | None) -> None:
    if path:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)


def cmd_brief(args: argparse.Namespace) -> int:
    from ..brief import (check_citations, diff_versions, get_brief, list_versions, render_diff_markdown, render_html,
                         render_json, render_markdown, update_brief)
    from ..brief.check import iter_items

    settings = load_settings(args)
    with open_db(args, settings) as store:
        if args.versions:
            for n in list_versions(store, args.story_id):
                b = get_brief(store, args.story_id, n)
                print(f"{n:>4}  {b.get('created_at', '')}  {len(b.get('article_ids') or [])} articles  "
                      f"story version {b.get('story_version')}")
            return 0
        if args.brief_version is None:
            update_brief(store, args.story_id, settings, force=args.rebuild)
        if args.diff:
            d = diff_versions(store, args.story_id, args.brief_version)
            _emit(render_json(d) if args.format == "json" else render_diff_markdown(d), args.output)
            return 0
        brief = get_brief(store, args.story_id, args.brief_version)
        if args.check:
            problems = check_citations(store, brief)
            for pr in problems:
                print(pr)
            if not args.quiet:
                n = sum(1 for _ in iter_items(brief))
                print(f"{n - len(problems)} of {n} cited statements valid", file=sys.stderr)
            return 1 if problems else 0
        ids = sorted({c["article_id"] for _, it, _ in iter_items(brief) for c in it.get("citations") or []})
        texts = {a.id: a.text for a in store.get_articles(ids)}
        if args.format == "json":
            out = render_json(brief)
        elif args.format == "html":
            out = render_html(brief, texts)
        else:
            out = render_markdown(brief, texts)
        _emit(out, args.output)
        return 0
