"""Rule-based detection and normalisation of temporal expressions (the engine behind
:func:`newsweave.analyze.time.find_timexes`).

Each rule is a compiled regular expression plus a handler that turns a match into a TIMEX3-style
value against the document date (DCT). Matching runs in two passes: every rule proposes candidates,
overlaps are resolved (longest wins, then rule order), and the survivors are normalised left to right
so that anaphoric expressions ("two days later", "the following year") can lean on the previous date.

Expressions without a year ("Friday", "in January", "Jan. 9") take their direction from the tense of
the clause around them: the nearest cue word ("will", "scheduled", "next" vs "said", "was",
"-ed" verbs) decides; with no cue a weekday is in the past (news convention) and a month or day is
the occurrence nearest to the DCT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Callable

try:  # the regex parser, to bound the first character of a pattern (see _c)
    import re._parser as _sp
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _sp  # type: ignore[no-redef]

from . import timex_lexicon as L
from . import timex_values as V


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    value: str
    type: str = "DATE"
    granularity: str = "day"
    relative: bool = False
    mod: str | None = None
    anchor: bool = True  # may serve as the anchor of a later "two days later"

    def data(self) -> dict[str, Any]:
        d: dict[str, Any] = {"value": self.value, "type": self.type, "granularity": self.granularity,
                             "relative": self.relative}
        if self.mod:
            d["mod"] = self.mod
        iv = V.interval(self.value) if self.type in ("DATE", "TIME") else None
        if iv:
            d["interval"] = [iv[0].isoformat(), iv[1].isoformat()]
        return d


class Ctx:
    """Per-document state: the DCT, the text, the language and the last anchor date."""

    __slots__ = ("text", "dct", "lang", "last", "last_value", "last_quarter", "subject_quarter", "probe")

    def __init__(self, text: str, dct: date | None, lang: str):
        self.text = text
        self.dct = dct
        self.lang = lang
        self.last: date | None = None
        self.last_value: str | None = None
        self.last_quarter: str | None = None
        self.subject_quarter: str | None = None  # the latest completed quarter named: what a report is about
        self.probe = False  # first pass: only validity matters, skip the tense analysis

    def note_quarter(self, val: str) -> None:
        self.last_quarter = val
        iv = V.interval(val)
        if iv and self.dct and self.dct - timedelta(days=400) <= iv[1] <= self.dct + timedelta(days=7) and (
                self.subject_quarter is None or val > self.subject_quarter):
            self.subject_quarter = val

    def quarter(self) -> str | None:
        """The quarter an earnings report is about: the latest recent completed quarter named so far, else the
        last quarter named."""
        return self.subject_quarter or self.last_quarter

    def anchor(self) -> date | None:
        return self.last or self.dct

    def tense(self, start: int, end: int, reach: int = 80) -> str | None:
        """``"future"``, ``"past"`` or None from the nearest cue word in the same clause."""
        if self.probe:
            return None
        text = self.text
        lo = max(0, start - 120)
        hi = min(len(text), end + reach)
        for bm in _BOUNDARY.finditer(text, lo, start):
            lo = bm.end()
        bm = _BOUNDARY.search(text, max(start, end - 1), hi)
        if bm:
            hi = bm.start()
        fut = L.FUTURE_CUES.get(self.lang, L.FUTURE_CUES["en"])
        past = L.PAST_CUES.get(self.lang, L.PAST_CUES["en"])
        best: tuple[float, str] | None = None
        prev: list[str] = []
        past_plan = False  # "had been due to ...": the plan's "to + verb" is past too
        for m in _WORD.finditer(text, lo, hi):
            w = m.group().lower()
            if start <= m.start() < end:
                prev = []
                continue
            kind = None
            if w == "set" and self.lang == "en":
                # "set to expire", "is set for" point forward; "a record set on Aug. 6" is past
                kind = "future" if re.match(r" (?:to|for)\b", text[m.end():m.end() + 5]) else "past"
                if kind == "future" and any(p in ("had", "previously", "originally") for p in prev[-3:]):
                    kind, past_plan = "past", True
            elif w == "next" and re.match(r" to\b", text[m.end():m.end() + 4]):
                kind = None  # "the blasts next to the embassy": a place
            elif w in fut and not (w == "may" and m.group()[0] != "m") and not (
                    w in _MODALS and (_NEGATED.match(text, m.end()) or _NEG_SUBJECT.intersection(prev[-8:]))):
                kind = "future"  # "could return on Thursday"; but "could not be reached Monday" is past
                if w in _FUT_PARTICIPLES and any(p in ("had", "previously", "originally") for p in prev[-3:]):
                    kind = "past"  # "had been due to expire", "previously planned"
                    past_plan = True
            elif w == "to" and self.lang == "en":
                nm = _WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
                if nm and nm.group().islower() and nm.group() not in _NOT_VERBS and not nm.group().endswith(("ing", "ed")) \
                        and not _NOT_PROSPECTIVE.intersection(prev[-4:]) and (reach == 80 or m.start() < end):
                    # far to the right (the extended search) an infinitive belongs to some other verb's object
                    # ("On Wednesday, when the embassy ... told Americans to evacuate"): only the verb counts
                    kind = "past" if past_plan else "future"
            elif self.lang == "fr" and len(w) > 5 and w.endswith(("ra", "ront", "rons", "rez")) and w not in past:
                kind = "future"  # French simple future ("viendra", "auront")
            elif self.lang in ("es", "pt", "it") and len(w) > 4 and m.group()[0].islower() and w not in past and (
                    w.endswith(("rá", "rán", "rão", "rà", "ranno"))):
                kind = "future"  # the simple future ("llegará", "chegarão", "arriverà")
            elif w in ("was", "were") and self.lang == "en" and _PROGRESSIVE_PLAN.match(text, m.end()):
                kind = None  # "were planning to drive Saturday": the plan, not the auxiliary, sets the tense
            elif (w in past or (self.lang == "en" and w.endswith("ed") and len(w) > 4 and m.group()[0].islower()
                                and not (prev and prev[-1] in _DETERMINERS))) and not (
                    prev and prev[-1] in ("be", "being", "to", "will", "would")) or (
                self.lang == "de" and w.startswith("ge") and w.endswith("t") and len(w) > 5
            ):
                kind = "past"
            prev.append(w)
            if kind is None:
                continue
            dist = (start - m.end()) if m.end() <= start else (m.start() - end) * 3 + 15
            if w in _REPORTING and not (m.end() <= start and _ADJACENT.fullmatch(text, m.end(), start)):
                # a reporting verb weighs less than the event's own verb, unless the date is its own
                # adverbial ("announced on Monday to offer ...": the announcement was on Monday)
                dist = dist * 2.5 + 20
            if best is None or dist < best[0]:
                best = (dist, kind)
        if best is None and reach == 80 and hi == end + reach:
            # no cue yet and the sentence goes on: "In January, a week after the anniversary, a bombing killed..."
            return self.tense(start, end, 240)
        return best[1] if best else None


_WORD = re.compile(r"[\w']+")
# a full stop after a title, an abbreviated state or month, "vs." or an initial ("Roe vs. Wade", "Birmingham,
# Ala.,", "Dr. Smith", "John F. Kennedy") does not end the clause
_ABBREVS = ("vs", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Sgt", "Capt",
            "Prof", "Rev", "Ft", "Mt", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Kan", "Ky",
            "Md", "Mass", "Mich", "Minn", "Miss", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
            "Vt", "Wis", "Wyo", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec")
_BOUNDARY = re.compile(r"(?:[!?;:]|\." + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVS) +
                       r"(?<!\b[A-Z]\.))(?=\s)|\n")

_REPORTING = {"said", "says", "told", "announced", "added", "noted", "stated", "reported", "according", "stressed",
              "sagte", "erklärte", "teilte", "déclaré", "annoncé", "dit", "affirmé", "indiqué"}
_PROGRESSIVE_PLAN = re.compile(r" (?:planning|preparing|going|hoping|scheduled|due)\b")
_MODALS = {"could", "might", "may"}
# an -ed word right after one of these modifies a noun ("a still unspecified date", "the revised plan"): no verb
_DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those", "still"}
# a negated subject makes the modal a past inability too: "neither he nor his aides could be reached Monday"
_NEG_SUBJECT = {"neither", "nor", "nobody", "no", "none", "never"}
_NEGATED = re.compile(r"(?:n't|\s+not\b|\s+never\b)")
_ADJACENT = re.compile(r"\s+(?:on\s+)?")
_FUT_PARTICIPLES = {"due", "scheduled", "planned", "expected", "supposed", "set"}
# an infinitive after these is no plan: "made it difficult for Sun to meet demand into the summer", "is
# continuing to try to sell", "tried to reach him Monday"; the governing verb sets the tense instead
_NOT_PROSPECTIVE = {"difficult", "hard", "easy", "easier", "harder", "able", "unable", "impossible", "possible",
                    "enough", "continue", "continues", "continued", "continuing", "try", "tries", "tried", "trying",
                    "failed", "fails", "managed", "manages", "helped", "helps", "refused", "refuses", "began",
                    "begun", "begins", "started", "starts", "used", "declined", "declines", "ceased", "seemed",
                    "seems", "appeared", "appears", "happened", "happens", "too"}
_NOT_VERBS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
              "be", "date", "about", "around", "some", "more", "less", "as", "and", "or", "it", "them", "him", "us",
              "me", "all", "each", "every", "which", "what", "new", "other", "one", "two", "three", "four", "five",
              "six", "seven", "eight", "nine", "ten", "zero", "record", "recent", "record", "near", "close",
              "levels", "level", "last", "next", "early", "late", "mid", "year", "years",
              # nouns that often follow "to" ("shot to death", "went to court"): no infinitive
              "death", "court", "power", "jail", "prison", "office", "trial", "school", "war", "town", "hospital",
              "police", "work", "market", "date", "safety", "victory"}


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


# --------------------------------------------------------------------------- direction helpers

def _pick(cands: list[date], ref: date, tense: str | None, penalty: int = 120) -> date:
    """The candidate nearest to ``ref``, where going against the clause's tense costs ``penalty`` days."""
    def cost(c: date) -> tuple[int, bool]:
        d = abs((c - ref).days)
        if (tense == "future" and c < ref) or (tense == "past" and c > ref):
            d += penalty
        return d, c > ref

    return min(cands, key=cost)


def _month_year(mon: int, ctx: Ctx, start: int, end: int) -> int | None:
    if ctx.dct is None:
        return None
    d = ctx.dct
    cands = [date(d.year + k, mon, 1) for k in (-1, 0, 1)]
    ref = date(d.year, d.month, 1)
    if _SINCE_BEFORE.search(ctx.text, max(0, start - 14), start):
        # "has been in office since January": a starting point, so the last such month up to the DCT
        return max(c for c in cands if c <= ref).year
    tense = ctx.tense(start, end)
    if re.search(r"\b(?:until|till|through|by)\s+(?:mid-?|early\s+|late\s+)?$", ctx.text[max(0, start - 14):start].lower()):
        # a deadline or the end of a running period ("loans through January", "repaid by February"):
        # forward unless the clause is in the past, and then simply the nearest
        tense = None if tense == "past" else "future"
    # (Spanish and Italian futures are not tense cues of the clause: the verb form itself tells it)
    if (tense == "future" or tense is None and ctx.lang in ("es", "it")) and _WILL_IN_BEFORE.get(
            ctx.lang, _WILL_IN_BEFORE["en"]).search(ctx.text, max(0, start - 60), start):
        # "they will move in August" said in September: the coming August, however near the last one
        return _pick(cands, ref, "future", 400).year
    return _pick(cands, ref, tense, 200).year


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:mid-?|early\s+|late\s+)?$", re.I)
# (and the same in the other languages: "sollen im August … wechseln", "changeront d'école en août",
# "se mudarán en agosto", "si trasferiranno ad agosto")
_WILL_IN_BEFORE = {
    "en": re.compile(r"\b(?:will|shall)\s+(?!not\b)(?:[a-z]+\s+){1,5}?in\s+$", re.I),
    "de": re.compile(r"\b(?:wird|werden|soll|sollen)\s+(?!nicht\b)(?:[\w’'\-]+\s+){0,5}?(?:im|ab)\s+$", re.I),
    "fr": re.compile(r"\b(?:\w{3,}(?:ra|ront|rons)|va|vont)\s+(?!pas\b)(?:[\w’'\-]+\s+){0,5}?(?:en|dès)\s+$", re.I),
    "es": re.compile(r"\b(?:\w{3,}(?:rá|rán)|va\s+a|van\s+a)\s+(?:[\w’'\-]+\s+){0,5}?(?:en|desde)\s+$", re.I),
    "it": re.compile(r"\b(?:\w{3,}(?:rà|ranno))\s+(?:[\w’'\-]+\s+){0,5}?(?:a|ad|in|da)\s+$", re.I),
}


def _day_year(mon: int, dd: int, ctx: Ctx, start: int, end: int, weekday: int | None = None) -> date | None:
    if ctx.dct is None:
        return None
    d = ctx.dct
    cands = [c for k in (-1, 0, 1) if (c := V.safe_date(d.year + k, mon, dd))]
    if weekday:
        fit = [c for c in cands if c.isoweekday() == weekday]
        if fit:
            return min(fit, key=lambda c: abs((c - d).days))
    if not cands:
        return None
    if ctx.lang == "en" and (re.search(r"\bended(?:\s+on)?\s+$", ctx.text[max(0, start - 12):start])
                             or _SINCE_BEFORE.search(ctx.text, max(0, start - 14), start)):
        # "the fiscal year ended Jan. 31" (a closed period), "unchanged since Jan. 5" (a starting point): the
        # last such day on or before the DCT
        past = [c for c in cands if c <= d]
        if past:
            return max(past)
    return _pick(cands, d, ctx.tense(start, end))


# Spanish and Italian "last" / "next" (el martes pasado, el próximo martes, martedì scorso, la prossima settimana)
_LAST_ES_IT = ("pasado", "pasada", "último", "última", "scorso", "scorsa", "passato", "passata", "passado")
_NEXT_ES_IT = ("próximo", "próxima", "proximo", "proxima", "que viene", "prossimo", "prossima", "entrante", "que vem")


def _weekday(wd: int, rel: str | None, ctx: Ctx, start: int, end: int) -> date | None:
    d = ctx.dct
    if d is None:
        return None
    back = (d.isoweekday() - wd) % 7
    fwd = (wd - d.isoweekday()) % 7
    rel = re.sub(r"\s+", " ", (rel or "").lower())
    if rel == "the next" and ctx.tense(start, end) == "future":
        rel = "next"  # "talks will resume the next Tuesday" (a translated "el próximo martes"): from today
    if rel.startswith("the "):
        base = ctx.last or d  # the last date mentioned: "on Oct. 13 ... the following Monday"
        if rel in ("the previous", "the preceding"):
            return base - timedelta(days=(base.isoweekday() - wd) % 7 or 7)
        return base + timedelta(days=(wd - base.isoweekday()) % 7 or 7)
    if rel in ("last", "past", "this past", "letzten", "vergangenen", "dernier", "vorigen") + _LAST_ES_IT:
        return d - timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming", "nächsten", "kommenden", "prochain") + _NEXT_ES_IT:
        return d + timedelta(days=fwd or 7)
    if ctx.lang == "en" and ctx.text.startswith(("'s ", "’s "), end):
        # "Wednesday's ruling": an event named as a thing is mostly known, so it has happened (or is
        # today), whatever the verb of the clause; "ahead of Sunday's election" is still to come
        ahead = _AHEAD.search(ctx.text, max(0, start - 24), start)
        return d + timedelta(days=fwd) if ahead else d - timedelta(days=back)
    t = ctx.tense(start, end)
    if ctx.lang == "en" and _DEADLINE.search(ctx.text, max(0, start - 16), start) and (
            t != "past" or _RESCHEDULED.search(ctx.text, max(0, start - 60), start)):
        # "as early as Tuesday", "extended its deadline until Tuesday": forward, unless told as past
        # ("talks lasted until Tuesday") other than by the rescheduling itself
        t = "future"
    if ctx.lang == "en" and t == "past" and _CALLED_FOR.search(ctx.text, max(0, start - 90), start):
        # "the union called a one-hour stoppage across the province for Friday": what was called
        # (set, planned) for a weekday lies ahead, whatever the tense of the calling
        t = "future"
    if t == "future":
        return d + timedelta(days=fwd)
    return d - timedelta(days=back)


_CALLED_FOR = re.compile(r"\b(?:called|scheduled|set|planned|slated|convened|booked|fixed|arranged|organi[sz]ed)\s+"
                         r"(?:a|an|the|its|their|his|her)\b[^.!?;]{0,60}?\bfor\s+$", re.I)


# a year that ends a name: after "called / named / known as" and capitalised words, or after "Act"
_NAME_CUE = re.compile(r"called|named|dubbed|titled|known")
_NAME_YEAR = re.compile(r"(?:\b(?:called|named|dubbed|titled|known\s+as)\s+(?:the\s+)?(?:[A-Z][\w&-]*\s+){1,4}|"
                        r"(?<=[a-z] )(?:[A-Z][a-z]+\s+)?Act\s+)$")
_NAME_BEFORE = re.compile(r"(?<![.!?\"`'(\n])\s(?:[A-Z]{2,}|[A-Z][a-z]+)\s$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_AHEAD = re.compile(r"\b(?:ahead\s+of|until|till|prepare\w*\s+for|awaits?|awaiting)\s+(?:the\s+)?$", re.I)
_RESCHEDULED = re.compile(r"\b(?:postponed|extended|delayed|deferred|adjourned|put\s+off|pushed\s+back)\b", re.I)
# "through Saturday" is a deadline too, but not the end of a span of weekdays ("Monday through Friday")
_DEADLINE = re.compile(r"\b(?:as\s+(?:soon|early)\s+as|until|till|(?<!day\s)through)\s+$", re.I)


_MOD_WORDS = {
    "early": "START", "beginning": "START", "start": "START", "anfang": "START", "beginn": "START",
    "début": "START", "late": "END", "end": "END", "close": "END", "ende": "END", "fin": "END",
    "mid": "MID", "middle": "MID", "mitte": "MID", "mi": "MID", "turn": "START",
}


def _mod(s: str | None) -> str | None:
    if not s:
        return None
    low = s.lower()
    if "half" in low:
        return "FIRST_HALF" if "first" in low else "SECOND_HALF"
    for w in re.findall(r"[\wéè]+", low):
        if w in _MOD_WORDS:
            return _MOD_WORDS[w]
    return None


def _num(s: str, lang: str) -> float | str | None:
    s = re.sub(r"\s+", " ", s.strip().lower())
    table = L.NUMBERS.get(lang, L.NUMBERS["en"])
    if s in table:
        return table[s]
    if s in L.NUMBERS["en"]:
        return L.NUMBERS["en"][s]
    if m := re.fullmatch(r"(\d+)\s+1/2", s):
        return int(m[1]) + 0.5
    try:
        return float(s.replace(",", ".")) if "." in s or "," in s else int(s)
    except ValueError:
        pass
    parts = re.split(r"[\s-]+", s)
    if len(parts) == 2 and parts[0] in table and parts[1] in table:
        a, b = table[parts[0]], table[parts[1]]
        if isinstance(a, int) and isinstance(b, int):
            return a * b if b == 100 else a + b
    return None


def _dur(n: float | str, unit: str) -> str:
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    if unit == "2W":
        return f"P{2 * n if isinstance(n, int) else n}W"
    if unit == "6M":
        return f"P{6 * n if isinstance(n, int) else n}M"
    if unit == "Q":
        return f"P{3 * n if isinstance(n, int) else n}M"
    if unit in ("S", "H", "MIN"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    return f"P{n}{unit}"


_UNIT_GRAN = {"S": "time", "MIN": "time", "H": "time", "D": "day", "W": "week", "WE": "week", "2W": "week",
              "M": "month", "Q": "range", "6M": "range", "Y": "year", "DE": "range", "CE": "range", "ML": "range"}


def _unit(word: str, lang: str) -> str | None:
    w = word.lower().rstrip(".")
    table = L.UNITS.get(lang, L.UNITS["en"])
    u = table.get(w)
    if u is None and lang == "en":
        if w.endswith("ies"):
            u = table.get(w[:-3] + "y")
        elif w.endswith("s"):
            u = table.get(w[:-1])
        if w in ("centuries",):
            u = "CE"
    if u == "M" and w.startswith("min"):
        return "MIN"
    return u


def _mo(word: str, lang: str) -> int | None:
    w = word.lower().rstrip(".")
    return L.MONTHS.get(lang, {}).get(w) or L.MONTHS["en"].get(w)


def _wd(word: str, lang: str) -> int | None:
    w = word.lower()
    return L.WEEKDAYS.get(lang, {}).get(w) or L.WEEKDAYS["en"].get(w)


def _yy(s: str) -> int:
    y = int(s)
    if len(s) == 2:
        y += 2000 if y < 50 else 1900
    return y


def _set_anchor(ctx: Ctx, d: date | None, value: str) -> None:
    if d is not None:
        ctx.last = d
        ctx.last_value = value


# --------------------------------------------------------------------------- English patterns

MON_EN = _alt(L.MONTHS["en"])
WD_EN = _alt(L.WEEKDAYS["en"])
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUM_EN = (r"(?:\d+(?:[.,]\d+)?(?:\s+1/2)?|(?:" + _TENS + r")[\s-](?:" + _ONES + r")|"
          + _alt(k for k in L.NUMBERS["en"]) + r")")
UNIT_EN = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|"
           r"decades?|century|centuries|millennium|millennia|semesters?)")
APPROX_EN = (r"(?:(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|"
             r"over(?=\s+an?\s)|under|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|"
             r"a\s+little\s+over|well\s+over|little\s+more\s+than|close\s+to)\s+)")
# TimeML leaves prepositions and focus words out of the extent: "over [the past two years]",
# "for only [six months]", "barely [a month]"; "over" is kept only as a quantity ("[over a week]").
MODPRE_EN = (r"(?P<mod>(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn)\s+of\s+|"
             r"(?:early|late)(?:\s+in)?(?:\s+|-(?=[A-Za-z]))|mid-?\s*|(?:the\s+)?(?:first|second|latter|last)\s+half\s+of\s+)?")
YEAR4 = r"(?:1[6-9]\d\d|20\d\d)"

_APPROX_MOD = {"about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
               "nearly": "LESS_THAN", "almost": "LESS_THAN", "some": "APPROX", "more than": "MORE_THAN",
               "over": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
               "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
               "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE", "close to": "APPROX"}


def _approx(s: str | None) -> str | None:
    if not s:
        return None
    return _APPROX_MOD.get(re.sub(r"\s+", " ", s.strip().lower()))


Handler = Callable[[re.Match, Ctx], "Timex | None"]


def h_iso(m: re.Match, ctx: Ctx) -> Timex | None:
    d = V.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None:
        return None
    _set_anchor(ctx, d, V.day(d))
    if m["H"]:
        return Timex(m.start(), m.end(), f"{V.day(d)}T{int(m['H']):02d}:{m['M']}", "TIME", "time")
    return Timex(m.start(), m.end(), V.day(d), "DATE", "day")


def h_numdate(m: re.Match, ctx: Ctx) -> Timex | None:
    a, b, y = int(m["a"]), int(m["b"]), _yy(m["y"])
    if m["sep"] == "/" and ctx.lang == "en" and a <= 12:
        mo, dd = a, b
    else:
        dd, mo = a, b
    if mo > 12 and dd <= 12:
        mo, dd = dd, mo
    d = V.safe_date(y, mo, dd)
    if d is None or not (1600 <= y <= 2100):
        return None
    _set_anchor(ctx, d, V.day(d))
    return Timex(m.start(), m.end(), V.day(d), "DATE", "day")


_PAIR_YEAR = re.compile(r"(?:\s+(?:and|or|to|through)\s+|\s*[-\u2013]\s*)\d{1,2}(?:st|nd|rd|th)?,?\s+(?P<y>" + YEAR4 +
                        r")\b", re.I)


def _full_date(m: re.Match, ctx: Ctx, mon: int, dd: int) -> Timex | None:
    if not 1 <= dd <= 31:
        return None
    wd = _wd(m["wd"], ctx.lang) if m["wd"] else None
    # "March 5-7, 2020", "Jan. 9 and 10, 2022": the year after the second day is the first one's too
    ym = None if m["y"] else _PAIR_YEAR.match(ctx.text, m.end())
    if m["y"] or ym:
        d = V.safe_date(int(m["y"] or ym["y"]), mon, dd)
        if d is None:
            return None
        rel = False
    else:
        d = _day_year(mon, dd, ctx, m.start(), m.end(), wd)
        rel = True
        if d is None:
            if ctx.dct is None:
                return Timex(m.start(), m.end(), f"XXXX-{mon:02d}-{dd:02d}", "DATE", "day", True)
            return None
    _set_anchor(ctx, d, V.day(d))
    return Timex(m.start(), m.end(), V.day(d), "DATE", "day", rel)


def h_mdy(m: re.Match, ctx: Ctx) -> Timex | None:
    if m["ord"] or m["sy"]:
        return h_mdy_spelled(m, ctx)
    mon = _mo(m["mon"], ctx.lang)
    return _full_date(m, ctx, mon, int(m["d"])) if mon else None


def h_weekof(m: re.Match, ctx: Ctx) -> Timex | None:
    """"the week of June 5": the (ISO) week that holds that day."""
    mon = _mo(m["mon"], ctx.lang)
    t = _full_date(m, ctx, mon, int(m["d"])) if mon else None
    if t is None or not _DAY_VALUE.fullmatch(t.value):
        return t
    return Timex(m.start(), m.end(), V.week(date.fromisoformat(t.value)), "DATE", "week", t.relative)


_WEEK_ORD = {"first": 1, "second": 8, "third": 15, "fourth": 22}


def h_week_of_month(m: re.Match, ctx: Ctx) -> Timex | None:
    """"the first week of March", "the last week of June 2020": the ISO week that holds its first (last) day
    (not "the last week" before the DCT followed by a month)."""
    mon = _mo(m["mon"], ctx.lang)
    if not mon:
        return None
    y = int(m["y"]) if m["y"] else _month_year(mon, ctx, m.start(), m.end())
    if y is None:
        return Timex(m.start(), m.end(), "XXXX-WXX", "DATE", "week", True)
    o = m["ord"].lower()
    d = date(y, mon, _WEEK_ORD[o]) if o in _WEEK_ORD else V.add_months(date(y, mon, 1), 1) - timedelta(days=7)
    _set_anchor(ctx, d, V.week(d))
    return Timex(m.start(), m.end(), V.week(d), "DATE", "week", not m["y"])


def _short_year(s: str, ctx: Ctx) -> int | None:
    """"2019" or "'19"/"19": a two-digit year is the one of the DCT's century nearest the DCT."""
    if len(s.lstrip("'")) == 4:
        return int(s)
    if ctx.dct is None:
        return None
    yy = int(s.lstrip("'"))
    return min((c * 100 + yy for c in (ctx.dct.year // 100 - 1, ctx.dct.year // 100, ctx.dct.year // 100 + 1)),
               key=lambda y: abs(y - ctx.dct.year))


def h_qnotation(m: re.Match, ctx: Ctx) -> Timex | None:
    """"Q3 2019", "H1 2020", "Q4": financial notation of quarters and halves."""
    if m["h"]:
        unit, k = "H", int(m["h"][1])
    else:
        unit, k = "Q", int(m["q"][1])
    if m["y"]:
        y = _short_year(m["y"], ctx)
        if y is None:
            return None
        relative = len(m["y"].lstrip("'")) != 4
    elif m["h"]:
        return None  # "H1" alone is too often something else (a visa, a heading)
    elif ctx.dct is None:
        return Timex(m.start(), m.end(), f"XXXX-Q{k}", "DATE", "range", True)
    else:
        y, relative = ctx.dct.year, True
        # as the quarter rule: a quarter not yet begun is last year's unless told as future ("expects to
        # report Q3 results" in October is this year's: a plan about a past quarter)
        if k > V.quarter_of(ctx.dct) and ctx.tense(m.start(), m.end()) != "future":
            y -= 1
    val = f"{y:04d}-{unit}{k}"
    if unit == "Q":
        ctx.last_value = val
        ctx.note_quarter(val)
    return Timex(m.start(), m.end(), val, "DATE", "range", relative)


def h_fynotation(m: re.Match, ctx: Ctx) -> Timex | None:
    """"FY1998", "FY 2019", "FY'19": a fiscal year, written as its number (as "fiscal 1998")."""
    y = _short_year(m["y"], ctx)
    if y is None:
        return None
    return Timex(m.start(), m.end(), f"{y:04d}", "DATE", "year", len(m["y"].lstrip("'")) != 4)


_ORD_ONES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_DAY_ORDINALS = {w: i + 1 for i, w in enumerate(_ORD_ONES + ["tenth", "eleventh", "twelfth", "thirteenth",
                                                             "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                                                             "eighteenth", "nineteenth", "twentieth"])}
_DAY_ORDINALS.update({f"twenty{sep}{w}": 21 + i for i, w in enumerate(_ORD_ONES) for sep in ("-", " ")})
_DAY_ORDINALS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})


_AFTER_DAY = {"at", "and", "or", "in", "the", "to", "when", "with", "after", "before", "until", "for", "of", "as",
              "is", "was", "will", "would", "from", "through", "on", "by", "this", "next", "last", "that", "which"}


def h_mdy_spelled(m: re.Match, ctx: Ctx) -> Timex | None:
    """"March eighth", "May the twenty-first, nineteen ninety-eight", "June 5, nineteen ninety-eight" (broadcast
    transcripts spell the day or the year)."""
    mon = _mo(m["mon"], ctx.lang)
    if not mon or not m["mon"][0].isupper():
        return None
    dd = _DAY_ORDINALS.get(re.sub(r"\s+", " ", m["ord"].lower())) if m["ord"] else int(m["d"])
    if dd is None:
        return None
    nxt = re.match(r"\s+([a-z]+)", ctx.text[m.end():m.end() + 16])
    if nxt and not m["y"] and not m["sy"] and nxt[1] not in _AFTER_DAY:
        return None  # "the March second round": an ordinal of the noun, not a day
    if m["sy"] and not m["y"]:
        y = _spelled(m["sy"])
        d = V.safe_date(y, mon, dd) if y else None
        if d is None:
            return None
        _set_anchor(ctx, d, V.day(d))
        return Timex(m.start(), m.end(), V.day(d), "DATE", "day", False)
    return _full_date(m, ctx, mon, dd)


def h_dmy(m: re.Match, ctx: Ctx) -> Timex | None:
    mon = _mo(m["mon"], ctx.lang)
    return _full_date(m, ctx, mon, int(m["d"])) if mon else None


_MONTH_DETERMINERS = {"the", "its", "their", "his", "her", "our", "this", "that", "last", "next"}


def _ok_bare_month(m: re.Match, ctx: Ctx, word: str) -> bool:
    """A month name alone is a date only when it looks like one (capitalised in English/German, not
    the modal "may" or the verb "march")."""
    w = word.lower().rstrip(".")
    if ctx.lang in ("en", "de") and not word[0].isupper():
        return False
    if ctx.lang == "en" and not _year_of(m) and re.match(r'["”’]?:\s+["“]?[A-Z]', ctx.text[m.end():m.end() + 5]):
        return False  # "her role in August: Osage County": a title
    if word.endswith(".") is False and len(w) <= 4 and w not in ("may", "june", "july", "mai", "juni", "juli",
                                                                 "mars", "juin", "août", "aout", "märz"):
        return False  # a bare abbreviation ("Dec", "Jan") is too often something else
    if w in ("may", "march", "mars", "mai") and not m["mod"] and not m["rel"]:
        prev = ctx.text[max(0, m.start() - 12):m.start()].lower().split()
        if not prev or prev[-1] not in ("in", "since", "until", "by", "of", "from", "through", "to", "during",
                                         "early", "late", "mid", "before", "after", "till", "en", "im", "seit",
                                         "bis", "ab", "depuis", "fin", "début", "anfang", "ende", "mitte", "vom"):
            # "the March accession", "its May elections": a month before its event noun. Not "the March on
            # Washington", "the March for Life" (a preposition follows: the name of a march)
            if not (ctx.lang == "en" and prev and prev[-1] in _MONTH_DETERMINERS and re.match(
                    r"\s+(?!(?:on|for|of|to|in|at|by|from|against|through|with|and|or|is|was|will|has|had)\b)[a-z]{3,}",
                    ctx.text[m.end():m.end() + 20])):
                return False
    return True


def h_month(m: re.Match, ctx: Ctx) -> Timex | None:
    word = m["mon"]
    mon = _mo(word, ctx.lang)
    if not mon or not _ok_bare_month(m, ctx, word):
        return None
    rel = (m["rel"] or "").lower()
    mod = _mod(m["mod"])
    if _year_of(m):
        y = _year_of(m)
        relative = False
    elif ctx.dct is None:
        return Timex(m.start(), m.end(), f"XXXX-{mon:02d}", "DATE", "month", True, mod)
    else:
        relative = True
        dct = ctx.dct
        if m["ry"] and m["ry"].lower() in ("dernier", "prochain"):
            rel = "last" if m["ry"].lower() == "dernier" else "next"
        if m["ry"] and not rel:
            ry = m["ry"].lower()
            y = dct.year + (-1 if ry in ("last", "letzten", "vergangenen", "dernière") else 1 if ry in ("next", "nächsten", "prochaine") else 0)
        elif rel in ("last", "past", "dernier", "letzten", "vergangenen") + _LAST_ES_IT:
            y = dct.year if mon < dct.month else dct.year - 1
        elif rel in ("next", "coming", "this coming", "prochain", "nächsten", "kommenden") + _NEXT_ES_IT:
            y = dct.year if mon > dct.month else dct.year + 1
        elif rel == "this":
            y = dct.year
        else:
            y = _month_year(mon, ctx, m.start(), m.end())
    _set_anchor(ctx, date(y, mon, 1), V.month(y, mon))
    return Timex(m.start(), m.end(), V.month(y, mon), "DATE", "month", relative, mod)


def h_year(m: re.Match, ctx: Ctx) -> Timex | None:
    y = int(m["y"])
    s = m.start()
    before = ctx.text[max(0, s - 2):s]
    after = ctx.text[m.end():m.end() + 12].lower()
    if before.endswith(("$", "£", "€", "#", "No", "no")) or re.match(r"\s*(?:%|percent|per\s|people|\w+-|"
                                                                      r"times|units|troops|km|miles|meters|"
                                                                      r"tons|shares|votes|cars|jobs)", after):
        return None
    if not (1900 <= y <= 2099) and not m["mod"] and not m["fy"]:
        prev = ctx.text[max(0, s - 10):s].lower().split()
        if not prev or prev[-1] not in ("in", "since", "of", "by", "until", "from", "to", "through", "till",
                                         "im", "seit", "bis", "en", "depuis"):
            return None
    if ctx.lang == "en" and not m["mod"] and not m["fy"]:
        pre = ctx.text[max(0, s - 60):s]
        if ("Act" in pre or _NAME_CUE.search(pre)) and _NAME_YEAR.search(ctx.text, max(0, s - 60), s):
            return None  # "a venture called Orion 1980", "the Extradition Act 2003": a name, not a year
    mod = _mod(m["mod"])
    if mod in ("FIRST_HALF", "SECOND_HALF"):
        return _half(m, ctx, y, mod, False)
    _set_anchor(ctx, date(y, 1, 1), str(y))
    return Timex(m.start(), m.end(), f"{y:04d}", "DATE", "year", False, mod)


def _half(m: re.Match, ctx: Ctx, y: int, mod: str, relative: bool) -> Timex:
    """"the second half of 2020" is the half-year 2020-H2 (TIMEX3), not 2020 with a modifier."""
    val = f"{y:04d}-H{1 if mod == 'FIRST_HALF' else 2}"
    _set_anchor(ctx, date(y, 1 if mod == "FIRST_HALF" else 7, 1), val)
    return Timex(m.start(), m.end(), val, "DATE", "range", relative)


def h_decade(m: re.Match, ctx: Ctx) -> Timex | None:
    if m["c"] and m["d"] == "0" and int(m["c"]) < 20:
        val = m["c"]  # "the 1800s", "the early 1900s": a century (the 19th, the 20th); "the 2000s" is a decade
    elif m["c"]:
        val = f"{m['c']}{m['d']}"
    else:
        d2 = int(m["d2"])
        val = f"{20 if d2 < 3 else 19}{d2}"
    mod = _mod(m["mod"]) or _mod(m["pre"])
    return Timex(m.start(), m.end(), val, "DATE", "range", False, mod)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                 "eighties": 8, "nineties": 9}


def h_spelled_decade(m: re.Match, ctx: Ctx) -> Timex | None:
    """"the nineties" -> 199, "the early sixties" -> 196 (START): the last such decade of the twentieth
    century, or of the twenty-first once that one is over ("the twenties" said in 2026 is the 1920s)."""
    k = _DECADE_WORDS[m["w"].lower()]
    century = 19
    if not m["nt"] and ctx.dct is not None and ctx.dct.year >= 2000 + 10 * k + 10:
        century = 20
    mod = _mod(m["mod"]) or _mod(m["pre"])
    return Timex(m.start(), m.end(), f"{century}{k}", "DATE", "range", False, mod)


_SPELL_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
               "eighty": 80, "ninety": 90}
_SPELL_ONES = {w: i + 1 for i, w in enumerate(_ONES.split("|"))}


SPELLED_YEAR_EN = (r"(?:nineteen[\s-](?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:"
                   + _ONES + r"))?\b|two[\s-]thousand(?:[\s-](?:and[\s-])?(?:" + _ONES + r"))?\b)")


def _spelled(s: str | None) -> int | None:
    """"nineteen ninety-four" -> 1994, "two thousand and one" -> 2001 (transcripts spell years out)."""
    if not s:
        return None
    w = re.split(r"[\s-]+", s.lower())
    if w[0] == "nineteen" and len(w) >= 2 and w[1] in _SPELL_TENS:
        return 1900 + _SPELL_TENS[w[1]] + (_SPELL_ONES.get(w[2], 0) if len(w) > 2 else 0)
    if w[:2] == ["two", "thousand"]:
        return 2000 + (_SPELL_ONES.get(w[-1], 0) if len(w) > 2 else 0)
    return None


def _year_of(m: re.Match) -> int | None:
    if m["y"]:
        return int(m["y"])
    return _spelled(m.groupdict().get("sy"))


_COUNTED = re.compile(r"[\s-]+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|"
                      r"centur(?:y|ies)|millenni(?:um|a))\b", re.I)


def h_spelled_year(m: re.Match, ctx: Ctx) -> Timex | None:
    if _COUNTED.match(ctx.text, m.end()):
        return None  # "more than two thousand years": a number of units, not the year 2000
    if m["t"]:
        y = 1900 + _SPELL_TENS[m["t"].lower()] + (_SPELL_ONES[m["u"].lower()] if m["u"] else 0)
    else:
        y = 2000 + (_SPELL_ONES[m["u2"].lower()] if m["u2"] else 0)
    _set_anchor(ctx, date(y, 1, 1), str(y))
    return Timex(m.start(), m.end(), str(y), "DATE", "year")


def h_century(m: re.Match, ctx: Ctx) -> Timex | None:
    raw = m["n"].lower()
    n = int(re.sub(r"\D", "", raw)) if raw[0].isdigit() else L.ORDINALS.get(raw)
    if not n:
        return None
    return Timex(m.start(), m.end(), f"{n - 1:02d}", "DATE", "range", False, _mod(m["mod"]))


def h_weekday(m: re.Match, ctx: Ctx) -> Timex | None:
    wd = _wd(m["wd"], ctx.lang)
    if not wd or (ctx.lang in ("en", "de") and not m["wd"][0].isupper()):
        return None
    rel = m["rel"]
    mod = None
    if rel and rel.lower() in ("early", "late", "earlier", "later"):
        mod = {"early": "START", "late": "END"}.get(rel.lower())
        rel = None
    end = m.end()
    part = m["part"]
    if ctx.lang == "en" and not part and not rel and (pm := _WD_PLURAL_PART.match(ctx.text, end)):
        # "on Monday and Tuesday nights": the plural part of day makes both weekdays recurring
        p = L.PARTS_OF_DAY[pm["part"].lower()[:-1]]
        return Timex(m.start(), end, f"XXXX-WXX-{wd}T{p}", "SET", "day", False, anchor=False)
    if ctx.lang == "en" and not part and not rel and _opening_days(ctx.text, m.start(), end):
        # "open 24 hours a day from Sunday to Thursday": the days of a weekly schedule, not one day
        return Timex(m.start(), end, f"XXXX-WXX-{wd}", "SET", "day", False, anchor=False)
    d = _weekday(wd, rel, ctx, m.start(), end)
    if d is None:
        v = f"XXXX-WXX-{wd}"
        return Timex(m.start(), end, v + (f"T{L.PARTS_OF_DAY[part.lower()]}" if part else ""),
                     "TIME" if part else "DATE", "time" if part else "day", True, mod)
    _set_anchor(ctx, d, V.day(d))
    if part:
        return Timex(m.start(), end, f"{V.day(d)}T{L.PARTS_OF_DAY[part.lower()]}", "TIME", "time", True, mod)
    return Timex(m.start(), end, V.day(d), "DATE", "day", True, mod)


_WD_EN = "|".join(L.WEEKDAYS["en"])
_WD_SPAN_AFTER = re.compile(r"\s*(?:to|through|thru|until|till|[-–])\s*(?:" + _WD_EN + r")\b", re.I)
_WD_SPAN_BEFORE = re.compile(r"\b(?:" + _WD_EN + r")\s*(?:to|through|thru|until|till|[-–])\s*$", re.I)
# what a weekly schedule is told with: opening hours, "around the clock", "a day"
_SCHEDULE_CUE = re.compile(r"\b(?:open|opens|opening|closed|closes|around\s+the\s+clock|round\s+the\s+clock|a\s+day|"
                           r"daily|staffed|timetable|hours)\b[^.;]*$", re.I)


def _opening_days(text: str, start: int, end: int) -> bool:
    """Is this weekday one end of a span of weekdays ("from Sunday to Thursday") told as the days
    of an opening schedule rather than of one event?"""
    if not (_WD_SPAN_AFTER.match(text, end) or _WD_SPAN_BEFORE.search(text, max(0, start - 16), start)):
        return False
    return bool(_SCHEDULE_CUE.search(text, max(0, start - 90), start))


_WD_PLURAL_PART = re.compile(r"\s+(?:and|or|&)\s+(?:" + "|".join(L.WEEKDAYS["en"]) + r")\s+"
                             r"(?P<part>nights|mornings|evenings|afternoons)\b", re.I)


_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "heute": 0, "gestern": -1, "morgen": 1,
            "vorgestern": -2, "übermorgen": 2, "aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2,
            "après-demain": 2, "the day before yesterday": -2, "the day after tomorrow": 2, "last night": -1,
            "heute abend": 0, "ce soir": 0, "hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2,
            "pasado mañana": 2, "esta noche": 0, "oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2,
            "altroieri": -2, "dopodomani": 2, "stasera": 0, "hoje": 0, "ontem": -1, "amanhã": 1, "anteontem": -2,
            "depois de amanhã": 2}


_TODAYS_GENERIC = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z-]+\s+)?(?:youth|young|society|world|generations?|children|kids|"
                             r"teens|teenagers|standards|culture|families|parents|students|age|era)\b")


def h_deictic(m: re.Match, ctx: Ctx) -> Timex | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    if ctx.lang == "de" and m["w"] == "Morgen":
        return None  # the noun "Morgen" (morning), not "morgen" (tomorrow)
    if ctx.lang == "en" and m["w"] == "Today" and not m["rel"] and _NAME_BEFORE.search(ctx.text, max(0, m.start() - 30),
                                                                                   m.start()):
        return None  # part of a name ("USA Today", "VOA Today"), not the day
    if ctx.lang == "en" and w == "today" and not m["rel"] and not m["part"] and _TODAYS_GENERIC.match(ctx.text, m.end()):
        # "today's youth", "in today's world": the present age, not the day of the article
        return Timex(m.start(), m.end(), "PRESENT_REF", "DATE", "day", True, anchor=False)
    off = _DEICTIC.get(w, 0)
    part = m["part"].lower() if m["part"] else None
    if w in ("tonight", "heute abend", "ce soir"):
        part = part or "night" if w == "tonight" else "evening"
    if w == "last night":
        part = "night"
    mod = {"early": "START", "late": "END"}.get((m["rel"] or "").lower())
    if ctx.dct is None:
        return Timex(m.start(), m.end(), "XXXX-XX-XX", "DATE", "day", True, mod)
    d = ctx.dct + timedelta(days=off)
    _set_anchor(ctx, d, V.day(d))
    if part:
        code = L.PARTS_OF_DAY.get(part, "")
        return Timex(m.start(), m.end(), f"{V.day(d)}T{code}", "TIME", "time", True, mod)
    return Timex(m.start(), m.end(), V.day(d), "DATE", "day", True, mod)


def h_partofday(m: re.Match, ctx: Ctx) -> Timex | None:
    code = L.PARTS_OF_DAY.get(m["part"].lower())
    if ctx.dct is None or not code:
        return None
    d = ctx.dct + timedelta(days=_DEICTIC.get((m["day"] or "today").lower(), 0))
    return Timex(m.start(), m.end(), f"{V.day(d)}T{code}", "TIME", "time", True, anchor=False)


_REFS = {"now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
         "presently": "PRESENT_REF", "at the moment": "PRESENT_REF", "right now": "PRESENT_REF",
         "these days": "PRESENT_REF", "the present": "PRESENT_REF", "current": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "previously": "PAST_REF",
         "formerly": "PAST_REF", "recent": "PAST_REF", "recent years": "PAST_REF", "recent months": "PXM",
         "recent quarters": "PXM", "past years": "PAST_REF", "past decades": "PAST_REF",
         "the weeks ahead": "PXW", "the months ahead": "PXM", "the days ahead": "PXD", "the years ahead": "PXY",
         "the year ahead": "P1Y", "the month ahead": "P1M", "the week ahead": "P1W", "the day ahead": "P1D",
         "future quarters": "FUTURE_REF", "coming quarters": "FUTURE_REF", "future years": "FUTURE_REF",
         "recent weeks": "PXW", "recent days": "PAST_REF",
         "the future": "FUTURE_REF", "soon": "FUTURE_REF", "the near future": "FUTURE_REF",
         "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
         "as soon as possible": "FUTURE_REF", "the years": "PXY", "a while": "PXX", "the coming months": "FUTURE_REF",
         "coming months": "FUTURE_REF", "coming years": "FUTURE_REF", "the coming years": "FUTURE_REF",
         "coming weeks": "FUTURE_REF", "the coming weeks": "FUTURE_REF", "coming days": "FUTURE_REF",
         "the coming days": "FUTURE_REF", "shortly": "FUTURE_REF", "a later date": "FUTURE_REF",
         "a future date": "FUTURE_REF",
         "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "aktuell": "PRESENT_REF",
         "gegenwärtig": "PRESENT_REF", "bald": "FUTURE_REF", "künftig": "FUTURE_REF", "kürzlich": "PAST_REF",
         "neulich": "PAST_REF", "vor kurzem": "PAST_REF",
         "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF", "aujourd'hui encore": "PRESENT_REF",
         "bientôt": "FUTURE_REF", "récemment": "PAST_REF", "prochainement": "FUTURE_REF"}


def h_ref(m: re.Match, ctx: Ctx) -> Timex | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    v = _REFS.get(w)
    if v is None:
        return None
    if w == "current":
        # the adjective dates its noun to the present ("the current four flights", "his current wife"),
        # except in fixed terms where it is no time at all ("current account", "alternating current")
        nxt = ctx.text[m.end():m.end() + 24]
        if not re.match(r"\s+[a-z0-9]", nxt) or re.match(
                r"\s+(?:accounts?|assets|liabilities|affairs|events|flows?|of|and|or|is|was|to|from|in)\b", nxt):
            return None
        if re.search(r"\bthen[\s-]+$", ctx.text[max(0, m.start() - 6):m.start()]):
            s = ctx.text.rindex("then", max(0, m.start() - 6), m.start())
            return Timex(s, m.end(), "PAST_REF", "DATE", "range", True, anchor=False)
    if w == "soon" and (re.match(r"\s+(?:after|afterwards?|thereafter|as)\b", ctx.text[m.end():m.end() + 12].lower())
                        or re.search(r"\b(?:as|how|too)\s+$", ctx.text[max(0, m.start() - 5):m.start()].lower())):
        return None  # "soon after the vote", "as soon as talks begin": a relation, not a time
    if w == "the years" and not re.search(r"\b(?:over|through|across|down|during)\s+$",
                                          ctx.text[max(0, m.start() - 10):m.start()].lower()):
        return None
    if w == "a while" and not re.search(r"\b(?:for|in|after)\s+$", ctx.text[max(0, m.start() - 6):m.start()].lower()):
        return None
    if w.startswith("past ") and re.search(r"\b(?:the|its|his|her|their)\s+$", ctx.text[max(0, m.start() - 7):m.start()].lower()):
        return None  # "the past years" is left to the duration rules
    if w == "the past" and re.match(r"\s+(?:" + NUM_EN + r"|several|few|many)\s+[a-z]+s\b", ctx.text[m.end():m.end() + 30]):
        return None  # "the past three summers" counts something: not the vague past
    if w.endswith(" date") and not re.search(r"\b(?:at|to|until|till|for|on)\s+$",
                                             ctx.text[max(0, m.start() - 7):m.start()].lower()):
        return None  # "at a later date" is a vague future; "set a later date for" names a date to come
    if v[:2] == "PX" or v[1:2].isdigit():
        # "the weeks ahead" (PXW); "the year ahead" is the twelve months to come, as "the next year" (P1Y)
        gran = _UNIT_GRAN.get(v[-1], "range") if v[1:2].isdigit() else "range"
        return Timex(m.start(), m.end(), v, "DURATION", gran, False, anchor=False)
    if w == "recent" and not re.match(r"\s+(?:weeks|months|years|days|times|history|past|period|decades?|"
                                      r"sessions|trading|quarters)\b", ctx.text[m.end():m.end() + 15].lower()):
        return None
    gran = "day" if v == "PRESENT_REF" else "range"
    return Timex(m.start(), m.end(), v, "DATE", gran, True, anchor=False)


def _rel_shift(rel: str) -> int | None:
    r = re.sub(r"\s+", " ", rel.lower())
    if r in ("this", "the current", "the same", "current", "earlier this", "later this", "the", "that",
             "earlier in the", "later in the",
             "dieses", "diese", "diesen", "dieser", "cette", "ce", "cet", "en cours", "este", "esta", "questo",
             "questa", "quest'", "quest’"):
        return 0
    if r in ("last", "past", "this past", "the past", "the previous", "the last", "previous", "letzte", "letzten", "letzter",
             "letztes", "vergangene", "vergangenen", "vergangener", "vergangenes", "vorige", "vorigen",
             "voriges", "dernier", "dernière", "passé", "passée", "précédent", "précédente") + _LAST_ES_IT:
        return -1
    if r in ("next", "the coming", "coming", "the next", "nächste", "nächsten", "nächster", "nächstes",
             "kommende", "kommenden", "kommender", "kommendes", "prochain", "prochaine", "à venir") + _NEXT_ES_IT:
        return 1
    return None


def h_relunit(m: re.Match, ctx: Ctx) -> Timex | None:
    rel = m["rel"]
    unit = _unit(m["unit"], ctx.lang)
    mod = _mod(m["mod"])
    r = re.sub(r"\s+", " ", rel.lower())
    if ctx.lang == "en" and m["unit"].istitle() and ctx.text[max(0, m.start() - 1):m.start()] in ('"', "“", "'", "`"):
        return None  # a quoted title ("This Week" on ABC), not a week
    if r in ("earlier that", "later that"):
        r = "that"  # "later that year": still that year
    if r == "that" and not mod and unit in ("W", "M", "Y") and (ctx.last is not None or ctx.probe):
        # "that year": the year of the date the text last mentioned ("in 1988 ... that year")
        val, gran = V.at_granularity(ctx.last or date(1, 1, 1), unit)
        if unit in ("M", "W") and re.fullmatch(r"\d{4}" if unit == "M" else r"\d{4}(?:-\d\d)?", ctx.last_value or ""):
            # "in 1990 ... that month": a month (week) of that year, but the text does not say which
            val = ctx.last_value[:4] + ("-XX" if unit == "M" else "-WXX")
        return Timex(m.start(), m.end(), val, "DATE", gran, True, anchor=False)
    if r == "the latest" and unit == "Y":
        r = "last"  # "the latest fiscal year": the last completed one
    if r in ("the", "that", "the latest") and not mod:
        return None
    n = _rel_shift(r)
    if n is None or unit is None:
        return None
    if ctx.dct is None:
        return Timex(m.start(), m.end(), {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}.get(unit, "XXXX"),
                     "DATE", _UNIT_GRAN.get(unit, "range"), True, mod)
    if r == "the" and mod == "START" and n == 0 and unit in ("Y", "M"):
        # "at the beginning of the year" said in its last months points at the coming one
        late = ctx.dct.month >= 10 if unit == "Y" else ctx.dct.day >= 20
        if late and ctx.tense(m.start(), m.end()) != "past":
            n = 1
    if unit == "D" and r in ("earlier in the", "later in the"):
        # "later in the day": the day the text is telling about, else the day of writing
        d = ctx.last if ctx.last is not None and _DAY_VALUE.fullmatch(ctx.last_value or "") else ctx.dct
        return Timex(m.start(), m.end(), V.day(d), "DATE", "day", True, anchor=False)
    d = V.shift(ctx.dct, n, unit)
    if unit == "Y" and mod in ("FIRST_HALF", "SECOND_HALF"):
        return _half(m, ctx, d.year, mod, True)
    val, gran = V.at_granularity(d, unit)
    if unit == "WE" and n == 0 and ctx.tense(m.start(), m.end()) == "past" and ctx.dct.isoweekday() < 6:
        val, gran = V.at_granularity(ctx.dct - timedelta(days=7), "WE")
    _set_anchor(ctx, d, val)
    return Timex(m.start(), m.end(), val, "DATE", gran, True, mod)


def h_yearend(m: re.Match, ctx: Ctx) -> Timex | None:
    """"by year-end": December 31 of the current year ("since year-end": of the previous one)."""
    if ctx.dct is None:
        return Timex(m.start(), m.end(), "XXXX-12-31", "DATE", "day", True)
    y = ctx.dct.year - (1 if m["pre"] or ctx.dct.month == 1 else 0)
    start = m.start("pre") + len(m["pre"]) if m["pre"] else m.start()
    return Timex(start, m.end(), f"{y:04d}-12-31", "DATE", "day", True)


def h_theyear(m: re.Match, ctx: Ctx) -> Timex | None:
    """"the year ended June 30" is a one-year period; "for the year" / "of the year" the current year."""
    after = ctx.text[m.end():m.end() + 20]
    if re.match(r"\s+(?:that\s+)?(?:ended|ending|ends|to\s+end)\b", after):
        return Timex(m.start(), m.end(), "P1Y", "DURATION", "year", False, anchor=False)
    prev = ctx.text[max(0, m.start() - 10):m.start()].lower().split()
    if ctx.dct is None or not prev or prev[-1] not in ("for", "of", "through", "during", "in", "throughout"):
        return None
    return Timex(m.start(), m.end(), str(ctx.dct.year), "DATE", "year", True)


# a figure for the first nine months (or the year to date) compared "with a year earlier": that longer period a
# year before, whose coarsest TIMEX3 value is the year, not the report's quarter
_LONG_PERIOD = re.compile(r"\bnine[\s-]months?\b|\bfirst\s+three\s+quarters\b|\byear[\s-]to[\s-]date\b", re.I)
_SENT_END = re.compile(r"[.!?][\"'\u201d]?\s+(?=[A-Z\"`\u201c])|\n\s*\n")


def _long_period(ctx: Ctx, start: int) -> bool:
    """True when the sentence up to ``start`` is about nine months or the year to date, or, for an expression
    that opens its sentence ("The year-ago results..."), when the sentence before it is."""
    lo = max(0, start - 400)
    window = ctx.text[lo:start]
    cut = [mm.end() for mm in _SENT_END.finditer(window)]
    sent = window[cut[-1]:] if cut else window
    if cut and re.fullmatch(r"\s*(?:(?:the|in|for|at)\s+)*", sent, re.I):
        sent = window[cut[-2] if len(cut) > 1 else 0:cut[-1]]
    last = None
    for last in _LONG_PERIOD.finditer(sent):
        pass
    # "for the nine months ... in the third quarter a year earlier": the period named last is the quarter
    return last is not None and not re.search(r"\bquarter\b", sent[last.end():], re.I)


def h_year_quarter(m: re.Match, ctx: Ctx) -> Timex | None:
    """"the 1988 period" in a report about a quarter: the same quarter of that year."""
    if _long_period(ctx, m.start()):
        return Timex(m.start(), m.end(), m["y"], "DATE", "year", anchor=False)  # "the first nine months ... the 1988 period"
    q = ctx.quarter()[4:] if ctx.quarter() else (
        V.at_granularity(V.add_months(ctx.dct, -3), "Q")[0][4:] if ctx.dct else None)
    if q is None:
        return Timex(m.start(), m.end(), m["y"], "DATE", "year")
    return Timex(m.start(), m.end(), f"{m['y']}{q}", "DATE", "range", True, anchor=False)


def h_weekend(m: re.Match, ctx: Ctx) -> Timex | None:
    if ctx.dct is None:
        return Timex(m.start(), m.end(), "XXXX-WXX-WE", "DATE", "week", True)
    d = ctx.dct
    if ctx.tense(m.start(), m.end()) == "future":
        d = d + timedelta(days=(6 - d.isoweekday()) % 7)
    elif d.isoweekday() < 6:
        d = d - timedelta(days=d.isoweekday() + 1)
    val, gran = V.at_granularity(d, "WE")
    return Timex(m.start(), m.end(), val, "DATE", gran, True)


_SPAN_FOR_BEFORE = re.compile(r"\b(?:for|during|over)\s+$", re.I)


_RATE_BEFORE = re.compile(r"\b(?:hours|times|minutes|shifts)\s+$", re.I)


def h_ago(m: re.Match, ctx: Ctx) -> Timex | None:
    n = _num(m["n"], ctx.lang)
    unit = _unit(m["unit"], ctx.lang)
    if n is None or unit is None:
        return None
    direction = m["dir"].lower()
    if direction.startswith("from ") and direction != "from now" and _SPAN_FOR_BEFORE.search(
            ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "will close for 40 days from Saturday, January 9": a span from that day, not a day
    if direction.startswith("from ") and _RATE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "open 24 hours a day from Sunday": a rate, then the day it starts from
    back = direction in ("ago", "earlier", "before", "previously", "vor", "il y a", "plus tôt", "früher", "zuvor",
                         "hace", "fa", "antes", "prima", "há", "atrás")
    anchored = direction not in ("ago", "from now", "hence", "vor", "il y a", "in", "dans", "hace", "fa",
                                 "dentro de", "en", "tra", "fra", "há", "atrás", "daqui a")
    mod = _approx(m["approx"]) if "approx" in m.re.groupindex else None
    if n == "X":
        if anchored:
            return None  # "a few days later" counts from an event, not from now: the duration rule takes the count
        return Timex(m.start(), m.end(), "PAST_REF" if back else "FUTURE_REF", "DATE", "range", True, anchor=False)
    base = ctx.anchor() if anchored else ctx.dct
    day_from = direction.startswith("from ") and direction != "from now"
    if day_from and ctx.dct is not None:
        # "a week from Friday", "two days from tomorrow": counted on from that day (a coming weekday)
        w = direction.split()[-1]
        wd = _wd(w, ctx.lang)
        base = ctx.dct + timedelta(days=(wd - ctx.dct.isoweekday()) % 7 if wd else _DEICTIC.get(w, 0))
        back = anchored = False
    if base is None:
        return None
    # "a year earlier" after a quarter keeps the quarter: "1989-Q3 ... a year earlier" -> 1988-Q3
    if unit == "Y" and ctx.quarter() and n == 1 and direction in ("ago", "earlier", "before") and not _long_period(
            ctx, m.start()):
        y = int(ctx.quarter()[:4]) - 1
        return Timex(m.start(), m.end(), f"{y}{ctx.quarter()[4:]}", "DATE", "range", True, mod, anchor=False)
    k = int(n) if float(n).is_integer() else None
    if k is None:
        return None
    if unit in ("S", "MIN", "H"):
        return Timex(m.start(), m.end(), V.day(base), "DATE", "day", True, mod, anchor=False)
    u = {"2W": "W", "6M": "M", "WE": "W"}.get(unit, unit)
    mult = 2 if unit == "2W" else 6 if unit == "6M" else 1
    d = V.shift(base, (-k if back else k) * mult, u)
    val, gran = (V.day(d), "day") if day_from else V.at_granularity(d, u)
    _set_anchor(ctx, d, val)
    return Timex(m.start(), m.end(), val, "DATE", gran, True, mod)


def h_yearago(m: re.Match, ctx: Ctx) -> Timex | None:
    base = ctx.anchor()
    if base is None:
        return None
    if ctx.quarter() and not _long_period(ctx, m.start()):
        return Timex(m.start(), m.end(), f"{int(ctx.quarter()[:4]) - 1}{ctx.quarter()[4:]}", "DATE", "range",
                     True, anchor=False)
    y = int(ctx.quarter()[:4]) if ctx.quarter() else base.year
    return Timex(m.start(), m.end(), str(y - 1), "DATE", "year", True, anchor=False)


def h_anchored(m: re.Match, ctx: Ctx) -> Timex | None:
    """"the next day", "the following year", "the day before", "that day": relative to the last date."""
    rel = (m["rel"] or m["rel2"] or "").lower()
    base = ctx.anchor()
    if m["part"]:
        # "the next morning": the morning after the day the text is telling about (a day is needed)
        if ctx.probe:
            return Timex(m.start(), m.end(), "XXXX-XX-XXTMO", "TIME", "time", True)
        if ctx.last is None or not _DAY_VALUE.match(ctx.last_value or ""):
            return None
        d = ctx.last + timedelta(days=1 if m["rel3"].lower() in ("next", "following") else -1)
        _set_anchor(ctx, d, V.day(d))
        return Timex(m.start(), m.end(), f"{V.day(d)}T{L.PARTS_OF_DAY[m['part'].lower()]}", "TIME", "time", True)
    unit = _unit(m["unit"] or m["unit2"], ctx.lang)
    if unit == "D" and ctx.last is not None and not _DAY_VALUE.match(ctx.last_value or "") and re.match(
            r"\d{4}", ctx.last_value or ""):
        # "In 1990 ... the next day": a day of that year, but which one the text does not say
        known = ctx.last_value[:7] if re.match(r"\d{4}-\d\d$", ctx.last_value) else ctx.last_value[:4] + "-XX"
        return Timex(m.start(), m.end(), f"{known}-XX", "DATE", "day", True, anchor=False)
    if unit is None or base is None:
        return None
    n = 0 if rel in ("same", "that") else -1 if rel in ("previous", "preceding", "before", "prior") else 1
    if m["nl"] and ctx.dct is not None:
        # "the week after next", "the day before last": two units from now, not one from the last date
        if (n == 1) != (m["nl"].split()[0].lower() == "next"):
            return None  # "the week before next" names nothing
        d = V.shift(ctx.dct, 2 * n, unit)
        val, gran = V.at_granularity(d, unit)
        _set_anchor(ctx, d, val)
        return Timex(m.start(), m.end(), val, "DATE", gran, True)
    if m["rel2"] and unit == "D" and ctx.last is not None and _DAY_VALUE.match(ctx.last_value or "") and (
            re.search(r",\s*$", ctx.text[max(0, m.start() - 3):m.start()])
            and re.match(r"\s+[A-Za-z]", ctx.text[m.end():m.end() + 3])):
        # "Oct. 12, the day before the plunge": an apposition, "the day" is Oct. 12 itself
        return Timex(m.start(), m.start("rel2"), V.day(ctx.last), "DATE", "day", True, anchor=False)
    d = V.shift(base, n, unit)
    val, gran = V.at_granularity(d, unit)
    _set_anchor(ctx, d, val)
    return Timex(m.start(), m.end(), val, "DATE", gran, True)


def h_dayrel(m: re.Match, ctx: Ctx) -> Timex | None:
    """"the day before last Tuesday's hearing", "the day after Christmas": one expression, the named day
    shifted by one (not "the day before" of the last date plus a separate "last Tuesday")."""
    for name in ("weekday", "mdy", "holiday"):
        im = _INNER_DAY[name][0].match(ctx.text, m.end())
        if im is None:
            continue
        inner = _INNER_DAY[name][1](im, ctx)
        if inner is None or inner.start != im.start() or not _DAY_VALUE.fullmatch(inner.value):
            return None
        if ctx.probe:
            return Timex(m.start(), inner.end, "XXXX-XX-XX", "DATE", "day", True)
        d = date.fromisoformat(inner.value) + timedelta(days=-1 if m["dir"].lower() == "before" else 1)
        _set_anchor(ctx, d, V.day(d))
        return Timex(m.start(), inner.end, V.day(d), "DATE", "day", True)
    return None


def h_dayand(m: re.Match, ctx: Ctx) -> Timex | None:
    """The second day of "April 24 and 25" / "Jan. 9 to 12": its own date, in the first one's month and year."""
    mon = _mo(m["mon"], ctx.lang)
    dd = int(m["d"])
    if not mon or not 1 <= dd <= 31 or dd <= int(m["d1"]):
        return None
    s = m.start("d")
    if m["y"]:
        d = V.safe_date(int(m["y"]), mon, dd)
    elif ctx.probe:
        return Timex(s, m.end(), "XXXX-XX-XX", "DATE", "day", True)
    elif ctx.last is not None and ctx.last.month == mon and _DAY_VALUE.match(ctx.last_value or ""):
        d = V.safe_date(ctx.last.year, mon, dd)  # the first day was just dated: same month, same year
    else:
        d = _day_year(mon, dd, ctx, m.start(), m.end())
    if d is None:
        return None
    return Timex(s, m.end(), V.day(d), "DATE", "day", not m["y"], anchor=False)


def h_thatday(m: re.Match, ctx: Ctx) -> Timex | None:
    """"that day", "that same day", "earlier that day": the day the text last named (of a named year or
    month, an unnamed day of it); nothing when no date came before."""
    last = ctx.last_value or ""
    if ctx.probe:
        return Timex(m.start(), m.end(), "XXXX-XX-XX", "DATE", "day", True, anchor=False)
    if ctx.last is None or not re.match(r"\d{4}", last):
        return None
    if m["part"]:
        # "that night", "that same morning": the part of the day last named (only a named day has one)
        if not _DAY_VALUE.match(last):
            return None
        code = L.PARTS_OF_DAY[m["part"].lower()]
        return Timex(m.start(), m.end(), f"{V.day(ctx.last)}T{code}", "TIME", "time", True, anchor=False)
    if _DAY_VALUE.match(last):
        return Timex(m.start(), m.end(), V.day(ctx.last), "DATE", "day", True, anchor=False)
    known = last[:7] if re.match(r"\d{4}-\d\d$", last) else last[:4] + "-XX"
    return Timex(m.start(), m.end(), f"{known}-XX", "DATE", "day", True, anchor=False)


def h_duration(m: re.Match, ctx: Ctx) -> Timex | None:
    n = _num(m["n"], ctx.lang) if m["n"] else 1
    unit = _unit(m["unit"], ctx.lang)
    if n is None or unit is None:
        return None
    if unit == "WE" or (isinstance(n, (int, float)) and n >= 1000):
        return None  # "the 1988 quarter" is a date, not 1988 quarters
    if unit == "DE" and isinstance(n, (int, float)):
        n, unit = n * 10, "Y"
    whole = m.group().lower()
    if re.search(r"[\s-]old$", whole) and unit == "Y":
        return None  # an age ("52 years old"), not a period
    if unit == "Q" and re.search(r"\w-quarters?\b", whole):
        return None  # "three-quarters" is a fraction
    u = m["unit"]
    if ctx.lang == "en" and u[0].isupper() and not u.isupper():
        return None  # "the Peace One Day gala", "Two Weeks Notice": a capitalised unit word names something
    if m["n"] and m["n"].lower() == "one" and unit == "D" and not m["pl"] and not m.groupdict().get("art") and (re.search(
            r"\b(?:will|would|could|can|may|might|should|must|shall|hopes?\s+(?:to|he|she|they|it)|he|she|they|we|it|i|"
            r"hoping|hoped|hopes|planning|plans|planned|dreams?|dreamed|wants?|wanted)\s+(?:that\s+)?$",
            ctx.text[max(0, m.start() - 20):m.start()].lower()) or re.match(
            r",?\s+(?:he|she|they|we|i|you|it)\s+(?:will|would|could|might|may|can|shall|should|wants?|hopes?|"
            r"plans?)\b|,?\s+(?:he|she|they|we|i|you|it)'ll\b",
            ctx.text[m.end():m.end() + 20], re.I)):
        # "Islam will one day be ...": an indefinite future, not a day's length
        return Timex(m.start(), m.end(), "FUTURE_REF", "DATE", "range", True, anchor=False)
    after = ctx.text[m.end():m.end() + 12]
    if unit == "Q" and re.match(r"\s+of\s+(?:the|a|an|all|its|their|his|her|our)\b", after, re.I):
        return None  # "a quarter of the market" is a fraction
    if unit == "Q" and n == 2 and (m["pl"] or "").lower() in ("first", "last", "final") and re.match(
            r"\s+of\s+(?:fiscal\s+)?(?:\d{4}|this\s+year|last\s+year|next\s+year)", ctx.text[m.end():m.end() + 20], re.I):
        return None  # "the first two quarters of 1990" is a half-year (the half rule)
    if unit == "S" and not m["pl"] and re.match(r"\s+[a-z]", after) and not re.match(
            r"\s+(?:ago|later|earlier|before|after|or|and|to|in|of|from)\b", after):
        return None  # "a second group": an ordinal
    if m["n"] and m["n"].lower() in ("a", "an") and not m["pl"] and not _approx(m["approx"]) and (
            _RATE_AFTER_COUNT.search(ctx.text, max(0, m.start() - 50), m.start())
            and not _RATE_NOT.search(ctx.text, max(0, m.start() - 12), m.start())
            and not re.match(r"\s+(?:from\s+(?:now|today|this|next|last|then)|after|before|ago|earlier|later)\b",
                             ctx.text[m.end():m.end() + 16], re.I)):
        # "570,000 barrels a day", "23 hours a day", "one full meal a day": a count per unit of time
        return Timex(m.start(), m.end(), _dur(1, unit), "SET", _UNIT_GRAN.get(unit, "range"), False, anchor=False)
    if m["n"] and m["n"].lower() in ("a", "an", "one") and not m["pl"] and re.search(
            r"(?:\d|%|million|billion|percent|cents?|dollars?|times|once|twice)\s*$",
            ctx.text[max(0, m.start() - 20):m.start()].lower()) and not _approx(m["approx"]):
        # "$5 a year", "twice a week": a frequency
        return Timex(m.start(), m.end(), _dur(1, unit), "SET", _UNIT_GRAN.get(unit, "range"), False, anchor=False)
    if re.match(r"\s*(?:ago|earlier|later|from\s+now|hence)\b", ctx.text[m.end():m.end() + 12], re.I) and not (
            m.groupdict().get("half") or m.groupdict().get("half2")) and not (
            n == "X" and re.match(r"\s*(?:earlier|later)\b", ctx.text[m.end():m.end() + 12], re.I)):
        return None  # the "ago" rule dates it; it has no halves, so "a minute and a half later" stays a duration
    mod = _approx(m["approx"]) or ("APPROX" if m.groupdict().get("orso") else None)
    start = m.start()
    if m.groupdict().get("art") and not m["pl"] and not m["unit"].lower().endswith("s") and n != 1:
        # a count with a singular unit is an adjective and its article belongs to the noun phrase:
        # "a [two-year] option", "the [23-year] dispute"; "[the nine months]", "[a few days]" keep it
        start = m.start("n")
        if m["approx"]:
            mod = None
    if not m.groupdict().get("orso") and not m.groupdict().get("half") and (
            comp := _compound(m, ctx, n, unit, mod, start)):
        return comp
    if (m.groupdict().get("half") or m.groupdict().get("half2")) and isinstance(n, (int, float)):
        n = n + 0.5  # "a minute and a half"
    whole_years = None
    if isinstance(n, float) and not n.is_integer() and unit in _SUBUNIT and int(n) > 0:
        # "5 1/2 hours" -> PT5H30M, "a minute and a half" -> PT1M30S, as TIMEX3 writes them
        small, k, t = _SUBUNIT[unit]
        rest = round((n - int(n)) * k)
        val = f"P{'T' if unit in ('H', 'MIN') else ''}{int(n)}{'M' if unit == 'MIN' else unit}{t}{rest}{small}"
        return Timex(m.start(), m.end(), val, "DURATION", _UNIT_GRAN.get(unit, "range"), False, mod, anchor=False)
    if isinstance(n, float) and not n.is_integer() and unit == "Y":
        whole_years, n, unit = int(n), round((n - int(n)) * 12), "M"  # "2 1/2 years" -> P2Y6M
    if n == "X":
        val = "PTX" + {"MIN": "M"}.get(unit, unit) if unit in ("S", "MIN", "H") else "PX" + {"Q": "M"}.get(unit, unit)
    elif unit == "MIN":
        val = f"PT{_fmt_n(n)}M"
    else:
        val = _dur(n, unit)
    if whole_years:
        val = f"P{whole_years}Y{n}M" if n else f"P{whole_years}Y"
    return Timex(start, m.end(), val, "DURATION", _UNIT_GRAN.get(unit, "range"), False, mod, anchor=False)


# "<count> <up to three words> a <unit>": a rate, when the word before the article is no preposition
_RATE_AFTER_COUNT = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|"
                               r"hundred|thousand|million|billion|hundreds|thousands|millions|dozens))[\w,.$%)]*"
                               r"(?:\s+(?:[A-Za-z][\w'-]*|\([^()]{1,20}\))){1,3}\s+$", re.I)
_RATE_NOT = re.compile(r"\b(?:for|in|within|by|than|after|before|over|about|nearly|almost|of|the|and|or|is|was|"
                       r"only|just|to|from|until|at|under|around|roughly|least|took|taken|takes|take|lasted|spent|"
                       r"spend|up|ago|earlier|later|during|per|every|each)\s+$", re.I)


_SUBUNIT = {"H": ("M", 60, ""), "MIN": ("S", 60, ""), "D": ("H", 24, "T")}


def _fmt_n(n):
    return int(n) if isinstance(n, float) and n.is_integer() else n


_COMPOUND = {("Y", "M"): ("P{}Y{}M", False), ("D", "H"): ("P{}DT{}H", False), ("H", "MIN"): ("PT{}H{}M", False),
             ("MIN", "S"): ("PT{}M{}S", False)}


_COMPOUND_REST = re.compile(r",?\s+(?:and\s+)?(?P<n2>\d+|" + _alt(L.NUMBERS["en"]) + r")\s+"
                            r"(?P<u2>months?|hours?|minutes?|mins?|seconds?|secs?)\b", re.I)


def _compound(m: re.Match, ctx: Ctx, n, unit: str, mod: str | None, start: int) -> Timex | None:
    """"1 hour 10 minutes", "two years and six months", "13 minutes, 48 seconds": one duration, when the
    second count is of the next smaller unit."""
    if ctx.lang != "en" or not isinstance(n, int) or n < 1:
        return None
    rest = _COMPOUND_REST.match(ctx.text, m.end())
    if not rest:
        return None
    u2 = _unit(re.sub(r"^mins?$", "minute", re.sub(r"^secs?$", "second", rest["u2"].lower())), ctx.lang)
    n2 = _num(rest["n2"], ctx.lang)
    fmt = _COMPOUND.get((unit, u2))
    if fmt is None or not isinstance(n2, int) or n2 < 1:
        return None
    if re.match(r"\s*(?:ago|earlier|later|old\b|-old)", ctx.text[rest.end():rest.end() + 10], re.I):
        return None  # a date or an age, for the other rules
    return Timex(start, rest.end(), fmt[0].format(n, n2), "DURATION", _UNIT_GRAN.get(u2, "range"), False, mod,
                 anchor=False)


def h_bare_duration(m: re.Match, ctx: Ctx) -> Timex | None:
    unit = _unit(m["unit"], ctx.lang)
    if unit is None:
        return None
    s, e = m.span("unit")
    val = "PTX" + {"MIN": "M"}.get(unit, unit) if unit in ("S", "MIN", "H") else "PX" + unit
    return Timex(s, e, val, "DURATION", _UNIT_GRAN.get(unit, "range"), False, anchor=False)


def h_long_adjective(m: re.Match, ctx: Ctx) -> Timex | None:
    """"a day-long meeting" lasts a day, "a decades-long feud" an unspecified number of decades."""
    unit = _unit(m["unit"], ctx.lang)
    if unit is None or re.search(r"(?:\d|\b(?!(?:a|an)\b)(?:" + NUM_EN + r"))[\s-]+$", ctx.text[max(0, m.start() - 20):m.start()], re.I):
        return None  # "a 45 minute-long set", "two-month-long drills": the count's duration rule takes it
    if m["unit"].lower().endswith("s"):
        val = "PTX" + {"MIN": "M"}.get(unit, unit) if unit in ("S", "MIN", "H") else "PX" + unit
    else:
        val = _dur(10, "Y") if unit == "DE" else _dur(1, unit)
    return Timex(m.start(), m.end(), val, "DURATION", _UNIT_GRAN.get(unit, "range"), False, anchor=False)


_QWORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
           "final": 4, "last": 4}


def h_quarters_half(m: re.Match, ctx: Ctx) -> Timex | None:
    """"the first two quarters of 1990" is the first half of 1990, "the last two quarters of 1990" the second."""
    if m["y"]:
        year = int(m["y"])
    elif ctx.dct is None:
        return None
    else:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["ry"].lower()]
    h = 1 if m["fl"].lower() == "first" else 2
    val = f"{year:04d}-H{h}"
    ctx.last_value = val
    return Timex(m.start(), m.end(), val, "DATE", "range", not m["y"])


def h_quarter(m: re.Match, ctx: Ctx) -> Timex | None:
    q = _QWORDS.get(m["q"].lower())
    half = m["u"].lower() == "half"
    if q is None or (half and q > 2):
        return None
    if m["u"].lower() == "period" and not (m["y1"] or m["fy"] or m["y2"]):
        return None
    y = m["y1"] or m["fy"] or m["y2"]
    if y:
        year = int(y)
    elif ctx.dct is None:
        return Timex(m.start(), m.end(), f"XXXX-{'H' if half else 'Q'}{q}", "DATE", "range", True)
    else:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}.get((m["ry"] or "this").lower(), 0)
        cur = V.quarter_of(ctx.dct) if not half else (1 if ctx.dct.month <= 6 else 2)
        if not m["ry"] and q > cur and ctx.tense(m.start(), m.end()) != "future":
            year -= 1
        if m["ya"]:
            year -= 1
    val = f"{year:04d}-{'H' if half else 'Q'}{q}"
    start = m.start()
    if (ctx.lang == "en" and re.match(r"the\s", m.group(), re.I)
            and re.search(r"\w-(?:quarter|half)$", m.group(), re.I) and _NOUN_AFTER.match(ctx.text, m.end())):
        # "the [third-quarter] loss": the hyphenated quarter is an adjective and the article belongs to
        # the noun it modifies (as "a [two-year] option"); "the third quarter" keeps it
        start = m.start() + len(re.match(r"the\s+", m.group(), re.I).group())
    ctx.last_value = val
    if not half:
        ctx.note_quarter(val)
    ctx.last = V.interval(val)[0] if V.interval(val) else ctx.last
    return Timex(start, m.end(), val, "DATE", "range", not bool(y))


_NOUN_AFTER = re.compile(r"\s+(?!(?:of|ended|ending|ends|and|or|to|in|was|were|is|a|an|the|that|from|when|as|"
                         r"compared|with|because|despite|amid|last|this|next|earlier|ago)\b)[a-z]")


def h_quarter_rel(m: re.Match, ctx: Ctx) -> Timex | None:
    if ctx.dct is None:
        return None
    r = re.sub(r"\s+", " ", (m["r"] or m["r2"] or "").lower()).strip()
    d = ctx.dct
    if r == "next":
        val, gran = V.at_granularity(V.add_months(d, 3), "Q")
        return Timex(m.start(), m.end(), val, "DATE", gran, True)
    if r in ("", "latest", "most recent", "this") and ctx.quarter() and (r or m["u"].lower() == "quarter"):
        # an earnings report names its quarter once ("the fiscal first quarter") and then says
        # "the quarter", "this quarter", "the latest period": the quarter the text is about
        return Timex(m.start(), m.end(), ctx.quarter(), "DATE", "range", True, anchor=False)
    ended = _QUARTER_ENDED.match(ctx.text, m.end()) if not r and ctx.lang == "en" else None
    if ended and _mo(ended["mon"], ctx.lang):
        # "the quarter ended July 31" with no quarter named before: the calendar quarter that holds most
        # of the three months up to that day (May-July: the second); a fiscal name ("its fourth quarter
        # ended June 30") is handled by the quarter rule
        mon = _mo(ended["mon"], ctx.lang)
        mid = V.add_months(date(d.year, mon, 1), -1)
        if mid > d:
            mid = V.add_months(mid, -12)
        val, gran = V.at_granularity(mid, "Q")
        ctx.last_value = val
        ctx.note_quarter(val)
        return Timex(m.start(), m.end(), val, "DATE", gran, True)
    if r in ("current", "this"):
        qd = d
    elif r in ("year-ago", "year-earlier", "year-before", "comparable", "prior-year", "corresponding"):
        qd = V.add_months(d, -15)
    elif r in ("same", "that"):
        if ctx.last_quarter or ctx.probe:
            return Timex(m.start(), m.end(), ctx.last_quarter or "XXXX-QX", "DATE", "range", True, anchor=False)
        return None
    elif m["u"].lower() == "period" and not r:
        return None
    else:
        qd = V.add_months(d, -3)
    if r in ("year-ago", "year-earlier", "year-before", "prior-year") and m["u"].lower() == "period" and (
            _long_period(ctx, m.start())):
        val, gran = str(qd.year if not ctx.quarter() else int(ctx.quarter()[:4]) - 1), "year"  # "the nine months ..."
    elif r in ("year-ago", "year-earlier", "year-before", "comparable", "prior-year", "corresponding") and ctx.quarter():
        val, gran = f"{int(ctx.quarter()[:4]) - 1}{ctx.quarter()[4:]}", "range"
    else:
        val, gran = V.at_granularity(qd, "Q")
    ctx.last_value = val
    if r not in ("year-ago", "year-earlier", "year-before", "comparable", "prior-year", "corresponding"):
        ctx.note_quarter(val)
    return Timex(m.start(), m.end(), val, "DATE", gran, True)


_QUARTER_ENDED = re.compile(r"\s+(?:ended|ending)\s+(?:on\s+)?(?P<mon>[A-Z][a-z]+)\.?\s+\d{1,2}\b")


def h_quarter_ago(m: re.Match, ctx: Ctx) -> Timex | None:
    """"the quarter a year ago", "last year's period", "the same period last year": the quarter the text is
    about (or the last completed one), a year earlier."""
    if ctx.dct is None:
        return None
    q = ctx.quarter() or V.at_granularity(V.add_months(ctx.dct, -3), "Q")[0]
    if "quarter" not in m.group().lower() and _long_period(ctx, m.start()):
        return Timex(m.start(), m.end(), str(int(q[:4]) - 1), "DATE", "year", True, anchor=False)
    return Timex(m.start(), m.end(), f"{int(q[:4]) - 1}{q[4:]}", "DATE", "range", True, anchor=False)


def h_season(m: re.Match, ctx: Ctx) -> Timex | None:
    code = L.SEASONS.get(ctx.lang, L.SEASONS["en"]).get(m["s"].lower()) or L.SEASONS["en"].get(m["s"].lower())
    if code is None:
        return None
    rel = (m["rel"] or "").lower()
    mod = _mod(m["mod"])
    if rel in ("early", "late"):
        mod, rel = _mod(rel), ""
    if _year_of(m):
        return Timex(m.start(), m.end(), f"{_year_of(m):04d}-{code}", "DATE", "season", False, mod)
    if not rel and not mod:
        prev = ctx.text[max(0, m.start() - 14):m.start()].lower().split()
        if not prev or prev[-1] not in ("in", "during", "by", "until", "since", "over", "through", "this", "last",
                                         "next", "im", "en", "cet", "cette", "ce", "diesen", "diesem"):
            return None
        if m["s"].lower() in ("fall", "spring") and prev[-1] not in ("in", "during", "by", "until", "since", "this",
                                                                      "last", "next"):
            return None
    if ctx.dct is None:
        return Timex(m.start(), m.end(), f"XXXX-{code}", "DATE", "season", True, mod)
    n = _rel_shift(rel) if rel and rel != "the" else None
    if n is None:
        t = ctx.tense(m.start(), m.end())
        cands = [V.season_value(date(ctx.dct.year + k, {"SP": 4, "SU": 7, "FA": 10, "WI": 12}[code], 15), code)
                 for k in (-1, 0, 1)]
        ivs = [(V.interval(c), c) for c in cands]
        cur = [c for iv, c in ivs if iv and iv[0] <= ctx.dct <= iv[1]]
        if cur:
            val = cur[0]
        elif t == "future":
            val = min((c for iv, c in ivs if iv and iv[0] > ctx.dct), default=cands[1])
        elif t == "past":
            val = max((c for iv, c in ivs if iv and iv[1] < ctx.dct), default=cands[1])
        else:
            val = min(ivs, key=lambda x: min(abs((x[0][0] - ctx.dct).days), abs((x[0][1] - ctx.dct).days)))[1]
    else:
        base = V.season_value(ctx.dct, code) if code != "WI" else V.season_value(ctx.dct, "WI")
        y = int(base[:4])
        this = V.interval(base)
        if n == 0:
            # "this summer" said in winter means the coming one, unless told in the past tense ("the stock
            # began trading this summer", said in November)
            if this and this[1] < ctx.dct and ctx.tense(m.start(), m.end()) != "past" \
                    and (ctx.dct - this[1]).days > 31:
                # (but "cet automne" on December 3 is the autumn just ended: by the astronomical
                # calendar it is still autumn, and nobody calls the next one "this")
                y += 1
        else:
            if this and this[0] > ctx.dct and n == -1:
                y -= 1
            elif this and this[1] < ctx.dct and n == 1:
                y += 1
            elif this and this[0] <= ctx.dct <= this[1]:
                y += n
            elif n == -1 and this and this[1] < ctx.dct:
                pass
            else:
                y += n if n == 1 and this and this[0] <= ctx.dct else 0
        val = f"{y:04d}-{code}"
    return Timex(m.start(), m.end(), val, "DATE", "season", True, mod)


# holiday -> (month, day) or a function of the year; periods are (start, end) offsets in days
# Spanish, Italian and Portuguese feast names, read as their English names
_ROMANCE_HOLIDAYS = (
    (re.compile(r"fiestas navideñas|feste natalizie|festas de natal|vacaciones de navidad|vacanze di natale|"
                r"férias de natal|fiestas de fin de año|festas de fim de ano"), "festive"),
    (re.compile(r"nochebuena|vigilia di natale|véspera de natal|consoada"), "christmas eve"),
    (re.compile(r"nochevieja|notte di capodanno|véspera de ano novo|passagem de ano"), "new year's eve"),
    (re.compile(r"año nuevo|capodanno|ano novo"), "new year"),
    (re.compile(r"navidad(?:es)?|natale|natal"), "christmas"),
    (re.compile(r"pascua|pasqua|páscoa"), "easter"),
)


def _holiday_range(name: str, year: int) -> tuple[date, date] | None:
    n = name.lower()
    n = re.sub(r"\s+", " ", n)
    for rx, english in _ROMANCE_HOLIDAYS:
        if rx.fullmatch(n):
            n = english
            break
    if "orthodox christmas" in n:
        return date(year, 1, 7), date(year, 1, 7)
    # ("les fêtes de fin d'année" are the festive season, Christmas to New Year, below)
    if re.search(r"new year|neujahr|nouvel an|jour de l'an|neujahrs", n) and "fin d'année" not in n:
        if re.search(r"eve|silvester|réveillon|saint-sylvestre", n):
            return date(year - 1, 12, 31), date(year - 1, 12, 31)
        if re.search(r"holiday|break|season|celebrations|feiertag|ferien|fêtes|vacances|congés", n):
            return date(year, 1, 1), date(year, 1, 8)
        return date(year, 1, 1), date(year, 1, 1)
    if re.search(r"winter holidays|festive|year-end|winterferien|weihnachtsferien|feiertage|fêtes|vacances de noël|"
                 r"fin d'année", n):
        return date(year - 1, 12, 24), date(year, 1, 8)
    if "christmas eve" in n or "heiligabend" in n:
        return date(year, 12, 24), date(year, 12, 24)
    if re.search(r"christmas|weihnacht|noël", n):
        if re.search(r"holiday|break|feiertag|ferien|vacances", n):
            return date(year, 12, 24), date(year, 12, 26)
        return date(year, 12, 25), date(year, 12, 25)
    if re.search(r"easter week|holy week", n):
        e = V.easter(year)  # Holy Week: Palm Sunday's Monday to Easter Sunday, one ISO week
        return e - timedelta(days=6), e
    if re.search(r"easter|ostern|pâques", n):
        e = V.easter(year)
        if "monday" in n or "montag" in n or "lundi" in n:
            e += timedelta(days=1)
        return e, e
    if "thanksgiving" in n:
        d = V.nth_weekday(year, 11, 4, 4)
        return d, d
    if "independence day" in n:
        return date(year, 7, 4), date(year, 7, 4)
    if "election day" in n:
        # the US Election Day: the Tuesday after the first Monday of November
        d = V.nth_weekday(year, 11, 1, 1) + timedelta(days=1)
        return d, d
    if "labor day" in n:
        d = V.nth_weekday(year, 9, 1, 1)
        return d, d
    if "memorial day" in n:
        d = V.nth_weekday(year, 5, 1, -1)
        return d, d
    if "halloween" in n:
        return date(year, 10, 31), date(year, 10, 31)
    if "valentine" in n:
        return date(year, 2, 14), date(year, 2, 14)
    if "silvester" in n or "saint-sylvestre" in n or "réveillon" in n:
        return date(year, 12, 31), date(year, 12, 31)
    return None


# "after the holidays" = the ten days that follow; "immediately after" = the seven days that follow;
# "before" = the seven days before. Documented in docs/time.md.
AFTER_DAYS = 10
IMMEDIATELY_AFTER_DAYS = 7
BEFORE_DAYS = 7


_FOR_BEFORE = re.compile(r"\b(?:for|pour|für|para|per)\s+(?:the\s+|les\s+|la\s+|die\s+|las\s+|os\s+|le\s+)?$", re.I)


# "the Christmas market", "le marché de Noël", "il mercatino di Natale": a thing named for the
# feast, not a time
# (also with a word between: "the Christmas fir tree", "the Christmas street market")
_FEAST_THING_AFTER = re.compile(r"\s+(?:(?!(?:the|a|an|and|or|to|in|on|at|for|with|is|was|were|will|its|their|this)\b)"
                                r"[a-z][\w\-]*\s+)?(?:markets?|trees?|lights|fairs?|cards?|carols?|decorations?|presents?|gifts?|"
                                r"jumpers?|puddings?|cakes?|beers?|menus?|shops?|shopping|stalls?|villages?|concerts?|"
                                r"displays?|windows?|songs?|films?|shows?|appeal|hampers?|bonus(?:es)?|ornaments?|"
                                r"stockings?|crackers?|wreaths?|illuminations|grotto|parade|pantomime|panto)\b", re.I)
_FEAST_THING_BEFORE = re.compile(r"\b(?:marchés?|sapins?|chalets?|illuminations|mercados?|mercatin[oi]|árbol(?:es)?|"
                                 r"alber[oi]|árvores?|feiras?|fier[ae]|luces|luci|luzes|cestas?|lotería|lotteria|"
                                 r"concert[oi]?|conciertos?|regal[oi]|presentes?|villages?)\s+(?:de|di|du|del|da|do)\s+"
                                 r"(?:la\s+|l['’])?$", re.I)


def h_holiday(m: re.Match, ctx: Ctx) -> Timex | None:
    name = m["h"]
    if _FEAST_THING_AFTER.match(ctx.text, m.end("h")) or _FEAST_THING_BEFORE.search(
            ctx.text, max(0, m.start("h") - 30), m.start("h")):
        return None
    if name[:8].lower() == "election" and not name.startswith("Election Day"):
        return None  # "election day" of some vote; the capitalised name is the US Election Day
    prep = re.sub(r"\s+", " ", (m["prep"] or "").lower())
    # (Spanish, Italian and Portuguese prepositions read as their English ones)
    prep = "after" if prep in ("tras", "dopo") or prep.startswith(("después", "depois")) else \
        "before" if prep.startswith(("antes", "prima")) else prep
    adv = (m["adv"] or "").lower()
    endof = (m["endof"] or "").lower()
    if ctx.dct is None:
        return None
    t = ctx.tense(m.start(), m.end())
    if prep in ("after", "nach", "après", "since", "seit", "depuis") and t is None:
        t = "future"
    if t == "past" and _FOR_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        t = None  # "had booked flights for the Christmas holidays": what was booked is the next one
    cands = [(y, r) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1) if (r := _holiday_range(name, y))]
    if not cands:
        return None
    hrel = re.sub(r"\s+", " ", (m.groupdict().get("hrel") or "").lower())
    if hrel in ("last", "this past"):  # "last Thanksgiving": the latest one before today
        pool = [c for c in cands if c[1][1] < ctx.dct] or cands
        y, (a, b) = max(pool, key=lambda c: c[1][0])
    elif hrel in ("next", "this coming"):
        pool = [c for c in cands if c[1][0] > ctx.dct] or cands
        y, (a, b) = min(pool, key=lambda c: c[1][0])
    elif t == "future":
        pool = [c for c in cands if c[1][1] >= ctx.dct] or cands
        y, (a, b) = min(pool, key=lambda c: c[1][0])
    elif t == "past":
        pool = [c for c in cands if c[1][0] <= ctx.dct] or cands
        y, (a, b) = max(pool, key=lambda c: c[1][0])
    else:
        y, (a, b) = min(cands, key=lambda c: min(abs((c[1][0] - ctx.dct).days), abs((c[1][1] - ctx.dct).days)))
    mod = None
    weekend = bool(m.groupdict().get("wkend")) and a == b
    if weekend:
        # "the Labor Day weekend", "the Easter weekend": the weekend next to the day (a Monday holiday ends the
        # weekend before it, a Friday one starts the weekend after it)
        sat = a + timedelta(days={1: -2, 2: -3, 3: -4, 4: 2, 5: 1, 6: 0, 7: -1}[a.isoweekday()])
        a, b = sat, sat + timedelta(days=1)
    end = m.end() if weekend or not m.groupdict().get("wkend") else m.start("wkend")  # several days: no one weekend
    if endof in ("end", "ende", "fin"):
        prep = prep or "after"  # "after the end of the holidays" == "after the holidays"
    if prep in ("after", "nach", "après", "since", "seit", "depuis"):
        days = IMMEDIATELY_AFTER_DAYS if adv in ("immediately", "right", "just", "unmittelbar", "direkt",
                                                  "gleich", "juste", "aussitôt", "dès") else AFTER_DAYS
        a, b = b + timedelta(days=1), b + timedelta(days=days)
        mod = "AFTER"
    elif prep in ("before", "vor", "avant"):
        a, b = a - timedelta(days=BEFORE_DAYS), a - timedelta(days=1)
        mod = "BEFORE"
    if weekend and not mod:
        val, gran = V.week(a) + "-WE", "week"
    elif a == b:
        val, gran = V.day(a), "day"
    elif not mod and re.search(r"(?:easter|holy)\s+week", name, re.I):
        val, gran = V.week(b), "week"
    else:
        val, gran = f"{V.day(a)}/{V.day(b)}", "range"
    ctx.last = a
    ctx.last_value = val
    start = m.start()
    if prep in ("during", "over", "until", "by") and not adv and not endof:
        start = m.end("prep")  # the preposition changes nothing here: outside the extent, as TimeML has it
    return Timex(start, end, val, "DATE", gran, True, mod)


_CLOCK_PREP = re.compile(r"\b(?:at|by|until|till|around|about|before|after|since|from)\s+(?:" + APPROX_EN + r")?$", re.I)
_AMPM = re.compile(r"[ap]\.?m\.?", re.I)


_LATER_DAY = re.compile(r"\s*(?:\([^()]{1,24}\)\s*)?(?:on\s+)?(?P<wd>" + "|".join(L.WEEKDAYS["en"]) + r")\b", re.I)


def _day_of(word: str | None, m: re.Match, ctx: Ctx) -> tuple[date | None, bool]:
    if not word:
        if ctx.lang == "en" and ctx.dct is not None and not ctx.probe:
            # "at 10:35 a.m. (0735 GMT) Friday": the weekday after a parenthesis still names the day
            lm = _LATER_DAY.match(ctx.text, m.end())
            if lm and lm["wd"][0].isupper():
                return _weekday(L.WEEKDAYS["en"][lm["wd"].lower()], None, ctx, lm.start("wd"), lm.end("wd")), True
            if ctx.last_value and len(ctx.last_value) == 10 and ctx.last != ctx.dct:
                # a clock time with no day of its own happens on the day the text is telling about
                return ctx.last, True
        return ctx.dct, True
    w = word.lower()
    if w in _DEICTIC:
        return (ctx.dct + timedelta(days=_DEICTIC[w]) if ctx.dct else None), True
    wd = _wd(word, ctx.lang)
    if wd:
        return _weekday(wd, None, ctx, m.start(), m.end()), True
    mm = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2})", word)
    if mm and (mon := _mo(mm[1], ctx.lang)):
        return _day_year(mon, int(mm[2]), ctx, m.start(), m.end()), True
    return ctx.dct, True


def h_time(m: re.Match, ctx: Ctx) -> Timex | None:
    gd = m.groupdict()
    if gd.get("nm"):
        if gd["nm"].lower() == "noon" and re.search(r"\bhigh\s+$", ctx.text[max(0, m.start("nm") - 6):m.start("nm")], re.I):
            return None  # "high noon", the showdown (and the film), not twelve o'clock
        hh, mi = (12, 0) if gd["nm"].lower() in ("noon", "midday") else (24, 0)
    elif gd.get("h4"):
        hh, mi = int(gd["h4"]), int(gd["mi4"])
    elif gd.get("h3"):
        if not _CLOCK_PREP.search(ctx.text, max(0, m.start("h3") - 14), m.start("h3")):
            return None  # "won 10:30", a score or a ratio: only after a preposition is it a time of day
        hh, mi = int(gd["h3"]), int(gd["mi3"])
        if hh < 12 and (gd.get("dpart") or "").lower() in ("afternoon", "evening"):
            hh += 12
    elif gd.get("pod"):
        h2 = gd["h2"].lower()
        hh = int(h2) if h2.isdigit() else _CLOCK_WORDS[h2]
        mi = int(gd["mi2"]) if gd.get("mi2") else 0
        if not 1 <= hh <= 12:
            return None
        if not _CLOCK_PREP.search(ctx.text, max(0, m.start("h2") - 14), m.start("h2")):
            return None  # "ranked 4 in the morning poll": only after a preposition is the number an hour
        pod = gd["pod"].lower()
        if pod.endswith("morning"):
            hh = 0 if hh == 12 else hh
        elif hh != 12:
            hh += 12  # "in the afternoon/evening"
    else:
        hh = int(gd["h"])
        mi = int(gd["mi"]) if gd.get("mi") else 0
        ap = gd.get("ap")
        if ap:
            if hh > 12 or hh == 0:
                return None
            if ap.lower().startswith("p") and hh != 12:
                hh += 12
            elif ap.lower().startswith("a") and hh == 12:
                hh = 0
        if hh > 24 or mi > 59:
            return None
    d, _ = _day_of(gd.get("day") or gd.get("day2"), m, ctx)
    base = V.day(d) if d else "XXXX-XX-XX"
    val = f"{base}T{hh:02d}:{mi:02d}"
    return Timex(m.start(), m.end(), val, "TIME", "time", True, _approx(gd.get("approx")), anchor=False)


def h_set(m: re.Match, ctx: Ctx) -> Timex | None:
    gd = m.groupdict()
    if gd.get("adv"):
        val = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
               "quarterly": "P1Q", "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
               "semiannually": "P6M", "täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M",
               "jährlich": "P1Y", "quotidien": "P1D", "quotidienne": "P1D", "hebdomadaire": "P1W",
               "mensuel": "P1M", "mensuelle": "P1M", "annuel": "P1Y", "annuelle": "P1Y"}.get(gd["adv"].lower())
        if val is None:
            return None
        return Timex(m.start(), m.end(), val, "SET", _UNIT_GRAN.get(val[-1], "day"), False, anchor=False)
    w = gd["u"]
    if (wd := _wd(w.rstrip("s"), ctx.lang)) and w[0].isupper():
        part = gd.get("part")
        v = f"XXXX-WXX-{wd}" + (f"T{L.PARTS_OF_DAY[part.lower().rstrip('s')]}" if part else "")
        return Timex(m.start(), m.end(), v, "SET", "day", False, anchor=False)
    if (mon := _mo(w, ctx.lang)) and w[0].isupper():
        return Timex(m.start(), m.end(), f"XXXX-{mon:02d}", "SET", "month", False, anchor=False)
    code = L.SEASONS["en"].get(w.lower())
    if code:
        return Timex(m.start(), m.end(), f"XXXX-{code}", "SET", "season", False, anchor=False)
    if w.lower() in L.PARTS_OF_DAY:
        return Timex(m.start(), m.end(), f"XXXX-XX-XXT{L.PARTS_OF_DAY[w.lower()]}", "SET", "time", False,
                     anchor=False)
    unit = _unit(w, ctx.lang)
    if unit is None:
        return None
    n = _num(gd["n"], ctx.lang) if gd.get("n") else 2 if gd.get("other") else 1
    if not isinstance(n, (int, float)) or n <= 0 or not float(n).is_integer():
        return None  # "every 2 1/2 weeks": the duration rule writes the halves
    if unit == "DE":
        n, unit = n * 10, "Y"
    return Timex(m.start(), m.end(), _dur(n, "MIN" if unit == "MIN" else unit) if unit != "MIN" else f"PT{n}M",
                 "SET", _UNIT_GRAN.get(unit, "range"), False, anchor=False)


# --------------------------------------------------------------------------- rule tables

_CATEGORY_ESCAPES = {_sp.CATEGORY_DIGIT: r"\d", _sp.CATEGORY_NOT_DIGIT: r"\D", _sp.CATEGORY_SPACE: r"\s",
                     _sp.CATEGORY_NOT_SPACE: r"\S", _sp.CATEGORY_WORD: r"\w", _sp.CATEGORY_NOT_WORD: r"\W"}


def _first_chars(seq) -> set[str] | None:
    """The characters a match of the parsed pattern ``seq`` can begin with, or None when any could (or the
    pattern can match the empty string)."""
    acc: set[str] = set()
    for op, av in seq:
        if op in (_sp.AT, _sp.ASSERT, _sp.ASSERT_NOT):
            continue  # zero-width: the first character comes from what follows
        if op is _sp.LITERAL:
            acc.add(re.escape(chr(av)))
            return acc
        if op is _sp.IN:
            for iop, iav in av:
                if iop is _sp.LITERAL:
                    acc.add(re.escape(chr(iav)))
                elif iop is _sp.RANGE and iav[1] - iav[0] < 64:
                    acc.update(re.escape(chr(c)) for c in range(iav[0], iav[1] + 1))
                elif iop is _sp.CATEGORY and iav in _CATEGORY_ESCAPES:
                    acc.add(_CATEGORY_ESCAPES[iav])  # the same escape inside a class matches the same characters
                else:
                    return None  # a negation or a wide range
            return acc
        if op is _sp.SUBPATTERN:
            alts, nullable = [av[-1]], False
        elif op is _sp.BRANCH:
            alts, nullable = av[1], False
        elif op in (_sp.MAX_REPEAT, _sp.MIN_REPEAT):
            alts, nullable = [av[2]], av[0] == 0
        else:
            return None
        for alt in alts:
            sub = _first_chars(alt)
            if sub is None:
                # the alternative may also be empty: only a subpattern that cannot be empty bounds the set
                return None
            acc |= sub
        if not nullable:
            return acc
    return None  # everything was optional: the match may start with anything that follows


def _c(p: str, flags: int = re.I) -> re.Pattern:
    """Compile ``p``; when its first character is bounded, prefix a one-class lookahead. The regex engine
    then rejects most positions with one class test instead of entering every alternative (case-insensitive
    alternations get no literal-prefix scan), which makes scans 2-3x faster and matches nothing else: the
    class holds every character any match can start with, and ``re.I`` folds it like the literals."""
    try:
        parsed = _sp.parse(p, flags)
        first = _first_chars(parsed)
    except Exception:  # pragma: no cover - a construct the walker does not know: keep the plain pattern
        parsed, first = None, None
    if first and (flags & re.I or "(?i" not in p):  # a case-insensitive part would escape a plain class
        guard = "(?=[" + "".join(sorted(first)) + "])"
        if len(parsed) == 1 and parsed[0][0] is _sp.BRANCH:
            # a top-level alternation ("\d\s*[ap]\.?m|noon|..."): the guard must front all of it, not its first branch
            return re.compile(guard + "(?:" + p + ")", flags)
        if p.startswith(r"\b"):
            return re.compile(r"\b" + guard + p[2:], flags)  # the cheaper word-boundary test first
        return re.compile(guard + p, flags)
    return re.compile(p, flags)


_CLOCK_WORDS = {w: i + 1 for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight",
                                                 "nine", "ten", "eleven", "twelve"))}
WDPRE_EN = r"(?:(?P<wd>" + WD_EN + r"),?\s+(?:the\s+)?)?"
_ZONE_EN = (r"\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|MSK|local\s+time|Moscow\s+time|"
            r"(?:Eastern|Central|Mountain|Pacific)\s+time)")
# a 24-hour clock ("at 14:30 local time", "00:01 GMT on Friday") counts only with its zone: a bare "14:30" may be
# a score or a running time
TIMEPART_EN = (r"(?P<approx>" + APPROX_EN + r")?(?:(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s*"
               r"(?P<ap>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)|\b(?P<nm>noon|midnight|midday)|"
               r"\b(?P<h4>[01]?\d|2[0-3]):(?P<mi4>[0-5]\d)(?=" + _ZONE_EN + r"\b))(?:" + _ZONE_EN + ")?")
# clock times without a.m./p.m., told by the part of the day named with them: "at 4 in the morning", "at 10:30
# Tuesday morning" (after a preposition). Their rules share the part-of-day trigger (a trigger of their own would
# cost a scan of every text, and "at night" or "10:30" alone one for a much commoner word)
CLOCKPART_EN = (r"\b(?P<h2>\d{1,2}|" + _alt(_CLOCK_WORDS) + r")(?::(?P<mi2>[0-5]\d))?(?:\s+o'clock)?\s+"
                r"(?P<pod>in\s+the\s+(?:morning|afternoon|evening))\b(?:" + _ZONE_EN + ")?")
CLOCKMIN_EN = (r"\b(?P<h3>[01]?\d|2[0-3]):(?P<mi3>[0-5]\d)\b(?:" + _ZONE_EN + r")?,?\s+(?:on\s+)?(?:(?P<day>" + WD_EN +
               r"|today|yesterday|tomorrow)\s+)?(?P<dpart>morning|afternoon|evening)\b")

_DAYTAIL_EN = r"(?:,?\s+(?:on\s+)?(?P<day>" + WD_EN + r"|today|yesterday|tomorrow|(?:" + MON_EN + r")\.?\s+\d{1,2})\b)?"

EN_RULES: list[tuple[str, re.Pattern, Handler]] = [
    ("iso", _c(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2}))?\b"), h_iso),
    ("numdate", _c(r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d])"),
     h_numdate),
    ("weekof", _c(r"\bthe\s+week\s+of\s+(?P<wd>)(?P<mon>" + MON_EN + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b"
                  r"(?![:.,]?\d)(?:,?\s+(?P<y>" + YEAR4 + r")\b)?"), h_weekof),
    ("weekofmonth", _c(r"\bthe\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<mon>" + MON_EN +
                       r")\b\.?(?:,?\s+(?P<y>" + YEAR4 + r")\b)?"), h_week_of_month),
    ("qnotation", _c(r"\b(?:(?P<q>Q[1-4])|(?P<h>H[12]))(?:\s+|-)?(?:FY\s?)?(?P<y>" + YEAR4 +
                     r"|'\d\d)?\b", 0), h_qnotation),
    ("fynotation", _c(r"\bFY\s?(?P<y>" + YEAR4 + r"|'?\d\d)\b", 0), h_fynotation),
    ("mdy", _c(WDPRE_EN + r"\b(?P<mon>" + MON_EN + r")(?:\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?![:.,]?\d)|"
               r"\s+(?:the\s+)?(?P<ord>" + _alt(_DAY_ORDINALS) + r")\b)"
               r"(?:,?\s+(?:(?P<y>" + YEAR4 + r")\b|(?P<sy>" + SPELLED_YEAR_EN + r")))?"), h_mdy),
    ("dmy", _c(WDPRE_EN + r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<mon>" + MON_EN + r")\b\.?"
               r"(?:,?\s+(?P<y>" + YEAR4 + r")\b)?"), h_dmy),
    ("month", _c(r"\b" + MODPRE_EN + r"(?:(?P<rel>last|this|next|this\s+coming|coming|past)\s+)?"
                 r"(?P<mon>" + MON_EN + r")\b\.?(?:,?\s+(?:of\s+)?(?:(?P<y>" + YEAR4 + r")\b|(?P<sy>" + SPELLED_YEAR_EN +
                 r"))|\s+(?P<ry>this|last|next)\s+year\b)?"),
     h_month),
    ("year", _c(r"\b" + MODPRE_EN + r"(?:(?P<fy>fiscal|calendar|FY|model)\s*(?:year\s+)?)?(?:the\s+year\s+)?"
                r"(?<![\d$£€.,])(?P<y>" + YEAR4 + r")(?![\d%]|,\d|\.\d|s\b|'s\b)"), h_year),
    ("decade", _c(r"\b" + MODPRE_EN + r"(?:the\s+)?(?P<pre>(?:early|late|mid)[\s-]+)?"
                  r"(?:(?P<c>1[5-9]|20)(?P<d>\d)0s\b|'(?P<d2>\d)0s\b)"), h_decade),
    ("spelled_decade", _c(r"\b" + MODPRE_EN + r"the\s+(?P<pre>(?:early|late|mid)[\s-]+)?(?P<nt>nineteen[\s-]?)?"
                          r"(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
     h_spelled_decade),
    ("spelled_year", _c(r"\b(?:the\s+year\s+)?(?:nineteen[\s-](?P<t>ten|twenty|thirty|forty|fifty|sixty|seventy|"
                        r"eighty|ninety)(?:[\s-](?P<u>" + _ONES + r"))?\b|two[\s-]thousand(?:[\s-](?:and[\s-])?"
                        r"(?P<u2>" + _ONES + r"))?\b)"), h_spelled_year),
    ("century", _c(r"\b" + MODPRE_EN + r"(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|" + _alt(L.ORDINALS) +
                   r")[\s-]century\b"), h_century),
    ("weekday", _c(r"\b(?:(?P<rel>last|this\s+past|this|next|this\s+coming|coming|past|earlier|later|early|late|"
                   r"the\s+(?:previous|preceding|following|next))\s+)?"
                   r"(?P<wd>" + WD_EN + r")\b(?!s\b)(?:\s+(?P<part>morning|afternoon|evening|night)\b)?"), h_weekday),
    ("deictic", _c(r"\b(?:(?P<rel>earlier|later|late|early)\s+)?(?P<w>the\s+day\s+before\s+yesterday|"
                   r"the\s+day\s+after\s+tomorrow|last\s+night|today|tonight|yesterday|tomorrow)\b"
                   r"(?:\s+(?P<part>morning|afternoon|evening|night)\b)?"), h_deictic),
    ("partofday", _c(r"\b(?:(?:earlier|later)\s+this|this|mid[\s-]?)\s*(?P<part>morning|afternoon|evening)\b"
                     r"(?:,?\s+(?P<day>yesterday|today|tomorrow)\b)?"),
     h_partofday),
    ("ref", _c(r"\b(?P<w>now|nowadays|currently|at\s+present|presently|at\s+the\s+moment|right\s+now|"
               r"these\s+days|recently|lately|the\s+past|formerly|the\s+(?:near\s+)?future|current|"
               r"as\s+soon\s+as\s+possible|soon|the\s+(?:near|short)\s+term|"
               r"the\s+(?:weeks|months|days|years|week|month|year|day)\s+ahead|the\s+years|"
               r"a\s+while|past\s+(?:years|decades)|"
               r"(?:future|coming)\s+(?:quarters|years)|"
               r"recent(?:\s+(?:years|months|weeks|days|quarters))?|(?:the\s+)?coming\s+(?:months|years|weeks|days)|"
               r"a\s+(?:later|future)\s+date)\b"),
     h_ref),
    ("relunit", _c(r"\b" + MODPRE_EN + r"(?P<rel>this\s+past(?=\s+week)|this|last|next|past|the\s+past|the\s+previous|the\s+coming|"
                   r"the\s+current|the\s+same|the\s+last|earlier\s+this|later\s+this|the\s+next|the\s+latest|the|"
                   r"(?:earlier\s+|later\s+)?that)\s+"
                   r"(?:fiscal\s+)?(?P<unit>week|weekend|month|year|decade|century)\b(?!-)"), h_relunit),
    ("yearend", _c(r"\b(?P<pre>(?:since|from)\s+)?(?:around\s+)?(?:year[\s-]end|year's\s+end)\b(?![\s-]+[a-z])"), h_yearend),
    ("weekend", _c(r"\bthe\s+weekend\b"), h_weekend),
    ("yearquarter", _c(r"\bthe\s+(?P<y>" + YEAR4 + r")\s+(?:quarter|period)\b"), h_year_quarter),
    ("theyear", _c(r"\bthe\s+(?:(?:fiscal|full|calendar|current)\s+)?year\b(?![\s-]+(?:earlier|ago|before|after|later))"),
     h_theyear),
    ("inthe", _c(r"\b(?P<mod>)(?P<rel>(?:earlier|later)\s+in\s+the)\s+(?P<unit>year|month|week|day)\b"), h_relunit),
    ("ago", _c(r"\b(?P<approx>" + APPROX_EN + r")?(?P<n>" + NUM_EN + r")[\s-]+(?P<unit>" + UNIT_EN + r")\s+(?:or\s+so\s+)?"
               r"(?P<dir>ago|earlier|later|from\s+now|hence|previously|from\s+(?:today|tomorrow|this\s+)?(?:" + WD_EN +
               r")|from\s+(?:today|tomorrow))\b"), h_ago),
    ("yearago", _c(r"\b(?:the\s+)?year[\s-](?:earlier|ago)\b(?![\s-]+(?:quarter|period|level))"), h_yearago),
    ("dayand", _c(r"\b(?P<mon>" + MON_EN + r")\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through)\s+|\s*[-\u2013]\s*)"
                  r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?![:.,]?\d)(?:,?\s+(?P<y>" + YEAR4 + r")\b)?"
                  r"(?=\s*(?:[.,;:)'\"]|$)|\s+(?:and|in|at|to|when|as|with|for|on|the|of|by|from)\b)"), h_dayand),
    ("thatday", _c(r"\b(?:(?:earlier|later)\s+)?that\s+(?:same\s+|very\s+)?(?:day|(?P<part>morning|afternoon|evening|"
                   r"night))\b(?!-|\s+(?:shifts?|clubs?|life|sky|skies|vision|school|market|trains?|flights?|owls?|watch|guards?|"
                   r"sessions?|classes|services?)\b)"), h_thatday),
    ("dayrel", _c(r"\bthe\s+day\s+(?P<dir>before|after)\s+(?=[A-Z0-9]|last\s|next\s|this\s)"), h_dayrel),
    ("anchored", _c(r"\b(?:the\s+(?P<rel>next|following|previous|preceding|same|prior)\s+(?P<unit>day|week|month|"
                    r"year|weekend)|the\s+(?P<unit2>day|week|month|year)\s+(?P<rel2>before|after)(?P<nl>\s+(?:next|last)(?![\w-]|\s+\w))?)\b"
                    r"(?P<part>)"), h_anchored),
    ("anchoredpart", _c(r"\bthe\s+(?P<rel3>next|following|previous|preceding)\s+(?P<part>morning|afternoon|evening)"
                        r"\b(?P<rel>)(?P<rel2>)(?P<unit>)(?P<unit2>)(?P<nl>)"), h_anchored),
    ("duration", _c(r"\b(?P<approx>" + APPROX_EN + r")?(?:(?P<art>the|a|an)\s+)?(?:(?P<pl>past|last|next|first|coming|"
                    r"previous|final|following|remaining|latest|recent|other|entire|whole|full|initial|year-earlier|year-ago)\s+)?"
                    r"(?P<n>" + NUM_EN + r")(?P<half2>\s+and\s+a\s+half)?"
                    r"(?:\s+(?:more|additional|extra|further|trading|business|working|consecutive|straight|successive))?[\s-]+(?P<unit>" + UNIT_EN +
                    r")\b(?P<half>\s+and\s+a\s+half\b)?"
                    r"(?:[\s-]old\b)?(?P<orso>\s+or\s+so\b)?"), h_duration),
    ("long_adjective", _c(r"\b(?P<unit>(?:second|minute|hour|day|night|week|month|year|decade)s?|century|centuries)"
                          r"-long\b"), h_long_adjective),
    ("bare_duration", _c(r"\b(?:for|over|in|within|after|lasting|took|takes|take)\s+(?:many\s+|several\s+)?"
                         r"(?P<unit>weeks|months|years|decades|days|hours|centuries|minutes)\b"), h_bare_duration),
    ("quarters_half", _c(r"\b(?:the\s+)?(?P<fl>first|last|final|second)\s+two\s+(?:fiscal\s+)?quarters\s+of\s+"
                         r"(?:(?:fiscal\s+)?(?P<y>" + YEAR4 + r")|(?P<ry>this|last|next)\s+year)\b"), h_quarters_half),
    ("quarter", _c(r"\b(?:the\s+)?(?:(?P<y1>" + YEAR4 + r")(?:'s)?\s+|fiscal\s+(?P<fy>" + YEAR4 + r")(?:'s)?\s+|"
                   r"(?P<ry>this|last|next)\s+year's\s+|(?P<ya>year-ago|year-earlier)\s+)?(?:fiscal[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|"
                   r"4th|final)(?:[\s-]+fiscal)?[\s-]+(?P<u>quarter|half|period)\b(?!s)"
                   r"(?:\s+of\s+(?:fiscal\s+)?(?P<y2>" + YEAR4 + r"))?"), h_quarter),
    ("quarter_rel", _c(r"\b(?:the\s+(?:(?P<r>latest|last|current|previous|past|recent|most\s+recent|same|year-ago|"
                       r"year-earlier|year-before|comparable|corresponding|prior-year)\s+)?|(?P<r2>last|this|next|that)\s+)"
                       r"(?:fiscal\s+)?(?P<u>quarter|period)\b(?!s|ly|-)"), h_quarter_rel),
    ("quarter_ago", _c(r"\b(?:the\s+(?:(?:same|comparable|corresponding|year-ago|year-earlier)\s+)?(?:fiscal\s+)?"
                       r"(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year)|"
                       r"last\s+year's\s+(?:(?:same|comparable|corresponding)\s+)?(?:quarter|period))\b"), h_quarter_ago),
    ("season", _c(r"\b" + MODPRE_EN + r"(?:(?P<rel>this\s+past|this|last|next|past|coming|the\s+coming|the\s+past|the|early|"
                  r"late)\s+)?(?P<s>spring|summer|fall|autumn|winter)\b(?!\s+(?:holidays|break|olympics|games))"
                  r"(?:\s+(?:of\s+)?(?:(?P<y>" + YEAR4 + r")\b|(?P<sy>" + SPELLED_YEAR_EN + r")))?"), h_season),
    ("holiday", _c(r"\b(?:(?P<adv>immediately|right|shortly|soon|just)\s+)?(?:(?P<prep>after|before|during|over|"
                   r"until|since|by)\s+)?(?:the\s+)?(?:(?P<endof>end|beginning|start)\s+of\s+(?:the\s+)?)?"
                   r"(?:(?P<hrel>last|next|this\s+past|this\s+coming|this)\s+)?(?P<h>New\s+Year(?:'s)?(?:\s+(?:holidays?|holiday\s+season|break|Day|Eve|celebrations))?|"
                   r"(?:Orthodox\s+)?Christmas(?:\s+(?:holidays?|Day|Eve|break))?|"
                   r"(?:winter|festive|year-end)\s+(?:holidays|break|season)|Easter(?:\s+(?:holidays?|Sunday|"
                   r"Monday|week))?|Holy\s+Week|Thanksgiving(?:\s+Day)?|Independence\s+Day|Election\s+Day|Labor\s+Day|Memorial\s+Day|Halloween|"
                   r"Valentine's\s+Day)\b(?P<wkend>\s+weekend\b)?"), h_holiday),
    ("time", _c(TIMEPART_EN + _DAYTAIL_EN), h_time),
    ("daytime", _c(r"\b(?P<day2>" + WD_EN + r"|today|yesterday|tomorrow)(?:,)?\s+(?:at\s+)?" + TIMEPART_EN),
     h_time),
    ("clock", _c(CLOCKPART_EN + _DAYTAIL_EN), h_time),
    ("clockmin", _c(CLOCKMIN_EN), h_time),
    # "every four years", "every 15 minutes": a counted recurrence ("every five shares" is no time)
    ("setn", _c(r"\bevery\s+(?P<n>" + NUM_EN + r")\s+(?P<u>(?:second|minute|hour|day|week|month|year|decade)s)\b"), h_set),
    ("set", _c(r"\b(?:(?:every|each|per)\s+(?P<other>other\s+)?(?P<u>day|week|month|year|quarter|hour|minute|"
               r"morning|evening|night|weekend|" + WD_EN + "|" + MON_EN + r"|spring|summer|fall|autumn|winter)"
               r"(?:\s+(?P<part>night|morning|evening))?\b)"), h_set),
    ("wdset", _c(r"(?<=\bon\s)(?P<u>(?:" + WD_EN + r")s)\b(?:\s+(?P<part>nights|mornings|evenings))?"), h_set),
    # "Tuesday nights", "Saturday mornings": a plural part of a weekday recurs
    ("wdpartset", _c(r"\b(?P<u>" + WD_EN + r")\s+(?P<part>nights|mornings|evenings|afternoons)\b"), h_set),
]


_INNER_DAY = {name: (rx, h) for name, rx, h in EN_RULES if name in ("weekday", "mdy", "holiday")}

# --------------------------------------------------------------------------- German and French patterns
# Shared handlers; the patterns use the same group names as the English ones.

MON_DE = _alt(L.MONTHS["de"])
WD_DE = _alt(L.WEEKDAYS["de"])
NUM_DE = r"(?:\d+(?:[.,]\d+)?|" + _alt(L.NUMBERS["de"]) + r")"
UNIT_DE = _alt(L.UNITS["de"])
MODPRE_DE = r"(?P<mod>(?:Anfang|Ende|Mitte|Beginn)(?:\s+de[sr])?\s+)?"

DE_RULES: list[tuple[str, re.Pattern, Handler]] = [
    EN_RULES[0][:3], EN_RULES[1][:3],
    ("dmy", _c(r"\b(?:(?P<wd>" + WD_DE + r"),?\s+(?:de[nm]\s+)?)?(?P<d>\d{1,2})\.\s*(?P<mon>" + MON_DE + r")\b\.?"
               r"(?:\s+(?P<y>" + YEAR4 + r")\b)?"), h_dmy),
    ("month", _c(r"\b" + MODPRE_DE + r"(?:(?P<rel>letzten|vergangenen|nächsten|kommenden|diesen)\s+)?"
                 r"(?P<mon>" + MON_DE + r")\b\.?(?:\s+(?P<y>" + YEAR4 + r")\b|\s+(?P<ry>dieses|letzten|"
                 r"vergangenen|nächsten)\s+Jahres\b)?"), h_month),
    ("year", _c(r"\b" + MODPRE_DE + r"(?:(?P<fy>Geschäftsjahr|Jahr)\s+)?(?<![\d$£€.,])(?P<y>" + YEAR4 +
                r")(?![\d%]|,\d|\.\d)"), h_year),
    ("weekday", _c(r"\b(?:(?P<rel>letzten|vergangenen|nächsten|kommenden|diesen|vorigen)\s+)?(?P<wd>" + WD_DE +
                   r")\b(?:\s*(?P<part>morgen|vormittag|nachmittag|abend|nacht)\b)?"), h_weekday),
    ("deictic", _c(r"\b(?P<rel>)(?P<w>heute\s+abend|vorgestern|übermorgen|heute|gestern|morgen)\b"
                   r"(?:\s+(?P<part>Morgen|Vormittag|Nachmittag|Abend|Nacht)\b)?", 0), h_deictic),
    ("ref", _c(r"\b(?P<w>jetzt|derzeit|zurzeit|aktuell|gegenwärtig|bald|künftig|kürzlich|neulich|vor\s+kurzem)\b"),
     h_ref),
    ("relunit", _c(r"\b" + MODPRE_DE + r"(?:(?:im|in\s+der|am)\s+)?(?P<rel>nächste[nrs]?|kommende[nrs]?|letzte[nrs]?|"
                   r"vergangene[nrs]?|vorige[nrs]?|diese[nrs]?)\s+(?P<unit>Woche|Wochenende|Monat[s]?|Jahr(?:es)?|"
                   r"Quartal[s]?|Jahrzehnt[s]?)\b"), h_relunit),
    ("ago", _c(r"\b(?P<dir>vor|in)\s+(?P<n>" + NUM_DE + r")\s+(?P<unit>" + UNIT_DE + r")\b"), h_ago),
    ("ago_later", _c(r"\b(?P<n>" + NUM_DE + r")\s+(?P<unit>" + UNIT_DE + r")\s+(?P<dir>später|danach|zuvor|früher)\b"),
     h_ago),
    ("duration", _c(r"\b(?P<approx>)(?:(?P<pl>seit|für|über|knapp|fast|rund|etwa|mehr\s+als)\s+)?(?P<n>" + NUM_DE +
                    r")\s+(?P<unit>" + UNIT_DE + r")\b"), h_duration),
    ("season", _c(r"\b" + MODPRE_DE + r"(?:(?P<rel>diesen|letzten|nächsten|kommenden|vergangenen)\s+|(?:im|diesem)\s+)?"
                  r"(?P<s>Frühling|Frühjahr|Sommer|Herbst|Winter)\b(?:\s+(?P<y>" + YEAR4 + r")\b)?"), h_season),
    ("holiday", _c(r"\b(?:(?P<adv>unmittelbar|direkt|gleich)\s+)?(?:(?P<prep>nach|vor|seit|über)\s+)?"
                   r"(?:de[mnr]|die)?\s*(?:(?P<endof>Ende)\s+der\s+)?(?P<h>Neujahrsfeiertage[n]?|Weihnachtsfeiertage[n]?|"
                   r"Weihnachtsferien|Winterferien|Neujahr|Weihnachten|Silvester|Heiligabend|Ostern)\b"),
     h_holiday),
    ("time", _c(r"\b(?:(?:um|gegen|ab)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*Uhr\b"), h_time),
    ("set", _c(r"\b(?P<adv>täglich|wöchentlich|monatlich|jährlich)\b"), h_set),
]

MON_FR = _alt(L.MONTHS["fr"])
WD_FR = _alt(L.WEEKDAYS["fr"])
NUM_FR = r"(?:\d+(?:[.,]\d+)?|" + _alt(L.NUMBERS["fr"]) + r")"
UNIT_FR = _alt(L.UNITS["fr"])
MODPRE_FR = r"(?P<mod>(?:(?:au\s+|le\s+|à\s+la\s+|la\s+)?(?:tout\s+)?(?:début|fin|milieu|mi)(?:\s+d[eu']\s*|-|\s+)))?"

FR_RULES: list[tuple[str, re.Pattern, Handler]] = [
    EN_RULES[0][:3], EN_RULES[1][:3],
    ("dmy", _c(r"\b(?:(?P<wd>" + WD_FR + r")\s+)?(?P<d>\d{1,2})(?:er|e)?\s+(?P<mon>" + MON_FR + r")\b\.?"
               r"(?:\s+(?P<y>" + YEAR4 + r")\b)?"), h_dmy),
    ("month", _c(r"\b" + MODPRE_FR + r"(?P<rel>)(?P<mon>" + MON_FR + r")\b(?:\s+(?P<y>" + YEAR4 + r")\b|"
                 r"\s+(?P<ry>dernier|prochain))?".replace("(?P<ry>dernier|prochain))?", "(?P<ry>dernier|prochain))?")),
     h_month),
    ("year", _c(r"\b" + MODPRE_FR + r"(?P<fy>)(?<![\d$£€.,])(?P<y>" + YEAR4 + r")(?![\d%]|,\d|\.\d)"), h_year),
    ("weekday", _c(r"\b(?P<wd>" + WD_FR + r")(?:\s+(?P<rel>dernier|prochain))?\b(?:\s+(?P<part>matin|soir|après-midi)\b)?"),
     h_weekday),
    ("deictic", _c(r"(?<![\w-])(?P<rel>)(?P<w>aujourd'hui|aujourd’hui|avant-hier|après-demain|hier|demain|ce\s+soir)\b"
                   r"(?:\s+(?P<part>matin|soir|après-midi))?"), h_deictic),
    ("ref", _c(r"\b(?P<w>maintenant|actuellement|bientôt|récemment|prochainement)\b"), h_ref),
    ("relunit_post", _c(r"\b" + MODPRE_FR + r"(?:la|le|l'|l’)\s*(?P<unit>semaine|mois|année|an|trimestre|week-end)\s+"
                        r"(?P<rel>prochaine?|derni(?:er|ère)|passée?|précédente?)\b"), h_relunit),
    ("relunit_pre", _c(r"\b" + MODPRE_FR + r"(?P<rel>cette|ce|cet)\s+(?P<unit>semaine|mois|année|an|trimestre|week-end)"
                       r"(?:-ci)?\b"), h_relunit),
    ("ago", _c(r"(?P<dir>il\s+y\s+a|dans)\s+(?P<n>" + NUM_FR + r")\s+(?P<unit>" + UNIT_FR + r")\b"), h_ago),
    ("ago_later", _c(r"\b(?P<n>" + NUM_FR + r")\s+(?P<unit>" + UNIT_FR + r")\s+(?P<dir>plus\s+tard|plus\s+tôt|après|avant)\b"),
     h_ago),
    ("duration", _c(r"\b(?P<approx>)(?P<pl>)(?P<n>" + NUM_FR + r")\s+(?P<unit>" + UNIT_FR + r")\b"), h_duration),
    ("season", _c(r"\b" + MODPRE_FR + r"(?:(?P<rel>cet|cette|ce)\s+|(?:en|au)\s+)?(?P<s>printemps|été|automne|hiver)\b"
                  r"(?:\s+(?P<y>" + YEAR4 + r")\b)?"), h_season),
    ("holiday", _c(r"(?:(?P<adv>juste|aussitôt|dès)\s+)?(?:(?P<prep>après|avant|depuis|pendant)\s+)?(?:les|le|la|l'|la\s+)?\s*"
                   r"(?:(?P<endof>fin)\s+des\s+)?(?P<h>fêtes\s+de\s+fin\s+d'année|fêtes\s+du\s+Nouvel\s+An|"
                   r"vacances\s+de\s+Noël|Nouvel\s+An|jour\s+de\s+l'An|Noël|Pâques|réveillon|Saint-Sylvestre)\b"),
     h_holiday),
    ("time", _c(r"\b(?:(?:à|vers)\s+)?(?P<h>[01]?\d|2[0-3])\s*h\s*(?P<mi>[0-5]\d)?\b"), h_time),
    ("set", _c(r"\b(?P<adv>quotidien(?:ne)?|hebdomadaire|mensuel(?:le)?|annuel(?:le)?)\b"), h_set),
]


def _romance_rules(lang: str, de: str, rel_pre: str, rel_post: str, deictic: str, ago_pre: str, ago_post: str,
                   later: str) -> list[tuple[str, re.Pattern, Handler]]:
    """Spanish and Italian: day-month dates ("14 de marzo de 2026", "20 ottobre"), months, years,
    weekdays with "last"/"next", deictic days, "hace tres días" / "tre giorni fa", durations."""
    mon, wd = _alt(L.MONTHS[lang]), _alt(L.WEEKDAYS[lang])
    num = r"(?:\d+(?:[.,]\d+)?|" + _alt(L.NUMBERS[lang]) + r")"
    unit = _alt(L.UNITS[lang])
    return [
        EN_RULES[0][:3], EN_RULES[1][:3],
        ("dmy", _c(r"\b(?:(?P<wd>" + wd + r"),?\s+)?(?P<d>\d{1,2})(?:º|°)?\s+(?:" + de + r"\s+)?(?P<mon>" + mon
                   + r")\b(?:\s+(?:" + de + r"\s+)?(?P<y>" + YEAR4 + r")\b)?", re.I), h_dmy),
        ("month", _c(r"\b(?P<mod>)(?:(?P<rel>" + rel_pre + r")\s+)?(?P<mon>" + mon + r")\b(?:\s+(?:" + de
                     + r"\s+)?(?P<y>" + YEAR4 + r")\b)?(?P<ry>)", re.I), h_month),
        ("year", _c(r"\b(?P<mod>)(?P<fy>)(?<![\d$£€.,])(?P<y>" + YEAR4 + r")(?![\d%]|,\d|\.\d)"), h_year),
        ("weekday", _c(r"\b(?:(?P<rel>" + rel_pre + r")\s+)?(?P<wd>" + wd + r")\b(?:\s+(?P<rel2>" + rel_post
                       + r")\b)?(?P<part>)", re.I), h_weekday_romance),
        ("deictic", _c(r"(?<![\w-])(?P<rel>)(?P<w>" + deictic + r")\b(?P<part>)", re.I), h_deictic),
        # "quest'anno": the elided article runs into its noun
        ("relunit", _c(r"\b(?P<mod>)(?:(?:el|la|lo|il|l['’])\s*)?(?:(?P<rel>" + rel_pre + r")(?:\s+|(?<=['’]))(?P<unit>" + unit
                       + r")|(?P<unit2>" + unit + r")\s+(?P<rel2>" + rel_post + r"))\b", re.I), h_relunit_romance),
        ("ago", _c(r"\b(?P<dir>" + ago_pre + r")\s+(?P<n>" + num + r")\s+(?P<unit>" + unit + r")\b", re.I), h_ago),
        ("ago_post", _c(r"\b(?P<n>" + num + r")\s+(?P<unit>" + unit + r")\s+(?P<dir>" + ago_post + later + r")\b",
                        re.I), h_ago),
        ("duration", _c(r"\b(?P<approx>)(?P<pl>)(?P<n>" + num + r")\s+(?P<unit>" + unit + r")\b", re.I), h_duration),
        # "chiuderà a Natale", "después de Navidad", "no Natal"
        ("holiday", _c(r"(?<![\w-])(?P<adv>)(?:(?P<prep>después\s+de|antes\s+de|tras|dopo|prima\s+di|depois\s+d[eoa]s?|"
                       r"antes\s+d[eoa]s?)\s+)?(?:(?:la|las|el|los|il|le|o|a|os|as)\s+)?(?P<endof>)(?P<h>fiestas\s+navideñas|"
                       r"feste\s+natalizie|festas\s+de\s+Natal|vacaciones\s+de\s+Navidad|vacanze\s+di\s+Natale|"
                       r"férias\s+de\s+Natal|Nochebuena|Nochevieja|A[ñn]o\s+Nuevo|Vigilia\s+di\s+Natale|Capodanno|"
                       r"Ano\s+Novo|Navidad(?:es)?|Natale|Natal|Pascua|Pasqua|Páscoa)\b"), h_holiday),
    ]


def h_weekday_romance(m: re.Match, ctx: Ctx) -> Timex | None:
    """A weekday with "last"/"next" before (el próximo martes) or after it (el martes pasado)."""
    wd = _wd(m["wd"], ctx.lang)
    if not wd:
        return None
    rel = (m["rel"] or m["rel2"] or "").lower() or None
    d = _weekday(wd, rel, ctx, m.start(), m.end())
    if d is None:
        return Timex(m.start(), m.end(), f"XXXX-WXX-{wd}", "DATE", "day", True)
    _set_anchor(ctx, d, V.day(d))
    return Timex(m.start(), m.end(), V.day(d), "DATE", "day", True)


class _RelunitMatch:
    """``m`` with ``unit``/``rel`` taken from whichever word order matched (for :func:`h_relunit`)."""

    def __init__(self, m: re.Match) -> None:
        self._m = m
        self.re = m.re

    def __getitem__(self, k: str):
        if k == "unit":
            return self._m["unit"] or self._m["unit2"]
        if k == "rel":
            return self._m["rel"] or self._m["rel2"]
        return self._m[k]

    def start(self, *a):
        return self._m.start(*a)

    def end(self, *a):
        return self._m.end(*a)

    def group(self, *a):
        return self._m.group(*a)


def h_relunit_romance(m: re.Match, ctx: Ctx) -> Timex | None:
    return h_relunit(_RelunitMatch(m), ctx)  # type: ignore[arg-type]


ES_RULES = _romance_rules(
    "es", de=r"de(?:l)?", rel_pre=r"próximo|próxima|proximo|proxima|pasado|pasada|último|última|este|esta",
    rel_post=r"pasado|pasada|próximo|próxima|que\s+viene|entrante",
    deictic=r"pasado\s+mañana|anteayer|esta\s+noche|hoy|ayer|"
    # "por la mañana", "esta mañana": the morning, not tomorrow
    r"(?<!\bla\s)(?<!\besta\s)(?<!\buna\s)(?<!\bcada\s)mañana", ago_pre=r"hace|dentro\s+de",
    ago_post=r"antes|después", later=r"|más\s+tarde")
IT_RULES = _romance_rules(
    "it", de=r"del", rel_pre=r"prossimo|prossima|scorso|scorsa|questo|questa|quest['’]", rel_post=r"scorso|scorsa|prossimo|"
    r"prossima|passato|passata", deictic=r"l['’]altro\s+ieri|altroieri|dopodomani|stasera|oggi|ieri|domani",
    ago_pre=r"tra|fra", ago_post=r"fa|prima|dopo", later=r"|più\s+tardi")


PT_RULES = _romance_rules(
    "pt", de=r"(?:de|do|da)", rel_pre=r"próximo|próxima|proximo|proxima|passado|passada|último|última|este|esta",
    rel_post=r"passado|passada|próximo|próxima|que\s+vem",
    deictic=r"anteontem|depois\s+de\s+amanhã|hoje|ontem|esta\s+noite|"
    # "de manhã", "pela manhã", "esta manhã": the morning, not tomorrow
    r"(?<!\bde\s)(?<!\bda\s)(?<!\bpela\s)(?<!\besta\s)(?<!\bna\s)(?<!\buma\s)(?<!\bcada\s)amanhã",
    ago_pre=r"há|daqui\s+a|dentro\s+de", ago_post=r"atrás|antes|depois", later=r"|mais\s+tarde")


# --------------------------------------------------------------------------- triggers
# A rule only runs near a cheap trigger (a keyword its matches must contain): scanning whole texts
# with every full pattern costs ~10x more. Rules without a trigger scan the whole text.

_UNIT_WORDS = (r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|semester)s?\b|centur|"
               r"millenni")
_PARTS_TRIGGER = r"morning|afternoon|evening"  # one scan for the rules on parts of the day and clocks
# the clock rules' trigger; a 24-hour clock is told by its zone (an alternative of the same scan, no new one)
_TIME_TRIGGER = (r"\d\s*[ap]\.?m|noon|midnight|midday|"
                 r"\d\d\s+(?:gmt|utc|local|eastern|central|mountain|pacific|moscow|[ecmp][sd]t|bst|cet|cest|msk)\b")
_TRIGGERS_EN = {
    "iso": r"\d{4}-\d", "numdate": r"\d[./]\d", "mdy": MON_EN + r"\b", "dmy": MON_EN + r"\b",
    "month": MON_EN + r"\b",
    "year": r"(?:1[6-9]|20)\d\d", "decade": r"0'?s\b", "spelled_year": r"nineteen|thousand",
    "spelled_decade": r"(?:twen|thir|for|fif|six|seven|eigh|nine)ties", "century": r"century",
    "weekday": WD_EN + r"\b", "deictic": r"today|tonight|yesterday|tomorrow|last\s+night",
    "partofday": _PARTS_TRIGGER, "ref": r"now|current|present|moment|these\s+days|recent|lately|past|"
    r"formerly|future|coming|soon|term|the\s+years|while|ahead|later\s+date", "relunit": r"week|month|year|decade|century", "weekend": r"weekend", "theyear": r"year", "yearquarter": r"quarter|period",
    "inthe": r"in\s+the", "ago": r"ago|earlier|later|before|after|from\s+(?:now|today|tomorrow|this|" + WD_EN + r")|hence|previously",
    "yearago": r"year[\s-](?:earlier|ago)", "dayrel": r"day|week|month|year", "anchored": r"day|week|month|year", "anchoredpart": _PARTS_TRIGGER,
    "dayand": MON_EN + r"\b", "weekofmonth": r"week|month|year|decade|century", "weekof": r"week|month|year|decade|century", "qnotation": r"Q1|Q2|Q3|Q4|H1|H2|FY",
    "fynotation": r"Q1|Q2|Q3|Q4|H1|H2|FY", "thatday": r"that\s+(?:same\s+|very\s+)?(?:day|morning|afternoon|evening|night)", "duration": _UNIT_WORDS,
    "bare_duration": _UNIT_WORDS, "long_adjective": _UNIT_WORDS,
 "quarter": r"quarter|half|period", "quarters_half": r"quarter|half|period", "quarter_rel": r"quarter|period", "quarter_ago": r"quarter|period",
    "season": r"spring|summer|fall|autumn|winter", "holiday": r"new\s+year|christmas|holidays|break|season|"
    r"easter|holy\s+week|thanksgiving|(?:independence|election|labor|memorial|valentine's)\s+day|halloween", "time": _TIME_TRIGGER, "daytime": _TIME_TRIGGER,
    "clock": _PARTS_TRIGGER, "clockmin": _PARTS_TRIGGER, "set": r"every|each|per", "setn": r"every|each|per", "wdset": WD_EN, "wdpartset": WD_EN,
}
_TRIGGERS_DE = {"dmy": MON_DE, "month": MON_DE, "year": r"(?:1[6-9]|20)\d\d", "weekday": WD_DE,
                "duration": UNIT_DE, "ago": UNIT_DE, "ago_later": UNIT_DE, "relunit": UNIT_DE,
                "season": r"frühling|frühjahr|sommer|herbst|winter", "time": r"uhr", "iso": r"\d{4}-\d",
                "numdate": r"\d[./]\d"}
_TRIGGERS_FR = {"dmy": MON_FR, "month": MON_FR, "year": r"(?:1[6-9]|20)\d\d", "weekday": WD_FR,
                "duration": UNIT_FR, "ago": UNIT_FR, "ago_later": UNIT_FR, "relunit_post": UNIT_FR,
                "relunit_pre": UNIT_FR, "season": r"printemps|été|automne|hiver", "iso": r"\d{4}-\d",
                "numdate": r"\d[./]\d"}


def _with_triggers(rules, triggers):
    def comp(t: str) -> re.Pattern:
        return _c(t if t[0] in "\\'0" else r"\b(?:" + t + ")", re.I)

    return [(name, rx, h, comp(triggers[name]) if name in triggers else None) for name, rx, h in rules]


def _required(seq) -> set[str] | None:
    """Lower-case ASCII strings one of which every match of the parsed pattern ``seq`` contains, or None."""
    best: set[str] | None = None

    def offer(cand: set[str] | None) -> None:
        nonlocal best
        if cand and (best is None or min(map(len, cand)) > min(map(len, best))):
            best = cand

    run = ""
    for op, av in list(seq) + [(None, None)]:
        if op is _sp.LITERAL and av < 128:
            run += chr(av).lower()
            continue
        if run:
            offer({run})
            run = ""
        if op is _sp.SUBPATTERN:
            offer(_required(av[-1]))
        elif op is _sp.BRANCH:
            alts = [_required(a) for a in av[1]]
            if all(alts):
                offer(set().union(*alts))
        elif op in (_sp.MAX_REPEAT, _sp.MIN_REPEAT) and av[0] >= 1:
            offer(_required(av[2]))
    return best


# the only non-ASCII characters that case-insensitive matching equates with ASCII ones (İ ı ſ K, checked by
# tests/analyze/test_time_guard.py over every code point); a text with none of them can be pre-checked on
# its lower-case form
_ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
# trigger -> the strings one of which its every hit contains: when the text holds none, no rule of that
# trigger can match and its scan is skipped (most texts name no quarter, holiday, season or century)
TRIGGER_LITERALS: dict[re.Pattern, tuple[str, ...]] = {}


def trigger_literals(trigger: re.Pattern) -> tuple[str, ...] | None:
    if trigger not in TRIGGER_LITERALS:
        try:
            req = _required(_sp.parse(trigger.pattern, trigger.flags))
        except Exception:  # pragma: no cover - a construct the walker does not know
            req = None
        TRIGGER_LITERALS[trigger] = tuple(sorted(req)) if req else ()
    return TRIGGER_LITERALS[trigger] or None


def absent_triggers(text: str) -> str | None:
    """``text`` lower-cased for the literal pre-check, or None when the pre-check would not be exact."""
    if _ASCII_FOLDS.search(text):
        return None
    return text.lower()


EN_RULES = _with_triggers(EN_RULES, _TRIGGERS_EN)
DE_RULES = _with_triggers(DE_RULES, _TRIGGERS_DE)
FR_RULES = _with_triggers(FR_RULES, _TRIGGERS_FR)
_TRIGGERS_ROMANCE = {"dmy": "MON", "month": "MON", "year": r"(?:1[6-9]|20)\d\d", "weekday": "WD", "duration": "UNIT",
                     "ago": "UNIT", "ago_post": "UNIT", "relunit": "UNIT", "iso": r"\d{4}-\d", "numdate": r"\d[./]\d",
                     "holiday": r"navidad|natal|nochebuena|nochevieja|a[ñn]o|capodanno|pascua|pasqua|páscoa|fiestas|"
                                r"feste|festas|vacaciones|vacanze|férias|vigilia"}


def _romance_triggers(lang: str) -> dict[str, str]:
    alts = {"MON": _alt(L.MONTHS[lang]), "WD": _alt(L.WEEKDAYS[lang]), "UNIT": _alt(L.UNITS[lang])}
    return {k: alts.get(v, v) for k, v in _TRIGGERS_ROMANCE.items()}


ES_RULES = _with_triggers(ES_RULES, _romance_triggers("es"))
IT_RULES = _with_triggers(IT_RULES, _romance_triggers("it"))
PT_RULES = _with_triggers(PT_RULES, _romance_triggers("pt"))
WINDOW = 90  # characters a match may reach before or after its trigger


def trigger_windows(trigger: re.Pattern, text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` within WINDOW characters of a ``trigger`` hit, overlapping ones merged."""
    n = len(text)
    out: list[tuple[int, int]] = []
    lo = hi = -1
    for t in trigger.finditer(text):
        a, b = max(0, t.start() - WINDOW), min(n, t.end() + WINDOW)
        if a <= hi:
            hi = b
            continue
        if hi > lo:
            out.append((lo, hi))
        lo, hi = a, b
    if hi > lo:
        out.append((lo, hi))
    return out


def iter_matches(rx: re.Pattern, trigger: re.Pattern | None, text: str,
                 windows: list[tuple[int, int]] | None = None):
    """Matches of ``rx`` in ``text``, looked for only around ``trigger`` hits (all of them when None).

    ``windows`` are the trigger's :func:`trigger_windows` when the caller already has them (rules that share
    a trigger scan the text for it once)."""
    if trigger is None:
        yield from rx.finditer(text)
        return
    for lo, hi in (trigger_windows(trigger, text) if windows is None else windows):
        yield from rx.finditer(text, lo, hi)
