"""Builders for reader tests and the generated hostile-input corpus (nothing here is a stored blob).

All article text is fictional and written for these tests.
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass, field

ARTICLE = (
    "Lakeside council approves bridge repairs\n\n"
    "NORVIK (NWS) – The Norvik town council on Thursday approved a repair plan for the old Lakeside "
    "bridge, its chair Petra Olander said after a two-hour meeting.\n\n"
    '"The bridge has carried us for ninety years and it will carry us for ninety more," Olander told '
    "reporters outside the town hall.\n\n"
    "Work is due to start in March and the bridge will stay open to pedestrians throughout.\n"
)


def article(n: int = 0, topic: str = "bridge") -> str:
    """A distinct, plausible article body (different enough per ``n`` not to be reprints)."""
    r = random.Random(n)
    towns = ["Norvik", "Saltby", "Eastmere", "Holmfjord", "Brackwater", "Kestrel Bay", "Dunmarsh", "Ravenholt"]
    people = ["Petra Olander", "Jonas Vik", "Amira Castell", "Tomas Reyne", "Ilse Marren", "Ola Brandt"]
    things = ["ferry timetable", "school roof", "harbour wall", "library hours", "tram line", "flood barrier"]
    town, person, thing = r.choice(towns), r.choice(people), r.choice(things)
    amount = r.randint(2, 90)
    day = r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
    return (
        f"{town} votes on the {thing} (item {n})\n\n"
        f"{town.upper()} (NWS) – Councillors in {town} on {day} voted {amount} to {r.randint(1, 9)} to fund "
        f"the {thing}, a plan that {person} had pushed for since spring. Case number {n * 7919 % 10007}.\n\n"
        f'"We waited {amount} months for this {topic}," {person} said, adding that the money would come '
        f"from the reserve fund rather than new borrowing.\n\n"
        f"The work on the {thing} is expected to take {r.randint(3, 40)} weeks and will be reviewed in public.\n"
    )


def warc_record(uri: str, body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK",
                wtype: str = "response", extra_http: str = "", n: int = 0) -> bytes:
    http = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra_http}Content-Length: {len(body)}\r\n\r\n".encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2025-01-01T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def html_page(body_text: str, title: str = "A page", head_extra: str = "") -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in body_text.split("\n\n")[1:] if p.strip())
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{head_extra}</head><body>"
            f"<article><h1>{title}</h1>\n{paras}</article></body></html>")


def rss(items: list[dict], title: str = "Norvik Courier", prolog: str = "") -> bytes:
    out = [f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel><title>{title}</title>'
           "<language>en-gb</language><link>https://courier.example/</link>"]
    for it in items:
        out.append("<item>" + "".join(f"<{k}>{v}</{k}>" for k, v in it.items()) + "</item>")
    out.append("</channel></rss>")
    return "".join(out).encode("utf-8")


def feed_html(text: str) -> str:
    """An article as escaped HTML paragraphs, the way feeds carry entry bodies."""
    import html

    return html.escape("".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip()))


def jl(**kw) -> str:
    return json.dumps(kw, ensure_ascii=False)


@dataclass
class Case:
    """One hostile input: a file name, its bytes, the reject codes allowed, and good records in it."""

    name: str
    data: bytes
    codes: set[str]
    docs: int = 0
    bad_records: int = 1
    notes: str = ""
    extra: dict = field(default_factory=dict)


# small caps so bombs and huge inputs stay cheap to build and read
CAPS = {"ingest": {"max_file_bytes": 1_000_000, "max_decompressed_bytes": 2_000_000,
                   "max_record_chars": 150_000, "max_line_chars": 20_000}}


def hostile_cases(seed: int = 0) -> list[Case]:
    """The generated hostile corpus (deterministic for a seed). See docs/input-formats.md."""
    r = random.Random(seed)
    C: list[Case] = []
    good = ARTICLE.encode()

    # binary data -------------------------------------------------------------------------------
    magics = {"png": b"\x89PNG\r\n\x1a\n", "jpeg": b"\xff\xd8\xff\xe0", "pdf": b"%PDF-1.7\n", "zip": b"PK\x03\x04",
              "elf": b"\x7fELF\x02\x01\x01", "sqlite": b"SQLite format 3\x00", "xz": b"\xfd7zXZ\x00",
              "gif": b"GIF89a", "zstd": b"\x28\xb5\x2f\xfd"}
    for kind, magic in magics.items():
        for ext in (".txt", ".html", ".xml"):
            C.append(Case(f"bin/{kind}{ext}", magic + r.randbytes(300), {"E102"}))
    for i in range(30):
        C.append(Case(f"bin/random{i}.{r.choice(['txt', 'html', 'jsonl', 'dat'])}", r.randbytes(r.randint(200, 5000)),
                      {"E102", "E104"}))
    for i in range(10):
        text = bytearray(good)
        for _ in range(20 + i * 5):
            text[r.randrange(len(text))] = r.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16])
        C.append(Case(f"bin/controls{i}.txt", bytes(text), {"E102"}))

    # empty and whitespace -------------------------------------------------------------------------
    for ext in (".txt", ".html", ".jsonl", ".xml", ".rss", ".warc", ".dat", ".txt.gz"):
        C.append(Case(f"empty/zero{ext}", b"", {"E105"}))
    for i, ws in enumerate([b" ", b"\n\n\n", b"\t \r\n \t", "\u00a0\u200b\u2060 \ufeff".encode(), b" " * 5000,
                            "\u2028\u2029".encode(), b"\xef\xbb\xbf   ", "  \n".encode("utf-16"),
                            "\u202e\u202d\u2066".encode()]):
        C.append(Case(f"empty/ws{i}.txt", ws, {"E105"}))
        C.append(Case(f"empty/ws{i}.html", ws, {"E105"}))
    C.append(Case("empty/empty.txt.gz", gzip.compress(b""), {"E105"}))
    C.append(Case("empty/ws.txt.gz", gzip.compress(b"   \n  "), {"E105"}))
    C.append(Case("empty/lines.jsonl", b"\n\n   \n", {"E105"}))

    # gzip ------------------------------------------------------------------------------------------
    gz = gzip.compress(good)
    for cut in (2, 5, 10, 18, len(gz) // 2, len(gz) - 8, len(gz) - 1):
        C.append(Case(f"gzip/truncated{cut}.txt.gz", gz[:cut], {"E104"}))
    for i in range(8):
        b = bytearray(gz)
        pos = r.randrange(12, len(b) - 8)
        b[pos] ^= 0xFF
        C.append(Case(f"gzip/corrupt{i}.txt.gz", bytes(b), {"E104", "E102", "E105"}, docs=-1,
                      notes="a flipped byte may still inflate to a different text"))
    C.append(Case("gzip/concatenated.txt.gz", gzip.compress(good[:150]) + gzip.compress(good[150:]), set(), docs=1,
                  bad_records=0))
    C.append(Case("gzip/trailing-nuls.txt.gz", gz + b"\x00" * 64, set(), docs=1, bad_records=0))
    bomb = gzip.compress(b"\0" * 8_000_000, 9)
    C.append(Case("gzip/bomb.txt.gz", bomb, {"E103"}))
    C.append(Case("gzip/bomb-html.html.gz", gzip.compress(b"<p>" + b"a" * 6_000_000, 9), {"E103"}))
    C.append(Case("gzip/bomb-nested.txt.gz", gzip.compress(gzip.compress(b"\0" * 8_000_000, 9), 9), {"E102"}))
    C.append(Case("gzip/bomb-concat.txt.gz", gzip.compress(b"x" * 1_500_000) * 3, {"E103"}))
    C.append(Case("gzip/bomb.warc.gz", gzip.compress(b"WARC/1.0\r\n" + b"\0" * 8_000_000, 9), {"E103"}))

    # encodings -------------------------------------------------------------------------------------
    C.append(Case("enc/invalid-utf8.txt", good + b"\xc3\x28 \xa0\xa1 \xe2\x82 \xf0\x28\x8c\x28 end of text", {"E102"},
                  docs=-1, notes="detected as a single-byte page or rejected"))
    C.append(Case("enc/mixed.txt", "Café ".encode() + "Городской совет".encode("cp1251") + good, {"E102"}, docs=-1))
    C.append(Case("enc/bad-bom16.txt", b"\xff\xfe" + r.randbytes(801), {"E102", "E105"}, docs=-1))
    C.append(Case("enc/unknown-charset.html", html_page(ARTICLE, head_extra='<meta charset="x-klingon-7">').encode(),
                  set(), docs=1, bad_records=0))
    C.append(Case("enc/codec-not-charset.html", html_page(ARTICLE, head_extra='<meta charset="rot13">').encode(),
                  set(), docs=1, bad_records=0))
    C.append(Case("enc/wrong-declared.html", html_page("T\n\nЗдравствуйте, это статья о мосте.\n\n" + ARTICLE,
                  head_extra='<meta charset="utf-8">').encode("cp1251"), set(), docs=1, bad_records=0))
    C.append(Case("enc/rtl-zero-width.txt", ("\u202eevil\u202c " + ARTICLE.replace(" ", " \u200b") + "\u2067x\u2069")
                  .encode(), set(), docs=1, bad_records=0))
    C.append(Case("enc/lone-surrogate.jsonl", ('{"id": "ls1", "text": "' + json.dumps(ARTICLE)[1:-1] + '\\ud800 tail"}')
                  .encode(), set(), docs=1, bad_records=0))

    # huge inputs -----------------------------------------------------------------------------------
    C.append(Case("huge/over-cap.txt", b"word " * 210_000, {"E103"}))
    C.append(Case("huge/one-line.txt", b"Title\n\n" + b"longword" * 30_000, {"E103"}))
    C.append(Case("huge/record.jsonl", jl(id="big", text="w " * 100_000).encode(), {"E103"}))
    C.append(Case("huge/line.jsonl", b'{"id": "x", "text": "' + b"a" * 350_000 + b'"}', {"E103"}))
    C.append(Case("huge/page.html", b"<html><body><p>" + b"word " * 190_000 + b"</p></body></html>", {"E103"}))

    # JSONL -----------------------------------------------------------------------------------------
    bad_lines = [
        '{"id": "a1", "text": "unterminated', "[1, 2, 3]", "42", '"just a string"', "null", "{'single': 'quotes'}",
        '{"id": ["x"], "text": "body text here"}', '{"id": {"a": 1}, "text": "t"}', '{"id": true, "text": "t"}',
        '{"id": "' + "i" * 300 + '", "text": "t"}', '{"id": "a\\u0000b", "text": "t"}', '{"id": "  ", "text": "t"}',
        '{"id": "n1"}', '{"id": "n2", "text": ""}', '{"id": "n3", "text": "   "}', '{"id": "n4", "text": 5}',
        '{"id": "n5", "html": ["<p>x</p>"]}', '{"id": "n6", "text": "body", "title": 7}', '{"text": null}',
        '{"id": "n7", "text": "x", "published": 20250101}', "[" * 100_000 + "]" * 100_000, "{" * 5000,
        '{"id": "n8", "text": "ok"} trailing', '{"id": "n9", "text": "a\x01b"}', "\x00\x00\x00",
    ]
    for i, line in enumerate(bad_lines):
        body = jl(id=f"good{i}", text=article(i)) + "\n" + line + "\n"
        C.append(Case(f"jsonl/bad{i:02d}.jsonl", body.encode(), {"E104", "E105", "E103"}, docs=1))
    C.append(Case("jsonl/dup-same.jsonl", ("\n".join([jl(id="d1", text=article(1))] * 3) + "\n").encode(), set(),
                  docs=1, bad_records=0))
    C.append(Case("jsonl/dup-conflict.jsonl", (jl(id="d2", text=article(2)) + "\n" + jl(id="d2", text=article(3))
                  + "\n").encode(), {"E201"}, docs=1))
    C.append(Case("jsonl/dup-int-str.jsonl", (jl(id=5, text=article(5)) + "\n" + jl(id="5", text=article(6))
                  + "\n").encode(), {"E201"}, docs=1))
    for i, date in enumerate(["0000-01-01", "9999-12-31", "0001-01-01T00:00:00", "2025-13-45", "yesterday", "-1",
                              "1e308", "2025-02-30", "99999-01-01", "１９９９-01-01"]):
        C.append(Case(f"jsonl/date{i}.jsonl", jl(id=f"date{i}", text=article(100 + i), published=date).encode(), set(),
                      docs=1, bad_records=0, extra={"absurd_date": date}))
    C.append(Case("jsonl/u2028.jsonl", (jl(id="ls", text=article(7) + "\u2028tail") + "\n").encode(), set(), docs=1,
                  bad_records=0))
    C.append(Case("jsonl/crlf-bom.jsonl", ("\ufeff" + jl(id="c1", text=article(8)) + "\r\n" + jl(id="c2", text=article(9))
                  + "\r\n").encode(), set(), docs=2, bad_records=0))
    C.append(Case("jsonl/array.json", b'[{"id": "x", "text": "y"}]', {"E101"}))

    # HTML ------------------------------------------------------------------------------------------
    C.append(Case("html/nested.html", (b"<html><body>" + b"<div>" * 10_000 + b"deep" + b"</div>" * 10_000
                                       + b"</body></html>"), {"E104", "E105"}, docs=-1))
    C.append(Case("html/scripts-only.html", b"<html><head><script>var a=1;</script></head><body><script>"
                  + b"alert(1);" * 200 + b"</script><style>p{}</style></body></html>", {"E105"}))
    C.append(Case("html/unclosed.html", b"<html><body><p>Only a start <b>bold <i>italic <div><table><tr><td>" + good,
                  {"E105"}, docs=-1))
    C.append(Case("html/garbage-tags.html", b"<<<>>><html<<body>>" + b"</p>" * 500 + b"<!-- unclosed comment " + good,
                  {"E105", "E104"}, docs=-1))
    C.append(Case("html/huge-attr.html", b'<html><body><p title="' + b"x" * 500_000 + b'">' + good + b"</p></body></html>",
                  {"E103", "E105"}, docs=-1))
    C.append(Case("html/nul-bytes.html", b"<html>\x00<body>\x00" + good, {"E102"}))

    # feeds -----------------------------------------------------------------------------------------
    laughs = ('<!DOCTYPE rss [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)) + "]>")
    item = {"title": "&lol9;", "description": "x"}
    C.append(Case("feed/billion-laughs.rss", rss([item], prolog=laughs), {"E108"}))
    C.append(Case("feed/quadratic.xml", rss([{"title": "t", "description": "&a;" * 5000}],
                                            prolog='<!DOCTYPE rss [<!ENTITY a "' + "A" * 5000 + '">]>'), {"E108"}))
    C.append(Case("feed/xxe-file.rss", rss([{"title": "&x;", "description": "d"}],
                                           prolog='<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'), {"E108"}))
    C.append(Case("feed/xxe-http.rss", rss([{"title": "&x;", "description": "d"}],
                                           prolog='<!DOCTYPE rss [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>'), {"E108"}))
    C.append(Case("feed/xxe-param.rss", rss([{"title": "t", "description": "d"}],
                                            prolog='<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>'),
                  {"E108"}))
    full = rss([{"title": f"Entry {i}", "description": feed_html(article(i)), "guid": f"g{i}"} for i in range(3)])
    for cut in (20, 60, len(full) // 3, len(full) // 2, len(full) - 30, len(full) - 5):
        C.append(Case(f"feed/truncated{cut}.rss", full[:cut], {"E104"}))
    C.append(Case("feed/not-a-feed.xml", b'<?xml version="1.0"?><note><to>A</to><body>hi</body></note>', {"E101"}))
    C.append(Case("feed/no-entries.rss", rss([]), {"E105"}))
    C.append(Case("feed/empty-entry.rss", rss([{"title": "t", "description": ""}, {"title": "u", "guid": "g"}]),
                  {"E105"}, bad_records=2))
    C.append(Case("feed/html-as-xml.xml", html_page(ARTICLE).encode(), {"E104", "E101"}))
    C.append(Case("feed/mismatched.rss", b"<rss><channel><title>x</titel></channel></rss>", {"E104"}))
    C.append(Case("feed/dup-guid.rss", rss([{"title": "A", "description": feed_html(article(1)), "guid": "same"},
                                            {"title": "B", "description": feed_html(article(2)), "guid": "same"}]),
                  {"E201"}, docs=1))

    # WARC ------------------------------------------------------------------------------------------
    rec1 = warc_record("https://courier.example/a", html_page(article(1)).encode(), n=1)
    rec2 = warc_record("https://courier.example/b", html_page(article(2)).encode(), n=2)
    rec3 = warc_record("https://courier.example/c", html_page(article(3)).encode(), n=3)
    C.append(Case("warc/truncated-last.warc", rec1 + rec2 + rec3[: len(rec3) // 2], {"E104"}, docs=2))
    C.append(Case("warc/truncated-header.warc", rec1 + rec2[:40], {"E104"}, docs=1))
    C.append(Case("warc/garbage-between.warc", rec1 + b"this is not a record\r\n\r\n" + rec2 + rec3, {"E104"}, docs=3))
    C.append(Case("warc/junk-before.warc", b"junk junk\n" + rec1 + rec2, {"E104"}, docs=2))
    bad_len = rec2.replace(b"Content-Length: ", b"Content-Length: x", 1)
    C.append(Case("warc/bad-length.warc", rec1 + bad_len + rec3, {"E104"}, docs=2))
    lying = rec2.replace(b"Content-Length: ", b"Content-Length: 9", 1)
    C.append(Case("warc/lying-length.warc", rec1 + lying + rec3, {"E104"}, docs=2))
    C.append(Case("warc/no-records.warc", b"WARNING: nothing here\n", {"E104"}))
    # an archive with no page at all is reported (E105), not dropped without a word
    C.append(Case("warc/only-images.warc", warc_record("https://c.example/i.png", b"\x89PNG...", ctype="image/png"),
                  {"E105"}, docs=0))
    C.append(Case("warc/http-garbage.warc", rec1 + warc_record("https://c.example/x", b"")
                  .replace(b"HTTP/1.1 200 OK", b"\x00\x01garbage"), {"E104"}, docs=1))
    C.append(Case("warc/big-record.warc", rec1 + warc_record("https://c.example/big", b"<p>" + b"w " * 320_000), {"E103"},
                  docs=1))
    gzw = gzip.compress(rec1) + gzip.compress(rec2) + gzip.compress(rec3)
    C.append(Case("warc/truncated.warc.gz", gzw[: len(gzw) - 40], {"E104"}, docs=2))
    C.append(Case("warc/binary-payload.warc", rec1 + warc_record("https://c.example/bin", b"\x00\x01\x02" * 100), {"E102"},
                  docs=1))
    enc_bomb = gzip.compress(b"<p>" + b"a" * 1_000_000, 9)
    C.append(Case("warc/payload-bomb.warc", rec1 + warc_record("https://c.example/z", enc_bomb,
                  extra_http="Content-Encoding: gzip\r\n"), {"E103"}, docs=1))
    return C
