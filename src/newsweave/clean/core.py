"""Line-level cleaning with an audit trail."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..model import Removed
from . import reasons
from .rules import line_reason

_WS = re.compile(r"\s+")


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str  # extracted[start:end], without surrounding whitespace


@dataclass(slots=True)
class CleanResult:
    text: str
    removed: list[Removed]
    kept: list[Line]
    meta: dict = field(default_factory=dict)


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


def clean_text(
    extracted: str,
    *,
    pre_marked: dict[int, str] | None = None,
    outlet_chrome: Iterable[str] = (),
    extra_rules: Iterable[Callable[[Line, int, list[Line]], str | None]] = (),
) -> CleanResult:
    """Delete chrome lines of ``extracted``; return the clean text and what went, with reasons.

    ``pre_marked`` maps line indexes already claimed by metadata extraction (title, date lines)
    to their reason. ``outlet_chrome`` is a set of :func:`line_hash` values learned per outlet.
    """
    lines = split_lines(extracted)
    chrome = set(outlet_chrome)
    pre = pre_marked or {}
    seen: dict[str, int] = {}
    removed: list[Removed] = []
    kept: list[Line] = []
    for i, ln in enumerate(lines):
        reason = pre.get(i)
        if reason is None:
            reason = line_reason(ln.text, i, len(lines))
        if reason is None:
            for rule in extra_rules:
                reason = rule(ln, i, lines)
                if reason:
                    break
        h = line_hash(ln.text)
        if reason is None and h in chrome:
            reason = reasons.OUTLET_RECURRING
        if reason is None and h in seen and _is_caption_like(ln.text):
            reason = reasons.DUPLICATE_LINE
        seen.setdefault(h, i)
        if reason:
            removed.append(Removed(ln.start, ln.end, ln.text, reason))
        else:
            kept.append(ln)
    text = "\n\n".join(ln.text for ln in kept)
    return CleanResult(text, removed, kept)


def _is_caption_like(text: str) -> bool:
    # a repeated long sentence inside one article is more likely a quoted pull-quote than chrome
    return len(text.split()) <= 20
