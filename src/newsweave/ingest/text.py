"""Plain-text articles: one per file. Metadata is found later, in :mod:`newsweave.clean.metadata`.

The bytes are decoded (BOM, UTF-16 shape, UTF-8, then detection: cp1251, cp1252... see
:func:`.bytes_.decode`) and Unicode-normalised. Binary files, empty or whitespace-only files,
bodies over ``max_record_chars`` and lines over ``max_line_chars`` are rejected.
"""

from __future__ import annotations

from ..model import RawDoc
from ..settings import Settings
from .bytes_ import decode, normalize_text
from .common import check_body


def read(name: str, data: bytes, settings: Settings) -> RawDoc:
    text, enc = decode(data, name)
    text = normalize_text(text)
    check_body(text, settings, name)
    return RawDoc(source=name, kind="text", content=text, fmt="txt", encoding=enc)
