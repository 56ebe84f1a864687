"""RSS and Atom feeds (feedparser): each entry an article, from its content or summary."""

from __future__ import annotations

from typing import Iterator

from ..errors import EmptyInput, MalformedInput
from ..model import RawDoc, Reject
from ..settings import Settings
from .bytes_ import normalize_text


def read(name: str, data: bytes, settings: Settings) -> Iterator[RawDoc | Reject]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise MalformedInput(f"not a readable feed: {parsed.get('bozo_exception')}", source=name)
        raise EmptyInput("the feed has no entries", source=name)
    outlet = (parsed.feed.get("title") or "").strip() or None
    for i, e in enumerate(parsed.entries, 1):
        body = ""
        if e.get("content"):
            body = max((c.get("value", "") for c in e.content), key=len)
        if not body:
            body = e.get("summary", "") or ""
        if not body.strip():
            yield Reject(name, "E105", "entry has no content or summary", f"entry {i}")
            continue
        meta = {"title": e.get("title"), "url": e.get("link"), "outlet": outlet}
        pub = e.get("published_parsed") or e.get("updated_parsed")
        if pub:
            meta["published"] = "%04d-%02d-%02dT%02d:%02d:%02d+00:00" % tuple(pub[:6])
        meta = {k: v.strip() if isinstance(v, str) else v for k, v in meta.items() if v}
        rid = e.get("id") or None
        yield RawDoc(source=name, kind="html", content=normalize_text(body), fmt="feed", record_id=rid, meta=meta)
