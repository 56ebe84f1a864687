"""Load benchmark for `newsweave serve`: concurrent clients on loopback against story pages and search.

Builds (once, cached) a database of N generated articles (``newsweave.gen`` when installed, else
a small fictional generator here) run through the real corpus steps (stories, ledgers, briefs, as
``newsweave run`` does: about 11 minutes for 10,000 articles on 2 cores, once). ``--synthetic``
instead synthesises small story / ledger / brief documents from the generator's gold events: quick
to build, but far smaller than real ledgers, so it flatters the server. Then
starts ``newsweave serve`` in a subprocess on a free loopback port and drives it with ``wrk``
(Debian package) or, if absent, an asyncio + httpx client, over a mix of URLs:

* web story pages ``/stories/{id}`` and API story details ``/api/stories/{id}`` (every story),
* the full section pages of the 20 biggest stories (``/stories/{id}/quotes``,
  ``/api/stories/{id}/sections/claims``),
* story list pages with filters, and full-text search ``/search?q=`` / ``/api/search?q=``;
* and, for ``--fresh-search`` (default 20 %) of the requests, searches for one or two random
  words from titles and leads, most of them never asked before: rendered by the server, not
  taken from a cache.

Every request says ``Accept-Encoding: gzip``, as browsers and httpx do (a big story page is
hundreds of kilobytes of markup; the server compresses each cached body once). It runs twice:
with the rendered-page cache on (the default) and off (every page rendered), and
prints requests/s, p50 and p99 latency and errors for each; it fails if the cached run misses the
floors in ``bench/baselines/serve_load.json`` (p99 < 250 ms at 50 clients, 0 errors).

With the cache on, a *cold pass* first asks for every URL once (4 clients) and prints its own
latencies: what the first visitor of a page after a data change waits. The timed run after it is
the steady state; ``--no-cold-pass`` puts every first render inside the timed run instead.

    python bench/serve_load.py                       # 10,000 articles, 50 clients, 15 s per run
    python bench/serve_load.py --n 2000 --duration 5 # quicker
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave import pipeline  # noqa: E402
from newsweave.settings import Settings  # noqa: E402
from newsweave.store.sqlite import SQLiteStore  # noqa: E402

# a fictional world for the fallback generator ------------------------------------------------
PEOPLE = ["Marta Kellner", "Ilse Marrow", "Tomas Brede", "Odile Fenn", "Anja Holt", "Rufus Tamm", "Petra Lind",
          "Jonas Vey", "Selma Orr", "Karel Dunst", "Mira Solberg", "Ewan Pratt", "Lotte Haas", "Bram Ekker"]
PLACES = ["Portvale", "Saltmere", "Brennvik", "Tidewater", "Hollin Bay", "Grauburg", "Eastwick Reach", "Norrhamn"]
ORGS = ["harbour authority", "city council", "transport union", "water board", "port police", "ferry company"]
TOPICS = [("strike", "walked out over pay"), ("flood", "closed roads after heavy rain"),
          ("bridge", "reopened the bridge after repairs"), ("budget", "approved a new budget"),
          ("fire", "fought a warehouse fire overnight"), ("election", "announced an early vote"),
          ("ferry", "added two crossings a day"), ("school", "opened a new school wing")]
OUTLETS = ["Harbour Herald", "Saltmere Gazette", "Coastline Wire", "Island Daily", "Tidewater Times", "Bay Courier",
           "Northern Ledger", "Valley Post", "Morning Lantern", "Evening Signal", "Nordkueste Kurier",
           "Hafenblatt", "Brennvik Bote", "Reach Reporter", "Quay Observer", "Civic Echo"]
DE_OUTLETS = {"Nordkueste Kurier", "Hafenblatt", "Brennvik Bote"}


def fallback_generate(n: int, seed: int):
    rng = random.Random(seed)
    n_events = max(1, n // 6)
    events = []
    for e in range(n_events):
        topic, verb = rng.choice(TOPICS)
        events.append({"id": f"ev{e:05d}", "topic": topic, "verb": verb, "who": rng.sample(PEOPLE, 3),
                       "where": rng.choice(PLACES), "org": rng.choice(ORGS), "day": rng.randrange(60),
                       "num": rng.randrange(12, 400)})
    originals: list[dict] = []
    for i in range(n):
        ev = rng.choice(events)
        outlet = rng.choice(OUTLETS)
        de = outlet in DE_OUTLETS
        day = ev["day"] + rng.randrange(3)
        published = f"2025-{1 + day // 28:02d}-{1 + day % 28:02d}"
        if originals and rng.random() < 0.1:
            src = rng.choice(originals[-200:])
            if src["event_id"] == ev["id"] or True:
                yield {**src, "id": f"a{i:06d}", "outlet": outlet, "title": src["title"] + " (wire)",
                       "published": published, "reprint_of": src["id"], "url": f"https://example.invalid/{i}"}
                continue
        who, where, org, num = ev["who"], ev["where"], ev["org"], ev["num"]
        if de:
            paras = [f"In {where} hat die Behoerde am Montag reagiert: {ev['topic']}.",
                     f"Rund {num} Menschen sind betroffen, sagte {who[0]}.",
                     f"{who[1]} kuendigte weitere Gespraeche fuer naechste Woche an."]
            title, lang = f"{where}: {ev['topic'].title()} beschaeftigt die Stadt", "de"
        else:
            paras = [f"The {org} in {where} {ev['verb']} on Monday, officials said.",
                     f"About {num + rng.choice([0, 0, 0, 5, -5])} people were affected, {who[0]} told reporters.",
                     f"\"We are working through the night,\" said {who[1]}, who leads the response.",
                     f"{who[2]} said a review would be published on {rng.randrange(1, 28)} March.",
                     f"Residents of {where} described long queues and closed shops near the harbour.",
                     f"The {org} said more details would follow later in the week."]
            rng.shuffle(paras[1:])
            title, lang = f"{where} {ev['topic']}: {org} {ev['verb'].split(' ')[0]}", "en"
        item = {"id": f"a{i:06d}", "outlet": outlet, "title": title, "published": published,
                "text": "\n\n".join(paras), "language": lang, "event_id": ev["id"], "reprint_of": None,
                "url": f"https://example.invalid/{i}"}
        originals.append(item)
        yield item


def generate(n: int, seed: int):
    try:
        from newsweave.gen import generate as gen  # the demo helper's generator, when present
    except ImportError:
        return fallback_generate(n, seed), "bench fallback generator"
    return gen(n, seed=seed), "newsweave.gen"


# building the database -----------------------------------------------------------------------

def build_db(path: Path, n: int, seed: int, real_steps: bool) -> dict:
    t0 = time.perf_counter()
    settings = Settings.load(environ={})
    items, source = generate(n, seed)
    items = list(items)
    tmp = Path(tempfile.mkdtemp(prefix="nw-bench-"))
    try:
        src = tmp / "corpus.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for it in items:
                fh.write(json.dumps({k: it.get(k) for k in ("id", "url", "outlet", "title", "published", "text", "language")},
                                    ensure_ascii=False) + "\n")
        if path.exists():
            path.unlink()
        store = SQLiteStore(path)
        rep = pipeline.ingest([str(src)], store, settings)
        t_ingest = time.perf_counter() - t0
        if real_steps:
            pipeline.update(store, settings)
        if not any(True for _ in store.iter_docs("story")):
            synthesise_docs(store, items)
        stories = sum(1 for _ in store.iter_docs("story"))
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {"articles": rep.stored, "stories": stories, "generator": source, "ingest_s": round(t_ingest, 1),
            "build_s": round(time.perf_counter() - t0, 1), "docs": "real steps" if real_steps else "synthesised from gold"}


def synthesise_docs(store: SQLiteStore, items: list[dict]) -> None:
    """Story, ledger and brief docs per gold event, with citations to real sentence spans."""
    from newsweave.analyze.sentences import split_sentences

    by_event: dict[str, list[str]] = defaultdict(list)
    for it in items:
        by_event[it["event_id"]].append(it["id"])
    for ev, ids in by_event.items():
        arts = store.get_articles(ids)
        if not arts:
            continue
        arts.sort(key=lambda a: (a.published or "", a.seq or 0))
        sents = {a.id: split_sentences(a.text) for a in arts}
        outlets = list(dict.fromkeys(a.outlet for a in arts if a.outlet))
        reprints = {a.id: a.reprint_of for a in arts if a.reprint_of}
        sid = f"s-{ev}"
        store.put_doc("story", sid, {
            "id": sid, "title": arts[0].title, "article_ids": [a.id for a in arts],
            "first_published": arts[0].published, "last_published": arts[-1].published, "outlets": outlets,
            "languages": sorted({a.language for a in arts if a.language}),
            "independent_sources": len({a.outlet for a in arts if a.id not in reprints}), "aliases": [],
            "reprints": reprints, "updated_seq": max(a.seq or 0 for a in arts), "version": 1})
        claims, cites = [], []
        for k, a in enumerate(arts[:8]):
            if not sents[a.id]:
                continue
            s, e = sents[a.id][0]
            c = {"article_id": a.id, "start": s, "end": e}
            cites.append(c)
            status = ("corroborated", "single_source", "contested")[k % 3]
            conflicts = []
            if status == "contested" and len(arts) > 1 and sents[arts[0].id]:
                s2, e2 = sents[arts[0].id][0]
                conflicts = [{"kind": "number", "reason": "different counts", "a": c,
                              "b": {"article_id": arts[0].id, "start": s2, "end": e2}, "a_value": "1", "b_value": "2"}]
            claims.append({"id": f"c{k}", "text": a.text[s:e], "status": status, "support": [a.id],
                           "independent_sources": 1, "conflicts": conflicts, "citations": [c]})
        store.put_doc("ledger", sid, {
            "story_version": 1, "claims": claims, "quotes": [], "timeline": [
                {"date": (arts[0].published or "2025-01-01")[:10], "granularity": "day", "text": arts[0].title or "",
                 "scheduled": False, "citations": cites[:1]}],
            "entities": [{"id": "e1", "name": arts[0].outlet or "x", "type": "ORG", "variants": [],
                          "article_ids": [a.id for a in arts], "mentions": []}],
            "sentences": {a.id: [list(x) for x in sents[a.id]] for a in arts}})
        brief = {"version": 1, "story_version": 1, "headline": arts[0].title,
                 "sentences": [{"text": arts[i].text[c["start"]:c["end"]], "citations": [c]}
                               for i, c in enumerate(cites[:4])],
                 "sections": {}, "created_at": "2025-03-01T00:00:00Z"}
        store.put_doc("brief", sid, brief)
        store.put_doc("brief_version", f"{sid}:0001", brief)


# load ------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def urls_for(db: Path, seed: int) -> tuple[list[str], list[str]]:
    store = SQLiteStore(db)
    stories = [(k, len(d.get("article_ids") or [])) for k, d in store.iter_docs("story") if not d.get("merged_into")]
    story_ids = [k for k, _ in stories]
    biggest = [k for k, _ in sorted(stories, key=lambda kn: (-kn[1], kn[0]))[:20]]
    words = set()
    for a in store.iter_articles(limit=300):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{5,}", (a.title or "") + " " + a.text[:600]))
    store.close()
    rng = random.Random(seed)
    words = sorted(words) or ["harbour"]
    urls = []
    for sid in story_ids:
        urls.append("/stories/" + quote(sid, safe=""))
        urls.append("/api/stories/" + quote(sid, safe=""))
    for sid in biggest:  # the "all N" pages of big stories' sections
        urls.append(f"/stories/{quote(sid, safe='')}/quotes")
        urls.append(f"/api/stories/{quote(sid, safe='')}/sections/claims")
    n_search = max(50, len(urls) // 2)
    for _ in range(n_search):
        q = " ".join(rng.sample(words, rng.choice([1, 1, 2])))
        urls.append(rng.choice(["/search?q=", "/api/search?q="]) + quote(q))
    for _ in range(max(20, len(urls) // 10)):
        urls.append(rng.choice(["/?page=", "/api/stories?page="]) + str(rng.randrange(1, 20)))
    rng.shuffle(urls)
    return urls, words


def start_server(db: Path, port: int, cache: bool, workers: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NEWSWEAVE_SERVE__PAGE_CACHE_ENTRIES": "512" if cache else "0"}
    proc = subprocess.Popen([sys.executable, "-m", "newsweave", "serve", "--db", str(db), "--port", str(port), "-q",
                             "--workers", str(workers)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited: " + proc.stderr.read().decode()[-2000:])
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("server did not start in 60 s")


def warm(base: str, workers: int) -> None:
    """Let every worker process build its catalog before the clock starts (a few requests each)."""
    import httpx

    for _ in range(4 * workers):
        httpx.get(base + "/api/health", timeout=60)


def cold_pass(base: str, urls: list[str], clients: int) -> dict:
    """Every URL once, by a few clients: the cost of a page nobody asked for since the data
    changed (a render, a ledger parse). Printed apart from the steady-state run that follows."""
    import asyncio

    import httpx

    lat: list[float] = []
    errors = 0
    todo = list(dict.fromkeys(urls))

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while todo:
            u = todo.pop()
            t = time.perf_counter()
            r = await client.get(base + u, headers={"Accept-Encoding": "gzip"})
            lat.append((time.perf_counter() - t) * 1000)
            errors += r.status_code >= 400

    async def main() -> float:
        async with httpx.AsyncClient(timeout=60) as client:
            t0 = time.perf_counter()
            await asyncio.gather(*(worker(client) for _ in range(clients)))
            return time.perf_counter() - t0

    elapsed = asyncio.run(main())
    lat.sort()
    pick = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))]  # noqa: E731
    return {"urls": len(lat), "clients": clients, "seconds": round(elapsed, 1), "p50_ms": round(pick(0.5), 1),
            "p99_ms": round(pick(0.99), 1), "max_ms": round(lat[-1], 1), "errors": errors}


def fresh_search(rng: random.Random, words: list[str]) -> str:
    """A search nobody asked before (mostly): one or two random title words."""
    q = rng.choice(words) + (" " + rng.choice(words) if rng.random() < 0.5 else "")
    return rng.choice(["/search?q=", "/api/search?q="]) + quote(q)


def run_wrk(base: str, urls: list[str], clients: int, duration: int, threads: int, words: list[str],
            fresh: float) -> dict:
    lua = "paths = {" + ",".join(json.dumps(u) for u in urls) + "}\n" + (
        "words = {" + ",".join(json.dumps(w) for w in words) + "}\n" + f"fresh = {fresh}\n") + (
        "math.randomseed(7)\nrequest = function()\n"
        "  local p\n"
        "  if math.random() < fresh then\n"  # same mix as fresh_search()
        "    local q = words[math.random(#words)]\n"
        "    if math.random() < 0.5 then q = q .. '%20' .. words[math.random(#words)] end\n"
        "    if math.random() < 0.5 then p = '/search?q=' .. q else p = '/api/search?q=' .. q end\n"
        "  else p = paths[math.random(#paths)] end\n"
        "  return wrk.format('GET', p, {['Accept-Encoding'] = 'gzip'})\nend\n"
        "done = function(summary, latency, requests)\n"
        "  io.write(string.format('JSON {\"p50\": %f, \"p99\": %f, \"requests\": %d, \"non2xx\": %d, \"errors\": %d}\\n',"
        " latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, summary.errors.status,"
        " summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))\nend\n")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(lua)
    try:
        out = subprocess.run(["wrk", f"-t{threads}", f"-c{clients}", f"-d{duration}s", "--timeout", "10s", "-s", fh.name, base],
                             capture_output=True, text=True, timeout=duration + 60).stdout
    finally:
        os.unlink(fh.name)
    m = re.search(r"^JSON (\{.*\})$", out, re.M)
    if not m:
        raise RuntimeError("cannot parse wrk output:\n" + out)
    d = json.loads(m.group(1))
    rps = float(re.search(r"Requests/sec:\s*([\d.]+)", out).group(1))
    return {"tool": "wrk", "rps": round(rps, 1), "p50_ms": round(d["p50"], 1), "p99_ms": round(d["p99"], 1),
            "requests": d["requests"], "errors": d["non2xx"] + d["errors"]}


def run_httpx(base: str, urls: list[str], clients: int, duration: int, words: list[str], fresh: float) -> dict:
    import httpx

    lat: list[float] = []
    errors = 0

    async def worker(k: int, client: httpx.AsyncClient, stop: float) -> None:
        nonlocal errors
        rng = random.Random(k)
        while time.perf_counter() < stop:
            t = time.perf_counter()
            try:
                u = fresh_search(rng, words) if rng.random() < fresh else rng.choice(urls)
                r = await client.get(base + u, headers={"Accept-Encoding": "gzip"})
                if r.status_code >= 400:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            lat.append((time.perf_counter() - t) * 1000)

    async def main() -> float:
        limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
        async with httpx.AsyncClient(limits=limits, timeout=10) as client:
            t0 = time.perf_counter()
            await asyncio.gather(*(worker(k, client, t0 + duration) for k in range(clients)))
            return time.perf_counter() - t0

    elapsed = asyncio.run(main())
    lat.sort()
    pick = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] if lat else float("nan")  # noqa: E731
    return {"tool": "httpx", "rps": round(len(lat) / elapsed, 1), "p50_ms": round(pick(0.5), 1),
            "p99_ms": round(pick(0.99), 1), "requests": len(lat), "errors": errors}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000, help="articles in the database (default 10000)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--db", default=None, help="database path (default bench/results/serve_real_{n}.db, "
                    "or serve_load_{n}.db with --synthetic)")
    ap.add_argument("--rebuild", action="store_true", help="build the database even if it exists")
    ap.add_argument("--real-steps", action="store_true", help="(the default) run the real corpus steps")
    ap.add_argument("--synthetic", action="store_true",
                    help="synthesise story/ledger/brief docs from the generator's events instead of running the steps")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--duration", type=int, default=15, help="seconds per run (default 15)")
    ap.add_argument("--workers", type=int, default=2, help="server processes (default 2, one per core here)")
    ap.add_argument("--tool", choices=("auto", "wrk", "httpx"), default="auto")
    ap.add_argument("--no-uncached", action="store_true", help="skip the run with the page cache off")
    ap.add_argument("--fresh-search", type=float, default=0.2, metavar="SHARE",
                    help="share of requests that are searches for random words of titles and leads, mostly never asked "
                    "before, so rendered by the server (default 0.2)")
    ap.add_argument("--no-cold-pass", action="store_true",
                    help="measure from a cold cache (every first render inside the timed run)")
    args = ap.parse_args(argv)

    real = not args.synthetic
    db = Path((args.db or str(ROOT / "bench" / "results" / ("serve_real_{n}.db" if real else "serve_load_{n}.db")))
              .format(n=args.n))
    db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not db.exists():
        info = build_db(db, args.n, args.seed, real)
        print(f"built {db}: {info}")
    urls, words = urls_for(db, args.seed)
    tool = args.tool if args.tool != "auto" else ("wrk" if shutil.which("wrk") else "httpx")
    print(f"{len(urls)} distinct URLs (story pages, API story details, section pages, search, list pages) "
          f"and {args.fresh_search:.0%} of requests fresh searches over {len(words)} words of titles and leads; {args.clients} clients, {args.duration} s per run, {args.workers} server processes, tool {tool}")
    results = {}
    for label, cache in [("page cache on", True)] + ([] if args.no_uncached else [("page cache off", False)]):
        port = free_port()
        proc = start_server(db, port, cache, args.workers)
        warm(f"http://127.0.0.1:{port}", args.workers)
        try:
            base = f"http://127.0.0.1:{port}"
            if cache and not args.no_cold_pass:
                c = cold_pass(base, urls, clients=2 * args.workers)
                results["cold pass"] = c
                print(f"{'cold pass':<15} every URL once, {c['clients']} clients: {c['seconds']} s   p50 {c['p50_ms']:>7.1f} ms"
                      f"   p99 {c['p99_ms']:>7.1f} ms   max {c['max_ms']:.1f} ms   {c['errors']} errors")
            if tool == "wrk":
                r = run_wrk(base, urls, args.clients, args.duration, threads=2, words=words, fresh=args.fresh_search)
            else:
                r = run_httpx(base, urls, args.clients, args.duration, words=words, fresh=args.fresh_search)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        results[label] = r
        print(f"{label:<15} {r['rps']:>8.1f} req/s   p50 {r['p50_ms']:>7.1f} ms   p99 {r['p99_ms']:>7.1f} ms   "
              f"{r['requests']} requests, {r['errors']} errors")
    base_file = ROOT / "bench" / "baselines" / "serve_load.json"
    floors = json.loads(base_file.read_text()) if base_file.exists() else {}
    main_run = results["page cache on"]
    failed = []
    if main_run["p99_ms"] > floors.get("p99_ms_max", 250):
        failed.append(f"p99 {main_run['p99_ms']} ms > {floors.get('p99_ms_max', 250)} ms")
    if main_run["errors"] > floors.get("errors_max", 0):
        failed.append(f"{main_run['errors']} errors")
    if main_run["rps"] < floors.get("rps_min", 0):
        failed.append(f"{main_run['rps']} req/s < floor {floors['rps_min']}")
    print(json.dumps({"n_articles": args.n, "clients": args.clients, "results": results}))
    if failed:
        print("BELOW FLOOR: " + "; ".join(failed))
        return 1
    print("within floors", floors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
