"""Body and metadata of a record: HTML through trafilatura + htmldate, text as it is.

HTML bodies come from two trafilatura passes over one parsed page: the *precision* pass (which
leaves out more boilerplate) is used unless it kept less than ``[extract] fallback_ratio`` of
what the *recall* pass found, in which case it probably cut the article itself and the recall
pass is used. On the Scrapinghub article-extraction benchmark this beats either mode alone (see
docs/cleaning.md and ``bench/extraction.py``); what trafilatura leaves is then cleaned by
:mod:`newsweave.clean` like any plain text.

The publication date comes from htmldate, preferring the original date over a later update.

Pages with more than ``[extract] max_elements`` elements (a normal news page has a few
thousand; hostile ones have hundreds of thousands of tiny siblings) cost trafilatura about
70 microseconds per element in each of its two passes, so such a page first has its runs of
identical small siblings collapsed to one, and if it is still too big it gets a *reduced*
extraction: both trafilatura passes with ``fast=True`` (no readability/justext fallbacks) and
htmldate without its extensive search. ``meta["x_extraction_note"]`` says what was done and why.
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
DEFAULT_MAX_ELEMENTS = 20_000
DEFAULT_COLLAPSE_RUN = 10

# a sibling is "small" (may be collapsed with its identical neighbours) up to this size: a
# paragraph of text is never identical to its neighbour by accident, a "<p>x</p>" spacer may be
_SMALL_SUBTREE = 4
_SMALL_BYTES = 256


@dataclass(slots=True)
class Extraction:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def _paragraphs(text: str | None) -> str:
    # trafilatura separates paragraphs with one newline; our cleaner works on blank-line paragraphs
    return "\n\n".join(line.strip() for line in (text or "").split("\n") if line.strip())


def count_elements(tree: Any) -> int:
    """Elements (and comments) in a parsed page; one C-level walk, about 0.3 microseconds each."""
    return sum(1 for _ in tree.iter())


def collapse_repeats(tree: Any, min_run: int = DEFAULT_COLLAPSE_RUN) -> int:
    """Keep only the first of each run of at least ``min_run`` identical consecutive small siblings.

    Identical means the same serialisation, tail text included (``<p>x</p>``, ``x<br>``,
    ``<tr><td>-</td></tr>``); small means at most a few elements and 256 bytes, so article
    paragraphs are never touched. The cleaner would drop the repeated lines anyway
    (``duplicate_line``); collapsing them first spares trafilatura a pass over each.
    Returns how many elements were removed (descendants included).
    """
    from itertools import islice

    from lxml import etree

    def signature(el: Any) -> bytes | None:
        if len(el) >= _SMALL_SUBTREE or sum(1 for _ in islice(el.iter(), _SMALL_SUBTREE + 1)) > _SMALL_SUBTREE:
            return None
        try:
            sig = etree.tostring(el)
        except Exception:  # noqa: BLE001 - an element lxml cannot serialise is simply not collapsed
            return None
        return sig if len(sig) <= _SMALL_BYTES else None

    removed = 0
    for parent in [el for el in tree.iter() if len(el) >= min_run]:
        children = list(parent)
        sigs = [signature(c) for c in children]
        spans: list[tuple[int, int]] = []
        start = 0
        for i in range(1, len(children) + 1):
            if i == len(children) or sigs[i] is None or sigs[i] != sigs[start]:
                if sigs[start] is not None and i - start >= min_run:
                    spans.append((start + 1, i))
                start = i
        # from the end, so earlier indices stay valid while deleting
        for lo, hi in reversed(spans):
            removed += sum(sum(1 for _ in c.iter()) for c in children[lo:hi])
            del parent[lo:hi]
    return removed


def extract_html(html: str, source: str, url: str | None = None, *, fallback_ratio: float = DEFAULT_FALLBACK_RATIO,
                 original_date: bool = True, max_elements: int = DEFAULT_MAX_ELEMENTS,
                 collapse_run: int = DEFAULT_COLLAPSE_RUN) -> Extraction:
    """Extract the article body and metadata of one HTML page.

    Raises :class:`MalformedInput` when the page cannot be parsed and :class:`EmptyInput` when
    no body is found. ``meta`` may hold ``title``, ``outlet`` (site name), ``published`` (ISO
    date, or the full datetime of ``article:published_time`` when the page gives one), ``byline``, ``url``,
    ``x_extraction`` (which trafilatura pass was used: ``precision`` or ``recall``, prefixed
    ``reduced-`` for a page over ``max_elements``) and ``x_extraction_note`` (why a page was collapsed or reduced).
    """
    import trafilatura
    from trafilatura.settings import set_date_params
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
    except Exception as exc:  # noqa: BLE001 - lxml raises assorted errors on broken pages
        raise MalformedInput(f"cannot parse the HTML: {exc}", source=source) from None
    if tree is None:
        raise MalformedInput("cannot parse the HTML (no document element)", source=source)
    notes: list[str] = []
    reduced = False
    n = count_elements(tree)
    if n > max_elements:
        dropped = collapse_repeats(tree, collapse_run) if collapse_run > 1 else 0
        if dropped:
            notes.append(f"{dropped} repeated sibling elements collapsed ({n} elements, over extract.max_elements = "
                         f"{max_elements})")
            n -= dropped
        if n > max_elements:
            reduced = True
            notes.append(f"reduced extraction: {n} elements over extract.max_elements = {max_elements}; both "
                         "trafilatura passes in fast mode (no readability/justext fallback), htmldate without "
                         "extensive search")
    common = dict(url=url, include_comments=False, include_tables=True, deduplicate=False)
    try:
        # trafilatura prunes the tree it is given: each pass gets its own copy. fast: no
        # readability/justext comparison, a third cheaper per element; on the benchmark's pages it
        # scores as the full passes do, but only pages that need it get it, so normal pages keep
        # exactly the extraction they were tuned on. trafilatura's metadata runs htmldate too (its
        # date is our fallback): not exhaustively either on a reduced page.
        dates = set_date_params(extensive=False) if reduced else None
        precise = trafilatura.bare_extraction(copy.deepcopy(tree), favor_precision=True, with_metadata=True,
                                              fast=reduced, date_extraction_params=dates, **common)
        recall = trafilatura.bare_extraction(copy.deepcopy(tree), favor_recall=True, with_metadata=False,
                                             fast=reduced, **common)
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
    meta: dict[str, Any] = {"x_extraction": f"reduced-{used}" if reduced else used}
    if notes:
        meta["x_extraction_note"] = "; ".join(notes)
    if precise is not None:
        if precise.title:
            meta["title"] = normalize_text(precise.title).strip()
        if precise.sitename:
            meta["outlet"] = normalize_text(precise.sitename).strip()
        if precise.author:
            meta["byline"] = normalize_text(precise.author).strip()
        if precise.url:
            meta["url"] = precise.url
    published = find_html_date(tree, url, original_date=original_date, extensive=not reduced)
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


def find_html_date(tree: Any, url: str | None = None, *, original_date: bool = True,
                   extensive: bool = True) -> str | None:
    """The page's publication date (ISO ``YYYY-MM-DD``) by htmldate, or None.

    ``extensive=False`` skips htmldate's search of every text node for date patterns (what is
    left: meta tags, URL, structured markup, time elements).
    """
    from htmldate import find_date

    try:
        return find_date(copy.deepcopy(tree), url=url, original_date=original_date, extensive_search=extensive)
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
        opts: dict[str, Any] = {}
        if settings is not None:
            x = settings.extract
            opts = dict(fallback_ratio=x.fallback_ratio, original_date=x.original_date, max_elements=x.max_elements,
                        collapse_run=x.collapse_run)
        if not is_fragment(raw.content):
            return extract_html(raw.content, raw.source, raw.meta.get("url"), **opts)
        frag = fragment_text(raw.content)
        try:
            ex = extract_html(raw.content, raw.source, raw.meta.get("url"), **opts)
        except (EmptyInput, MalformedInput):
            # trafilatura wants a document; a tiny fragment can be "no document" to it
            ex = Extraction("", {})
        if len(ex.text) < 0.5 * len(frag):
            # the note, if any, was about the trafilatura extraction set aside here
            meta = {k: v for k, v in ex.meta.items() if k not in ("x_extraction", "x_extraction_note")}
            meta["x_extraction"] = "fragment"
            return Extraction(frag, meta)
        if not ex.text.strip():
            raise EmptyInput("no text found in the HTML fragment", source=raw.source)
        return ex
    return Extraction(raw.content, {})
