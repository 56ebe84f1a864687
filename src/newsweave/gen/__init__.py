"""Synthetic news streams for benchmarks and tests, with gold stories and reprints.

The generator writes about a small fictional world (:mod:`.world`): many events around the same
people and places, spread over weeks, each covered by several outlets in their own words
(:mod:`.templates`), some in German, some as wire reprints with a new headline, other chrome and
a few edited sentences. Every article carries its gold ``event_id`` and ``reprint_of``.

Example::

    >>> from newsweave.gen import generate
    >>> items = list(generate(50, seed=1))
    >>> len(items), sorted(items[0])[:4]
    (50, ['event_id', 'id', 'language', 'outlet'])

The same ``seed`` and arguments always give the same stream (no global random state, no clock).
Articles come in publication order; a reprint always comes after its original.
"""

from __future__ import annotations

import datetime as _dt
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from . import templates as T
from . import world as W

__all__ = ["generate", "write_corpus", "GOLD_FILE"]

GOLD_FILE = "gold.jsonl"
_DE_SHARE = 0.2        # share of articles in the second language when both are asked for
_MAX_ORIGINALS = 4     # per event and language, the recent originals a reprint can copy
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(slots=True)
class _Original:
    id: str
    outlet: W.Outlet
    title: str
    paras: list[str]


@dataclass(slots=True)
class _Event:
    id: str
    kind: str
    date: _dt.date
    slots: dict[str, dict[str, str]]        # per language: the event's fixed slot values
    names: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # per language: spellings of P1, P2
    originals: dict[str, list[_Original]] = field(default_factory=dict)


def _fmt_date(d: _dt.date, lang: str, abbr: bool) -> str:
    if lang == "de":
        return f"{d.day}. {W.MONTHS_DE[d.month - 1]}"
    months = W.MONTHS_ABBR if abbr else W.MONTHS_EN
    return f"{months[d.month - 1]} {d.day}"


def _num(n: int, lang: str) -> str:
    table = W.NUM_DE if lang == "de" else W.NUM_EN
    return table.get(n, str(n))


def _make_event(rng: random.Random, k: int, start: _dt.date, days: int, langs: Sequence[str]) -> _Event:
    kind = rng.choice(_KIND_NAMES)
    spec = T.KINDS[kind]
    by_surname = {p.surname: p for p in W.PEOPLE}
    p1 = by_surname[rng.choice(spec["people"])]
    p2 = rng.choice([p for p in W.PEOPLE if p is not p1])
    place = rng.choice(W.PLACES)
    other = [pl for pl in W.PLACES if pl.country != place.country]
    country2 = rng.choice(other)
    org_name = rng.choice(spec["orgs"])
    org = next(o for o in W.ORGS if o.name == org_name)
    topic = rng.choice(W.TOPICS)
    date = start + _dt.timedelta(days=rng.randrange(max(1, days)))
    sdate = date + _dt.timedelta(days=rng.randint(4, 40))
    n, m, amt = rng.randint(2, 9), rng.randint(2, 9), rng.randint(12, 480)
    pct = (rng.randint(2, 11), rng.randint(0, 9))
    slots: dict[str, dict[str, str]] = {}
    names = {}
    for lang in langs:
        de = lang == "de"
        role1 = p1.role_de if de else p1.role
        s = {
            "P1s": p1.surname, "P2s": p2.surname,
            "P1R": role1[0].upper() + role1[1:], "P1r": role1, "P2r": p2.role_de if de else p2.role,
            "He": ("Sie" if p1.female else "Er") if de else ("She" if p1.female else "He"),
            "he": ("sie" if p1.female else "er") if de else ("she" if p1.female else "he"),
            "place": place.de if de else place.name,
            "country": place.country_de if de else place.country,
            "country2": country2.country_de if de else country2.country,
            "org": org.de if de else org.name, "orgA": org.acronym,
            "topic": topic[1] if de else topic[0],
            "n": str(n), "m": str(m), "nw": _num(n, lang), "mw": _num(m, lang), "amt": str(amt),
            "pct": f"{pct[0]}.{pct[1]}", "pctde": f"{pct[0]},{pct[1]}",
            "day": (W.WEEKDAYS_DE if de else W.WEEKDAYS_EN)[date.weekday()],
            "sday": (W.WEEKDAYS_DE if de else W.WEEKDAYS_EN)[sdate.weekday()],
            "smonth": (W.MONTHS_DE if de else W.MONTHS_EN)[sdate.month - 1],
        }
        s["date_full"] = _fmt_date(date, lang, False)
        s["date_abbr"] = _fmt_date(date, lang, True)
        s["sdate_full"] = _fmt_date(sdate, lang, False)
        s["sdate_abbr"] = _fmt_date(sdate, lang, True)
        slots[lang] = s
        names[lang] = ((p1.de,) if de else (p1.name, p1.name, p1.name) + p1.variants,
                       (p2.de,) if de else (p2.name, p2.name, p2.name) + p2.variants)
    return _Event(f"ev{k:05d}", kind, date, slots, names)


_KIND_NAMES = tuple(sorted(T.KINDS))


class _Writer:
    """Builds article texts; one per :func:`generate` call (holds its random state)."""

    def __init__(self, rng: random.Random, chrome: bool, words: int | None = None):
        self.rng = rng
        self.chrome = chrome
        self.words = words

    def filler(self, ev: _Event, lang: str, have: int) -> list[str]:
        """Colour paragraphs (:data:`templates.FILLER`) until the body has about ``self.words`` words."""
        rng = self.rng
        pools = T.FILLER[lang]
        place = ev.slots[lang]["place"]
        out: list[str] = []
        while self.words and have < self.words:
            sents = []
            for _ in range(rng.randint(2, 3)):
                what = rng.choice(pools["what"]).format(k=rng.randint(2, 99))
                comma = "," if lang == "de" else ""  # German sets off the "dass" clause
                sents.append(f"{rng.choice(pools['who']).format(place=place)} {rng.choice(pools['verb'])}{comma} {what}.")
            out.append(" ".join(sents))
            have += sum(len(x.split()) for x in sents)
        return out

    def slots(self, ev: _Event, lang: str) -> dict[str, str]:
        rng = self.rng
        s = dict(ev.slots[lang])
        n1, n2 = ev.names[lang]
        s["P1"] = rng.choice(n1)
        s["P2"] = rng.choice(n2)
        abbr = rng.random() < 0.3
        s["date"] = s["date_abbr"] if abbr else s["date_full"]
        s["sdate"] = s["sdate_abbr"] if abbr else s["sdate_full"]
        return s

    def body(self, ev: _Event, lang: str, outlet: W.Outlet) -> tuple[str, list[str]]:
        rng = self.rng
        spec = T.KINDS[ev.kind][lang]
        s = self.slots(ev, lang)
        title = rng.choice(spec["titles"]).format(**s)
        lead = rng.choice(spec["leads"]).format(**s)
        if outlet.dateline:
            lead = f"{s['place'].upper()} ({outlet.code}) – {lead}"
        groups = list(spec["facts"])
        rng.shuffle(groups)
        k = rng.randint(min(3, len(groups)), len(groups))
        facts = [rng.choice(g).format(**s) for g in groups[:k]]
        quotes = rng.sample(spec["quotes"], rng.randint(1, min(3, len(spec["quotes"]))))
        # "he added" needs a named speaker before it
        quotes.sort(key=lambda q: "{he} added" in q)
        quotes = [q.format(**s) for q in quotes]
        bg = [b.format(**s) for b in rng.sample(T.BACKGROUND[lang], rng.randint(5, 9))]
        paras = [lead]
        if rng.random() < 0.5 and len(spec["leads"]) > 1:
            # a second paragraph restating the news in other words, as many reports do
            facts.insert(rng.randint(0, len(facts)), rng.choice(spec["leads"]).format(**s))
        i = 0
        while i < len(facts):
            take = rng.randint(1, 2)
            paras.append(" ".join(facts[i : i + take]))
            i += take
            if quotes and rng.random() < 0.6:
                paras.append(quotes.pop(0))
        paras.extend(quotes)
        for j in range(0, len(bg), 2):
            paras.append(" ".join(bg[j : j + 2]))
        if self.words:
            # longer articles: colour paragraphs go before the background (a wire copy keeps them)
            extra = self.filler(ev, lang, sum(len(x.split()) for x in paras))
            k = len(paras) - (len(bg) + 1) // 2
            paras[k:k] = extra
        return title, paras

    def reprint(self, orig: _Original, ev: _Event, lang: str) -> tuple[str, list[str]]:
        """A wire copy: a new headline, and one or two small edits to the body."""
        rng = self.rng
        spec = T.KINDS[ev.kind][lang]
        s = self.slots(ev, lang)
        titles = [t for t in (x.format(**s) for x in spec["titles"]) if t != orig.title]
        title = rng.choice(titles) if titles else orig.title + (" (Update)" if lang == "en" else " (Aktualisiert)")
        paras = list(orig.paras)
        edits = rng.sample(("drop", "word", "tail", "dateline"), rng.randint(1, 2))
        if "drop" in edits and len(paras) > 6:
            paras.pop()
        if "word" in edits:
            j = rng.randrange(1, len(paras)) if len(paras) > 1 else 0
            for a, b in _WORD_EDITS[lang]:
                if a in paras[j]:
                    paras[j] = paras[j].replace(a, b, 1)
                    break
            else:
                paras[j] = paras[j] + " " + rng.choice(T.REPRINT_TAILS[lang])
        if "tail" in edits:
            paras.append(rng.choice(T.REPRINT_TAILS[lang]))
        if "dateline" in edits and " – " in paras[0][:40]:
            paras[0] = paras[0].split(" – ", 1)[1]
        return title, paras

    def dress(self, paras: list[str], outlet: W.Outlet, ev: _Event, lang: str, credit: str | None) -> str:
        """The body as an outlet prints it: its chrome lines around and inside the story."""
        if not self.chrome:
            return "\n\n".join(paras + ([f"Source: {credit}"] if credit else []))
        rng = self.rng
        out = list(outlet.top)
        caption = None
        if not outlet.wire and rng.random() < 0.5:
            caps = W.CAPTIONS_DE if lang == "de" else W.CAPTIONS
            sur = ev.slots[lang]["P1s"]
            caption = rng.choice(caps).format(surname=sur, agency=rng.choice(("NWA", "CPS", "DNN")),
                                              place=ev.slots[lang]["place"])
            out.append(caption)
        if outlet.counters and rng.random() < 0.5:
            out.append(f"{rng.randint(40, 9000)} views {rng.randint(0, 12)} comment(s)")
        for i, p in enumerate(paras):
            out.append(p)
            if i == 1 and outlet.teasers:
                out.append(rng.choice(outlet.teasers))
        if credit:
            out.append(f"Source: {credit}" if lang == "en" else f"Quelle: {credit}")
        if caption and rng.random() < 0.6:
            out.append(caption)  # galleries repeat the caption under the text
        if outlet.teasers and rng.random() < 0.5:
            out.append(rng.choice(outlet.teasers))
        out.extend(outlet.bottom)
        return "\n\n".join(out)


_WORD_EDITS = {
    "en": ((" said ", " stated "), (" about ", " around "), (" will ", " would "), ("Officials", "Authorities"),
           (" told reporters", " told journalists"), (" on ", " on Saturday, ")),
    "de": ((" sagte ", " erklärte "), (" rund ", " etwa "), (" soll ", " wird ")),
}


def _slug(title: str) -> str:
    return _SLUG.sub("-", title.lower()).strip("-")[:60]


def generate(
    n_articles: int,
    *,
    seed: int = 0,
    languages: Sequence[str] = ("en", "de"),
    n_events: int | None = None,
    reprint_rate: float = 0.1,
    chrome: bool = True,
    start: str = "2025-01-01",
    days: int = 60,
    words: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield ``n_articles`` synthetic articles in publication order, deterministic for ``seed``.

    Each item has ``id, outlet, title, published`` (ISO date), ``text`` (plain body; with
    ``chrome=True`` it includes the outlet's chrome lines), ``language``, ``event_id`` (the gold
    story), ``reprint_of`` (the id of the copied original, or None) and ``url``.
    ``n_events`` defaults to about one event per ten articles. ``words``: make each original body
    about this many words long with colour paragraphs (quotes of residents, with numbers, so that
    independent reports stay unlike each other); None (default) gives the short bodies (~170 words).
    """
    if n_articles < 0:
        raise ValueError(f"n_articles must be >= 0, got {n_articles}")
    if not 0 <= reprint_rate < 1:
        raise ValueError(f"reprint_rate must be in [0, 1), got {reprint_rate}")
    langs = tuple(dict.fromkeys(languages))
    unknown = [x for x in langs if x not in ("en", "de")]
    if not langs or unknown:
        raise ValueError(f"languages must be a non-empty subset of ('en', 'de'), got {tuple(languages)}")
    if days < 1:
        raise ValueError(f"days must be >= 1, got {days}")
    if words is not None and words < 0:
        raise ValueError(f"words must be >= 0 or None, got {words}")
    try:
        start_date = _dt.date.fromisoformat(start)
    except ValueError:
        raise ValueError(f"start must be an ISO date like 2025-01-01, got {start!r}") from None
    if n_articles == 0:
        return
    rng = random.Random(seed)
    n_ev = n_events if n_events is not None else max(1, round(n_articles / 10))
    if n_ev < 1:
        raise ValueError(f"n_events must be >= 1, got {n_events}")
    events = [_make_event(rng, k, start_date, days, langs) for k in range(n_ev)]
    # event sizes are skewed: a few big stories, many small ones
    weights = [rng.paretovariate(1.3) for _ in events]
    first = list(range(min(n_ev, n_articles)))
    rest = rng.choices(range(n_ev), weights=weights, k=n_articles - len(first))
    offsets = rng.choices((0, 0, 0, 1, 1, 2, 3), k=n_articles)
    plan = sorted((events[e].date.toordinal() + off, j, e) for j, (e, off) in enumerate(zip(first + rest, offsets)))
    outlets = {lang: [o for o in W.OUTLETS if o.language == lang] for lang in langs}
    weights_o = {lang: [2 if o.wire else 1 for o in outlets[lang]] for lang in langs}
    reprinters = {lang: [o for o in outlets[lang] if not o.wire] for lang in langs}
    writer = _Writer(rng, chrome, words)
    reprints = 0
    width = max(6, len(str(n_articles)))
    for i, (day, _, e) in enumerate(plan):
        ev = events[e]
        aid = f"g{seed}-{i:0{width}d}"
        published = _dt.date.fromordinal(day).isoformat()
        pool = [(lang, o) for lang, os_ in ev.originals.items() for o in os_]
        want = rng.random() < reprint_rate or reprints < reprint_rate * i - 2
        if pool and want and reprint_rate > 0:
            lang, orig = rng.choice(pool)
            choices = [o for o in reprinters[lang] if o is not orig.outlet] or [o for o in outlets[lang] if o is not orig.outlet]
            outlet = rng.choice(choices)
            title, paras = writer.reprint(orig, ev, lang)
            text = writer.dress(paras, outlet, ev, lang, orig.outlet.name if orig.outlet.wire else None)
            reprint_of: str | None = orig.id
            reprints += 1
        else:
            lang = ("de" if rng.random() < _DE_SHARE else "en") if len(langs) > 1 else langs[0]
            outlet = rng.choices(outlets[lang], weights=weights_o[lang])[0]
            title, paras = writer.body(ev, lang, outlet)
            text = writer.dress(paras, outlet, ev, lang, None)
            reprint_of = None
            keep = ev.originals.setdefault(lang, [])
            keep.append(_Original(aid, outlet, title, paras))
            if len(keep) > _MAX_ORIGINALS:
                keep.pop(0)
        yield {
            "id": aid,
            "outlet": outlet.name,
            "title": title,
            "published": published,
            "text": text,
            "language": lang,
            "event_id": ev.id,
            "reprint_of": reprint_of,
            "url": f"https://{outlet.domain}/{outlet.section}/{published.replace('-', '/')}/{_slug(title)}-{i}",
        }


_JSONL_KEYS = ("id", "url", "outlet", "title", "published", "text", "language")


def _txt_date(published: str, lang: str) -> str:
    d = _dt.date.fromisoformat(published)
    if lang == "de":
        return f"{d.day}. {W.MONTHS_DE[d.month - 1]} {d.year}"
    return f"{W.MONTHS_EN[d.month - 1]} {d.day}, {d.year}"


def write_corpus(items: Iterable[dict[str, Any]], out_dir: str | Path, fmt: str = "jsonl",
                 gold_path: str | Path | None = None) -> int:
    """Write generated items to ``out_dir``; return how many were written.

    ``fmt="jsonl"`` writes ``out_dir/articles.jsonl`` (keys ``id, url, outlet, title, published,
    text, language``: what the JSONL reader accepts). ``fmt="txt"`` writes one ``<id>.txt`` per
    article (headline, a date line, then the body; like a page saved as text), 1,000 files per
    sub-folder. With ``gold_path``, the gold ``{id, event_id, reprint_of}`` lines go there too.
    """
    if fmt not in ("jsonl", "txt"):
        raise ValueError(f"fmt must be 'jsonl' or 'txt', got {fmt!r}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    gold = open(gold_path, "w", encoding="utf-8") if gold_path else None
    n = 0
    try:
        if fmt == "jsonl":
            with open(out / "articles.jsonl", "w", encoding="utf-8") as fh:
                for it in items:
                    fh.write(json.dumps({k: it[k] for k in _JSONL_KEYS}, ensure_ascii=False) + "\n")
                    if gold:
                        gold.write(json.dumps({"id": it["id"], "event_id": it["event_id"], "reprint_of": it["reprint_of"]}) + "\n")
                    n += 1
        else:
            for it in items:
                sub = out / f"{n // 1000:04d}"
                if n % 1000 == 0:
                    sub.mkdir(exist_ok=True)
                body = f"{it['title']}\n\n{_txt_date(it['published'], it['language'])}\n\n{it['text']}\n"
                (sub / f"{it['id']}.txt").write_text(body, encoding="utf-8")
                if gold:
                    gold.write(json.dumps({"id": it["id"], "event_id": it["event_id"], "reprint_of": it["reprint_of"]}) + "\n")
                n += 1
    finally:
        if gold:
            gold.close()
    return n
