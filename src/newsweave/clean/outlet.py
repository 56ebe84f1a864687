"""Per-outlet chrome learning: a short line that recurs across an outlet's articles is chrome.

The pipeline counts, per outlet, in how many articles each *learnable* line occurs (stored
articles plus the batch being ingested, table ``outlet_lines``); a line seen in at least
``[clean] outlet_min_articles`` articles is removed with reason ``outlet_recurring``.

Guards, so that a real sentence that recurs (a standard background paragraph, "The company did
not respond to a request for comment.") is never learned: only lines of at most
``[clean] outlet_max_words`` words, and never a line that reads as a sentence (ends with
sentence punctuation and has four or more words) or holds a quotation. Articles cleaned before
a line became frequent keep it: stored text is immutable.
"""

from __future__ import annotations

import re

from .core import line_hash, split_lines

_SENTENCE_END = re.compile(r"[.!?…]['\"”’»)]*$")
_QUOTE = re.compile(r"[\"“”«»„]")


def learnable(text: str, max_words: int) -> bool:
    """Whether a line may be learned as outlet chrome (see the module docstring)."""
    words = len(text.split())
    if words == 0 or words > max_words:
        return False
    if words >= 4 and _SENTENCE_END.search(text):
        return False
    return not _QUOTE.search(text)


def learnable_hashes(extracted: str, max_words: int) -> set[str]:
    """:func:`~newsweave.clean.core.line_hash` of every learnable line of an article."""
    return {line_hash(ln.text) for ln in split_lines(extracted) if learnable(ln.text, max_words)}
