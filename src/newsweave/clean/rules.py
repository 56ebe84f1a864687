"""Chrome rules: each line of an article is matched against anchored patterns with a reason code.

Precision first: a lost fact is worse than a leftover banner. Every rule matches a *whole,
short line* whose shape sentences of a story do not have: a marker followed by a separator or
nothing ("Related Posts", "Related: ..."), a line of counters, a credit after "Photo:", a banner
that speaks to the reader ("This website uses cookies ..."). tests/clean/test_rules.py holds
the negative cases: story sentences that look like chrome and must stay.
"""

from __future__ import annotations

import re

from . import reasons as R

_SEP = r"\s*(?::|\||»|›|>|–|—|-)\s*"
_I = re.I

# "See also ...", "Read more: ...", "Related Posts", "Related: ..." (but not "Related talks will ...")
_RELATED_TEASER = re.compile(r"^(see also|read also|also read|read more)\b(?P<sep>" + _SEP + r")?(?P<rest>.*)$", _I)
_RELATED_SEP = re.compile(r"^(related( posts?| articles?| stories| story| coverage| content| links| reading| news| topics)?"
                          r"|recommended( for you| stories| reading| articles)?|trending( now| stories)?|popular( now| stories)?"
                          r"|more on this( story| topic)?|you (may|might) also like|more stories|more news|most read|most popular"
                          r"|top stories|editor'?s picks|further reading|more from [\w' -]{1,30}|lesen sie auch|mehr zum thema"
                          r"|auch interessant)(?P<sep>" + _SEP + r"|\s*$)(?P<rest>.*)$", _I)

_COUNTER_UNIT = r"(views?|reads?|comments?(\(s\))?|shares?|likes?|reactions?|aufrufe|kommentare?)"
_COUNTERS = re.compile(r"^(\d[\d.,\s]*\s*" + _COUNTER_UNIT + r"\s*[|·•,]?\s*)+$", _I)
_COUNTERS_ICON = re.compile(r"^[👁💬❤️\s]*\d[\d.,]*\s*[|·•]\s*\d[\d.,]*\s*$")

# "Lavrov, Photo: Reuters" / "Photo: AFP" / "(Photo by Jane Roe/Getty Images)"
_CAPTION = re.compile(r"^(?P<subject>[^.!?:]{0,80}?)[,.]?\s*\(?\b(photo|foto|image|picture|pic|photograph|credit|bild)s?"
                      r"(\s+credit)?\s*(:|by)\s*(?P<credit>[^.!?:]{1,60}?)\)?\s*$", _I)

_MT = [
    re.compile(r"^(disclaimer|note|notice|hinweis)\s*:?.*\btranslat\w*", _I),
    re.compile(r"^(this|the) (article|text|content|story|page|news|post|report)\b.{0,60}\b(machine|automatic(ally)?|ai|google|deepl)\b.{0,30}translat\w*", _I),
    re.compile(r"^(machine|automatically|ai)[- ]translated\b", _I),
    re.compile(r"^translated (automatically|by (an? )?(ai|machine|google|deepl|automatic))", _I),
    re.compile(r"^(the )?translations? (are|is|was|were) (mostly |partly )?(done|made|produced|generated) (through|by|with|using) (an? )?(ai|machine|automatic|google|deepl)", _I),
]

_PROMO = [
    re.compile(r"^(bonus video|watch( the)? video|watch|video|listen|podcast|advertisement|advertising|sponsored( content)?|anzeige|werbung|ad)\s*:?\s*$", _I),
    re.compile(r"^(subscribe|sign up|register|join)\b.{0,80}\b(newsletter|channel|updates|alerts|mailing list)\b", _I),
    re.compile(r"^(download|get) (our|the) (free )?app\b", _I),
]

_BREADCRUMB = [
    re.compile(r"^(home|start|main|startseite|homepage)\s*[/>»›|]\s*\S", _I),
    re.compile(r"^[^/>»›|.!?]{1,30}(\s[»›>]\s[^/>»›|.!?]{1,40}){2,}$"),
]

_COMMENTS = [
    re.compile(r"^(leave a (reply|comment)|post a comment|add (a )?comment|write a comment|comments?|show comments|view comments"
               r"|join the (discussion|conversation)|\d+ comments?|kommentare?|kommentieren)\s*:?\s*$", _I),
    re.compile(r"your email address will not be published", _I),
    re.compile(r"^required fields are marked", _I),
    re.compile(r"^you must be logged in to (post|leave) a comment", _I),
]

# a banner speaks to the reader or about "this site"; a story about cookies does neither
_COOKIES = re.compile(r"^(this (web)?site|our (web)?site|this page|we( and our partners)? use|by (using|continuing|clicking)"
                      r"|cookies? (help|policy|settings|notice|consent)|we value your privacy|diese (web)?seite|wir verwenden)"
                      r".{0,300}\bcookies?\b", _I)
_COOKIE_ACCEPT = re.compile(r"^(accept( all)?( cookies)?|i agree|got it|allow (all )?cookies|reject all|manage cookies|cookie settings)\s*[.!]?$", _I)

_PLATFORMS = r"(facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|reddit|pinterest|vk|viber|flipboard|messenger|print|copy link)"
_SHARE = [
    re.compile(r"^(share( this)?( article| story| post| page)?( on| via)?( " + _PLATFORMS + r")?|tweet( this)?|pin it|print( this( article)?)?"
               r"|email this|copy link|click to share.{0,40}|teilen)\s*:?\s*$", _I),
    re.compile(r"^(follow us|folgen sie uns|join us)( on (" + _PLATFORMS + r"|google news|instagram|youtube)([ ,]+(and )?\w+)*)?\s*[.!:]?\s*$", _I),
    re.compile(r"^" + _PLATFORMS + r"(\s*[|,/·•]?\s*" + _PLATFORMS + r"){1,8}\s*$", _I),
]

_SITE_NAME = [
    re.compile(r"^(©|\(c\)|copyright\s*(©|\(c\)|\d{4}))\s*.{0,100}$", _I),
    re.compile(r"\ball rights reserved\b", _I),
]

_MAX_WORDS = 25


def _words(text: str) -> int:
    return len(text.split())


def line_reason(text: str, index: int = 0, total: int = 0) -> str | None:
    """The reason code if the whole line ``text`` is chrome, else None.

    ``index`` and ``total`` locate the line in its article (unused by the current rules, kept
    so position-aware rules can be added without changing callers).
    """
    words = _words(text)
    if words > 60:
        return None
    if words <= _MAX_WORDS:
        if _RELATED_SEP.match(text):
            return R.RELATED
        if _COUNTERS.match(text) or _COUNTERS_ICON.match(text):
            return R.COUNTERS
        m = _CAPTION.match(text)
        if m and _words(m.group("credit")) <= 6 and m.group("credit")[:1].isupper():
            return R.CAPTION
        if any(p.match(text) for p in _PROMO):
            return R.PROMO
        if any(p.match(text) for p in _BREADCRUMB):
            return R.BREADCRUMB
        if any(p.match(text) for p in _SHARE):
            return R.SHARE
        if _COOKIE_ACCEPT.match(text):
            return R.COOKIES
    if words <= 40:
        m = _RELATED_TEASER.match(text)
        # without a separator the teaser must start like a headline ("See also  Storm ..."),
        # so that "Also read into the statement was ..." stays
        if m and (m.group("sep") or not m.group("rest") or m.group("rest").lstrip()[:1].isupper()
                  or m.group("rest").lstrip()[:1].isdigit()):
            return R.RELATED
        if any(p.search(text) for p in _MT):
            return R.MT_DISCLAIMER
        if any(p.search(text) for p in _COMMENTS):
            return R.COMMENTS
        if words <= 15 and any(p.search(text) for p in _SITE_NAME):
            return R.SITE_NAME
    if _COOKIES.match(text):
        return R.COOKIES
    return None
