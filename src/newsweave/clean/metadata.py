"""Metadata found in plain text: title, date, dateline, byline, credit and outlet.

:func:`find_text_metadata` looks at the lines of an article and returns the fields it found and
what it claimed: whole lines (``claimed``: line index -> reason code) and parts of lines
(``cuts``: :class:`~newsweave.model.Removed` spans), which the cleaner removes from the body
and records. What it recognises:

* the **title**: usually the first line, but a date, a site name, a tagline or a menu can come
  first. In the *head* (the short lines before the first body paragraph) the title is the first
  line that is not a date, byline or chrome and either has five or more words or is not a short
  capitalised label; failing that, the last such line. Labels before it (site name, tagline,
  menu) are removed as ``site_name``; the first of them names the outlet. Lines after it (a
  standfirst) stay in the body.
* **dates**: a line that is only a date ("January 28, 2022", "27.12.2021", "2021-12-27",
  "Posted on 3 March 2024 10:15") -> ``published``; the line is removed as ``metadata``.
* **outlet + date** lines at the end ("Daily Lantern, 12.03.2024") -> ``outlet`` and
  ``published``, removed as ``metadata``.
* **bylines** ("By Jane Doe", "By Jane Doe and Tom Roe, Staff Writers") -> ``byline``.
* **credit** lines ("Source: Interfax") -> ``credit``.
* **datelines** ("MOSCOW (AA) – ...", "BERLIN, March 3 (Reuters) - ...") -> ``dateline`` and
  ``x_agency``; the text stays in the body, it is part of the lead sentence.
* an **outlet name glued** to the end of the last paragraph ("... with allies. Lantern Daily")
  -> ``outlet``; that part of the line is removed as ``site_name``.

Everything here is a heuristic with precision first: when unsure, a line stays in the body.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import Removed
from . import reasons as R
from .core import Line, partial_cut
from .rules import line_reason, line_reasons

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"((mon|tues|wednes|thurs|fri|satur|sun)day|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s+"
_TIME = r"(,?\s*(at\s+|um\s+|[-|–]\s*)?\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*(uhr|[A-Z]{2,4}|gmt|utc)([+-]\d{1,2})?)?)?"
_PREFIX = r"((published|posted|updated|last updated|date|datum|veröffentlicht|aktualisiert|stand)( on| am)?\s*:?\s*)?"
_DATE_FORMS = [
    r"(?P<day>\d{1,2})\.\s?(?P<mon>\d{1,2})\.\s?(?P<year>\d{4})",
    r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?",
    r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})",
    _MONTH + r"\s+(?P<day>\d{1,2})(st|nd|rd|th)?,?\s+(?P<year>\d{4})",
    r"(?P<day>\d{1,2})(st|nd|rd|th|\.)?\s+(of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})",
]
_DATE_RES = [re.compile(f, re.I) for f in _DATE_FORMS]
_DATE_LINE = [re.compile(r"^" + _PREFIX + r"(" + _WEEKDAY + r")?" + f + _TIME + r"\s*$", re.I) for f in _DATE_FORMS]
_OUTLET_DATE = [re.compile(r"^(?P<outlet>[^\W\d_][\w.&'’ -]{1,40}?)\s*[,|–—-]\s*" + f + _TIME + r"\s*$", re.I) for f in _DATE_FORMS]

_BYLINE = re.compile(r"^(by|von|written by|text:)\s+(?P<name>[^\W\d_][\w.'’-]*(\s+[^\W\d_][\w.'’-]*){0,3}"
                     r"((\s*,\s*|\s+and\s+|\s+und\s+|\s*&\s*)[^\W\d_][\w.'’-]*(\s+[^\W\d_][\w.'’-]*){0,3}){0,3})"
                     r"(\s*[,|–—-]\s*.{0,60})?$", re.I)
_CREDIT = re.compile(r"^(source|sources|quelle|via|courtesy of)\s*:\s*(?P<credit>[^.!?]{1,60}?)\s*\.?$", re.I)
_DATELINE = re.compile(r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.-]+(?:[ /][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'.-]+){0,3})"
                       r"(?:,\s*(?P<when>[^()\n]{1,30}?))?\s*(?:\((?P<agency>[^()\n]{1,30})\))?\s*[–—-]{1,2}\s+\S")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’»)]*$")
# an outlet name glued after the last sentence: 1-3 capitalised words, no sentence punctuation
_GLUED = re.compile(r"(?<=[.!?…\"”’»)])\s+(?P<name>[^\W\d_][\w&'’-]*(?:\s+[^\W\d_][\w&'’-]*){0,2})\s*$")
_NOT_OUTLET = {"the", "a", "an", "he", "she", "it", "they", "we", "i", "this", "that", "and", "but", "or", "so",
               "yes", "no", "more", "end", "ends", "update", "updated"}


@dataclass(slots=True)
class TextMeta:
    fields: dict = field(default_factory=dict)
    claimed: dict[int, str] = field(default_factory=dict)
    cuts: list[Removed] = field(default_factory=list)
    line_reasons: list[str | None] = field(default_factory=list)  # rules.line_reason of each line, for the cleaner


def _ymd(m: re.Match) -> str | None:
    gd = m.groupdict()
    try:
        year = int(gd["year"])
        if gd.get("month"):
            month = _MONTHS[gd["month"].lower().rstrip(".")]
            day = int(gd["day"])
        elif gd.get("a"):
            a, b = int(gd["a"]), int(gd["b"])
            if a > 12:
                day, month = a, b
            elif b > 12:
                month, day = a, b
            else:
                return None  # 03/04/2024: month and day cannot be told apart
        else:
            month, day = int(gd["mon"]), int(gd["day"])
        return dt.date(year, month, day).isoformat()
    except (ValueError, KeyError):
        return None


def parse_date_line(text: str) -> tuple[bool, str | None]:
    """``(is_date_line, iso_date)``: whether the whole line is a date, and the date if unambiguous."""
    for pat in _DATE_LINE:
        m = pat.match(text.strip())
        if m:
            return True, _ymd(m)
    return False, None


def parse_outlet_date_line(text: str) -> tuple[str, str | None] | None:
    """``(outlet, iso_date)`` for a line like "Daily Lantern, 12.03.2024", else None."""
    for pat in _OUTLET_DATE:
        m = pat.match(text.strip())
        if m:
            outlet = m.group("outlet").strip(" ,-–—|")
            if outlet and len(outlet.split()) <= 5 and outlet.split()[0].lower() not in _NOT_OUTLET:
                return outlet, _ymd(m)
    return None


def parse_dateline(text: str) -> dict | None:
    """``{"place", "agency"}`` for a lead that opens with a dateline ("MOSCOW (AA) – ..."), else None."""
    m = _DATELINE.match(text)
    if not m:
        return None
    place = m.group("place").strip()
    # an all-capital place: a word like "I" or "A" opening a sentence is no dateline
    if len(place) < 3 or not place.replace(" ", "").replace("/", "").replace(".", "").replace("'", "").replace("-", "").isupper():
        return None
    out = {"place": place}
    if m.group("agency"):
        out["agency"] = m.group("agency").strip()
    return out


def _is_head_line(text: str) -> bool:
    """A line that can sit before the body: short, and not a finished long sentence."""
    words = len(text.split())
    if words > 25:
        return False
    return not (words >= 8 and _SENTENCE_END.search(text))


def _is_label(text: str) -> bool:
    """A site name, tagline or menu line: a few capitalised words, no sentence punctuation.

    "Harbour Light Gazette" and "Local Coast World Sport" are labels; "Harbour fees rise" (a
    short headline in sentence case) is not.
    """
    words = text.split()
    if len(words) > 6 or re.search(r"[.!?:;,]$", text) or re.search(r"\d{3,}", text):
        return False
    return all(not w[:1].isalpha() or w[:1].isupper() for w in words)


# all-capitals kickers and section labels: chrome under a headline, but no outlet name
_KICKERS = {"exclusive", "breaking", "breaking news", "live", "update", "updated", "analysis", "opinion", "comment",
            "editorial", "news", "world", "politics", "business", "sport", "sports", "local", "national", "video",
            "exklusiv", "eilmeldung", "meinung", "kommentar", "analyse", "direct", "en direct", "exclusif", "última hora",
            "exclusiva", "opinión"}


def _is_caps_name(text: str) -> bool:
    """An all-capitals name line ("VALLEY COURIER"): 1-5 words, letters only, at least 4 letters."""
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    if not 1 <= len(words) <= 5 or len(letters) < 4 or re.search(r"[\d.!?:;,]", text):
        return False
    return all(c.isupper() for c in letters)


def _caps_to_name(text: str) -> str:
    """"VALLEY COURIER" -> "Valley Courier" (the name as the outlet writes it elsewhere); words of up
    to three letters are kept as acronyms ("BBC NEWS" -> "BBC News")."""
    return " ".join(w if len(w) <= 3 else w[:1] + w[1:].lower() for w in text.split())


def _is_tagline_shape(text: str) -> bool:
    """A slogan under a site name: 2-8 words, no sentence end, no date, no digits but a year."""
    words = text.split()
    if not 2 <= len(words) <= 8 or _SENTENCE_END.search(text) or text.endswith((":", ";")):
        return False
    return not re.search(r"\d", re.sub(r"\b1[5-9]\d\d\b|\b20\d\d\b", "", text))


def _masthead_before_navigation(lines: list[Line], head: list[int], candidates: list[int],
                                chrome: list[str | None]) -> tuple[list[int], list[int]]:
    """``(masthead, rest)``: the head lines above a navigation line, when the head opens with one.

    A saved page prints the site name and its slogan, then the navigation (a breadcrumb), then
    the headline. So when the first candidate is a site-name label, a breadcrumb follows, at
    least one candidate comes after it, and every candidate above it is short and unpunctuated,
    the candidates above it are the masthead and the title is looked for below it. Otherwise
    ``([], candidates)``.
    """
    crumbs = [i for i in head if chrome[i] == R.BREADCRUMB]
    if not crumbs or not candidates or not _is_label(lines[candidates[0]].text):
        return [], candidates
    b = crumbs[0]
    above = [i for i in candidates if i < b]
    below = [i for i in candidates if i > b]
    if not above or not below or not all(_is_tagline_shape(lines[i].text) or _is_label(lines[i].text) for i in above):
        return [], candidates
    return above, below


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def find_text_metadata(lines: list[Line], has_title: bool = False, title: str | None = None,
                       extracted: str | None = None) -> TextMeta:
    """Metadata of an article whose non-blank lines are ``lines`` (see the module docstring).

    ``has_title``/``title``: the container already gave a title (a JSONL key, the HTML
    ``<title>``); then no title is guessed, and a line repeating that title is claimed as
    ``title``. ``extracted`` is the text the lines index (needed for partial cuts; without it
    no part of a line is claimed).
    """
    meta = TextMeta()
    f = meta.fields
    if not lines:
        return meta

    # the head: short lines before the first body paragraph (at most 8 lines)
    head: list[int] = []
    for i, ln in enumerate(lines[:8]):
        if not _is_head_line(ln.text):
            break
        head.append(i)
    meta.line_reasons = [line_reason(ln.text) for ln in lines]
    chrome = line_reasons([ln.text for ln in lines], base=meta.line_reasons)

    candidates: list[int] = []
    for i in head:
        text = lines[i].text
        is_date, iso = parse_date_line(text)
        if is_date:
            meta.claimed[i] = R.METADATA
            if iso and "published" not in f:
                f["published"] = iso
            continue
        if _claim_byline_or_credit(meta, i, text):
            continue
        if chrome[i]:
            continue  # chrome: the cleaner's rules will remove it
        candidates.append(i)

    if has_title or title:
        want = _norm(title or "")
        for i in candidates[:3]:
            if want and _norm(lines[i].text) == want:
                meta.claimed[i] = R.TITLE
                break
    elif candidates:
        masthead, rest = _masthead_before_navigation(lines, head, candidates, chrome)
        # the title is the first line that is not a short capitalised label (site name, menu)
        t = next((i for i in rest if len(lines[i].text.split()) >= 5 or not _is_label(lines[i].text)), rest[-1])
        f["title"] = lines[t].text
        meta.claimed[t] = R.TITLE
        for i in masthead:
            meta.claimed[i] = R.SITE_NAME
            f.setdefault("outlet", lines[i].text)
        for i in rest:
            if i >= t:
                break
            if _is_label(lines[i].text):
                meta.claimed[i] = R.SITE_NAME
                f.setdefault("outlet", lines[i].text)
        # a masthead printed under the headline: an all-capitals name, then maybe its tagline
        prev_site = False
        for i in rest:
            if i <= t:
                continue
            text = lines[i].text
            if _is_caps_name(text):
                meta.claimed[i] = R.SITE_NAME
                if text.lower() not in _KICKERS:
                    f.setdefault("outlet", _caps_to_name(text))
                prev_site = True
            elif prev_site and i - 1 in meta.claimed and meta.claimed[i - 1] == R.SITE_NAME and _is_tagline_shape(text):
                meta.claimed[i] = R.SITE_NAME
                prev_site = False
            else:
                break

    # the lead: a dateline opens one of the first body lines (a standfirst may come before it)
    after = max((i for i in meta.claimed if i in head), default=-1)
    lead = [i for i in range(after + 1, min(len(lines), after + 8)) if i not in meta.claimed and not chrome[i]][:3]
    for i in lead:
        dl = parse_dateline(lines[i].text)
        if dl:
            f["dateline"] = dl["place"]
            if dl.get("agency"):
                f["x_agency"] = dl["agency"]
            break

    # the tail: outlet/date, byline and source lines among the last 8 lines that are not chrome
    # (a page can end with a dozen lines of related links, comment form and banners)
    tail = [i for i in range(len(lines) - 1, -1, -1) if not chrome[i] and i not in meta.claimed and i not in head][:8][::-1]
    for i in tail:
        text = lines[i].text
        if len(text.split()) > 12:
            continue
        od = parse_outlet_date_line(text)
        if od:
            meta.claimed[i] = R.METADATA
            f.setdefault("outlet", od[0])
            if od[1]:
                f.setdefault("published", od[1])
            continue
        is_date, iso = parse_date_line(text)
        if is_date:
            meta.claimed[i] = R.METADATA
            if iso:
                f.setdefault("published", iso)
            continue
        _claim_byline_or_credit(meta, i, text)

    # an outlet name glued to the end of the last paragraph of the story
    if extracted is not None:
        last = next((i for i in range(len(lines) - 1, -1, -1) if i not in meta.claimed and not chrome[i]), None)
        if last is not None and last not in head:
            ln = lines[last]
            m = _GLUED.search(ln.text)
            if m and len(ln.text.split()) >= 12:
                name = m.group("name")
                if name.split()[0].lower() not in _NOT_OUTLET and all(w[:1].isupper() for w in name.split()):
                    start = ln.start + m.start("name")
                    meta.cuts.append(partial_cut(extracted, ln, start, start + len(name), R.SITE_NAME))
                    f.setdefault("outlet", name)
    # a wire agency in the dateline credits the story unless a "Source:" line says otherwise
    if "x_agency" in f:
        f.setdefault("credit", f["x_agency"])
    return meta


def _claim_byline_or_credit(meta: TextMeta, i: int, text: str) -> bool:
    if len(text.split()) > 14:
        return False
    m = _CREDIT.match(text)
    if m:
        meta.claimed[i] = R.METADATA
        meta.fields.setdefault("credit", m.group("credit").strip())
        return True
    m = _BYLINE.match(text)
    if m and all(w[:1].isupper() for w in re.split(r"\s*,\s*|\s+and\s+|\s+und\s+|\s*&\s*|\s+", m.group("name")) if w):
        meta.claimed[i] = R.METADATA
        meta.fields.setdefault("byline", m.group("name").strip())
        return True
    return False
