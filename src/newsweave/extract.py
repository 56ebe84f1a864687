"""Body and metadata of a record: HTML through trafilatura + htmldate, text as it is.

HTML bodies come from two trafilatura passes over one parsed page: the *precision* pass (which
leaves out more boilerplate) is used unless it kept less than ``[extract] fallback_ratio`` of
what the *recall* pass found, in which case it probably cut the article itself and the recall
pass is used. On the Scrapinghub article-extraction benchmark this beats either mode alone (see
docs/cleaning.md and ``bench/extraction.py``); what trafilatura leaves is then cleaned by
:mod:`newsweave.clean` like any plain text.

The publication date comes from htmldate, preferring the original date over a later update.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .errors import EmptyInput, MalformedInput
from .ingest.bytes_ import normalize_text
from .model import RawDoc

# used when no Settings object is passed (library callers, tests)
DEFAULT_FALLBACK_RATIO = 0.5


@dataclass(slots=True)
class Extraction:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def _paragraphs(text: str | None) -> str:
    # trafilatura separates paragraphs with one newline; our cleaner works on blank-line paragraphs
    return "\n\n".join(line.strip() for line in (text or "").split("\n") if line.strip())


def extract_html(html: str, source: str, url: str | None = None, *, fallback_ratio: float = DEFAULT_FALLBACK_RATIO,
                 original_date: bool = True) -> Extraction:
    """Extract the article body and metadata of one HTML page.

    Raises :class:`MalformedInput` when the page cannot be parsed and :class:`EmptyInput` when
    no body is found. ``meta`` may hold ``title``, ``outlet`` (site name), ``published`` (ISO
    date, or the full datetime of ``article:published_time`` when the page gives one), ``byline``, ``url`` and ``x_extraction`` (which trafilatura pass was used).
    """
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
    except Exception as exc:  # noqa: BLE001 - lxml raises assorted errors on broken pages
        raise MalformedInput(f"cannot parse the HTML: {exc}", source=source) from None
    if tree is None:
        raise MalformedInput("cannot parse the HTML (no document element)", source=source)
    common = dict(url=url, include_comments=False, include_tables=True, deduplicate=False)
    try:
        # trafilatura prunes the tree it is given: each pass gets its own copy
        precise = trafilatura.bare_extraction(copy.deepcopy(tree), favor_precision=True, with_metadata=True, **common)
        recall = trafilatura.bare_extraction(copy.deepcopy(tree), favor_recall=True, with_metadata=False, **common)
    except Exception as exc:  # noqa: BLE001
        raise MalformedInput(f"cannot extract from the HTML: {exc}", source=source) from None
    p_text = _paragraphs(precise.text if precise is not None else None)
    r_text = _paragraphs(recall.text if recall is not None else None)
    if len(p_text) >= fallback_ratio * len(r_text) and p_text:
        text, used = p_text, "precision"
    else:
        text, used = r_text, "recall"
    if not text.strip():
        raise EmptyInput("no article body found in the HTML", source=source)
    meta: dict[str, Any] = {"x_extraction": used}
    if precise is not None:
        if precise.title:
            meta["title"] = normalize_text(precise.title).strip()
        if precise.sitename:
            meta["outlet"] = normalize_text(precise.sitename).strip()
        if precise.author:
            meta["byline"] = normalize_text(precise.author).strip()
        if precise.url:
            meta["url"] = precise.url
    published = find_html_date(tree, url, original_date=original_date)
    if published is None and precise is not None and precise.date:
        published = precise.date
    stamp = meta_published_time(tree)
    # the page's own timestamp keeps the time of day htmldate drops; when the two disagree on
    # the day (htmldate preferred an original date elsewhere on the page), the day stands
    if stamp and (published is None or stamp[:10] == published[:10]):
        published = stamp
    if published:
        meta["published"] = published
    return Extraction(normalize_text(text), meta)


_PUBLISHED_TIME_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@name="article:published_time"]/@content',
    '//meta[@property="og:article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
)


def meta_published_time(tree: Any) -> str | None:
    """The full ISO 8601 datetime of ``<meta property="article:published_time">`` (or
    ``itemprop="datePublished"``) when it has a time of day, else None.

    Normalised as :func:`newsweave.ingest.common.normalize_published` does
    (``2025-01-13T12:00:00+01:00``); an offset is kept when the page gives one.
    """
    from .ingest.common import normalize_published

    for xp in _PUBLISHED_TIME_XPATHS:
        try:
            values = tree.xpath(xp)
        except Exception:  # noqa: BLE001 - a broken tree has no usable meta
            return None
        for v in values:
            v = str(v).strip()
            if len(v) > 10 and v[10:11] in ("T", " ") and v[11:13].isdigit():
                norm = normalize_published(v.replace(" ", "T", 1))
                if norm and len(norm) > 10:
                    return norm
    return None


def find_html_date(tree: Any, url: str | None = None, *, original_date: bool = True) -> str | None:
    """The page's publication date (ISO ``YYYY-MM-DD``) by htmldate, or None."""
    from htmldate import find_date

    try:
        return find_date(copy.deepcopy(tree), url=url, original_date=original_date, extensive_search=True)
    except Exception:  # noqa: BLE001 - a date is optional; a page without one is still an article
        return None


_BLOCKS = {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "section", "article",
           "tr", "table", "ul", "ol", "dd", "dt", "figcaption", "header", "footer"}


def is_fragment(html: str) -> bool:
    """A feed entry or JSON ``html`` field: markup without a page around it."""
    head = html[:2048].lower()
    return not any(tag in head for tag in ("<html", "<body", "<head", "<!doctype"))


def fragment_text(html: str) -> str:
    """Visible text of an HTML fragment, one paragraph per block element (scripts and styles dropped)."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - an unparsable fragment has no text we can trust
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
    return _paragraphs(normalize_text(root.text_content()))


def extract(raw: RawDoc, settings: Any = None) -> Extraction:
    """The text the cleaner works on, plus what the container format told us.

    Feed entries and JSON ``html`` fields are often bare fragments (a few ``<p>``) in which
    trafilatura finds no "main content"; for those the fragment's own text is used when the
    extraction kept less than half of it.
    """
    if raw.kind == "html":
        ratio = settings.extract.fallback_ratio if settings is not None else DEFAULT_FALLBACK_RATIO
        original = settings.extract.original_date if settings is not None else True
        if not is_fragment(raw.content):
            return extract_html(raw.content, raw.source, raw.meta.get("url"), fallback_ratio=ratio, original_date=original)
        frag = fragment_text(raw.content)
        try:
            ex = extract_html(raw.content, raw.source, raw.meta.get("url"), fallback_ratio=ratio, original_date=original)
        except (EmptyInput, MalformedInput):
            # trafilatura wants a document; a tiny fragment can be "no document" to it
            ex = Extraction("", {})
        if len(ex.text) < 0.5 * len(frag):
            meta = {k: v for k, v in ex.meta.items() if k != "x_extraction"}
            meta["x_extraction"] = "fragment"
            return Extraction(frag, meta)
        if not ex.text.strip():
            raise EmptyInput("no text found in the HTML fragment", source=raw.source)
        return ex
    return Extraction(raw.content, {})
