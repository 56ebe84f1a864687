"""Cutting the inputs into shards: the unit of parallel work, of retry and of resume.

A shard is a list of *pieces*, each a whole file or a line range of a JSON Lines file, holding
about ``[ingest] batch_size`` records (a batch is what outlet-chrome learning looks at, so the
same shard plan gives the same result on every executor) and at most ``[run] shard_bytes``.
Files come in the order :func:`newsweave.ingest.iter_inputs` reads them (directories sorted),
so a plan is deterministic for the same inputs.

A file shard has a ``key``: a hash of its pieces' paths, ranges, sizes and modification times.
When a shard is fully stored the driver writes a completion marker (``docs`` kind ``"shard"``)
under that key; a later run over unchanged files skips the shard without reading it. Standard
input, URLs and records handed over directly are *inline* shards: read on the driver, no key.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import InputError
from ..model import RawDoc, Reject
from ..settings import Settings

SPLITTABLE = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class Piece:
    """A whole file (``start == 0 and end is None``) or bytes ``[start, end)`` of a JSONL file."""

    path: str
    size: int
    mtime_ns: int
    start: int = 0
    end: int | None = None
    first_line: int = 1  # line number of the first line of the range (for reject messages)
    lines: int = 1  # records expected (lines of a range; 1 for a whole file)

    def ident(self) -> str:
        return f"{self.path}\0{self.size}\0{self.mtime_ns}\0{self.start}\0{self.end}"


@dataclass(slots=True)
class Shard:
    index: int
    pieces: list[Piece] = field(default_factory=list)
    records: list[RawDoc | Reject] | None = None  # inline shard
    est_records: int = 0

    @property
    def key(self) -> str | None:
        if self.records is not None:
            return None
        h = hashlib.sha1()
        for p in self.pieces:
            h.update(p.ident().encode("utf-8", "surrogateescape"))
            h.update(b"\n")
        return h.hexdigest()

    def describe(self) -> str:
        if self.records is not None:
            return f"inline shard {self.index} ({len(self.records)} records)"
        return f"shard {self.index} ({len(self.pieces)} pieces from {self.pieces[0].path})"


def _jsonl_ranges(path: str, size: int, mtime_ns: int, lines_per_piece: int, max_bytes: int) -> list[Piece]:
    """Cut a JSONL file at line boundaries every ``lines_per_piece`` lines or ``max_bytes`` bytes."""
    pieces: list[Piece] = []
    start, line_no, first, n, pos = 0, 0, 1, 0, 0
    with open(path, "rb") as f:
        for line in f:
            line_no += 1
            n += 1
            pos += len(line)
            if n >= lines_per_piece or pos - start >= max_bytes:
                pieces.append(Piece(path, size, mtime_ns, start, pos, first, n))
                start, first, n = pos, line_no + 1, 0
    if pos > start or not pieces:
        pieces.append(Piece(path, size, mtime_ns, start, pos, first, n))
    return pieces


def _files(inputs: Iterable[str], settings: Settings) -> Iterator[str | list[RawDoc | Reject] | tuple[str, str]]:
    """Every input file in the order ``iter_inputs`` reads them.

    Yields a path, a list of Rejects (unreadable directories, missing paths), or ``("inline", p)``
    for standard input and URLs (read on the driver).
    """
    import stat as stat_mod

    from ..ingest.dispatch import walk

    for p in inputs:
        if p == "-" or p.lower().startswith(("http://", "https://")):
            yield ("inline", p)
            continue
        try:
            st = os.stat(p)
        except OSError:
            yield ("inline", p)  # iter_inputs turns it into the right reject
            continue
        if stat_mod.S_ISDIR(st.st_mode):
            seen = False
            for f in walk(Path(p), settings.ingest.follow_symlinks):
                seen = True
                yield [f] if isinstance(f, Reject) else str(f)
            if not seen:
                yield ("inline", p)  # iter_inputs names the empty directory in a reject (E105)
        else:
            yield p


def plan_shards(inputs: Iterable[str], settings: Settings,
                records: Iterable[RawDoc | Reject] | None = None) -> Iterator[Shard]:
    """Shards of the inputs, in reading order (see the module docstring)."""
    per = max(1, int(settings.ingest.batch_size))
    max_bytes = max(1, int(settings.run.shard_bytes))
    index = 0
    cur = Shard(index)
    cur_bytes = 0

    def flush() -> Iterator[Shard]:
        nonlocal cur, cur_bytes, index
        if cur.pieces:
            yield cur
            index += 1
            cur = Shard(index)
            cur_bytes = 0

    def inline(stream: Iterable[RawDoc | Reject]) -> Iterator[Shard]:
        nonlocal index, cur
        batch: list[RawDoc | Reject] = []
        for rec in stream:
            batch.append(rec)
            if len(batch) >= per:
                yield Shard(index, records=batch, est_records=len(batch))
                index += 1
                batch = []
        if batch:
            yield Shard(index, records=batch, est_records=len(batch))
            index += 1
        cur = Shard(index)

    if records is not None:
        yield from inline(records)
        return
    for item in _files(inputs, settings):
        if isinstance(item, tuple):
            yield from flush()
            from ..ingest import iter_inputs

            yield from inline(iter_inputs([item[1]], settings))
            continue
        if isinstance(item, list):
            yield from flush()
            yield from inline(item)
            continue
        try:
            st = os.stat(item)
        except OSError:
            pieces = [Piece(item, -1, 0)]
        else:
            if item.lower().endswith(SPLITTABLE) and st.st_size > 0 and not _gzipped(item):
                pieces = _jsonl_ranges(item, st.st_size, st.st_mtime_ns, per, max_bytes)
            else:
                pieces = [Piece(item, st.st_size, st.st_mtime_ns)]
        for piece in pieces:
            n = piece.lines
            nbytes = (piece.end - piece.start) if piece.end is not None else max(piece.size, 0)
            if cur.pieces and (cur.est_records + n > per or cur_bytes + nbytes > max_bytes):
                yield from flush()
            cur.pieces.append(piece)
            cur.est_records += n
            cur_bytes += nbytes
    yield from flush()


def _gzipped(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(2) == b"\x1f\x8b"
    except OSError:
        return False


_LINE = re.compile(r"^line (\d+)")


def _renumber(rec: RawDoc | Reject, first_line: int) -> RawDoc | Reject:
    """Line numbers of a range -> line numbers of the file (in a reject's record, a doc's location)."""
    if first_line <= 1:
        return rec

    def fix(where: str | None) -> str | None:
        if not where:
            return where
        return _LINE.sub(lambda m: f"line {int(m.group(1)) + first_line - 1}", where, count=1)

    if isinstance(rec, Reject):
        return Reject(rec.source, rec.code, rec.message, fix(rec.record))
    rec.location = fix(rec.location)
    return rec


def read_piece(piece: Piece, settings: Settings) -> Iterator[RawDoc | Reject]:
    """Records of one piece; failures become Rejects (never raises for a bad input)."""
    from ..ingest import jsonl
    from ..ingest.dispatch import read_path

    if piece.end is None:
        yield from read_path(piece.path, settings)
        return
    try:
        with open(piece.path, "rb") as f:
            f.seek(piece.start)
            data = f.read(piece.end - piece.start)
    except OSError as exc:
        yield Reject(piece.path, "E106", f"cannot read: {exc.strerror or exc}")
        return
    if len(data) > settings.ingest.max_file_bytes:
        yield Reject(piece.path, "E103", f"lines {piece.first_line}.. are larger than ingest.max_file_bytes "
                     f"({settings.ingest.max_file_bytes} bytes) in one range; lower ingest.batch_size")
        return
    if piece.start > 0 and not data.strip():
        return  # blank lines after the last record; a wholly blank file is still rejected
    try:
        for rec in jsonl.read(piece.path, data, settings):
            yield _renumber(rec, piece.first_line)
    except InputError as exc:
        yield Reject(piece.path, exc.code, exc.message, exc.record)


def read_shard_records(shard: Shard, settings: Settings) -> list[RawDoc | Reject]:
    if shard.records is not None:
        return list(shard.records)
    out: list[RawDoc | Reject] = []
    for piece in shard.pieces:
        out.extend(read_piece(piece, settings))
    return out
