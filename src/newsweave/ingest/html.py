"""One HTML page per file; the body is extracted later (:mod:`newsweave.extract`)."""

from __future__ import annotations

import re

from ..errors import EmptyInput
from ..model import RawDoc
from ..settings import Settings
from .bytes_ import decode, normalize_text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def read(name: str, data: bytes, settings: Settings, *, fmt: str = "html", meta: dict | None = None) -> RawDoc:
    text, enc = decode(data, name, declared_charset(data))
    text = normalize_text(text)
    if not text.strip():
        raise EmptyInput("the page is empty", source=name)
    return RawDoc(source=name, kind="html", content=text, fmt=fmt, encoding=enc, meta=dict(meta or {}))
