"""Small, fast text helpers for the brief: content tokens, numbers, names, dangling openers.

Everything here is language-light on purpose (regular expressions, no model): it runs on every
candidate sentence of every story, and the checks it backs (does a cited span support a sentence,
does a rewritten sentence bring a number its sources do not have) must be cheap and predictable.

Example::

    >>> sorted(numbers("Fares rise 4.5% to $1,200 on 3 March 2025"))
    ['1200', '2025', '3', '4.5']
    >>> is_dangling("He added that the plan was final.")
    True
    >>> is_dangling("This year the ferry runs twice.")
    False
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)")
_CAP = re.compile(r"(?<![\w'’])([A-ZÀ-ÖØ-Þ][\w'’-]*[\w])")

# English and German function words: never evidence that two texts say the same thing
STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says say told according mr mrs ms one two new also
would could may might must shall year years per cent percent
der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war waren
wird werden wurde wurden hat haben hatte mit von zu zum zur auf für fur im in an am als auch es er
sie wir ihr ich sich dass daß nach bei aus um wie so noch nur sagte sagt
""".split())

# sentence openers that point back to something the reader has not seen
_PRONOUN_OPENERS = frozenset("""
he she they it his her their its him them these those this that such there
""".split())
_CONNECTIVE_OPENERS = (
    "however", "but", "also", "meanwhile", "still", "moreover", "in addition", "furthermore",
    "nonetheless", "nevertheless", "then", "and", "yet", "instead", "as a result", "additionally",
    "besides", "likewise", "similarly", "otherwise", "thus", "therefore", "hence", "so far", "even so",
    "in contrast", "by contrast", "on the other hand", "at the same time", "for his part",
    "for her part", "for their part", "in response", "that said", "later", "earlier", "the latter",
    "the former", "the same",
)
# "This year", "That night": a deictic word followed by a time noun is not a dangling reference
_TIME_NOUNS = frozenset("""
year week month morning afternoon evening night day weekend summer winter spring autumn fall
season time quarter decade century spring
""".split())
_DANGLING_SPEECH = re.compile(
    r"""[,"”'’]\s*(?:he|she|they|it)\s+(?:said|added|says|adds|told|explained|noted|wrote|continued|insisted|argued|stressed)\b""",
    re.IGNORECASE,
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def stem(word: str) -> str:
    """A crude, deterministic suffix stripper: enough to match 'talks'/'talked'/'talking'."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suf in ("ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly"):
        if len(w) - len(suf) >= 4 and w.endswith(suf):
            return w[: -len(suf)]
    return w


@lru_cache(maxsize=8192)
def content_tokens(text: str) -> frozenset[str]:
    """Stemmed lower-case words without stop words; numbers are kept (they carry facts).

    Cached: citing a summary sentence compares it with every similar sentence of the story, so the
    same sentences are tokenised over and over (a third of a ledger-backed brief's time, measured).
    """
    return frozenset(stem(w) for w in words(text) if w.lower() not in STOP and (len(w) > 1 or w.isdigit()))


def numbers(text: str) -> set[str]:
    """Numbers as written, without thousands separators ('1,200' -> '1200')."""
    out = set()
    for m in _NUMBER.finditer(text):
        v = m.group(1).rstrip(",").replace(",", "")
        if v:
            out.add(v)
    return out


def names(text: str) -> set[str]:
    """Capitalised words not at a sentence start and not stop words: a cheap proxy for entities."""
    out = set()
    for m in _CAP.finditer(text):
        i = m.start()
        before = text[:i].rstrip()
        if not before or before[-1] in '.!?:"“”\'‘’(—–-':
            continue  # sentence-initial or after a quote mark: capitalised for grammar, not a name
        w = m.group(1)
        if w.lower() in STOP:
            continue
        out.add(stem(w))
    return out


_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec januar februar märz juni juli oktober dezember "
           "monday tuesday wednesday thursday friday saturday sunday").split()
_MONTH_RE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b", re.IGNORECASE)


def date_words(text: str) -> set[str]:
    """Month and weekday names (lower case): dates must not be invented either."""
    return {m.group(1).lower()[:3] for m in _MONTH_RE.finditer(text)}


def first_words(text: str, n: int = 4) -> list[str]:
    t = text.lstrip("\"“”'‘’(—–- \t")
    return [w.lower() for w in words(t)[:n]]


def is_dangling(text: str) -> bool:
    """True when a sentence leans on an antecedent: 'He added ...', 'However, ...', '"...," she said.'"""
    fw = first_words(text, 4)
    if not fw:
        return False
    if fw[0] in _PRONOUN_OPENERS:
        if fw[0] in ("this", "that", "these", "those") and len(fw) > 1 and fw[1] in _TIME_NOUNS:
            return False
        if fw[0] == "it" and len(fw) > 1 and fw[1] in ("is", "was") and len(fw) > 2 and fw[2] in ("not", "the", "a"):
            return True
        if fw[0] == "there" and len(fw) > 1 and fw[1] in ("is", "are", "was", "were", "will", "have", "has"):
            return False  # existential "there is/are" needs no antecedent
        return True
    head = " ".join(fw)
    for c in _CONNECTIVE_OPENERS:
        if head == c or head.startswith(c + " "):
            return True
    return bool(_DANGLING_SPEECH.search(text))


def lexical_support(claim: str, evidence: str) -> float:
    """Share of the claim's content tokens found in the evidence (0..1; 1.0 for an empty claim)."""
    a = content_tokens(claim)
    if not a:
        return 1.0
    return len(a & content_tokens(evidence)) / len(a)


def dice(a: str, b: str) -> float:
    ta, tb = content_tokens(a), content_tokens(b)
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))
