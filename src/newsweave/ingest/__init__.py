"""Readers: turn files, directories, stdin (and optionally URLs) into :class:`RawDoc` records.

``iter_inputs(paths, settings)`` yields ``RawDoc`` for every record it can read and a
:class:`~newsweave.model.Reject` for every input (or record) it cannot, naming the file (and the
line, entry or WARC record) and the problem with a stable code. It never raises for a bad input;
one broken file never stops the others. docs/input-formats.md is the user's guide.

Formats are chosen by extension (a trailing ``.gz`` is decompressed, boundedly), then by sniffing
the first bytes:

===================== ==========================================================
``.txt .text``        one article per file (see :mod:`.text`)
``.html .htm`` etc.   one page per file; also ``.xhtml .shtml`` (see :mod:`.html`)
``.jsonl .ndjson``    one article per line (see :mod:`.jsonl`)
``.rss .atom .xml``   a feed; each entry an article (see :mod:`.feed`)
``.warc``             response records with HTML (see :mod:`.warc`)
any of these + .gz    decompressed first, within ``max_decompressed_bytes``
other names           sniffed: WARC header, ``{`` (JSONL), feed root, HTML tags, else text
directory             walked recursively, sorted, hidden entries skipped (see :func:`.dispatch.walk`)
``-``                 standard input, sniffed
``http(s)://...``     fetched only with ``[fetch] enabled`` (see :mod:`.fetch`)
===================== ==========================================================

Reject codes: E100 reader bug, E101 unsupported (binary, special file, symlink not followed),
E102 undecodable, E103 over a size cap, E104 malformed (gzip, JSON, XML, WARC), E105 empty,
E106 cannot be read, E107 fetch refused or failed, E108 unsafe XML refused, E201 conflicting id.
"""

from __future__ import annotations

from .dispatch import iter_inputs, read_blob, read_path, read_stream

__all__ = ["iter_inputs", "read_path", "read_blob", "read_stream"]
