"""RSS and Atom feeds (feedparser): each entry an article, from its content or its summary.

Before feedparser sees a byte, the document goes through a defused XML parser (defusedxml):
any entity declaration, internal (billion laughs, quadratic blowup) or external (XXE, parameter
entities), refuses the whole file with ``E108``; XML that is not well-formed (truncated, broken
tags) is rejected with ``E104`` and the line and column. Only undefined entities (``&nbsp;`` in
a sloppy feed) are tolerated, since feedparser resolves them itself.

Per entry: the longest ``content`` (else ``summary``) is the HTML body; ``title``, ``link``,
``published`` (else ``updated``), ``author`` and ``id`` are kept; the feed's title becomes the
outlet and its language the language. Entry ids are article ids, like JSONL ids.
"""

from __future__ import annotations

import io
import re
import time
import xml.sax
from typing import Iterator

from ..errors import DecodeError, EmptyInput, InputError, MalformedInput, UnsafeInput, UnsupportedFormat
from ..model import RawDoc, Reject
from ..settings import Settings
from .bytes_ import binary_kind, normalize_text
from .common import SeenIds, check_body, clean_id, normalize_language, normalize_published


_TAG = re.compile(r"<(?:p|br|div|span|a|b|i|em|strong|ul|ol|li|h[1-6]|blockquote|img|table|figure)\b", re.I)


def check_xml(name: str, data: bytes) -> None:
    """Refuse entity declarations and external references; reject XML that is not well-formed."""
    from defusedxml import DefusedXmlException
    from defusedxml.sax import parseString

    try:
        # every entity declaration is refused, external ones included; a bare DOCTYPE naming an
        # external DTD (old RSS 0.91 feeds) is allowed because neither expat nor feedparser loads it
        parseString(data, xml.sax.handler.ContentHandler(), forbid_dtd=False, forbid_entities=True,
                    forbid_external=False)
    except DefusedXmlException as exc:
        what = f"entity {exc.name!r}" if getattr(exc, "name", None) else type(exc).__name__
        if getattr(exc, "system_id", None):
            what += f" pointing to {str(exc.system_id)[:200]!r}"
        raise UnsafeInput(f"refused: the XML declares an {what}; feeds never need entity declarations, and they are "
                          "how entity-expansion (billion laughs) and XXE attacks work", source=name) from None
    except (ValueError, LookupError) as exc:
        # expat reads UTF-8, UTF-16 and single-byte charsets only: check a UTF-8 copy of a feed in
        # Shift_JIS, GB2312, Big5... (so entity declarations cannot hide behind such a charset);
        # a charset nobody knows (LookupError) is rejected with the reason
        utf8 = _as_utf8(data)
        if utf8 is None:
            raise MalformedInput(f"cannot read the XML in its declared encoding: {exc}", source=name) from None
        check_xml(name, utf8)
    except xml.sax.SAXParseException as exc:
        msg = exc.getMessage()
        if "undefined entity" in msg:
            return
        hint = " (the file looks truncated)" if "no element found" in msg or "unclosed token" in msg else ""
        raise MalformedInput(f"not well-formed XML at line {exc.getLineNumber()}, column {exc.getColumnNumber()}: "
                             f"{msg}{hint}", source=name) from None


_XML_ENCODING = re.compile(rb"""^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])([A-Za-z0-9._:-]+)\2""")


def _as_utf8(data: bytes) -> bytes | None:
    """``data`` re-encoded as UTF-8 with its XML declaration saying so; None if the charset is unknown."""
    m = _XML_ENCODING.match(data[:512])
    if not m:
        return None
    try:
        text = data.decode(m.group(3).decode("ascii"), errors="replace")
    except LookupError:
        return None
    head = m.group(1).decode("ascii") + m.group(2).decode() + "utf-8" + m.group(2).decode()
    return (head + text[len(m.group(0).decode("ascii", "replace")):]).encode("utf-8")


def _published(entry: dict) -> tuple[str | None, str | None]:
    for key in ("published", "updated"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            try:
                iso = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
            except (ValueError, TypeError, OverflowError):
                iso = None
            norm = normalize_published(iso)
            if norm:
                return norm, None
        raw = entry.get(key)
        if raw:
            norm = normalize_published(raw)
            if norm:
                return norm, None
            return None, normalize_text(str(raw))[:200]
    return None, None


def read(name: str, data: bytes, settings: Settings) -> Iterator[RawDoc | Reject]:
    import feedparser

    what = binary_kind(data)
    if what:
        raise DecodeError(f"looks like {what}, not a feed", source=name)
    check_xml(name, data)
    # a stream, never a str: feedparser fetches a str that looks like a URL or a path
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    version = parsed.get("version") or ""
    if not parsed.entries:
        if not version:
            raise UnsupportedFormat("XML but not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)", source=name)
        raise EmptyInput("the feed has no entries", source=name)
    feed = parsed.feed
    outlet = normalize_text(feed.get("title") or "").strip() or None
    language = normalize_language(feed.get("language"))
    seen = SeenIds(name)
    for i, e in enumerate(parsed.entries, 1):
        rid = clean_id(e.get("id"))
        where = f"entry {i}" + (f" (id {rid!r})" if rid else "")
        body, ctype = "", "text/html"
        if e.get("content"):
            best = max(e.content, key=lambda c: len(c.get("value", "") or ""))
            body, ctype = best.get("value", "") or "", best.get("type") or ctype
        if not body.strip():
            body = e.get("summary", "") or ""
            ctype = (e.get("summary_detail") or {}).get("type") or ctype
        body = normalize_text(body)
        # a plain-text summary is not a page: extraction would find no "article" in it
        kind = "text" if ctype == "text/plain" or not _TAG.search(body) else "html"
        try:
            check_body(body, settings, name, where, kind="html")  # no line cap: entries may be one line
        except InputError as exc:
            msg = "entry has no content or summary" if exc.code == "E105" else exc.message
            yield Reject(name, exc.code, msg, where)
            continue
        meta: dict[str, str] = {}
        for key, value in (("title", e.get("title")), ("url", e.get("link")), ("outlet", outlet),
                           ("byline", e.get("author")), ("language", language)):
            v = normalize_text(value).strip() if isinstance(value, str) else ""
            if v:
                meta[key] = v
        pub, raw_pub = _published(e)
        if pub:
            meta["published"] = pub
        elif raw_pub:
            meta["x_published_raw"] = raw_pub
        doc = RawDoc(source=name, kind=kind, content=body, fmt="feed", record_id=rid, meta=meta, location=where)
        verdict = seen.check(doc)
        if isinstance(verdict, Reject):
            yield verdict
        elif verdict:
            yield doc

