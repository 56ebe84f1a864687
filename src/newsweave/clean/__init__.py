"""Cleaning: remove site chrome line by line, keep every removed line with its reason.

The clean text is made only by deleting whole lines of the extracted text, so nothing is ever
invented or reordered. Rules live in :mod:`.rules`; per-outlet learning in :mod:`.outlet`;
metadata (title, date, dateline, byline, credit, outlet) in :mod:`.metadata`.
"""

from .core import CleanResult, clean_text, line_hash, split_lines

__all__ = ["CleanResult", "clean_text", "line_hash", "split_lines"]
