"""Line-level cleaning with an audit trail.

The contract (checked by :func:`rebuild` and the tests): the clean text is ``extracted`` with
the :class:`~newsweave.model.Removed` spans deleted, each remaining line stripped, and the
lines joined by one blank line (``"\\n\\n"``). Nothing else changes: no character is invented
or moved, so every non-blank character of the clean text is a character of ``extracted``, in
the same order. A removed span is a whole line or a part of one (an outlet name glued to the
end of a paragraph); a part is removed together with the whitespace that separated it from the
kept text of its line.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..model import Removed
from . import reasons
from .rules import line_reasons

_WS = re.compile(r"\s+")


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str  # extracted[start:end], without surrounding whitespace


@dataclass(slots=True)
class CleanResult:
    """The clean text, what was removed, and the map back to ``extracted``.

    ``segments`` lists ``(text_start, extracted_start, length)``: ``text[ts:ts+n] ==
    extracted[es:es+n]`` for each, in increasing order of both; the characters of ``text``
    outside every segment are the ``"\\n\\n"`` paragraph separators.
    """

    text: str
    removed: list[Removed]
    kept: list[Line]
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    def to_extracted(self, offset: int) -> int | None:
        """The offset in ``extracted`` of the clean text's character at ``offset`` (None for separators)."""
        for ts, es, n in self.segments:
            if ts <= offset < ts + n:
                return es + offset - ts
        return None


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their offsets in ``text`` (surrounding whitespace excluded)."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def line_hash(line: str) -> str:
    norm = _WS.sub(" ", line.strip().lower())
    return hashlib.blake2b(norm.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def partial_cut(extracted: str, line: Line, start: int, end: int, reason: str) -> Removed:
    """A :class:`Removed` for ``extracted[start:end]`` inside ``line``, widened over the whitespace
    that joins it to the kept text (after it when it opens the line, before it otherwise)."""
    if not (line.start <= start < end <= line.end):
        raise ValueError(f"span [{start}, {end}) is not inside the line [{line.start}, {line.end})")
    if start == line.start and end < line.end:
        while end < line.end and extracted[end].isspace():
            end += 1
    else:
        while start > line.start and extracted[start - 1].isspace():
            start -= 1
    return Removed(start, end, extracted[start:end], reason)


def _pieces(line: Line, cuts: list[Removed]) -> list[tuple[int, int]]:
    """The kept ``[start, end)`` ranges of a line once ``cuts`` (sorted, inside it) are deleted."""
    out = []
    pos = line.start
    for c in cuts:
        if c.start > pos:
            out.append((pos, c.start))
        pos = max(pos, c.end)
    if pos < line.end:
        out.append((pos, line.end))
    return out


def _assemble(extracted: str, lines: list[Line], removed: list[Removed]) -> tuple[str, list[Line], list[tuple[int, int, int]]]:
    by_line: dict[int, list[Removed]] = {}
    whole: set[int] = set()
    starts = [ln.start for ln in lines]
    for r in removed:
        i = bisect.bisect_left(starts, r.start)
        covered = False
        while i < len(lines) and lines[i].end <= r.end:
            whole.add(i)
            covered = True
            i += 1
        if not covered:
            j = bisect.bisect_right(starts, r.start) - 1
            if j >= 0 and r.start < lines[j].end:
                by_line.setdefault(j, []).append(r)
    parts: list[str] = []
    kept: list[Line] = []
    segments: list[tuple[int, int, int]] = []
    pos = 0
    for i, ln in enumerate(lines):
        if i in whole:
            continue
        pieces = _pieces(ln, sorted(by_line.get(i, []), key=lambda r: r.start))
        if not pieces:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        for s, e in pieces:
            parts.append(extracted[s:e])
            segments.append((pos, s, e - s))
            pos += e - s
        kept.append(Line(pieces[0][0], pieces[-1][1], extracted[pieces[0][0]:pieces[-1][1]]))
    return "".join(parts), kept, segments


def rebuild(extracted: str, removed: Iterable[Removed]) -> str:
    """The clean text that deleting ``removed`` from ``extracted`` gives (the cleaning contract)."""
    return _assemble(extracted, split_lines(extracted), sorted(removed, key=lambda r: r.start))[0]


def clean_text(
    extracted: str,
    *,
    pre_marked: dict[int, str] | None = None,
    pre_cuts: Iterable[Removed] = (),
    outlet_chrome: Iterable[str] = (),
    extra_rules: Iterable[Callable[[Line, int, list[Line]], str | None]] = (),
    base_reasons: list[str | None] | None = None,
) -> CleanResult:
    """Delete chrome from ``extracted``; return the clean text and what went, with reasons.

    ``pre_marked`` maps line indexes (of :func:`split_lines`) already claimed by metadata
    extraction (title, date lines) to their reason; ``pre_cuts`` are parts of lines claimed the
    same way (see :func:`partial_cut`). ``outlet_chrome`` is a set of :func:`line_hash` values
    learned per outlet. ``extra_rules`` are called as ``rule(line, index, lines)`` and return a
    reason code or None. ``base_reasons``: :func:`~newsweave.clean.rules.line_reason` of each
    line when the caller already has them (metadata extraction computes them), to save the work.
    """
    lines = split_lines(extracted)
    chrome = set(outlet_chrome)
    pre = pre_marked or {}
    removed: list[Removed] = []
    prev_hash: str | None = None
    whole_lines: set[int] = set()
    rule_reasons = line_reasons([ln.text for ln in lines], claimed=pre, base=base_reasons)
    for i, ln in enumerate(lines):
        reason = pre.get(i) or rule_reasons[i]
        if reason is None:
            for rule in extra_rules:
                reason = rule(ln, i, lines)
                if reason:
                    break
        h = line_hash(ln.text)
        if reason is None and h in chrome:
            reason = reasons.OUTLET_RECURRING
        # a short line repeated right after itself is a doubled caption or widget; repeats further
        # apart (table headers, list items, recipe steps) are content
        if reason is None and h == prev_hash and _is_caption_like(ln.text):
            reason = reasons.DUPLICATE_LINE
        prev_hash = h
        if reason:
            removed.append(Removed(ln.start, ln.end, ln.text, reason))
            whole_lines.add(i)
    for c in pre_cuts:
        if c.text != extracted[c.start : c.end]:
            raise ValueError(f"removed span [{c.start}, {c.end}) does not match the text it claims to remove")
        inside = [i for i, ln in enumerate(lines) if ln.start <= c.start and c.end <= ln.end]
        if inside and inside[0] not in whole_lines:
            removed.append(c)
    removed.sort(key=lambda r: r.start)
    text, kept, segments = _assemble(extracted, lines, removed)
    return CleanResult(text, removed, kept, segments)


def _is_caption_like(text: str) -> bool:
    # a repeated long sentence is more likely a pull-quote than chrome
    return len(text.split()) <= 20
