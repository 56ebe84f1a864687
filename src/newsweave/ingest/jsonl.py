"""JSON Lines: one article per line.

Keys: ``id``, ``url``, ``outlet``, ``title``, ``published``, ``text`` or ``html``, ``language``;
all optional except ``text``/``html``. An input ``id`` is kept as the article's id. A bad line is
rejected with its line number; the other lines are read.
"""

from __future__ import annotations

import json
from typing import Iterator

from ..model import RawDoc, Reject
from ..settings import Settings
from .bytes_ import decode, normalize_text

_META_KEYS = ("url", "outlet", "title", "published", "language")


def read(name: str, data: bytes, settings: Settings) -> Iterator[RawDoc | Reject]:
    text, _ = decode(data, name)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject(name, "E104", f"not valid JSON: {exc.msg} at column {exc.colno}", where)
            continue
        if not isinstance(obj, dict):
            yield Reject(name, "E104", "a line must be a JSON object", where)
            continue
        body, kind = obj.get("text"), "text"
        if not isinstance(body, str) or not body.strip():
            body, kind = obj.get("html"), "html"
        if not isinstance(body, str) or not body.strip():
            yield Reject(name, "E105", "no non-empty 'text' or 'html' field", where)
            continue
        if len(body) > settings.ingest.max_record_chars:
            yield Reject(name, "E103", f"record longer than {settings.ingest.max_record_chars} characters", where)
            continue
        meta = {k: obj[k] for k in _META_KEYS if isinstance(obj.get(k), str) and obj[k].strip()}
        rid = obj.get("id")
        rid = str(rid) if isinstance(rid, (str, int)) and str(rid).strip() else None
        yield RawDoc(source=name, kind=kind, content=normalize_text(body), fmt="jsonl", record_id=rid, meta=meta)
