"""WARC / WARC.gz archives: each HTTP response record with an HTML payload is a page."""

from __future__ import annotations

import os
import tempfile
from typing import Iterator

from ..model import RawDoc, Reject
from ..settings import Settings
from . import html


def read(name: str, data: bytes, settings: Settings) -> Iterator[RawDoc | Reject]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    # fastwarc reads from files or streams; a bytes stream keeps the size cap already applied
    from fastwarc.stream_io import BytesIOStream, GZipStream

    stream = BytesIOStream(data)
    if data[:2] == b"\x1f\x8b":
        stream = GZipStream(stream)
    n = 0
    for rec in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
        n += 1
        uri = rec.headers.get("WARC-Target-URI") or f"record {n}"
        ctype = (rec.http_headers.get("Content-Type") or "") if rec.http_headers else ""
        if "html" not in ctype.lower():
            continue
        payload = rec.reader.read(settings.ingest.max_record_chars * 4 + 1)
        try:
            yield html.read(f"{name}#{uri}", payload, settings, fmt="warc", meta={"url": uri} if uri.startswith("http") else {})
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the archive
            code = getattr(exc, "code", "E104")
            yield Reject(name, code, getattr(exc, "message", str(exc)), uri)
    if n == 0:
        yield Reject(name, "E105", "no WARC response records found")
