"""Sentence spans of a clean text, fast and offline (nupunkt; pysbd is ~100x slower).

Paragraph breaks (blank lines) always end a sentence; spans exclude surrounding whitespace.

Example::

    >>> split_sentences('He said so. "We agree," she said.\\n\\nNew paragraph')
    [(0, 11), (12, 33), (35, 48)]
"""

from __future__ import annotations

import re

_PARA = re.compile(r"\n\s*\n")
# German (and other) day-first dates: "am 8. Oktober", "vom 3. bis 5. März" never end a sentence
_MONTHS = ("Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
           "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
           # the same order in English reposts of such texts: "on 11. June around 20,000 litres ..."
           "January|February|March|April|May|June|July|October|December|"
           "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
           "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre")
_ORDINAL_END = re.compile(r"(?<![\d.])\d{1,2}\.$")
_MONTH_START = re.compile(r"(?:bis\s+\d{1,2}\.\s+)?(?:" + _MONTHS + r")\b")
# a piece the segmenter cut after a quote's own "?" or "!", before its closing mark and the
# attribution ('"Where, now?", curses a holidaymaker', '« … ? », peste-t-il'): no sentence starts so
_CLOSER_START = re.compile(r"\s*(?:[\"”»’]\s*)?[,;]|\s*[\"”»’]\s+[a-zà-ÿ]")


# a heading in capitals on its own line ("WHAT CIVIPARK SAYS") ends before the line under it: the
# segmenter, finding no stop, would run it into that line's sentence
_HEADING_LINE = re.compile(r"[^\S\n]*[A-ZÀ-Þ0-9][A-ZÀ-Þ0-9 '’&,\-]{2,80}[^\S\n]*\n")


def _segment(text: str) -> list[tuple[int, int]]:
    from nupunkt import sent_spans

    return [(s, e) for s, e in sent_spans(text)]


def split_sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    paras = []
    for m in _PARA.finditer(text):
        paras.append((pos, m.start()))
        pos = m.end()
    paras.append((pos, len(text)))
    split: list[tuple[int, int]] = []
    for ps, pe in paras:
        h = _HEADING_LINE.match(text, ps, pe)
        if h and any(c.isalpha() for c in h.group(0)):
            split.append((ps, h.end() - 1))
            ps = h.end()
        split.append((ps, pe))
    for ps, pe in split:
        chunk = text[ps:pe]
        if not chunk.strip():
            continue
        segs = _segment(chunk)
        merged: list[tuple[int, int]] = []
        for s, e in segs:
            if merged and (_ORDINAL_END.search(chunk[merged[-1][0]:merged[-1][1]].rstrip())
                           and _MONTH_START.match(chunk[s:e].lstrip()) or _CLOSER_START.match(chunk, s, e)):
                merged[-1] = (merged[-1][0], e)
            else:
                merged.append((s, e))
        for s, e in merged:
            seg = chunk[s:e]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            if e - trail > s + lead:
                out.append((ps + s + lead, ps + e - trail))
    return out
