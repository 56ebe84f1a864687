"""JSON Lines: one article per line.

Keys: ``id``, ``url``, ``outlet``, ``title``, ``published``, ``text`` or ``html``, ``language``;
all optional except ``text``/``html`` (``text`` wins when both are given); other keys are ignored;
``null`` counts as absent. An input ``id`` (string or integer) is kept as the article's id.

A bad line is rejected with its line number and the other lines are read. A repeated id with the
same record is read once; a repeated id with other content is rejected, naming both lines.
``published`` must be ISO 8601 or RFC 2822 within a sane range, else it is kept aside as
``x_published_raw`` and the date is guessed from the text; ``language`` is reduced to its primary
tag (``en-GB`` -> ``en``).
"""

from __future__ import annotations

import json
from typing import Iterator

from ..errors import EmptyInput, InputError
from ..model import RawDoc, Reject
from ..settings import Settings
from .bytes_ import decode, normalize_text
from .common import SeenIds, check_body, id_problem, normalize_language, normalize_published

_STRING_KEYS = ("url", "outlet", "title", "published", "language", "text", "html")


def _record(obj: object, settings: Settings, name: str, where: str) -> RawDoc:
    """One parsed line as a RawDoc; raises InputError naming the line."""
    from ..errors import EmptyInput, MalformedInput

    if not isinstance(obj, dict):
        raise MalformedInput(f"a line must be a JSON object, not {type(obj).__name__}", source=name, record=where)
    for k in _STRING_KEYS:
        v = obj.get(k)
        if v is not None and not isinstance(v, str):
            raise MalformedInput(f"key {k!r} must be a string, not {type(v).__name__}", source=name, record=where)
    problem = id_problem(obj.get("id"))
    if problem:
        raise MalformedInput(problem, source=name, record=where)
    body, kind = obj.get("text"), "text"
    if not (body or "").strip():
        body, kind = obj.get("html"), "html"
    if not (body or "").strip():
        raise EmptyInput("no non-empty 'text' or 'html' field", source=name, record=where)
    body = normalize_text(body)
    check_body(body, settings, name, where, kind=kind)
    meta: dict[str, str] = {}
    for k in ("url", "outlet", "title"):
        v = normalize_text(obj.get(k) or "").strip()
        if v:
            meta[k] = v
    pub = obj.get("published")
    if pub and pub.strip():
        norm = normalize_published(pub)
        if norm:
            meta["published"] = norm
        else:
            meta["x_published_raw"] = normalize_text(pub.strip())[:200]
    lang = obj.get("language")
    if lang and lang.strip():
        norm = normalize_language(lang)
        if norm:
            meta["language"] = norm
        else:
            meta["x_language_raw"] = normalize_text(lang.strip())[:50]
    rid = obj.get("id")
    rid = str(rid).strip() if rid is not None else None
    where_id = f"{where} (id {rid!r})" if rid is not None else where
    return RawDoc(source=name, kind=kind, content=body, fmt="jsonl", record_id=rid, meta=meta, location=where_id)


def read(name: str, data: bytes, settings: Settings) -> Iterator[RawDoc | Reject]:
    # JSON Lines is UTF-8; a NUL or control byte then only spoils its own line (json refuses it)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text, _ = decode(data, name)
    if not text.strip():
        raise EmptyInput("no JSON lines in the file (empty or only whitespace)", source=name)
    seen = SeenIds(name)
    # split on "\n" only: str.splitlines() would also split inside JSON strings at U+2028, U+0085...
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"line {lineno}"
        if len(line) > settings.ingest.max_record_chars * 2:
            yield Reject(name, "E103", f"line of {len(line)} characters, over twice ingest.max_record_chars", where)
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject(name, "E104", f"not valid JSON: {exc.msg} at column {exc.colno}", where)
            continue
        except RecursionError:
            yield Reject(name, "E104", "JSON nested too deeply", where)
            continue
        try:
            doc = _record(obj, settings, name, where)
        except InputError as exc:
            yield Reject(name, exc.code, exc.message, where)
            continue
        verdict = seen.check(doc)
        if isinstance(verdict, Reject):
            yield verdict
        elif verdict:
            yield doc
