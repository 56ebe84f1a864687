"""The data model: one immutable clean text per article, everything else a span into it.

An :class:`Article` owns three texts:

* ``raw``: the decoded input record exactly as read (a text file, an HTML page, a JSON line's
  ``text``/``html`` field, a feed entry's content, a WARC payload);
* ``extracted``: the text our cleaner worked on (``raw`` itself for plain text, the body that
  trafilatura extracted for HTML), Unicode-normalised;
* ``text``: the clean body, made *only* by deleting line ranges of ``extracted``. Nothing is
  invented or reordered, so every annotation (:class:`Span`) and every citation
  (:class:`Citation`) can be checked against it.

What the cleaner removed is kept as :class:`Removed` spans of ``extracted`` with a reason code
(see :mod:`newsweave.clean.reasons`), so a user can always see what went and why.

Derived layers (sentences, entities, quotes, claims, time expressions) are typed spans, kept in
named layers the way spaCy keeps ``doc.spans[key]``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Iterable


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` of an article's clean ``text``.

    ``label`` names the kind of span (``"sentence"``, ``"PERSON"``, ``"quote"``...) and ``data``
    carries typed extras (a normalised date, a speaker id) as a plain, JSON-able dict.
    """

    start: int
    end: int
    label: str = ""
    data: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def text_in(self, text: str) -> str:
        if self.end > len(text):
            raise ValueError(f"span [{self.start}, {self.end}) outside a text of {len(text)} chars")
        return text[self.start : self.end]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "label": self.label}
        if self.data:
            d["data"] = self.data
        return d


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of ``extracted`` that the cleaner removed, with its reason code."""

    start: int
    end: int
    text: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Citation:
    """A pointer to the exact source characters that back a statement."""

    article_id: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "start": self.start, "end": self.end}


@dataclass(slots=True)
class RawDoc:
    """One input record as a reader yields it, before extraction and cleaning.

    ``content`` is decoded Unicode; ``kind`` says how to extract the body (``"text"`` or
    ``"html"``). Metadata the container gives (a JSON line's ``title``, a feed entry's
    ``published``) goes in ``meta`` and wins over what is guessed from the text.
    ``location`` says where in ``source`` the record was (``"line 7"``, ``"entry 3"``,
    ``"record 2 (https://...)"``) so a problem found later can name it; it is not part of the
    fingerprint (moving a record within its file does not make it new).
    """

    source: str
    kind: str
    content: str
    fmt: str
    record_id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    encoding: str | None = None
    location: str | None = None

    def fingerprint(self) -> str:
        """Stable id of this record: the same input read twice gets the same id.

        An input id is part of it: two records with the same body under different ids are two
        articles (the second one a reprint), not one.
        """
        h = hashlib.sha256()
        h.update(self.fmt.encode())
        h.update(b"\0")
        if self.record_id is not None:
            h.update(f"id={self.record_id}\0".encode("utf-8", "surrogatepass"))
        h.update(self.content.encode("utf-8", "surrogatepass"))
        for key in sorted(self.meta):
            h.update(f"\0{key}={self.meta[key]}".encode("utf-8", "surrogatepass"))
        return h.hexdigest()


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not become an article: stored and shown, never silently skipped."""

    source: str
    code: str
    message: str
    record: str | None = None

    def __str__(self) -> str:
        where = f"{self.source}" + (f" [{self.record}]" if self.record else "")
        return f"{where}: [{self.code}] {self.message}"


@dataclass(slots=True)
class Article:
    """A cleaned article. ``text`` is immutable once stored; annotate it with spans.

    Example::

        >>> a = Article(id="a1", source="x.txt", fmt="txt", raw="T\\n\\nBody.", extracted="T\\n\\nBody.",
        ...             text="Body.", title="T")
        >>> a.span_text(Span(0, 4))
        'Body'
    """

    id: str
    source: str
    fmt: str
    raw: str
    extracted: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    dateline: str | None = None
    byline: str | None = None
    credit: str | None = None
    removed: tuple[Removed, ...] = ()
    reprint_of: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    layers: dict[str, tuple[Span, ...]] = field(default_factory=dict)
    seq: int | None = None

    def span_text(self, span: Span) -> str:
        return span.text_in(self.text)

    def with_layer(self, name: str, spans: Iterable[Span]) -> "Article":
        spans = tuple(spans)
        for s in spans:
            if s.end > len(self.text):
                raise ValueError(f"{self.id}: span {s} of layer {name!r} is outside the text")
        layers = dict(self.layers)
        layers[name] = spans
        return replace(self, layers=layers)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    def to_export(self) -> dict[str, Any]:
        """The ``articles.jsonl`` object (see docs/format.md)."""
        return {
            "id": self.id,
            "source": self.source,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "text": self.text,
            "removed": [{"text": r.text, "reason": r.reason, "start": r.start, "end": r.end} for r in self.removed],
            "reprint_of": self.reprint_of,
            "url": self.url,
            "dateline": self.dateline,
            "byline": self.byline,
            "credit": self.credit,
            "format": self.fmt,
        }


@dataclass(slots=True)
class Story:
    """A group of articles reporting one event (filled by :mod:`newsweave.cluster`)."""

    id: str
    article_ids: list[str]
    title: str | None = None
    first_published: str | None = None
    last_published: str | None = None
    outlets: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    independent_sources: int = 0
    aliases: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def to_export(self) -> dict[str, Any]:
        d = {
            "id": self.id,
            "title": self.title,
            "article_ids": list(self.article_ids),
            "first_published": self.first_published,
            "last_published": self.last_published,
            "outlets": list(self.outlets),
            "languages": list(self.languages),
            "independent_sources": self.independent_sources,
            "aliases": list(self.aliases),
        }
        d.update(self.data)
        return d
