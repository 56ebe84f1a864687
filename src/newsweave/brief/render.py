"""Render a brief as Markdown, a self-contained HTML page, or JSON.

All source text is untrusted: HTML output escapes every string (and allows only http(s) links);
Markdown output backslash-escapes the characters that would make markup (so ``<script>`` or
``[x](javascript:...)`` in an article stays literal text).

Citations are numbered in order of first use; each number leads to the source list, which
names the outlet, title and date and, when the article texts are given (``texts``), quotes the
exact cited span, so any sentence can be checked with one click.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any, Iterable

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")

CSS = """
body{font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #ddd}
sup a{text-decoration:none;font-size:.75em;padding:0 .1em}a{color:#0645ad}
.meta{color:#666;font-size:.9rem}.count{display:inline-block;min-width:1.6em;padding:0 .3em;border-radius:.6em;background:#e8f0fe;text-align:center;font-size:.8rem;margin-right:.3em}
.side{margin:.2rem 0 .2rem 1rem}blockquote{margin:.5rem 0 .5rem 1rem;padding-left:.8rem;border-left:3px solid #ccc}
ol.sources li{margin:.4rem 0}.span{background:#fff8c5;font-size:.92rem}.sched{color:#8a5a00;font-weight:600}
.dropped{color:#8b0000}.new{background:#e6ffed}
"""


def md_escape(s: Any) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(s or "").split()))


def h(s: Any) -> str:
    return html.escape(str(s if s is not None else ""), quote=True)


def safe_url(url: Any) -> str | None:
    u = str(url or "").strip()
    return u if re.match(r"^https?://[^\s\"'<>]+$", u, re.I) else None


class _Refs:
    """Numbers citations in order of first use (one number per distinct span)."""

    def __init__(self) -> None:
        self.order: list[tuple[str, int, int]] = []
        self.num: dict[tuple[str, int, int], int] = {}

    def __call__(self, cites: Iterable[dict[str, Any]]) -> list[int]:
        out = []
        for c in cites:
            key = (c["article_id"], int(c["start"]), int(c["end"]))
            if key not in self.num:
                self.order.append(key)
                self.num[key] = len(self.order)
            out.append(self.num[key])
        return out


def _source_label(brief: dict[str, Any], aid: str) -> str:
    info = (brief.get("sources") or {}).get(aid) or {}
    parts = [info.get("outlet") or aid]
    if info.get("title"):
        parts.append(f"“{info['title']}”")
    if info.get("published"):
        parts.append(str(info["published"])[:10])
    if info.get("reprint_of"):
        parts.append(f"reprint of {info['reprint_of']}")
    return ", ".join(parts)


def _support_word(n: int) -> str:
    return f"{n} source" + ("" if n == 1 else "s")


def render_markdown(brief: dict[str, Any], texts: dict[str, str] | None = None) -> str:
    """The brief as Markdown with numbered citations and a source list."""
    refs = _Refs()
    out = [f"# {md_escape(brief.get('headline'))}", ""]
    meta = f"Brief version {brief.get('version', 0)} · {len(brief.get('article_ids') or [])} articles"
    if brief.get("method"):
        meta += f" · {brief['method']}"
    out += [f"_{md_escape(meta)}_", "", "## Summary", ""]

    def cite(cs: Iterable[dict[str, Any]]) -> str:
        return "".join(f"[^{n}]" for n in refs(cs))

    out.append(" ".join(f"{md_escape(s['text'])}{cite(s['citations'])}" for s in brief.get("sentences") or []) or "_(no sentences)_")
    rw = brief.get("rewrite")
    if rw and rw.get("dropped"):
        out += ["", f"_{len(rw['dropped'])} rewritten sentence(s) were dropped as unsupported by their sources._"]
    sec = brief.get("sections") or {}
    if sec.get("key_facts"):
        out += ["", "## Key facts", ""]
        out += [f"- **{_support_word(int(f.get('support') or 1))}:** {md_escape(f['text'])}{cite(f['citations'])}" for f in sec["key_facts"]]
    if sec.get("single_source"):
        out += ["", "## Reported by one source only", ""]
        out += [f"- {md_escape(f['text'])}{cite(f['citations'])}" for f in sec["single_source"]]
    if sec.get("disagreements"):
        out += ["", "## Where sources disagree", ""]
        for d in sec["disagreements"]:
            out.append(f"- **{md_escape(d.get('kind'))}**: {md_escape(d.get('reason'))}")
            for side in ("a", "b"):
                x = d[side]
                val = f" ({md_escape(x['value'])})" if x.get("value") else ""
                out.append(f"  - {md_escape(x['text'])}{val}{cite(x['citations'])}")
    if sec.get("quotes"):
        out += ["", "## Notable quotes", ""]
        out += [f"> “{md_escape(q['text'])}” — {md_escape(q.get('speaker'))}{cite(q['citations'])}\n" for q in sec["quotes"]]
    if sec.get("timeline"):
        out += ["", "## Timeline", ""]
        for t in sec["timeline"]:
            sched = " (scheduled)" if t.get("scheduled") else ""
            out.append(f"- **{md_escape(t.get('date'))}**{sched}: {md_escape(t['text'])}{cite(t['citations'])}")
    if refs.order:
        out += ["", "## Sources", ""]
        for n, (aid, s, e) in enumerate(refs.order, 1):
            line = f"[^{n}]: {md_escape(_source_label(brief, aid))}, characters {s}–{e}"
            if texts and aid in texts:
                line += f": “{md_escape(texts[aid][s:e])}”"
            out.append(line)
    return "\n".join(out).rstrip() + "\n"


def render_html(brief: dict[str, Any], texts: dict[str, str] | None = None, *, title_suffix: str = "newsweave brief") -> str:
    """A self-contained HTML page (inline CSS, no scripts, no external resources)."""
    refs = _Refs()

    def cite(cs: Iterable[dict[str, Any]]) -> str:
        return "".join(f'<sup><a href="#src-{n}" id="use-{n}">[{n}]</a></sup>' for n in refs(cs))

    body = [f"<h1>{h(brief.get('headline'))}</h1>",
            f'<p class="meta">Brief version {h(brief.get("version", 0))} · {len(brief.get("article_ids") or [])} articles'
            f' · {h(brief.get("method"))}</p>', "<h2>Summary</h2>", "<p>"]
    body.append(" ".join(f"{h(s['text'])}{cite(s['citations'])}" for s in brief.get("sentences") or []) or "<em>(no sentences)</em>")
    body.append("</p>")
    rw = brief.get("rewrite")
    if rw and rw.get("dropped"):
        body.append(f'<p class="dropped">{len(rw["dropped"])} rewritten sentence(s) were dropped as unsupported by their sources.</p>')
    sec = brief.get("sections") or {}
    if sec.get("key_facts"):
        body.append("<h2>Key facts</h2><ul>")
        for f in sec["key_facts"]:
            n = int(f.get("support") or 1)
            body.append(f'<li><span class="count" title="{h(_support_word(n))}">{n}</span>{h(f["text"])}{cite(f["citations"])}</li>')
        body.append("</ul>")
    if sec.get("single_source"):
        body.append("<h2>Reported by one source only</h2><ul>")
        body += [f"<li>{h(f['text'])}{cite(f['citations'])}</li>" for f in sec["single_source"]]
        body.append("</ul>")
    if sec.get("disagreements"):
        body.append("<h2>Where sources disagree</h2><ul>")
        for d in sec["disagreements"]:
            body.append(f"<li><strong>{h(d.get('kind'))}</strong>: {h(d.get('reason'))}")
            for side in ("a", "b"):
                x = d[side]
                val = f" <em>({h(x['value'])})</em>" if x.get("value") else ""
                body.append(f'<div class="side">{h(x["text"])}{val}{cite(x["citations"])}</div>')
            body.append("</li>")
        body.append("</ul>")
    if sec.get("quotes"):
        body.append("<h2>Notable quotes</h2>")
        for q in sec["quotes"]:
            body.append(f"<blockquote>“{h(q['text'])}” — {h(q.get('speaker'))}{cite(q['citations'])}</blockquote>")
    if sec.get("timeline"):
        body.append("<h2>Timeline</h2><ul>")
        for t in sec["timeline"]:
            sched = ' <span class="sched">scheduled</span>' if t.get("scheduled") else ""
            body.append(f"<li><strong>{h(t.get('date'))}</strong>{sched}: {h(t['text'])}{cite(t['citations'])}</li>")
        body.append("</ul>")
    if refs.order:
        body.append('<h2>Sources</h2><ol class="sources">')
        sources = brief.get("sources") or {}
        for n, (aid, s, e) in enumerate(refs.order, 1):
            url = safe_url((sources.get(aid) or {}).get("url"))
            label = h(_source_label(brief, aid))
            if url:
                label = f'<a href="{h(url)}" rel="noopener noreferrer nofollow">{label}</a>'
            span = f'<br><span class="span">“{h(texts[aid][s:e])}”</span>' if texts and aid in texts else ""
            body.append(f'<li id="src-{n}">{label} <span class="meta">({h(aid)}, characters {s}–{e})</span>{span}</li>')
        body.append("</ol>")
    return page(f"{brief.get('headline') or brief.get('story_id')} — {title_suffix}", "\n".join(body))


def page(title: str, body: str) -> str:
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
            f"<title>{h(title)}</title><style>{CSS}</style></head>\n<body>\n{body}\n</body></html>\n")


def render_json(brief: dict[str, Any]) -> str:
    return json.dumps(brief, ensure_ascii=False, indent=1) + "\n"


def render_diff_markdown(diff: dict[str, Any]) -> str:
    """'New since last version' as Markdown."""
    out = [f"# New since version {diff.get('from')} (now version {diff.get('to')})", ""]
    if diff.get("new_articles"):
        out.append(f"New articles: {', '.join(md_escape(a) for a in diff['new_articles'])}")
        out.append("")
    labels = (("added", "New in the summary"), ("more_support", "Now supported by more sources"),
              ("new_key_facts", "New key facts"), ("new_disagreements", "New disagreements"),
              ("new_quotes", "New quotes"), ("new_timeline", "New timeline entries"),
              ("removed", "No longer in the summary"))
    any_change = False
    for key, label in labels:
        items = diff.get(key) or []
        if not items:
            continue
        any_change = True
        out += [f"## {label}", ""]
        for it in items:
            if key == "more_support":
                out.append(f"- {md_escape(it['text'])} ({it['from']} → {it['to']} sources)")
            else:
                out.append(f"- {md_escape(it.get('text'))}")
        out.append("")
    if not any_change:
        out.append("Nothing new in the brief.")
    return "\n".join(out).rstrip() + "\n"

