"""Body and metadata of a record: HTML through trafilatura + htmldate, text as it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import EmptyInput, MalformedInput
from .ingest.bytes_ import normalize_text
from .model import RawDoc


@dataclass(slots=True)
class Extraction:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def extract_html(html: str, source: str, url: str | None = None) -> Extraction:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=True,
                                          favor_precision=False, with_metadata=True, deduplicate=False)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises assorted lxml errors on broken pages
        raise MalformedInput(f"cannot parse the HTML: {exc}", source=source) from None
    if doc is None or not (doc.text or "").strip():
        raise EmptyInput("no article body found in the HTML", source=source)
    meta: dict[str, Any] = {}
    if doc.title:
        meta["title"] = doc.title
    if doc.sitename:
        meta["outlet"] = doc.sitename
    if doc.date:
        meta["published"] = doc.date
    if doc.author:
        meta["byline"] = doc.author
    if doc.url:
        meta["url"] = doc.url
    # trafilatura separates paragraphs with one newline; our cleaner works on blank-line paragraphs
    text = "\n\n".join(line.strip() for line in doc.text.split("\n") if line.strip())
    return Extraction(normalize_text(text), meta)


def extract(raw: RawDoc) -> Extraction:
    if raw.kind == "html":
        return extract_html(raw.content, raw.source, raw.meta.get("url"))
    return Extraction(raw.content, {})
