"""Chrome rules: each line of an article is matched against patterns with a reason code.

Precision first: a rule must not match a sentence of the story. Patterns are anchored and short
lines only, unless the phrase is unmistakable (a cookie banner).
"""

from __future__ import annotations

import re

from . import reasons as R

_RULES: list[tuple[str, re.Pattern[str]]] = [
    (R.RELATED, re.compile(r"^(see also|read also|read more|also read|related( posts| articles| stories)?|more on this|recommended)\b[:\s]?", re.I)),
    (R.COUNTERS, re.compile(r"^\d[\d\s.,]*\s*(views?|reads?)\b.*?(\d+\s*comments?(\(s\))?)?\s*$", re.I)),
    (R.COUNTERS, re.compile(r"^\d+\s*comments?(\(s\))?\s*$", re.I)),
    (R.CAPTION, re.compile(r"^[^.!?]{0,80},?\s*(photo|foto|image|picture)\s*:\s*[^.!?]{1,60}$", re.I)),
    (R.MT_DISCLAIMER, re.compile(r"^disclaimer:.*\b(translat\w*)\b", re.I)),
    (R.MT_DISCLAIMER, re.compile(r"\b(machine|automatic(ally)?|ai)[- ]?translat\w*\b.*\b(accurate|errors?|mistakes?)\b", re.I)),
    (R.PROMO, re.compile(r"^(bonus video|watch( the)? video|video)\s*:?\s*$", re.I)),
    (R.PROMO, re.compile(r"^(subscribe|sign up)\b.{0,80}(newsletter|channel|updates)", re.I)),
    (R.BREADCRUMB, re.compile(r"^(home|start|main)\s*[/>»›|]\s*\S.*$", re.I)),
    (R.COMMENTS, re.compile(r"^(leave a (reply|comment)|post a comment|add comment|comments?)\s*$", re.I)),
    (R.COMMENTS, re.compile(r"your email address will not be published", re.I)),
    (R.COOKIES, re.compile(r"\b(uses|use) cookies\b", re.I)),
    (R.SHARE, re.compile(r"^(share( this( article)?)?( on)?|follow us( on)?|tweet|share on (facebook|twitter|x))\b.{0,60}$", re.I)),
]

_COOKIE_MAX_WORDS = 60


def line_reason(text: str, index: int, total: int) -> str | None:
    words = len(text.split())
    for reason, pat in _RULES:
        if reason == R.COOKIES:
            if words <= _COOKIE_MAX_WORDS and pat.search(text):
                return reason
            continue
        if reason == R.MT_DISCLAIMER or reason == R.COMMENTS:
            if pat.search(text) and words <= 40:
                return reason
            continue
        if words <= 25 and pat.search(text):
            return reason
    return None
