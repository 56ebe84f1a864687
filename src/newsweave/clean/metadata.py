"""Metadata found in plain text: title, date, dateline, byline, credit and outlet lines.

Returns the metadata and the line indexes it claimed (with their reason codes) so that the
cleaner removes them from the body and records why.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import reasons as R
from .core import Line


@dataclass(slots=True)
class TextMeta:
    fields: dict = field(default_factory=dict)
    claimed: dict[int, str] = field(default_factory=dict)


def find_text_metadata(lines: list[Line], has_title: bool = False) -> TextMeta:
    meta = TextMeta()
    if lines and not has_title:
        meta.fields["title"] = lines[0].text
        meta.claimed[0] = R.TITLE
    return meta
