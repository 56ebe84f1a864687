"""The cited brief: a multi-source summary in which every sentence points to its sources.

Importing this package registers

* the corpus step ``"brief"`` (after ``"analyze"``): a new brief version for every story whose
  ``version`` (or ledger) changed; all versions kept (:mod:`.versions`);
* the export enricher ``"brief"``: ``brief`` = list of ``{text, citations}`` in ``stories.json``;
* the export writer ``"brief"``: ``briefs/<story>.md`` and ``.html`` per story plus
  ``index.md`` / ``index.html`` in the output folder.

Library entry points: :func:`build_brief`, :func:`render_markdown`, :func:`render_html`,
:func:`render_json`, :func:`check_citations`, :func:`brief_diff`, :func:`diff_versions`.
See docs/brief.md.
"""

from __future__ import annotations

from ..export import register_enricher, register_writer
from ..pipeline import register_step
from .check import check_citations
from .core import brief_from_articles, build_brief, resolve_story
from .render import render_diff_markdown, render_html, render_json, render_markdown
from .versions import brief_diff, brief_step, diff_versions, get_brief, list_versions, update_brief
from .write import brief_enricher, write_briefs

__all__ = [
    "build_brief", "brief_from_articles", "resolve_story", "render_markdown", "render_html", "render_json",
    "render_diff_markdown", "check_citations", "brief_diff", "diff_versions", "get_brief", "list_versions",
    "update_brief", "write_briefs",
]

register_step("brief")(brief_step)
register_enricher("brief")(brief_enricher)
register_writer("brief")(write_briefs)
