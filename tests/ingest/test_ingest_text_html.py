"""Plain text and HTML readers: encodings we encode ourselves, normalisation, binary and empty input."""

from __future__ import annotations

import gzip

import pytest
from hypothesis import given, settings as hsettings, strategies as st
from ingest_cases import ARTICLE, html_page

from newsweave.errors import DecodeError, EmptyInput, TooLarge
from newsweave.ingest import read_path
from newsweave.ingest.bytes_ import canonical_encoding, decode, normalize_text
from newsweave.ingest.html import canonical_url, declared_charset
from newsweave.model import RawDoc, Reject

RU = ("Городской совет Северогорска в четверг утвердил бюджет на ремонт моста через реку Тихую.\n\n"
      "Мэр Анна Лебедева заявила, что работы начнутся весной и продлятся до осени.")
FR = ("Le conseil de Port-Vérane a adopté jeudi un budget « ambitieux » pour le pont. « C’est une décision "
      "historique », a déclaré la maire Élise Garnier — selon l’agence locale.")
DE = "Die Stadt Nordhafen saniert die Brücke für 3,5 Mio. €. Bürgermeister Jörg Weiß sagte: „Das ist überfällig.“"
PL = "Rada miejska Złotogrodu zatwierdziła w czwartek budżet na remont mostu. Burmistrz Łucja Świątek zabrała głos."
LATIN1 = "Café crème à Genève: la fête du lac réunit 2 000 personnes, dit Noël Müller."


@pytest.mark.parametrize("text,enc,expect", [
    (RU, "utf-8", "utf-8"),
    (RU, "utf-8-sig", "utf-8-sig"),
    (RU, "utf-16", "utf-16"),           # with BOM
    (RU, "utf-16-le", "utf-16-le"),     # without BOM
    (FR, "utf-16-be", "utf-16-be"),
    (FR, "utf-32", "utf-32"),
    (RU, "cp1251", "cp1251"),
    (RU, "koi8-r", "koi8-r"),
    (FR, "cp1252", "cp1252"),
    (DE, "cp1252", "cp1252"),
    (LATIN1, "latin-1", "cp1252"),      # latin-1 bytes read as its superset, as browsers do
    ("Short é", "cp1252", "cp1252"),    # too short for statistics: the common page wins
    (PL, "cp1250", "cp1250"),
    (PL, "iso-8859-2", "iso8859-2"),
])
def test_decode_detects_encodings(text, enc, expect):
    got, detected = decode(text.encode(enc), "x.txt")
    assert got.lstrip("\ufeff") == text
    assert detected == expect


def test_declared_charset_is_used_and_wrong_ones_fall_back():
    assert decode(LATIN1.encode("cp1252"), "x", "windows-1252") == (LATIN1, "cp1252")
    # a declaration that cannot be true (UTF-8 declared, cp1251 bytes) falls through to detection
    assert decode(RU.encode("cp1251"), "x", "utf-8")[0] == RU
    # unknown or non-text codecs are ignored, not trusted
    assert canonical_encoding("x-klingon") is None and canonical_encoding("rot13") is None
    assert canonical_encoding("ISO-8859-1") == "cp1252" and canonical_encoding("UTF-16") == "utf-8"


@pytest.mark.parametrize("data,what", [
    (b"\x89PNG\r\n\x1a\n" + bytes(300), "PNG"), (b"%PDF-1.4\n%\xe2\xe3", "PDF"), (b"PK\x03\x04" + bytes(30), "ZIP"),
    (b"\x7fELF\x02\x01", "executable"), (bytes(range(256)) * 4, "binary"), (b"abc\x00def" * 50, "NUL"),
    (b"text \x01\x02\x03\x04\x05\x06 text" * 10, "control"),
])
def test_binary_is_refused(data, what):
    with pytest.raises(DecodeError, match=what):
        decode(data, "x.txt")


def test_normalize_text():
    s = "Cafe\u0301\r\nline\rnext\u00a0x\u200bz\u00ad\u202eevil\u202c\u2066i\u2069\x00\x07\u2028end\ud800"
    assert normalize_text(s) == "Café\nline\nnext xzevili\nend\ufffd"
    # ZWNJ/ZWJ are letters' business in Persian and emoji sequences; noise between Latin letters
    assert normalize_text("می\u200cخواهم") == "می\u200cخواهم"
    assert normalize_text("a\u200db") == "ab"
    assert normalize_text("\u200f\u061c") == "\u200f\u061c"  # RTL marks stay


@hsettings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_text_properties(s):
    out = normalize_text(s)
    out.encode("utf-8")  # never a lone surrogate
    assert normalize_text(out) == out  # idempotent
    assert "\r" not in out and "\x00" not in out
    assert not any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in out)


def _read(tmp_path, name, data, settings):
    p = tmp_path / name
    p.write_bytes(data)
    return list(read_path(str(p), settings))


def test_text_reader_encodings_end_to_end(tmp_path, settings):
    for i, (text, enc) in enumerate([(RU, "cp1251"), (FR, "cp1252"), (LATIN1, "latin-1"), (RU, "utf-16"),
                                     (FR, "utf-8-sig")]):
        [doc] = _read(tmp_path, f"a{i}.txt", text.encode(enc), settings)
        assert isinstance(doc, RawDoc) and doc.content.lstrip("\ufeff") == text and doc.kind == "text"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", "\u00a0\u200b\n".encode(), "  ".encode("utf-16"), b"\xef\xbb\xbf"])
def test_empty_and_whitespace_files(tmp_path, settings, data):
    [r] = _read(tmp_path, "e.txt", data, settings)
    assert isinstance(r, Reject) and r.code == "E105" and r.source.endswith("e.txt")


def test_text_caps(tmp_path, settings):
    s = settings.replace({"ingest": {"max_line_chars": 100, "max_record_chars": 1000, "max_file_bytes": 5000}})
    [r] = _read(tmp_path, "line.txt", b"Title\n\n" + b"x" * 200, s)
    assert r.code == "E103" and "has a line of 200 characters" in r.message
    [r] = _read(tmp_path, "rec.txt", b"word\n" * 300, s)
    assert r.code == "E103" and "ingest.max_record_chars" in r.message
    [r] = _read(tmp_path, "file.txt", b"word\n" * 2000, s)
    assert r.code == "E103" and "ingest.max_file_bytes" in r.message


def test_gzip_text_concatenated_and_truncated(tmp_path, settings):
    data = ARTICLE.encode()
    [doc] = _read(tmp_path, "a.txt.gz", gzip.compress(data[:100]) + gzip.compress(data[100:]), settings)
    assert doc.content == ARTICLE
    [r] = _read(tmp_path, "b.txt.gz", gzip.compress(data)[:-10], settings)
    assert r.code == "E104" and "truncated" in r.message
    small = settings.replace({"ingest": {"max_decompressed_bytes": 10_000}})
    [r] = _read(tmp_path, "bomb.txt.gz", gzip.compress(b"a" * 1_000_000), small)
    assert r.code == "E103" and "10000" in r.message


def test_special_files_are_refused(tmp_path, settings):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [r] = list(read_path(str(fifo), settings))  # must not block
    assert r.code == "E101"


# HTML ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("head,expect", [
    ('<meta charset="windows-1251">', "windows-1251"),
    ("<meta charset=koi8-r>", "koi8-r"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "ISO-8859-1"),
])
def test_declared_charset_in_html(head, expect):
    assert declared_charset(f"<html><head>{head}</head>".encode()) == expect
    assert declared_charset(b'<?xml version="1.0" encoding="windows-1252"?><html>') == "windows-1252"


def test_html_reader_uses_declared_charset_and_canonical_url(tmp_path, settings):
    page = html_page(ARTICLE.replace("Norvik", "Нορвик"),
                     head_extra='<meta charset="windows-1251"><link rel="canonical" href="https://courier.example/a?x=1&amp;y=2">')
    data = page.replace("Нορвик", "Норвик").encode("cp1251")
    [doc] = _read(tmp_path, "p.html", data, settings)
    assert doc.encoding == "cp1251" and "Норвик" in doc.content
    assert doc.meta["url"] == "https://courier.example/a?x=1&y=2"
    og = html_page(ARTICLE, head_extra='<meta property="og:url" content="https://courier.example/og">')
    assert canonical_url(og) == "https://courier.example/og"
    assert canonical_url(html_page(ARTICLE, head_extra='<link rel="canonical" href="javascript:alert(1)">')) is None


def test_html_gz_and_malformed_html_through_pipeline(tmp_path, settings, store):
    from newsweave import pipeline

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.html.gz").write_bytes(gzip.compress(html_page(ARTICLE, title="Lakeside council approves bridge repairs").encode()))
    (d / "broken.html").write_bytes(b"<html><body><div><p>" + ARTICLE.encode() + b"<p><b><i></div></span></table>")
    (d / "scripts.htm").write_bytes(b"<html><script>" + b"x=1;" * 500 + b"</script></html>")
    (d / "deep.html").write_bytes(b"<div>" * 5000 + ARTICLE.encode() + b"</div>" * 5000)
    rep = pipeline.ingest([str(d)], store, settings)
    # broken markup is extracted or rejected, never a crash; how much survives is extraction's business
    assert rep.stored >= 1 and rep.stored + rep.rejected == 4
    codes = {r.source.rsplit("/", 1)[-1]: r.code for r in rep.rejects}
    assert codes.get("scripts.htm") == "E105"
    assert set(codes.values()) <= {"E104", "E105"}
    titles = {a.title for a in store.iter_articles()}
    assert "Lakeside council approves bridge repairs" in titles


def test_decompression_bomb_memory_is_bounded(tmp_path, settings):
    import tracemalloc

    bomb = gzip.compress(b"\0" * 50_000_000, 9)  # ~50 kB on disk, 50 MB inflated
    s = settings.replace({"ingest": {"max_decompressed_bytes": 1_000_000}})
    p = tmp_path / "bomb.txt.gz"
    p.write_bytes(bomb)
    tracemalloc.start()
    try:
        [r] = list(read_path(str(p), s))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert r.code == "E103"
    assert peak < 8_000_000, peak  # a few times the cap, nowhere near the 50 MB inside
