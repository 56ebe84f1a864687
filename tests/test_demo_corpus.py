"""The bundled demo corpus (demo/corpus) through pipeline.ingest, checked against demo/gold.

Article keys in the gold files are paths relative to demo/corpus, plus ``#<record id>`` for
records inside JSONL and feed files; :func:`key_of` maps a stored article back to its key.
"""

import json
import re
import shutil
from pathlib import Path

import pytest

from newsweave import pipeline
from newsweave.store.sqlite import SQLiteStore

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "demo" / "corpus"
GOLD = REPO / "demo" / "gold"

N_FILES = 15
N_ARTICLES = 21


def gold(name):
    return json.loads((GOLD / name).read_text(encoding="utf-8"))


def key_of(article, root=CORPUS) -> str:
    rel = Path(article.source).resolve().relative_to(root.resolve()).as_posix()
    return f"{rel}#{article.id}" if article.fmt in ("jsonl", "feed") else rel


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    from newsweave.settings import Settings

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    store = SQLiteStore(db)
    rep = pipeline.ingest([str(CORPUS)], store, Settings.load(environ={}))
    arts = {key_of(a): a for a in store.iter_articles()}
    yield rep, arts
    store.close()


def test_every_file_read_no_rejects(ingested):
    rep, arts = ingested
    assert len([p for p in CORPUS.rglob("*") if p.is_file()]) == N_FILES
    assert rep.rejected == 0, rep.rejects
    assert rep.read == rep.stored == N_ARTICLES
    assert {a.fmt for a in arts.values()} == {"txt", "html", "jsonl", "feed"}
    assert all(len(a.text) > 150 for a in arts.values())


def test_gold_keys_cover_the_corpus(ingested):
    _, arts = ingested
    stories = gold("stories.json")
    keys = [k for s in stories for k in s["articles"]]
    assert sorted(keys) == sorted(arts)  # every article in exactly one gold story
    story_ids = {s["id"] for s in stories}
    for name in ("claims.json", "contradictions.json", "timeline.json"):
        assert {x["story"] for x in gold(name)} <= story_ids
    for c in gold("claims.json"):
        assert set(c["articles"]) <= set(arts) and c["status"] in {"corroborated", "single_source", "contested"}
    for t in gold("timeline.json"):
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t["date"]) and t["granularity"] in {"day", "month", "year", "season", "range"}


def test_wire_reprint_points_at_the_earliest_copy(ingested):
    _, arts = ingested
    want = {r["article"]: r["reprint_of"] for r in gold("reprints.json")}
    got = {k: key_of(next(b for b in arts.values() if b.id == a.reprint_of)) for k, a in arts.items() if a.reprint_of}
    assert got == want


def test_reprints_do_not_depend_on_arrival_order(tmp_path, settings):
    """Reprints ingested before their original (one file per run) end up pointing at it."""
    store = SQLiteStore(tmp_path / "rev.db")
    files = sorted((p for p in CORPUS.rglob("*") if p.is_file()), reverse=True)
    for f in files:
        pipeline.ingest([str(f)], store, settings)
    arts = {key_of(a): a for a in store.iter_articles()}
    by_id = {a.id: k for k, a in arts.items()}
    got = {k: by_id[a.reprint_of] for k, a in arts.items() if a.reprint_of}
    store.close()
    assert got == {r["article"]: r["reprint_of"] for r in gold("reprints.json")}


def test_second_language_detected(ingested):
    _, arts = ingested
    de = {k for k, a in arts.items() if a.language == "de"}
    assert de == {"txt/nordkurier-seegespraeche.txt", "html/nordkurier-hafenstreik.html"}
    assert all(a.language == "en" for k, a in arts.items() if k not in de)


def test_metadata_from_containers(ingested):
    _, arts = ingested
    a1 = arts["feeds/northwire.rss#nwa-20241218-0940"]
    assert (a1.outlet, a1.published[:16]) == ("Northwire Agency", "2024-12-18T09:40")
    assert a1.title == "Kessavia and Norvand to open sea security talks on Jan. 9, Orlenko says"
    mc = arts["jsonl/morning-compass.jsonl#mc-2025-01-13-strike"]
    assert (mc.outlet, mc.title, mc.published[:10]) == ("The Morning Compass", "Harbortown port strike: what we know", "2025-01-13")
    hl = arts["html/harbor-ledger-orlenko-talks.html"]
    assert (hl.outlet, hl.title, hl.published[:10]) == (
        "The Harbor Ledger", "Kessavia names date for sea talks as advisers agree teams", "2024-12-18")
    vc = arts["txt/valley-courier-port-strike.txt"]
    assert vc.title == "Port strike: 4,000 Harbortown dockers walk out"
    # the masthead under the headline names the outlet, so the four files are learned together
    assert {a.outlet for k, a in arts.items() if k.startswith("txt/valley-courier-")} == {"Valley Courier"}
    ct = arts["txt/coastline-times-storm-power.txt"]
    assert (ct.title, ct.outlet) == ("Thousands without power after Saltmere storm", "Coastline Times")
    assert arts["txt/valley-courier-orlenko-talks.txt"].credit == "Wire"
    # HTML pages keep the full timestamp of article:published_time
    assert arts["html/nordkurier-hafenstreik.html"].published == "2025-01-13T12:00:00+01:00"
    assert arts["html/harbor-ledger-orlenko-talks.html"].published == "2024-12-18T15:20:00+00:00"
    assert all(len(a.published) > 10 for k, a in arts.items() if k.startswith("html/"))


# (article key, a planted chrome line, the reason the cleaner must give)
PLANTED = [
    ("txt/valley-courier-orlenko-talks.txt", "Home / World / Europe", "breadcrumb"),
    ("txt/valley-courier-orlenko-talks.txt", "2417 views 0 comment(s)", "counters"),
    ("txt/valley-courier-orlenko-talks.txt", "Dmitri Orlenko, Photo: NWA/Archive", "photo_caption"),
    ("txt/valley-courier-orlenko-talks.txt", "See also  Fans queue overnight for cup final tickets", "related_links"),
    ("txt/valley-courier-orlenko-talks.txt", "Bonus video:", "promo"),
    ("txt/valley-courier-orlenko-talks.txt", "Related Posts", "related_links"),
    ("txt/valley-courier-orlenko-talks.txt", "Leave a Reply", "comment_form"),
    ("txt/valley-courier-orlenko-talks.txt",
     "Your email address will not be published. Fields marked * are required", "comment_form"),
    ("txt/valley-courier-storm.txt", "Flooded streets in Saltmere, Photo: Valley Courier", "photo_caption"),
    ("txt/global-digest-orlenko-talks.txt",
     "Disclaimer: This article was translated automatically from the original language. The translation may contain errors.",
     "mt_disclaimer"),
    ("txt/global-digest-orlenko-talks.txt", "1287 views 0 comment(s)", "counters"),
    ("txt/nordkurier-seegespraeche.txt", "Dmitrij Orlenko in Velden, Foto: DNN/Archiv", "photo_caption"),
    ("txt/coastline-times-storm-power.txt", "Share this article", "share_prompt"),
    ("txt/coastline-times-storm-power.txt", "Coastline Times", "site_name"),
    ("txt/coastline-times-storm-power.txt", "The coast's daily since 1904", "site_name"),
    ("txt/coastline-times-storm-power.txt", "Thousands without power after Saltmere storm", "title"),
    ("txt/coastline-times-storm-power.txt", "More from Coastline Times", "related_links"),
    ("txt/coastline-times-storm-power.txt", "New bridge to open in spring", "related_links"),
    ("txt/valley-courier-orlenko-talks.txt", "VALLEY COURIER", "site_name"),
    ("txt/valley-courier-orlenko-talks.txt", "Your valley, your voice", "site_name"),
    ("txt/valley-courier-orlenko-talks.txt", "Source: Wire", "metadata"),
    ("txt/valley-courier-orlenko-talks.txt", "Weather: frost warning for the coast", "related_links"),
    ("txt/valley-courier-orlenko-talks.txt", "Opinion: our streets deserve better lighting", "related_links"),
    ("txt/valley-courier-fishermen.txt", "Ten photos from the harbour festival", "related_links"),
    ("txt/valley-courier-port-strike.txt", "Why commuters are switching to night trains", "related_links"),
    ("txt/valley-courier-storm.txt", "Weather: frost warning for the coast", "related_links"),
    ("txt/nordkurier-seegespraeche.txt",
     "Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu.",
     "cookie_banner"),
    ("txt/nordkurier-seegespraeche.txt", "Lesen Sie auch: Zehn Ausflugsziele für den Winterurlaub", "related_links"),
    ("jsonl/morning-compass.jsonl#mc-2024-12-18-sea-talks",
     "Subscribe to our morning newsletter for the day's top stories.", "promo"),
]


@pytest.mark.parametrize("key,line,reason", PLANTED)
def test_planted_chrome_removed_with_reason(ingested, key, line, reason):
    _, arts = ingested
    a = arts[key]
    assert line not in a.text
    assert any(r.text == line and r.reason == reason for r in a.removed), [(r.text, r.reason) for r in a.removed]


def test_cookie_banners_removed(ingested):
    _, arts = ingested
    for key, a in arts.items():
        assert "use cookies" not in a.text and "verwendet Cookies" not in a.text, key
    for key, a in arts.items():
        if a.fmt == "html":  # page chrome (nav, cookie banner, related links, comment form, footer) never reaches the body
            for s in ("Accept", "Leave a Reply", "Related Posts", "Post Comment", "All rights reserved", "Privacy"):
                assert s not in a.text, (key, s)


def test_no_chrome_left_in_any_body(ingested):
    """Every paragraph of the demo bodies is story text: it ends as a sentence (teasers, site names,
    taglines and prompts do not)."""
    _, arts = ingested
    left = [(k, p) for k, a in arts.items() for p in a.text.split("\n\n") if not p.rstrip('"”“’').endswith((".", "!", "?"))]
    assert left == []


def test_story_sentences_are_kept(ingested):
    """Precision first: quotes and contradiction spans of the gold are verbatim in the clean text."""
    _, arts = ingested
    for q in gold("quotes.json"):
        assert q["text"] in arts[q["article"]].text, q
    for c in gold("contradictions.json"):
        for side in ("a", "b"):
            assert c[side]["text"] in arts[c[side]["article"]].text, c


def test_entity_variants_occur(ingested):
    _, arts = ingested
    # the outlet's own name is in the metadata, not in any body
    blob = "\n".join([a.text for a in arts.values()] + [a.outlet or "" for a in arts.values()])
    missing = [(e["name"], v) for e in gold("entities.json") for v in [e["name"], *e["variants"]] if v not in blob]
    assert missing == []


def test_copy_of_corpus_ingests_identically(tmp_path, settings, ingested):
    """Ingesting the corpus twice (and from another folder) changes nothing."""
    _, arts = ingested
    copy = tmp_path / "corpus"
    shutil.copytree(CORPUS, copy)
    store = SQLiteStore(tmp_path / "c.db")
    pipeline.ingest([str(copy)], store, settings)
    second = pipeline.ingest([str(copy)], store, settings)
    got = {key_of(a, copy): a.text for a in store.iter_articles()}
    store.close()
    assert second.stored == 0 and second.unchanged == N_ARTICLES
    assert got == {k: a.text for k, a in arts.items()}
