"""Bounded reading, gzip, encoding detection and Unicode normalisation shared by the readers.

Everything here works on bytes already in memory under a cap (``[ingest] max_file_bytes``), so a
hostile input can cost at most that much memory, plus ``max_decompressed_bytes`` when gzip'd.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
import unicodedata
import zlib

from ..errors import DecodeError, MalformedInput, TooLarge, UnsupportedFormat

GZIP_MAGIC = b"\x1f\x8b"

# magic numbers of formats that are surely not articles: refuse them by name instead of guessing
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"), (b"%PDF-", "a PDF document (convert it to text first)"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document; unpack or convert it first)"),
    (b"\x7fELF", "an executable"), (b"BZh91AY&SY", "a bzip2 archive (unpack it first)"),
    (b"\xfd7zXZ\x00", "an xz archive (unpack it first)"), (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive (unpack it first)"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"), (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
)


def read_bounded(path: str, max_bytes: int) -> bytes:
    """The bytes of a regular file, refusing files over ``max_bytes`` without reading them."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        # a FIFO or device would block or never end; a crawl has no business containing one
        raise UnsupportedFormat("not a regular file (a device, pipe or socket)", source=path)
    if st.st_size > max_bytes:
        raise TooLarge(f"file is {st.st_size} bytes, over the cap of {max_bytes} (setting ingest.max_file_bytes)",
                       source=path)
    with open(path, "rb") as fh:
        # read(n) allocates n bytes up front: ask for what the file holds, not for the cap
        data = fh.read(st.st_size + 1)
        if len(data) > st.st_size:  # it grew while we looked: the rest, in bounded chunks
            data += read_stream_bounded(fh, max_bytes - len(data), path)
    return data


def read_stream_bounded(stream, max_bytes: int, source: str) -> bytes:
    """Read a stream (stdin) to its end, refusing more than ``max_bytes``; memory grows with the data."""
    buf = bytearray()
    while True:
        chunk = stream.read(min(1 << 20, max_bytes + 1 - len(buf)))
        if not chunk:
            return bytes(buf)
        buf += chunk
        if len(buf) > max_bytes:
            raise TooLarge(f"more than {max_bytes} bytes (setting ingest.max_file_bytes)", source=source)


def gunzip_partial(data: bytes, max_bytes: int, source: str) -> tuple[bytes, MalformedInput | None]:
    """Decompress gzip (one or several concatenated members) holding at most ``max_bytes``.

    Returns what could be decompressed and, if the stream is truncated or corrupt, the error
    (callers that can use a readable prefix, such as WARC, keep going; others raise it).
    Raises :class:`TooLarge` as soon as the output would pass ``max_bytes`` (a decompression bomb
    costs no more than that).
    """
    out = io.BytesIO()
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    buf = data
    members = 1
    try:
        while True:
            chunk = d.decompress(buf, max_bytes + 1 - out.tell())
            out.write(chunk)
            if out.tell() > max_bytes:
                raise TooLarge(f"decompresses to more than {max_bytes} bytes (setting ingest.max_decompressed_bytes)",
                               source=source)
            if d.unconsumed_tail:
                buf = d.unconsumed_tail
                continue
            if d.eof:
                buf = d.unused_data
                if buf[:2] == GZIP_MAGIC:
                    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    members += 1
                    continue
                # trailing NUL padding is common after gzip members; anything else is ignored data
                break
            # all input consumed but the member did not end: truncated
            return out.getvalue(), MalformedInput(
                f"gzip data is truncated (member {members} ends early after {out.tell()} decompressed bytes)",
                source=source)
    except zlib.error as exc:
        return out.getvalue(), MalformedInput(f"gzip data is corrupt in member {members}: {exc}", source=source)
    return out.getvalue(), None


def gunzip_bounded(data: bytes, max_bytes: int, source: str) -> bytes:
    """Decompress gzip completely and within ``max_bytes``, or raise (truncated, corrupt, too large)."""
    out, err = gunzip_partial(data, max_bytes, source)
    if err is not None:
        raise err
    return out


def maybe_gunzip(data: bytes, max_bytes: int, source: str) -> bytes:
    return gunzip_bounded(data, max_bytes, source) if data[:2] == GZIP_MAGIC else data


def binary_kind(data: bytes) -> str | None:
    """A short description if ``data`` is surely not text (a known file type or control bytes)."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    sample = data[:8192]
    if not sample:
        return None
    if b"\x00" in sample:
        return "binary data (contains NUL bytes)"
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls > len(sample) * 0.02:
        return "binary data (control bytes)"
    return None


def looks_binary(data: bytes) -> bool:
    return binary_kind(data) is not None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: NULs in only one byte parity (spaces, ASCII) and text that reads."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd and not even:
        enc = "utf-16-le"
    elif even and not odd:
        enc = "utf-16-be"
    else:
        return None
    try:
        text = sample.decode(enc)
    except UnicodeDecodeError:
        return None
    # random bytes read as UTF-16 come out as CJK and unassigned code points, not as text
    ok = sum(1 for c in text if ord(c) < 0x3000 and (c.isprintable() or c in "\n\r\t"))
    return enc if ok >= 0.95 * len(text) else None


# What browsers do (WHATWG Encoding): labels that name a subset are read as the superset
_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252", "x-cp1252": "cp1252",
    "iso-8859-9": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
    "x-sjis": "shift_jis", "gb2312": "gb18030", "gbk": "gb18030", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
    "unicode-1-1-utf-8": "utf-8", "utf8": "utf-8", "x-user-defined": "cp1252",
}


def canonical_encoding(label: str | None) -> str | None:
    """A Python codec name for a declared charset label, or None if it is unknown or unusable."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # a page that declares UTF-16/32 in ASCII bytes cannot be UTF-16/32 (WHATWG: use UTF-8)
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    # codecs that are not text encodings (rot13, base64...) are not charsets
    if not codecs.lookup(name)._is_text_encoding:  # type: ignore[attr-defined]
        return None
    return name


def _bad_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:100_000]
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f\x1b"))
    return bad / len(sample)


# encodings a detector may return that we trust over the Western code pages
_TRUSTED = {"cp1251", "koi8-r", "koi8-u", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
            "iso8859-5", "iso8859-7", "iso8859-8", "iso8859-9", "shift_jis", "cp932", "euc_jp", "gb18030", "gb2312",
            "big5", "big5hkscs", "euc_kr", "cp949", "iso2022_jp", "iso2022_kr", "mac-cyrillic", "cp866"}
_TYPO = set("‘’‚“”„–—…€«»°§©®™"
            "•·£ †‡¿¡")


def _implausible(text: str) -> int:
    """Non-ASCII characters that are neither letters nor common typography (mojibake signs)."""
    return sum(1 for c in text if ord(c) > 127 and not c.isalpha() and c not in _TYPO)


_WESTERN = ("cp1252", "cp1250", "iso8859-2", "iso8859-15")


def _prefer_western(data: bytes, guess: str | None) -> str | None:
    """Detectors are unsure on short Latin-script texts (cp1006 for one 'é', Latin-6 for Polish).

    Unless the guess is an encoding we trust, read the bytes with the common Western code pages
    too and keep the reading with the fewest mojibake signs; ties go to the more common page.
    """
    if guess in _TRUSTED:
        return guess
    best, best_bad = None, None
    for enc in _WESTERN + ((guess,) if guess and guess not in _WESTERN else ()):
        try:
            bad = _implausible(data.decode(enc))
        except UnicodeDecodeError:
            continue
        if best_bad is None or bad < best_bad:
            best, best_bad = enc, bad
    if best is None or (guess is None and best_bad):
        return guess
    return best


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to text: BOM, UTF-16 shape, binary check, declared charset, UTF-8, detection.

    Returns ``(text, encoding)``. Raises :class:`DecodeError` for binary data or bytes that no
    encoding turns into sensible text.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            if _bad_ratio(text) > 0.05:
                raise DecodeError(f"has a {enc.upper()} byte-order mark but is not {enc.upper()} text", source=source)
            return text, enc
    enc16 = _utf16_without_bom(data)
    if enc16:
        try:
            text = data.decode(enc16)
        except UnicodeDecodeError:
            text = ""
        if text and _bad_ratio(text) < 0.01:
            return text, enc16
    what = binary_kind(data)
    if what:
        raise DecodeError(f"looks like {what}, not text", source=source)
    enc = canonical_encoding(declared)
    if enc:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass  # a wrong declaration is common: fall through to detection
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65_536]).best()
    enc = _prefer_western(data, canonical_encoding(best.encoding) if best is not None else None)
    if enc is None:
        raise DecodeError("cannot detect the text encoding; convert the file to UTF-8", source=source)
    text = data.decode(enc, errors="replace")
    if _bad_ratio(text) > 0.02:
        raise DecodeError(f"does not decode as text in any known encoding (best guess {enc}); convert it to UTF-8",
                          source=source)
    return text, enc


# zero-width characters that carry nothing in Latin text; ZWJ/ZWNJ are kept between letters of
# other scripts (Persian, Indic, emoji sequences), where they change how a word is written
_DROP = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\ufffe\uffff"), None)
# bidi embeddings, overrides and isolates can make text display in another order than it is
# stored (spoofing); marks (LRM, RLM, ALM) are legitimate in RTL text and stay
_DROP.update(dict.fromkeys(range(0x202A, 0x202F), None))
_DROP.update(dict.fromkeys(range(0x2066, 0x206A), None))
# C0/C1 control characters other than tab and newline
_DROP.update({c: None for c in range(0x00, 0x20) if c not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D)})
_DROP.update({c: None for c in range(0x80, 0xA0) if c != 0x85})
_DROP.update({0x0B: "\n", 0x0C: "\n", 0x85: "\n", 0xA0: " ", 0x2028: "\n", 0x2029: "\n\n"})
_JOINERS = re.compile(r"(?<![\u0250-\U0010FFFF])[\u200c\u200d]|[\u200c\u200d](?![\u0250-\U0010FFFF])")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def normalize_text(text: str) -> str:
    """NFC, ``\\n`` newlines, no controls, zero-width characters, bidi overrides or lone surrogates.

    Deletes or maps single characters only: it never reorders text. Lone surrogates (from a JSON
    ``"\\ud800"`` escape) become U+FFFD so the text can always be encoded as UTF-8.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_DROP)
    if "\u200c" in text or "\u200d" in text:
        text = _JOINERS.sub("", text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return unicodedata.normalize("NFC", text)


__all__ = [
    "read_bounded", "gunzip_bounded", "gunzip_partial", "maybe_gunzip", "decode", "normalize_text",
    "looks_binary", "binary_kind", "canonical_encoding",
]
