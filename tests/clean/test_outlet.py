"""Per-outlet chrome learning over several batches in a real SQLite store."""

from newsweave import pipeline
from newsweave.clean.core import line_hash
from newsweave.clean.outlet import learnable
from newsweave.model import RawDoc
from newsweave.settings import Settings

BOILER = "Lantern Weekly: news from the valley"
FOLLOW = "Tap here for the morning bulletin"
BACKGROUND = "The valley has about 40,000 inhabitants."


def _record(i: int, outlet: str = "Lantern Weekly") -> RawDoc:
    body = (f"Story {i} about the valley\n\n{BOILER}\n\n"
            f"Council member number {i} said on Monday that the bridge over the river needs urgent repairs worth {i} million.\n\n"
            f"{BACKGROUND}\n\n"
            f"Residents of district {i} were asked to use the ferry until the work is done, the council said.\n\n{FOLLOW}\n")
    return RawDoc(source="feed.jsonl", kind="text", content=body, fmt="jsonl", record_id=f"lw{i}",
                  meta={"outlet": outlet, "title": f"Story {i} about the valley"})


def test_learnable_guards():
    assert learnable(FOLLOW, 16)
    assert learnable("Lantern Weekly", 16)
    assert not learnable(BACKGROUND, 16)  # reads as a sentence
    assert not learnable('"We will rebuild it," the mayor said', 16)
    assert not learnable(" ".join(["word"] * 17), 16)


def test_recurring_lines_are_learned_across_batches(store, settings):
    s = Settings.load(environ={}, overrides={"ingest": {"batch_size": 2}})
    recs = [_record(i) for i in range(6)]
    pipeline.ingest([], store, s, records=recs[:2])
    first = {a.id: a for a in store.iter_articles()}
    # two articles so far: below outlet_min_articles (3), nothing is learned yet
    assert all(r.reason != "outlet_recurring" for a in first.values() for r in a.removed)
    pipeline.ingest([], store, s, records=recs[2:4])
    pipeline.ingest([], store, s, records=recs[4:])
    arts = {a.id: a for a in store.iter_articles()}
    assert len(arts) == 6
    for aid in ("lw2", "lw3", "lw4", "lw5"):
        removed = {r.text: r.reason for r in arts[aid].removed}
        assert removed.get(BOILER) == "outlet_recurring", aid
        assert removed.get(FOLLOW) == "outlet_recurring", aid
        # a recurring real sentence is never learned
        assert BACKGROUND in arts[aid].text
        assert f"needs urgent repairs worth {aid[2:]} million" in arts[aid].text
    # stored text is immutable: the first articles keep the lines they were cleaned with
    assert BOILER in arts["lw0"].text


def test_learning_is_per_outlet(store, settings):
    recs = [_record(i, outlet=f"Outlet {i}") for i in range(5)]
    pipeline.ingest([], store, settings, records=recs)
    for a in store.iter_articles():
        assert all(r.reason != "outlet_recurring" for r in a.removed)


def test_learning_can_be_switched_off(store, settings):
    off = Settings.load(environ={}, overrides={"clean": {"outlet_learning": False}})
    pipeline.ingest([], store, off, records=[_record(i) for i in range(5)])
    assert all(r.reason != "outlet_recurring" for a in store.iter_articles() for r in a.removed)


def test_reingesting_does_not_inflate_counts(store, settings):
    recs = [_record(i) for i in range(2)]
    pipeline.ingest([], store, settings, records=recs)
    pipeline.ingest([], store, settings, records=recs)  # unchanged: skipped before learning
    pipeline.ingest([], store, settings, records=[_record(9)])
    a = store.get_article("lw9")
    # only 3 distinct articles carry the line: learned at the third, not earlier
    assert {r.text: r.reason for r in a.removed}.get(BOILER) == "outlet_recurring"
    counts = store.outlet_line_counts("Lantern Weekly", [line_hash(BOILER)])
    assert list(counts.values()) == [3]
