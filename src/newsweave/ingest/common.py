"""Checks and field normalisation shared by the readers: limits, dates, languages, duplicate ids."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

from ..errors import EmptyInput, TooLarge
from ..model import RawDoc, Reject
from ..settings import Settings

MAX_ID_CHARS = 256
MIN_YEAR = 1800


def check_body(text: str, settings: Settings, source: str, record: str | None = None, *, kind: str = "text") -> None:
    """Raise for an empty body, one over ``max_record_chars`` or (plain text) a line over ``max_line_chars``.

    Huge single lines are refused in plain text only: a minified HTML page is one long line and fine.
    """
    s = settings.ingest
    if not text.strip():
        raise EmptyInput("empty or only whitespace", source=source, record=record)
    if len(text) > s.max_record_chars:
        raise TooLarge(f"{len(text)} characters, over the cap of {s.max_record_chars} (setting ingest.max_record_chars)",
                       source=source, record=record)
    if kind == "text" and len(text) > s.max_line_chars:
        longest = max(map(len, text.split("\n")))
        if longest > s.max_line_chars:
            raise TooLarge(f"has a line of {longest} characters, over the cap of {s.max_line_chars} "
                           "(setting ingest.max_line_chars); is this really an article?", source=source, record=record)


_PARTIAL = re.compile(r"^([0-9]{4})(?:-(0[1-9]|1[0-2]))?$")


def normalize_published(value: object) -> str | None:
    """An ISO 8601 date/datetime string for a publication date given by a container, or None.

    Accepts ISO 8601 (``2025-03-01``, ``2025-03-01T10:00:00Z``, ``2025-03``, ``2025``) and RFC 2822
    (``Sat, 01 Mar 2025 10:00:00 GMT``). Years before 1800 or after next year are absurd for news and
    give None (the caller keeps the raw value aside).
    """
    if not isinstance(value, str):
        return None
    v = value.strip()
    if not v or len(v) > 64 or not v.isascii():
        return None
    this_year = dt.date.today().year
    m = _PARTIAL.match(v)
    if m:
        return v if MIN_YEAR <= int(m.group(1)) <= this_year + 1 else None
    parsed: dt.date | dt.datetime | None = None
    try:
        parsed = dt.datetime.fromisoformat(v.replace("z", "Z"))
        if len(v) == 10:
            parsed = parsed.date()
    except ValueError:
        try:
            parsed = parsedate_to_datetime(v)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if parsed is None or not (MIN_YEAR <= parsed.year <= this_year + 1):
        return None
    return parsed.isoformat()


_LANG = re.compile(r"^[a-z]{2,3}$")


def normalize_language(value: object) -> str | None:
    """``"en-US"`` -> ``"en"``; anything that is not a language tag -> None."""
    if not isinstance(value, str):
        return None
    primary = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return primary if _LANG.match(primary) else None


def clean_id(value: object) -> str | None:
    """An input id as text, or None if it is not usable as an article id (see :func:`id_problem`)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    v = str(value).strip()
    return v if v and id_problem(v) is None else None


def id_problem(value: object) -> str | None:
    """Why ``value`` cannot be an article id, or None if it can."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return f"'id' must be a string or an integer, not {type(value).__name__}"
    v = str(value).strip()
    if not v:
        return "'id' is empty"
    if len(v) > MAX_ID_CHARS:
        return f"'id' is {len(v)} characters long (at most {MAX_ID_CHARS})"
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or 0xD800 <= ord(c) < 0xE000 for c in v):
        return "'id' contains control characters"
    return None


class SeenIds:
    """Duplicate ids within one file: the same record again is read once, other content is refused."""

    def __init__(self, source: str):
        self.source = source
        self._seen: dict[str, tuple[str, str]] = {}

    def check(self, doc: RawDoc) -> Reject | bool:
        """True for a first sighting, False for an exact repeat (skip it), a Reject for a conflict."""
        if doc.record_id is None:
            return True
        fp = doc.fingerprint()
        first = self._seen.get(doc.record_id)
        if first is None:
            self._seen[doc.record_id] = (fp, doc.location or "")
            return True
        if first[0] == fp:
            return False
        return Reject(self.source, "E201", f"duplicate id {doc.record_id!r}: {first[1]} has the same id with other "
                      "content; this record was not read (give it another id)", doc.location)


__all__ = ["check_body", "normalize_published", "normalize_language", "clean_id", "id_problem", "SeenIds"]
