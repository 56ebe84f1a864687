"""Plain-text articles: one per file. Metadata is found later, in :mod:`newsweave.clean.metadata`."""

from __future__ import annotations

from ..errors import EmptyInput
from ..model import RawDoc
from ..settings import Settings
from .bytes_ import decode, normalize_text


def read(name: str, data: bytes, settings: Settings) -> RawDoc:
    text, enc = decode(data, name)
    text = normalize_text(text)
    if not text.strip():
        raise EmptyInput("the file is empty or only whitespace", source=name)
    return RawDoc(source=name, kind="text", content=text, fmt="txt", encoding=enc)
