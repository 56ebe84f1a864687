"""WARC / WARC.gz archives (fastwarc 2.x): each HTTP response record with an HTML payload is a page.

* Only ``response`` records are read; records that are not HTML (images, scripts, JSON) or whose
  HTTP status is not 2xx are skipped without a reject (a crawl is full of them).
* ``WARC-Target-URI`` becomes the page's ``url``; the HTTP ``Content-Type`` charset is the declared
  encoding; chunked transfer and content encodings are undone, never past the record cap.
* A record over ``4 * max_record_chars`` bytes is rejected (``E103``) and skipped unread.
* A truncated record, or a malformed WARC header, is rejected naming the archive and the record
  (number, byte offset, URI); reading goes on at the next ``WARC/1.x`` header, so the records
  after the damage are still read. A truncated ``.warc.gz`` keeps the records before the damage.
"""

from __future__ import annotations

import io
from typing import Iterator

from ..errors import InputError, MalformedInput
from ..model import RawDoc, Reject
from ..settings import Settings
from . import html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _next_record(raw: bytes, frm: int) -> int | None:
    """Offset of the next ``WARC/1.`` header line at or after ``frm``."""
    if frm <= 0 and raw.startswith(b"WARC/1."):
        return 0
    i = raw.find(b"\nWARC/1.", max(frm - 1, 0))
    return None if i < 0 else i + 1


def _read_all(reader, n: int) -> bytes:
    out = bytearray()
    while len(out) < n:
        chunk = reader.read(min(n - len(out), 1 << 20))
        if not chunk:
            break
        out += chunk
    return bytes(out)


def _page(name: str, block: bytes, uri: str, where: str, settings: Settings) -> RawDoc | Reject | None:
    """The HTML page in one response record's block, None if it is not an HTML 2xx response."""
    from fastwarc.warc import WarcRecord, WarcRecordType

    cap = settings.ingest.max_record_chars * 4
    rec = WarcRecord()
    try:
        rec.init_headers(WarcRecordType.response)
        rec.set_bytes_content(block)
        rec.is_http = True
        rec.parse_http(auto_decode="all")
        status = rec.http_headers.status_code
        ctype = (rec.http_content_type or "").lower()
        charset = rec.http_charset
    except (OSError, ValueError) as exc:
        return Reject(name, "E104", f"the record does not hold a readable HTTP response: {exc}", where)
    if status is None:
        return Reject(name, "E104", "the record does not hold a readable HTTP response (no status line)", where)
    if not (200 <= status < 300) or not ctype.startswith(_HTML_TYPES):
        return None
    try:
        payload = _read_all(rec.reader, cap + 1)
    except (OSError, ValueError) as exc:
        return Reject(name, "E104", f"the HTTP payload cannot be decoded: {exc}", where)
    if len(payload) > cap:
        return Reject(name, "E103", f"the decoded HTTP payload is over {cap} bytes (4 x ingest.max_record_chars)", where)
    meta = {"url": uri} if uri.lower().startswith(("http://", "https://")) else {}
    try:
        return html.read(name, payload, settings, fmt="warc", meta=meta, charset=charset, location=where)
    except InputError as exc:
        return Reject(name, exc.code, exc.message, where)


def read(name: str, raw: bytes, settings: Settings, gzip_error: MalformedInput | None = None) -> Iterator[RawDoc | Reject]:
    """Pages of an (already decompressed) archive; ``gzip_error`` says the .gz stream was damaged.

    Skipping records that are not pages is right inside a crawl, but an archive of nothing but
    them must not vanish without a word: it gets one ``E105`` reject.
    """
    said = False
    for out in _read(name, raw, settings, gzip_error):
        said = True
        yield out
    if not said:
        yield Reject(name, "E105", "no HTML page in the archive: every record is a request, metadata, or a "
                     "response that is not a 2xx HTML page")


def _read(name: str, raw: bytes, settings: Settings, gzip_error: MalformedInput | None) -> Iterator[RawDoc | Reject]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    cap = settings.ingest.max_record_chars * 4
    pos = _next_record(raw, 0)
    if pos is None:
        raise MalformedInput("no WARC record header (a line 'WARC/1.0' or 'WARC/1.1') found", source=name)
    if pos > 0:
        yield Reject(name, "E104", f"{pos} bytes of junk before the first WARC record were skipped", "byte 0")
    bio = io.BytesIO(raw)
    n = 0
    while pos is not None:
        bio.seek(pos)
        resume: int | None = None
        good_end = pos  # where the record after the last good one starts
        try:
            for rec in ArchiveIterator(bio, parse_http=False, stream_detect=False):
                n += 1
                start = rec.stream_pos
                uri = (rec.headers.get("WARC-Target-URI") or "").strip()
                where = f"record {n} at byte {start}" + (f" ({uri[:200]})" if uri else "")
                try:
                    declared = int(rec.headers.get("Content-Length") or "")
                except ValueError:
                    declared = -1
                if declared < 0:
                    yield Reject(name, "E104", "the record header has no valid Content-Length (truncated header?)", where)
                    resume = _next_record(raw, start + 1)
                    break
                header_end = raw.find(b"\r\n\r\n", start)
                good_end = (header_end + 4 if header_end >= 0 else start) + declared
                if rec.record_type != WarcRecordType.response:
                    continue
                if declared > cap:
                    yield Reject(name, "E103", f"record of {declared} bytes, over the cap of {cap} "
                                 "(4 x ingest.max_record_chars); skipped", where)
                    continue
                block = _read_all(rec.reader, declared)
                if len(block) < declared:
                    yield Reject(name, "E104", f"the record is truncated: {len(block)} of {declared} bytes", where)
                    # a lying Content-Length may have swallowed later records: look inside it
                    resume = _next_record(raw, start + 1)
                    break
                out = _page(name, block, uri, where, settings)
                if out is not None:
                    yield out
            else:
                # an iterator that just stops at junk must not hide the records behind it
                resume = _next_record(raw, max(good_end, pos + 1)) if good_end < len(raw) else None
        except (OSError, ValueError) as exc:
            # fastwarc stops at a header it cannot parse; the broken record starts after the last good one
            bad = good_end
            while bad < len(raw) and raw[bad:bad + 1] in (b"\r", b"\n"):
                bad += 1
            if bad < len(raw):
                yield Reject(name, "E104", f"malformed WARC record ({exc}); skipped to the next record header",
                             f"record {n + 1} at byte {bad}")
            resume = _next_record(raw, bad + 1)
        pos = resume
    if gzip_error is not None:
        yield Reject(name, gzip_error.code, f"{gzip_error.message}; the records before the damage were read")
    if n == 0:
        yield Reject(name, "E105", "no readable WARC records")
