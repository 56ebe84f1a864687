"""A small fictional corpus for the API and web tests, with story / ledger / brief docs made here.

Two stories: a ferry strike in the invented port of Portvale (four outlets, one wire reprint,
an English and a German report, a contested number and a contested date) and a bridge reopening
in Brennvik that carries XSS probes in its title, body, outlet name and a quote. The docs follow
CONTRACTS.md exactly; spans are found in the stored clean texts, so every citation is real.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsweave import pipeline
from newsweave.settings import Settings
from newsweave.store.sqlite import SQLiteStore

XSS_TITLE = '<script>window.__xss = "title"; document.title = "pwned"</script>Brennvik bridge reopens'
XSS_OUTLET = '<img src=x onerror="window.__xss=\'outlet\'">Fjord Post'
XSS_BODY_LINE = ('Readers can <a href="javascript:window.__xss=\'link\'">click here</a> or view '
                 '<img src=x onerror="window.__xss=\'body\'"> the new span.')
XSS_QUOTE = '<script>window.__xss="quote"</script>We are open again'

ARTICLES = [
    {"id": "hh-1", "outlet": "Harbour Herald", "published": "2025-03-03", "language": "en",
     "title": "Portvale ferry crews walk out over rosters",
     "text": "Portvale ferry crews walked out on Monday, halting all crossings to Saltmere Island.\n\n"
             "About 40 crew members joined the strike, union organiser Ilse Marrow said.\n\n"
             "\"We will not sail on rosters that leave us exhausted,\" Marrow told reporters at the pier.\n\n"
             "The harbour authority said talks would resume on 12 March.\n\n"
             "See also  Ten recipes for a rainy weekend"},
    {"id": "sg-1", "outlet": "Saltmere Gazette", "published": "2025-03-03", "language": "en",
     "title": "Island cut off as ferry strike begins",
     "text": "Saltmere Island was cut off on Monday as Portvale ferry crews began a strike.\n\n"
             "Some 45 crew members stopped work, according to the Saltmere council.\n\n"
             "Island shops expect fresh deliveries to run short by Wednesday.\n\n"
             "Share on Facebook"},
    {"id": "cw-1", "outlet": "Coastline Wire", "published": "2025-03-04", "language": "en",
     "title": "Ferry strike halts Portvale crossings",
     "text": "Portvale ferry crews walked out on Monday, halting all crossings to Saltmere Island.\n\n"
             "The harbour authority said talks would resume on 14 March, later than first announced.\n\n"
             "\"We will not sail on rosters that leave us exhausted,\" union organiser Ilse Marrow said.\n\n"
             "Harbour master Tomas Brede called the walkout regrettable."},
    {"id": "id-1", "outlet": "Island Daily", "published": "2025-03-05", "language": "en",
     "title": "Strike: no ferries to Saltmere",
     "text": "Portvale ferry crews walked out on Monday, halting all crossings to Saltmere Island.\n\n"
             "The harbour authority said talks would resume on 14 March, later than first announced.\n\n"
             "\"We will not sail on rosters that leave us exhausted,\" union organiser Ilse Marrow said.\n\n"
             "Harbour master Tomas Brede called the walkout regrettable."},
    {"id": "nk-1", "outlet": "Nordkueste Kurier", "published": "2025-03-04", "language": "de",
     "title": "Faehrstreik in Portvale",
     "text": "In Portvale haben die Faehrbesatzungen am Montag die Arbeit niedergelegt.\n\n"
             "Rund 40 Besatzungsmitglieder beteiligen sich an dem Streik, sagte Gewerkschafterin Ilse Marrow.\n\n"
             "Die Verhandlungen sollen am 12. Maerz weitergehen."},
    {"id": "fp-1", "outlet": XSS_OUTLET, "published": "2025-04-10", "language": "en",
     "title": XSS_TITLE,
     "text": "The Brennvik bridge reopened to traffic on Thursday after eight months of repairs.\n\n"
             + XSS_BODY_LINE + "\n\n"
             "Mayor Odile Fenn said: \"" + XSS_QUOTE + ".\"\n\n"
             "<script>window.__xss = 'body-script'</script> Work on the footpath will finish in June."},
    {"id": "hh-2", "outlet": "Harbour Herald", "published": "2025-04-11", "language": "en",
     "title": "Brennvik bridge open after repairs",
     "text": "Drivers returned to the Brennvik bridge on Thursday after eight months of repairs.\n\n"
             "The footpath will reopen in June, the city said.\n\n"
             "Mayor Odile Fenn thanked residents for their patience."},
]


def _cite(arts: dict[str, Any], aid: str, phrase: str) -> dict[str, Any]:
    text = arts[aid].text
    start = text.index(phrase)
    return {"article_id": aid, "start": start, "end": start + len(phrase)}


def build(path: Path, *, settings: Settings | None = None) -> dict[str, Any]:
    """Create a SQLite database at ``path`` with the corpus and its docs; returns ids used in tests."""
    settings = settings or Settings.load(environ={})
    src = path.parent / "corpus.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    store = SQLiteStore(path)
    rep = pipeline.ingest([str(src)], store, settings)
    assert rep.stored == len(ARTICLES), rep.to_dict()
    arts = {a.id: a for a in store.iter_articles()}
    c = lambda aid, phrase: _cite(arts, aid, phrase)  # noqa: E731

    ferry = {
        "id": "s-ferry", "title": "Portvale ferry crews strike", "article_ids": ["hh-1", "sg-1", "cw-1", "nk-1", "id-1"],
        "first_published": "2025-03-03", "last_published": "2025-03-05",
        "outlets": ["Harbour Herald", "Saltmere Gazette", "Coastline Wire", "Nordkueste Kurier", "Island Daily"],
        "languages": ["en", "de"], "independent_sources": 4, "aliases": ["s-old"],
        "reprints": {"id-1": "cw-1"}, "updated_seq": 5, "version": 2,
    }
    bridge = {
        "id": "s-bridge", "title": XSS_TITLE, "article_ids": ["fp-1", "hh-2"],
        "first_published": "2025-04-10", "last_published": "2025-04-11", "outlets": [XSS_OUTLET, "Harbour Herald"],
        "languages": ["en"], "independent_sources": 2, "aliases": [], "reprints": {}, "updated_seq": 7, "version": 1,
    }
    store.put_doc("story", "s-ferry", ferry)
    store.put_doc("story", "s-old", {"id": "s-old", "merged_into": "s-ferry"})
    store.put_doc("story", "s-bridge", bridge)

    walkout = c("hh-1", "Portvale ferry crews walked out on Monday")
    ferry_ledger = {
        "story_version": 2,
        "claims": [
            {"id": "c1", "text": "Portvale ferry crews walked out on Monday.", "status": "corroborated",
             "support": ["hh-1", "sg-1", "cw-1", "nk-1", "id-1"], "independent_sources": 4, "conflicts": [],
             "citations": [walkout, c("sg-1", "Portvale ferry crews began a strike"),
                           c("cw-1", "Portvale ferry crews walked out on Monday")]},
            {"id": "c2", "text": "About 40 crew members joined the strike.", "status": "contested",
             "support": ["hh-1", "nk-1"], "independent_sources": 2,
             "conflicts": [{"kind": "number", "reason": "40 vs 45 crew members", "a": c("hh-1", "About 40 crew members"),
                            "b": c("sg-1", "Some 45 crew members"), "a_value": "40", "b_value": "45"}],
             "citations": [c("hh-1", "About 40 crew members joined the strike")]},
            {"id": "c3", "text": "Talks resume on 12 March.", "status": "contested",
             "support": ["hh-1", "nk-1"], "independent_sources": 2,
             "conflicts": [{"kind": "date", "reason": "12 March vs 14 March", "a": c("hh-1", "talks would resume on 12 March"),
                            "b": c("cw-1", "talks would resume on 14 March"), "a_value": "2025-03-12",
                            "b_value": "2025-03-14"}],
             "citations": [c("hh-1", "talks would resume on 12 March")]},
            {"id": "c4", "text": "Island shops expect deliveries to run short by Wednesday.", "status": "single_source",
             "support": ["sg-1"], "independent_sources": 1, "conflicts": [],
             "citations": [c("sg-1", "Island shops expect fresh deliveries to run short by Wednesday.")]},
        ],
        "quotes": [
            {"id": "q1", "speaker": "Ilse Marrow", "speaker_id": "person:ilse-marrow",
             "text": "We will not sail on rosters that leave us exhausted", "verbatim": True,
             **c("hh-1", "We will not sail on rosters that leave us exhausted"),
             "also_in": [c("cw-1", "We will not sail on rosters that leave us exhausted")]},
        ],
        "entities": [
            {"id": "e1", "name": "Ilse Marrow", "type": "PERSON", "variants": ["Ilse Marrow", "Marrow"],
             "article_ids": ["hh-1", "cw-1", "nk-1"], "mentions": [c("hh-1", "Ilse Marrow"), c("cw-1", "Ilse Marrow")]},
            {"id": "e2", "name": "Portvale", "type": "GPE", "variants": ["Portvale"],
             "article_ids": ["hh-1", "sg-1", "cw-1", "nk-1"], "mentions": [c("hh-1", "Portvale")]},
            {"id": "e3", "name": "Saltmere Island", "type": "LOC", "variants": ["Saltmere", "Saltmere Island"],
             "article_ids": ["hh-1", "sg-1"], "mentions": [c("sg-1", "Saltmere Island")]},
        ],
        "timeline": [
            {"date": "2025-03-03", "granularity": "day", "text": "Ferry crews walk out", "scheduled": False,
             "citations": [walkout]},
            {"date": "2025-03-12", "granularity": "day", "text": "Talks to resume", "scheduled": True,
             "citations": [c("hh-1", "The harbour authority said talks would resume on 12 March.")]},
            {"date": "2025-03-14", "granularity": "day", "text": "Talks to resume (later date)", "scheduled": True,
             "citations": [c("cw-1", "talks would resume on 14 March")]},
        ],
        "sentences": {},
    }
    store.put_doc("ledger", "s-ferry", ferry_ledger)

    b1 = {"version": 1, "story_version": 1, "headline": "Ferry crews strike in Portvale",
          "sentences": [{"text": "Portvale ferry crews walked out on Monday, halting crossings to Saltmere Island.",
                         "citations": [walkout]}],
          "sections": {}, "created_at": "2025-03-03T18:00:00Z"}
    b2 = {"version": 2, "story_version": 2, "headline": "Ferry crews strike in Portvale; talks date disputed",
          "sentences": [
              {"text": "Portvale ferry crews walked out on Monday, halting crossings to Saltmere Island.",
               "citations": [walkout, c("cw-1", "halting all crossings to Saltmere Island")]},
              {"text": "Reports put the number of strikers at 40 or 45.",
               "citations": [c("hh-1", "About 40 crew members joined the strike"), c("sg-1", "Some 45 crew members stopped work")]},
              {"text": "Talks are due to resume on 12 or 14 March.",
               "citations": [c("hh-1", "talks would resume on 12 March"), c("cw-1", "talks would resume on 14 March")]},
          ],
          "sections": {}, "created_at": "2025-03-05T09:00:00Z"}
    store.put_doc("brief_version", "s-ferry:0001", b1)
    store.put_doc("brief_version", "s-ferry:0002", b2)
    store.put_doc("brief", "s-ferry", b2)

    quote = XSS_QUOTE
    bridge_ledger = {
        "story_version": 1,
        "claims": [{"id": "c1", "text": "The Brennvik bridge reopened on Thursday.", "status": "corroborated",
                    "support": ["fp-1", "hh-2"], "independent_sources": 2, "conflicts": [],
                    "citations": [c("fp-1", "The Brennvik bridge reopened to traffic on Thursday"),
                                  c("hh-2", "Drivers returned to the Brennvik bridge on Thursday")]},
                   {"id": "c2", "text": XSS_BODY_LINE, "status": "single_source", "support": ["fp-1"],
                    "independent_sources": 1, "conflicts": [], "citations": [c("fp-1", XSS_BODY_LINE)]}],
        "quotes": [{"id": "q1", "speaker": "<b>Odile Fenn</b>", "speaker_id": "person:odile-fenn", "text": quote,
                    "verbatim": True, **c("fp-1", quote), "also_in": []}],
        "entities": [{"id": "e1", "name": "Odile Fenn", "type": "PERSON", "variants": ["Mayor Odile Fenn"],
                      "article_ids": ["fp-1", "hh-2"], "mentions": [c("fp-1", "Odile Fenn")]}],
        "timeline": [{"date": "2025-06", "granularity": "month", "text": "Footpath reopens", "scheduled": True,
                      "citations": [c("hh-2", "The footpath will reopen in June")]}],
        "sentences": {},
    }
    store.put_doc("ledger", "s-bridge", bridge_ledger)
    store.put_doc("brief", "s-bridge", {
        "version": 1, "story_version": 1, "headline": XSS_TITLE,
        "sentences": [{"text": XSS_BODY_LINE, "citations": [c("fp-1", XSS_BODY_LINE)]}],
        "sections": {}, "created_at": "2025-04-11T10:00:00Z"})
    store.put_doc("brief_version", "s-bridge:0001", store.get_doc("brief", "s-bridge"))
    store.close()
    return {"stories": ["s-ferry", "s-bridge"], "articles": [a["id"] for a in ARTICLES]}
