"""Time: temporal expressions, publication dates and the story timeline.

* :func:`find_timexes` finds dates, times, durations and frequencies in a text and normalises them
  against the document date (TIMEX3-style values, see :mod:`newsweave.analyze.timex_values`).
* :func:`infer_published` guesses a missing publication date from the text itself.
* :func:`check_page_date` flags a page date that the text contradicts.
* :func:`build_timeline` turns the dated sentences of a story's articles into timeline entries,
  merging the same dated event reported by several articles.

Example::

    >>> [(text[s.start:s.end], s.data["value"]) for text in ["Talks start on Jan. 9, two days later."]
    ...  for s in find_timexes(text, "2021-12-27")][:1]
    [('Jan. 9', '2022-01-09')]

Conventions (documented in docs/time.md): a weekday without a tense cue is the last such day on or
before the document date; "after the New Year holidays" is the ten days after January 8 of the
coming year; "early/late/mid" keep the value and set ``mod`` (START/END/MID).
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Iterable, Mapping

from ..model import Article, Span
from . import timex_values as V
from .timex_rules import (DE_RULES, EN_RULES, ES_RULES, FR_RULES, IT_RULES, PT_RULES, Ctx, Timex, absent_triggers, iter_matches, trigger_literals,
                          trigger_windows)

__all__ = ["find_timexes", "infer_published", "check_page_date", "build_timeline", "timex_interval"]

_RULES = {"en": EN_RULES, "de": DE_RULES, "fr": FR_RULES, "es": ES_RULES, "it": IT_RULES, "pt": PT_RULES}


def _rules_for(lang: str | None):
    return _RULES.get((lang or "en")[:2].lower(), EN_RULES)


def _detect(text: str, dct: date | None, lang: str) -> list[Timex]:
    rules = _rules_for(lang)
    lang2 = (lang or "en")[:2].lower()
    lang2 = lang2 if lang2 in _RULES else "en"
    probe = Ctx(text, dct, lang2)
    probe.probe = True
    cands: list[tuple[int, int, int, int, re.Match]] = []
    windows: dict[re.Pattern, list[tuple[int, int]]] = {}  # rules sharing a trigger pattern scan for it once
    low = absent_triggers(text)
    for i, (_name, rx, handler, trigger) in enumerate(rules):
        w = None
        if trigger is not None:
            w = windows.get(trigger)
            if w is None:
                lits = trigger_literals(trigger) if low is not None else None
                if lits is not None and not any(s in low for s in lits):
                    w = windows[trigger] = []  # none of the words the trigger needs: it has no hit
                else:
                    w = windows[trigger] = trigger_windows(trigger, text)
        for m in iter_matches(rx, trigger, text, w):
            if m.end() <= m.start():
                continue
            probe.last = probe.last_value = None
            t = handler(m, probe)
            if t is None:
                continue
            s, e = _trim(text, t.start, t.end)
            if e > s:
                cands.append((s, e, i, len(cands), m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in cands:
        s, e = c[0], c[1]
        k = bisect.bisect_left(taken, (s, e))
        if k > 0 and taken[k - 1][1] > s:
            continue
        if k < len(taken) and taken[k][0] < e:
            continue
        taken.insert(k, (s, e))
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    ctx = Ctx(text, dct, lang2)
    out: list[Timex] = []
    for s, e, i, _, m in chosen:
        t = rules[i][2](m, ctx)
        if t is None:
            continue
        t.start, t.end = _trim(text, t.start, t.end)
        out.append(t)
    return out


_ABBREV = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr",
           "fév", "avr", "juil", "déc", "okt", "dez", "mär", "mon", "tue", "tues", "wed", "thu", "thurs", "fri",
           "sat", "sun", "est", "edt", "gmt"}


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
        e -= 1
    if e - s > 1 and text[e - 1] == ".":
        m = re.search(r"([^\W\d_]+)\.$", text[s:e])
        if m and m.group(1).lower() not in _ABBREV and not re.search(r"\.[^\W\d_]+\.$", text[s:e]):
            e -= 1  # a sentence's full stop after "January", not an abbreviation's dot
    return s, e


def find_timexes(text: str, dct: str | None, lang: str = "en") -> list[Span]:
    """Temporal expressions of ``text`` as spans labelled ``"TIMEX"``, sorted by position.

    ``dct`` is the document creation (publication) date as an ISO string, or None: then
    expressions that need it ("Friday", "last year") get ``X`` placeholders (``XXXX-WXX-5``).
    Each span's ``data`` is ``{"value", "type": DATE|TIME|DURATION|SET, "granularity":
    day|month|season|year|range|week|time, "relative": bool}`` plus ``"mod"`` (START, END, MID,
    AFTER, BEFORE, APPROX, MORE_THAN, LESS_THAN...) when the text qualifies the value and
    ``"interval"`` ``[first_day, last_day]`` for dates that cover a definite stretch of days.
    ``lang`` selects the rules: ``en`` (default and fallback), ``de``, ``fr``.
    """
    if not text:
        return []
    d = V.parse_date(dct) if dct else None
    return [Span(t.start, t.end, "TIMEX", t.data()) for t in _detect_cached(text, d, lang)]


@lru_cache(maxsize=64)
def _detect_cached(text: str, d: Any, lang: str) -> tuple:
    # the ledger reads each article's timexes twice (claim dates, timeline): detect once
    return tuple(_detect(text, d, lang))


def timex_interval(value: str) -> tuple[str, str] | None:
    """``(first_day, last_day)`` ISO strings of a TIMEX value, or None (references, durations)."""
    iv = V.interval(value)
    return (iv[0].isoformat(), iv[1].isoformat()) if iv else None


# --------------------------------------------------------------------------- settings

@lru_cache(maxsize=1)
def _packaged() -> dict[str, Any]:
    from ..settings import _packaged_defaults

    return dict(_packaged_defaults().get("time", {}))


def _opt(options: Mapping[str, Any] | None, key: str) -> Any:
    if options is not None:
        if hasattr(options, "as_dict"):
            options = options.as_dict()
        if key in options:
            return options[key]
    return _packaged()[key]


# --------------------------------------------------------------------------- publication date

_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")


def _full_dates(text: str, lang: str, dct: str | None = None) -> list[Span]:
    # a fully specified date that is not relative does not depend on the document date, so these
    # are the same spans whatever dct is (checked on 1,537 texts: Multi-News, TempEval-3, generated
    # en/de, the demo; tests/analyze/test_time_pagedate_shared.py); check_page_date passes the page
    # date to share one detection with its own pass
    return [s for s in find_timexes(text, dct, lang)
            if s.data["type"] in ("DATE", "TIME") and _FULL_DAY.match(s.data["value"][:10])
            and not s.data.get("relative")]


def infer_published(text: str, lang: str = "en", _dct: str | None = None) -> dict | None:
    """Guess the publication date from the text: ``{"date", "start", "end", "confidence", "reason"}``.

    Evidence, strongest first: a short line that is only a date (a date line at the top, 0.9, or
    a "Source, 27.12.2021" line at the bottom, 0.8); a fully specified date that names its weekday
    ("on Monday, December 27, 2021", 0.6: the report is from that day or just after); the latest
    fully specified date in the text (0.35). ``start``/``end`` locate the evidence in ``text``.
    None when the text has no date with a year.
    """
    if not text:
        return None
    spans = _full_dates(text, lang, _dct)
    if not spans:
        return None
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    nonempty = [ln for ln in lines if text[ln[0]:ln[1]].strip()]
    top = {ln for ln in nonempty[:4]}
    bottom = {ln for ln in nonempty[-8:]}
    best: dict | None = None

    def offer(span: Span, conf: float, reason: str) -> None:
        nonlocal best
        if best is None or conf > best["confidence"]:
            best = {"date": span.data["value"][:10], "start": span.start, "end": span.end,
                    "confidence": conf, "reason": reason}

    for sp in spans:
        ln = next((ln for ln in nonempty if ln[0] <= sp.start < ln[1]), None)
        if ln is not None:
            rest = (text[ln[0]:sp.start] + text[sp.end:ln[1]]).strip(" \t,.-|:")
            words = re.findall(r"[^\W\d_]+", rest)
            if len(rest) <= 40 and len(words) <= 4:
                if ln in top:
                    offer(sp, 0.9, "date line at the top")
                    continue
                if ln in bottom:
                    offer(sp, 0.8, "date line at the bottom")
                    continue
        sub = text[sp.start:sp.end]
        if re.match(r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|"
                    r"samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche", sub):
            offer(sp, 0.6, "dated weekday mention")
    if best is None:
        latest = max(spans, key=lambda s: s.data["value"][:10])
        offer(latest, 0.35, "latest full date in the text")
    return best


def check_page_date(published: str | None, text: str, lang: str = "en", *,
                    options: Mapping[str, Any] | None = None) -> dict | None:
    """A report when the page's date ``published`` conflicts with the text, else None.

    Evidence (each with the span that shows it): a date line or dated weekday mention in the text
    that names another day (:func:`infer_published`); events told in the future tense whose period
    had already begun at the page date ("will begin in January" on a page dated January 28);
    events told in the past tense at a date after the page date. The pieces are combined as
    independent evidence (1 - prod(1 - s)); a report is made at ``[time] page_date_conflict``
    or above. Report: ``{"published", "confidence", "suggested": {"date", "confidence", "reason"}
    or None, "latest_consistent": ISO date or None, "evidence": [{"kind", "reason", "start", "end",
    "text", "value"}]}``.
    """
    pub = V.parse_date(published)
    if pub is None or not text:
        return None
    threshold = float(_opt(options, "page_date_conflict"))
    evidence: list[dict] = []
    strengths: list[float] = []
    inferred = infer_published(text, lang, pub.isoformat())
    suggested = None
    if inferred and inferred["confidence"] >= 0.6:
        gap = abs((V.parse_date(inferred["date"]) - pub).days)
        if gap > 2:
            suggested = {k: inferred[k] for k in ("date", "confidence", "reason")}
            s = inferred["confidence"] * min(1.0, 0.6 + gap / 30)
            strengths.append(s)
            evidence.append({"kind": "inferred_date", "reason": f"{inferred['reason']} says {inferred['date']}",
                             "start": inferred["start"], "end": inferred["end"],
                             "text": text[inferred["start"]:inferred["end"]], "value": inferred["date"]})
    ctx = Ctx(text, pub, (lang or "en")[:2])
    latest_ok: date | None = None
    for t in _detect_cached(text, pub, lang):  # shared with infer_published above
        if t.type not in ("DATE", "TIME") or t.granularity == "week":
            continue
        iv = V.interval(t.value)
        if iv is None or (iv[1] - iv[0]).days > 120:
            continue
        tense = ctx.tense(t.start, t.end)
        a, b = iv
        if t.mod == "START":
            b = a + (b - a) / 3
        if tense == "future" and a < pub - timedelta(days=1):
            frac = min(1.0, (pub - a).days / max(1, (b - a).days + 1))
            s = 0.25 + 0.5 * frac
            strengths.append(s)
            latest_ok = a - timedelta(days=1) if latest_ok is None else min(latest_ok, a - timedelta(days=1))
            evidence.append({"kind": "future_already_begun",
                             "reason": f"told as future but {t.value} had begun by {pub.isoformat()}",
                             "start": t.start, "end": t.end, "text": text[t.start:t.end], "value": t.value})
        elif tense == "past" and not t.relative and a > pub + timedelta(days=1):
            strengths.append(0.7)
            evidence.append({"kind": "past_after_page_date",
                             "reason": f"told as past but {t.value} is after {pub.isoformat()}",
                             "start": t.start, "end": t.end, "text": text[t.start:t.end], "value": t.value})
    if not strengths:
        return None
    p = 1.0
    for s in strengths:
        p *= 1 - s
    conf = round(1 - p, 3)
    if conf < threshold:
        return None
    return {"published": pub.isoformat(), "confidence": conf, "suggested": suggested,
            "latest_consistent": latest_ok.isoformat() if latest_ok else None, "evidence": evidence}


# --------------------------------------------------------------------------- timeline

_STOP = set("""a an the and or but if then than that this these those there their they them he she it its his her
we our you your i me my of to in on at by for from with without into onto over under about after before
during since until while as is are was were be been being has have had do does did will would shall should
can could may might must not no yes also said says say told according which who whom whose what when where
why how all any both each few more most other some such only own same so too very just one two three
first last next new year years month months week weeks day days time der die das und oder ein eine einen
einem einer des dem den zu im am vom mit von für auf ist sind war waren wird werden hat haben nicht auch
sich dass als bei nach vor le la les un une des du de et ou à au aux en dans par pour sur avec sans est
sont était été sera ont avait qui que quoi dont où ne pas plus il elle ils elles on nous vous""".split())


def _tokens(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in _STOP}


def _sim(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _timeline_date(value: str, granularity: str) -> tuple[str, str] | None:
    """(date, granularity) in the ledger's vocabulary: YYYY-MM-DD, YYYY-MM, YYYY or an A/B day range."""
    iv = V.interval(value)
    if iv is None:
        return None
    v = value.split("T")[0]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return v, "day"
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return v, "month"
    if re.fullmatch(r"\d{4}", v):
        return v, "year"
    rng = f"{iv[0].isoformat()}/{iv[1].isoformat()}"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", v):
        return rng, "season"
    return rng, "range"


def build_timeline(articles: Iterable[Article], sentences: Mapping[str, list[tuple[int, int]]] | None = None, *,
                   options: Mapping[str, Any] | None = None) -> list[dict]:
    """Timeline entries of a story, sorted by date (then by how precise, coarse first).

    An event is the sentence that contains a dated expression (DATE or TIME with a definite
    interval; durations, frequencies and vague references like "recently" are not events). The
    same date written in several articles (or twice in one) about the same event (content words
    overlap >= ``[time] timeline_merge_similarity``) becomes one entry citing every sentence.
    ``scheduled`` is true when the event's first day is after the publication date of the
    earliest article citing it. Entries of different precision ("January" and "Jan. 9") stay
    separate but name each other in ``compatible_with`` when one period contains the other and
    their sentences share content (``[time] timeline_link_similarity``).

    Entry: ``{"id", "date", "granularity", "text", "scheduled", "citations": [{article_id, start,
    end}], "mentions": [{article_id, start, end, "value"}], "mod", "compatible_with": [ids]}``;
    ``citations`` are sentence spans, ``mentions`` the temporal expressions inside them.
    """
    merge_sim = float(_opt(options, "timeline_merge_similarity"))
    link_sim = float(_opt(options, "timeline_link_similarity"))
    sentences = sentences or {}
    from .sentences import split_sentences

    mentions: list[dict] = []
    order = 0
    for art in articles:
        text = art.text or ""
        sents = sentences.get(art.id)
        if sents is None:
            sents = split_sentences(text)
        sents = sorted((int(a), int(b)) for a, b in sents)
        starts = [a for a, _ in sents]
        pub = V.parse_date(art.published)
        for sp in find_timexes(text, art.published, art.language or "en"):
            data = sp.data
            if data["type"] not in ("DATE", "TIME"):
                continue
            td = _timeline_date(data["value"], data["granularity"])
            if td is None:
                continue
            k = bisect.bisect_right(starts, sp.start) - 1
            if k >= 0 and sents[k][0] <= sp.start and sp.end <= sents[k][1]:
                s0, s1 = sents[k]
            else:
                s0, s1 = sp.start, sp.end
            sent_text = text[s0:s1]
            rest = (text[s0:sp.start] + text[sp.end:s1])
            l0 = text.rfind("\n", 0, sp.start) + 1
            l1 = text.find("\n", sp.end)
            line_rest = text[l0:sp.start] + text[sp.end:(l1 if l1 >= 0 else len(text))]
            if len(re.findall(r"[^\W\d_]{3,}", rest)) < 2 or len(re.findall(r"[^\W\d_]{3,}", line_rest)) < 3:
                continue  # a date line ("January 28, 2022", "Agency, 27.12.2021") is no event
            iv = V.interval(data["value"])
            mentions.append({
                "order": order, "article_id": art.id, "published": pub, "date": td[0], "granularity": td[1],
                "iv": iv, "mod": data.get("mod"), "text": sent_text, "sent": (s0, s1),
                "timex": (sp.start, sp.end, data["value"]), "tokens": _tokens(rest),
            })
            order += 1

    entries: list[dict] = []
    by_date: dict[str, list[dict]] = {}
    for mt in sorted(mentions, key=lambda m: (m["published"] or date.max, m["order"])):
        group = by_date.setdefault(mt["date"], [])
        target = None
        for e in group:
            if any(_sim(mt["tokens"], o["tokens"]) >= merge_sim for o in e["_members"]):
                target = e
                break
        if target is None:
            target = {"_members": [], "date": mt["date"], "granularity": mt["granularity"], "_iv": mt["iv"]}
            group.append(target)
            entries.append(target)
        target["_members"].append(mt)

    entries.sort(key=lambda e: (e["_iv"][0], -(e["_iv"][1] - e["_iv"][0]).days, e["_members"][0]["text"]))
    out: list[dict] = []
    for n, e in enumerate(entries, 1):
        e["id"] = f"t{n}"
    for e in entries:
        first = e["_members"][0]
        pub = first["published"]
        cites, seen = [], set()
        for mt in e["_members"]:
            key = (mt["article_id"], *mt["sent"])
            if key not in seen:
                seen.add(key)
                cites.append({"article_id": mt["article_id"], "start": mt["sent"][0], "end": mt["sent"][1]})
        links = []
        for o in entries:
            if o is e or o["granularity"] == e["granularity"] and o["date"] == e["date"]:
                continue
            a, b = e["_iv"], o["_iv"]
            nested = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
            if nested and a != b or (nested and o["granularity"] != e["granularity"]):
                if max(_sim(x["tokens"], y["tokens"]) for x in e["_members"] for y in o["_members"]) >= link_sim:
                    links.append(o["id"])
        mods = sorted({mt["mod"] for mt in e["_members"] if mt["mod"]})
        out.append({
            "id": e["id"], "date": e["date"], "granularity": e["granularity"], "text": first["text"],
            "scheduled": bool(pub is not None and e["_iv"][0] > pub),
            "citations": cites,
            "mentions": [{"article_id": mt["article_id"], "start": mt["timex"][0], "end": mt["timex"][1],
                          "value": mt["timex"][2]} for mt in e["_members"]],
            "mod": mods[0] if len(mods) == 1 else None,
            "compatible_with": links,
        })
    return out
