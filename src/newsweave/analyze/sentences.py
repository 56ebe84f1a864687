"""Sentence spans of a clean text, fast and offline (nupunkt; pysbd is ~100x slower).

Paragraph breaks (blank lines) always end a sentence; spans exclude surrounding whitespace.

Example::

    >>> split_sentences('He said so. "We agree," she said.\\n\\nNew paragraph')
    [(0, 11), (12, 33), (35, 48)]
"""

from __future__ import annotations

import re

_PARA = re.compile(r"\n\s*\n")


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
    for ps, pe in paras:
        chunk = text[ps:pe]
        if not chunk.strip():
            continue
        for s, e in _segment(chunk):
            seg = chunk[s:e]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            if e - trail > s + lead:
                out.append((ps + s + lead, ps + e - trail))
    return out
