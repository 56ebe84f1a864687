"""Story commands: ``newsweave stories`` (list) and ``newsweave story ID`` (one story).

``story ID`` prints a list of sections (:data:`STORY_SECTIONS`); other modules add theirs with
:func:`register_story_section` (the evidence ledger, the brief), so the command grows without
this module knowing about them.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Callable

from ..cluster import recluster, resolve_story_id, update_stories
from ..store.base import Store
from .common import add_common, close_progress, emit_json, load_settings, open_db, progress_printer

# a section renderer: (store, story doc) -> lines to print (empty: nothing to show)
SectionRenderer = Callable[[Store, dict[str, Any]], list[str]]
STORY_SECTIONS: list[tuple[str, SectionRenderer]] = []
# a JSON extender: (store, story doc) -> keys added to `story ID --json`
JsonExtender = Callable[[Store, dict[str, Any]], dict[str, Any]]
STORY_JSON: list[tuple[str, JsonExtender]] = []


def register_story_section(name: str, *, json: JsonExtender | None = None) -> Callable[[SectionRenderer], SectionRenderer]:
    """Add (or replace) a section of ``newsweave story ID`` output, printed in registration order."""

    def deco(fn: SectionRenderer) -> SectionRenderer:
        STORY_SECTIONS[:] = [(n, f) for n, f in STORY_SECTIONS if n != name] + [(name, fn)]
        if json is not None:
            STORY_JSON[:] = [(n, f) for n, f in STORY_JSON if n != name] + [(name, json)]
        return fn

    return deco


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "stories", help="list stories (groups of articles reporting one event)",
        description="List the stories found so far, newest first: id, dates, how many articles and independent "
        "sources, languages, title. Stories are brought up to date first (only new articles are clustered).\n\n"
        "Examples:\n"
        "  newsweave stories --db news.db\n"
        "  newsweave stories --db news.db --min-sources 3 --language de\n"
        "  newsweave stories --db news.db --json > stories.json\n"
        "  newsweave stories --db news.db --recluster     after changing [stories] settings",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--since", metavar="DATE", help="only stories with articles published on or after DATE (YYYY-MM-DD)")
    p.add_argument("--until", metavar="DATE", help="only stories that began on or before DATE (YYYY-MM-DD)")
    p.add_argument("--outlet", help="only stories with an article from this outlet")
    p.add_argument("--language", metavar="CODE", help="only stories with an article in this language (en, de, ...)")
    p.add_argument("--min-articles", type=int, default=1, metavar="N", help="only stories with at least N articles")
    p.add_argument("--min-sources", type=int, default=1, metavar="N",
                   help="only stories with at least N independent sources (reprints count once)")
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50; 0 = all)")
    p.add_argument("--no-update", action="store_true", help="do not cluster new articles first")
    p.add_argument("--recluster", action="store_true",
                   help="forget all stories and cluster every article again (embeddings are kept)")
    add_common(p, json_out=True)
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser(
        "story", help="one story: metadata and its articles (outlet, date, reprints)",
        description="Show one story: title, dates, outlets, languages, independent sources, and every article "
        "with outlet, date and language, reprints marked with their original. An id of a story that was merged "
        "into another is accepted: the command says so and shows the story it went into.\n\n"
        "Example: newsweave story s1a2b3c4d5e6f --db news.db",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("id", help="story id (see `newsweave stories`), also an old id of a merged story")
    add_common(p, json_out=True)
    p.set_defaults(func=cmd_story)


def _matches(d: dict[str, Any], args: argparse.Namespace) -> bool:
    if len(d.get("article_ids", [])) < args.min_articles or d.get("independent_sources", 0) < args.min_sources:
        return False
    if args.since and (d.get("last_published") or "") < args.since:
        return False
    if args.until and (d.get("first_published") or "9999") > args.until:
        return False
    if args.outlet and args.outlet not in d.get("outlets", []):
        return False
    if args.language and args.language not in d.get("languages", []):
        return False
    return True


def cmd_stories(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    with open_db(args, settings) as store:
        if args.recluster or not args.no_update:
            cb = progress_printer(args)
            stats = (recluster if args.recluster else update_stories)(store, settings, cb)
            close_progress(cb)
            if stats["articles"] and not args.quiet and not args.json:
                print(f"clustered {stats['articles']} new articles ({stats['mode']}): {stats['stories']} stories, "
                      f"{stats['merged']} merges", file=sys.stderr)
        rows = [d for _, d in store.iter_docs("story") if not d.get("merged_into") and _matches(d, args)]
        rows.sort(key=lambda d: (d.get("last_published") or "", len(d["article_ids"]), d["id"]), reverse=True)
        total = len(rows)
        if args.limit:
            rows = rows[: args.limit]
        if args.json:
            emit_json(rows)
            return 0
        for d in rows:
            dates = _dates(d)
            print(f"{d['id']:<14} {dates:<23} {len(d['article_ids']):>4} art {d['independent_sources']:>3} src "
                  f"{','.join(d['languages']) or '-':<8} {_one_line(d.get('title'), 70)}")
        if not args.quiet:
            print(f"{len(rows)} of {total} stories (newsweave story ID shows one)", file=sys.stderr)
        return 0


def _dates(d: dict[str, Any]) -> str:
    a, b = (d.get("first_published") or "")[:10], (d.get("last_published") or "")[:10]
    if not a:
        return "-"
    return a if a == b else f"{a}..{b}"


def _one_line(text: str | None, n: int) -> str:
    t = " ".join((text or "(no title)").split())
    return t if len(t) <= n else t[: n - 1] + "…"


def cmd_story(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    with open_db(args, settings) as store:
        live = resolve_story_id(store, args.id)
        if live is None:
            print(f"newsweave: no story with id {args.id!r} (see `newsweave stories`)", file=sys.stderr)
            return 1
        doc = store.get_doc("story", live)
        if args.json:
            out = dict(doc)
            if live != args.id:
                out["requested_id"] = args.id
            for _, ext in STORY_JSON:
                out.update(ext(store, doc))
            emit_json(out)
            return 0
        if live != args.id:
            print(f"story {args.id} was merged into {live}; showing {live}\n")
        for _, render in STORY_SECTIONS:
            lines = render(store, doc)
            if lines:
                print("\n".join(lines))
                print()
        return 0


@register_story_section("metadata")
def _metadata_section(store: Store, d: dict[str, Any]) -> list[str]:
    lines = [f"{d['id']}: {_one_line(d.get('title'), 200)}",
             f"  published        {_dates(d)}",
             f"  articles         {len(d['article_ids'])} ({len(d.get('reprints', {}))} reprints)",
             f"  independent      {d['independent_sources']} sources",
             f"  outlets          {', '.join(d['outlets']) or '-'}",
             f"  languages        {', '.join(d['languages']) or '-'}"]
    if d.get("aliases"):
        lines.append(f"  merged from      {', '.join(d['aliases'])}")
    lines.append(f"  version          {d['version']}")
    return lines


@register_story_section("articles")
def _articles_section(store: Store, d: dict[str, Any]) -> list[str]:
    arts = {a.id: a for a in store.get_articles(d["article_ids"])}
    reprints = d.get("reprints", {})
    lines = ["articles (arrival order):"]
    for aid in d["article_ids"]:
        a = arts.get(aid)
        if a is None:
            lines.append(f"  {aid}  (no longer stored)")
            continue
        mark = f"  [reprint of {reprints[aid]}]" if aid in reprints else ""
        lines.append(f"  {aid:<18} {(a.published or '-')[:10]:<10} {_one_line(a.outlet or '-', 22):<22} "
                     f"{a.language or '-':<3} {_one_line(a.title, 60)}{mark}")
    return lines


def _ledger(store: Store, d: dict[str, Any]) -> dict[str, Any] | None:
    try:
        from ..analyze import get_ledger
    except ImportError:  # pragma: no cover - the analyze package ships with newsweave
        return None
    return get_ledger(store, d["id"])


def _ledger_json(store: Store, d: dict[str, Any]) -> dict[str, Any]:
    ledger = _ledger(store, d)
    if not ledger:
        return {}
    return {k: ledger.get(k, []) for k in ("claims", "quotes", "entities", "timeline")}


@register_story_section("ledger", json=_ledger_json)
def _ledger_section(store: Store, d: dict[str, Any]) -> list[str]:
    ledger = _ledger(store, d)
    if not ledger:
        return ["evidence ledger: not built yet (run `newsweave run` or `newsweave export`)"]
    from ..analyze import render_ledger_text

    return render_ledger_text(ledger).rstrip("\n").split("\n")
