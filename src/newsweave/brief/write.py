"""Export: ``brief`` in stories.json, and Markdown + HTML files per story with an index."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..settings import Settings
from ..store.base import Store
from .render import h, md_escape, page, render_html, render_markdown

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def file_stem(story_id: str) -> str:
    """A file name for a story id (ids are untrusted: no path separators, no leading dot)."""
    stem = _UNSAFE.sub("_", story_id).lstrip(".") or "story"
    if stem != story_id:
        import hashlib

        stem = f"{stem[:80]}-{hashlib.sha1(story_id.encode()).hexdigest()[:8]}"
    return stem[:120]


def brief_enricher(store: Store, story: dict[str, Any]) -> dict[str, Any]:
    b = store.get_doc("brief", story["id"]) or {}
    return {"brief": [{"text": s["text"], "citations": s["citations"]} for s in b.get("sentences") or []]}


def write_briefs(store: Store, settings: Settings, out: Path) -> list[str]:
    """Write ``briefs/<story>.md`` and ``.html`` for every live story with a brief, plus the indexes."""
    from ..export import _atomic_write

    live = {k: d for k, d in store.iter_docs("story") if not d.get("merged_into")}
    briefs = [(k, b) for k, b in store.iter_docs("brief") if k in live]
    if not briefs:
        return []
    folder = out / "briefs"
    folder.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    rows = []
    for sid, b in briefs:
        ids = {c["article_id"] for item in _all_items(b) for c in item.get("citations") or []}
        texts = {a.id: a.text for a in store.get_articles(sorted(ids))}
        stem = file_stem(sid)
        md, ht = folder / f"{stem}.md", folder / f"{stem}.html"
        _atomic_write(md, lambda fh, b=b, t=texts: fh.write(render_markdown(b, t)))
        _atomic_write(ht, lambda fh, b=b, t=texts: fh.write(render_html(b, t)))
        written += [str(md), str(ht)]
        story = live[sid]
        rows.append((story.get("last_published") or "", sid, stem, b))
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    md_lines = ["# Story briefs", ""]
    html_rows = []
    for last, sid, stem, b in rows:
        first = (b.get("sentences") or [{}])[0].get("text", "")
        n_src = len(b.get("article_ids") or [])
        md_lines.append(f"- [{md_escape(b.get('headline') or sid)}](briefs/{stem}.md) — {n_src} articles, "
                        f"version {b.get('version')}, {md_escape(last[:10] or 'undated')}: {md_escape(first)}")
        html_rows.append(f'<li><a href="briefs/{h(stem)}.html">{h(b.get("headline") or sid)}</a> '
                         f'<span class="meta">{n_src} articles · version {h(b.get("version"))} · {h(last[:10] or "undated")}</span>'
                         f"<br>{h(first)}</li>")
    idx_md, idx_html = out / "index.md", out / "index.html"
    _atomic_write(idx_md, lambda fh: fh.write("\n".join(md_lines) + "\n"))
    _atomic_write(idx_html, lambda fh: fh.write(page("Story briefs — newsweave",
                                                     "<h1>Story briefs</h1>\n<ul>\n" + "\n".join(html_rows) + "\n</ul>")))
    return written + [str(idx_md), str(idx_html)]


def _all_items(b: dict[str, Any]):
    from .check import iter_items

    for _, item, _ in iter_items(b):
        yield item
