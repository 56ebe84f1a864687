"""Readers: turn files, directories, stdin (and optionally URLs) into :class:`RawDoc` records.

``iter_inputs(paths, settings)`` yields ``RawDoc`` for every record it can read and a
:class:`~newsweave.model.Reject` for every input (or record) it cannot, naming the file and the
problem. It never raises for a bad input; one broken file never stops the others.

Formats are chosen by extension, then by sniffing the first bytes:

=================  ==========================================================
``.txt``           one article per file (see :mod:`.text`)
``.html .htm``     one page per file, gzip'd too (``.html.gz``)
``.jsonl .ndjson`` one article per line (see :mod:`.jsonl`)
``.rss .atom .xml``a feed; each entry an article (see :mod:`.feed`)
``.warc .warc.gz`` response records with HTML (see :mod:`.warc`)
directory          walked recursively, in sorted order
``-``              standard input, sniffed
=================  ==========================================================
"""

from __future__ import annotations

from .dispatch import iter_inputs, read_path

__all__ = ["iter_inputs", "read_path"]
