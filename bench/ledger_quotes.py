"""Score the quote speakers of real news stories against our by-eye labels.

There is no speaker gold for real news: the quotes the ledger emits for Multi-News stories were
read by eye and each labelled with who really says it. This builds the ledgers of the labelled
stories as ``bench/ledger.py`` ``bench_multinews`` does (default settings, every article dated
2020-01-01; ``--ner auto``, the default, is spaCy as shipped) and scores every emitted quote that
has a label (matched by article and start offset)::

    PYTHONPATH=src python bench/ledger_quotes.py
    PYTHONPATH=src python bench/ledger_quotes.py --out /tmp/q.json   # keep the dump
    PYTHONPATH=src python bench/ledger_quotes.py --score /tmp/q.json # score a dump again

It prints how many labelled quotes were found, the rate of right / wrong / missing speakers
(overall and per labelled part), and every emitted quote of the labelled stories that has no label
yet (with its context, for a human to label), then checks the floors in
bench/baselines/ledger_quotes.json.

The labels (bench/data/multinews_quote_labels.json) hold no article text: story id, article id,
the quote's start and end, the verdict given when it was labelled, and the true speaker as the
character span ``[start, end]`` of one mention of that person's name in the same article (``null``
when nobody, or nobody named, says it). The Multi-News sample is read from ../shared/eval, never
copied into the repository.

When is an emitted speaker the labelled one? (1) The emitted entity has a mention overlapping the
labelled span (the ledger itself merged them). Else (2) the name at the span, folded as the ledger
folds names for merging (lowercase, no diacritics, a leading title such as "Mr." or "Sen." and a
possessive dropped), equals the emitted name or one of the emitted entity's variants (a one-word
name only when no other entity of the story has it as a variant). Else (3) one side names the
person in part, and that is counted right when the story leaves no doubt whom: a surname alone
against a full name (either way round: "Dubal" emitted for "Arazak Dubal", "Alex Jones" for a
labelled "Jones") when the story names no other person of that surname in full, a first name alone
("Nancy") when the story names no one else of that first name in full, and never against another
first name ("Anthony Kennedy" for "John Kennedy" is wrong). This follows the ledger's own
canonicalisation, which keeps "Dubal" apart from "Arazak Dubal" when the model read them apart:
the person is the same, only the merge is missing. Anything else is the wrong person. The rules
trust the ledger's own merging of mentions, so a label that found the wrong person emitted also
keeps a short hash of that emitted name (``wrong_speakers``; a hash, not the text): the same name
emitted again is wrong whatever the ledger merged ("President Obama" merged into the one Obama the
article names in full, his wife).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MULTINEWS = ROOT / "../shared/eval/mds_multinews_sample250/clusters.jsonl"
LABELS = ROOT / "bench" / "data" / "multinews_quote_labels.json"
FLOORS = ROOT / "bench" / "baselines" / "ledger_quotes.json"


def _clusters(path: Path, stories: set[str] | None, n: int | None) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if stories is not None:
        return [r for r in rows if r["id"] in stories]
    return rows[:n]


def dump(path: Path, stories: set[str] | None, out: Path | None, ner: str = "auto", n: int | None = None,
         ner_cache: str | None = None) -> dict:
    """Ledger quotes (and the entities they may name) of the given stories, as bench_multinews builds
    them. ``ner_cache`` (a pickle file) keeps the model's mentions between runs of one checkout;
    the ledger checks each cached entry's text hash and cache version before using it."""
    sys.path.insert(0, str(ROOT / "src"))
    from newsweave.analyze.ledger import build_ledger
    from newsweave.model import Article
    from newsweave.settings import Settings

    settings = Settings.load(environ={}).replace({"ledger": {"ner": ner}})
    cache: dict = {}
    if ner_cache and os.path.exists(ner_cache):
        with open(ner_cache, "rb") as f:
            cache = pickle.load(f)
    t0 = time.process_time()
    res: dict = {"quotes": [], "entities": {}}
    for r in _clusters(path, stories, n):
        arts = [Article(id=f"{r['id']}-{i}", source=f"{r['id']}-{i}", fmt="txt", raw=d, extracted=d, text=d,
                        language="en", outlet=f"outlet{i}", published="2020-01-01")
                for i, d in enumerate(r["documents"]) if d.strip()]
        led = build_ledger(arts, {"id": r["id"], "title": None, "article_ids": [a.id for a in arts], "version": 1},
                           settings, cache.get if ner_cache else None, cache.__setitem__ if ner_cache else None)
        for q in led["quotes"]:
            res["quotes"].append({"story": r["id"], "article": q["article_id"], "start": q["start"], "end": q["end"],
                                  "speaker": q["speaker"], "speaker_id": q["speaker_id"], "how": q.get("attribution")})
        res["entities"][r["id"]] = [{k: e[k] for k in ("id", "name", "type", "variants", "mentions")}
                                    for e in led["entities"]]
    if ner_cache:
        with open(ner_cache, "wb") as f:
            pickle.dump(cache, f)
    print(f"{len(res['quotes'])} quotes in {len(res['entities'])} stories, {time.process_time() - t0:.1f} s CPU",
          file=sys.stderr)
    if out:
        out.write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    return res


def _texts(path: Path, stories: set[str]) -> dict[str, str]:
    return {f"{r['id']}-{i}": d for r in _clusters(path, stories, None) for i, d in enumerate(r["documents"])}


def name_key(name: str) -> str:
    """A name as the ledger compares name variants: folded, titles and possessive dropped."""
    from newsweave.analyze.entities import _NAME_TITLES, fold

    toks = [t for t in fold(name).replace("’", "'").split() if t]
    while len(toks) > 1 and toks[0].strip(".") in _NAME_TITLES:
        toks = toks[1:]
    if toks and toks[-1].endswith("'s"):
        toks[-1] = toks[-1][:-2]
    return " ".join(t.strip(",.;:'") for t in toks)


def name_hash(name: str) -> str:
    """A short digest of a name's key: labels record a wrongly emitted speaker without its text."""
    return hashlib.sha1(name_key(name).encode("utf-8")).hexdigest()[:12]


def speaker_matches(quote: dict, span: list[int], text: str, entities: list[dict],
                    wrong: list[str] | tuple[str, ...] = ()) -> bool:
    """Is the emitted speaker of ``quote`` the person named at ``span`` of its article (module doc)?
    ``wrong``: hashes of names the labeller saw emitted for this quote and judged wrong."""
    from newsweave.analyze.entities import split_person

    if quote.get("speaker") and name_hash(quote["speaker"]) in wrong:
        return False

    by_id = {e["id"]: e for e in entities}
    ent = by_id.get(quote.get("speaker_id"))
    s, e = span
    if ent and any(m["article_id"] == quote["article"] and m["start"] < e and s < m["end"] for m in ent["mentions"]):
        return True
    key = name_key(text[s:e])
    if not key or not quote.get("speaker"):
        return False
    owners = [x for x in entities if key in {name_key(v) for v in x["variants"]}]
    names = [quote["speaker"]] + (list(ent["variants"]) if ent else [])
    if key in {name_key(v) for v in names} and (len(key.split()) > 1 or len(owners) <= 1):
        return True
    # one person named in part on one side: the same surname (or, for a lone word, the same first
    # name) with no first name against it, when the story names only one person in full so
    # (not words the model ran together across a line break, "Away\n\nJones")
    full = {(name_key(f), name_key(u)) for x in entities if x["type"] == "PERSON" for v in x["variants"]
            if len(v.split()) > 1 and "\n" not in v for f, u in [split_person(v)] if f}
    said = {(name_key(f), name_key(u)) for f, u in map(split_person, names)}
    if len(key.split()) == 1:
        if any(u == key for _, u in said) and len({f for f, u in full if u == key}) <= 1:
            return True
        return any(f == key for f, _ in said) and len({u for f, u in full if f == key}) <= 1
    first, sur = (name_key(t) for t in split_person(text[s:e]))
    if not any(u == sur for _, u in said) or len({f for f, u in full if u == sur} - {first}) > 0:
        return False
    return not first or all(not f or f == first for f, u in said if u == sur)


def score(res: dict, labels_path: Path, path: Path, show: bool = True) -> dict:
    """Speaker right / wrong / missing over the labelled quotes the ledger still emits; emitted
    quotes of the labelled stories without a label are listed (with ``show``, in context)."""
    doc = json.loads(labels_path.read_text(encoding="utf-8"))
    labels = doc["labels"]
    parts = doc.get("parts", {})
    stories = {x["story"] for x in labels}
    texts = _texts(path, stories)
    lab = {(x["article"], x["start"]): x for x in labels}
    emitted = {(q["article"], q["start"]): q for q in res["quotes"] if q["story"] in stories}

    def part_of(story: str) -> str:
        for name, (lo, hi) in parts.items():
            if lo <= story <= hi:
                return name
        return "all"

    counts: dict[str, dict[str, int]] = {}
    wrong_list = []
    for key, x in lab.items():
        c = counts.setdefault(part_of(x["story"]), {"labelled": 0, "found": 0, "with_speaker": 0, "right": 0,
                                                     "wrong_person": 0, "should_be_nobody": 0, "missing": 0,
                                                     "nobody_right": 0})
        c["labelled"] += 1
        q = emitted.get(key)
        if q is None:
            continue
        c["found"] += 1
        span = x["speaker_span"]
        if q["speaker"]:
            c["with_speaker"] += 1
            if span is None:
                c["should_be_nobody"] += 1
                wrong_list.append(("should be nobody", q, x))
            elif speaker_matches(q, span, texts[q["article"]], res["entities"][q["story"]],
                                     x.get("wrong_speakers", ())):
                c["right"] += 1
            else:
                c["wrong_person"] += 1
                wrong_list.append(("wrong person", q, x))
        elif span is None:
            c["nobody_right"] += 1
        else:
            c["missing"] += 1
    unlabelled = [q for k, q in sorted(emitted.items()) if k not in lab]
    if show:
        for v, q, x in wrong_list:
            span = x["speaker_span"]
            who = texts[q["article"]][span[0]:span[1]] if span else None
            print(f"- {v}: {q['article']}@{q['start']} emitted {q['speaker']!r}, labelled {who!r}")
        for q in unlabelled:
            t = texts[q["article"]]
            print(f"? {q['story']} {q['article']} {q['start']} {q['end']} speaker={q['speaker']!r} [{q['how']}]")
            print("    " + " ".join((t[max(0, q['start'] - 200):q['start']] + "<<" + t[q['start']:q['end']] + ">>"
                                     + t[q['end']:q['end'] + 120]).split()))
    out: dict = {}
    for name, c in sorted(counts.items()):
        ws = max(1, c["with_speaker"])
        c["wrong_rate"] = round((c["wrong_person"] + c["should_be_nobody"]) / ws, 4)
        c["right_rate"] = round(c["right"] / ws, 4)
        c["missing_rate"] = round(c["missing"] / max(1, c["found"]), 4)
        out[name] = c
    tot = {k: sum(c[k] for c in counts.values()) for k in next(iter(counts.values())) if not k.endswith("_rate")}
    ws = max(1, tot["with_speaker"])
    tot.update(wrong_rate=round((tot["wrong_person"] + tot["should_be_nobody"]) / ws, 4),
               right_rate=round(tot["right"] / ws, 4), missing_rate=round(tot["missing"] / max(1, tot["found"]), 4),
               unlabelled=len(unlabelled))
    out["total"] = tot
    for name, c in out.items():
        print(f"{name}: labelled quotes found {c['found']}/{c['labelled']}; with a speaker {c['with_speaker']}: "
              f"right {c['right']} ({c['right_rate']:.1%}), wrong person {c['wrong_person']}, should be nobody "
              f"{c['should_be_nobody']} (wrong {c['wrong_rate']:.1%}); no speaker {c['found'] - c['with_speaker']}: "
              f"right {c['nobody_right']}, missing {c['missing']} ({c['missing_rate']:.1%} of found)")
    print(f"unlabelled emitted quotes in the labelled stories: {len(unlabelled)}")
    print(json.dumps(out))
    return out


def check_floors(out: dict, path: Path = FLOORS) -> list[str]:
    """Floors: the share of labelled quotes still found, the right-speaker rate, and ceilings on the
    wrong-speaker and missing-speaker rates (all over the whole labelled sample)."""
    floors = json.loads(path.read_text(encoding="utf-8"))
    tot = out["total"]
    failed = []
    found = tot["found"] / max(1, tot["labelled"])
    if found < floors["found_share"]:
        failed.append(f"labelled quotes found {found:.3f} < {floors['found_share']}")
    if tot["wrong_rate"] > floors["wrong_rate_max"]:
        failed.append(f"wrong-speaker rate {tot['wrong_rate']} > {floors['wrong_rate_max']}")
    if tot["missing_rate"] > floors["missing_rate_max"]:
        failed.append(f"missing-speaker rate {tot['missing_rate']} > {floors['missing_rate_max']}")
    if tot["right"] < floors["right_min"]:
        failed.append(f"right speakers {tot['right']} < {floors['right_min']}")
    for f in failed:
        print("BELOW FLOOR:", f)
    return failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--multinews", default=str(MULTINEWS), help="Multi-News clusters.jsonl")
    ap.add_argument("--labels", default=str(LABELS), help="by-eye speaker labels")
    ap.add_argument("--stories", type=int, default=None,
                    help="dump the first N stories instead of the labelled ones (for labelling more)")
    ap.add_argument("--ner", default="auto", choices=("rules", "auto"),
                    help="entity recogniser: auto (spaCy for English, as shipped; the default) or rules")
    ap.add_argument("--ner-cache", help="pickle file keeping the model's mentions between runs (faster reruns)")
    ap.add_argument("--out", help="also write the dump (quotes and entities) to this JSON file")
    ap.add_argument("--score", metavar="DUMP", help="score an existing dump instead of building ledgers")
    ap.add_argument("--quiet", action="store_true", help="do not list wrong and unlabelled quotes")
    ap.add_argument("--no-floors", action="store_true", help="report only, do not fail below the floors")
    args = ap.parse_args(argv)
    path, labels = Path(args.multinews), Path(args.labels)
    if not path.is_file():
        print(f"{path} not found; pass --multinews")
        return 1
    sys.path.insert(0, str(ROOT / "src"))
    if args.score:
        res = json.loads(Path(args.score).read_text(encoding="utf-8"))
    else:
        stories = None if args.stories else {x["story"] for x in
                                             json.loads(labels.read_text(encoding="utf-8"))["labels"]}
        res = dump(path, stories, Path(args.out) if args.out else None, args.ner, args.stories, args.ner_cache)
    out = score(res, labels, path, show=not args.quiet)
    return 1 if check_floors(out) and not args.no_floors else 0


if __name__ == "__main__":
    raise SystemExit(main())
