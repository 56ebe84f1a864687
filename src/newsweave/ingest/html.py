"""One HTML page per file; the body is extracted later (:mod:`newsweave.extract`).

The encoding comes from (in order) a byte-order mark, the HTTP ``Content-Type`` charset (WARC,
fetch), ``<meta charset>``, ``<meta http-equiv="Content-Type" content="...; charset=...">``, the XML
declaration, then detection. The canonical URL (``<link rel="canonical">``, ``og:url``) goes into
``meta["url"]`` when the container gave none, so extraction can use it. Nothing here parses the
markup, so broken HTML cannot crash the reader; extraction copes with it or rejects the page.
"""

from __future__ import annotations

import html as html_lib
import re

from ..model import RawDoc
from ..settings import Settings
from .bytes_ import decode, normalize_text
from .common import check_body

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{1,40})["']""", re.I)
_TAG = re.compile(r"<(?:link|meta)\b[^>]{0,2000}>", re.I)
_ATTR = re.compile(r"""([a-zA-Z:\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in its first 4 kB (``<meta>`` or the XML declaration)."""
    head = data[:4096]
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "ignore") if m else None


def canonical_url(text: str) -> str | None:
    """``<link rel="canonical" href>`` or ``<meta property="og:url" content>`` if it is an absolute http(s) URL."""
    head_end = text.lower().find("</head>")
    head = text[: head_end if 0 < head_end < 200_000 else 200_000]
    found: dict[str, str] = {}
    for tag in _TAG.finditer(head):
        attrs = {m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or m.group(4) or "")
                 for m in _ATTR.finditer(tag.group(0))}
        if tag.group(0)[1:5].lower() == "link" and "canonical" in attrs.get("rel", "").lower().split():
            found.setdefault("canonical", attrs.get("href", ""))
        elif attrs.get("property", attrs.get("name", "")).lower() == "og:url":
            found.setdefault("og", attrs.get("content", ""))
    for key in ("canonical", "og"):
        url = found.get(key, "").strip()
        if url.lower().startswith(("http://", "https://")) and len(url) < 2048 and not any(c.isspace() for c in url):
            return url
    return None


def read(name: str, data: bytes, settings: Settings, *, fmt: str = "html", meta: dict | None = None,
         charset: str | None = None, location: str | None = None) -> RawDoc:
    """A page as a RawDoc (kind ``html``). ``charset`` is what a transport declared (HTTP header)."""
    text, enc = decode(data, name, charset or declared_charset(data))
    text = normalize_text(text)
    check_body(text, settings, name, location, kind="html")
    meta = dict(meta or {})
    if not meta.get("url"):
        url = canonical_url(text)
        if url:
            meta["url"] = url
    return RawDoc(source=name, kind="html", content=text, fmt=fmt, encoding=enc, meta=meta, location=location)
