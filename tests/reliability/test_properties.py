"""Item 3: properties that must hold for any input (hypothesis).

* cleaning never invents or reorders text: the clean text is the extracted text with the removed
  spans deleted, made of in-order spans of it joined by paragraph breaks;
* every span stays inside its text (sentences, time expressions, removed spans, citations in
  every stored document);
* reprint detection is symmetric, and reprint groups do not depend on arrival order;
* clustering is invariant to input order where docs/stories.md promises it (when it exists).
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings as hsettings, strategies as st

from newsweave.clean import clean_text, split_lines
from newsweave.clean.core import rebuild
from newsweave.dedupe.minhash import ReprintIndex, is_reprint_pair, minhash_of

FULL = os.environ.get("NEWSWEAVE_RELIABILITY", "").lower() == "full"
EXAMPLES = 400 if FULL else 60
# no shrinking: on these inputs it can take minutes; the failing example is printed as found
PROFILE = hsettings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None,
                    phases=[Phase.explicit, Phase.generate])

# lines that look like article text, site chrome, metadata, and noise
CHROME = ["Advertisement", "Share this article", "Read more:", "Sign up for our newsletter", "Photo: Reuters",
          "© 2025 The Elsmere Ledger", "Follow us on Twitter", "Comments (12)", "By Mara Quillfeather",
          "March 4, 2025", "PORT ELSMERE (Reuters) -", "Related: Ferry strike ends", "Cookies help us deliver",
          "Home > World > Europe", "This article was machine translated", "Updated 10:42 GMT"]
WORDS = st.sampled_from("the council ferry harbour said on Tuesday bridge repairs Drovik Kallan people report "
                        "would follow within days officials crews rosters tram line opened".split())
SENTENCE = st.lists(WORDS, min_size=3, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
PARA = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)
NOISE = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
LINE = st.one_of(PARA, PARA, st.sampled_from(CHROME), NOISE, st.just(""))
SEP = st.sampled_from(["\n", "\n\n", "\n \n", "\n\n\n", "\r\n"])


@st.composite
def extracted_texts(draw):
    lines = draw(st.lists(LINE, min_size=0, max_size=25))
    out = ""
    for ln in lines:
        out += ln + draw(SEP)
    return out.replace("\r\n", "\n")


@PROFILE
@given(extracted_texts(), st.lists(st.integers(0, 30), max_size=4))
def test_cleaning_only_deletes(extracted, marked):
    lines = split_lines(extracted)
    pre = {i: "metadata" for i in marked if i < len(lines)}
    res = clean_text(extracted, pre_marked=pre)
    # the contract: text == extracted minus the removed spans
    assert rebuild(extracted, res.removed) == res.text
    # removed spans are real pieces of extracted, in bounds, not overlapping
    last = 0
    for r in sorted(res.removed, key=lambda r: r.start):
        assert 0 <= r.start <= r.end <= len(extracted)
        assert extracted[r.start:r.end] == r.text
        assert r.start >= last
        last = r.end
    # the text is in-order segments of extracted, joined only by paragraph breaks
    pos_t, pos_e = 0, 0
    for ts, es, n in res.segments:
        assert ts >= pos_t and es >= pos_e
        assert res.text[ts:ts + n] == extracted[es:es + n]
        assert res.text[pos_t:ts].strip() == ""  # only separators between segments
        pos_t, pos_e = ts + n, es + n
    assert res.text[pos_t:].strip() == ""
    # subsequence check, independent of the segment bookkeeping
    it = iter(extracted)
    assert all(ch in it for ch in res.text if not ch.isspace())


@PROFILE
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=600) | extracted_texts())
def test_sentence_and_timex_spans_stay_inside(text):
    from newsweave.analyze.sentences import split_sentences
    from newsweave.analyze.time import find_timexes

    prev = 0
    for s, e in split_sentences(text):
        assert prev <= s < e <= len(text)
        prev = e
    for sp in find_timexes(text, "2025-03-04"):
        assert 0 <= sp.start < sp.end <= len(text)
        assert text[sp.start:sp.end].strip()


@PROFILE
@given(st.lists(SENTENCE, min_size=4, max_size=30), st.lists(SENTENCE, max_size=10), st.integers(0, 30))
def test_reprint_detection_is_symmetric(base, extra, cut):
    a = " ".join(base)
    b = " ".join(base[: max(1, len(base) - cut % len(base))] + extra)
    ma, mb = minhash_of(a), minhash_of(b)
    for thr in (0.3, 0.5, 0.8):
        assert is_reprint_pair(ma, mb, thr) == is_reprint_pair(mb, ma, thr)


@PROFILE
@given(st.lists(st.tuples(st.lists(SENTENCE, min_size=6, max_size=14), st.integers(1, 28)), min_size=2, max_size=6),
       st.randoms(use_true_random=False))
def test_reprint_groups_do_not_depend_on_arrival_order(docs, rnd):
    # each doc, plus a near copy of some: group membership must not depend on the order they arrive
    arts = []
    for i, (sents, day) in enumerate(docs):
        arts.append((f"a{i}", " ".join(sents), f"2025-03-{day:02d}"))
        if i % 2 == 0:
            arts.append((f"a{i}copy", " ".join(sents[:-1]) + " Updated.", f"2025-03-{min(28, day + 1):02d}"))

    def groups(order):
        idx = ReprintIndex(0.5)
        for aid, text, day in order:
            idx.add(aid, minhash_of(text), day)
        return {frozenset(idx.group(aid)) for aid, _, _ in order}, {aid: idx.root(aid) for aid, _, _ in order}

    g1, r1 = groups(arts)
    shuffled = list(arts)
    rnd.shuffle(shuffled)
    g2, r2 = groups(shuffled)
    assert g1 == g2
    # the root is the earliest copy by date; only a tie on that date is broken by arrival order
    day = {aid: d for aid, _, d in arts}
    for g in g1:
        first = min(day[a] for a in g)
        if sum(day[a] == first for a in g) == 1:
            assert {r1[a] for a in g} == {r2[a] for a in g}


def _citations(obj, path=""):
    if isinstance(obj, dict):
        if {"article_id", "start", "end"} <= obj.keys() and isinstance(obj.get("start"), int):
            yield path, obj
        for k, v in obj.items():
            yield from _citations(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _citations(v, f"{path}[{i}]")


@pytest.fixture(scope="module")
def processed_store(tmp_path_factory):
    """A generated corpus through the whole job (whatever corpus steps are installed)."""
    from newsweave import gen, pipeline
    from newsweave.settings import Settings
    from newsweave.store.sqlite import SQLiteStore

    d = tmp_path_factory.mktemp("props")
    gen.write_corpus(gen.generate(80 if not FULL else 400, seed=5), d / "corpus", fmt="jsonl")
    store = SQLiteStore(d / "p.db")
    pipeline.process([str(d / "corpus")], store, Settings.load(environ={}), out_dir=str(d / "out"))
    yield store, d
    store.close()


def test_every_stored_span_and_citation_is_inside_its_text(processed_store):
    store, _ = processed_store
    texts = {a.id: a for a in store.iter_articles()}
    assert texts
    for a in texts.values():
        assert rebuild(a.extracted, a.removed) == a.text
        for name, spans in a.layers.items():
            for s in spans:
                assert 0 <= s.start <= s.end <= len(a.text), (a.id, name, s)
    checked = 0
    kinds = {r[0] for r in store.conn.execute("SELECT DISTINCT kind FROM docs")}
    for kind in kinds:
        for key, doc in store.iter_docs(kind):
            for path, c in _citations(doc):
                art = texts.get(c["article_id"])
                assert art is not None, (kind, key, path, "cites an unknown article")
                assert 0 <= c["start"] <= c["end"] <= len(art.text), (kind, key, path, c)
                checked += 1
    # span-like pairs that are not dicts: the ledger's per-article sentence lists
    for key, doc in store.iter_docs("ledger"):
        for aid, spans in (doc.get("sentences") or {}).items():
            for s, e in spans:
                assert 0 <= s <= e <= len(texts[aid].text)
    print(f"checked {checked} citations in {sorted(kinds)}")


def test_clustering_order_invariance_where_promised(tmp_path):
    """docs/stories.md: batch == one-by-one arrival (same stories for the same arrival order)."""
    pytest.importorskip("newsweave.cluster")
    from newsweave import gen, pipeline
    from newsweave.settings import Settings
    from newsweave.store.sqlite import SQLiteStore

    items = list(gen.generate(60, seed=9))
    batch_dir = tmp_path / "batch"
    gen.write_corpus(items, batch_dir, fmt="jsonl")

    def membership(store):
        out = set()
        for _, d in store.iter_docs("story"):
            if "merged_into" not in d:
                out.add(frozenset(d["article_ids"]))
        return out

    s = Settings.load(environ={})
    with SQLiteStore(tmp_path / "batch.db") as st1:
        pipeline.process([str(batch_dir)], st1, s)
        batch = membership(st1)
    with SQLiteStore(tmp_path / "one.db") as st2:
        for i, it in enumerate(items):
            one = tmp_path / f"one-{i:03d}"
            gen.write_corpus([it], one, fmt="jsonl")
            pipeline.process([str(one)], st2, s)
        single = membership(st2)
    assert batch == single
