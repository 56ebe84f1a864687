"""Citation validity: every statement of a brief points to spans that exist and back it.

:func:`check_citations` is the gate the tests and the benchmark run over every brief. Rules:

* every summary sentence and every section item has at least one citation;
* every citation names a stored article and ``0 <= start < end <= len(text)``;
* *verbatim* items (extractive summary sentences, quotes, the two sides of a disagreement): the
  first citation's span contains the text exactly; every further citation
  :func:`~newsweave.brief.select.supports` it (lexical overlap, shared numbers and names), or,
  when marked ``"part": true`` (another outlet quoting only a piece of a quotation), is a run of
  whole words of the text once case, quote marks and punctuation are unified;
* *supported* items (rewritten sentences, key facts, single-source facts, timeline entries): their
  content words are found in the cited spans (share at least ``check_min_support``), and a
  rewritten sentence brings no number, name or date its spans do not contain.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..store.base import Store
from . import text as T
from .select import supports

DEFAULT_MIN_SUPPORT = 0.2


def iter_items(brief: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(where, item, mode) for every cited statement of a brief; mode is "verbatim" or "supported"."""
    for i, s in enumerate(brief.get("sentences") or []):
        yield f"sentences[{i}]", s, "supported" if s.get("generated") else "verbatim"
    sec = brief.get("sections") or {}
    for name in ("key_facts", "single_source", "timeline"):
        for i, s in enumerate(sec.get(name) or []):
            yield f"{name}[{i}]", s, "supported"
    for i, s in enumerate(sec.get("quotes") or []):
        yield f"quotes[{i}]", s, "verbatim"
    for i, d in enumerate(sec.get("disagreements") or []):
        for side in ("a", "b"):
            yield f"disagreements[{i}].{side}", d[side], "verbatim"


def check_citations(store: Store, brief: dict[str, Any], min_support: float | None = None,
                    texts: dict[str, str] | None = None) -> list[str]:
    """Problems found (empty = valid). ``texts`` (article id -> text) avoids store reads."""
    if min_support is None:
        min_support = float(brief.get("check_min_support", DEFAULT_MIN_SUPPORT))
    cache: dict[str, str | None] = dict(texts or {})

    def text_of(aid: str) -> str | None:
        if aid not in cache:
            a = store.get_article(aid)
            cache[aid] = a.text if a else None
        return cache[aid]

    problems: list[str] = []
    for where, item, mode in iter_items(brief):
        text = item.get("text") or ""
        cites = item.get("citations") or []
        if not text.strip():
            problems.append(f"{where}: empty text")
            continue
        if not cites:
            problems.append(f"{where}: no citation for {text[:60]!r}")
            continue
        spans: list[str] = []
        for k, c in enumerate(cites):
            aid = c.get("article_id")
            t = text_of(aid) if isinstance(aid, str) else None
            if t is None:
                problems.append(f"{where}: citation {k} names unknown article {aid!r}")
                continue
            s, e = c.get("start"), c.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(t)):
                problems.append(f"{where}: citation {k} [{s}, {e}) is outside article {aid} ({len(t)} chars)")
                continue
            spans.append(t[s:e])
            if mode == "verbatim":
                if k == 0 and text not in t[s:e]:
                    problems.append(f"{where}: first citation {aid}[{s}:{e}] does not contain the text")
                elif k > 0 and c.get("part"):
                    if not _is_part(t[s:e], text):
                        problems.append(f"{where}: citation {k} {aid}[{s}:{e}] is marked as a part of the text "
                                        "but is not found in it")
                elif k > 0 and not supports(text, t[s:e], min_support):
                    problems.append(f"{where}: citation {k} {aid}[{s}:{e}] does not support the text")
        if mode == "supported" and spans:
            problems.extend(f"{where}: {p}" for p in unsupported(text, " ".join(spans), min_support,
                                                               strict=bool(item.get("generated"))))
    return problems


def _is_part(span: str, text: str, min_words: int = 3) -> bool:
    """Is ``span`` (another outlet's shorter quotation) a run of whole words of ``text``?

    Compared after :func:`~newsweave.analyze.quotes.normalize_for_match` (case, quote marks,
    dashes and punctuation unified), the tolerance the quote ledger links "also in" spans with.
    """
    from ..analyze.quotes import normalize_for_match

    ns, nt = normalize_for_match(span)[0], normalize_for_match(text)[0]
    return len(ns.split()) >= min_words and f" {ns} " in f" {nt} "


def unsupported(text: str, evidence: str, min_support: float, *, strict: bool) -> list[str]:
    """Why ``evidence`` does not back ``text`` (empty when it does).

    ``strict`` (for generated text) also demands that every number, name and date of ``text``
    appears in the evidence: a model must not add facts while rephrasing.
    """
    out = []
    share = T.lexical_support(text, evidence)
    if share < min_support:
        out.append(f"only {share:.0%} of its content words are in the cited spans (needs {min_support:.0%})")
    if strict:
        miss = T.numbers(text) - T.numbers(evidence)
        if miss:
            out.append(f"numbers not in the cited spans: {', '.join(sorted(miss))}")
        ev_tokens = T.content_tokens(evidence)
        miss_names = {n for n in T.names(text) if n not in ev_tokens}
        if miss_names:
            out.append(f"names not in the cited spans: {', '.join(sorted(miss_names))}")
        miss_dates = T.date_words(text) - T.date_words(evidence)
        if miss_dates:
            out.append(f"dates not in the cited spans: {', '.join(sorted(miss_dates))}")
    return out


def validity(store: Store, briefs: list[dict[str, Any]], texts: dict[str, str] | None = None) -> tuple[int, int, list[str]]:
    """(valid statements, all statements, problems) over many briefs."""
    total = 0
    bad_items: set[tuple[int, str]] = set()
    problems: list[str] = []
    for n, b in enumerate(briefs):
        total += sum(1 for _ in iter_items(b))
        for p in check_citations(store, b, texts=texts):
            problems.append(f"{b.get('story_id')}: {p}")
            bad_items.add((n, p.split(":", 1)[0]))
    return total - len(bad_items), total, problems
