"""Choose a reader per input and turn every failure into a Reject naming the input.

Nothing in here raises for a bad input: an unexpected exception inside a reader becomes an
``E100`` reject for that file (and a bug report), and the next file is read.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import EmptyInput, InputError, UnsupportedFormat
from ..model import RawDoc, Reject
from ..settings import Settings
from .bytes_ import GZIP_MAGIC, gunzip_partial, read_stream_bounded

Record = RawDoc | Reject

_EXT = {
    ".txt": "txt", ".text": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc",
}


def guess_format(name: str, data: bytes) -> str | None:
    """The reader for ``name``: by extension (``.gz`` stripped), else by sniffing ``data``."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    ext = os.path.splitext(lower)[1]
    if ext in _EXT:
        return _EXT[ext]
    return sniff(data)


def sniff(data: bytes) -> str | None:
    """Format of headerless input (stdin, unknown extensions) from its first bytes."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"warc/1."):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):
        return "json-array"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<head" in head:
        return "html"
    if head.startswith(b"<?xml"):
        return "feed"
    return "txt"


def read_blob(name: str, data: bytes, settings: Settings) -> Iterator[Record]:
    """Records of one input already in memory (a file, stdin, a fetched page); raises InputError."""
    from . import feed, html, jsonl, text, warc

    if not data:
        raise EmptyInput("empty file (0 bytes)", source=name)
    gz_error = None
    if data[:2] == GZIP_MAGIC:
        data, gz_error = gunzip_partial(data, settings.ingest.max_decompressed_bytes, name)
        if not data and gz_error is None:
            raise EmptyInput("gzip file that decompresses to nothing", source=name)
    fmt = guess_format(name, data)
    if fmt == "warc":
        # a damaged .warc.gz still has readable records before the damage
        yield from warc.read(name, data, settings, gz_error)
        return
    if gz_error is not None:
        raise gz_error
    if fmt == "json-array":
        raise UnsupportedFormat("a JSON array, not JSON Lines: write one JSON object per line (.jsonl)", source=name)
    if fmt == "jsonl":
        yield from jsonl.read(name, data, settings)
    elif fmt == "feed":
        yield from feed.read(name, data, settings)
    elif fmt == "html":
        yield html.read(name, data, settings)
    else:
        yield text.read(name, data, settings)


def _guarded(name: str, records: Iterator[Record]) -> Iterator[Record]:
    """Turn whatever a reader raises into a Reject for ``name``; the records before it stand."""
    try:
        yield from records
    except InputError as exc:
        yield Reject(exc.source or name, exc.code, exc.message, exc.record)
    except OSError as exc:
        yield Reject(name, "E106", f"cannot read: {exc.strerror or exc}")
    except RecursionError:
        yield Reject(name, "E104", "structure nested too deeply to read")
    except Exception as exc:  # noqa: BLE001 - a reader bug must cost one file, not the run
        yield Reject(name, "E100", f"unexpected error while reading ({type(exc).__name__}: {exc}); "
                     "please report this file as a bug")


def read_path(path: str, settings: Settings) -> Iterator[Record]:
    """Records of one file; errors become Rejects."""
    from .bytes_ import read_bounded

    def go() -> Iterator[Record]:
        data = read_bounded(path, settings.ingest.max_file_bytes)
        yield from read_blob(path, data, settings)

    yield from _guarded(path, go())


def read_stream(name: str, stream: BinaryIO, settings: Settings) -> Iterator[Record]:
    """Records of a stream (standard input), read up to ``max_file_bytes`` and sniffed."""
    def go() -> Iterator[Record]:
        data = read_stream_bounded(stream, settings.ingest.max_file_bytes, name)
        yield from read_blob(name, data, settings)

    yield from _guarded(name, go())


def _enter(d: Path, seen: set[tuple[int, int]]) -> list[os.DirEntry] | Reject:
    try:
        st = os.stat(d)
        key = (st.st_dev, st.st_ino)
        if key in seen:
            return Reject(str(d), "E101", "directory already visited (a symbolic link loop); skipped")
        seen.add(key)
        with os.scandir(d) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return Reject(str(d), "E106", f"cannot list directory: {exc.strerror or exc}")


def walk(root: Path, follow_symlinks: bool) -> Iterator[Path | Reject]:
    """Files under ``root`` in sorted depth-first order; hidden entries skipped; loops detected.

    Symbolic links to files are read; links to directories only with ``follow_symlinks``, and
    each directory is entered once, so a link loop ends. Problems come out as Rejects. An explicit
    stack, not recursion: a very deep tree cannot exhaust Python's recursion limit.
    """
    seen: set[tuple[int, int]] = set()
    first = _enter(root, seen)
    if isinstance(first, Reject):
        yield first
        return
    stack = [iter(first)]
    while stack:
        e = next(stack[-1], None)
        if e is None:
            stack.pop()
            continue
        if e.name.startswith("."):
            continue
        p = Path(e.path)
        try:
            is_link = e.is_symlink()
            is_dir = e.is_dir(follow_symlinks=True)
        except OSError as exc:
            yield Reject(str(p), "E106", f"cannot read: {exc.strerror or exc}")
            continue
        if not is_dir:
            yield p
            continue
        if is_link and not follow_symlinks:
            yield Reject(str(p), "E101", "symbolic link to a directory, not followed "
                         "(set ingest.follow_symlinks = true to read it)")
            continue
        entries = _enter(p, seen)
        if isinstance(entries, Reject):
            yield entries
        else:
            stack.append(iter(entries))


def iter_inputs(paths: Iterable[str], settings: Settings, stdin: BinaryIO | None = None) -> Iterator[Record]:
    """Every record of every input, in a deterministic order (directories sorted).

    An input is a file, a directory (walked recursively), ``-`` (standard input, sniffed) or, with
    ``[fetch] enabled``, an ``http(s)://`` URL.
    """
    for p in paths:
        if p == "-":
            yield from read_stream("<stdin>", stdin if stdin is not None else sys.stdin.buffer, settings)
            continue
        if p.lower().startswith(("http://", "https://")):
            from .fetch import fetch_url

            yield from _guarded(p, fetch_url(p, settings))
            continue
        path = Path(p)
        try:
            st = os.stat(path)
        except OSError as exc:
            yield Reject(p, "E106", "no such file or directory" if isinstance(exc, FileNotFoundError)
                         else f"cannot read: {exc.strerror or exc}")
            continue
        if stat.S_ISDIR(st.st_mode):
            seen = False
            for f in walk(path, settings.ingest.follow_symlinks):
                seen = True
                if isinstance(f, Reject):
                    yield f
                else:
                    yield from read_path(str(f), settings)
            if not seen:
                # an empty directory is most likely a wrong path: say so instead of reporting nothing
                yield Reject(p, "E105", "the directory holds no files to read (hidden files and folders are skipped)")
        else:
            yield from read_path(str(path), settings)


__all__ = ["iter_inputs", "read_path", "read_blob", "read_stream", "walk", "guess_format", "sniff"]
