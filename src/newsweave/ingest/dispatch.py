"""Choose a reader per input and turn every failure into a Reject naming the input."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError, UnsupportedFormat
from ..model import RawDoc, Reject
from ..settings import Settings
from .bytes_ import decode, maybe_gunzip, read_bounded

Record = RawDoc | Reject

_EXT = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
}


def guess_format(name: str, data: bytes) -> str | None:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    ext = os.path.splitext(lower)[1]
    if ext in _EXT:
        return _EXT[ext]
    return sniff(data)


def sniff(data: bytes) -> str | None:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<head" in head:
        return "html"
    if head.startswith(b"<?xml"):
        return "feed"
    return "txt" if head else None


def _read_blob(name: str, data: bytes, settings: Settings) -> Iterator[Record]:
    from . import feed, html, jsonl, text, warc

    s = settings.ingest
    if data[:2] == b"\x1f\x8b" and not name.lower().endswith((".warc.gz",)):
        data = maybe_gunzip(data, s.max_decompressed_bytes, name)
    fmt = guess_format(name, data)
    if fmt == "warc":
        yield from warc.read(name, data, settings)
        return
    if fmt is None:
        raise UnsupportedFormat("empty input or unknown format", source=name)
    if fmt == "jsonl":
        yield from jsonl.read(name, data, settings)
    elif fmt == "feed":
        yield from feed.read(name, data, settings)
    elif fmt == "html":
        yield html.read(name, data, settings)
    else:
        yield text.read(name, data, settings)


def read_path(path: str, settings: Settings) -> Iterator[Record]:
    """Records of one file; errors become Rejects."""
    try:
        data = read_bounded(path, settings.ingest.max_file_bytes)
        yield from _read_blob(path, data, settings)
    except InputError as exc:
        yield Reject(path, exc.code, exc.message, exc.record)
    except OSError as exc:
        yield Reject(path, "E106", f"cannot read: {exc.strerror or exc}")


def _walk(root: Path, follow: bool) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=follow):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith("."):
                yield Path(dirpath) / f


def iter_inputs(paths: Iterable[str], settings: Settings) -> Iterator[Record]:
    """Every record of every input, in a deterministic order (directories sorted)."""
    for p in paths:
        if p == "-":
            data = sys.stdin.buffer.read(settings.ingest.max_file_bytes + 1)
            try:
                if len(data) > settings.ingest.max_file_bytes:
                    raise UnsupportedFormat("standard input is larger than ingest.max_file_bytes", source="<stdin>")
                yield from _read_blob("<stdin>", data, settings)
            except InputError as exc:
                yield Reject("<stdin>", exc.code, exc.message, exc.record)
            continue
        if p.startswith(("http://", "https://")):
            from .fetch import fetch_url

            yield from fetch_url(p, settings)
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path, settings.ingest.follow_symlinks):
                yield from read_path(str(f), settings)
        elif path.exists():
            yield from read_path(str(path), settings)
        else:
            yield Reject(p, "E106", "no such file or directory")


__all__ = ["iter_inputs", "read_path", "guess_format", "sniff", "decode"]
