"""Bounded reading, gzip, and encoding detection shared by the readers."""

from __future__ import annotations

import gzip
import io
import unicodedata
import zlib

from ..errors import DecodeError, MalformedInput, TooLarge

GZIP_MAGIC = b"\x1f\x8b"


def read_bounded(path: str, max_bytes: int) -> bytes:
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(f"file is larger than the cap of {max_bytes} bytes (setting ingest.max_file_bytes)", source=path)
    return data


def gunzip_bounded(data: bytes, max_bytes: int, source: str) -> bytes:
    """Decompress gzip (possibly multi-member) without ever holding more than ``max_bytes``."""
    out = io.BytesIO()
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    buf = data
    try:
        while buf:
            chunk = d.decompress(buf, max_bytes + 1 - out.tell())
            out.write(chunk)
            if out.tell() > max_bytes:
                raise TooLarge(
                    f"decompresses to more than {max_bytes} bytes (setting ingest.max_decompressed_bytes)", source=source
                )
            if d.unconsumed_tail:
                buf = d.unconsumed_tail
                continue
            if d.eof:
                buf = d.unused_data
                if buf and buf[:2] == GZIP_MAGIC:
                    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    continue
                break
            buf = b""
        if not d.eof:
            raise MalformedInput("gzip data is truncated (unexpected end of stream)", source=source)
    except zlib.error as exc:
        raise MalformedInput(f"gzip data is corrupt: {exc}", source=source) from None
    return out.getvalue()


def maybe_gunzip(data: bytes, max_bytes: int, source: str) -> bytes:
    return gunzip_bounded(data, max_bytes, source) if data[:2] == GZIP_MAGIC else data


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff")) or sample[1::2].count(0) > len(sample) // 4):
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes to text: BOM, then a declared charset, then UTF-8, then detection.

    Returns ``(text, encoding)``. Raises :class:`DecodeError` for binary data.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if looks_binary(data):
        raise DecodeError("looks like a binary file, not text", source=source)
    if declared:
        try:
            return data.decode(declared), declared.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise DecodeError("cannot detect the text encoding", source=source)
    enc = best.encoding
    return data.decode(enc, errors="replace"), enc


_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def normalize_text(text: str) -> str:
    """NFC, unified newlines, no zero-width characters or soft hyphens, no NULs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.translate(_ZERO_WIDTH)
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return unicodedata.normalize("NFC", text)


__all__ = ["read_bounded", "gunzip_bounded", "maybe_gunzip", "decode", "normalize_text", "looks_binary", "gzip"]
